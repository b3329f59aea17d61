"""Issue 23, point 3 (session 10): decision days and return days read as people write them
in general. Every example is written for its rule, in words and settings the labelled
corpora do not use."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_capture_reply_dates_rules import _days as _days_from
from tests.test_capture_reply_dates_s9 import _pick as _pick_from

from followup.capture.day_phrases import DAY_FIRST
from followup.capture.reply_dates import pick
from followup.capture.reply_words import DECISION_CUE

THU = date(2026, 12, 17)  # a Thursday


def _pick(text: str, dmy: bool = False) -> date | None:
    return _pick_from(text, THU, dmy)


def _days(text: str, dmy: bool = False) -> list[date]:
    return _days_from(text, THU, dmy)


# a numeric date is about the coming weeks: when the writer's order puts it months away and
# the other order within weeks, the near one is meant, whatever the sender's country
@pytest.mark.parametrize(("text", "dmy", "want"), [
    ("Gone skiing; at my desk again 12/01/2027.", False, date(2027, 1, 12)),
    ("The board confirms appointments on 7/1.", False, date(2027, 1, 7)),
    # both near: the writer's order holds
    ("We hope to have news for you by 1/2.", False, date(2027, 1, 2)),
    ("We hope to have news for you by 1/2.", True, date(2027, 2, 1)),
    # months away in both orders: the writer's order holds
    ("Parental leave; back 4/5/2027.", False, date(2027, 4, 5)),
])
def test_a_numeric_date_months_away_is_read_in_the_order_that_makes_it_near(
        text: str, dmy: bool, want: date) -> None:
    assert _days(text, dmy=dmy) == [want]


# "the following Monday" counts from a day named before it; with none in the sentence it is
# no day at all (counted from the message's own day it would be a guess)
def test_the_following_weekday_without_the_day_it_follows_is_no_day() -> None:
    assert _days("The panel will reach its verdict the following Tuesday.") == []
    assert _days("Panels sit on Monday 4 January and the verdict comes the following "
                 "Tuesday.") == [date(2027, 1, 4), date(2027, 1, 5)]


def test_this_time_next_week_is_a_week_from_the_message() -> None:
    assert _pick("We should know one way or the other by this time next week.") == \
        date(2026, 12, 24)


# a day the candidate is asked to act by (pick a slot, book, share their availability) is
# their deadline, never the employer's decision day
@pytest.mark.parametrize("text", [
    "Kindly book one of the open assessment slots before 21/12 via the portal.",
    "Please choose a time for the panel by Monday so we can confirm the outcome quickly.",
    "Could you share your notice period with us by 12/22?",
])
def test_what_the_candidate_is_asked_to_do_by_a_day_is_their_deadline(text: str) -> None:
    assert _pick(text, dmy="/12" in text) is None


def test_the_following_weekday_counts_from_the_day_an_earlier_sentence_names() -> None:
    before = "We'd like you to present to the trustees on Tuesday 5 January."
    said = "The chair will make the final decision the following Friday."
    assert pick(said, THU, DECISION_CUE, before=before) == date(2027, 1, 8)
    assert pick(said, THU, DECISION_CUE) is None


# "the day after", "the following day": the day after the one named before it, in the same
# sentence or an earlier one; with none, no day
@pytest.mark.parametrize(("text", "before", "want"), [
    ("The council's cabinet sits until 6/1, so expect a call from me the day after.", "",
     date(2027, 1, 7)),
    ("Our answer will follow the next day.", "The partners vote on Monday 11 January.",
     date(2027, 1, 12)),
    ("Our answer will follow the next day.", "", None),
])
def test_the_day_after_counts_from_the_day_named_before_it(text: str, before: str,
                                                           want: date | None) -> None:
    token = DAY_FIRST.set(True)
    try:
        assert pick(text, THU, DECISION_CUE, before=before) == want
    finally:
        DAY_FIRST.reset(token)


# a candidate's deadline is never taken for the day "then" points to
def test_then_never_points_to_the_candidates_deadline() -> None:
    assert _pick("Please confirm by Tuesday whether you accept; we will then send the "
                 "contract.") is None


# "w/b" is the week beginning, waited for to its Friday, as "w/c"
def test_week_beginning_is_waited_for_to_its_friday() -> None:
    assert _pick("We'll revert w/b 11 Jan with the panel's view.", dmy=True) == \
        date(2027, 1, 15)


# "within a week of that": counted from the day an earlier sentence names, else no day
def test_a_span_counted_from_that_needs_the_day_before_it() -> None:
    said = "Expect the verdict within ten days of that."
    assert pick(said, THU, DECISION_CUE, before="Presentations are on 6 January.") == \
        date(2027, 1, 16)
    assert pick(said, THU, DECISION_CUE) is None


# the day someone else is back is a day waited for, not the answer's
def test_the_day_a_colleague_is_back_is_no_decision_day() -> None:
    assert _pick("I'll let you know as soon as I speak to Amara, who's back on the 4th.") \
        is None


# "the 30th of this month" is a calendar day, not a span counted from another
@pytest.mark.parametrize("text", [
    "We will decide by the 30th of this month.",
    "The panel sits on the 21st and we will decide by the 30th of this month.",
])
def test_the_nth_of_this_month_is_that_day(text: str) -> None:
    assert _pick(text) == date(2026, 12, 30)


# a day booked or set up for a meeting is the meeting's, however many words lie between
@pytest.mark.parametrize("text", [
    "We'll be in touch to set up a video call on 6 January.",
    "I have reserved the boardroom for Wednesday 6 January so we can talk through next steps.",
    "Our recruiter will contact you to schedule the final interview for the 8th.",
])
def test_a_day_set_up_for_a_meeting_is_no_decision_day(text: str) -> None:
    assert _pick(text, dmy=True) is None


def test_later_that_week_needs_the_week_an_earlier_sentence_names() -> None:
    said = "We'll confirm the outcome later that week."
    assert pick(said, THU, DECISION_CUE) is None
    assert pick(said, THU, DECISION_CUE, before="The presentations are on 5 January.") == \
        date(2027, 1, 8)


# a writer abroad may give the month in their own tongue, in the form a date takes there
@pytest.mark.parametrize(("text", "want"), [
    ("Decision expected by 8. tammikuuta.", date(2027, 1, 8)),
    ("We will decide by 8 stycznia.", date(2027, 1, 8)),
    ("We will decide by 8. ledna 2027.", date(2027, 1, 8)),
    ("We will decide by 21. desember.", date(2026, 12, 21)),
])
def test_a_month_named_in_the_writers_tongue(text: str, want: date) -> None:
    assert _pick(text) == want
