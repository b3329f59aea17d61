"""Service functions: one per user action, shared by the command line, the web and the tests.

Each write runs in one transaction: it validates first, then changes the database and remakes
the plan, or changes nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from followup.core.calendar import BusinessCalendar, check_country
from followup.core.errors import BadInput, Conflict
from followup.core.model import (
    EVENT_STATUS,
    THANK_YOU_CHANNELS,
    Application,
    AppStatus,
    Channel,
    EventKind,
    Interview,
    Outcome,
    Person,
    Phase,
    PlannedStep,
    Step,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.core.planner import plan
from followup.core.playbooks import get_playbook
from followup.store.sqlite import Store

LIVE = (AppStatus.ACTIVE, AppStatus.RESPONDED)


@dataclass(frozen=True)
class NewInterview:
    """An interview as a user describes it, already parsed (see core.parse)."""

    at: datetime
    tz: str
    interviewers: tuple[Person, ...] = ()
    coordinator: Person | None = None
    timeline: Timeline = field(default_factory=Timeline)


def _check_timeline(tl: Timeline, start: date, playbook: str) -> None:
    if tl.decision_by is not None and tl.decision_by < start:
        raise BadInput(f"--decision-by {tl.decision_by} is before {start}: the decision cannot "
                       "come before the interview")
    if tl.follow_up_on is not None and tl.follow_up_on <= start:
        raise BadInput(f"--follow-up-on {tl.follow_up_on} must be after {start}")
    if tl.follow_up_on is not None and tl.call_in is not None:
        raise BadInput("give either --follow-up-on or --call-in, not both: they are one agreement")
    if tl.thank_you_by is not None and tl.thank_you_by not in THANK_YOU_CHANNELS:
        raise BadInput(f"--thank-you-by {tl.thank_you_by}: a thank-you goes by email, letter or "
                       "phone, never by text message or social media (T4)")
    pb = get_playbook(playbook)
    if "decision_by" in pb.requires and tl.decision_by is None:
        raise BadInput(f"playbook {pb.name} follows the employer's date: give --decision-by (C1)")
    if "follow_up_on|call_in" in pb.requires and not tl.agreed:
        raise BadInput(f"playbook {pb.name} follows an agreed time: give --follow-up-on or "
                       "--call-in (C3)")


def _check_people(interview: NewInterview) -> None:
    from followup.core import validate  # issue 12: web and API reach here without core.parse

    validate.time_zone(interview.tz)
    validate.aware(interview.at, "the interview time")
    for p in (*interview.interviewers, *((interview.coordinator,) if interview.coordinator
                                          else ())):
        validate.one_line(p.name, "an interviewer's name", "name", required=True)
        if p.email is not None:
            validate.email(p.email, f"{validate.safe(p.name)}'s email")
    seen: set[str] = set()
    for p in interview.interviewers:
        key = (p.email or p.name).lower()
        if key in seen:
            raise BadInput(f"--with {p.name!r} is given twice")
        seen.add(key)
        if p.preferred_channel is not None and p.preferred_channel.value in ("text", "social"):
            raise BadInput("a preferred channel cannot be a text message or social media (T4)")


def _calendar(app: Application) -> BusinessCalendar:
    return BusinessCalendar(app.holidays)


def current_phase(app: Application) -> Phase:
    """The stretch of the process the plan is made for: the newest interview, or a reply or
    reopening that came after it (F12, A3)."""
    kind, ident = app.phase[:1], int(app.phase[1:] or 0)
    latest = app.interviews[-1]
    if kind == "i":
        iv = next(i for i in app.interviews if i.id == ident)
        return Phase(app.phase, iv.day, iv.tz, iv.timeline, iv)
    event = next(e for e in app.events if e.id == ident)
    contact = next((p for p in latest.interviewers if p.reachable), None) or (
        latest.coordinator or (latest.interviewers[0] if latest.interviewers else None)
    )
    return Phase(
        app.phase, event.on, latest.tz, event.timeline or Timeline(note=event.note), None,
        contact=contact, kind="reply" if event.kind is EventKind.REPLY else "reopen",
    )


def _replan(store: Store, app_id: int, now: datetime) -> Application:
    app = store.load(app_id)
    if app.status not in LIVE:
        store.cancel_pending(app_id, now)
        store.update_application(app_id, now, notices=())
        return store.load(app_id)
    outcomes = {s.key: Outcome(s.status, s.done_on) for s in app.steps
                if s.status in (StepStatus.DONE, StepStatus.SKIPPED)}
    phase = current_phase(app)
    made = plan(phase, get_playbook(app.playbook), _calendar(app), outcomes)
    from followup.contacts.network import offer_network_step  # A2, optional (issue 4)

    made = offer_network_step(store, app, phase, made, _calendar(app))
    store.save_plan(app_id, _snoozed(made.steps, store.snoozes(app_id)), now)
    store.update_application(app_id, now, notices=made.notices)
    return store.load(app_id)


def _snoozed(steps: tuple[PlannedStep, ...], snoozes: dict[str, tuple[date, str]]
             ) -> list[PlannedStep]:
    """A step the candidate put off keeps its new day through every re-plan."""
    out = []
    for p in steps:
        until, reason = snoozes.get(p.key, (p.due, ""))
        if until > p.due:
            p = replace(p, due=until, latest=max(p.latest, until),
                        why=f"{p.why} Snoozed to {until:%a %d %b}: {reason}")
        out.append(p)
    return out


def _save_interview(
    store: Store, app_id: int, company: str, interview: NewInterview, round_: int, now: datetime
) -> int:
    from followup.contacts.network import saved_contact  # `--with "#12"` (issue 4)

    ids = [saved_contact(store, p, company, now) for p in interview.interviewers]
    coordinator = (saved_contact(store, interview.coordinator, company, now)
                   if interview.coordinator else None)
    iv = Interview(at=interview.at, tz=interview.tz, round=round_)
    return store.insert_interview(app_id, iv, interview.timeline, ids, coordinator, now)


# -- actions -------------------------------------------------------------------------------


def add_application(
    store: Store, *, company: str, role: str, interview: NewInterview, now: datetime,
    playbook: str = "default", holidays: str | None = None, notes: str | None = None,
) -> Application:
    """Record an application with its first interview and make its plan."""
    from followup.core.parse import text

    # One line each, no control characters (a NUL would reach SQLite's CHECK as a crash).
    company = text(company, "the company name", required=True, limit=200) or ""
    role = text(role, "--role", required=True, limit=200) or ""
    pb = get_playbook(playbook).name
    country = check_country(holidays)
    _check_people(interview)
    _check_timeline(interview.timeline, interview.at.date(), pb)
    with store.write():
        app_id = store.insert_application(company, role, pb, country, now, notes)
        iv_id = _save_interview(store, app_id, company, interview, 1, now)
        store.update_application(app_id, now, phase=f"i{iv_id}")
        return _replan(store, app_id, now)


def add_interview(store: Store, app_id: int, interview: NewInterview, now: datetime) -> Application:
    """A further round: the old sequence stops and a new plan starts from this interview."""
    app = store.load(app_id)
    _check_people(interview)
    _check_timeline(interview.timeline, interview.at.date(), app.playbook)
    with store.write():
        round_ = max((i.round for i in app.interviews), default=0) + 1
        iv_id = _save_interview(store, app_id, app.company, interview, round_, now)
        store.update_application(app_id, now, phase=f"i{iv_id}", status=AppStatus.ACTIVE)
        return _replan(store, app_id, now)


def show(store: Store, app_id: int) -> Application:
    with store.read():
        return store.load(app_id)


def today(store: Store, day: date) -> list[Step]:
    """Pending steps due on or before `day`, across all applications, earliest first."""
    return store.due_steps(day)


def today_json(store: Store, day: date) -> str:
    """`today` as the JSON array of CONTRACT.md, written by SQLite itself (store.reads)."""
    from followup.store.reads import due_steps_json

    return due_steps_json(store.conn, day.isoformat())


@dataclass(frozen=True)
class Agenda:
    """Today's steps as a person reads them: the late ones (past their latest day) first."""

    late: list[Step]
    due: list[Step]
    late_total: int
    due_total: int


