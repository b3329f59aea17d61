"""Issue 23, point 3 (session 11): the day a reply names is the writer's, and only a day
the writer names is proposed. Every example is written for its rule, in words and settings
the labelled corpora do not use."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# relative days ("tomorrow", "Friday", "next Tuesday") are the sender's: they are counted
# from the day of the Date header in its own offset, not from the UTC day nor the zone of
# the application
@pytest.mark.parametrize(("body", "sent", "want"), [
    # a Sydney recruiter early on Tuesday morning (still Monday in UTC)
    ("Thanks Sam. The hiring manager will make her decision tomorrow.",
     "2027-01-12 07:45 +1100", date(2027, 1, 13)),
    # a Vancouver recruiter late on Wednesday evening (Thursday in UTC)
    ("We'll let you know our decision on Thursday.", "2027-01-13 21:30 -0800",
     date(2027, 1, 14)),
    ("I should be able to confirm the outcome tomorrow.", "2026-12-02 20:05 -0600",
     date(2026, 12, 3)),
])
@pytest.mark.parametrize("tz", ["UTC", "Europe/Berlin"])
def test_a_relative_day_is_counted_from_the_writers_own_day(body: str, sent: str, want: date,
                                                              tz: str) -> None:
    got = read_reply(body, _at(sent), tz)
    assert (got.outcome, got.day) == ("decision", want)


def test_the_day_beside_an_outcome_is_the_writers_too() -> None:
    text = ("Great news, the panel would like you back for a final round. We'll then decide "
            "by Monday.")
    # Sunday 20:40 in Chicago is Monday in UTC: "by Monday" is the next day, not a week on
    assert decision_day(text, _at("2027-01-10 20:40 -0600")) == date(2027, 1, 11)



def test_a_date_header_at_utc_is_read_in_the_applications_zone() -> None:
    # systems stamp +0000: 02:15 UTC on the 14th is still the 13th in Toronto
    got = read_reply("We'll make a decision tomorrow.", _at("2027-01-14 02:15 +0000"),
                     "America/Toronto")
    assert got.day == date(2027, 1, 14)
