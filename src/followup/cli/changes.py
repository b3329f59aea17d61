"""Changing your mind: snooze a step, undo the last change, delete an application, and save
a default setting."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from followup.cli.commands import Json, Yes, ctx_of, render_app
from followup.cli.context import emit_json, handles_errors
from followup.core.errors import BadInput


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def snooze(
        ctx: typer.Context,
        step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
        until: Annotated[str, typer.Option("--until", metavar="DATE",
                                           help="The day to do it instead.")],
        reason: Annotated[str | None, typer.Option(
            "--reason", metavar="TEXT",
            help="Why it waits (shown with the step). Default: when it was put off to.")
        ] = None,
        as_json: Json = False,
    ) -> None:
        """Put a step off to a later day; the touches after it move with it."""
        from followup import service
        from followup.core.parse import parse_date, text

        c = ctx_of(ctx)
        result = service.snooze(c.store, step_id, parse_date(until, "--until"),
                                None if reason is None else text(reason, "--reason") or "",
                                c.now)
        if as_json:
            render_app(c, result, as_json)
        else:
            from followup.cli.agenda import after_change

            step = next(s for s in result.steps if s.id == step_id)
            print(after_change(result, step_id, f"Put off to {step.due:%a %d %b}"))

    @app.command()
    @handles_errors
    def undo(ctx: typer.Context, as_json: Json = False) -> None:
        """Take back your last change: a done, skip, snooze, log, edit, new round, new
        application or deletion."""
        from followup import service

        c = ctx_of(ctx)
        said = service.undo(c.store, c.now)
        if as_json:
            emit_json({"undone": said})
        else:
            print(said)

    @app.command()
    @handles_errors
    def delete(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID")],
        yes: Yes = False,
        as_json: Json = False,
    ) -> None:
        """Delete an application, its plan and its journal (the contacts stay). A backup copy
        of your data is made first, and `followup undo` brings it back."""
        from followup import service

        c = ctx_of(ctx)
        if not yes:
            app = service.show(c.store, app_id)
            if not sys.stdin.isatty():
                raise BadInput(f"deleting application {app_id} needs --yes (no terminal to "
                               "ask in)")
            from followup.core.validate import safe

            if not typer.confirm(f"Delete application {app_id}, {safe(app.company)} — "
                                 f"{safe(app.role)}, with its plan and journal?",
                                 default=False):
                raise BadInput("nothing deleted")
        gone, copy = service.delete_application(c.store, app_id, c.now)
        if as_json:
            emit_json({"deleted": app_id, "company": gone.company, "backup": copy})
        else:
            print(f"Deleted application {app_id} ({gone.company}). A copy of your data from "
                  f"before is at {copy}; `followup undo` brings it back.")
