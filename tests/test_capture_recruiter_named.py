"""A recruiter named only in an invitation's words is its coordinator (issue 23, a gap a new
user met in session 13), when the people reader found none: "reply to your recruiter Jenna
Park with any questions", "your recruiting contact is …", "questions? contact Jenna Park,
Talent Partner". Never a name that is no person's, an interviewer, or the candidate; never
instead of a coordinator the file itself gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.test_capture_beside import _file

from followup.capture.invitations import read
from followup.capture.propose import Known, propose
from followup.capture.recruiter_named import named_recruiter
from followup.core.model import Person

Cli = Callable[..., Any]
NOW = "2026-11-26T09:00"
OWN = frozenset({"jordan.ellis@gmail.com"})
INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruiter-named@google.com
DTSTAMP:20261125T170000Z
DTSTART;TZID=America/New_York:20261202T140000
DTEND;TZID=America/New_York:20261202T150000
SUMMARY:Brightline Analytics - Data Analyst interview
DESCRIPTION:You'll meet Marcus Liu\\, our Analytics Manager.\\n\\n{said}
ORGANIZER;CN=Marcus Liu:mailto:marcus.liu@brightline.example
ATTENDEE;CN=Marcus Liu:mailto:marcus.liu@brightline.example
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
{extra}END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize(("text", "name", "email"), [
    ("Please reply to your recruiter Jenna Park with any questions.", "Jenna Park", None),
    ("Your recruiting contact is Jenna Park (jenna.park@brightline.example).", "Jenna Park",
     "jenna.park@brightline.example"),
    ("Questions? Contact Jenna Park, Talent Partner, at jpark@brightline.example",
     "Jenna Park", "jpark@brightline.example"),
    ("Your recruiter for this position is Shamsa Al Rawahi.", "Shamsa Al Rawahi", None),
    ("Sent on behalf of Renata Kowalski (Recruiting Coordinator). Please direct any "
     "questions to renata.kowalski@lakeshore.example.", "Renata Kowalski",
     "renata.kowalski@lakeshore.example"),
])
def test_the_phrases_that_name_a_recruiter(text: str, name: str, email: str | None) -> None:
    found = named_recruiter(text, [Person("Marcus Liu", "marcus.liu@brightline.example")])
    assert found is not None and (found[0].name, found[0].email) == (name, email)


@pytest.mark.parametrize("text", [
    "Questions? Contact Lauren Fitzgerald.",  # a contact, said to be no recruiter
    "Questions? Contact the Early Careers team at early@brightline.example",
    "Your recruiting contact is Recruiting Team Brightline.",  # no person's name
    "Your recruiter: Casa Azulejo.",  # person_shape: no person's
    "Please reply to your recruiter Marcus Liu with any questions.",  # an interviewer
    "Sent on behalf of Kumo Robotics K.K.",
])
def test_no_recruiter_where_none_can_be_taken(text: str) -> None:
    assert named_recruiter(text, [Person("Marcus Liu", "marcus.liu@brightline.example")]) \
        is None


def _proposal(said: str, extra: str = "") -> Any:
    text = INVITE.format(said=said, extra=extra).replace("\n", "\r\n").encode()
    return propose(read(text, "America/New_York")[0], OWN, Known((), {}))


def test_the_proposal_makes_them_the_coordinator_and_says_why() -> None:
    prop = _proposal("Please reply to your recruiter Jenna Park with any questions.")
    assert prop.coordinator is not None and prop.coordinator.name == "Jenna Park"
    assert [p.name for p in prop.interviewers] == ["Marcus Liu"]
    assert "named as your recruiter in the invitation's text" in prop.people_how


def test_a_coordinator_the_file_gives_is_kept() -> None:
    prop = _proposal("Please reply to your recruiter Jenna Park with any questions.",
                     "ATTENDEE;CN=Sam Ortiz (Recruiting Coordinator):"
                     "mailto:sam.ortiz@brightline.example\n")
    assert prop.coordinator is not None and prop.coordinator.name != "Jenna Park"


def test_as_a_new_user_the_recruiter_is_the_coordinator_and_thanked_by_nobody(
        cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "r.ics", INVITE.format(
        said="Please reply to your recruiter Jenna Park with any questions "
             "(jenna.park@brightline.example).", extra=""))
    res = cli("add", "--from", path, "--yes", "--json", now=NOW)
    assert res.code == 0, res.stderr
    iv = res.json()["interviews"][0]
    assert iv["coordinator"]["name"] == "Jenna Park"
    assert [p["name"] for p in iv["interviewers"]] == ["Marcus Liu"]
    for now in (NOW, "2026-12-10T09:00"):  # and a week after the follow-up, idle
        doc = cli("show", "1", "--json", now=now).json()
        assert all(s["to"] != ["Jenna Park"] for s in doc["steps"]
                   if s["kind"] == "thank_you"), doc["steps"]
