"""One message about two roles at one employer (issue 23): a sentence that names no role but
points back at one ("for that one", "on that front") is about the role named last before it,
not about every role of the message (session 11, after blind_dev15)."""

from __future__ import annotations

import pytest
from tests.test_capture_reply_matching import OWN, TWO_AT_ONE

from followup.capture import inbox
from followup.capture.matching import Facts, about_role, named_last


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
