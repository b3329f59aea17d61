"""One message about two roles at one employer (issue 23): a sentence that names no role but
points back at one ("for that one", "on that front") is about the role named last before it,
not about every role of the message (session 11, after blind_dev15)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tests.test_capture_reply_matching import OWN, TWO_AT_ONE, _p

from followup.capture import inbox
from followup.capture.matching import Facts, about_role, named_last
from followup.capture.replies import read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=UTC)


def read(body: str) -> dict[str, object]:
    raw = ("From: Sue Bell <sue.bell@harrowcouncil.gov.uk>\nTo: Sam <sam@gmail.com>\n"
           "Subject: Re: Payroll Officer\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
           "Message-ID: <r3@harrowcouncil.gov.uk>\nIn-Reply-To: <pay1@gmail.com>\n"
           f"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\n{body}\n\nSue\n").encode()
    return inbox.evaluate(raw, TWO_AT_ONE, OWN)


@pytest.mark.parametrize(("body", "app", "outcome"), [
    # in the Payroll Officer thread, the "no" is for the role named last: the other one
    ("Apart from the Payroll Officer process (still going - more next week), Amy has come "
     "back to me about the Finance Systems Analyst post. I'm afraid she won't be taking you "
     "forward for that one: she wants deeper SAP experience.\n\nSorry it's not better news on "
     "that front.", 2, "rejected"),
    # and the role of the thread when it is the one named last
    ("The Finance Systems Analyst panel is still seeing people. On the Payroll Officer post, "
     "Dev has made up his mind. Sadly he's gone with another candidate for that one.", 1,
     "rejected"),
])
def test_that_one_points_back_at_the_role_named_last(body: str, app: int,
                                                      outcome: str) -> None:
    got = read(body)
    assert (got["app"], got["outcome"]) == (app, outcome), got
    assert got["more"] == [], "nothing is decided about the other role"


def test_the_role_named_last_in_a_sentence_naming_two() -> None:
    data = Facts(1, "Tern Software", "Data Analyst", ())
    senior = Facts(2, "Tern Software", "Senior Data Analyst", ())
    group = [data, senior]
    assert named_last(group, "Your Data Analyst file and the Senior Data Analyst one") == [
        senior]
    assert named_last(group, "the Senior Data Analyst role, then the Data Analyst one") == [
        data]
    assert named_last(group, "no role at all") == []


def test_a_sentence_pointing_back_before_any_role_is_named_is_about_every_role() -> None:
    data = Facts(1, "Tern Software", "Data Analyst", ())
    senior = Facts(2, "Tern Software", "Senior Data Analyst", ())
    said = ["Sorry that one took so long.", "The Data Analyst post is filled.",
            "We won't take you forward for that one.", "Your Senior Data Analyst file is open."]
    assert about_role(said, data, [senior]) == said[:3]
    assert about_role(said, senior, [data]) == [said[0], said[3]]


# one message, two roles: the other role's decision day, said in a sentence naming it, is a
# proposal of its own, read by the reply reader's one date rule (not a second date reader)
@pytest.mark.parametrize(("body", "main", "other"), [
    ("The Payroll Officer post has been filled internally, I'm afraid. For the Finance "
     "Systems Analyst role, the panel will decide by Friday 11 December.",
     (1, "rejected", None), (2, "decision", "2026-12-11")),
    ("On the Finance Systems Analyst post, Amy will decide by Thursday 10 December. As for "
     "the Payroll Officer job, Dev would like to invite you to a second interview.",
     (1, "next_round", None), (2, "decision", "2026-12-10")),
    ("Sorry - we've offered the Finance Systems Analyst role to an internal candidate. On "
     "Payroll Officer, we expect to make a decision by 9 December.",
     (2, "rejected", None), (1, "decision", "2026-12-09")),
])
def test_the_other_roles_decision_day_is_a_proposal_too(
        body: str, main: tuple[int, str, str | None], other: tuple[int, str, str]) -> None:
    got = read(body)
    assert (got["app"], got["kind"], got["day"]) == main, got
    assert [(m["app"], m["kind"], m["day"]) for m in got["more"]] == [other], got


@pytest.mark.parametrize("body", [
    # the day is in no sentence naming the other role: it decides nothing about it
    "The Payroll Officer post has been filled internally, I'm afraid. Your Finance Systems "
    "Analyst application is still open. We'll decide by Friday 11 December.",
    # a vague time is no day for a second application, and an interview day is no decision day
    "The Payroll Officer post has been filled internally, I'm afraid. The Finance Systems "
    "Analyst panel will decide early in the new year.",
    "The Payroll Officer post has been filled internally, I'm afraid. Your Finance Systems "
    "Analyst process is still active and we'll be in touch next week.",
    "The Payroll Officer post has been filled internally, I'm afraid. Your Finance Systems "
    "Analyst interview is confirmed for Thursday 10 December at 2pm.",
])
def test_no_decision_day_for_the_other_role_unless_said_of_it(body: str) -> None:
    got = read(body)
    assert (got["app"], got["outcome"]) == (1, "rejected"), got
    assert got["more"] == [], got


@pytest.mark.parametrize("said", [
    "For the Finance Systems Analyst role, the panel will decide by Friday 11 December.",
    "The Finance Systems Analyst panel will decide early in the new year.",
    "Amy hopes to decide on the Finance Systems Analyst post by 4/12, but it's now looking "
    "like the 11th.",
])
def test_the_other_roles_day_is_the_one_date_rule_of_its_sentence(said: str) -> None:
    """The other role's day is what the reply reader makes of its sentence alone: one date
    rule (capture.reply_dates), not a second reader; a stretch of time is not proposed."""
    alone = read_reply(said, SENT, "UTC", dmy=True)
    got = read("The Payroll Officer post has been filled internally, I'm afraid. " + said)
    days = [m["day"] for m in got["more"]]
    named = alone.outcome == "decision" and alone.day and "new year" not in said
    assert days == ([alone.day.isoformat()] if named and alone.day else []), (got, alone)


COUNCIL = [{"id": 1, "company": "Wyvern District Council", "role": "Planning Officer",
            "interviewers": [_p("Hana Ito", "hana.ito@wyvern.gov.uk")],
            "coordinator": _p("HR Team", "recruitment@wyvern.gov.uk")}]


def _council(sender: str, subject: str, body: str, refs: str = "") -> dict[str, object]:
    raw = (f"From: {sender}\nTo: Sam <sam@gmail.com>\nSubject: {subject}\n"
           f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <c1@wyvern.gov.uk>\n{refs}"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return inbox.evaluate(raw, COUNCIL, OWN)


@pytest.mark.parametrize(("sender", "subject", "body"), [
    ("Wyvern District Council <local.taxation@wyvern.gov.uk>", "Your account",
     "Dear Sam Candidate, your instalment of GBP 98.00 will be collected by Direct Debit on "
     "1/2/2027. No action is needed."),
    ("Wyvern Leisure <leisure-centre@wyvern.gov.uk>", "Pool closure",
     "The pool is closed from 21 December to 2 January for repairs."),
])
def test_an_employers_mail_to_its_customers_is_no_reply(sender: str, subject: str,
                                                         body: str) -> None:
    assert _council(sender, subject, body)["app"] is None


@pytest.mark.parametrize(("sender", "subject", "body", "refs"), [
    # someone unknown there who writes of the job, or answers the candidate's mail
    ("Priya Shah <priya.shah@wyvern.gov.uk>", "Planning Officer",
     "Dear Sam, I'm sorry to say the panel has appointed another candidate.", ""),
    ("Priya Shah <priya.shah@wyvern.gov.uk>", "Re: hello",
     "Dear Sam, Hana asked me to let you know she has chosen another applicant.", ""),
    ("Priya Shah <priya.shah@wyvern.gov.uk>", "Re: your note", "Sorry, no.",
     "In-Reply-To: <x@gmail.com>\n"),
    # someone known, whatever they write
    ("Hana Ito <hana.ito@wyvern.gov.uk>", "Sat", "Sorry, no.", ""),
])
def test_mail_from_the_employer_about_hiring_or_from_someone_known_is_kept(
        sender: str, subject: str, body: str, refs: str) -> None:
    assert _council(sender, subject, body, refs)["app"] == 1
