"""Messages: a ready draft for every step, in the candidate's own voice.

The pieces, from the inside out: `profile` (who signs), `catalog` (which template a step
uses), `facts` (what a template may say), `render` (the sandboxed Jinja2 engine), `tone` (the
M5/T5/M1/M2/M4 check), `forms` (plain, JSON, .eml, mailto:) and `drafts` (the service
functions the command line calls). Only `render` imports Jinja2, and only when it runs.
"""
