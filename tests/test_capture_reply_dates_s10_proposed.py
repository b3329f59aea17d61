"""Issue 23, point 3 (session 10): the rules proposed for inbox.py, reply_words.py and
replies.py, each with an example written for it in words the labelled corpora do not use."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tests.test_capture_reply_dates_rules import _decision

from followup.capture.inbox import AWAY, decision_day

AT = datetime(2026, 12, 17, 15, tzinfo=UTC)  # a Thursday


# the employer's own promise to write back is a decision cue, however it is said
@pytest.mark.parametrize(("body", "want"), [
    ("I'll follow up with you by Wednesday 6 January.", date(2027, 1, 6)),
    ("Hoping to have a yes or no for you on the 8th.", date(2027, 1, 8)),
    ("We'll write to every applicant by 15/1.", date(2027, 1, 15)),
])
def test_a_promise_to_write_back_is_a_decision_cue(body: str, want: date) -> None:
    assert _decision(f"Hi Sam,\n\n{body}\n\nBest,\nJo", AT, dmy=True) == want


# beside a next round, the employer's confirming or answering by a day is its decision day;
# "the following Monday" counts from the day an earlier sentence names
@pytest.mark.parametrize(("text", "want"), [
    ("We'd like to take up references now. We should be able to confirm it all in writing by "
     "Friday 8 January.", date(2027, 1, 8)),
    ("We'd love you to do a last round with our founder. Expect a final answer by 1/8.",
     date(2027, 1, 8)),
    ("Two of your referees have replied already. We hope to wrap things up by 12 January.",
     date(2027, 1, 12)),
    ("We'd like you back to meet the trustees on Thursday 7 January. They'll make the final "
     "decision the following Monday.", date(2027, 1, 11)),
])
def test_the_day_beside_a_next_round(text: str, want: date) -> None:
    assert decision_day(text, AT) == want


def test_an_office_closed_is_an_out_of_office() -> None:
    assert AWAY.search("Our offices are closed from 24 December and reopen on 4 January.")


def test_a_day_corrected_in_the_next_sentence_is_the_day() -> None:
    body = "Hi Sam,\n\nWe'll decide by the 23rd. Actually, make that the 30th.\n\nJo"
    assert _decision(body, AT) == date(2026, 12, 30)
