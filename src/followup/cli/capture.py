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


GIVEN = " (given by you)"
AS_GIVEN = "as you gave it"  # apply.decide's word for COMPANY and --role


def _mark(guessed: bool, how: str = "") -> str:
    return GIVEN if how == AS_GIVEN else " (guessed)" if guessed else ""


def _who(p: Any) -> str:
    return f"{p.name} <{p.email}>" if p.email else p.name


def _same(a: Any, b: Any) -> bool:
    """One person named twice: the same address, or the same name when either has none."""
    if a.email and b.email and a.email.lower() == b.email.lower():
        return True
    return bool(" ".join(a.name.split()).casefold() == " ".join(b.name.split()).casefold())


def _over(file_p: Any, mine: Any) -> Any:
    """The person as given beside --from, keeping the file's address when none was given."""
    from dataclasses import replace

    return mine if mine.email or not file_p.email else replace(mine, email=file_p.email)


def with_given(d: Decision, given: Given) -> tuple[Decision, Given]:
    """The decision and the options once the options beside `--from` are applied (issue 23:
    they win over the file). --with adds to the file's interviewers; one of them named again
    is replaced by what you gave (in place). --coordinator is the coordinator, taken out of
    the interviewers if the file had them there; someone the file made the coordinator and
    --with names is an interviewer. What is shown is what is stored."""
    p = d.proposal
    coord = given.coordinator
    people: list[Any] = []
    for x in p.interviewers:
        if coord is not None and _same(x, coord):
            coord = _over(x, coord)
            continue
        mine = next((w for w in given.interviewers if _same(x, w)), None)
        people.append(x if mine is None else _over(x, mine))
    people += [_over(p.coordinator, w) if p.coordinator and _same(w, p.coordinator) else w
               for w in given.interviewers if not any(_same(w, x) for x in p.interviewers)]
    if coord is None and p.coordinator is not None and not any(
            _same(p.coordinator, w) for w in given.interviewers):
        coord = p.coordinator
    elif coord is not None and p.coordinator is not None and _same(p.coordinator, coord):
        coord = _over(p.coordinator, coord)
    prop = p._replace(interviewers=tuple(people), coordinator=coord)
    return d._replace(proposal=prop), given._replace(interviewers=tuple(people),
                                                     coordinator=coord)


def _marked(people: Any, given: Given | None, guessed: bool) -> str:
    """The people, each marked as given by you or guessed from the file."""
    mine = [*given.interviewers, *([given.coordinator] if given.coordinator else [])] \
        if given else []
    return ", ".join(_who(x) + (GIVEN if any(_same(x, w) for w in mine) else _mark(guessed))
                     for x in people) or "none"


def show_decision(d: Decision, given: Given | None = None) -> None:
    """What will be stored, field by field: the file's guesses marked "(guessed)", the
    options given beside --from marked "(given by you)"."""
    from followup.cli.text import columns, fit

    p, inv = d.proposal, d.proposal.invitation
    width = columns()
    why = f" ({d.why})" if d.why != ACTIONS[d.action] else ""
    print(fit(f"Invitation “{inv.summary or '(no title)'}”: {ACTIONS[d.action]}{why}.", width))
    at = given.at if given and given.at else None
    when = (f"{at:%a %d %b %Y %H:%M} {getattr(at.tzinfo, 'key', inv.tz)}{GIVEN}" if at else
            f"{inv.at:%a %d %b %Y}, time not given (an all-day event)" if inv.all_day else
            f"{inv.at:%a %d %b %Y %H:%M} {inv.tz}{_mark(inv.tz_guessed)}")
    mine = given.interviewers if given else ()
    file_guessed = p.people_guessed and any(not any(_same(x, w) for w in mine)
                                            for x in p.interviewers)
    rows = [
        ("Company", f"{p.company.value or '?'}{_mark(p.company.guessed, p.company.how)}",
         p.company.guessed and p.company.how != AS_GIVEN, p.company.how),
        ("Role", f"{p.role.value or '?'}{_mark(p.role.guessed, p.role.how)}",
         p.role.guessed and p.role.how != AS_GIVEN, p.role.how),
        ("When", when, not at and not inv.all_day and inv.tz_guessed, inv.tz_how),
        ("Interviewers", _marked(p.interviewers, given, p.people_guessed), file_guessed,
         p.people_how),
        ("Coordinator", _marked((p.coordinator,) if p.coordinator else (), given,
                                p.people_guessed), False, ""),
    ]
    for key, value in (given.timeline.items() if given else ()):
        rows.append((key.replace("_", " ").capitalize(), f"{value}{GIVEN}", False, ""))
    for note in given.noted if given else ():
        rows.append(("Noted", f"{note}{GIVEN}", False, ""))
    if inv.location:
        rows.append(("Location", inv.location, False, ""))
    if inv.video:
        rows.append(("Video", inv.video, False, ""))
    if d.keeps_stored:  # the time only: the people, company and role stay as stored
        rows = [r for r in rows if r[0] in ("When", "Location", "Video")]
    for label, value, guessed, how in rows:
        tail = f"  — {how}" if how and guessed else ""
        print(fit(f"  {label + ':':14}{value}{tail}", width, 16))
    if d.keeps_stored:
        print(fit(f"  Application #{d.app_id} keeps its company, role and people as they are "
                  f"stored, your corrections included (`followup show {d.app_id}`).", width, 4))
        return
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


