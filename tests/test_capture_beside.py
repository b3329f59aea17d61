"""`add --from FILE` as a new user meets it (issue 23, point 2: ask less, never refuse what
can be stored): the screen before storing shows what will be stored, with the options given
beside the file applied and marked; an all-day event is flagged in `show` and `list` until
`edit ID --interviewed` gives its time; someone read wrongly and removed is no contact and
no A2 suggestion; `show` names each person's id. The files are the minimal ones a new user
walked through (2027-01)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
NOW = "2027-01-10T10:00"
WEEK_ON = "2027-01-27T10:00"

ASHBY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:min-ashby@ashbyhq.com
DTSTAMP:20270106T170000Z
DTSTART;TZID=America/New_York:20270115T120000
DTEND;TZID=America/New_York:20270115T130000
SUMMARY:Jordan Ellis <> Copperleaf | Onsite (Solutions Architect)
ORGANIZER;CN=Copperleaf via Ashby:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
ATTENDEE;CN=Ruth Adeyemi:mailto:ruth.adeyemi@copperleaf.ai
ATTENDEE;CN=Felix Wong:mailto:felix.wong@copperleaf.ai
DESCRIPTION:Schedule\\n12:00 PM - 12:30 PM EST · Ruth Adeyemi · Solutions Lead\\n12:30 PM -
  1:00 PM EST · Felix Wong · Recruiting Coordinator
END:VEVENT
END:VCALENDAR
"""

