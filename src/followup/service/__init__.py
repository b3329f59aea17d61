"""Service functions: one per user action, shared by the command line, the web and the tests.

Each write runs in one transaction: it validates first, then changes the database and remakes
the plan, or changes nothing at all.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta

from followup.core.calendar import check_country, country_of_zone
from followup.core.errors import BadInput, Conflict, Unconfirmed, on_field
from followup.core.model import (
    EVENT_STATUS,
    LIVE,
    OPEN,
    THANK_YOU_CHANNELS,
    Application,
    AppStatus,
    EventKind,
    Interview,
    Person,
    Step,
    StepKind,
    StepStatus,
    Timeline,
    replace,
)
from followup.core.planner import plan
from followup.core.playbooks import get_playbook
from followup.core.rolling import calendar, current_phase, day_done, outcomes, rolled, today_of
from followup.service.lists import (
    MIN_ACTIVE,
    agenda,
    list_applications,
    list_json,
    list_page,
    search_nudge,
    today,
    today_json,
)
from followup.service.values import Agenda, NewInterview, Overview

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    from followup.store.sqlite import Store

__all__ = ["LIVE", "MIN_ACTIVE", "Agenda", "NewInterview", "Overview", "agenda",  # for the
           "current_phase", "list_applications", "list_json", "list_page",  # front ends
           "search_nudge", "today", "today_json"]


def _check_timeline(tl: Timeline, start: date, playbook: str) -> None:
    if tl.decision_by is not None and tl.decision_by < start:
        raise BadInput(f"--decision-by {tl.decision_by} is before {start}: the decision cannot "
                       "come before the interview", field="decision_by")
    if tl.follow_up_on is not None and tl.follow_up_on <= start:
        raise BadInput(f"--follow-up-on {tl.follow_up_on} must be after {start}",
                       field="follow_up_on")
    if tl.follow_up_on is not None and tl.call_in is not None:
        raise BadInput("give either --follow-up-on or --call-in, not both: they are one agreement")
    if tl.thank_you_by is not None and tl.thank_you_by not in THANK_YOU_CHANNELS:
        raise BadInput(f"--thank-you-by {tl.thank_you_by}: a thank-you goes by email, letter or "
                       "phone, never by text message or social media (T4)", field="thank_you_by")
    pb = get_playbook(playbook)
    if "decision_by" in pb.requires and tl.decision_by is None:
        raise BadInput(f"playbook {pb.name} follows the employer's date: give --decision-by (C1)",
                       field="decision_by")
    if "follow_up_on|call_in" in pb.requires and not tl.agreed:
        raise BadInput(f"playbook {pb.name} follows an agreed time: give --follow-up-on or "
                       "--call-in (C3)", field="follow_up_on")


def _check_people(interview: NewInterview) -> None:
    from followup.messages.noted import assign

    with on_field("noted"):
        assign(interview.interviewers, interview.noted)  # a --noted for nobody: refused first

    from followup.core import validate  # web and API reach here without core.parse

    with on_field("tz"):
        validate.time_zone(interview.tz)
    with on_field("interviewed"):
        validate.aware(interview.at, "the interview time")
    for name, people in (("with", interview.interviewers),
                         ("coordinator", (interview.coordinator,) if interview.coordinator
                          else ())):
        with on_field(name):
            for p in people:
                validate.one_line(p.name, "an interviewer's name", "name", required=True)
                if p.email is not None:
                    validate.email(p.email, f"{validate.safe(p.name)}'s email")
    seen: set[str] = set()
    for p in interview.interviewers:
        key = (p.email or p.name).lower()
        if key in seen:
            raise BadInput(f"--with {p.name!r} is given twice", field="with")
        seen.add(key)


def replan(store: Store, app_id: int, now: datetime) -> Application:
    """Remake the stored plan from what happened and from today (the rolling plan)."""
    app = store.load(app_id)
    if app.status not in LIVE:
        store.cancel_pending(app_id, now)
        store.update_application(app_id, now, notices=())
        return _kept(store, app_id, now)
    phase = current_phase(app)
    made = plan(phase, get_playbook(app.playbook), calendar(app), outcomes(app), now)
    from followup.service.network import offer_network_step  # A2, optional

    made = offer_network_step(store, app, phase, made, calendar(app))
    store.save_plan(app_id, made.steps, now)
    store.update_application(app_id, now, notices=made.notices)
    return _kept(store, app_id, now)


def _kept(store: Store, app_id: int, now: datetime) -> Application:
    """The application as it now stands, what is next for it kept (core.upnext)."""
    from followup.service import upnext

    app = store.load(app_id)
    upnext.keep(store, app, now)
    return app


@contextmanager
def undoable_change(store: Store, what: str, apps: Iterable[int], now: datetime, *,
            new: bool = False, contacts: Iterable[int] = ()) -> Iterator[None]:
    """One write that `followup undo` can take back: the rows it may touch are kept first.
    `new`: the application is made by this change (undo removes it)."""
    from followup.store import undo as undo_log  # not loaded by `show`

    with store.write():
        entry = undo_log.record(store.conn, what, list(apps), now, contacts, new=new)
        yield
        undo_log.seal(store.conn, entry)


def _step_words(step: Step) -> str:
    to = f" → {', '.join(step.to)}" if step.to else ""
    kind = {"close": "move on", "thank_you": "thank-you", "follow_up": "follow-up"}.get(
        step.kind.value, step.kind.value)
    return f"step {step.id} ({kind}{to}, {step.company})"


def resolve_holidays(given: str | None, tz: str, source: str = "option"
                     ) -> tuple[str | None, str]:
    """The holiday country of a new application and where it came from: the option or the
    saved setting (`source`), `none` for weekends only, else the country of the interview's
    time zone."""
    if given is None or not given.strip():
        return country_of_zone(tz), "zone"
    if given.strip().lower() == "none":
        return None, source
    return check_country(given), source


def holidays_words(app: Application) -> str:
    """What the plan counts as business days, in words (for the plan's header)."""
    if app.holidays is None:
        if app.holidays_from == "zone":
            return "weekends only (the time zone names no country: --holidays CC sets one)"
        return "weekends only, no public holidays" + ("" if app.holidays_from else
                                                      " (none set)")
    where = {"zone": "from the time zone", "setting": "your saved default"}.get(
        app.holidays_from or "", "")
    return f"{app.holidays} holidays" + (f" ({where})" if where else "")


YEAR = timedelta(days=366)
WEEK = timedelta(days=7)


def _check_when(at: datetime, now: datetime, confirmed: bool) -> None:
    """An interview long ago or well ahead is most likely a typo: ask before planning it."""
    if confirmed:
        return
    if at < now - YEAR:
        raise Unconfirmed(f"the interview on {at:%Y-%m-%d} is more than a year ago; add --yes "
                          "if that is right")
    if at > now + WEEK:
        raise Unconfirmed(f"the interview on {at:%Y-%m-%d} is more than a week ahead; add "
                          "--yes if that is right")


def _save_interview(
    store: Store, app_id: int, company: str, interview: NewInterview, round_: int, now: datetime
) -> int:
    from followup.messages.noted import assign
    from followup.service.network import saved_contact  # `--with "#12"`

    per, general = assign(interview.interviewers, interview.noted)
    shared = interview.shared
    ids = [saved_contact(store, p, company, now, shared) for p in interview.interviewers]
    coordinator = (saved_contact(store, interview.coordinator, company, now, shared)
                   if interview.coordinator else None)
    iv = Interview(at=interview.at, tz=interview.tz, round=round_, medium=interview.medium,
                   final=interview.final)
    return store.insert_interview(app_id, iv, interview.timeline, ids, coordinator, now,
                                  noted=per, noted_all=general)


# -- actions -------------------------------------------------------------------------------


def add_application(
    store: Store, *, company: str, role: str, interview: NewInterview, now: datetime,
    playbook: str = "default", holidays: str | None = None, notes: str | None = None,
    holidays_from: str = "option", confirmed: bool = False,
) -> Application:
    """Record an application with its first interview and make its plan. `holidays` None:
    the country of the interview's time zone; "none": weekends only."""
    from followup.core import validate
    from followup.core.parse import text
    from followup.store import undo as undo_log  # not loaded by `show`

    if notes and validate.has_control(notes.replace("\r\n", "\n"), multiline=True):
        raise BadInput("notes must be plain text, without control characters", "notes")
    # One line each, no control characters (a NUL would reach SQLite's CHECK as a crash).
    with on_field("company"):
        company = text(company, "the company name", required=True, limit=200) or ""
    with on_field("role"):
        role = text(role, "--role", required=True, limit=200) or ""
    with on_field("playbook"):
        pb = get_playbook(playbook).name
    with on_field("holidays"):
        country, source = resolve_holidays(holidays, interview.tz, holidays_from)
    _check_people(interview)
    _check_timeline(interview.timeline, interview.at.date(), pb)
    _check_when(interview.at, now, confirmed)
    with store.write():
        app_id = store.insert_application(company, role, pb, country, now, notes)
        entry = undo_log.record(store.conn, f"added application {app_id} ({company})", [app_id],
                                now, new=True)
        iv_id = _save_interview(store, app_id, company, interview, 1, now)
        store.update_application(app_id, now, phase=f"i{iv_id}", holidays_from=source)
        app = replan(store, app_id, now)
        undo_log.seal(store.conn, entry)
        return app


def add_interview(store: Store, app_id: int, interview: NewInterview, now: datetime,
                  confirmed: bool = False) -> Application:
    """A further round: the old sequence stops and a new plan starts from this interview."""
    app = store.load(app_id)
    _check_people(interview)
    _check_timeline(interview.timeline, interview.at.date(), app.playbook)
    last = max(app.interviews, key=lambda i: i.at)
    if interview.at <= last.at:
        raise BadInput(f"this round ({interview.at:%Y-%m-%d %H:%M}) is not after round "
                       f"{last.round} ({last.at:%Y-%m-%d %H:%M}): a later round cannot come "
                       "before an earlier one", field="interviewed")
    _check_when(interview.at, now, confirmed)
    round_ = max((i.round for i in app.interviews), default=0) + 1
    with undoable_change(store, f"added round {round_} to application {app_id} ({app.company})",
                 [app_id], now):
        iv_id = _save_interview(store, app_id, app.company, interview, round_, now)
        store.update_application(app_id, now, phase=f"i{iv_id}", status=AppStatus.ACTIVE)
        return replan(store, app_id, now)


def move_interview(store: Store, app_id: int, interview_id: int, at: datetime, tz: str,
                   now: datetime) -> Application:
    """The employer moved the interview (an updated invitation): its plan follows."""
    store.load(app_id)
    with store.write():
        store.capture.move_interview(interview_id, at, tz)
        return replan(store, app_id, now)


def cancel_interview(store: Store, app_id: int, interview_id: int, now: datetime
                     ) -> Application:
    """The employer cancelled an interview: a later round is removed and the plan goes back
    to the round before; a first and only interview closes the application (kept, A3)."""
    store.load(app_id)
    with store.write():
        if store.capture.interview_count(app_id) > 1:
            store.contacts.keep_formers_of(interview_id, now)  # never this one's network (A2)
            store.capture.drop_interview(interview_id)
            latest = store.capture.latest_interview_id(app_id)
            store.update_application(app_id, now, phase=f"i{latest}")
        else:
            store.update_application(app_id, now, status=AppStatus.CLOSED)
        return replan(store, app_id, now)


def show(store: Store, app_id: int, today: date | datetime | None = None) -> Application:
    """One application; given `today` (best the moment now: the day is then the plan's
    own, in its interview's zone), its plan as it stands then (the rolling plan)."""
    with store.read():
        app = store.load(app_id)
    return app if today is None else rolled(app, today)


def _check_day(on: date, now: datetime, what: str) -> None:
    if on > now.date():
        raise BadInput(f"{what} {on} is in the future; record things once they have happened")


def _open_step(store: Store, step_id: int) -> Step:
    step = store.get_step(step_id)
    if step.status not in OPEN:
        when = f" on {step.done_on}" if step.done_on else ""
        raise Conflict(f"step {step_id} is already {step.status.value}{when}; nothing changed")
    return step


def mark_done(store: Store, step_id: int, on: date | None, now: datetime) -> Application:
    """A step was carried out on `on` (None: now, the moment this runs), a day of the plan's
    zone (core.when.day_on); what follows is re-planned from that day (F1). A touch made
    ahead of an earlier one stands in for it: the earlier one is left out."""
    if on is not None:  # at once; exactly in day_done
        _check_day(on, now + timedelta(days=1), "--on")
    step = _open_step(store, step_id)
    on = day_done(on, now, current_phase(store.load(step.application_id)))
    with undoable_change(store, f"marked {_step_words(step)} done on {on:%a %d %b}",
                 [step.application_id], now):
        step = _open_step(store, step_id)
        app = store.load(step.application_id)
        store.set_status([step_id], StepStatus.DONE, on, now)
        if step.kind in (StepKind.FOLLOW_UP, StepKind.CALL):
            earlier = [s.id for s in app.steps if s.status is StepStatus.PENDING
                       and s.kind in (StepKind.FOLLOW_UP, StepKind.CALL)
                       and s.key.split(":")[0] == step.key.split(":")[0] and s.touch < step.touch]
            store.set_status(earlier, StepStatus.SKIPPED, on, now)
        if step.kind is StepKind.CLOSE:
            store.insert_event(step.application_id, EventKind.CLOSED, on, None, None, now)
            store.update_application(step.application_id, now, status=AppStatus.CLOSED)
        return replan(store, step.application_id, now)


def snooze(store: Store, step_id: int, until: date, reason: str | None, now: datetime
           ) -> Application:
    """Put a step off to a later business day, with the reason (None: the day it was put off
    on). The touches after it move with it (the rolling plan); a thank-you cannot be put off
    past its window (T2, T3)."""
    reason = f"put off on {now:%a %d %b}" if reason is None else " ".join(reason.split())
    if not reason:
        raise BadInput("--reason must not be empty: say why it waits")
    from followup.core import validate

    validate.one_line(reason, "--reason", "short")
    step = _open_step(store, step_id)
    app = rolled(store.load(step.application_id), now)
    step = next(s for s in app.steps if s.id == step_id)
    if step.status is StepStatus.MISSED:
        raise Conflict(f"step {step_id}'s thank-you window has passed: mark it done if you "
                       "send it late, or skip it; the next touch carries your thanks")
    day = calendar(app).on_or_after(until)
    floor = max(step.due, today_of(app, now))
    if day <= floor:
        raise BadInput(f"--until {until} is not after {floor}: snooze to a later business day")
    if step.kind is StepKind.THANK_YOU and day > step.latest:
        raise BadInput(f"--until {day} is past the thank-you's window (it should go by "
                       f"{step.latest}, T2/T3): send it now, or skip it")
    with undoable_change(store, f"snoozed {_step_words(step)} to {day:%a %d %b}",
                 [step.application_id], now):
        store.snooze_step(step_id, day, reason, now)
        return replan(store, step.application_id, now)


def skip(store: Store, step_id: int, now: datetime) -> Application:
    """Leave a step out; the rest of the plan carries on from its day, or from today if it
    was overdue (the rolling plan)."""
    step = _open_step(store, step_id)
    with undoable_change(store, f"skipped {_step_words(step)}", [step.application_id], now):
        step = _open_step(store, step_id)  # left out today, in the plan's zone
        day = today_of(store.load(step.application_id), now)
        store.set_status([step_id], StepStatus.SKIPPED, day, now)
        return replan(store, step.application_id, now)


def log_event(
    store: Store, app_id: int, kind: EventKind, on: date | None, now: datetime,
    note: str | None = None, timeline: Timeline | None = None,
) -> Application:
    """What the employer or the candidate did, on `on` (None: today in the interview's zone).
    A reply stops the sequence, re-planned from what they said (F12); an offer, a rejection or
    a withdrawal ends it, and every contact is kept (A3)."""
    from followup.core import validate
    from followup.core.fields import dated
    from followup.core.when import day_on

    if on is not None:
        _check_day(on, now + timedelta(days=1), "--on")  # at once; exactly in day_on
    note = validate.text_block(note, "--note")
    app = store.load(app_id)  # an unknown id fails before anything is checked or written
    first = app.interviews[0]
    on = day_on(on, now, first.tz, first.day, first.at, "the interview",
                "nothing can have happened in this process before it")
    dated(kind, timeline)  # the rule `log` checks in every front end (core.fields.event)
    if EVENT_STATUS[kind] is app.status and kind is not EventKind.REPLY:
        raise Conflict(f"application {app_id} already has the status {app.status.value}; "
                       "nothing changed")
    if app.status is AppStatus.OFFER and kind is EventKind.REPLY:
        raise Conflict(f"application {app_id} has an offer: log `withdrawn` if you decline it, "
                       "or `rejected` if they take it back")
    if timeline is not None:
        _check_timeline(timeline, on, "default")
    with undoable_change(store, f"logged {kind.value} for application {app_id} ({app.company})",
                 [app_id], now):
        event_id = store.insert_event(app_id, kind, on, note, timeline, now)
        fields: dict[str, Any] = {"status": EVENT_STATUS[kind]}
        if kind is EventKind.REPLY:
            fields["phase"] = f"e{event_id}"
        store.update_application(app_id, now, **fields)
        return replan(store, app_id, now)


def reopen(
    store: Store, app_id: int, on: date | None, now: datetime, note: str | None = None,
    timeline: Timeline | None = None,
) -> Application:
    """A closed process can come back to life (A3): a new plan starts on `on` (None: the day
    it is now in the plan's zone, as `log` dates an event)."""
    from followup.core import validate
    from followup.core.upnext import zone_of
    from followup.core.when import day_of

    app = store.load(app_id)
    if on is None:
        on = day_of(now, zone_of(app))
    else:
        _check_day(on, now, "--on")
    note = validate.text_block(note, "--note")
    if app.status is AppStatus.ACTIVE:
        raise Conflict(f"application {app_id} is already active; nothing to reopen")
    if timeline is not None:
        _check_timeline(timeline, on, "default")
    with undoable_change(store, f"reopened application {app_id} ({app.company})", [app_id], now):
        event_id = store.insert_event(app_id, EventKind.REOPENED, on, note, timeline, now)
        store.update_application(app_id, now, status=AppStatus.ACTIVE, phase=f"e{event_id}")
        return replan(store, app_id, now)


def edit_application(
    store: Store, app_id: int, now: datetime, *, company: str | None = None,
    role: str | None = None, playbook: str | None = None, holidays: str | None = None,
    notes: str | None = None, timeline: dict[str, Any] | None = None,
) -> Application:
    """Change what was recorded; the plan is remade to match."""
    app = store.load(app_id)
    fields: dict[str, Any] = {}
    from followup.core import validate  # the same checks as `add`

    if company is not None:
        with on_field("company"):
            fields["company"] = validate.required_line(company, "the company name", "company")
    if role is not None:
        with on_field("role"):
            fields["role"] = validate.required_line(role, "--role", "role")
    if playbook is not None:
        with on_field("playbook"):
            fields["playbook"] = get_playbook(playbook).name
    if holidays is not None:
        with on_field("holidays"):
            fields["holidays"] = check_country(holidays) if holidays.lower() != "none" else None
        fields["holidays_from"] = "option"
    if notes is not None:
        fields["notes"] = validate.text_block(notes, "--notes")
    phase = current_phase(app)
    new_tl = replace(phase.timeline, **timeline) if timeline else phase.timeline
    _check_timeline(new_tl, phase.start, fields.get("playbook", app.playbook))
    fields = {k: v for k, v in fields.items() if getattr(app, k) != v}
    if new_tl == phase.timeline and not fields:
        raise Conflict(f"application {app_id} already reads so; nothing changed")
    with undoable_change(store, f"edited application {app_id} ({app.company})", [app_id], now):
        if fields:
            store.update_application(app_id, now, **fields)
        if timeline:
            store.update_timeline(app.phase, new_tl)
        before = {st.key: st.due for st in app.steps}
        replan(store, app_id, now)
        if timeline:
            _from_now(store, app_id, before, now)
        return _kept(store, app_id, now)


def _from_now(store: Store, app_id: int, before: dict[str, date], now: datetime) -> None:
    """A date recorded late (an edited --decision-by already past) plans from now: a step it
    made or moved never starts overdue; it is due today, and the plan says why (F5, F12).
    The day stays through the snooze the rolling plan already honours."""
    from followup.core.rolling import today_of

    app = store.load(app_id)
    today = today_of(app, now)
    for st in app.steps:
        if (st.status is StepStatus.PENDING and st.kind is not StepKind.THANK_YOU
                and st.kind is not StepKind.CLOSE and st.due < today
                and before.get(st.key) != st.due):
            store.snooze_step(st.id, today, "the date you recorded had already passed, so "
                              "this is planned from the day you recorded it", now)
    replan(store, app_id, now)


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
    from followup.service.contacts import person_changes  # "Name <email>", E.164

    _check_person_changes(changes)
    changes = person_changes(store, changes)
    person = store.get_contact(contact_id)
    with undoable_change(store, f"edited {person.name}'s details",
                 store.applications_of_contact(contact_id), now, contacts=[contact_id]):
        store.update_contact(contact_id, changes)
        for app_id in store.applications_of_contact(contact_id):
            replan(store, app_id, now)
        return store.get_contact(contact_id)


def refresh_plans(store: Store, now: datetime) -> int:
    """Store every live plan as it stands today (for what reads the stored plan as it is, like
    the calendar export): no change of the candidate's, so the last change stays undoable.
    A read-only database keeps its plans as they were last stored."""
    from followup.store import undo as undo_log  # not loaded by `show`

    if store.read_only:
        return 0
    with store.write():
        stale = [a.id for a in map(store.load, store.live_with_open_steps())
                 if not _stands(a, now)]
        if not stale:
            return 0
        last = undo_log.latest(store.conn)
        current = last is not None and not undo_log.changed_since(store.conn, last)
        for app_id in stale:
            replan(store, app_id, now)
        if current and last is not None:
            undo_log.seal(store.conn, last.id)
    return len(stale)


def _stands(app: Application, now: datetime) -> bool:
    """Whether the stored plan of `app` is its plan as it stands at `now`."""
    def seen(a: Application) -> list[tuple[Any, ...]]:
        return [(s.id, s.due, s.latest, s.status, s.projected, s.why) for s in a.steps]

    return seen(app) == seen(rolled(app, now))


# -- undo and delete ---------------------------------------------------------------------------


def undo(store: Store, now: datetime) -> str:
    """Take back the last change (a done, skip, snooze, log, edit, reopening, new round, new
    application or deletion) and say in one line what was undone."""
    from followup.store import undo as undo_log  # not loaded by `show`

    with store.write():
        entry = undo_log.latest(store.conn)
        if entry is None:
            raise Conflict("nothing to undo")
        if undo_log.changed_since(store.conn, entry):
            raise Conflict(f"cannot undo “{entry.what}”: the application has changed since "
                           "(by a command that cannot be undone); nothing changed")
        undo_log.restore(store.conn, entry)
    return f"Undone: {entry.what}."


def delete_application(store: Store, app_id: int, now: datetime) -> tuple[Application, str]:
    """Remove an application with its plan, events and journal (the contacts stay, A3), after
    a backup copy; `followup undo` brings it back. Returns it and where the copy is. Looked up
    under the write lock: of two deletes the second finds it gone and records nothing."""
    from followup.insights.backups import backup
    from followup.store import undo as undo_log  # not loaded by `show`

    store.check_writable()  # before the copy, which goes beside the database
    with store.write():
        if undo_log.was_deleted(store.conn, app_id):
            raise Conflict(f"application {app_id} is already deleted; nothing changed")
        app = store.load(app_id)
        copy = backup(store.path, None, now)
        with undoable_change(store, f"deleted application {app_id} ({app.company})", [app_id], now):
            store.delete_application(app_id)
    return app, str(copy.resolve())
