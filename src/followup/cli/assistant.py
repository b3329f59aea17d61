"""`followup mcp`: serve the plan to the candidate's own AI assistant over the Model Context
Protocol (stdio). The SDK is imported only here, when the command runs; the usual shapes of
the command start from cli.fast without building Typer (the SDK's own import is most of the
start-up already).

Not `from __future__ import annotations`: Typer reads the options from annotations evaluated
where `mcp` is defined, inside `register`, where typer is imported."""

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    import typer

HELP = {
    "allow_writes": "Let the assistant mark steps done, skip, snooze, log a reply or an "
    "outcome, and add from an invitation file (each undone by `followup undo`). Without it, "
    "nothing can be changed.",
    "share_notes": "Show the assistant your journal, your notes on applications and events, "
    "and why you put steps off. Without it they read empty.",
}


def start(db: str | None, now: str | None, *, allow_writes: bool, share_notes: bool) -> None:
    """Check the SDK, --now and the database once, then serve until the assistant hangs up."""
    from importlib.util import find_spec

    from followup.cli.context import Context
    from followup.core.errors import FollowupError

    if find_spec("mcp") is None:
        raise FollowupError(
            "followup mcp needs the MCP extra: install it with: pip install -e '.[mcp]'  "
            "(or: pip install 'followup[mcp]')")
    c = Context(db, now)
    try:
        c.now  # noqa: B018  (a bad --now is one line here, not an error on every call)
        c.store  # noqa: B018  (the database made or brought up to date once, up front)
    finally:
        c.close()
    from followup.assistant.server import serve
    from followup.assistant.tools import Session

    serve(Session(c.given_db, c.given_now, share_notes, read_only=not allow_writes),
          allow_writes=allow_writes)


def register(app: "typer.Typer") -> None:
    from typing import Annotated

    import typer

    from followup.cli.commands import ctx_of
    from followup.cli.context import handles_errors

    @app.command()
    @handles_errors
    def mcp(
        ctx: typer.Context,
        allow_writes: Annotated[bool, typer.Option(
            "--allow-writes", help=HELP["allow_writes"])] = False,
        share_notes: Annotated[bool, typer.Option(
            "--share-notes", help=HELP["share_notes"])] = False,
        db: Annotated[str | None, typer.Option(
            "--db", metavar="PATH", help="As the global --db (either place works).")] = None,
        now: Annotated[str | None, typer.Option(
            "--now", metavar="WHEN", help="As the global --now: a fixed 'now' for every "
            "call.")] = None,
    ) -> None:
        """Serve your plan to your own AI assistant (Model Context Protocol, over stdio):
        read-only unless --allow-writes, your notes only with --share-notes; it never sends
        mail. Add it to the assistant's MCP settings as the command `followup mcp`."""
        given = ctx_of(ctx)
        start(db or given.given_db, now or given.given_now, allow_writes=allow_writes,
              share_notes=share_notes)
