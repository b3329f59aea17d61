"""No letter "at the company" when the company is unknown (issue 23, a gap a new user met in
session 13; C4): with the company stored as unknown by `add --from ... --yes` and no address for
the person, the plan suggested a letter at a company nobody named. It names no channel then and
says what is missing and what to add to unlock a way; each addition brings its way back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.test_capture_beside import _file

from followup.core.calendar import BusinessCalendar
from followup.core.model import Channel, Interview, Person, Phase, StepKind
from followup.core.planner import plan
from followup.core.playbooks import get_playbook

Cli = Callable[..., Any]
ADDED = "2026-11-26T09:00"  # the interview: Tue 01 Dec 10:00 Chicago
NOBODY_NAMED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gap-unknown-company@google.com
DTSTAMP:20261125T170000Z
DTSTART;TZID=America/Chicago:20261201T100000
DTEND;TZID=America/Chicago:20261201T104500
SUMMARY:Data Analyst interview
DESCRIPTION:Schedule:\\n10:00 AM - 10:45 AM Dr. Amara Okafor\\, Director of Data Science
ORGANIZER;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
END:VEVENT
END:VCALENDAR
"""


def _phase(person: Person, missing: str | None) -> Phase:
    at = datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("America/Chicago"))
    iv = Interview(at=at, tz="America/Chicago", interviewers=(person,), id=1)
    return Phase("i1", at.date(), "America/Chicago", iv.timeline, iv, company_missing=missing)


def test_the_core_names_no_channel_and_says_what_to_add() -> None:
    person = Person("Amara Okafor", id=7)
    made = plan(_phase(person, "followup edit 3 --company COMPANY"), get_playbook("default"),
                BusinessCalendar("US"))
    mail = [s for s in made.steps if s.kind in (StepKind.THANK_YOU, StepKind.FOLLOW_UP,
                                                  StepKind.CALL)]  # no number to call either
    assert mail and all(s.channel is Channel.NONE for s in mail), mail
    for s in mail:
        assert "at the company" not in s.why
        assert "followup interviewer 7 --email ADDRESS" in s.why
        assert "followup edit 3 --company COMPANY" in s.why


def test_a_known_company_or_a_postal_address_is_somewhere_for_a_letter() -> None:
    known = plan(_phase(Person("Amara Okafor", id=7), None), get_playbook("default"),
                 BusinessCalendar("US"))
    assert {s.channel for s in known.steps if s.kind is StepKind.THANK_YOU} == {Channel.LETTER}
    posted = plan(_phase(Person("Amara Okafor", id=7, address="1 Main St\nSpringfield"),
                         "followup edit 3 --company COMPANY"), get_playbook("default"),
                  BusinessCalendar("US"))
    [ty] = [s for s in posted.steps if s.kind is StepKind.THANK_YOU]
    assert ty.channel is Channel.LETTER and "postal address you recorded" in ty.why


def test_as_a_new_user_the_plan_says_what_is_missing_then_follows_what_is_added(
        cli: Cli, tmp_path: Path) -> None:
    res = cli("add", "--from", _file(tmp_path, "a.ics", NOBODY_NAMED), "--yes", now=ADDED)
    assert res.code == 0, res.stderr
    said = " ".join(res.stdout.split())
    assert "thank-you letter" not in said and "at the company" not in said, said
    assert "No way reaches Dr. Amara Okafor yet" in said
    assert "followup edit 1 --company COMPANY" in said
    for now in ("2026-12-08T09:00", "2026-12-15T09:00"):  # the day of a touch, a week on idle
        today = cli("today", "--json", now=now)
        assert today.code == 0, today.stderr
        doc = cli("show", "1", "--json", now=now).json()
        assert {s["channel"] for s in doc["steps"] if s["status"] == "pending"} <= {"none"}, \
            doc["steps"]
    res = cli("edit", "1", "--company", "Coralline Health", now="2026-12-08T09:00")
    assert res.code == 0, res.stderr
    doc = cli("show", "1", "--json", now="2026-12-08T09:00").json()
    assert "letter" in {s["channel"] for s in doc["steps"] if s["status"] == "pending"}
    person = doc["interviews"][0]["interviewers"][0]["id"]
    res = cli("interviewer", str(person), "--email", "amara@coralline.example",
              now="2026-12-08T09:00")
    assert res.code == 0, res.stderr
    doc = cli("show", "1", "--json", now="2026-12-08T09:00").json()
    assert {s["channel"] for s in doc["steps"] if s["kind"] == "follow_up"
            and s["status"] == "pending"} == {"email"}
