"""Bad input (CONTRACT.md, Errors): one clear line on stderr, no traceback, exit 2 (1 for an
unknown id), and nothing changed in the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]

NOW = "2026-11-25T18:00"
ADD = ("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
       "--tz", "America/New_York")
T4 = ("a thank-you or follow-up goes by email, letter or phone, not by text message or social "
      "media (T4)")


def dump(db: Path) -> list[str]:
    """Every table's schema and rows, to compare before and after."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def assert_refused(res: Any, code: int, message: str | None = None) -> str:
    assert res.code == code, (res.code, res.stdout, res.stderr)
    assert res.stdout == ""
    assert "Traceback" not in res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    line: str = lines[0]
    assert line.startswith("followup: error: ")
    if message is not None:
        assert line == f"followup: error: {message}"
    return line


@pytest.fixture
def seeded(cli: Cli, db_path: Path) -> dict[str, Any]:
    """One application (id 1) with Jane's thank-you as step 1, and Acme's later steps."""
    res = cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
              "--with", "Jane Doe <jane@acme.example>", "--json", now=NOW)
    assert res.code == 0, res.stderr
    doc: dict[str, Any] = res.json()
    assert doc["id"] == 1 and doc["steps"][0]["id"] == 1
    return doc


def refused(cli: Cli, db_path: Path, args: tuple[str, ...], code: int,
            message: str | None = None, now: str = NOW) -> str:
    before = dump(db_path)
    line = assert_refused(cli(*args, now=now), code, message)
    assert dump(db_path) == before, "a refused command changed the database"
    return line


# -- add -------------------------------------------------------------------------------------

ADD_CASES: list[tuple[tuple[str, ...], str]] = [
    ((*ADD[:-1], "Mars/Olympus"),
     "unknown time zone 'Mars/Olympus': use an IANA name such as Europe/Paris"),
    ((*ADD[:-1], "Europe/Pariss"),
     "unknown time zone 'Europe/Pariss': use an IANA name such as Europe/Paris"),
    ((*ADD[:-1], "../../etc/passwd"),
     "unknown time zone '../../etc/passwd': use an IANA name such as Europe/Paris"),
    (("add", "Acme", "--role", "R", "--interviewed", "2026-02-30 10:00"),
     "--interviewed: '2026-02-30 10:00' is not a real date and time; write it as "
     "\"YYYY-MM-DD HH:MM\""),
    (("add", "Acme", "--role", "R", "--interviewed", "2026-11-23 25:00"),
     "--interviewed: '2026-11-23 25:00' is not a real date and time; write it as "
     "\"YYYY-MM-DD HH:MM\""),
    (("add", "Acme", "--role", "R", "--interviewed", "next tuesday"), None),
    ((*ADD, "--decision-by", "2026-02-30"),
     "--decision-by: '2026-02-30' is not a real date; write it as YYYY-MM-DD"),
    ((*ADD, "--follow-up-on", "2026-13-01"),
     "--follow-up-on: '2026-13-01' is not a real date; write it as YYYY-MM-DD"),
    (("add", "", "--role", "R", "--interviewed", "2026-11-23 10:00"),
     "the company name must not be empty"),
    (("add", "   ", "--role", "R", "--interviewed", "2026-11-23 10:00"),
     "the company name must not be empty"),
    (("add", "Acme", "--role", "  ", "--interviewed", "2026-11-23 10:00"),
     "--role is required: the job you interviewed for"),
    (("add", "Acme", "--interviewed", "2026-11-23 10:00"),
     "--role is required: the job you interviewed for"),
    (("add", "Acme", "--role", "R"), "--interviewed is required: \"YYYY-MM-DD HH:MM\""),
    (("add", "--role", "R", "--interviewed", "2026-11-23 10:00", "--json"),
     "give the COMPANY, --role and --interviewed (or run `followup add` in a terminal to be "
     "asked)"),
    ((*ADD, "--playbook", "aggressive"),
     "unknown playbook 'aggressive': choose one of default, weekly, estimate, agreed, "
     "two-weeks, call"),
    ((*ADD, "--playbook", "estimate"),
     "playbook estimate follows the employer's date: give --decision-by (C1)"),
    ((*ADD, "--playbook", "agreed"),
     "playbook agreed follows an agreed time: give --follow-up-on or --call-in (C3)"),
    ((*ADD, "--decision-by", "2026-11-20"),
     "--decision-by 2026-11-20 is before 2026-11-23: the decision cannot come before the "
     "interview"),
    ((*ADD, "--follow-up-on", "2026-11-23"), "--follow-up-on 2026-11-23 must be after 2026-11-23"),
    ((*ADD, "--follow-up-on", "2026-12-01", "--call-in", "4"),
     "give either --follow-up-on or --call-in, not both: they are one agreement"),
    ((*ADD, "--call-in", "0"), "--call-in: 0 is not a number of days from 1 to 365"),
    ((*ADD, "--call-in", "-3"), "--call-in: -3 is not a number of days from 1 to 365"),
    ((*ADD, "--call-in", "400"), "--call-in: 400 is not a number of days from 1 to 365"),
    ((*ADD, "--fit", "maybe"), "--fit: answer yes or no, not 'maybe'"),
    ((*ADD, "--holidays", "ZZ"),
     "no holiday calendar for 'ZZ': use an ISO country code such as US, GB, DE or FR, "
     "optionally with a region (US-CA)"),
    ((*ADD, "--thank-you-by", "pigeon"),
     "--thank-you-by: unknown channel 'pigeon'; choose one of email, letter, phone"),
    (("add", "Acme", "--role", "R", "--interviewed", "2026-03-08 02:30", "--tz",
      "America/New_York"),
     "2026-03-08 02:30 does not exist in America/New_York (the clocks skip it for daylight "
     "saving time)"),
    (("add", "Acme", "--role", "R", "--interviewed", "2026-03-29 02:15", "--tz",
      "Europe/Berlin"),
     "2026-03-29 02:15 does not exist in Europe/Berlin (the clocks skip it for daylight "
     "saving time)"),
    ((*ADD, "--with", "Jane Doe <jane@acme.example>", "--with", "Jane Doe <JANE@acme.example>"),
     "--with 'Jane Doe' is given twice"),
]


