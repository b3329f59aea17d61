"""What capture says and asks as a new user meets it (issue 23, point 2; a walk-through of
session 9): at a terminal the role or company an invitation does not say is asked before
storing, like an all-day event's time; without a terminal the lines to answer name no
made-up number; an update or a cancellation says what it did, with --yes too; making
someone the coordinator says who stops being it, and how to make them an interviewer.
Terminal runs go through a real pseudo-terminal, synchronised on what the command prints."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests import terminal
from tests.test_capture_beside import _file

Cli = Callable[..., Any]
NOW = "2027-01-10T10:00"

NO_ROLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:zoom.us
METHOD:REQUEST
BEGIN:VEVENT
UID:told-zoom@zoom.us
DTSTAMP:20270106T170000Z
DTSTART;TZID=Europe/Dublin:20270114T150000
DTEND;TZID=Europe/Dublin:20270114T154500
SUMMARY:Chat with Niamh Byrne
ORGANIZER;CN=Niamh Byrne:mailto:niamh.byrne@harbourlight.ie
ATTENDEE;CN=Niamh Byrne:mailto:niamh.byrne@harbourlight.ie
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
END:VEVENT
END:VCALENDAR
"""

PANEL = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:told-panel@fenwick.example
SEQUENCE:{seq}
DTSTAMP:20270106T170000Z
DTSTART;TZID=Europe/London:{start}
DTEND;TZID=Europe/London:{end}
SUMMARY:Fenwick Rowe - Policy Analyst interview
ORGANIZER;CN=Grace Mensah:mailto:grace.mensah@fenwick.example
ATTENDEE;CN=Grace Mensah:mailto:grace.mensah@fenwick.example
ATTENDEE;CN=Tomasz Wójcik:mailto:tomasz.wojcik@fenwick.example
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
{extra}END:VEVENT
END:VCALENDAR
"""


@pytest.fixture(autouse=True)
def _eighty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def _panel(tmp_path: Path, name: str, seq: int = 0, start: str = "20270112T140000",
           end: str = "20270112T150000", cancel: bool = False) -> str:
    extra = "STATUS:CANCELLED\n" if cancel else ""
    text = PANEL.format(seq=seq, start=start, end=end, extra=extra)
    if cancel:
        text = text.replace("METHOD:REQUEST", "METHOD:CANCEL")
    return _file(tmp_path, name, text)


def _at_a_terminal(db: Path, path: str, answers: list[tuple[str, str]]) -> str:
    return terminal.add_from(db, NOW, path, answers)


def _show(db: Path) -> str:
    return subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                           "show", "1", "--json"], capture_output=True, text=True,
                          timeout=120, check=True).stdout


def test_the_role_is_asked_before_storing_at_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    seen = _at_a_terminal(db, _file(tmp_path, "z.ics", NO_ROLE),
                          [("What is the role?", "Grants Officer"), ("Store this?", "y")])
    assert "Grants Officer (given by you)" in seen, "shown again with the answer"
    assert '"role": "Grants Officer"' in _show(db)


def test_a_blank_answer_stores_the_role_as_unknown_and_flagged(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    _at_a_terminal(db, _file(tmp_path, "z.ics", NO_ROLE),
                   [("What is the role?", ""), ("Store this?", "y")])
    assert "role unknown" in _show(db)


def test_without_a_terminal_the_lines_to_answer_name_no_made_up_number(
        cli: Cli, tmp_path: Path) -> None:
    res = cli("add", "--from", _file(tmp_path, "z.ics", NO_ROLE), now=NOW)
    assert res.code == 1
    said = " ".join(res.stdout.split())
    assert "to answer: role unknown" in said and "--role ROLE beside --from" in said
    assert "edit ID" not in said


def test_an_update_and_a_cancellation_say_what_they_did_with_yes(
        cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "--from", _panel(tmp_path, "a.ics"), "--yes", now=NOW).code == 0
    moved = cli("add", "--from", _panel(tmp_path, "b.ics", 1, "20270113T100000",
                                        "20270113T110000"), "--yes", now=NOW)
    assert moved.code == 0, moved.stderr
    said = " ".join(moved.stdout.split())
    assert ("The employer moved the interview of Tue 12 Jan 14:00 Europe/London to Wed 13 Jan "
            "10:00 Europe/London") in said
    gone = cli("add", "--from", _panel(tmp_path, "c.ics", 2, "20270113T100000",
                                       "20270113T110000", cancel=True), "--yes", now=NOW)
    said = " ".join(gone.stdout.split())
    assert "The employer cancelled the interview of Wed 13 Jan 10:00" in said
    assert "it is closed now (`followup reopen 1`" in said


def test_a_new_coordinator_says_who_stops_being_it(cli: Cli, tmp_path: Path) -> None:
    doc = cli("add", "--from", _panel(tmp_path, "a.ics"), "--yes", "--json", now=NOW).json()
    iv = doc["interviews"][0]
    people = {p["name"]: p["id"] for p in iv["interviewers"]}
    if iv["coordinator"]:
        people[iv["coordinator"]["name"]] = iv["coordinator"]["id"]
    grace, tomasz = people["Grace Mensah"], people["Tomasz Wójcik"]
    # Grace organised and attends; make her the coordinator, then Tomasz instead
    assert cli("interviewer", str(grace), "--role", "coordinator", now=NOW).code == 0
    res = cli("interviewer", str(tomasz), "--role", "coordinator", now=NOW)
    assert res.code == 0, res.stderr
    said = " ".join(res.stdout.split())
    assert ("Made Tomasz Wójcik the coordinator; Grace Mensah, the coordinator until now, is "
            f"no longer in the interview. `followup interviewer {grace} --role interviewer "
            f"--app {doc['id']}` if they interviewed you.") in said
    after = cli("show", str(doc["id"]), "--json", now=NOW).json()["interviews"][0]
    assert after["coordinator"]["name"] == "Tomasz Wójcik" and after["interviewers"] == []
    assert cli("interviewer", str(grace), "--role", "interviewer", now=NOW).code == 1, \
        "in no interview: --app says which"
    assert cli("interviewer", str(grace), "--role", "interviewer", "--app", str(doc["id"]),
               now=NOW).code == 0
    after = cli("show", str(doc["id"]), "--json", now=NOW).json()["interviews"][0]
    assert [p["name"] for p in after["interviewers"]] == ["Grace Mensah"]
    assert all(cli("undo", now=NOW).code == 0 for _ in range(2))
    back = cli("show", str(doc["id"]), "--json", now=NOW).json()["interviews"][0]
    assert back["coordinator"]["name"] == "Grace Mensah"
