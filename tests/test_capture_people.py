"""Who is who in an invitation, read as the candidate reads it (issue 23), and storing what
can be stored with `--yes`. The development parts of the blind corpus
(tests/fixtures/invites/people_dev, people_dev2-4) are scored here; the held-out parts only
by bench/capture_blind.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import bench_module

from followup.capture.invitations import read
from followup.capture.people import classify
from followup.capture.propose import Known, propose

Cli = Callable[..., Any]
HERE = Path(__file__).parent / "fixtures" / "invites"
OWN = frozenset({"sam@gmail.com"})
NOW = "2026-11-20T09:00"


def ics(summary: str, organizer: str, attendees: list[str], description: str = "") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:people-test-1", "DTSTART;TZID=America/New_York:20261203T130000",
             "DTEND;TZID=America/New_York:20261203T140000", f"SUMMARY:{summary}",
             f"ORGANIZER;{organizer}", *[f"ATTENDEE;{a}" for a in attendees]]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def kinds(data: bytes) -> dict[str, str]:
    return {s.name or s.email or "": s.kind for s in classify(read(data, "UTC")[0], OWN)}


def test_an_organizer_who_is_no_attendee_and_says_she_is_talent_is_the_coordinator() -> None:
    data = ics("Data Analyst interview", "CN=\"Olivia Pemberton, Talent Acquisition Partner\":"
               "mailto:olivia@coralline.example",
               ["CN=Jane Doe:mailto:jane@coralline.example",
                "CN=Conf Room 4B (8):mailto:confroom4b@coralline.example",
                "CN=Sam Candidate:mailto:sam@gmail.com"])
    got = kinds(data)
    assert got["Olivia Pemberton"] == "coordinator"
    assert got["Conf Room 4B (8)"] == "resource", "a room without CUTYPE=ROOM"
    assert got["Jane Doe"] == "interviewer" and got["Sam Candidate"] == "candidate"


def test_a_schedule_in_the_description_names_the_interviewers() -> None:
    data = ics("Interview for Senior Product Designer\\, Growth – Coralline Health",
               "CN=Olivia Pemberton:mailto:no-reply@greenhouse.io",
               ["CN=Sam Candidate:mailto:sam@gmail.com"],
               "Schedule\\n1:00 PM - 1:45 PM Dr. Amara Okafor\\, Director of Data Science\\n"
               "1:45 PM - 2:30 PM Tobias Lindqvist\\, Staff Product Designer\\n\\n"
               "Olivia Pemberton\\nTalent Acquisition Partner")
    inv = read(data, "UTC")[0]
    p = propose(inv, OWN, Known((), {}))
    assert [x.name for x in p.interviewers] == ["Dr. Amara Okafor", "Tobias Lindqvist"]
    assert p.coordinator is not None and p.coordinator.name == "Olivia Pemberton"
    assert p.company.value == "Coralline Health", "from the title, not the relay's domain"
    assert p.role.value == "Senior Product Designer, Growth", "the escaped comma is kept"


def test_role_and_company_with_w_slash_and_an_icloud_relay() -> None:
    data = ics("Pinecrest Media: Content Strategist interview w/ Alicia Romero",
               "CN=Alicia Romero:mailto:2_abcdefg@imip.me.com",
               ["CN=Alicia Romero:mailto:2_abcdefg@imip.me.com",
                "CN=Sam Candidate:mailto:sam@gmail.com"])
    p = propose(read(data, "UTC")[0], OWN, Known((), {}))
    assert p.role.value == "Content Strategist"
    assert p.company.value == "Pinecrest Media", "never 'Me' from imip.me.com"
    assert [x.name for x in p.interviewers] == ["Alicia Romero"]


def test_the_development_part_of_the_blind_corpus() -> None:
    ev = bench_module("capture_blind")
    got = ev.invitations("dev", False)
    # 49, and the three held-out parts retired into it (25+30+40; the third in session 7,
    # scored once before it was read, 0.959/0.972/0.924/0.903 when retired; every miss then
    # fixed by a rule stated for any invitation, tests/test_capture_title_rules.py)
    assert got["invitations"] == 145
    assert got["people_all_right"] == 1.0 and got["coordinator"] == 1.0, got
    assert got["company"] >= 0.99 and got["stored_with_yes"] == 1.0, got
    assert got["role"] >= 0.99, got


@pytest.mark.parametrize("part", ["dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                  "dev9"])
def test_the_development_sets_of_session_8(part: str) -> None:
    """Three blind writers' sets (UK/Ireland/Europe, Asia/Gulf/Africa/Australia, the Americas),
    first scored as written: people 0.60/0.675/0.675, coordinator 0.775/0.95/0.925. dev4 was
    scored once more before any of its misses was read (0.75, 0.925: the round's unseen
    estimate); every miss then fixed by a rule stated for any invitation
    (tests/test_capture_people_who.py). Who is who only: the company and the role are
    scored here once their round reaches them.

    Session 9: dev5 (the fourth held-out set, retired: 0.80/0.90 as it came), dev6 (public
    sector, HR systems: 0.825/0.925 as written) and dev7 (small firms and agencies: 0.80/0.925
    as written, 0.85/0.95 after the rules of dev5 and dev6, before any of its misses was read:
    the round's unseen estimate); every miss then fixed by a rule stated for any invitation
    (tests/test_capture_people_s9.py).

    Session 9, second round: dev8 and dev9 (the fifth held-out set, scored twice, retired:
    0.875/1.0 and 0.90/0.95 as they came; dev9 still 0.90/0.95 after dev8's rules, before any
    of its misses was read: the round's unseen estimate); every miss then fixed by a rule
    stated for any invitation (tests/test_capture_people_s9b.py)."""
    got = bench_module("capture_blind").invitations(part, False)
    assert got["invitations"] == 40
    assert got["people_all_right"] == 1.0 and got["coordinator"] == 1.0, got
    assert got["stored_with_yes"] == 1.0, got


def test_yes_stores_what_names_no_role_and_options_beside_from_win(cli: Cli) -> None:
    path = HERE / "people_dev" / "x04.ics"  # a coffee chat: no role anywhere
    res = cli("add", "--from", str(path), "--yes", "--json", "--decision-by", "2026-12-20",
              "--coordinator", "Pat Lee <pat@bramblewood.example>", now=NOW)
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["company"] == "Bramblewood" and doc["role"] == "(role unknown)"
    assert "role unknown" in (doc.get("notes") or "")
    iv = doc["interviews"][0]
    assert iv["timeline"]["decision_by"] == "2026-12-20", "--decision-by beside --from"
    assert iv["coordinator"]["email"] == "pat@bramblewood.example"


def test_a_wrong_guess_is_corrected_in_one_step_and_undone(cli: Cli) -> None:
    assert cli("me", "--name", "Sam Candidate", "--email", "sam@gmail.com", now=NOW).code == 0
    path = HERE / "people_dev" / "g02.ics"
    doc = cli("add", "--from", str(path), "--yes", "--json", now=NOW).json()
    iv = doc["interviews"][0]
    wei = next(p["id"] for p in iv["interviewers"] if p["name"] == "Wei Zhang")
    res = cli("interviewer", str(wei), "--role", "coordinator", "--json", now=NOW)
    assert res.code == 0, res.stderr
    iv = res.json()["interviews"][0]
    assert iv["coordinator"]["name"] == "Wei Zhang"
    assert [p["name"] for p in iv["interviewers"]] == ["Amara Okafor"]
    res = cli("interviewer", str(wei), "--remove", "--json", now=NOW)
    assert res.json()["interviews"][0]["coordinator"] is None
    assert cli("undo", now=NOW).code == 0
    shown = cli("show", str(doc["id"]), "--json", now=NOW).json()
    assert shown["interviews"][0]["coordinator"]["name"] == "Wei Zhang"
    bad = cli("interviewer", str(wei), "--role", "boss", now=NOW)
    assert bad.code == 2


def test_an_all_day_event_is_flagged_or_takes_the_time_given(cli: Cli) -> None:
    path = HERE / "people_dev" / "g06.ics"
    flagged = cli("add", "--from", str(path), "--yes", "--json", now=NOW).json()
    assert "time unknown" in flagged["notes"]
    assert cli("delete", str(flagged["id"]), "--yes", now=NOW).code == 0
    doc = cli("add", "--from", str(path), "--yes", "--json", "--interviewed", "2026-12-09 09:30",
              "--tz", "Europe/Amsterdam", now=NOW).json()
    assert doc["interviews"][0]["at"] == "2026-12-09T09:30:00+01:00"
    assert "time unknown" not in (doc["notes"] or "")


@pytest.mark.parametrize(("part", "people", "coordinator"), [
    ("dev10", 1.0, 1.0), ("dev11", 0.85, 0.975), ("dev12", 0.95, 0.975),
    ("dev13", 0.85, 1.0), ("dev14", 0.95, 0.975), ("dev15", 0.975, 1.0)])
def test_the_development_sets_of_session_10(part: str, people: float,
                                            coordinator: float) -> None:
    """Session 10: dev10, dev11 (held-out set 6) and dev12, dev13 (held-out set 7), retired
    unread, first scored 0.95/0.975, 0.825/0.95, 0.90/0.925, 0.825/0.975 (people all right /
    coordinator); dev14 and dev15 (written blind at the start of the session) 0.95/0.975 and
    0.925/1.0 as written, and 0.95/0.95 and 0.95/1.0 after the rules read from dev10–dev13,
    before any of their misses was read (the round's unseen estimate). Every miss of who is
    who then fixed by a rule stated for any invitation (tests/test_capture_people_s10.py);
    what is left is names the descriptions write that are not found, or phrases found that
    are not names (capture/mentions.py). The floors are what was reached."""
    got = bench_module("capture_blind").invitations(part, False)
    assert got["invitations"] == 40
    assert got["people_all_right"] >= people and got["coordinator"] >= coordinator, got
    assert got["stored_with_yes"] == 1.0, got
