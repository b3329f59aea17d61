"""`followup sync`: the next actions as tasks on your phone, and what you did there back.

caldav, icalendar and keyring load inside the command: no other command pays for them.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from followup.cli.commands import Json, ctx_of
from followup.cli.context import emit_json, handles_errors
from followup.core.errors import BadInput


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def sync(
        ctx: typer.Context,
        password: Annotated[bool, typer.Option(
            "--password", help="Ask for the CalDAV password and keep it in the system "
            "keyring; do not sync.")] = False,
        proposals: Annotated[bool, typer.Option(
            "--proposals", help="List what your phone changed that waits for you; do not "
            "sync.")] = False,
        accept: Annotated[int | None, typer.Option(
            "--accept", metavar="N", help="Carry out proposal N (undoable, as if typed).")]
        = None,
        dismiss: Annotated[int | None, typer.Option(
            "--dismiss", metavar="N", help="Forget proposal N; followup's plan stands.")]
        = None,
        timeout: Annotated[float, typer.Option(
            "--timeout", metavar="SECONDS", help="How long the server may take to answer "
            "one request.")] = 20.0,
        as_json: Json = False,
    ) -> None:
        """Keep your next actions as tasks on a CalDAV list (DAVx5 with Tasks.org, Apple
        Reminders, Thunderbird, Nextcloud, Fastmail, Radicale), both ways: a task ticked
        off on the phone is the step done that day, a due date moved is a snooze; a task
        deleted there is proposed as a skip on Today. Settings: caldav_url, caldav_user,
        caldav_list."""
        from followup import sync as tasksync
        from followup.sync import engine

        c = ctx_of(ctx)
        if sum((password, proposals, accept is not None, dismiss is not None)) > 1:
            raise BadInput("choose one of --password, --proposals, --accept and --dismiss")
        if not 0 < timeout <= 600:
            raise BadInput(f"--timeout must be between 0 and 600 seconds, not {timeout:g}")
        if password:
            acct = tasksync.account(c.settings)
            secret = typer.prompt(f"CalDAV password for {acct.user} at {acct.login.host}",
                                  hide_input=True)
            where = tasksync.save_password(acct, secret)
            print(f"Kept in the system keyring ({where}).")
            return
        if accept is not None:
            _say(as_json, {"accepted": accept}, engine.accept(c.store, accept, c.now) + ".")
            return
        if dismiss is not None:
            _say(as_json, {"dismissed": dismiss}, engine.dismiss(c.store, dismiss) + ".")
            return
        if proposals:
            waiting = engine.proposals(c.store)
            if as_json:
                emit_json([{"id": p.id, "step_id": p.step_id, "kind": p.kind,
                            "day": p.day.isoformat() if p.day else None, "reason": p.reason}
                           for p in waiting])
            elif not waiting:
                print("Nothing from your phone waits for you.")
            else:
                _print_proposals(waiting)
            return
        acct, report = tasksync.run(c.store, c.settings, c.now, timeout)
        if as_json:
            emit_json({**report.to_json(), "waiting": len(engine.proposals(c.store))})
            return
        _print_report(report, acct.list_name)
        waiting = engine.proposals(c.store)
        if waiting:
            _print_proposals(waiting)


def _say(as_json: bool, document: dict[str, Any], line: str) -> None:
    if as_json:
        emit_json({**document, "said": line})
    else:
        print(line)


def _print_report(r: Any, name: str) -> None:
    made = " (made it)" if r.made_list else ""
    counts = [f"{n} {what}" for n, what in ((r.created, "new"), (r.updated, "updated"),
                                             (r.completed, "completed"),
                                             (r.removed, "removed")) if n]
    said = ", ".join(counts) if counts else "nothing to change"
    plural = "s" if r.requests != 1 else ""
    print(f"Synced task list “{name}”{made}: {said}; {r.requests} request{plural}.")
    if r.applied:
        print("From your phone (undo with `followup undo`, one at a time):")
        for line in r.applied:
            print(f"  {line}")


def _print_proposals(waiting: list[Any]) -> None:
    print("From your phone, waiting for you (followup sync --accept N, or --dismiss N):")
    for p in waiting:
        print(f"  [{p.id}] step {p.step_id}: {p.reason}")
    sys.stdout.flush()
