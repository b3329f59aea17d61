"""A call set for a day to talk something through is a meeting, not the day of the answer
(the conventions: "interview/call/meeting days" are no decision days), unless the call brings
the news itself. Found by a new user: "Ben will call you tomorrow to go over the details" was
proposed as "they expect to decide by Fri 04 Dec"."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from followup.capture.replies import read_reply

AT = datetime(2026, 12, 3, 12, 10, tzinfo=timezone(timedelta(hours=-8)))  # a Thursday


@pytest.mark.parametrize(("sentence", "day"), [
    ("Ben will call you tomorrow to go over the details.", None),
    ("Our HR lead will phone you on Monday to walk you through the paperwork.", None),
    ("Let me ring you Friday to run through the logistics.", None),
    ("I'll give you a call on Friday with an update.", date(2026, 12, 4)),
    ("I'll call you on Friday with our decision.", date(2026, 12, 4)),
    ("I'll call you Friday to discuss the outcome.", date(2026, 12, 4)),
    ("I'll phone you on Tuesday to let you know either way.", date(2026, 12, 8)),
])
def test_a_call_to_talk_something_through_is_no_decision_day(sentence: str,
                                                              day: date | None) -> None:
    got = read_reply(f"Hi Sam,\n\n{sentence}\n\nBen\n", AT, "America/Los_Angeles")
    assert got.day == day, got
