"""Issue 12.1: the hostile-input table. Every write path, driven through the real command
line with values a careless export or a malicious card could hold, must answer with exit 2
and one line on stderr, store nothing, and never put a raw control character on the
terminal."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from followup.cli.app import app

NOW = "2026-11-23T18:00"
# What must never reach a terminal raw: C0/C1 controls (a newline ends a line and is fine),
# DEL, bidi overrides and isolates, line and paragraph separators.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                 "\u2028\u2029]")

CONTROLS = {
    "esc-clear": "Acme\x1b[2J",
    "esc-title": "Acme\x1b]0;owned\x07",
    "crlf-header": "Acme\r\nBcc: x@evil.example",
    "lf": "Acme\nInc",
    "cr": "Acme\rInc",
    "nul": "Acme\x00Inc",
    "bell": "Acme\x07",
    "tab": "Acme\tInc",
    "c1-csi": "Acme\x9b31m",
    "del": "Acme\x7f",
    "bidi-rlo": "Acme\u202eevil",
    "bidi-isolate": "Acme\u2066x\u2069",
    "line-separator": "Acme\u2028Inc",
}
TOO_LONG = "x" * 100_000


def _cases() -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    add = ["add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00"]
    for name, bad in CONTROLS.items():
        rows += [
            (f"add company {name}", ["add", bad, *add[2:]]),
            (f"add role {name}", [*add[:3], bad, *add[4:]]),
            (f"add with {name}", [*add, "--with", f"Jane{bad} <jane@acme.example>"]),
            (f"edit company {name}", ["edit", "1", "--company", bad]),
            (f"edit role {name}", ["edit", "1", "--role", bad]),
            (f"interview with {name}", ["interview", "1", "--at", "2026-11-23 15:00",
                                        "--with", f"Jo{bad}"]),
            (f"interviewer name {name}", ["interviewer", "1", "--name", bad]),
            (f"interviewer title {name}", ["interviewer", "1", "--title", bad]),
            (f"me name {name}", ["me", "--name", bad]),
            (f"contacts add name {name}", ["contacts", "add", bad]),
            (f"contacts add company {name}", ["contacts", "add", "Bo", "--company", bad]),
            (f"contacts edit name {name}", ["contacts", "edit", "1", "--name", bad]),
            (f"contacts edit title {name}", ["contacts", "edit", "1", "--title", bad]),
        ]
    for what, args in {
        "add company long": ["add", TOO_LONG, *add[2:]],
        "add role long": [*add[:3], TOO_LONG, *add[4:]],
        "edit company long": ["edit", "1", "--company", TOO_LONG],
        "edit role long": ["edit", "1", "--role", TOO_LONG],
        "edit company 201": ["edit", "1", "--company", "x" * 201],
        "edit company empty": ["edit", "1", "--company", "  "],
        "edit role empty": ["edit", "1", "--role", ""],
        "interviewer name long": ["interviewer", "1", "--name", TOO_LONG],
        "contacts add name long": ["contacts", "add", TOO_LONG],
        "contacts edit company long": ["contacts", "edit", "1", "--company", TOO_LONG],
        "add with two addresses": [*add, "--with", "jane@a.example, bob@b.example"],
        "add with two named": [*add, "--with", "Jane <jane@a.example>, Bob <bob@b.example>"],
        "add with header injection": [*add, "--with", "Jane <jane@acme.example\r\nBcc: x@y.z>"],
        "interviewer email crlf": ["interviewer", "1", "--email", "j@acme.example\r\nBcc: x@y.z"],
        "interviewer email esc": ["interviewer", "1", "--email", "j\x1b@acme.example"],
        "me email crlf": ["me", "--email", "me@x.example\r\nBcc: a@b.example"],
        "me email bidi": ["me", "--email", "me\u202e@x.example"],
        "contacts add email crlf": ["contacts", "add", "Bo", "--email", "b@x.example\nBcc: y"],
        "add tz empty": [*add, "--tz", ""],
        "add tz blank": [*add, "--tz", "  "],
        "add tz mars": [*add, "--tz", "Mars/Olympus"],
        "add tz path": [*add, "--tz", "../../etc/passwd"],
        "add tz absolute": [*add, "--tz", "/etc/localtime"],
        "add tz esc": [*add, "--tz", "\x1b[2J"],
        "add tz newline": [*add, "--tz", "UTC\n"],
        "interview tz mars": ["interview", "1", "--at", "2026-11-23 15:00", "--tz", "Mars/X"],
        "interview tz empty": ["interview", "1", "--at", "2026-11-23 15:00", "--tz", ""],
        "add interviewed year 9999": ["add", "Acme", "--role", "A", "--interviewed",
                                      "9999-12-31 10:00"],
        "add interviewed year 1": ["add", "Acme", "--role", "A", "--interviewed",
                                   "0001-01-01 10:00"],
        "add interviewed month 13": ["add", "Acme", "--role", "A", "--interviewed",
                                     "2026-13-01 10:00"],
        "add interviewed esc": ["add", "Acme", "--role", "A", "--interviewed", "\x1b[2J"],
        "add decision-by 9999": [*add, "--decision-by", "9999-12-31"],
        "add follow-up-on year 1": [*add, "--follow-up-on", "0001-01-01"],
        "log on 9999": ["log", "1", "reply", "--on", "9999-12-31"],
        "done on year 1": ["done", "1", "--on", "0001-01-01"],
    }.items():
        rows.append((what, args))
    for now in ("9999-12-31", "0001-01-01", "1969-12-31", "2200-01-01",
                "9999-12-31T23:59:59+14:00", "\x1b[2J", "2026-11-23\n"):
        rows += [(f"now {now!r} add", ["--now", now, *add]),
                 (f"now {now!r} stats", ["--now", now, "stats"]),
                 (f"now {now!r} export ics", ["--now", now, "export", "ics"])]
    return rows


CASES = _cases()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One application (#1, interviewer contact #1) to aim the edits at."""
    db = tmp_path_factory.mktemp("base") / "base.db"
    runner = CliRunner()
    for args in (["add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
                  "--with", "Jane Doe <jane@acme.example>"],
                 ["me", "--name", "Sam Lee", "--email", "sam@example.org"]):
        res = runner.invoke(app, ["--db", str(db), "--now", NOW, *args])
        assert res.exit_code == 0, res.output
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 150
    assert len({name for name, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("args"), [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_input_is_refused_in_one_line(args: list[str], base: Path,
                                              tmp_path: Path) -> None:
    db = tmp_path / "followup.db"
    shutil.copy(base, db)
    before = dump(db)
    argv = ["--db", str(db), *([] if args[0] == "--now" else ["--now", NOW]), *args]
    res = CliRunner().invoke(app, argv)
    assert not (res.exception and not isinstance(res.exception, SystemExit)), res.exception
    assert res.exit_code == 2, (res.exit_code, res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("followup: error: ")
    assert not RAW.search(res.stdout + res.stderr), repr(res.stderr)
    assert dump(db) == before


def _export(db: Path) -> dict[str, object]:
    res = CliRunner().invoke(app, ["--db", str(db), "--now", NOW, "export", "json"])
    assert res.exit_code == 0, res.stderr
    document: dict[str, object] = json.loads(res.stdout)
    return document


def _tampered(doc: dict[str, object], table: str, column: str, value: object
              ) -> dict[str, object]:
    out = json.loads(json.dumps(doc))
    out["tables"][table][0][column] = value  # type: ignore[index]
    return out


IMPORTS = [
    ("profile email crlf", "profile", "email", "sam@example.org\r\nBcc: x@evil.example"),
    ("profile name esc", "profile", "name", "Sam\x1b[2J"),
    ("contact name esc", "contacts", "name", "Jane\x1b]0;owned\x07"),
    ("contact email lf", "contacts", "email", "jane@acme.example\nBcc: x@y.z"),
    ("contact company bidi", "contacts", "company", "Acme\u202e"),
    ("application company crlf", "applications", "company", "Acme\r\nX"),
    ("application role long", "applications", "role", "x" * 100_000),
    ("interview tz mars", "interviews", "tz", "Mars/Olympus"),
    ("interview tz empty", "interviews", "tz", ""),
    ("interview at naive", "interviews", "at", "2026-11-23T10:00:00"),
    ("interview at garbage", "interviews", "at", "yesterday"),
    ("interview at year 9999", "interviews", "at", "9999-12-31T10:00:00+00:00"),
    # found again by hand: a day out of the calendars' range ended `export ics` in a traceback
    ("step due year 9999", "steps", "due", "9999-12-31"),
    ("step latest year 1", "steps", "latest", "0001-01-01"),
    ("step done_on garbage", "steps", "done_on", "soon"),
    ("interview decision_by year 9999", "interviews", "decision_by", "9999-12-31"),
    ("application created year 1", "applications", "created_at", "0001-01-01T00:00:00+00:00"),
    ("application updated garbage", "applications", "updated_at", "yesterday"),
    # issue 22.5: the checks the command line makes, on every column a file can fill
    ("unknown playbook", "applications", "playbook", "nonsense"),
    ("holidays path", "applications", "holidays", "../../etc"),
    ("holidays lower case", "applications", "holidays", "us"),
    ("notes esc", "applications", "notes", "fine\x1b[2J"),
    ("why esc", "steps", "why", "Email Jane\x1b]0;owned\x07"),
    ("why rlo", "steps", "why", "Email \u202eJane"),
    ("timeline esc", "interviews", "timeline_note", "soon\x1b[2J"),
    ("signature bell", "profile", "signature", "Sam\x07"),
    ("profile address c1", "profile", "address", "1 Road\x9b"),
    ("interview tz est", "interviews", "tz", "EST"),
]


@pytest.mark.parametrize(("table", "column", "value"), [c[1:] for c in IMPORTS],
                         ids=[c[0] for c in IMPORTS])
def test_import_json_refuses_what_add_refuses(table: str, column: str, value: object,
                                              base: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    shutil.copy(base, source)
    doc = _tampered(_export(source), table, column, value)
    target = tmp_path / "target.db"
    file = tmp_path / "export.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    res = CliRunner().invoke(app, ["--db", str(target), "--now", NOW, "import", "json",
                                   str(file)])
    assert res.exit_code == 2, res.stdout + res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert not RAW.search(res.stdout + res.stderr)
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    conn.close()


def test_import_json_refuses_deep_nesting(tmp_path: Path) -> None:
    file = tmp_path / "deep.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    res = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "--now", NOW, "import",
                                   "json", str(file)])
    assert res.exit_code == 2 and len(res.stderr.strip().splitlines()) == 1, res.stderr


def test_old_control_characters_in_the_store_are_escaped_on_output(base: Path,
                                                                  tmp_path: Path) -> None:
    """A database written before these checks may hold them: human output shows an escape."""
    db = tmp_path / "old.db"
    shutil.copy(base, db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE applications SET company = 'Acme\x1b[2J\r\nBcc: x', "
                 "role = 'A\u202eB'")
    conn.execute("UPDATE contacts SET name = 'Jane\x1b]0;t\x07', title = 'T\x9b1m'")
    conn.commit()
    conn.close()
    runner = CliRunner()
    for args in (["show", "1"], ["list"], ["today"], ["contacts", "list"],
                 ["contacts", "show", "1"], ["network", "1"]):
        res = runner.invoke(app, ["--db", str(db), "--now", NOW, *args])
        assert res.exit_code == 0, (args, res.stderr)
        assert not RAW.search(res.stdout + res.stderr), (args, res.stdout)
