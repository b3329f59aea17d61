"""The Typer application: global options, the commands, and one-line usage errors."""

from __future__ import annotations

import sys

import typer

from followup.cli.context import Context

# Which module registers which top-level commands. Only the module of the command being run
# is imported and described to Typer (building every command's parameters costs ~150 ms);
# `followup --help`, an unknown word and the tests get them all. tests/test_cli_lazy.py checks
# this table against what each module registers.
MODULES: dict[str, tuple[str, ...]] = {
    "commands": ("add", "show", "today", "done", "skip", "log", "playbooks"),
    "records": ("list", "interview", "reopen", "edit", "interviewer", "rules", "prepare", "demo",
                "settings"),
    "changes": ("snooze", "undo", "delete"),
    "messages": ("me", "draft", "check", "templates"),
    "contacts": ("contacts", "network"),
    "insights": ("journal", "stats", "backup", "export", "import"),
    "web": ("web",),
    "mail": ("remind", "send", "inbox"),
    "assistant": ("mcp",),
    "report": ("report",),
    "sync": ("sync",),
}
# A word whose commands come from more than one module.
ALSO = {"export": ("mail",)}


def build(modules: tuple[str, ...] | None = None) -> typer.Typer:
    """The application with the commands of `modules` (None: every command)."""
    import importlib

    made = typer.Typer(
        name="followup",
        help="Plan and run your follow-ups after a job interview: who to thank and by when, "
        "the day and channel of every later touch, and when to move on.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    made.callback()(_global)
    for name in MODULES if modules is None else modules:
        importlib.import_module(f"followup.cli.{name}").register(made)
    return made


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


def modules_for(argv: list[str]) -> tuple[str, ...] | None:
    """The modules that `argv`'s command needs, or None when it names no known command."""
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        head = rest.pop(0)
        if head in ("--db", "--now") and rest:
            rest.pop(0)
        elif not head.startswith(("--db=", "--now=")):
            return None  # --help and the like: the whole tree
    if not rest:
        return None
    for module, words in MODULES.items():
        if rest[0] in words:
            return (module, *ALSO.get(rest[0], ()))
    return None


_ALL: typer.Typer | None = None


def __getattr__(name: str) -> typer.Typer:
    """`app`: every command, built once (the tests and `python -m followup` use it)."""
    global _ALL
    if name == "app":
        if _ALL is None:
            _ALL = build()
        return _ALL
    raise AttributeError(name)


def typer_main(argv: list[str] | None = None) -> None:
    """Run the app; usage errors become one line, like every other error."""
    command = typer.main.get_command(build(modules_for(list(sys.argv[1:] if argv is None
                                                             else argv))))
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
        from followup.core.validate import safe

        print(f"followup: error: {safe(message())}{hint}", file=sys.stderr)
        code = getattr(exc, "exit_code", 2)
    raise SystemExit(code if isinstance(code, int) else 0)
