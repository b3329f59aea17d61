"""What is next: the one definition of an application's next actions and next step on a day.
Pure: no clock, no I/O.

Every reader asks this module (through `service.upnext`): `today`, `list`, `show`, the web's
Today page, board, table and API, the digest, the calendar. What it says is worked out from
the rolling plan (`core.rolling.rolled`) and nothing else:

- the **next actions** on `day`: the steps of the plan as it stands that day that are to be
  done now: pending, due on or before `day`, not a projection (a touch whose day assumes an
  earlier touch is made first) and not a thank-you whose window has passed (it is `missed`,
  and the next touch carries the thanks: T2, T3, T7);
- the **next step**: the first step still to do in that plan (earliest day, then id), which
  may be a day ahead; none once the application is settled.

`standing` also says for how long this stays true: until the first day on which a step of
the plan becomes due, passes its latest day or comes back from being put off. The store keeps
that answer (the `app_next` and `next_actions` tables, migration 20) until that day or until
the application changes, so the hot reads need not roll every plan again; a test walks random
histories and days and holds the kept answer equal to this one.
"""

from __future__ import annotations

from datetime import date, timedelta

from followup.core.model import LIVE, OPEN, Application, Step, StepStatus, Value, fill
from followup.core.rolling import rolled

DAY = timedelta(days=1)


class Standing(Value):
    """An application's next actions and next step from `day` to `until` (inclusive; None:
    until the application changes)."""

    __slots__ = ("app_id", "day", "until", "actions", "step")  # noqa: RUF023 (as __init__'s)
    app_id: int
    day: date
    until: date | None
    actions: tuple[Step, ...]  # earliest first (due, id), as they read on those days
    step: Step | None

    def __init__(self, app_id: int, day: date, until: date | None, actions: tuple[Step, ...],
                 step: Step | None) -> None:
        fill(self, app_id, day, until, actions, step)


def standing(app: Application, day: date) -> Standing:
    """What is next for `app` on `day`, and the last day that stays so."""
    if app.status not in LIVE:
        return Standing(app.id, day, None, (), None)
    plan = rolled(app, day).steps
    todo = sorted((s for s in plan if s.status is StepStatus.PENDING),
                  key=lambda s: (s.due, s.id))
    actions = tuple(s for s in todo if not s.projected and s.due <= day)
    changes = [d for s in plan if s.status in OPEN
               for d in (s.due, s.latest + DAY, s.snoozed_until) if d is not None and d > day]
    until = min(changes) - DAY if changes else None
    return Standing(app.id, day, until, actions, todo[0] if todo else None)


def next_actions(app: Application, day: date) -> tuple[Step, ...]:
    """The steps to do on `day` (see the module's words)."""
    return standing(app, day).actions


def next_step(app: Application, day: date) -> Step | None:
    """The first step still to do on `day`, which may be due later."""
    return standing(app, day).step