@pytest.mark.parametrize(("args", "message"), ADD_CASES)
def test_add_refuses_bad_input(cli: Cli, db_path: Path, seeded: dict[str, Any],
                               args: tuple[str, ...], message: str | None) -> None:
    refused(cli, db_path, args, 2, message)


@pytest.mark.parametrize(("person", "message"), [
    ("Jane Doe <jane@acme.example", "--with: 'Jane Doe <jane@acme.example' is malformed; "
     "write \"Name <email>\""),
    ("Jane Doe jane@acme.example>", "--with: 'Jane Doe jane@acme.example>' is malformed; "
     "write \"Name <email>\""),
    ("<jane@acme.example>", "--with: '<jane@acme.example>' has no name; write \"Name <email>\""),
    ("Jane <a@acme.example> <b@acme.example>", "--with: 'Jane <a@acme.example> "
     "<b@acme.example>' is malformed; write \"Name <email>\""),
    ("Jane <jane@acme.example> extra", "--with: 'Jane <jane@acme.example> extra' is "
     "malformed; write \"Name <email>\""),
    ("Jane <jane>", "--with: 'jane' is not an email address"),
    ("Jane <jane@acme..example>", "--with: 'jane@acme..example' is not an email address"),
    ("Jane <jane@localhost>", "--with: 'jane@localhost' is not an email address"),
    ("Jane <>", None),
    ("Jane <<jane@acme.example>>", None),
    ("Jane >jane@acme.example<", None),
    ("Jane <jane@@acme.example>", None),
    ("jane@", None),
    ("", "--with: give a name, optionally with an address: \"Jane <jane@x.com>\""),
    ("   ", "--with: give a name, optionally with an address: \"Jane <jane@x.com>\""),
    ("Jane\nDoe <jane@acme.example>", "--with: 'Jane\\nDoe <jane@acme.example>' must be one "
     "line of text"),
])
def test_add_refuses_malformed_interviewer(cli: Cli, db_path: Path, seeded: dict[str, Any],
                                           person: str, message: str | None) -> None:
    line = refused(cli, db_path, (*ADD, "--with", "Raj <raj@acme.example>", "--with", person),
                   2, message)
    assert "--with" in line


