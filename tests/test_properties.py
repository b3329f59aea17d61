"""Properties of the pure planner over random interviews, timelines, playbooks, holiday
calendars and outcomes: the caps and shapes of the rulebook hold for every plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from followup.core.calendar import BusinessCalendar, after_hours, localize
from followup.core.errors import BadInput
from followup.core.model import (
    REFUSED_CHANNELS,
    THANK_YOU_CHANNELS,
    Channel,
    Interview,
    Outcome,
    Person,
    Phase,
    Plan,
    Playbook,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.core.planner import plan
from followup.core.playbooks import PLAYBOOKS

ZONES = ("America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London",
         "Australia/Sydney", "Asia/Tokyo", "UTC")
COUNTRIES = (None, "US", "DE", "GB")
FOLLOW_UP_BY = (None, Channel.EMAIL, Channel.PHONE, Channel.LETTER, Channel.IN_PERSON)
THANK_YOU_BY = (None, Channel.EMAIL, Channel.LETTER, Channel.PHONE)
PREFERRED = (None, Channel.EMAIL, Channel.PHONE, Channel.LETTER)

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Case:
    phase: Phase
    interview: Interview
    playbook: Playbook
    calendar: BusinessCalendar

    def plan(self, outcomes: dict[str, Outcome] | None = None) -> Plan:
        return plan(self.phase, self.playbook, self.calendar, outcomes or {})


@st.composite
def people(draw: st.DrawFn, index: int) -> Person:
    email = draw(st.booleans())
    phone = draw(st.booleans())
    return Person(
        name=f"Person {index}",
        email=f"p{index}@acme.example" if email else None,
        phone=f"555-01{index:02d}" if phone else None,
        preferred_channel=draw(st.sampled_from(PREFERRED)),
        linkedin_ok=draw(st.sampled_from((None, True, False))),
        id=draw(st.sampled_from((index + 1, None))),
    )


@st.composite
def timelines(draw: st.DrawFn, day: date, playbook: str) -> Timeline:
    days = st.integers(0, 30)
    decision = draw(st.none() | days.map(lambda n: day + timedelta(days=n)))
    agreement = draw(st.sampled_from(("none", "on", "in")))
    if playbook == "estimate" and decision is None:
        decision = day + timedelta(days=draw(days))
    if playbook == "agreed" and agreement == "none":
        agreement = draw(st.sampled_from(("on", "in")))
    follow_up_on = (day + timedelta(days=draw(st.integers(1, 40)))
                    if agreement == "on" else None)
    call_in = draw(st.integers(1, 30)) if agreement == "in" else None
    return Timeline(
        decision_by=decision,
        all_contacted=draw(st.sampled_from((None, True, False))),
        follow_up_on=follow_up_on,
        call_in=call_in,
        follow_up_by=draw(st.sampled_from(FOLLOW_UP_BY)),
        thank_you_by=draw(st.sampled_from(THANK_YOU_BY)),
        fit=draw(st.sampled_from((True,) * 6 + (False,))),
        needs=draw(st.sampled_from((None, "references"))),
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    tz = draw(st.sampled_from(ZONES))
    day = draw(st.dates(date(2025, 1, 1), date(2028, 12, 31)))
    clock = time(draw(st.integers(0, 23)), draw(st.sampled_from((0, 15, 30, 45))))
    try:
        at = localize(datetime.combine(day, clock), tz)
    except BadInput:  # a time the clocks skip; the service refuses it too
        reject()
    name = draw(st.sampled_from(sorted(PLAYBOOKS)))
    tl = draw(timelines(day, name))
    n = draw(st.integers(0, 3))
    interviewers = tuple(draw(people(i)) for i in range(n))
    coordinator = draw(st.none() | st.just(Person("Coordinator", email="c@acme.example",
                                                  id=99)))
    iv = Interview(at=at, tz=tz, interviewers=interviewers, coordinator=coordinator, id=1,
                   timeline=tl)
    country = draw(st.sampled_from(COUNTRIES))
    return Case(Phase("i1", day, tz, tl, iv), iv, PLAYBOOKS[name], BusinessCalendar(country))


def check(case: Case, p: Plan, outcomes: dict[str, Outcome] | None = None) -> None:
    """The rulebook's invariants. A step already done keeps the dates it was stored with (the
    store never moves it), so "nothing after the close" is about the steps still open."""
    steps = p.steps
    done = {k for k, o in (outcomes or {}).items() if o.status is StepStatus.DONE}
    still_open = [s for s in steps if s.key not in done]
    pb, cal, iv = case.playbook, case.calendar, case.interview
    assert [s.due for s in steps] == sorted(s.due for s in steps), "sorted by due"
    assert len({s.key for s in steps}) == len(steps), "keys are unique"

    closes = [s for s in steps if s.kind is StepKind.CLOSE]
    assert len(closes) == 1, "exactly one close"
    close = closes[0]
    assert still_open[-1] == close, "the close comes last"
    assert all(s.due <= close.due for s in still_open), "nothing due after the close"
    assert close.rule in ("F8", "F10", "C7")
    assert close.channel is Channel.NONE and close.to == ()

    touches = {s.touch for s in steps if s.kind is not StepKind.CLOSE}
    assert len(touches) <= pb.max_touches, "F8: attempts decided up front"
    assert all(1 <= t <= pb.max_touches for t in touches)
    calls = [s for s in steps if s.kind is StepKind.CALL]
    assert len(calls) <= min(pb.max_calls, 2), "F9: at most two calls"
    if close.rule == "F10":
        assert calls, "F10: letting go a week after the last call needs a call"

    for s in steps:
        assert s.due <= s.latest, s
        assert s.channel.value not in REFUSED_CHANNELS, "T4"
        if s.kind is not StepKind.THANK_YOU:
            assert cal.is_business_day(s.due), f"{s.key} due {s.due} is no business day"
            assert cal.is_business_day(s.latest), f"{s.key} latest {s.latest}"

    ty = [s for s in steps if s.kind is StepKind.THANK_YOU]
    if iv.interviewers:
        assert [s.to for s in ty] == [(x.name,) for x in iv.interviewers], "T1: one each"
    else:
        assert len(ty) == 1
    for s in ty:
        assert s.touch == 1, "T7"
        assert s.channel in THANK_YOU_CHANNELS
        assert s.due == iv.day
        assert s.latest <= after_hours(iv.at, 48), "T2/T3: 24 h, or 48 h for the post"
        if s.channel is not Channel.LETTER:
            assert s.latest <= max(iv.day, after_hours(iv.at, 24)), "T2: within 24 hours"
    later = [s for s in steps if s.kind not in (StepKind.THANK_YOU, StepKind.CLOSE)]
    assert all(s.touch >= 2 for s in later), "T7: the thank-you is the first touch"
    if not iv.timeline.fit:
        assert later == [] and close.rule == "C7", "C7: only a thank-you"


@st.composite
def replayed(draw: st.DrawFn) -> tuple[Case, list[tuple[Plan, dict[str, Outcome]]]]:
    """A case and its plans as steps are carried out (late, or skipped; now and then the
    second open step before the first) and the plan remade each time."""
    case = draw(cases())
    outcomes: dict[str, Outcome] = {}
    plans = [(case.plan(), {})]
    for _ in range(draw(st.integers(0, 5))):
        open_steps = [s for s in plans[-1][0].steps
                      if s.kind is not StepKind.CLOSE and s.key not in outcomes]
        if not open_steps:
            break
        step = open_steps[draw(st.integers(0, min(1, len(open_steps) - 1)))]
        if draw(st.integers(0, 4)) == 0:
            outcomes[step.key] = Outcome(StepStatus.SKIPPED)
        else:
            late = timedelta(days=draw(st.integers(0, 6)))
            outcomes[step.key] = Outcome(StepStatus.DONE, step.due + late)
        plans.append((case.plan(dict(outcomes)), dict(outcomes)))
    return case, plans


@SETTINGS
@given(cases())
def test_fresh_plan_keeps_the_rules(case: Case) -> None:
    p = case.plan()
    check(case, p)
    assert case.plan() == p, "pure: the same input gives the same plan"


@SETTINGS
@given(replayed())
def test_replanned_plan_keeps_the_rules(
    run: tuple[Case, list[tuple[Plan, dict[str, Outcome]]]],
) -> None:
    case, plans = run
    for p, outcomes in plans:
        check(case, p, outcomes)


@SETTINGS
@given(cases())
def test_F1_weekly_day_holds_through_holidays(case: Case) -> None:
    """Without a date from them, touches 2-4 fall on the thank-you's weekday each week,
    moved to the next business day only when that day is off."""
    tl = case.phase.timeline
    if case.playbook.name not in ("default", "weekly") or tl.agreed or not tl.fit:
        return
    if case.playbook.name == "default" and tl.decision_by is not None:
        return
    p = case.plan()
    weekly = [s for s in p.steps if s.rule in ("F2", "F3", "F4")]
    day = case.interview.day
    assert [s.due for s in weekly] == [
        case.calendar.on_or_after(day + timedelta(weeks=k)) for k in (1, 2, 3)]
    if not any("no email address" in s.why for s in weekly):  # else a call or letter (C4)
        assert [s.kind for s in weekly] == [StepKind.FOLLOW_UP, StepKind.FOLLOW_UP,
                                            StepKind.CALL]
    assert p.steps[-1].due == case.calendar.on_or_after(weekly[-1].due + timedelta(days=7))


@SETTINGS
@given(cases())
def test_F5_F6_first_touch_follows_their_dates(case: Case) -> None:
    tl = case.phase.timeline
    if not tl.fit or (case.playbook.name == "two-weeks" and not tl.agreed):
        return
    p = case.plan()
    first = next(s for s in p.steps if s.kind is not StepKind.THANK_YOU)
    cal = case.calendar
    if tl.agreed:
        wanted = tl.follow_up_on or case.phase.start + timedelta(days=tl.call_in or 0)
        assert (first.rule, first.due, first.latest) == ("F6", cal.on_or_after(wanted),
                                                         cal.on_or_after(wanted))
        expected = tl.follow_up_by or (Channel.PHONE if tl.call_in else Channel.EMAIL)
        if case.playbook.name != "two-weeks":
            assert first.channel is expected
    elif tl.decision_by is not None and case.playbook.name in ("default", "estimate", "call"):
        assert first.rule == "F5"
        assert first.due == cal.add_business_days(tl.decision_by, 2)
        assert first.latest == cal.add_business_days(tl.decision_by, 3)


@pytest.mark.parametrize("name", sorted(PLAYBOOKS))
@SETTINGS
@given(start=st.dates(date(2025, 1, 1), date(2028, 12, 31)),
       country=st.sampled_from(COUNTRIES),
       decision=st.none() | st.integers(0, 30),
       call_in=st.none() | st.integers(1, 30))
def test_F12_reply_phase_plans_from_the_reply(
    name: str, start: date, country: str | None, decision: int | None, call_in: int | None
) -> None:
    tl = Timeline(decision_by=None if decision is None else start + timedelta(days=decision),
                  call_in=call_in)
    contact = Person("Jane", email="jane@acme.example")
    ph = Phase("e5", start, "UTC", tl, None, contact=contact, kind="reply")
    p = plan(ph, PLAYBOOKS[name], BusinessCalendar(country))
    if not (tl.agreed or tl.decision_by):  # issue 20: a wait the rules name, then move on
        assert [(s.kind, s.rule) for s in p.steps] == [(StepKind.FOLLOW_UP, "F12"),
                                                       (StepKind.CLOSE, "F8")]
        assert p.steps[0].due >= start + timedelta(days=PLAYBOOKS[name].period_days or 14)
        assert [n.rule for n in p.notices] == ["F12"]
        return
    steps = p.steps
    assert not any(s.kind is StepKind.THANK_YOU for s in steps)
    assert [s.due for s in steps] == sorted(s.due for s in steps)
    assert [s.kind for s in steps].count(StepKind.CLOSE) == 1 and steps[-1].kind is StepKind.CLOSE
    assert all(s.due >= start and s.due <= s.latest for s in steps)
    cal = BusinessCalendar(country)
    assert all(cal.is_business_day(s.due) for s in steps)
    touches = {s.touch for s in steps if s.kind is not StepKind.CLOSE}
    assert touches and min(touches) >= 2 and max(touches) <= PLAYBOOKS[name].max_touches
    assert sum(s.kind is StepKind.CALL for s in steps) <= 2
    assert all(s.to == ("Jane",) for s in steps if s.kind is not StepKind.CLOSE)

