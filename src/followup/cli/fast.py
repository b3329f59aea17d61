"""A narrow fast path for the hot read-only commands scripts call most: `today --json` and
`show ID --json`.

Building the Typer app costs ~50 ms of imports on every call; these two commands need none of
it. Only the exact shapes below are taken here (global --db/--now, then the command and
--json); anything else, including every error and --help, goes through Typer as usual, and
both paths call the same service and JSON functions.
"""

from __future__ import annotations

from collections.abc import Sequence


def _globals(args: Sequence[str]) -> tuple[dict[str, str], list[str]] | None:
    opts: dict[str, str] = {}
    rest = list(args)
    while rest and rest[0].startswith("--"):
        head = rest.pop(0)
        name, eq, value = head.partition("=")
        if name not in ("--db", "--now"):
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        opts[name[2:]] = value
    return opts, rest


def run(args: Sequence[str]) -> int | None:
    """The exit code if the fast path handled `args`, else None."""
    parsed = _globals(args)
    if parsed is None:
        return None
    opts, rest = parsed
    if rest == ["today", "--json"]:
        app_id = None
    elif len(rest) == 3 and rest[0] == "show" and rest[2] == "--json" and rest[1].isdigit():
        app_id = int(rest[1])
    else:
        return None

    from followup import jsonout, service
    from followup.cli.context import Context, emit_json, handles_errors

    @handles_errors
    def go() -> int:
        c = Context(opts.get("db"), opts.get("now"))
        try:
            if app_id is None:
                emit_json([jsonout.due_step(s) for s in service.today(c.store, c.today)])
            else:
                emit_json(jsonout.application(service.show(c.store, app_id)))
        finally:
            c.close()
        return 0

    return go()
