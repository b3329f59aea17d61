"""Issue 22.1: every reader of outside data has a budget (followup.budgets). Each row is a
hostile file given to a real command: it must end in exit 2 with one line on stderr, put no
raw control character on the terminal, and change nothing in the database. The budgets hold
the time: a row that hung before (a zone rule replayed every second since 1601) now ends at
once; the in-process runner has no time limit of its own, so a regression hangs the test
rather than passing it. Plus the files that are not files (FIFOs, devices, folders)."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import invoke
from tests.test_hostile_inputs import RAW, base, dump

NOW = "2026-11-23T18:00"
__all__ = ["base"]  # a fixture, used by name


def ics(*, start: str = "DTSTART:20261124T150000Z", zone: str = "", event_extra: str = "",
        events: int = 1, sequence: str = "0") -> bytes:
    """An interview invitation, with the parts a test makes hostile."""
    one = ("BEGIN:VEVENT\r\nUID:{n}@acme.example\r\n" + start + "\r\nSEQUENCE:" + sequence
           + "\r\nSUMMARY:Interview: Data Analyst at Acme\r\n"
           "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example\r\n"
           "ATTENDEE;CN=Sam Lee:mailto:sam@example.org\r\n" + event_extra + "END:VEVENT\r\n")
    body = "".join(one.format(n=i) for i in range(events))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\n"
            + zone + body + "END:VCALENDAR\r\n").encode()


def vtimezone(rrule: str, *, rules: int = 1, tzid: str = "Hostile Standard Time") -> str:
    block = ("BEGIN:STANDARD\r\nDTSTART:16011104T020000\r\n" + rrule
             + "\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n")
    return (f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n" + block * rules
            + "BEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\n"
            "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nTZOFFSETFROM:-0500\r\n"
            "TZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


ZONED = "DTSTART;TZID=Hostile Standard Time:20261124T100000"


def nested_mail(depth: int, inner: bytes = b"Content-Type: text/plain\r\n\r\nhello\r\n"
                ) -> bytes:
    head = (b"From: Jane Doe <jane@acme.example>\r\nTo: sam@example.org\r\n"
            b"Subject: Invitation\r\nMIME-Version: 1.0\r\n")
    opening = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
                       % (i, i) for i in range(depth))
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + inner + closing


def many_parts(parts: int) -> bytes:
    head = (b"From: Jane Doe <jane@acme.example>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n')
    return head + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * parts + b"--b--\r\n"


def _invitations() -> dict[str, bytes]:
    rows: dict[str, bytes] = {}
    for freq in ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"):
        rows[f"zone rule {freq}"] = ics(start=ZONED, zone=vtimezone(f"RRULE:FREQ={freq}"))
        rows[f"zone rule {freq} with count"] = ics(
            start=ZONED, zone=vtimezone(f"RRULE:FREQ={freq};COUNT=100000000"))
    for part in ("BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12", "BYMINUTE=0,1,2,3,4,5",
                 "BYSECOND=0,1,2,3,4,5,6,7,8,9"):
        rows[f"zone rule yearly {part[:8]}"] = ics(
            start=ZONED, zone=vtimezone(f"RRULE:FREQ=YEARLY;{part}"))
    rows["zone of 21 rules"] = ics(start=ZONED, zone=vtimezone(
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", rules=21))
    rows["zone rule secondly, lower case"] = ics(start=ZONED,
                                                 zone=vtimezone("RRULE:freq=secondly"))
    for count in (201, 5000):
        rows[f"{count} attendees"] = ics(event_extra="".join(
            f"ATTENDEE;CN=Person {i}:mailto:p{i}@acme.example\r\n" for i in range(count)))
    rows["51 events"] = ics(events=51)
    for value in ("00000101T100000Z", "20260230", "20261332", "99991231T100000Z",
                  "18000101T100000Z", "20261124T250000Z", "20261124T106000", "tomorrow", "",
                  "1e9", "22000101T000000Z", "20261124T10", "-20261124", "20260229T100000Z"):
        forms = [("utc", f"DTSTART:{value}"),
                 ("zoned", f"DTSTART;TZID=America/New_York:{value.rstrip('Z')}")]
        if value[:8] != "20261124":  # that day is a good one: no row
            forms.append(("date", f"DTSTART;VALUE=DATE:{value[:8]}"))
        for form, line in forms:
            rows[f"start {value or 'empty'} {form}"] = ics(start=line)
    for sequence in (str(10**30), "-1", str(2**31), "9" * 5000):
        rows[f"sequence {sequence[:12]}"] = ics(sequence=sequence)
    rows["no UID"] = ics().replace(b"UID:0@acme.example\r\n", b"")
    rows["no start"] = ics(start="DTEND:20261124T150000Z")
    rows["no event"] = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    rows["multipart 41 deep"] = nested_mail(41, b"Content-Type: text/calendar\r\n\r\n"
                                            + ics())
    rows["multipart 2000 deep"] = nested_mail(2000)
    rows["multipart 2000 deep with a calendar"] = nested_mail(
        2000, b"Content-Type: text/calendar\r\n\r\n" + ics())
    rows["501 MIME parts"] = many_parts(501)
    rows["mail without a calendar"] = nested_mail(2)
    rows["binary"] = b"\x00\x01\x02" * 100
    rows["zone rule secondly in a mail"] = nested_mail(
        1, b"Content-Type: text/calendar\r\n\r\n"
        + ics(start=ZONED, zone=vtimezone("RRULE:FREQ=SECONDLY")))
    return rows


INVITATIONS = _invitations()


def refused(db: Path, *args: str, input: str | None = None) -> str:
    """Run the command on a copy of the base; it must refuse in one clean line and change
    nothing. The line, for the row to check what it says."""
    before = dump(db)
    res = invoke(["--db", str(db), "--now", NOW, *args], input=input)
    assert res.code == 2, (res.code, res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("followup: error: "), res.stderr
    assert "Traceback" not in res.stderr
    assert not RAW.search(res.stdout + res.stderr), repr(res.stdout + res.stderr)
    assert dump(db) == before
    return lines[0]


@pytest.fixture
def db(base: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "followup.db"
    shutil.copy(base, copy)
    return copy


@pytest.mark.parametrize("flags", [["--yes"], ["--yes", "--json"]], ids=["yes", "json"])
@pytest.mark.parametrize("name", list(INVITATIONS))
def test_a_hostile_invitation_is_refused_in_one_line(name: str, flags: list[str], db: Path,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_bytes(INVITATIONS[name])
    refused(db, "add", "--from", str(path), *flags)


@pytest.mark.parametrize("name", ["zone rule SECONDLY", "5000 attendees",
                                  "multipart 2000 deep", "sequence 100000000000"])
def test_the_same_on_standard_input(name: str, db: Path) -> None:
    refused(db, "add", "--from", "-", "--yes",
            input=INVITATIONS[name].decode("utf-8", "replace"))


def test_the_reported_cases_say_what_broke(db: Path, tmp_path: Path) -> None:
    said = {}
    for name in ("zone rule SECONDLY", "5000 attendees", "multipart 2000 deep",
                 "start 00000101T100000Z utc", "start 20260230 date", "sequence 100000000000"):
        path = tmp_path / "i.ics"
        path.write_bytes(INVITATIONS[name])
        said[name] = refused(db, "add", "--from", str(path), "--yes")
    assert "secondly" in said["zone rule SECONDLY"]
    assert "more than 200 attendees" in said["5000 attendees"]
    assert "nested multipart" in said["multipart 2000 deep"]
    assert "00000101T100000Z" in said["start 00000101T100000Z utc"]
    assert "SEQUENCE" in said["sequence 100000000000"]


# -- files that are not regular files ------------------------------------------------------


def _fifo(where: Path) -> Iterator[Path]:
    path = where / "pipe"
    os.mkfifo(path)
    yield path


def _socket(where: Path) -> Iterator[Path]:
    path = where / "sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        yield path


def _folder(where: Path) -> Iterator[Path]:
    path = where / "folder.ics"
    path.mkdir()
    yield path


def _device(where: Path) -> Iterator[Path]:
    yield Path("/dev/zero")


def _null(where: Path) -> Iterator[Path]:
    yield Path("/dev/null")


def _missing(where: Path) -> Iterator[Path]:
    yield where / "missing.ics"


NOT_FILES = {"fifo": _fifo, "socket": _socket, "folder": _folder, "dev-zero": _device,
             "dev-null": _null, "missing": _missing}
READERS = {
    "add --from": ["add", "--from"], "add --from --yes": ["add", "--yes", "--from"],
    "contacts import": ["contacts", "import"], "import json": ["import", "json"],
    "import csv": ["import", "csv"], "network import": ["network", "import"],
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("kind", list(NOT_FILES))
def test_only_regular_files_are_opened(kind: str, reader: str, db: Path,
                                       tmp_path: Path) -> None:
    """A FIFO blocked `contacts import` and `add --from` for ever: now refused at once."""
    for path in NOT_FILES[kind](tmp_path):
        line = refused(db, *READERS[reader], str(path))
        if kind in ("fifo", "socket", "dev-zero", "dev-null"):
            assert "not a regular file" in line, line
