"""What looks like an outcome and is not (issue 23, session 11's second round, after
blind_dev16/17): an applicant-tracking system's status that is a wait or a step done, a
round's name as the label of an agenda line under "your interviews are confirmed", and a
sentence that turns at a dash from one role to another. Every example is new (no fixture's)."""

from __future__ import annotations

import pytest
from tests.test_capture_reply_matching import OWN, TWO_AT_ONE

from followup.capture import inbox
from followup.capture.reply_rounds import is_next_round


@pytest.mark.parametrize("text", [
    "Your candidacy for Warehouse Supervisor has changed to the status: Final Interview - In "
    "Review.",
    "Application stage for Nurse Educator (JR-5512): Panel Interview Completed",
    "Current status: Second Round - Pending",
    "The stage of your application was set to: Assessment Centre - On Hold",
])
def test_a_status_that_is_a_wait_or_a_step_done_is_not_a_next_round(text: str) -> None:
    assert not is_next_round(text)


@pytest.mark.parametrize("text", [
    "Status: Invited to Interview",
    "Your application status has been updated to: Shortlisted - Technical Assessment",
])
def test_a_status_that_invites_is_still_a_next_round(text: str) -> None:
    assert is_next_round(text)


@pytest.mark.parametrize("text", [
    "Tuesday 9 March, 2:00 PM - 3:00 PM GMT\nSecond Round: Case Presentation with the Head "
    "of Operations",
    "Panel Interview: Sarah Lowe (Engineering Manager), Tom Rees (Staff Engineer)",
])
def test_a_round_as_the_label_of_an_agenda_line_is_not_a_next_round(text: str) -> None:
    assert not is_next_round(text)


def test_a_round_as_a_label_with_an_ask_is_still_a_next_round() -> None:
    assert is_next_round("Next round: could you pick a slot with our CTO using the link below?")


def read(body: str) -> dict[str, object]:
    raw = ("From: Sue Bell <sue.bell@harrowcouncil.gov.uk>\nTo: Sam <sam@gmail.com>\n"
           "Subject: Re: Payroll Officer\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
           "Message-ID: <r4@harrowcouncil.gov.uk>\nIn-Reply-To: <pay1@gmail.com>\n"
           f"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\n{body}\n\nSue\n").encode()
    return inbox.evaluate(raw, TWO_AT_ONE, OWN)


def test_a_dash_turns_a_sentence_to_the_other_role() -> None:
    # in the Payroll Officer thread, the "no" after the dash is for the role named after it
    got = read("Before I answer your Payroll Officer query - Amy has given her view on the "
               "Finance Systems Analyst interview, and I'm afraid she won't be taking you "
               "forward on that one.")
    assert (got["app"], got["outcome"]) == (2, "rejected"), got