def agenda(store: Store, day: date, limit: int | None = None) -> Agenda:
    """`today`, split into late and due, at most `limit` of each (a page shows the first
    few of a long list and says how many there are)."""
    with store.read():
        return Agenda(*store.agenda(day, limit))


def _check_day(on: date, now: datetime, what: str) -> None:
    if on > now.date():
        raise BadInput(f"{what} {on} is in the future; record things once they have happened")


def mark_done(store: Store, step_id: int, on: date, now: datetime) -> Application:
    """A step was carried out on `on`; what follows is re-planned from that day (F1)."""
    _check_day(on, now, "--on")
    with store.write():
        step = store.get_step(step_id)
        if step.status is not StepStatus.PENDING:
            when = f" on {step.done_on}" if step.done_on else ""
            raise Conflict(f"step {step_id} is already {step.status.value}{when}; nothing changed")
        phase = current_phase(store.load(step.application_id))
        if on < phase.start:
            began = {"reply": "their reply", "reopen": "the reopening"}.get(
                phase.kind, "the interview")
            raise BadInput(f"--on {on} is before {began} on {phase.start}: a step cannot be "
                           "carried out before its plan began")
        store.set_status([step_id], StepStatus.DONE, on, now)
        if step.kind is StepKind.CLOSE:
            store.insert_event(step.application_id, EventKind.CLOSED, on, None, None, now)
            store.update_application(step.application_id, now, status=AppStatus.CLOSED)
        return _replan(store, step.application_id, now)


