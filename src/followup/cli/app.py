"""The Typer application: global options, the commands, and one-line usage errors."""

from __future__ import annotations

import sys

import typer

from followup.cli.context import Context

app = typer.Typer(
    name="followup",
    help="Plan and run your follow-ups after a job interview: who to thank and by when, the "
    "day and channel of every later touch, and when to move on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _global(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None, "--db", envvar="FOLLOWUP_DB", metavar="PATH",
        help="SQLite file to use (created on first use). Default: the user data folder.",
    ),
    now: str | None = typer.Option(
        None, "--now", envvar="FOLLOWUP_NOW", metavar="WHEN",
        help="What 'now' is: YYYY-MM-DD or an ISO datetime. Default: the real clock.",
    ),
) -> None:
    ctx.obj = Context(db, now)
    ctx.call_on_close(ctx.obj.close)


from followup.cli import commands as _commands  # noqa: E402  (registers the commands)

_commands.register(app)


def typer_main(argv: list[str] | None = None) -> None:
    """Run the app; usage errors become one line, like every other error."""
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="followup", standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        print("followup: aborted; nothing was changed", file=sys.stderr)
        code = 1
    except Exception as exc:  # click's UsageError and friends, vendored inside Typer
        message = getattr(exc, "format_message", None)
        if message is None:
            raise
        hint = ""
        sub = getattr(getattr(exc, "ctx", None), "command_path", "followup")
        if "No such command" in message() or "Missing" in message():
            hint = f" (see: {sub} --help)"
        print(f"followup: error: {message()}{hint}", file=sys.stderr)
        code = getattr(exc, "exit_code", 2)
    raise SystemExit(code if isinstance(code, int) else 0)
