"""`followup add --from FILE` (issue 15): an interview, its people and its plan from a calendar
invitation, through the real command line and a real SQLite file. The same invitation twice
changes nothing; an update moves the interview; a cancellation cancels it; a second
invitation from the same company is a further round."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
EX = Path(__file__).parent / "fixtures" / "invites" / "examples"
NOW = "2026-11-26T09:00"


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


@pytest.fixture
def me(cli: Cli) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com", now=NOW))


def test_outlook_invitation_with_a_windows_zone(cli: Cli, me: None, db_path: Path) -> None:
    doc = ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    assert doc["company"] == "Northwind" and doc["role"] == "Data Analyst"
    iv = doc["interviews"][0]
    assert iv["at"] == "2026-12-01T10:00:00-05:00", "Eastern Standard Time = America/New_York"
    assert [p["email"] for p in iv["interviewers"]] == ["jane.doe@northwind.example",
                                                        "omar@northwind.example"]
    thanks = [s for s in doc["steps"] if s["kind"] == "thank_you"]
    assert {tuple(s["to"]) for s in thanks} == {("Jane Doe",), ("Omar Haddad",)}, "T1"
    assert thanks[0]["due"] == "2026-12-01"
    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT uid, sequence, location, video FROM invitations").fetchone()
    assert row[:3] == ("040000008200E00074C5B7101A82E00800000000D0B9outlook", 0,
                       "Microsoft Teams Meeting")
    assert row[3].startswith("https://teams.microsoft.com/")
    coordinator = conn.execute("SELECT c.email FROM interviews i JOIN contacts c"
                               " ON c.id = i.coordinator_id").fetchone()
    assert coordinator == ("recruiting@northwind.example",), "C4: the organizer set it up"


def test_the_same_invitation_twice_changes_nothing(cli: Cli, me: None, db_path: Path) -> None:
    first = ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    again = ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    assert again == first
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM applications").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM interviews").fetchone() == (1,)


def test_an_update_moves_the_interview_and_its_plan(cli: Cli, me: None) -> None:
    ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    moved = ok(cli("add", "--from", str(EX / "outlook-moved.ics"), "--yes", "--json", now=NOW))
    assert [i["at"] for i in moved["interviews"]] == ["2026-12-02T14:00:00-05:00"]
    due = {s["due"] for s in moved["steps"] if s["kind"] == "thank_you"
           and s["status"] == "pending"}
    assert due == {"2026-12-02"}, "T2: the thank-yous follow the new day"


def test_a_cancellation_cancels(cli: Cli, me: None) -> None:
    ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    doc = ok(cli("add", "--from", str(EX / "outlook-cancelled.ics"), "--yes", "--json",
                 now=NOW))
    assert doc["status"] == "closed"
    assert not [s for s in doc["steps"] if s["status"] == "pending"]


def test_a_second_invitation_is_a_further_round(cli: Cli, me: None, tmp_path: Path) -> None:
    ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    doc = ok(cli("add", "--from", str(EX / "outlook-round2.ics"), "--yes", "--json", now=NOW))
    assert doc["id"] == 1 and len(doc["interviews"]) == 2
    assert doc["interviews"][1]["at"] == "2026-12-08T10:00:00-05:00"
    # cancelling the second round goes back to the first
    cancelled = (EX / "outlook-round2.ics").read_text().replace(
        "METHOD:REQUEST", "METHOD:CANCEL").replace("SEQUENCE:0", "SEQUENCE:1")
    path = tmp_path / "cancel.ics"
    path.write_text(cancelled)
    back = ok(cli("add", "--from", str(path), "--yes", "--json", now=NOW))
    assert [i["at"] for i in back["interviews"]] == ["2026-12-01T10:00:00-05:00"]
    assert back["status"] == "active"


def test_without_yes_json_prints_the_proposal_and_stores_nothing(cli: Cli, me: None,
                                                                 db_path: Path) -> None:
    doc = ok(cli("add", "--from", str(EX / "calendly.ics"), "--json", now=NOW))
    f = doc["fields"]
    assert doc["action"] == "new"
    assert f["company"] == {"value": "Globex Corp", "guessed": True,
                            "how": "from the domain globex-corp.example"}
    assert f["role"]["value"] == "Product Designer" and f["role"]["guessed"]
    assert f["tz"]["value"] == "America/New_York" and f["tz"]["guessed"], "UTC: your zone"
    assert f["at"]["value"] == "2026-12-03T15:00:00-05:00"
    assert f["interviewers"]["value"] == [{"name": "Li Wei",
                                           "email": "li.wei@globex-corp.example"}]
    assert f["video"]["value"] == "https://zoom.us/j/5551234567"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM applications").fetchone() == (0,)


def test_the_human_proposal_marks_guesses_and_asks(cli: Cli, me: None) -> None:
    res = cli("add", "--from", str(EX / "calendly.ics"), now=NOW, input="n\n")
    assert res.code == 1
    assert "Company:      Globex Corp (guessed)" in res.stdout
    assert "Interviewers: Li Wei <li.wei@globex-corp.example>" in res.stdout
    assert ok(cli("list", "--json", now=NOW)) == []


def test_the_human_proposal_fits_80_columns(cli: Cli, me: None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    res = cli("add", "--from", str(EX / "outlook.ics"), now=NOW, input="n\n")
    lines = res.stdout.splitlines()
    assert any("Interviewers:" in line for line in lines)
    assert "(a new application)" not in res.stdout  # the action is not said twice
    assert all(len(line) <= 80 or "://" in line for line in lines), res.stdout


def test_an_email_carrying_the_invitation(cli: Cli, me: None, tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Li Wei <li.wei@globex-corp.example>"
    msg["To"] = "alex@example.com"
    msg["Subject"] = "Invitation: Phone Screen"
    msg.set_content("See the invitation attached.")
    msg.add_attachment((EX / "calendly.ics").read_bytes(), maintype="text",
                       subtype="calendar", filename="invite.ics")
    eml = tmp_path / "invite.eml"
    eml.write_bytes(bytes(msg))
    doc = ok(cli("add", "ACME Design", "--role", "Designer", "--from", str(eml), "--yes",
                 "--json", now=NOW))
    assert (doc["company"], doc["role"]) == ("ACME Design", "Designer"), "given names win"


@pytest.mark.parametrize(("content", "message"), [
    (b"hello", "no calendar invitation found"),
    (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "the calendar holds no event"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "no start time"),
])
def test_bad_files_are_one_clear_line(cli: Cli, tmp_path: Path, content: bytes,
                                      message: str, db_path: Path) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    res = cli("add", "--from", str(path), "--yes", now=NOW)
    assert res.code == 2
    assert message in res.stderr and res.stderr.count("\n") == 1
    assert cli("add", "--from", str(tmp_path / "missing.ics"), "--yes", now=NOW).code == 2


def test_corpus_folders_are_split_once() -> None:
    """The dev and held-out parts do not share a file or a UID."""
    root = Path(__file__).parent / "fixtures"
    for kind in ("invites", "replies"):
        dev = json.loads((root / kind / "dev" / "labels.json").read_text())
        held = json.loads((root / kind / "heldout" / "labels.json").read_text())
        assert not set(dev) & set(held)
    assert len(dev) + len(held) >= 150


CORPUS = sorted(p for part in ("dev", "examples")
                for p in (EX.parent / part).iterdir() if p.suffix in (".ics", ".eml"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_stdlib_reader_agrees_with_icalendar(path: Path) -> None:
    """Simple invitations skip icalendar's import (speed); both readers must say the same."""
    from followup.capture.invitations import read

    data = path.read_bytes()
    assert read(data, "Europe/London") == read(data, "Europe/London", "icalendar")


