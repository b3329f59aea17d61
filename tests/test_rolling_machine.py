"""The rolling plan's invariants under random lives: a Hypothesis state machine drives the real
services on a real SQLite file through days passing, steps done on random days (late, early,
on time), skips, snoozes, replies with and without a new date, new rounds and edits, and checks
after every move what the candidate would see that day:

- F8, F10: never a close due while a touch is still to be made;
- one touch at a time: never two chases (follow-ups, calls or the close) of one application
  listed by `today` at once;
- F1, F7, F10: every touch waits its rule's minimum after the touch before it, measured from
  the day that one was really done (or, if it is still to do, from today at the earliest);
- no step due before the day its plan was recorded, except a thank-you (T2, T3) in its window;
- F8, F9: the caps on touches and calls hold.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, time, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from followup import service
from followup.core.calendar import BusinessCalendar, localize
from followup.core.errors import FollowupError
from followup.core.model import (
    LIVE,
    OPEN,
    Application,
    Channel,
    EventKind,
    Person,
    Step,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.core.playbooks import PLAYBOOKS
from followup.core.rolling import current_phase, replanned, rolled
from followup.store import undo as undo_log
from followup.store.sqlite import Store

TZ = "America/New_York"
START = date(2026, 11, 2)
CHASES = (StepKind.FOLLOW_UP, StepKind.CALL)
PLAYBOOK_NAMES = ("default", "weekly", "two-weeks", "call")


def _at(day: date, hour: int = 10) -> datetime:
    return localize(datetime.combine(day, time(hour, 0)), TZ)


class RollingPlan(RuleBasedStateMachine):
    """One candidate with two applications, living through random days."""

    def __init__(self) -> None:
        super().__init__()
        self._tmp = TemporaryDirectory(prefix="rolling-")
        self.store = Store(Path(self._tmp.name) / "f.db")
        self.now = _at(START, 18)
        self.apps: list[int] = []

    def teardown(self) -> None:
        self.store.close()
        self._tmp.cleanup()

    # -- moves ---------------------------------------------------------------------------

    @initialize(playbook=st.sampled_from(PLAYBOOK_NAMES), late=st.integers(0, 40),
                decision=st.one_of(st.none(), st.integers(0, 10)), holidays=st.booleans())
    def start(self, playbook: str, late: int, decision: int | None, holidays: bool) -> None:
        """Two interviews, one recorded the same day, one `late` days after it happened."""
        for i, days_ago in enumerate((0, late)):
            day = START - timedelta(days=days_ago)
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            timeline = Timeline(decision_by=day + timedelta(days=decision)
                                if decision is not None and i == 0 else None)
            app = service.add_application(
                self.store, company=f"Company {i}", role="Analyst", now=self.now,
                playbook=playbook, holidays="US" if holidays else "none",
                interview=service.NewInterview(
                    at=_at(day), tz=TZ, timeline=timeline,
                    interviewers=(Person("Jane Doe", f"jane{i}@acme.example"),)),
                confirmed=True)
            self.apps.append(app.id)

    @rule(days=st.integers(1, 12))
    def days_pass(self, days: int) -> None:
        self.now += timedelta(days=days)

    def _open(self, app_id: int) -> list[Step]:
        return [s for s in self.view(app_id).steps if s.status in OPEN]

    @rule(which=st.integers(0, 1), pick=st.integers(0, 9), back=st.integers(0, 20))
    def done(self, which: int, pick: int, back: int) -> None:
        """A step carried out on a random day up to today (late, early or on time)."""
        steps = self._open(self.apps[which])
        if not steps:
            return
        step = steps[pick % len(steps)]
        on = self.now.date() - timedelta(days=back)
        with suppress(FollowupError):  # before the plan began: refused, nothing changed
            service.mark_done(self.store, step.id, on, self.now)

    @rule(which=st.integers(0, 1), pick=st.integers(0, 9))
    def skip(self, which: int, pick: int) -> None:
        steps = self._open(self.apps[which])
        if steps:
            service.skip(self.store, steps[pick % len(steps)].id, self.now)

    @rule(which=st.integers(0, 1), pick=st.integers(0, 9), days=st.integers(1, 15))
    def snooze(self, which: int, pick: int, days: int) -> None:
        steps = self._open(self.apps[which])
        if not steps:
            return
        step = steps[pick % len(steps)]
        with suppress(FollowupError):  # not after its day, or past a thank-you's window: refused
            service.snooze(self.store, step.id, self.now.date() + timedelta(days=days),
                           "busy", self.now)

    @rule(which=st.integers(0, 1), decision=st.one_of(st.none(), st.integers(0, 14)))
    def reply(self, which: int, decision: int | None) -> None:
        app_id = self.apps[which]
        if self.store.load(app_id).status not in LIVE:
            return
        tl = Timeline(decision_by=self.now.date() + timedelta(days=decision)) \
            if decision is not None else None
        service.log_event(self.store, app_id, EventKind.REPLY, self.now.date(), self.now,
                          timeline=tl)

    @rule(which=st.integers(0, 1))
    def new_round(self, which: int) -> None:
        app_id = self.apps[which]
        last = self.store.load(app_id).interviews[-1].at
        at = max(last + timedelta(days=1), self.now - timedelta(hours=4))
        if at > self.now:
            return
        service.add_interview(self.store, app_id, service.NewInterview(
            at=at, tz=TZ, interviewers=(Person("Raj Patel", "raj@acme.example"),)),
            self.now, confirmed=True)

    @rule(which=st.integers(0, 1), days=st.integers(0, 10))
    def edit_decision(self, which: int, days: int) -> None:
        app = self.store.load(self.apps[which])
        if app.status not in LIVE:
            return
        phase = current_phase(app)
        with suppress(FollowupError):  # a playbook or agreement that does not take it: refused
            service.edit_application(self.store, app.id, self.now, timeline={
                "decision_by": phase.start + timedelta(days=days)})

    @precondition(lambda self: len(self.apps) == 2)
    @rule()
    def undo(self) -> None:
        last = undo_log.latest(self.store.conn)
        if last is None or last.what.startswith("added application"):
            return  # taking back an application's making removes it: not this machine's story
        with suppress(FollowupError):  # nothing to undo
            service.undo(self.store, self.now)

    # -- what the candidate sees -------------------------------------------------------

    def view(self, app_id: int) -> Application:
        return rolled(self.store.load(app_id), self.now)

    @property
    def today(self) -> date:
        return self.now.date()

    @invariant()
    def one_next_action_per_application(self) -> None:
        listed = service.today(self.store, self.now)
        chases = [s.application_id for s in listed if s.kind in (*CHASES, StepKind.CLOSE)]
        assert len(chases) == len(set(chases)), "two chases due at once (one touch at a time)"

    @invariant()
    def never_a_close_while_a_touch_is_pending(self) -> None:  # F8, F10
        for app_id in self.apps:
            app = self.view(app_id)
            phase = app.phase
            pending = [s for s in app.steps if s.status is StepStatus.PENDING
                       and s.key.startswith(phase + ":")]
            if any(s.kind in CHASES for s in pending):
                for s in pending:
                    if s.kind is StepKind.CLOSE:
                        assert s.due > self.today, "F8/F10: a close due with a touch to make"
            for s in service.today(self.store, self.now):
                if s.application_id == app_id and s.kind is StepKind.CLOSE:
                    assert not any(p.kind in CHASES for p in pending)

    @invariant()
    def gaps_hold_from_real_dates(self) -> None:  # F1, F7, F10
        for app_id in self.apps:
            app = self.view(app_id)
            if app.status not in LIVE:
                continue
            cal = BusinessCalendar(app.holidays)
            planned = {p.key: p.due for p in replanned(app, self.today).steps}
            keys = set(planned)  # not a superseded path
            chain = sorted((s for s in app.steps if s.key in keys
                            and s.kind in (*CHASES, StepKind.CLOSE)), key=_order)
            prev: date | None = None
            for s in chain:
                if s.status in OPEN and prev is not None:
                    if s.rule in ("F7", "F9"):
                        assert s.due >= cal.add_business_days(prev, 3), (s, prev)
                    elif s.rule in ("F3", "F4"):
                        # F1: a week after the last one, the same weekday; a holiday may have
                        # pushed that one later, and then at least F7's three business days.
                        assert s.due >= cal.add_business_days(prev, 3), (s, prev)
                    elif s.kind is StepKind.CLOSE and s.rule == "F10":
                        assert (s.due - prev).days >= 7, (s, prev)
                if s.status is StepStatus.DONE and s.done_on is not None:
                    prev = s.done_on
                elif s.status is StepStatus.SKIPPED:
                    # Left out: it counts from its day as planned now, or the day it was left
                    # out, whichever is later (a stored skipped step keeps its old day).
                    prev = max(planned[s.key], s.done_on or planned[s.key])
                elif s.status in OPEN:
                    prev = max(s.due, self.today)

    @invariant()
    def nothing_due_before_the_plan_was_made(self) -> None:
        for app_id in self.apps:
            app = self.view(app_id)
            phase = current_phase(app) if app.status in LIVE else None
            if phase is None or phase.recorded is None:
                continue
            for s in app.steps:
                if (s.status is StepStatus.PENDING and s.key.startswith(app.phase + ":")
                        and s.kind is not StepKind.THANK_YOU):
                    assert s.due >= phase.recorded, ("due before it was recorded", s)

    @invariant()
    def caps_hold(self) -> None:  # F8, F9
        for app_id in self.apps:
            app = self.view(app_id)
            pb = PLAYBOOKS[app.playbook]
            phase = [s for s in app.steps if s.key.startswith(app.phase + ":")
                     and s.status is not StepStatus.CANCELLED]
            touches = {s.touch for s in phase if s.kind in (StepKind.THANK_YOU, *CHASES)}
            assert len(touches) <= pb.max_touches
            assert sum(1 for s in phase if s.kind is StepKind.CALL) <= pb.max_calls

    @invariant()
    def missed_only_for_a_passed_window(self) -> None:  # T2, T3
        for app_id in self.apps:
            app = self.view(app_id)
            for s in app.steps:
                if s.status is StepStatus.MISSED:  # 24 hours (a letter: 48) in real time,
                    # or its latest day over in the interview's zone (F11: decided tomorrow)
                    assert s.kind is StepKind.THANK_YOU
                    iv = next(i for i in app.interviews if s.key.startswith(f"i{i.id}:"))
                    hours = 48 if s.channel is Channel.LETTER else 24
                    assert (self.now >= iv.at + timedelta(hours=hours)
                            or s.latest < self.now.astimezone(ZoneInfo(iv.tz)).date())


def _order(s: Step) -> tuple[int, int]:
    return (99 if s.kind is StepKind.CLOSE else s.touch, s.id)


RollingPlan.TestCase.settings = settings(
    max_examples=60, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_rolling_plan_invariants = RollingPlan.TestCase
_ = ZoneInfo