@pytest.mark.parametrize("channel", [
    "text", "sms", "SMS", "Text", "whatsapp", "linkedin", "LinkedIn", "social", "social media",
    "facebook", "twitter", "imessage",
])
def test_thank_you_never_by_text_or_social_media_t4(cli: Cli, db_path: Path,
                                                    seeded: dict[str, Any], channel: str
                                                    ) -> None:
    refused(cli, db_path, (*ADD, "--thank-you-by", channel), 2,
            f"--thank-you-by: never by {channel}: {T4}")


def test_a_refused_add_on_a_fresh_database_leaves_no_application(cli: Cli, db_path: Path
                                                                 ) -> None:
    assert_refused(cli(*ADD, "--thank-you-by", "sms"), 2)
    assert_refused(cli(*ADD, "--holidays", "ZZ"), 2)
    assert_refused(cli(*ADD, "--playbook", "estimate"), 2)
    if db_path.exists():
        conn = sqlite3.connect(db_path)
        try:
            for table in ("applications", "interviews", "contacts", "steps", "events"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        finally:
            conn.close()


# -- unknown ids -----------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (("show", "99"), "no application with id 99"),
    (("show", "99", "--json"), "no application with id 99"),
    (("done", "99"), "no step with id 99"),
    (("done", "99", "--json"), "no step with id 99"),
    (("log", "99", "reply"), "no application with id 99"),
    (("log", "99", "rejected", "--json"), "no application with id 99"),
    (("skip", "99"), "no step with id 99"),
    (("reopen", "99"), "no application with id 99"),
    (("edit", "99", "--role", "X"), "no application with id 99"),
    (("interview", "99", "--at", "2026-11-24 10:00"), "no application with id 99"),
    (("interviewer", "99"), "no contact with id 99"),
    (("interviewer", "99", "--email", "x@acme.example"), "no contact with id 99"),
])
def test_unknown_id_exits_1(cli: Cli, db_path: Path, seeded: dict[str, Any],
                            args: tuple[str, ...], message: str) -> None:
    refused(cli, db_path, args, 1, message)


# -- done, log -------------------------------------------------------------------------------


def test_done_twice(cli: Cli, db_path: Path, seeded: dict[str, Any]) -> None:
    assert cli("done", "1", "--on", "2026-11-24", now=NOW).code == 0
    refused(cli, db_path, ("done", "1"), 2, "step 1 is already done on 2026-11-24; nothing "
            "changed")
    refused(cli, db_path, ("done", "1", "--json"), 2)


def test_done_on_a_cancelled_or_skipped_step(cli: Cli, db_path: Path,
                                             seeded: dict[str, Any]) -> None:
    later = seeded["steps"][1]["id"]
    assert cli("skip", str(later), now=NOW).code == 0
    refused(cli, db_path, ("done", str(later)), 2,
            f"step {later} is already skipped on 2026-11-25; nothing changed")
    refused(cli, db_path, ("skip", str(later)), 2,
            f"step {later} is already skipped on 2026-11-25; nothing changed")
    assert cli("log", "1", "rejected", now=NOW).code == 0
    refused(cli, db_path, ("done", "1"), 2, "step 1 is already cancelled; nothing changed")


@pytest.mark.parametrize(("on", "message"), [
    ("2026-11-26", "--on 2026-11-26 is in the future; record things once they have happened"),
    ("2027-01-01", "--on 2027-01-01 is in the future; record things once they have happened"),
    ("2026-02-30", "--on: '2026-02-30' is not a real date; write it as YYYY-MM-DD"),
    ("yesterday", "--on: 'yesterday' is not a real date; write it as YYYY-MM-DD"),
    ("2026-11-20", "--on 2026-11-20 is before the interview on 2026-11-23: a step cannot be "
     "carried out before its plan began"),
])
def test_done_on_a_bad_day(cli: Cli, db_path: Path, seeded: dict[str, Any], on: str,
                           message: str) -> None:
    refused(cli, db_path, ("done", "1", "--on", on), 2, message)


