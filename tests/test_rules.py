"""The rulebook as tables of fixed dates: one or more cases per rule id (RULEBOOK.md).

Every expected date below was worked out from the rulebook and a wall calendar, not copied
from the planner's output. Reminders used throughout:

- T2: an emailed thank-you is due on the interview day, at the latest 24 real hours later.
- T3: a posted letter at the latest 48 real hours later.
- F1: the weekday of the thank-you is the weekly follow-up day; a touch landing on a weekend or
  holiday moves to the next business day, the weekday itself stays.
- F5: two to three business days past the decision date. F7: three to four business days
  after an unanswered touch. F10: let go a week after the last call.
- US holidays 2026: Wed 11-11 Veterans Day, Thu 11-26 Thanksgiving, Fri 12-25 Christmas,
  2027-01-01 New Year. DE: Fri 2025-10-03 Unity Day, Thu 2026-05-14 Ascension Day.
  GB: Fri 2026-12-25, Sat 12-26 and Mon 12-28 (Boxing Day observed).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from followup import service
from followup.core.calendar import BusinessCalendar, localize
from followup.core.errors import BadInput
from followup.core.model import (
    AppStatus,
    Channel,
    EventKind,
    Interview,
    Outcome,
    Person,
    Phase,
    Plan,
    PlannedStep,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.core.parse import parse_channel
from followup.core.planner import plan
from followup.core.playbooks import PLAYBOOKS
from followup.store.sqlite import Store

NY = "America/New_York"
BERLIN = "Europe/Berlin"
LONDON = "Europe/London"

JANE = Person("Jane Doe", email="jane@acme.example", id=1)
RAJ = Person("Raj Patel", email="raj@acme.example", id=2)
LEE = Person("Lee Chen", id=3)  # no address at all
COORD = Person("Cory Coordinator", email="cory@acme.example", id=9)

Row = tuple[str, str, str, str, str]  # kind, channel, due, latest, rule


def at(when: str, tz: str = NY) -> datetime:
    return localize(datetime.fromisoformat(when), tz)


def phase(
    when: str,
    tz: str = NY,
    *,
    people: tuple[Person, ...] = (JANE,),
    coordinator: Person | None = None,
    **timeline: Any,
) -> Phase:
    tl = Timeline(**timeline)
    iv = Interview(at=at(when, tz), tz=tz, interviewers=people, coordinator=coordinator, id=1,
                   timeline=tl)
    return Phase("i1", iv.day, tz, tl, iv)


def make(
    ph: Phase,
    playbook: str = "default",
    country: str | None = "US",
    outcomes: dict[str, Outcome] | None = None,
) -> Plan:
    return plan(ph, PLAYBOOKS[playbook], BusinessCalendar(country), outcomes or {})


def row(s: PlannedStep) -> Row:
    return (s.kind.value, s.channel.value, s.due.isoformat(), s.latest.isoformat(), s.rule)


def rows(p: Plan) -> list[Row]:
    return [row(s) for s in p.steps]


def thanks(p: Plan) -> list[PlannedStep]:
    return [s for s in p.steps if s.kind is StepKind.THANK_YOU]


def done(on: str) -> Outcome:
    return Outcome(StepStatus.DONE, date.fromisoformat(on))


def TY(due: str, latest: str, rule: str = "T2", channel: str = "email") -> Row:
    return ("thank_you", channel, due, latest, rule)


def EMAIL(due: str, latest: str, rule: str) -> Row:
    return ("follow_up", "email", due, latest, rule)


def CALL(due: str, latest: str, rule: str) -> Row:
    return ("call", "phone", due, latest, rule)


def CLOSE(due: str, rule: str) -> Row:
    return ("close", "none", due, due, rule)


# -- whole plans -----------------------------------------------------------------------------

WHOLE_PLANS = [
    pytest.param(
        phase("2026-11-02 10:00"), "default", "US",
        [TY("2026-11-02", "2026-11-03"),
         EMAIL("2026-11-09", "2026-11-10", "F2"),
         EMAIL("2026-11-16", "2026-11-17", "F3"),
         CALL("2026-11-23", "2026-11-24", "F4"),
         CLOSE("2026-11-30", "F10")],
        id="F1-F2-F3-F4-F10-weekly-cadence-monday",
    ),
    pytest.param(
        # Friday interview: every latest that would be a Saturday rolls to Monday; the
        # thank-you itself keeps its 24 hours (Saturday).
        phase("2026-10-16 16:00"), "weekly", "US",
        [TY("2026-10-16", "2026-10-17"),
         EMAIL("2026-10-23", "2026-10-26", "F2"),
         EMAIL("2026-10-30", "2026-11-02", "F3"),
         CALL("2026-11-06", "2026-11-09", "F4"),
         CLOSE("2026-11-13", "F10")],
        id="F1-weekend-friday-interview-weekly-playbook",
    ),
    pytest.param(
        # Week +1 lands on Thanksgiving and moves to Friday; the weekly day stays Thursday.
        phase("2026-11-19 10:00"), "default", "US",
        [TY("2026-11-19", "2026-11-20"),
         EMAIL("2026-11-27", "2026-11-30", "F2"),
         EMAIL("2026-12-03", "2026-12-04", "F3"),
         CALL("2026-12-10", "2026-12-11", "F4"),
         CLOSE("2026-12-17", "F10")],
        id="F1-thanksgiving-moves-one-touch-not-the-weekly-day",
    ),
    pytest.param(
        # Fridays: 12-25 Christmas -> Mon 12-28; 2027-01-01 New Year -> Mon 01-04; 01-08.
        phase("2026-12-18 10:00"), "default", "US",
        [TY("2026-12-18", "2026-12-19"),
         EMAIL("2026-12-28", "2026-12-29", "F2"),
         EMAIL("2027-01-04", "2027-01-05", "F3"),
         CALL("2027-01-08", "2027-01-11", "F4"),
         CLOSE("2027-01-15", "F10")],
        id="F1-christmas-and-new-year-weekly",
    ),
    pytest.param(
        # Decision Wed 11-25; Thu 11-26 is Thanksgiving: Fri 11-27 (1), Mon 11-30 (2), Tue (3).
        phase("2026-11-16 10:00", decision_by=date(2026, 11, 25)), "default", "US",
        [TY("2026-11-16", "2026-11-17"),
         EMAIL("2026-11-30", "2026-12-01", "F5"),
         EMAIL("2026-12-03", "2026-12-04", "F7"),
         CALL("2026-12-08", "2026-12-09", "F7"),
         CLOSE("2026-12-15", "F10")],
        id="F5-F7-thanksgiving",
    ),
    pytest.param(
        phase("2026-11-16 10:00", decision_by=date(2026, 11, 25)), "default", None,
        [TY("2026-11-16", "2026-11-17"),
         EMAIL("2026-11-27", "2026-11-30", "F5"),
         EMAIL("2026-12-02", "2026-12-03", "F7"),
         CALL("2026-12-07", "2026-12-08", "F7"),
         CLOSE("2026-12-14", "F10")],
        id="F5-F7-weekends-only-calendar",
    ),
    pytest.param(
        # The agreed day is Christmas: the follow-up moves to Mon 12-28; retry three business
        # days on (Thu 12-31), at the latest four (Mon 01-04 after New Year and the weekend).
        phase("2026-12-18 10:00", follow_up_on=date(2026, 12, 25)), "agreed", "US",
        [TY("2026-12-18", "2026-12-19"),
         EMAIL("2026-12-28", "2026-12-28", "F6"),
         EMAIL("2026-12-31", "2027-01-04", "F7"),
         CLOSE("2027-01-07", "F8")],
        id="F6-F7-F8-christmas-agreed-day",
    ),
    pytest.param(
        # "Call me in four days": Fri 11-06; the second and last call three business days
        # later, skipping Veterans Day (Wed 11-11): Thu 11-12.
        phase("2026-11-02 10:00", call_in=4), "default", "US",
        [TY("2026-11-02", "2026-11-03"),
         CALL("2026-11-06", "2026-11-06", "F6"),
         CALL("2026-11-12", "2026-11-13", "F9"),
         CLOSE("2026-11-19", "F10")],
        id="C3-F6-F9-call-in-four-days",
    ),
    pytest.param(
        # An agreement overrides the decision date: no F5 step at all.
        phase("2026-11-02 10:00", decision_by=date(2026, 11, 9),
              follow_up_on=date(2026, 11, 13), follow_up_by=Channel.PHONE), "default", "US",
        [TY("2026-11-02", "2026-11-03"),
         CALL("2026-11-13", "2026-11-13", "F6"),
         CALL("2026-11-18", "2026-11-19", "F9"),
         CLOSE("2026-11-25", "F10")],
        id="C3-agreement-overrides-decision-date",
    ),
    pytest.param(
        phase("2026-11-03 10:00", follow_up_on=date(2026, 11, 10)), "agreed", "US",
        [TY("2026-11-03", "2026-11-04"),
         EMAIL("2026-11-10", "2026-11-10", "F6"),
         EMAIL("2026-11-16", "2026-11-17", "F7"),
         CLOSE("2026-11-23", "F8")],
        id="F7-retry-three-to-four-business-days",
    ),
    pytest.param(
        # Follow-ups agreed by phone: F5 call, one retry call, and no third call (F9).
        phase("2026-11-02 10:00", decision_by=date(2026, 11, 6), follow_up_by=Channel.PHONE),
        "default", "US",
        [TY("2026-11-02", "2026-11-03"),
         CALL("2026-11-10", "2026-11-12", "F5"),
         CALL("2026-11-16", "2026-11-17", "F9"),
         CLOSE("2026-11-23", "F10")],
        id="F9-at-most-two-calls",
    ),
    pytest.param(
        phase("2026-11-03 10:00"), "call", "US",
        [TY("2026-11-03", "2026-11-04"),
         CALL("2026-11-10", "2026-11-12", "F9"),
         CALL("2026-11-16", "2026-11-17", "F9"),
         CLOSE("2026-11-23", "F10")],
        id="F9-F10-call-playbook",
    ),
    pytest.param(
        # 3 touches in 14 days: +5 d (Sat -> Mon 11-09), +9 d (Veterans Day -> Thu 11-12, but
        # three business days after 11-09 is Fri 11-13), move on at +14 d (Mon 11-16), pushed
        # to Wed 11-18 so that the last try has three business days for an answer (F7).
        phase("2026-11-02 10:00"), "two-weeks", "US",
        [TY("2026-11-02", "2026-11-03"),
         EMAIL("2026-11-09", "2026-11-10", "F8"),
         EMAIL("2026-11-13", "2026-11-16", "F8"),
         CLOSE("2026-11-18", "F8")],
        id="F8-two-weeks",
    ),
    pytest.param(
        phase("2026-11-02 10:00", decision_by=date(2026, 11, 6)), "estimate", "US",
        [TY("2026-11-02", "2026-11-03"),
         EMAIL("2026-11-10", "2026-11-12", "F5"),
         CLOSE("2026-11-17", "F8")],
        id="F5-F8-estimate-playbook",
    ),
    pytest.param(
        # They decide tomorrow: the thank-you goes out today (F11); close lands on
        # Thanksgiving and moves to Friday.
        phase("2026-11-05 14:00", decision_by=date(2026, 11, 6)), "default", "US",
        [TY("2026-11-05", "2026-11-05", "F11"),
         EMAIL("2026-11-10", "2026-11-12", "F5"),
         EMAIL("2026-11-16", "2026-11-17", "F7"),
         CALL("2026-11-19", "2026-11-20", "F7"),
         CLOSE("2026-11-27", "F10")],
        id="F11-decision-tomorrow-thanksgiving-close",
    ),
    pytest.param(
        phase("2026-11-24 10:00", fit=False), "default", "US",
        [TY("2026-11-24", "2026-11-25"), CLOSE("2026-11-27", "C7")],
        id="C7-not-a-fit-thank-you-only",
    ),
    pytest.param(
        phase("2026-11-20 10:00", fit=False, decision_by=date(2026, 11, 30)), "weekly", "US",
        [TY("2026-11-20", "2026-11-21"), CLOSE("2026-11-23", "C7")],
        id="C7-not-a-fit-over-the-weekend",
    ),
    pytest.param(
        # Berlin, Thu 2025-10-02 decision; Fri 10-03 is German Unity Day.
        phase("2025-09-29 10:00", BERLIN, decision_by=date(2025, 10, 2)), "default", "DE",
        [TY("2025-09-29", "2025-09-30"),
         EMAIL("2025-10-07", "2025-10-08", "F5"),
         EMAIL("2025-10-10", "2025-10-13", "F7"),
         CALL("2025-10-15", "2025-10-16", "F7"),
         CLOSE("2025-10-22", "F10")],
        id="F5-DE-german-unity-day",
    ),
    pytest.param(
        # Berlin, Thursdays; Ascension Day Thu 2026-05-14 moves week +1 to Friday only.
        phase("2026-05-07 10:00", BERLIN), "default", "DE",
        [TY("2026-05-07", "2026-05-08"),
         EMAIL("2026-05-15", "2026-05-18", "F2"),
         EMAIL("2026-05-21", "2026-05-22", "F3"),
         CALL("2026-05-28", "2026-05-29", "F4"),
         CLOSE("2026-06-04", "F10")],
        id="F1-DE-ascension-day",
    ),
    pytest.param(
        # London, decision Thu 12-24: 12-25, 12-26 (Sat), 12-28 (Boxing Day observed) are out.
        phase("2026-12-21 10:00", LONDON, decision_by=date(2026, 12, 24)), "default", "GB",
        [TY("2026-12-21", "2026-12-22"),
         EMAIL("2026-12-30", "2026-12-31", "F5"),
         EMAIL("2027-01-05", "2027-01-06", "F7"),
         CALL("2027-01-08", "2027-01-11", "F7"),
         CLOSE("2027-01-15", "F10")],
        id="F5-GB-christmas-boxing-day",
    ),
]


@pytest.mark.parametrize(("ph", "playbook", "country", "expected"), WHOLE_PLANS)
def test_whole_plan(ph: Phase, playbook: str, country: str | None, expected: list[Row]) -> None:
    assert rows(make(ph, playbook, country)) == expected


def test_F5_same_dates_differ_by_country() -> None:
    """The same decision date, three holiday calendars."""
    ph = phase("2026-12-21 10:00", LONDON, decision_by=date(2026, 12, 24))
    f5 = {c: next(row(s) for s in make(ph, "estimate", c).steps if s.rule == "F5")
          for c in ("GB", "US", "DE")}
    assert f5["GB"] == EMAIL("2026-12-30", "2026-12-31", "F5")
    assert f5["US"] == EMAIL("2026-12-29", "2026-12-30", "F5")
    assert f5["DE"] == EMAIL("2026-12-29", "2026-12-30", "F5")  # DE: 12-25, 12-26 (Sat)


# -- the thank-you (T rules), DST included -------------------------------------------------

THANK_YOUS = [
    pytest.param(phase("2026-11-02 10:00"), TY("2026-11-02", "2026-11-03"),
                 id="T2-email-within-24h"),
    pytest.param(phase("2026-11-02 23:50"), TY("2026-11-02", "2026-11-03"),
                 id="T2-late-evening"),
    pytest.param(
        # 23:30 EST + 24 real hours = 00:30 EDT on Monday (Sunday lost an hour).
        phase("2026-03-07 23:30"), TY("2026-03-07", "2026-03-09"),
        id="T2-DST-spring-forward-new-york",
    ),
    pytest.param(
        # 00:30 EDT + 24 real hours = 23:30 EST the same Sunday (it had 25 hours).
        phase("2026-11-01 00:30"), TY("2026-11-01", "2026-11-01"),
        id="T2-DST-fall-back-new-york",
    ),
    pytest.param(
        phase("2026-03-28 23:30", BERLIN), TY("2026-03-28", "2026-03-30"),
        id="T2-DST-spring-forward-berlin",
    ),
    pytest.param(
        # 2026-10-25 03:00 CEST -> 02:00 CET: 00:30 + 24 h = 23:30 the same day.
        phase("2026-10-25 00:30", BERLIN), TY("2026-10-25", "2026-10-25"),
        id="T2-DST-fall-back-berlin",
    ),
    pytest.param(phase("2026-11-02 10:00", thank_you_by=Channel.LETTER),
                 TY("2026-11-02", "2026-11-04", "T3", "letter"), id="T3-letter-within-48h"),
    pytest.param(phase("2026-03-06 23:30", thank_you_by=Channel.LETTER),
                 TY("2026-03-06", "2026-03-09", "T3", "letter"),
                 id="T3-letter-48h-DST-spring-forward"),
    pytest.param(phase("2026-10-31 00:30", thank_you_by=Channel.LETTER),
                 TY("2026-10-31", "2026-11-01", "T3", "letter"),
                 id="T3-letter-48h-DST-fall-back"),
    pytest.param(
        phase("2026-11-02 10:00", thank_you_by=Channel.LETTER, decision_by=date(2026, 11, 3)),
        TY("2026-11-02", "2026-11-02", "T3", "email"),  # at once: the same day (F11)
        id="T3-F11-no-time-for-the-post-email-instead",
    ),
    pytest.param(
        phase("2026-11-02 10:00", decision_by=date(2026, 11, 3), people=(Person(
            "Pat Phone", phone="+1 555 0100", preferred_channel=Channel.PHONE, id=4),)),
        TY("2026-11-02", "2026-11-02", "F11", "phone"),  # their preference stands (T4)
        id="T4-F11-phone-preference-kept-and-same-day",
    ),
    pytest.param(phase("2026-11-02 10:00", decision_by=date(2026, 11, 2)),
                 TY("2026-11-02", "2026-11-02", "F11"), id="F11-decision-same-day"),
    pytest.param(phase("2026-11-02 10:00", decision_by=date(2026, 11, 4)),
                 TY("2026-11-02", "2026-11-03"), id="F11-not-when-two-days-away"),
    pytest.param(
        phase("2026-11-02 10:00", people=(Person("Ann", phone="555-0100",
                                                 preferred_channel=Channel.PHONE, id=5),)),
        TY("2026-11-02", "2026-11-03", "T4", "phone"), id="T4-interviewer-prefers-phone",
    ),
    pytest.param(
        phase("2026-11-02 10:00", people=(Person("Ann", email="ann@x.example",
                                                 preferred_channel=Channel.EMAIL, id=5),)),
        TY("2026-11-02", "2026-11-03", "T4"), id="T4-interviewer-prefers-email",
    ),
    pytest.param(
        phase("2026-11-02 10:00", people=(Person("Ann", phone="555-0100", id=5),),
              thank_you_by=Channel.PHONE),
        TY("2026-11-02", "2026-11-03", "T4", "phone"), id="T4-channel-they-have-been-using",
    ),
    pytest.param(
        # The interviewer's own preference beats the general one.
        phase("2026-11-02 10:00", thank_you_by=Channel.LETTER,
              people=(Person("Ann", email="ann@x.example", preferred_channel=Channel.EMAIL,
                             id=5),)),
        TY("2026-11-02", "2026-11-03", "T4"), id="T4-person-preference-first",
    ),
]


@pytest.mark.parametrize(("ph", "expected"), THANK_YOUS)
def test_thank_you(ph: Phase, expected: Row) -> None:
    (ty,) = thanks(make(ph))
    assert row(ty) == expected
    assert ty.touch == 1


def test_T1_each_interviewer_thanked_separately() -> None:
    people = (JANE, RAJ, Person("Mo", email="mo@acme.example"))
    p = make(phase("2026-11-02 10:00", people=people))
    ty = thanks(p)
    assert [s.to for s in ty] == [("Jane Doe",), ("Raj Patel",), ("Mo",)]
    assert len({s.key for s in ty}) == 3
    assert {row(s) for s in ty} == {TY("2026-11-02", "2026-11-03")}
    assert all("separate" in s.why for s in ty)


def test_T5_thank_you_is_short() -> None:
    for ph in (phase("2026-11-02 10:00"),
               phase("2026-11-02 10:00", people=(Person("Ann", email="a@x.example",
                                                        preferred_channel=Channel.EMAIL),))):
        (ty,) = thanks(make(ph))
        assert "short" in ty.why


def test_T6_relay_through_coordinator_when_no_address() -> None:
    p = make(phase("2026-11-02 10:00", people=(LEE,), coordinator=COORD))
    (ty,) = thanks(p)
    assert (ty.to, ty.via, ty.rule, ty.channel) == (("Lee Chen",), "Cory Coordinator", "T6",
                                                    Channel.EMAIL)
    assert "(T6)" in ty.why
    later = [s for s in p.steps if s.kind in (StepKind.FOLLOW_UP, StepKind.CALL)]
    assert later and all(s.to == ("Lee Chen",) and s.via == "Cory Coordinator" for s in later)


def test_T6_only_the_interviewer_without_address_is_relayed() -> None:
    p = make(phase("2026-11-02 10:00", people=(JANE, LEE), coordinator=COORD))
    by_name = {s.to: (s.rule, s.via) for s in thanks(p)}
    assert by_name == {("Jane Doe",): ("T2", None), ("Lee Chen",): ("T6", "Cory Coordinator")}
    later = [s for s in p.steps if s.kind is not StepKind.THANK_YOU and s.to]
    assert all(s.to == ("Jane Doe",) and s.via is None for s in later)


def test_C4_T6_no_interviewer_thank_the_team_through_coordinator() -> None:
    p = make(phase("2026-11-02 10:00", people=(), coordinator=COORD))
    (ty,) = thanks(p)
    assert (ty.to, ty.rule) == (("Cory Coordinator",), "T6")
    assert "C4" in {n.rule for n in p.notices}


def test_C4_no_contact_details_at_all() -> None:
    p = make(phase("2026-11-02 10:00", people=()))
    (ty,) = thanks(p)
    assert ty.to == ("your interviewer",)
    assert "C4" in {n.rule for n in p.notices}
    (ty,) = thanks(make(phase("2026-11-02 10:00", people=(LEE,))))
    assert ty.via is None and "C4)" in ty.why
    assert ty.channel.value != "email"  # no email step to someone without an address (C4)


def test_T7_thank_you_is_the_first_touch() -> None:
    p = make(phase("2026-11-02 10:00", people=(JANE, RAJ)))
    assert [(s.kind.value, s.touch) for s in p.steps] == [
        ("thank_you", 1), ("thank_you", 1), ("follow_up", 2), ("follow_up", 3), ("call", 4),
        ("close", 0)]


def test_T4_text_and_social_media_refused() -> None:
    for word in ("text", "SMS", "WhatsApp", "social media", "facebook", "dm"):
        with pytest.raises(BadInput, match="T4"):
            parse_channel(word, "--thank-you-by", thank_you=True)
        with pytest.raises(BadInput, match="T4"):
            parse_channel(word, "--follow-up-by")
    with pytest.raises(BadInput, match="T4"):
        parse_channel("linkedin", "--thank-you-by", thank_you=True)
    assert parse_channel("Letter", "--thank-you-by", thank_you=True) is Channel.LETTER
    assert parse_channel("call", "--follow-up-by") is Channel.PHONE


def test_C6_needs_go_in_the_thank_you() -> None:
    p = make(phase("2026-11-02 10:00", people=(JANE, RAJ), needs="a writing sample"))
    assert all("a writing sample" in s.why and "(C6)" in s.why for s in thanks(p))


# -- capture (C rules) ---------------------------------------------------------------------

CAPTURE_NOTICES = [
    pytest.param({}, {"C1"}, id="C1-no-timeline-asks-for-one"),
    pytest.param({"decision_by": date(2026, 11, 9)}, set(), id="C1-timeline-given"),
    pytest.param({"all_contacted": False}, {"C1", "C2"}, id="C2-not-everyone-hears-back"),
    pytest.param({"all_contacted": False, "follow_up_on": date(2026, 11, 9)}, set(),
                 id="C2-C3-own-date-agreed"),
    pytest.param({"all_contacted": True, "decision_by": date(2026, 11, 9)}, set(),
                 id="C2-everyone-hears-back"),
    pytest.param({"fit": False}, set(), id="C7-no-capture-reminders"),
]


@pytest.mark.parametrize(("timeline", "rules"), CAPTURE_NOTICES)
def test_capture_notices(timeline: dict[str, Any], rules: set[str]) -> None:
    p = make(phase("2026-11-02 10:00", **timeline))
    assert {n.rule for n in p.notices} == rules


def test_F6_notice_when_agreed_day_is_not_a_business_day() -> None:
    p = make(phase("2026-11-19 10:00", follow_up_on=date(2026, 11, 26)), "agreed")
    assert [n.rule for n in p.notices] == ["F6"]
    assert "2026-11-27" in p.notices[0].text


@pytest.fixture
def db(tmp_path: Path) -> Store:
    s = Store(tmp_path / "f.db")
    yield s  # type: ignore[misc]
    s.close()


def _add(db: Store, playbook: str = "default", **timeline: Any) -> int:
    app = service.add_application(
        db, company="Acme", role="Data Analyst", playbook=playbook, holidays="us",
        interview=service.NewInterview(
            at=at("2026-11-02 10:00"), tz=NY, coordinator=COORD,
            interviewers=(Person("Jane Doe", email="jane@acme.example", linkedin_ok=True),
                          Person("Raj Patel", email="raj@acme.example", linkedin_ok=False)),
            timeline=Timeline(**timeline)),
        now=at("2026-11-02 18:00"))
    return app.id


def test_C1_C2_C3_timeline_is_kept(db: Store) -> None:
    app_id = _add(db, decision_by=date(2026, 11, 13), note="second round in two weeks",
                  all_contacted=False, follow_up_on=date(2026, 11, 16),
                  follow_up_by=Channel.PHONE)
    app = service.show(db, app_id)
    assert app.holidays == "US"
    tl = app.interviews[0].timeline
    assert (tl.decision_by, tl.note, tl.all_contacted, tl.follow_up_on, tl.follow_up_by) == (
        date(2026, 11, 13), "second round in two weeks", False, date(2026, 11, 16),
        Channel.PHONE)
    f6 = [s for s in app.steps if s.rule == "F6"]
    assert [(s.kind, s.channel, s.due) for s in f6] == [
        (StepKind.CALL, Channel.PHONE, date(2026, 11, 16))]


def test_C1_C3_playbooks_refuse_missing_capture(db: Store) -> None:
    with pytest.raises(BadInput, match="C1"):
        _add(db, playbook="estimate")
    with pytest.raises(BadInput, match="C3"):
        _add(db, playbook="agreed", decision_by=date(2026, 11, 13))


def test_C5_linkedin_answer_is_kept(db: Store) -> None:
    app = service.show(db, _add(db))
    people = {p.name: p.linkedin_ok for p in app.interviews[0].interviewers}
    assert people == {"Jane Doe": True, "Raj Patel": False}
    assert app.interviews[0].coordinator is not None
    assert app.interviews[0].coordinator.linkedin_ok is None


def test_C4_T6_coordinator_is_kept(db: Store) -> None:
    app = service.show(db, _add(db))
    assert app.interviews[0].coordinator is not None
    assert app.interviews[0].coordinator.email == "cory@acme.example"


# -- re-anchoring on what actually happened (F1, F7) -----------------------------------------

def test_F1_thank_you_sent_a_day_late_moves_the_weekly_day() -> None:
    p = make(phase("2026-11-02 10:00"), outcomes={"i1:thank_you:1": done("2026-11-03")})
    assert rows(p)[1:] == [
        EMAIL("2026-11-10", "2026-11-12", "F2"),  # Tuesdays; Wed 11-11 is Veterans Day
        EMAIL("2026-11-17", "2026-11-18", "F3"),
        CALL("2026-11-24", "2026-11-25", "F4"),
        CLOSE("2026-12-01", "F10"),
    ]


def test_F1_weekend_thank_you_sent_on_saturday() -> None:
    p = make(phase("2026-10-16 16:00"), "weekly",
             outcomes={"i1:thank_you:1": done("2026-10-17")})
    assert rows(p)[1:] == [
        EMAIL("2026-10-26", "2026-10-27", "F2"),  # Saturday is no business day: Monday
        EMAIL("2026-11-02", "2026-11-03", "F3"),
        CALL("2026-11-09", "2026-11-10", "F4"),
        CLOSE("2026-11-16", "F10"),
    ]


def test_F1_all_thank_yous_sent_before_the_cadence_starts() -> None:
    outcomes = {"i1:thank_you:1": done("2026-11-02"), "i1:thank_you:2": done("2026-11-04")}
    p = make(phase("2026-11-02 10:00", people=(JANE, RAJ)), outcomes=outcomes)
    assert rows(p)[2:] == [
        EMAIL("2026-11-12", "2026-11-13", "F2"),  # Wednesdays; 11-11 is Veterans Day
        EMAIL("2026-11-18", "2026-11-19", "F3"),
        CALL("2026-11-25", "2026-11-27", "F4"),  # latest skips Thanksgiving
        CLOSE("2026-12-02", "F10"),
    ]


def test_F1_late_week_one_reanchors_the_rest() -> None:
    outcomes = {"i1:thank_you:1": done("2026-11-02"), "i1:week1": done("2026-11-10")}
    p = make(phase("2026-11-02 10:00"), outcomes=outcomes)
    assert rows(p)[2:] == [
        EMAIL("2026-11-17", "2026-11-18", "F3"),
        CALL("2026-11-24", "2026-11-25", "F4"),
        CLOSE("2026-12-01", "F10"),
    ]


def test_F7_retry_counts_from_the_day_it_was_done() -> None:
    outcomes = {"i1:agreed": done("2026-11-12")}
    p = make(phase("2026-11-03 10:00", follow_up_on=date(2026, 11, 10)), "agreed",
             outcomes=outcomes)
    assert rows(p)[2:] == [EMAIL("2026-11-17", "2026-11-18", "F7"), CLOSE("2026-11-24", "F8")]


def test_F8_touch_caps_per_playbook() -> None:
    ph = phase("2026-11-02 10:00", decision_by=date(2026, 11, 6))
    for name, pb in PLAYBOOKS.items():
        if name == "agreed":
            continue
        touches = {s.touch for s in make(ph, name).steps if s.kind is not StepKind.CLOSE}
        assert max(touches) <= pb.max_touches, name
    assert (PLAYBOOKS["weekly"].max_touches, PLAYBOOKS["two-weeks"].max_touches) == (4, 3)


# -- F12: a reply stops the sequence -------------------------------------------------------

def test_F12_planner_reply_without_dates_waits_then_asks_once() -> None:
    """Issue 20: an answer without a date stops the sequence and starts a wait the rules
    name (two weeks by default, F8), one polite question, then a move-on."""
    ph = Phase("e7", date(2026, 11, 12), NY, Timeline(note="still deciding"), None,
               contact=JANE, kind="reply")
    p = make(ph)
    assert [(s.kind.value, s.rule, s.due.isoformat()) for s in p.steps] == [
        ("follow_up", "F12", "2026-11-27"), ("close", "F8", "2026-12-04")]  # Thanksgiving
    assert [n.rule for n in p.notices] == ["F12"]
    assert "still deciding" not in " ".join(s.why for s in p.steps)


def test_F12_planner_reply_with_a_date_starts_over_without_thank_yous() -> None:
    ph = Phase("e7", date(2026, 11, 12), NY, Timeline(decision_by=date(2026, 11, 20)), None,
               contact=JANE, kind="reply")
    p = make(ph)
    assert rows(p) == [
        EMAIL("2026-11-24", "2026-11-25", "F5"),
        EMAIL("2026-11-30", "2026-12-01", "F7"),  # Thanksgiving skipped
        CALL("2026-12-03", "2026-12-04", "F7"),
        CLOSE("2026-12-10", "F10"),
    ]
    assert all(s.to == ("Jane Doe",) for s in p.steps if s.kind is not StepKind.CLOSE)


def test_F12_service_reply_stops_pending_steps(db: Store) -> None:
    app_id = _add(db)
    app = service.show(db, app_id)
    first = next(s for s in app.steps if s.kind is StepKind.THANK_YOU)
    later = at("2026-11-12 12:00")
    service.mark_done(db, first.id, date(2026, 11, 2), later)
    app = service.log_event(db, app_id, EventKind.REPLY, date(2026, 11, 12), later,
                            note="still deciding")
    assert app.status is AppStatus.RESPONDED
    waiting = [s for s in app.pending if s.key.startswith(app.phase) and s.rule != "T7"]
    assert [s.rule for s in waiting] == ["F12", "F8"]  # a wait, one question, a move-on
    owed = [s for s in app.pending if s.rule == "T7"]  # anyone never thanked: a late note
    assert all(s.to != first.to and s.kind is StepKind.THANK_YOU for s in owed)
    assert "still deciding" not in " ".join(s.why for s in waiting)
    statuses = {s.key: s.status for s in app.steps if not s.key.startswith(app.phase)}
    assert statuses[first.key] is StepStatus.DONE
    assert {st for k, st in statuses.items() if k != first.key} == {StepStatus.CANCELLED}
    assert "F12" in {n.rule for n in app.notices}


def test_F12_service_reply_with_date_remakes_the_plan(db: Store) -> None:
    app_id = _add(db)
    now = at("2026-11-12 12:00")
    app = service.log_event(db, app_id, EventKind.REPLY, date(2026, 11, 12), now,
                            timeline=Timeline(decision_by=date(2026, 11, 20)))
    pending = [(s.kind, s.due, s.rule) for s in app.pending if s.rule != "T7"]
    # Issue 20: nobody was thanked; Jane's next touch carries it, Raj, whom no later
    # message reaches, gets one late note of his own (T7).
    assert [s.to for s in app.pending if s.rule == "T7"] == [("Raj Patel",)]
    assert pending == [
        (StepKind.FOLLOW_UP, date(2026, 11, 24), "F5"),
        (StepKind.FOLLOW_UP, date(2026, 11, 30), "F7"),
        (StepKind.CALL, date(2026, 12, 3), "F7"),
        (StepKind.CLOSE, date(2026, 12, 10), "F10"),
    ]
    old = [s for s in app.steps if s.key.startswith("i")]
    assert old and all(s.status is StepStatus.CANCELLED for s in old)
