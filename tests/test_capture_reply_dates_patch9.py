"""The dates engineer's rules of session 9 for files of the outcomes and matching areas
(inbox.py, replies.py), to carry out at the merge. Every example is new."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import back_day, day_first, read_reply

SENT = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)  # a Monday


@pytest.mark.parametrize(("text", "day"), [
    ("People Ops will issue your contract by 15/1.", date(2027, 1, 15)),
    ("Your offer pack is coming on Thursday via DocuSign.", date(2027, 1, 14)),
    ("I'm drafting the written offer and will email it across by Wednesday.",
     date(2027, 1, 13)),
    ("We'll confirm either way by Friday 15th.", date(2027, 1, 15)),
    ("Once the references are in, we hope to finalise things by Thursday.", date(2027, 1, 14)),
])
def test_the_employers_next_word_beside_an_outcome(text: str, day: date) -> None:
    assert decision_day(text, SENT, dmy=True) == day


def test_a_later_sentence_that_corrects_a_recalled_day() -> None:
    body = ("I told you we'd decide by the 13th. Our MD is stuck abroad, so call it the 18th "
            "instead. Apologies.")
    r = read_reply(body, SENT, "UTC", learned=False)
    assert (r.outcome, r.day) == ("decision", date(2027, 1, 18))


def test_a_subjectless_deadline_after_the_cue() -> None:
    body = "Still waiting on two scorecards. Should be able to decide by Wednesday."
    assert read_reply(body, SENT, "UTC", learned=False).day == date(2027, 1, 13)


@pytest.mark.parametrize(("line", "back"), [
    ("I am on annual leave 11/01 - 15/01 and will reply on my return.", date(2027, 1, 18)),
    ("Ich bin im Urlaub 11.01.-15.01. / I'm on holiday 11.01.-15.01.", date(2027, 1, 18)),
    ("I am out of the office up to and including Friday 15 January.", date(2027, 1, 18)),
    ("I will have no access to email until 18 January.", date(2027, 1, 18)),
    ("I'm off sick and need to cancel our chat on Wednesday.", None),
])
def test_more_return_days(line: str, back: date | None) -> None:
    body = f"Thanks for your message.\n\n{line}\n"
    assert back_day(body, SENT, "Europe/Berlin", dmy=True) == back


def test_a_decision_day_beside_a_leave_is_read() -> None:
    from followup.capture.inbox import evaluate

    apps = [{"id": 1, "company": "Brandt Logistik", "role": "Data Analyst",
             "interviewers": [{"name": "Jonas Brandt", "email": "jonas@brandt-logistik.de"}],
             "coordinator": None, "sent": []}]
    raw = (b"From: Jonas Brandt <jonas@brandt-logistik.de>\r\nTo: sam@gmail.com\r\n"
           b"Subject: timing\r\nDate: Mon, 11 Jan 2027 09:00:00 +0100\r\n\r\n"
           b"Hi Sam, our CFO is on leave this week, so we will decide by 22.01.\r\n")
    got = evaluate(raw, apps, frozenset({"sam@gmail.com"}))
    assert (got["day"], got["back"]) == ("2027-01-22", None)


def test_the_order_a_message_shows_wins_over_its_address() -> None:
    assert day_first("recruiter@acme.com", text="Back on 22/12, decision by 4/1.")
    assert not day_first("recruiter@acme.co.uk", text="Panel on 12/14, decision by 12/18.")