def snooze(store: Store, step_id: int, until: date, reason: str, now: datetime) -> Application:
    """Put a pending step off to a later business day, with the reason. The rest of the plan
    stands, so a step cannot be put off past the one that follows it."""
    from followup.core import validate

    reason = " ".join(reason.split())
    if not reason:
        raise BadInput("--reason must not be empty: say why it waits")
    validate.one_line(reason, "--reason", "short")
    with store.write():
        step = store.get_step(step_id)
        if step.status is not StepStatus.PENDING:
            raise Conflict(f"step {step_id} is already {step.status.value}; nothing changed")
        app = store.load(step.application_id)
        day = _calendar(app).on_or_after(until)
        floor = max(step.due, now.date())
        if day <= floor:
            raise BadInput(f"--until {until} is not after {floor}: snooze to a later "
                           "business day")
        after = [s for s in app.pending if s.due > step.due]
        if after and day > after[0].due:
            nxt = after[0]
            raise BadInput(f"--until {day} is after the next step ({nxt.kind.value} on "
                           f"{nxt.due}): snooze to {nxt.due} at the latest, or skip this one")
        store.snooze_step(step_id, day, reason, now)
        return _replan(store, step.application_id, now)


def skip(store: Store, step_id: int, now: datetime) -> Application:
    """Leave a step out; the rest of the plan carries on from its planned day."""
    with store.write():
        step = store.get_step(step_id)
        if step.status is not StepStatus.PENDING:
            raise Conflict(f"step {step_id} is already {step.status.value}; nothing changed")
        store.set_status([step_id], StepStatus.SKIPPED, None, now)
        return _replan(store, step.application_id, now)


def log_event(
    store: Store, app_id: int, kind: EventKind, on: date, now: datetime,
    note: str | None = None, timeline: Timeline | None = None,
) -> Application:
    """What the employer or the candidate did. A reply stops the sequence and the plan is
    remade from what they said (F12); an offer, a rejection or a withdrawal ends it, and every
    contact is kept (A3)."""
    from followup.core import validate

    _check_day(on, now, "--on")
    note = validate.text_block(note, "--note")
    app = store.load(app_id)  # an unknown id fails before anything is checked or written
    first = app.interviews[0].day
    if on < first:
        raise BadInput(f"--on {on} is before the interview on {first}: nothing can have "
                       "happened in this process before it")
    if timeline is not None and kind is not EventKind.REPLY:
        raise BadInput("dates can be given only with a reply: what did they say?")
    if EVENT_STATUS[kind] is app.status and kind is not EventKind.REPLY:
        raise Conflict(f"application {app_id} already has the status {app.status.value}; "
                       "nothing changed")
    if app.status is AppStatus.OFFER and kind is EventKind.REPLY:
        raise Conflict(f"application {app_id} has an offer: log `withdrawn` if you decline it, "
                       "or `rejected` if they take it back")
    if timeline is not None:
        _check_timeline(timeline, on, "default")
    with store.write():
        event_id = store.insert_event(app_id, kind, on, note, timeline, now)
        fields: dict[str, Any] = {"status": EVENT_STATUS[kind]}
        if kind is EventKind.REPLY:
            fields["phase"] = f"e{event_id}"
        store.update_application(app_id, now, **fields)
        return _replan(store, app_id, now)


def reopen(
    store: Store, app_id: int, on: date, now: datetime, note: str | None = None,
    timeline: Timeline | None = None,
) -> Application:
    """A closed process can come back to life (A3): a new plan starts on `on`."""
    from followup.core import validate

    _check_day(on, now, "--on")
    note = validate.text_block(note, "--note")
    app = store.load(app_id)
    if app.status is AppStatus.ACTIVE:
        raise Conflict(f"application {app_id} is already active; nothing to reopen")
    if timeline is not None:
        _check_timeline(timeline, on, "default")
    with store.write():
        event_id = store.insert_event(app_id, EventKind.REOPENED, on, note, timeline, now)
        store.update_application(app_id, now, status=AppStatus.ACTIVE, phase=f"e{event_id}")
        return _replan(store, app_id, now)


