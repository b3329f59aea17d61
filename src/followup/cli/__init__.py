"""The `followup` command line: parse, call one service function, render (CONTRACT.md).

This module stays tiny: the console script imports it on every call, and the hot read-only
commands are answered (cli.fast) before the Typer app is even imported.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from followup.cli import fast

    args = sys.argv[1:] if argv is None else argv
    code = fast.run(args)
    if code is not None:
        raise SystemExit(code)
    from followup.cli.app import typer_main

    typer_main(args)


def __getattr__(name: str) -> object:
    if name == "app":
        from followup.cli.app import app

        return app
    raise AttributeError(name)