ALL_DAY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:min-allday@google.com
DTSTAMP:20270107T120000Z
DTSTART;VALUE=DATE:20270114
DTEND;VALUE=DATE:20270115
SUMMARY:Saltmarsh Bio - Lab Manager onsite interview day
ORGANIZER;CN=Ivy Tran:mailto:ivy.tran@saltmarsh-bio.com
ATTENDEE;CN=Ivy Tran:mailto:ivy.tran@saltmarsh-bio.com
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
END:VEVENT
END:VCALENDAR
"""

# (a room the reader cannot tell from a person: its address is not its one word, which would
# make it a shared mailbox, capture/name_likeness)
ROOM = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:min-room@google.com
DTSTAMP:20270107T120000Z
DTSTART;TZID=America/New_York:20270112T140000
DTEND;TZID=America/New_York:20270112T150000
SUMMARY:Quarrystone - Data Engineer interview
ORGANIZER;CN=Omar Haddad:mailto:omar.haddad@quarrystone.com
ATTENDEE;CN=Omar Haddad:mailto:omar.haddad@quarrystone.com
ATTENDEE;CN=Everest:mailto:conf-everest@quarrystone.com
ATTENDEE;CN=Jordan Ellis:mailto:jordan.ellis@gmail.com
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture(autouse=True)
def _eighty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return str(path)


def _people(doc: dict[str, Any]) -> tuple[list[str], str | None]:
    iv = doc["interviews"][-1]
    coord = iv["coordinator"]["name"] if iv["coordinator"] else None
    return [p["name"] for p in iv["interviewers"]], coord


# -- point 1: what the screen shows is what is stored -----------------------------------------


BESIDE = ("--with", "Nora Quinn <nora.quinn@copperleaf.ai>", "--coordinator",
          "Felix Wong", "--decision-by", "2027-01-29", "--noted",
          "Ruth: asked about the migration plan", "--role", "Staff Solutions Architect",
          "Copperleaf")


def test_the_screen_shows_the_options_given_beside_the_file(cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "ashby.ics", ASHBY)
    shown = cli("add", "--from", path, *BESIDE, now=NOW)
    assert shown.code == 1, "asked, not stored (no terminal to answer)"
    screen = " ".join(shown.stdout.split())
    assert "Company: Copperleaf (given by you)" in screen
    assert "Role: Staff Solutions Architect (given by you)" in screen
    assert "Nora Quinn <nora.quinn@copperleaf.ai> (given by you)" in screen
    assert "Ruth Adeyemi <ruth.adeyemi@copperleaf.ai> (guessed)" in screen
    assert "Coordinator: Felix Wong <felix.wong@copperleaf.ai> (given by you)" in screen
    assert "Felix Wong" not in screen.split("Interviewers:")[1].split("Coordinator:")[0], \
        "the coordinator given is no interviewer"
    assert "Decision by: 2027-01-29 (given by you)" in screen
    assert "Noted: Ruth: asked about the migration plan (given by you)" in screen
    assert "Coordinator: none" not in screen
    assert max(map(len, shown.stdout.splitlines())) <= 80
    assert cli("list", "--json", now=NOW).json() == [], "nothing stored"
    doc = cli("add", "--from", path, *BESIDE, "--yes", "--json", now=NOW).json()
    assert _people(doc) == (["Ruth Adeyemi", "Nora Quinn"], "Felix Wong"), \
        "what was shown is what is stored"
    assert (doc["company"], doc["role"]) == ("Copperleaf", "Staff Solutions Architect")
    assert doc["decision_by"] == "2027-01-29"
    shown_text = cli("show", str(doc["id"]), now=NOW).stdout
    assert "Ruth Adeyemi: asked about the migration plan" in " ".join(shown_text.split())


def test_with_naming_someone_of_the_file_corrects_them_rather_than_adding_a_second(
        cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "ashby.ics", ASHBY)
    doc = cli("add", "--from", path, "--with", "Ruth Adeyemi <ruth@copperleaf.ai>", "--yes",
              "--json", "--noted", "Felix: the on-call rota", now=NOW).json()
    names, _ = _people(doc)
    assert names.count("Ruth Adeyemi") == 1
    ruth = next(p for p in doc["interviews"][0]["interviewers"] if p["name"] == "Ruth Adeyemi")
    assert ruth["email"] == "ruth@copperleaf.ai", "the address given wins"
    assert "Felix Wong" in names, "--with adds to the file's people"


def test_with_naming_the_files_coordinator_makes_them_an_interviewer(cli: Cli, tmp_path: Path
                                                                    ) -> None:
    from followup.capture.apply import Decision, Given
    from followup.capture.invitations import read
    from followup.capture.propose import Known, propose
    from followup.cli.capture import with_given
    from followup.core.model import Person

    inv = read(ASHBY.encode(), "UTC")[0]
    prop = propose(inv, frozenset({"jordan.ellis@gmail.com"}), Known((), {}))
    prop = prop._replace(coordinator=Person("Felix Wong", "felix.wong@copperleaf.ai"),
                         interviewers=(Person("Ruth Adeyemi", "ruth.adeyemi@copperleaf.ai"),))
    d = Decision("new", prop, None, None, "a new application")
    d2, given = with_given(d, Given(interviewers=(Person("Felix Wong"),)))
    assert [p.name for p in d2.proposal.interviewers] == ["Ruth Adeyemi", "Felix Wong"]
    assert d2.proposal.interviewers[1].email == "felix.wong@copperleaf.ai", "the file's address"
    assert d2.proposal.coordinator is None and given.coordinator is None
    del cli, tmp_path


# -- point 2: an all-day event ----------------------------------------------------------------


def test_an_all_day_event_is_flagged_in_show_and_list_until_edit_gives_the_time(
        cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "allday.ics", ALL_DAY)
    doc = cli("add", "--from", path, "--yes", "--json", now=NOW).json()
    app = str(doc["id"])
    shown = cli("show", app, now=NOW).stdout
    flat = " ".join(shown.split())
    assert "Thu 14 Jan 2027, time unknown" in flat
    assert f'followup edit {app} --interviewed "2027-01-14 HH:MM"' in flat
    listed = " ".join(cli("list", now=NOW).stdout.split())
    assert "time unknown" in listed and f"followup edit {app} --interviewed" in listed
    assert max(map(len, shown.splitlines())) <= 80
    fixed = cli("edit", app, "--interviewed", "14:30", "--json", now=NOW)
    assert fixed.code == 0, fixed.stderr
    iv = fixed.json()["interviews"][-1]
    assert iv["at"].startswith("2027-01-14T14:30")
    assert "time unknown" not in (fixed.json()["notes"] or "")
    assert "time unknown" not in cli("show", app, now=NOW).stdout
    assert "time unknown" not in cli("list", now=NOW).stdout
    assert cli("undo", now=NOW).code == 0
    back = cli("show", app, "--json", now=NOW).json()
    assert back["interviews"][-1]["at"].startswith("2027-01-14T09:00")
    assert "time unknown" in back["notes"]
    again = cli("edit", app, "--interviewed", "2027-01-14 13:00", "--decision-by",
                "2027-01-29", "--json", now=NOW).json()
    assert again["interviews"][-1]["at"].startswith("2027-01-14T13:00")
    assert again["decision_by"] == "2027-01-29"
    late = cli("show", app, now=WEEK_ON)
    assert late.code == 0 and "time unknown" not in late.stdout


def test_edit_interviewed_refuses_a_bad_time_and_changes_nothing(cli: Cli, tmp_path: Path
                                                                ) -> None:
    path = _file(tmp_path, "allday.ics", ALL_DAY)
    doc = cli("add", "--from", path, "--yes", "--json", now=NOW).json()
    bad = cli("edit", str(doc["id"]), "--interviewed", "25:99", now=NOW)
    assert bad.code == 2 and "--interviewed" in bad.stderr and "Traceback" not in bad.stderr
    assert "time unknown" in cli("show", str(doc["id"]), "--json", now=NOW).json()["notes"]


# -- point 3: someone read wrongly, removed ---------------------------------------------------


def test_a_room_removed_is_no_contact_and_no_network_step_and_undo_brings_it_back(
        cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "room.ics", ROOM)
    doc = cli("add", "--from", path, "--yes", "--json", now=NOW).json()
    app = str(doc["id"])
    everest = next(p["id"] for p in doc["interviews"][0]["interviewers"]
                   if p["name"] == "Everest")
    shown = " ".join(cli("show", app, now=NOW).stdout.split())
    assert f"Everest #{everest} <conf-everest@quarrystone.com>" in shown, "the id interviewer needs"
    assert cli("interviewer", str(everest), "--remove", now=NOW).code == 0
    assert "Everest" not in cli("contacts", "list", now=NOW).stdout
    for moment in (NOW, WEEK_ON):  # as found: "network email → Everest" (A2), the room
        assert "Everest" not in cli("show", app, now=moment).stdout
        assert "Everest" not in cli("today", now=moment).stdout
    assert cli("undo", now=NOW).code == 0
    assert "Everest" in cli("contacts", "list", now=NOW).stdout
    names, _ = _people(cli("show", app, "--json", now=NOW).json())
    assert "Everest" in names


def test_removing_someone_still_in_another_interview_keeps_the_contact(
        cli: Cli, tmp_path: Path) -> None:
    path = _file(tmp_path, "room.ics", ROOM)
    first = cli("add", "--from", path, "--yes", "--json", now=NOW).json()
    everest = next(p["id"] for p in first["interviews"][0]["interviewers"]
                   if p["name"] == "Everest")
    second = cli("add", "Quarrystone", "--role", "Analytics Engineer", "--interviewed",
                 "2027-01-08 10:00", "--with", f"#{everest}", "--json", now=NOW).json()
    res = cli("interviewer", str(everest), "--remove", "--app", str(first["id"]), now=NOW)
    assert res.code == 0, res.stderr
    assert "Everest" in cli("contacts", "list", now=NOW).stdout
    assert "Everest" in _people(cli("show", str(second["id"]), "--json", now=NOW).json())[0]