@pytest.mark.parametrize(("args", "message"), [
    (("log", "1", "hired"), "unknown event 'hired': choose one of reply, rejected, offer, "
     "withdrawn"),
    (("log", "1", "reopened"), "unknown event 'reopened': choose one of reply, rejected, "
     "offer, withdrawn"),
    (("log", "1", "closed", "--json"), "unknown event 'closed': choose one of reply, "
     "rejected, offer, withdrawn"),
    (("log", "1", "reply", "--on", "2026-12-01"),
     "--on 2026-12-01 is in the future; record things once they have happened"),
    (("log", "1", "reply", "--on", "2026-11-01"),
     "--on 2026-11-01 is before the interview on 2026-11-23: nothing can have happened in "
     "this process before it"),
    (("log", "1", "reply", "--on", "2026-02-30"),
     "--on: '2026-02-30' is not a real date; write it as YYYY-MM-DD"),
    (("log", "1", "rejected", "--decision-by", "2026-12-04"),
     "dates can be given only with a reply: what did they say?"),
    (("log", "1", "reply", "--decision-by", "2026-11-20"),
     "--decision-by 2026-11-20 is before 2026-11-25: the decision cannot come before the "
     "interview"),
])
def test_log_refuses_bad_input(cli: Cli, db_path: Path, seeded: dict[str, Any],
                               args: tuple[str, ...], message: str) -> None:
    refused(cli, db_path, args, 2, message)


# -- global options --------------------------------------------------------------------------


@pytest.mark.parametrize(("now", "message"), [
    ("tomorrow", "--now: 'tomorrow' is not a date or time; write YYYY-MM-DD or an ISO datetime"),
    ("2026-02-30", "--now: '2026-02-30' is not a date or time; write YYYY-MM-DD or an ISO "
     "datetime"),
])
def test_bad_now(cli: Cli, db_path: Path, seeded: dict[str, Any], now: str,
                 message: str) -> None:
    refused(cli, db_path, ("today",), 2, message, now=now)
    refused(cli, db_path, ("done", "1"), 2, message, now=now)


def test_postgres_url_is_refused_cleanly() -> None:
    from typer.testing import CliRunner

    from followup.cli.app import app

    res = CliRunner().invoke(app, ["--db", "postgresql://localhost/jobs", "today"])
    assert res.exit_code == 2
    assert res.stderr == ("followup: error: PostgreSQL is not supported yet: give a SQLite "
                          "file path\n")


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from followup.cli.app import app

    bogus = tmp_path / "notes.txt"
    bogus.write_text("these are my notes, not a database\n" * 100)
    res = CliRunner().invoke(app, ["--db", str(bogus), "today", "--json"])
    assert res.exit_code == 1
    assert len(res.stderr.splitlines()) == 1
    assert res.stderr.startswith(f"followup: error: cannot open the database {bogus}")
    assert bogus.read_text().startswith("these are my notes")


# -- the real program: usage errors are formatted by main() -----------------------------------


@pytest.mark.parametrize(("args", "message"), [
    ((*ADD, "--call-in", "abc"), "Invalid value for '--call-in': 'abc' is not a valid int."),
    ((*ADD, "--call-in", "2.5"), "Invalid value for '--call-in': '2.5' is not a valid int."),
    (("show", "not-a-number"), "Invalid value for 'ID': 'not-a-number' is not a valid int."),
    (("done", "first"), "Invalid value for 'STEP_ID': 'first' is not a valid int."),
    (("log", "1"), "Missing argument 'EVENT'. (see: followup log --help)"),
    (("add", "Acme", "--role"), "Option '--role' requires an argument."),
    (("add", "Acme", "--colour", "blue"), "No such option: --colour"),
    (("frobnicate",), "No such command 'frobnicate'. (see: followup --help)"),
])
def test_usage_errors_are_one_line(cli_proc: Cli, db_path: Path, seeded: dict[str, Any],
                                   args: tuple[str, ...], message: str) -> None:
    """Click's own messages (typer is pinned), printed by main() as one line."""
    before = dump(db_path)
    assert_refused(cli_proc(*args), 2, message)
    assert dump(db_path) == before


@pytest.mark.parametrize(("args", "code"), [
    ((*ADD, "--tz", "Nowhere/Land"), 2),
    ((*ADD, "--thank-you-by", "whatsapp"), 2),
    (("add", "Acme", "--role", "R", "--interviewed", "2026-03-08 02:30"), 2),
    (("done", "1", "--on", "2026-12-24"), 2),
    (("show", "42"), 1),
    (("show", "42", "--json"), 1),
    (("log", "42", "offer"), 1),
])
def test_real_program_exit_codes(cli_proc: Cli, db_path: Path, seeded: dict[str, Any],
                                 args: tuple[str, ...], code: int) -> None:
    before = dump(db_path)
    assert_refused(cli_proc(*args), code)
    assert dump(db_path) == before
