"""Issue 23, point 3: the decision day a reply gives and an out-of-office's return day, read
the way a careful reader does. Each example is written for the rule it checks, in words the
labelled corpora do not use."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from followup.capture.day_phrases import DAY_FIRST, mentions
from followup.capture.replies import read_reply
from followup.capture.reply_dates import only_given_up, pick
from followup.capture.reply_words import DECISION_CUE


def _days(text: str, today: date, dmy: bool = False) -> list[date]:
    token = DAY_FIRST.set(dmy)
    try:
        return [m.day for m in mentions(text, today)]
    finally:
        DAY_FIRST.reset(token)


def _decision(body: str, sent: datetime, dmy: bool = False) -> date | None:
    r = read_reply(body, sent, "UTC", dmy=dmy, learned=False)
    return r.day if r.outcome == "decision" else None


# a dotted day and month without a year is written day first ("until 18.12" in a
# continental writer's English), but a clock time or a decimal is no day
@pytest.mark.parametrize(("text", "want"), [
    ("The jury will give its answer before 23.11, I promise.", [date(2026, 11, 23)]),
    ("We know more on Monday 30.11.", [date(2026, 11, 30)]),
    ("Result comes until 7.1 latest.", [date(2027, 1, 7)]),
    ("The call starts at 14.30 sharp.", []),
    ("It takes 2.5 weeks in total.", []),
])
def test_a_dotted_day_and_month_is_day_first(text: str, want: list[date]) -> None:
    assert _days(text, date(2026, 11, 16)) == want


def test_a_day_the_writer_said_before_gives_way_to_the_new_one() -> None:
    said = ("I told you we would decide by 5/14, but our director is travelling. We now plan "
            "to let you know by 5/21.")
    assert only_given_up("I told you we would decide by 5/14, but our director is travelling.",
                         date(2027, 5, 6))
    assert _decision(said, datetime(2027, 5, 6, 15, tzinfo=UTC)) == date(2027, 5, 21)
    # said again and kept, it is the day
    assert not only_given_up("As I said, we will decide by 5/14.", date(2027, 5, 6))


@pytest.mark.parametrize(("text", "want"), [
    # Monday 1 March: the Monday after Tuesday 9 March is the 15th, not the 8th
    ("Final panels run until Tuesday 9 March, and we choose on the following Monday.",
     date(2027, 3, 15)),
    # Wednesday 10 February: "the following week" is the week after, its Friday
    ("Last assessments are on 2/10 and we expect to decide the following week.",
     date(2027, 2, 19)),
])
def test_the_following_day_or_week_counts_from_the_day_named_before(text: str,
                                                                    want: date) -> None:
    assert pick(text, date(2027, 2, 1) if "2/10" in text else date(2027, 3, 1),
                DECISION_CUE) == want


def test_a_bodys_meeting_day_gives_way_to_the_day_the_writer_comes_back() -> None:
    body = ("The trustees meet on Monday 8 March to decide the budget. If it passes I'll "
            "email you on Wednesday 10 March with our answer.")
    assert _decision(body, datetime(2027, 3, 2, 9, tzinfo=UTC)) == date(2027, 3, 10)
    # alone, the day a panel meets to decide is the day
    alone = "The selection panel convenes on Monday 8 March to decide."
    assert _decision(alone, datetime(2027, 3, 2, 9, tzinfo=UTC)) == date(2027, 3, 8)
    # waiting for a meeting is waiting for its day, unless a later sentence names the answer's
    wait = "No feedback until the board meets on 8 March."
    assert _decision(wait, datetime(2027, 3, 2, 9, tzinfo=UTC)) == date(2027, 3, 8)
    assert _decision(f"{wait} Odile will then let you know by 12 March.",
                     datetime(2027, 3, 2, 9, tzinfo=UTC)) == date(2027, 3, 12)


@pytest.mark.parametrize("text", [
    "Your assessment centre is booked for Thursday 4 March at 9:30 and we will confirm the "
    "room nearer the time.",
    "Just to confirm: Tuesday 9 March, 2pm, with the clinical lead.",
    "Your panel is scheduled for 9 March; the coordinator will be in touch about parking.",
])
def test_an_appointment_is_no_decision_day(text: str) -> None:
    assert pick(text, date(2027, 3, 1), DECISION_CUE) is None


def test_a_deadline_with_a_clock_time_is_still_the_day() -> None:
    assert pick("We will let you know by Friday 5 March at 5pm.", date(2027, 3, 1),
                DECISION_CUE) == date(2027, 3, 5)


def test_the_days_an_office_is_closed_are_no_decision_day() -> None:
    text = ("Just so you know, the practice is closed from 24 December to 3 January "
            "inclusive and nobody will be reading mail.")
    assert pick(text, date(2026, 12, 15), DECISION_CUE) is None
    assert pick("We hope to have the role closed out by 18 December.", date(2026, 12, 15),
                DECISION_CUE) == date(2026, 12, 18)


def test_a_day_taken_back_beside_an_absence_and_a_meeting_gives_way() -> None:
    body = ("Sorry - I said you'd hear by 4/9, but Priya is on leave next week and the board "
            "won't meet again until after Easter. We now hope to let you know by 4/23.")
    assert _decision(body, datetime(2027, 3, 30, 14, tzinfo=UTC)) == date(2027, 4, 23)


def test_a_day_set_aside_is_taken_as_then_only_when_no_other_day_is_given() -> None:
    text = ("We finish the last site visits by 3 February, then the partners are away, and "
            "we aim to get back to all applicants by 17 February.")
    assert pick(text, date(2027, 1, 25), DECISION_CUE) == date(2027, 2, 17)
    assert pick("I'm travelling until 3 February and will decide then.", date(2027, 1, 25),
                DECISION_CUE) == date(2027, 2, 3)


@pytest.mark.parametrize("text", [
    "Our director is on PTO until the end of next week, and I will update you as soon as I can.",
    "Your place on the reserve list stays valid until 30 June, and we may contact you.",
])
def test_leave_and_an_expiry_are_no_decision_day(text: str) -> None:
    assert pick(text, date(2027, 1, 6), DECISION_CUE) is None


@pytest.mark.parametrize(("text", "dmy", "want"), [
    # a plan given up before a "but" gives way to the day after it
    ("The board was aiming for the 3rd but it's now more likely to be the 9th.", True,
     date(2027, 3, 9)),
    ("We'd planned to decide this week; realistically it will be next Tuesday.", False,
     date(2027, 3, 9)),
    # an ordinal without "the" after a word that leads to a day
    ("The directors will respond no later than 12th.", True, date(2027, 3, 12)),
    ("You will hear back by 4th, not on 2nd round timing.", True, date(2027, 3, 4)),
    # a dotted date is day first, month first only when day first is no date
    ("We should have an answer for you by 3.15.", False, date(2027, 3, 15)),
    # a week named by its first day is waited for to its Friday; a narrower day wins
    ("We will decide the week of 3/8.", False, date(2027, 3, 12)),
    ("Decision the week of 3/8, most likely Tuesday 3/9.", False, date(2027, 3, 9)),
    # "mid-week next week"
    ("We'll let you know mid-week next week.", True, date(2027, 3, 10)),
    # two ordinals with a slash: the later one
    ("We will decide on the 10th/11th.", True, date(2027, 3, 11)),
])
def test_plans_ordinals_weeks_and_orders(text: str, dmy: bool, want: date) -> None:
    token = DAY_FIRST.set(dmy)
    try:
        assert pick(text, date(2027, 3, 1), DECISION_CUE) == want  # a Monday
    finally:
        DAY_FIRST.reset(token)


def test_someone_back_in_a_named_week_is_back_on_its_first_day() -> None:
    from followup.capture.replies import back_day

    got = back_day("Back at my desk w/c 8 March.", datetime(2027, 3, 1, 9, tzinfo=UTC), "UTC",
                   True)
    assert got == date(2027, 3, 8)


@pytest.mark.parametrize(("text", "want"), [
    # written on Wednesday 3 March 2027
    ("The trust will answer a week on Thursday.", date(2027, 3, 11)),
    ("We reconvene and decide Monday fortnight.", date(2027, 3, 22)),
    ("Our answer comes the Thursday after next.", date(2027, 3, 11)),
    ("The partners decide some time next week, Wednesday at the latest.", date(2027, 3, 10)),
    ("We will respond within the fortnight.", date(2027, 3, 17)),
    ("A decision is expected on the nineteenth.", date(2027, 3, 19)),
    ("Decision by March twenty-second, all being well.", date(2027, 3, 22)),
    ("We should decide within 2 wks.", date(2027, 3, 17)),
    ("The committee will decide in 48 hrs.", date(2027, 3, 5)),
])
def test_british_and_written_out_forms(text: str, want: date) -> None:
    assert pick(text, date(2027, 3, 3), DECISION_CUE) == want


def test_a_day_before_the_holidays_in_other_words() -> None:
    assert pick("We'll decide this side of Christmas.", date(2026, 12, 2),
                DECISION_CUE) == date(2026, 12, 24)


def test_an_ordinal_in_words_before_a_round_is_no_day() -> None:
    assert _days("You are through to the third round.", date(2027, 3, 3)) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Kindly return the signed form by 15/3 and we will be in touch.", None),
    ("Could you confirm your availability by Friday? We'll update you after.", None),
    ("Let me know your preference by 12 March; feedback follows.", None),
    ("We are interviewing two further applicants over the coming days on the 9th and 10th, "
     "and will write to everyone by the 16th.", date(2027, 3, 16)),
    ("We expect to complete the process by Friday 12 March.", date(2027, 3, 12)),
])
def test_the_candidates_own_deadline_and_the_interview_days_are_set_aside(
        text: str, want: date | None) -> None:
    token = DAY_FIRST.set(True)
    try:
        assert pick(text, date(2027, 3, 3), DECISION_CUE) == want
    finally:
        DAY_FIRST.reset(token)


def test_a_start_date_beside_the_paperwork_is_no_decision_day() -> None:
    text = "The contract will follow by Friday 5 March with a start date of 5 April."
    assert pick(text, date(2027, 3, 1), DECISION_CUE) == date(2027, 3, 5)
    assert pick("The contract follows, with a start date of 5 April.", date(2027, 3, 1),
                DECISION_CUE) is None


@pytest.mark.parametrize(("text", "want"), [
    # written on Monday 1 March 2027
    ("We told you the 5th for an answer - make that the 9th, apologies.", date(2027, 3, 9)),
    ("Rather than the 5th, the trustees will now decide on the 10th.", date(2027, 3, 10)),
    ("We expect to decide on 12 March instead of 5 March.", date(2027, 3, 12)),
    ("After the last panel on 4 March, we will respond within 2 days.", date(2027, 3, 6)),
])
def test_a_day_put_aside_and_a_span_counted_from_the_day_after_which(text: str,
                                                                    want: date) -> None:
    token = DAY_FIRST.set(True)
    try:
        assert pick(text, date(2027, 3, 1), DECISION_CUE) == want
    finally:
        DAY_FIRST.reset(token)