def test_most_invitations_take_the_stdlib_reader() -> None:
    from followup.capture import ics_lite, invitations

    def simple(path: Path) -> bool:
        text = invitations.calendar_bytes(path.read_bytes()).decode()
        zones = ics_lite.zone_named(invitations.windows_zones(), invitations.iana_zone)
        return ics_lite.parse(invitations.known_zones_dropped(text), zones) is not None

    assert all(simple(EX / name) for name in ("outlook.ics", "calendly.ics"))
    assert sum(map(simple, CORPUS)) >= len(CORPUS) * 2 // 3


def test_a_simple_invitation_imports_neither_icalendar_nor_holidays(tmp_path: Path) -> None:
    """Speed (issue 15): the stdlib reader takes a simple invitation, and the holiday table
    kept by the first run (0600, in the cache folder) spares the second the import; the
    fuzzy matcher is not loaded for a company whose name is like none known."""
    import os
    import subprocess
    import sys

    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = ("import sys; from followup.cli import main\ntry: main(sys.argv[1:])\n"
            "except SystemExit as e: print('exit', e.code)\n"
            "print(sorted(m for m in ('icalendar', 'holidays', 'dateparser', 'mailparser_reply',"
            " 'rapidfuzz') if m in sys.modules))")
    seen = []
    for i, company in enumerate((b"northwind", b"fabrikamgroup")):
        path = tmp_path / f"i{i}.ics"
        path.write_bytes((EX / "outlook.ics").read_bytes().replace(b"D0B9outlook", b"r%d" % i)
                         .replace(b"northwind", company)
                         .replace(b"Northwind", company.capitalize()))
        out = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "f.db"),
                              "--now", NOW, "add", "--from", str(path), "--yes", "--json"],
                             env=env, capture_output=True, text=True, timeout=120)
        assert '"company"' in out.stdout, out.stderr
        seen.append(out.stdout.strip().splitlines()[-1])
    assert seen == ["['holidays']", "[]"]
    kept = Path(os.environ["XDG_CACHE_HOME"]) / "followup" / "holidays.json"
    assert kept.stat().st_mode & 0o777 == 0o600


def test_the_place_and_the_video_link_are_shown(cli: Cli, me: None) -> None:
    """Issue 15: the video link or location is kept on the interview; `show` gives it, in
    words and in JSON (two additive fields of each interview, null when unknown)."""
    stored = ok(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json", now=NOW))
    iv = stored["interviews"][0]
    assert iv["location"] == "Microsoft Teams Meeting"
    assert iv["video"] == "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
    assert ok(cli("show", "1", "--json", now=NOW))["interviews"][0]["video"] == iv["video"]
    words = ok(cli("show", "1", now=NOW))
    assert "where: Microsoft Teams Meeting" in words and "meetup-join" in words
    typed = ok(cli("add", "Initech", "--role", "Analyst", "--interviewed", "2026-11-20 10:00",
                   "--json", now=NOW))
    assert typed["interviews"][0]["location"] is None and typed["interviews"][0]["video"] is None


@pytest.mark.parametrize(("summary", "want"), [
    ("Recruiter Screen: UX Researcher (Sam Rivera and Noor Haddad)", "UX Researcher"),
    ("Hiring Manager Interview - Product Designer", "Product Designer"),
    ("Interview: Data Analyst (Northwind)", "Data Analyst"),
    ("Data Analyst Interview", "Data Analyst"),
])
def test_the_role_is_the_job_not_the_kind_of_interview(summary: str, want: str) -> None:
    from followup.capture.propose import role

    assert role(summary, "", ["Sam Rivera", "Noor Haddad"]).value == want