def _missing(d: Decision, given: Given) -> list[str]:
    """What a new application's invitation did not say: "company", "role", "time"."""
    from followup.core.unknown import unknown_fields

    if d.action != "new":
        return ["time"] if d.action == "round" and _no_time(d, given) else []
    p = d.proposal
    return [*unknown_fields(p.company.value, p.role.value),
            *(["time"] if _no_time(d, given) else [])]


def _no_time(d: Decision, given: Given) -> bool:
    return d.proposal.invitation.all_day and given.at is None


def _ask_fields(c: Context, path: str, d: Decision, asked: Given, company: str | None,
                role: str | None) -> Decision:
    """At a terminal, the company or role the invitation did not say is asked before
    storing (a blank answer stores it as unknown, flagged; an answer is checked as --role or
    COMPANY is, and asked again when it is no line of text); an answer is taken as if given
    beside --from, and what will be stored is shown again."""
    import typer

    from followup.core import validate
    from followup.core.errors import BadInput

    answers: dict[str, str] = {}
    for field in [f for f in _missing(d, asked) if f != "time"]:
        while True:
            said = typer.prompt(f"What is the {field}? (blank: not known yet)", default="",
                                show_default=False)
            try:
                answer = validate.one_line(said, f"the {field}", field)
            except BadInput as exc:
                print(exc.message, file=sys.stderr)
                continue
            if answer:
                answers[field] = answer
            break
    if not answers:
        return d
    d, _ = with_given(decide(c, path, company=answers.get("company", company),
                             role=answers.get("role", role)), asked)
    print()
    show_decision(d, asked)
    return d


def _said_after(d: Decision, before: Any, after: Any) -> str | None:
    """One line for what an update or a cancellation of an invitation did (shown with
    --yes too: nothing changes without a word)."""
    if d.action not in ("move", "cancel") or before is None:
        return None
    was = next((i for i in before.interviews if i.id == d.interview_id), None)
    day = f"{was.at:%a %d %b %H:%M} {was.tz}" if was is not None else "the interview"
    if d.action == "move":
        inv = d.proposal.invitation
        return f"The employer moved the interview of {day} to {inv.at:%a %d %b %H:%M} " \
               f"{inv.tz}; the plan follows."
    from followup.core.model import AppStatus

    if after is not None and after.status is AppStatus.CLOSED:
        return (f"The employer cancelled the interview of {day}, the only one of "
                f"application #{after.id}: it is closed now (`followup reopen {after.id}` "
                "if it is set again).")
    return f"The employer cancelled the interview of {day}: the plan goes back to the " \
           "round before."


def add_from(c: Context, path: str, *, company: str | None, role: str | None, yes: bool,
             as_json: bool, playbook: str | None, holidays: str | None,
             given: Given | None = None) -> None:
    from followup.capture import apply

    d = decide(c, path, company=company, role=role)
    asked = given or apply.Given()
    d, given = with_given(d, asked)
    if not yes:
        if as_json:
            emit_json(apply.proposal_json(d))
            return
        show_decision(d, asked)
        if d.action in ("same", "ignore"):
            print("Nothing changed.")
            return
        import typer

        from followup.cli.text import columns, fit
        from followup.core.unknown import before_storing

        if not sys.stdin.isatty():
            for field in _missing(d, given):
                print(fit(f"  to answer: {before_storing(field)}", columns(), 4))
            print("Not stored; nothing changed. Run again with --yes to store it.",
                  file=sys.stderr)
            raise typer.Exit(1)
        d = _ask_fields(c, path, d, asked, company, role)
        given = _ask_time(d, given)
        if not typer.confirm("Store this?", default=False):
            print("Not stored; nothing changed. Run again with --yes to store it.",
                  file=sys.stderr)
            raise typer.Exit(1)
    before = None
    if d.action in ("move", "cancel") and d.app_id is not None:
        from followup import service

        before = service.show(c.store, d.app_id)
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
    said = _said_after(d, before, result)
    if said:
        from followup.cli.text import columns, fit

        print(fit(said, columns(), 2))
    from followup.cli import human

    human.application(result, c.today)
