"""The reply cases of issue 23, one each (the blind corpus scores them in bulk:
bench/capture_blind.py)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.matching import Facts, by_role, by_text, is_ats
from followup.capture.replies import back_day, day_first, read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday


@pytest.mark.parametrize(("text", "outcome"), [
    ("You made it to the final two. Unfortunately, we've decided to hire the other finalist.",
     "rejected"),
    ("Honestly, we really liked you - but we're going to pass for now.", "rejected"),
    ("After a lot of thought we decided to go in a different direction.", "rejected"),
    ("I'm so happy to share that the team wants to move forward with an offer!", "offer"),
    ("I've shared my feedback and we'd like you to meet Ben next.", "next_round"),
])
def test_outcomes(text: str, outcome: str) -> None:
    assert read_reply(text, SENT, "Europe/London").outcome == outcome


def test_a_british_sender_writes_the_day_first() -> None:
    assert day_first("tom@harbourside.co.uk") and not day_first("jo@acme.com")
    text = "Thanks Sam, we'll have an update for you by 3/12."
    assert read_reply(text, SENT, "Europe/London", dmy=True).day == date(2026, 12, 3)


def test_the_latest_of_a_corrected_date_and_no_meeting_as_a_decision() -> None:
    text = "We had hoped to decide by the 4th, but it's now looking like the 11th."
    assert read_reply(text, SENT, "Europe/London").day == date(2026, 12, 11)
    meeting = read_reply("Confirming our call on Thursday at 11am ET.", SENT, "Europe/London")
    assert meeting.outcome != "decision"


def test_an_out_of_office_return_day() -> None:
    text = "I'm out of the office and will be back on Monday 7 December."
    assert back_day(text, SENT, "Europe/London") == date(2026, 12, 7)


def test_matching_by_ats_text_and_by_role() -> None:
    apps = [Facts(1, "Brightwater Analytics", "Marketing Analyst", ("Priya Raman",)),
            Facts(2, "Brightwater Analytics", "Data Analyst", ("Priya Raman",)),
            Facts(4, "Lumen Health", "Senior Product Analyst", ("Kayla Brooks",))]
    assert is_ats("no-reply@us.greenhouse-mail.io") and not is_ats("kayla@lumenhealth.io")
    ids, how = by_text(apps, "Lumen Health Recruiting", "Invitation to interview",
                       "the next stage for the Senior Product Analyst role")
    assert ids == [4] and "company" in how
    assert by_role(apps, [1, 2], "your Data Analyst process")[0] == [2]
