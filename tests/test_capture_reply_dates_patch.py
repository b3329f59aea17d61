"""The dates engineer's last rules of session 8, carried out at the merge in files of the
outcomes engineer's area (inbox.py, reply_words.py, replies.py). Every example is new."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import back_day

SENT = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)  # a Monday


@pytest.mark.parametrize(("text", "day"), [
    ("Final selections will be made by Friday 15 January.", date(2027, 1, 15)),
    ("We'll confirm who's going through by Thursday.", date(2027, 1, 14)),
    ("A formal letter will follow by Friday outlining the salary and your start date.",
     date(2027, 1, 15)),
    ("The panel hopes to make the final call by 20 January.", date(2027, 1, 20)),
])
def test_a_decision_day_in_words_the_reader_missed(text: str, day: date) -> None:
    assert decision_day(text, SENT, dmy=True) == day


def test_informatics_is_no_promise_to_inform() -> None:
    assert decision_day("Our Informatics team moves offices on 20 January.", SENT,
                        dmy=True) is None


@pytest.mark.parametrize("line", [
    "I am on holiday until Monday 18 January with no access to email.",
    "I'm on vacation until January 18 and will reply when I'm back.",
    "I am on PTO until 1/18 and checking mail rarely.",
])
def test_more_ways_to_be_away(line: str) -> None:
    body = f"Thank you for your message.\n\n{line}\n"
    assert back_day(body, SENT, "America/New_York") == date(2027, 1, 18)
