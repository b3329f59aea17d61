"""The `followup` command line: parse, call one service function, render (CONTRACT.md).

This module stays tiny: the console script imports it on every call, and the hot read-only
commands are answered (cli.fast) before the Typer app is even imported.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Run one command. A fast path (cli.fast) runs without the cyclic garbage collector: what
    a short command builds lives until it exits anyway, and collecting while some two hundred
    modules load was 7% of `add --from` (issue 15: under 10x `python -c pass`); at its end,
    what it built is frozen, so the interpreter's last collection has nothing to walk either.
    A long-running command turns the collector back on (`serving`), as does the Typer path."""
    import gc

    gc.disable()
    from followup.cli import fast

    args = sys.argv[1:] if argv is None else argv
    code = fast.run(args)
    if code is not None:
        if not gc.isenabled():
            gc.freeze()
        raise SystemExit(code)
    serving()
    from followup.cli.app import typer_main

    typer_main(args)


def serving() -> None:
    """Turn the garbage collector back on: this process may run for hours (the Typer path with
    `web`, `mcp`, a watch) and must not let cycles pile up."""
    import gc

    gc.enable()


def __getattr__(name: str) -> object:
    if name == "app":
        from followup.cli.app import app

        return app
    raise AttributeError(name)
