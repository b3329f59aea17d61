"""What the candidate and the recipient share, as it stood on the draft's day: who was thanked,
who is owed thanks (T2, T7), who was met before, how they spoke (in person, video, phone).
Pure: the day arrives as an argument."""

from __future__ import annotations

from datetime import date

from followup.core.model import (
    Application,
    Interview,
    Step,
    StepKind,
    StepStatus,
    replace,
)

MEDIUMS = ("in_person", "video", "phone")
_TOUCHES = (StepKind.FOLLOW_UP, StepKind.CALL, StepKind.THANK_YOU)


def _status(step: Step) -> str:
    return str(getattr(step.status, "value", step.status))


def as_of(step: Step, today: date) -> date:
    """The day a draft for `step` speaks from: the day it was done; for one skipped or
    cancelled, the day it was due; for one still to do (or a thank-you sent late), today."""
    status = _status(step)
    if status == "done" and step.done_on is not None:
        return min(today, step.done_on)
    if status in ("skipped", "cancelled"):
        return min(today, step.due)
    return today


def seen(app: Application, day: date) -> Application:
    """The application as it stood on `day`: no event after it, no step done after it."""
    events = tuple(e for e in app.events if e.on <= day)
    steps = tuple(s if s.done_on is None or s.done_on <= day
                  else replace(s, status=StepStatus.PENDING, done_on=None) for s in app.steps)
    if events == app.events and steps == app.steps:
        return app
    return replace(app, events=events, steps=steps)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def _to(step: Step, name: str) -> bool:
    return bool(step.to) and _same(step.to[0], name)


def _missed(step: Step, day: date) -> bool:
    status = _status(step)  # cancelled unsent by a reply or a rejection: never sent either
    return status == "missed" or (status in ("pending", "cancelled") and step.latest < day)


def thanks(app: Application, step: Step, name: str | None, day: date) -> tuple[bool, bool]:
    """(owed, thanked) for the person `name` that `step` reaches. Owed: their thank-you
    window passed unsent, and no touch to them carried the thanks since (T7). Thanked: a
    thank-you to them went out, or a touch that carried it. Nobody named (the hiring team):
    owed when any thank-you of the phase was missed and nothing carried it."""
    before = [s for s in app.steps if s.id != step.id and (s.due, s.id) < (step.due, step.id)]
    if name is None:
        phase = step.key.split(":", 1)[0]
        mine = [s for s in before if s.key.split(":", 1)[0] == phase]
    else:
        mine = [s for s in before if _to(s, name)]
    thanked = any(s.kind is StepKind.THANK_YOU and _status(s) == "done" for s in mine)
    # A late note of its own (T7) carries a missed thanks; the touches then need not.
    if any(s.kind is StepKind.THANK_YOU and s.rule == "T7" for s in app.steps
           if name is not None and _to(s, name) and s.id != step.id):
        return False, thanked or any(s.rule == "T7" and _status(s) == "done" for s in mine)
    missed = [s for s in mine if s.kind is StepKind.THANK_YOU and _missed(s, day)]
    if not missed:
        return False, thanked
    since = max(s.due for s in missed)
    carried = any(s.kind in _TOUCHES and _status(s) == "done" and s.done_on is not None
                  and s.done_on >= since and s not in missed for s in mine)
    return not carried, thanked or carried


def met_before(app: Application, iv: Interview, name: str | None) -> bool:
    """`name` was among the people of an earlier round: they are seen again, not met."""
    if not name:
        return False
    return any(other.round < iv.round and other.day <= iv.day
               and any(_same(p.name, name) for p in other.interviewers)
               for other in app.interviews)


def medium(iv: Interview) -> str:
    """How the interview was held: as recorded (--medium), else from the invitation (a video
    link), else in person."""
    given = getattr(iv, "medium", None)
    if given in MEDIUMS:
        return str(given)
    if iv.video:
        return "video"
    return "in_person"


def panel_turn(iv: Interview, name: str | None) -> int:
    """0, or 1 for the fourth to sixth on a panel: three phrasings go round once, and the
    next three close differently, so no two notes of a panel read alike."""
    if not name:
        return 0
    for i, p in enumerate(iv.interviewers):
        if _same(p.name, name):
            return (i // 3) % 2
    return 0


def panel(iv: Interview, name: str | None) -> list[str]:
    """The other people on the panel, when the message is to one of them."""
    if not name or len(iv.interviewers) < 2:
        return []
    return [p.name for p in iv.interviewers if not _same(p.name, name)]