def edit_application(
    store: Store, app_id: int, now: datetime, *, company: str | None = None,
    role: str | None = None, playbook: str | None = None, holidays: str | None = None,
    notes: str | None = None, timeline: dict[str, Any] | None = None,
) -> Application:
    """Change what was recorded; the plan is remade to match."""
    app = store.load(app_id)
    fields: dict[str, Any] = {}
    from followup.core import validate  # issue 12: the same checks as `add`

    if company is not None:
        fields["company"] = validate.required_line(company, "the company name", "company")
    if role is not None:
        fields["role"] = validate.required_line(role, "--role", "role")
    if playbook is not None:
        fields["playbook"] = get_playbook(playbook).name
    if holidays is not None:
        fields["holidays"] = check_country(holidays) if holidays.lower() != "none" else None
    if notes is not None:
        fields["notes"] = validate.text_block(notes, "--notes")
    phase = current_phase(app)
    new_tl = replace(phase.timeline, **timeline) if timeline else phase.timeline
    _check_timeline(new_tl, phase.start, fields.get("playbook", app.playbook))
    with store.write():
        if fields:
            store.update_application(app_id, now, **fields)
        if timeline:
            store.update_timeline(app.phase, new_tl)
        return _replan(store, app_id, now)


def _check_person_changes(changes: dict[str, Any]) -> None:
    """Whatever front end sent them, a person's details pass the one set of checks."""
    from followup.core import validate

    kinds = {"name": "name", "title": "title", "phone": "phone", "company": "company"}
    for key, kind in kinds.items():
        if isinstance(changes.get(key), str):
            changes[key] = validate.one_line(changes[key], f"--{key}", kind,
                                             required=key == "name")
    if isinstance(changes.get("email"), str):
        changes["email"] = validate.email(changes["email"], "--email")


def edit_person(store: Store, contact_id: int, now: datetime, **changes: Any) -> Person:
    """Correct an interviewer's or coordinator's details; every plan that reaches them is
    remade (T4, T6 depend on them)."""
    _check_person_changes(changes)
    preferred = changes.get("preferred_channel")
    if isinstance(preferred, Channel) and preferred.value in ("text", "social"):
        raise BadInput("a preferred channel cannot be a text message or social media (T4)")
    with store.write():
        store.get_contact(contact_id)
        store.update_contact(contact_id, changes)
        for app_id in store.applications_of_contact(contact_id):
            _replan(store, app_id, now)
        return store.get_contact(contact_id)


@dataclass(frozen=True)
class Overview:
    id: int
    company: str
    role: str
    status: str
    playbook: str
    next_due: date | None
    next_kind: str | None
    next_latest: date | None
    last_contact: date | None
    days_since_contact: int | None


def list_applications(store: Store, day: date, status: str | None = None) -> list[Overview]:
    """Every application with its next step and the days since the candidate was last in
    touch with the employer (A1: keep the whole search in view)."""
    out: list[Overview] = []
    for r in store.overview():
        if status and r["status"] != status:
            continue
        touches = [d for d in (r["last_done"], r["last_event"], r["last_interview"]) if d]
        last = date.fromisoformat(max(touches)) if touches else None
        out.append(Overview(
            id=r["id"], company=r["company"], role=r["role"], status=r["status"],
            playbook=r["playbook"],
            next_due=date.fromisoformat(r["next_due"]) if r["next_due"] else None,
            next_kind=r["next_kind"],
            next_latest=date.fromisoformat(r["next_latest"]) if r["next_latest"] else None,
            last_contact=last,
            days_since_contact=(day - last).days if last else None,
        ))
    return out


MIN_ACTIVE = 3
QUIET_DAYS = 7


def search_nudge(store: Store, day: date, min_active: int | None = None) -> str | None:
    """A1: one silent employer must not stall the search. The threshold comes from the
    `min_active` setting (FOLLOWUP_MIN_ACTIVE) unless given."""
    if min_active is None:
        from followup import settings

        min_active = settings.min_active(settings.load())
    active, newest = store.pipeline_health()
    if active < min_active:
        return (f"Only {active} active application(s): keep applying, interviewing and "
                "networking while you wait.")
    if newest is not None and (day - newest).days > QUIET_DAYS:
        return (f"No application added in {(day - newest).days} days: keep the search moving "
                "while you wait on these.")
    return None
