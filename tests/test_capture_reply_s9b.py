"""Reply outcomes and days made general in session 9's second round (issue 23), after the
misses of blind_dev9 (the fifth held-out set, retired). Each rule is tried first on wordings
of our own that no labelled corpus has (a Norwegian fish farm, a Leeds housing trust, a
Toronto studio, a Cape Town bank): an offer made in the progressive, the job named as the
candidate's, "after" what is done, a reference check begun, a meeting asked for with someone
who leads a team, a calendar invitation on its way, a headcount frozen, a day given up "as
originally planned"."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from tests.test_capture_inbox import TZ, Cli, acme, ok, reply
from tests.test_capture_reply_s9 import SENT, outcome

from followup.capture import inbox
from followup.capture.replies import read_reply
from test_send_servers import Dovecot, dovecot, no_mail_settings

OWN = frozenset({"sam@gmail.com"})
__all__ = ["acme", "dovecot", "no_mail_settings"]  # fixtures, used by name


@pytest.mark.parametrize("text", [
    # an offer made as it is written: "extending", not "extend"
    "Good news from Bergen: we are extending you a formal offer for the Aquaculture Data "
    "Analyst post, contract to follow.",
    "The panel met and we're extending you an offer, congratulations!",
    # the job named as the candidate's, after the employer's own name
    "As promised on the phone, we would be delighted to have you join Cape Point Bank as "
    "our new Treasury Analyst.",
    "We'd love for you to join the Harbourfront Studio crew as the lead animator.",
    # "after" about what is done, no condition
    "After careful consideration, the trust would like to offer you the Housing Officer post.",
    "After speaking with the fleet director, I am delighted to offer you the job.",
    "After the panel yesterday, we're extending you an offer, congratulations!",
])
def test_an_offer_in_words_the_corpora_lack(text: str) -> None:
    assert outcome(text) == "offer"


@pytest.mark.parametrize("text", [
    "We are extending an offer to the other finalist this week.",
    "We're extending offers to two candidates for the spring intake.",
    "We would love to have you join the panel as a guest judge at our hackathon.",
    "If all goes to plan we'd love to have you join Cape Point Bank as our analyst.",
    "After your references clear we would like to offer you the role.",
    "After careful consideration, we have decided to offer the role to another candidate.",
])
def test_an_offer_to_others_as_a_guest_or_on_a_condition_is_none(text: str) -> None:
    assert outcome(text) != "offer"


@pytest.mark.parametrize("text", [
    # references taken up for the candidate, asked or not
    "The hiring manager has asked me to begin reference checks for the Housing Officer post.",
    "We're now running reference checks, so expect a call to your two referees.",
    # a meeting with a person of theirs named by what they lead
    "Could you spare 20 minutes for a call with Mette, who leads our marine biology team, "
    "later this week?",
    "Would you be up for coffee with Jonas, who runs the Oslo office, on Friday?",
])
def test_a_next_round_in_words_the_corpora_lack(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize("text", [
    "We usually start reference checks once a decision is made.",
    "If you are selected we will begin reference checks.",
    "I had a coffee with Mette, who leads our marine biology team, about your profile.",
    "Please call Tore, who manages our travel bookings, to sort out your flights.",
    # the calendar invitation of a meeting already arranged
    "Just confirming your panel with the trustees on Wednesday 9/12 at 10am. Invite's on its "
    "way.",
])
def test_a_step_on_a_condition_past_or_already_arranged_is_no_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


def test_a_headcount_frozen_is_the_role_on_hold() -> None:
    assert outcome("The headcount for the Graduate Analyst role has been frozen by the "
                   "board, so I'm afraid we are stopping here.") == "rejected"
    assert outcome("Our headcount for next year has been approved, so the role stays "
                   "open.") != "rejected"


def test_a_frozen_headcount_for_one_role_is_not_read_for_the_other() -> None:
    apps = [{"id": 1, "company": "Leeds Housing Trust", "role": "Housing Officer",
             "interviewers": [], "coordinator": {"name": "Ama Boateng",
                                                 "email": "ama.boateng@lht.org.uk"},
             "sent": [{"message_id": "<s1@gmail.com>", "subject": "Housing Officer",
                       "to": "Ama Boateng <ama.boateng@lht.org.uk>"}]},
            {"id": 2, "company": "Leeds Housing Trust", "role": "Data Officer",
             "interviewers": [], "coordinator": {"name": "Ama Boateng",
                                                 "email": "ama.boateng@lht.org.uk"},
             "sent": []}]
    raw = (b"From: Ama Boateng <ama.boateng@lht.org.uk>\nTo: Sam <sam@gmail.com>\n"
           b"Subject: Re: Housing Officer\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
           b"Message-ID: <r1@lht.org.uk>\nIn-Reply-To: <s1@gmail.com>\n"
           b"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\nA quick word on the Data "
           b"Officer post: the headcount behind it has been frozen until April, so we are "
           b"closing that vacancy for now. Your Housing Officer application isn't affected.\n"
           b"\nAma\n")
    got = inbox.evaluate(raw, apps, OWN)
    assert (got["app"], got["outcome"]) == (2, "rejected"), got


@pytest.mark.parametrize(("text", "day"), [
    ("We can't confirm the shortlist by 4/12 as originally planned; we now hope to write to "
     "everyone by 11/12.", date(2026, 12, 11)),
    ("Sorry, the decision won't come on Friday as initially promised. Expect our answer by "
     "Wednesday 9 December.", date(2026, 12, 9)),
])
def test_a_day_as_originally_planned_gives_way_to_the_new_one(text: str, day: date) -> None:
    got = read_reply(text, SENT, "Europe/London", dmy=True)
    assert (got.outcome, got.day) == ("decision", day), got


def test_an_offer_after_careful_consideration_through_the_inbox(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    """As a user: the offer is proposed, confirmed in one step, and a week on nothing more
    is asked of the inbox."""
    dovecot.deliver(reply("Jane Doe <jane@acme.example>", "Thu, 03 Dec 2026 09:00:00 -0500",
                          "After careful consideration, we're extending you an offer for the "
                          "Data Analyst role!", "<o1@acme.example>"),
                    datetime(2026, 12, 3, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-03T12:00"))
    assert [p["kind"] for p in res["proposals"]] == ["offer"], res
    number = res["waiting"][0]["id"]
    done = ok(cli("inbox", "--confirm", str(number), "--json", now="2026-12-03T12:00"))
    assert done["status"] == "offer", done
    later = ok(cli("inbox", "--json", now="2026-12-10T12:00"))
    assert later["proposals"] == [] and ok(cli("inbox", "--pending", "--json",
                                               now="2026-12-10T12:00")) == []
