"""`followup mcp`: the plan served to the candidate's own AI assistant (Model Context Protocol).

The package is a front end beside the command line and the web: its tools call the services
the `--json` commands call. Only `followup mcp` imports it (and the SDK with it).
"""
