"""The changes an assistant may make when the candidate starts `followup mcp --allow-writes`:
done, skip, snooze, log and add from an invitation file. Each goes through the service call
of the matching command, which records it for `followup undo` exactly as if it were typed,
and is said back in plain words. Sending mail is never one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.assistant.tools import Answer, Session, application_doc, opened
from followup.cli.context import Context
from followup.core.errors import BadInput

UNDO = "Run `followup undo` to take it back."


def _said(c: Context, before: tuple[int, str] | None) -> str:
    """The change just made, as `followup undo` names it, or that nothing changed."""
    from followup.service.changes import last_change

    after = last_change(c.store)
    if after is None or after == before:
        return "Nothing changed."
    what = after[1]
    return f"{what[:1].upper()}{what[1:]}. {UNDO}"


def _change(s: Session, act: Callable[[Context], Any]) -> Answer:
    """Run `act` (one service call, which returns the application it changed) and answer
    with that application and what was done."""
    from followup.service.changes import last_change

    with opened(s) as c:
        before = last_change(c.store)
        app = act(c)
        return Answer(application_doc(s, c, app), _said(c, before))


def _day(raw: str | None, what: str, c: Context) -> Any:
    """The day typed, or None: the service dates it at the moment now in the plan's zone."""
    from followup.core.parse import parse_date

    return parse_date(raw, what) if raw else None


def done(s: Session, step_id: int, on: str | None = None) -> Answer:
    """`done STEP_ID [--on DATE] --json`."""
    from followup import service

    return _change(s, lambda c: service.mark_done(c.store, step_id, _day(on, "--on", c),
                                                  c.now))


def skip(s: Session, step_id: int) -> Answer:
    """`skip STEP_ID --json`."""
    from followup import service

    return _change(s, lambda c: service.skip(c.store, step_id, c.now))


def snooze(s: Session, step_id: int, until: str, reason: str | None = None) -> Answer:
    """`snooze STEP_ID --until DATE [--reason TEXT] --json`."""
    from followup import service
    from followup.core.parse import parse_date, text

    return _change(s, lambda c: service.snooze(
        c.store, step_id, parse_date(until, "--until"),
        None if reason is None else text(reason, "--reason") or "", c.now))


def log(s: Session, app_id: int, event: str, on: str | None = None, note: str | None = None,
        decision_by: str | None = None, follow_up_on: str | None = None,
        call_in: int | None = None, follow_up_by: str | None = None) -> Answer:
    """`log ID EVENT [--on DATE] [--note TEXT] [--decision-by ...] --json`."""
    from followup import service
    from followup.cli.fast_add import timeline_fields
    from followup.core import fields, parse
    from followup.core.model import Timeline

    fields.event(event)  # a wrong name first, before any date is read (as `log`)
    given = timeline_fields(decision_by=decision_by, follow_up_on=follow_up_on,
                            call_in=call_in, follow_up_by=follow_up_by)
    timeline = Timeline(**given) if given else None
    kind = fields.event(event, timeline)
    return _change(s, lambda c: service.log_event(
        c.store, app_id, kind, _day(on, "--on", c), c.now,
        note=parse.text(note, "--note", limit=2000), timeline=timeline))


def add_from(s: Session, path: str, store: bool = False, company: str | None = None,
             role: str | None = None) -> Answer:
    """`add --from FILE --json` (what the invitation says, nothing stored) or, with `store`,
    `add --from FILE --yes --json` (the application it made or changed)."""
    from followup.capture.apply import proposal_json
    from followup.cli import capture
    from followup.service.changes import last_change

    if not Path(path).expanduser().is_absolute():
        raise BadInput(f"{path}: give the invitation file's full path (.ics or .eml); "
                       "standard input and relative paths are not this server's to read")
    with opened(s) as c:
        d = capture.decide(c, str(Path(path).expanduser()), company=company, role=role)
        if not store:
            return Answer(proposal_json(d), "Nothing stored: this is what the invitation "
                          "says. Call again with store=true to record it.")
        before = last_change(c.store)
        app = capture.carry_out(c, d, playbook=None, holidays=None)
        return Answer(None if app is None else application_doc(s, c, app), _said(c, before))
