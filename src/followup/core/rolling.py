"""The rolling plan: an application's plan as it stands on a given day. Pure: no clock, no I/O.

The store keeps the plan as it was made at the last change. On a later day the next action of
each application is still right (its day depends only on what was done), but the touches after
an overdue one have moved forward with it, and a thank-you may have missed its window. `rolled`
works that out again for one application, from what happened and from `today`.

`today` is best the moment `now`: the day is then decided in the zone of the plan's dates (the
interview's), and a thank-you's window is real time (core.planner, one notion of a day).
"""

from __future__ import annotations

from datetime import date, datetime

from followup.core.calendar import BusinessCalendar
from followup.core.model import (
    LIVE,
    OPEN,
    SETTLED,
    Application,
    EventKind,
    Interview,
    Outcome,
    Person,
    Phase,
    Plan,
    StepKind,
    StepStatus,
    Timeline,
    replace,
)
from followup.core.planner import plan
from followup.core.playbooks import get_playbook
from followup.core.unknown import how_to_give, is_unknown


def current_phase(app: Application) -> Phase:
    """The stretch of the process the plan is made for: the newest interview, or a reply or
    reopening that came after it (F12, A3)."""
    kind, ident = app.phase[:1], int(app.phase[1:] or 0)
    latest = app.interviews[-1]
    missing = how_to_give("company", app.id) if is_unknown(app.company) else None  # C4
    if kind == "i":
        iv = next(i for i in app.interviews if i.id == ident)
        return Phase(app.phase, iv.day, iv.tz, iv.timeline, iv, recorded=iv.recorded,
                     company_missing=missing)
    event = next(e for e in app.events if e.id == ident)
    contact = next((p for p in latest.interviewers if p.reachable), None) or (
        latest.coordinator or (latest.interviewers[0] if latest.interviewers else None)
    )
    return Phase(
        app.phase, event.on, latest.tz, event.timeline or Timeline(note=event.note), None,
        contact=contact, kind="reply" if event.kind is EventKind.REPLY else "reopen",
        recorded=event.recorded, owed=_owed(app, latest, event.on),
        coordinator=latest.coordinator, company_missing=missing,
    )


def _owed(app: Application, latest: Interview, on: date) -> tuple[Person, ...]:
    """T7: the people of the latest round whose thank-you window had passed unsent (neither
    sent nor left out on purpose) before `on`: a reply or a reopening does not settle what
    is owed to them. A cancelled round owes nobody thanks: it never took place."""
    if latest.cancelled:
        return ()
    prefix = f"i{latest.id}:thank_you:"
    unsent = {s.to[0].strip().lower() for s in app.steps if s.key.startswith(prefix)
              and s.to and s.status not in SETTLED and s.latest < on}
    unsent -= {s.to[0].strip().lower() for s in app.steps if s.to  # a late note went out
               and s.kind is StepKind.THANK_YOU and s.status is StepStatus.DONE}
    return tuple(p for p in latest.interviewers if p.name.strip().lower() in unsent)


def outcomes(app: Application) -> dict[str, Outcome]:
    """What became of each step so far: done or skipped (with the day), or put off."""
    out: dict[str, Outcome] = {}
    for s in app.steps:
        if s.status in SETTLED:
            out[s.key] = Outcome(s.status, s.done_on, until=s.snoozed_until,
                                 reason=s.snooze_reason or "")
        elif s.status in OPEN and s.snoozed_until is not None:
            out[s.key] = Outcome(StepStatus.PENDING, until=s.snoozed_until,
                                 reason=s.snooze_reason or "")
    return out


def calendar(app: Application) -> BusinessCalendar:
    return BusinessCalendar(app.holidays)


def today_of(app: Application, now: datetime) -> date:
    """The date at `now` in the zone of the application's current plan: the day its steps'
    dates are compared with."""
    from followup.core.when import day_in

    return day_in(now, current_phase(app).tz)


def day_done(on: date | None, now: datetime, phase: Phase) -> date:
    """The day of the plan's zone a step was carried out (`when.day_on`): `on` as typed, or
    now's day there."""
    from followup.core.when import day_on

    what = {"reply": "their reply", "reopen": "the reopening"}.get(phase.kind, "the interview")
    return day_on(on, now, phase.tz, phase.start,
                  phase.interview.at if phase.interview else None, what,
                  "a step cannot be carried out before its plan began")


def replanned(app: Application, today: date | datetime) -> Plan:
    """The plan of the current phase as it stands on `today`."""
    return plan(current_phase(app), get_playbook(app.playbook), calendar(app), outcomes(app),
                today)


def rolled(app: Application, today: date | datetime) -> Application:
    """The application with its open steps as they stand on `today`: days moved with an
    overdue touch, projections marked, missed thank-yous marked (T2, T3, F1, F8, F10)."""
    if app.status not in LIVE or not any(s.status in OPEN for s in app.steps):
        return app
    made = {p.key: p for p in replanned(app, today).steps}
    steps = []
    for s in app.steps:
        p = made.get(s.key)
        if p is not None and s.status in OPEN:
            s = replace(s, due=p.due, latest=p.latest, why=p.why, projected=p.projected,
                        rule=p.rule, status=StepStatus.MISSED if p.missed else StepStatus.PENDING)
        steps.append(s)
    steps.sort(key=lambda s: (s.due, s.id))
    return replace(app, steps=tuple(steps))
