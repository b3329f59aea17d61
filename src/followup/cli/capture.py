"""`followup add --from FILE`: an interview from a calendar invitation.

Shows what was understood, field by field, with the guesses marked, and asks before storing;
`--yes` stores at once. icalendar is imported here only, when --from is given.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.cli.context import Context, emit_json

if TYPE_CHECKING:
    from followup.capture.apply import Decision, Given

ACTIONS = {
    "new": "a new application", "round": "a further round", "same": "nothing to change",
    "move": "the interview moved", "cancel": "the interview is cancelled",
    "ignore": "nothing to change",
}


def own_addresses(c: Context) -> frozenset[str]:
    """The candidate's own addresses: never an interviewer, never the employer's domain."""
    from followup.capture.apply import own_addresses as own

    return own(c.store, c.settings)


def _read(path: str) -> bytes:
    """The invitation or message, read as a capped stream (`/dev/zero` reports no size and
    never ends), stopped at the size no invitation reaches."""
    from followup.budgets import stdin
    from followup.capture.invitations import MAX_BYTES
    from followup.contacts.files import read_bytes, read_stream

    if path == "-":
        return read_stream(stdin("--from -"), "--from -", MAX_BYTES)
    return read_bytes(Path(path), MAX_BYTES)


def _mark(guessed: bool) -> str:
    return " (guessed)" if guessed else ""


def _who(p: Any) -> str:
    return f"{p.name} <{p.email}>" if p.email else p.name


def show_decision(d: Decision) -> None:
    from followup.cli.text import columns, fit

    p, inv = d.proposal, d.proposal.invitation
    width = columns()
    why = f" ({d.why})" if d.why != ACTIONS[d.action] else ""
    print(fit(f"Invitation “{inv.summary or '(no title)'}”: {ACTIONS[d.action]}{why}.", width))
    rows = [
        ("Company", p.company.value or "?", p.company.guessed, p.company.how),
        ("Role", p.role.value or "?", p.role.guessed, p.role.how),
        ("When", f"{inv.at:%a %d %b %Y %H:%M} {inv.tz}", inv.tz_guessed or inv.all_day,
         inv.tz_how),
        ("Interviewers", ", ".join(_who(x) for x in p.interviewers) or "none",
         p.people_guessed, p.people_how),
        ("Coordinator", _who(p.coordinator) if p.coordinator else "none", p.people_guessed,
         ""),
    ]
    if inv.location:
        rows.append(("Location", inv.location, False, ""))
    if inv.video:
        rows.append(("Video", inv.video, False, ""))
    for label, value, guessed, how in rows:
        tail = f"  — {how}" if how and guessed else ""
        print(fit(f"  {label + ':':14}{value}{_mark(guessed)}{tail}", width, 16))
    for note in p.notes:
        print(fit(f"  note: {note}", width))


def decide(c: Context, path: str, *, company: str | None, role: str | None) -> Decision:
    """What the invitation in `path` would do (nothing stored yet)."""
    from followup.capture import apply
    from followup.capture.invitations import read

    invitations = read(_read(path), c.tz)
    own = own_addresses(c)
    known = apply.snapshot(c.store)
    decisions = [apply.decide(c.store, inv, own, company, role, known)
                 for inv in invitations[:1]]  # one interview per file: the first event
    return decisions[0]


def given_beside(c: Context, with_: list[str] | None, coordinator: str | None,
                 noted: list[str] | None, fields: dict[str, Any],
                 interviewed: str | None = None, tz: str | None = None) -> Given:
    """The options given beside `--from` (--with, --coordinator, --noted, the timeline
    answers): they win over what the file says (issue 23)."""
    from followup.capture.apply import Given
    from followup.service.network import resolve_person

    at = None
    if interviewed is not None:
        from followup.core import parse, validate

        at = parse.parse_when(interviewed, c.tz if tz is None else validate.time_zone(tz),
                              "--interviewed")
    return Given(tuple(resolve_person(c.store, w) for w in (with_ or [])),
                 resolve_person(c.store, coordinator, "--coordinator") if coordinator else None,
                 fields, tuple(noted or ()), at)


def carry_out(c: Context, d: Decision, *, playbook: str | None, holidays: str | None,
              given: Given | None = None) -> Any:
    """Store what the invitation says (an Application, or None when nothing is to do)."""
    from followup.capture import apply

    apply.check_action(d)
    return apply.store_invitation(
        c.store, d, c.now, playbook=playbook or c.settings.get("playbook") or "default",
        holidays=holidays if holidays is not None else c.settings.get("holidays"),
        given=given or apply.Given())


def _ask_time(d: Decision, given: Given) -> Given:
    """An all-day event gives no time: ask for it (a blank answer keeps 09:00, flagged)."""
    import typer

    inv = d.proposal.invitation
    if not inv.all_day or given.at is not None or d.action not in ("new", "round"):
        return given
    from followup.capture.apply import time_on_its_day
    from followup.core.errors import BadInput

    while True:
        said = typer.prompt(f"What time is it on {inv.at:%a %d %b}? (HH:MM, blank: not "
                            "known yet)", default="", show_default=False).strip()
        if not said:
            return given
        try:
            at = time_on_its_day(inv, said)
        except BadInput as exc:
            print(exc.message, file=sys.stderr)
            continue
        return given._replace(at=at)


def add_from(c: Context, path: str, *, company: str | None, role: str | None, yes: bool,
             as_json: bool, playbook: str | None, holidays: str | None,
             given: Given | None = None) -> None:
    from followup.capture import apply

    d = decide(c, path, company=company, role=role)
    if not yes:
        if as_json:
            emit_json(apply.proposal_json(d))
            return
        show_decision(d)
        for flag in apply.unknowns(d.proposal) if d.action == "new" else ():
            print(f"  to answer: {flag}")
        if d.action in ("same", "ignore"):
            print("Nothing changed.")
            return
        import typer

        if not sys.stdin.isatty() or not typer.confirm("Store this?", default=False):
            print("Not stored; nothing changed. Run again with --yes to store it.",
                  file=sys.stderr)
            raise typer.Exit(1)
        given = _ask_time(d, given or apply.Given())
    result = carry_out(c, d, playbook=playbook, holidays=holidays, given=given)
    if result is None:
        return
    if as_json:
        from followup import jsonout

        doc: dict[str, Any] = jsonout.application(result)
        emit_json(doc)
        return
    if d.action == "same":
        print(f"This invitation was read before: application #{result.id} is unchanged.")
    from followup.cli import human

    human.application(result, c.today)
