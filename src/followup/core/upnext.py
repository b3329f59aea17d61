"""What is next: the one definition of an application's next actions and next step at a
moment. Pure: no clock, no I/O.

Every reader asks this module (through `service.upnext`): `today`, `list`, `show`, the web's
Today page, board, table and API, the digest, the calendar. What it says is worked out from
the rolling plan (`core.rolling.rolled`) and each step's window in real time in its
interview's zone (`core.thanks.bounds`: a thank-you's from the interview to 24 hours later,
48 for a letter; any other step's from the start of its day to the end of its latest day):

- the **next actions** at `now`: the steps of the plan as it stands then that are to be done
  now: pending, open (their window began at or before `now`), not a projection (a touch whose
  day assumes an earlier touch is made first) and not a thank-you whose window has passed (it
  is `missed`, and the next touch carries the thanks: T2, T3, T7); those whose window has
  closed are late (`late`);
- the **next step**: the first step still to do in that plan (earliest day, then id), which
  may be a day ahead; none once the application is settled.

"Due today" is so decided in the zone of the step's own dates, from the one moment `now`,
never by comparing the candidate's date with a date of another zone (issue 21); `tz` says
which zone that is, and `core.when.day_in` gives the day there (today, or the days since the
last touch).

`standing` also says from when and until when this is true: the last moment at or before
`now`, and the first after it, at which a window of a step still to do opens or closes, or a
step put off comes back. The store keeps
that answer (the `app_next` and `next_actions` tables, migration 20) until that moment or
until the application changes, so the hot reads need not roll every plan again; a test walks
random histories and moments and holds the kept answer equal to this one.
"""

from __future__ import annotations

from datetime import date, datetime

from followup.core.model import LIVE, OPEN, Application, Step, StepStatus, Value, fill
from followup.core.rolling import current_phase, rolled
from followup.core.thanks import bounds
from followup.core.when import day_starts


class Action(Value):
    """A next action and its window in real time (aware, UTC)."""

    __slots__ = ("step", "opens", "closes")  # noqa: RUF023 (as __init__'s)
    step: Step
    opens: datetime
    closes: datetime

    def __init__(self, step: Step, opens: datetime, closes: datetime) -> None:
        fill(self, step, opens, closes)

    def late(self, now: datetime) -> bool:
        """Whether its window has closed at `now` (it is still to do, past its latest day)."""
        return self.closes <= now


class Standing(Value):
    """An application's next actions and next step from the moment `since` (None: any time
    before) until just before `until` (None: until the application changes)."""

    __slots__ = ("app_id", "since", "until", "windows", "step", "tz")  # noqa: RUF023
    app_id: int
    since: datetime | None
    until: datetime | None
    windows: tuple[Action, ...]  # earliest first (due, id), as they read then
    step: Step | None
    tz: str | None  # the zone of the plan's dates (None: no interview to say)

    def __init__(self, app_id: int, since: datetime | None, until: datetime | None,
                 windows: tuple[Action, ...], step: Step | None, tz: str | None = None
                 ) -> None:
        fill(self, app_id, since, until, windows, step, tz)

    @property
    def actions(self) -> tuple[Step, ...]:
        return tuple(a.step for a in self.windows)


def standing(app: Application, now: datetime) -> Standing:
    """What is next for `app` at the moment `now` (aware), and until when it stays so."""
    if app.status not in LIVE:
        return Standing(app.id, None, None, (), None, zone_of(app))
    phase = current_phase(app)
    plan = rolled(app, now).steps
    todo = sorted((s for s in plan if s.status is StepStatus.PENDING),
                  key=lambda s: (s.due, s.id))
    spans = {s.id: bounds(s.kind, s.channel, s.due, s.latest, phase)
             for s in plan if s.status in OPEN}
    actions = tuple(Action(s, *spans[s.id]) for s in todo
                    if not s.projected and spans[s.id][0] <= now)
    changes = [m for s in plan if s.status in OPEN
               for m in (*spans[s.id], _back(s.snoozed_until, phase.tz)) if m is not None]
    before = [m for m in changes if m <= now]
    after = [m for m in changes if m > now]
    return Standing(app.id, max(before) if before else None, min(after) if after else None,
                    actions, todo[0] if todo else None, phase.tz)


def zone_of(app: Application) -> str | None:
    """The zone an application's days are in: its plan's (the current phase's), whose
    interview or reply dated them; None without an interview."""
    return current_phase(app).tz if app.interviews else None


def _back(day: date | None, tz: str) -> datetime | None:
    return None if day is None else day_starts(day, tz)


def next_actions(app: Application, now: datetime) -> tuple[Step, ...]:
    """The steps to do at `now` (see the module's words)."""
    return standing(app, now).actions


def next_step(app: Application, now: datetime) -> Step | None:
    """The first step still to do at `now`, which may be due later."""
    return standing(app, now).step
