"""`add` without Typer (issue 11 point 4, cli/fast_add.py): the options are read from
core.fields, and on good and bad input the fast path and Typer's print the same bytes on
stdout and stderr, exit alike, and store the same thing (or nothing). Shapes the fast parser
does not fully understand are left to Typer, which owns every usage error."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Result, invoke
from typer.testing import CliRunner

from followup.cli import fast, fast_add
from followup.core.fields import FIELDS

NOW = "2026-11-23T18:00"
BASE = ("Acme Analytics", "--role", "Data Analyst", "--interviewed", "2026-11-20 10:00")


def _fast(db: Path, args: tuple[str, ...]) -> Result:
    """`followup --db DB --now NOW add ARGS` answered by cli.fast in-process, with the same
    swapped stdin/stdout/stderr as the Typer runner (conftest.invoke)."""
    runner = CliRunner()
    code: int | None = 0
    with runner.isolation() as (out, err, _):
        try:
            code = fast.run(["--db", str(db), "--now", NOW, "add", *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()
    assert code is not None, "the fast path left this shape to Typer"
    return Result(code, stdout.decode(), stderr.decode())


def _typer(db: Path, args: tuple[str, ...]) -> Result:
    return invoke(["--db", str(db), "--now", NOW, "add", *args])


def _stored(db: Path) -> list[tuple[object, ...]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, company, role, playbook, holidays FROM applications"
                            ).fetchall()
        steps = conn.execute("SELECT application_id, kind, due, rule FROM steps ORDER BY id"
                             ).fetchall()
        people = conn.execute("SELECT name, email FROM contacts ORDER BY id").fetchall()
        return [*rows, *steps, *people]
    finally:
        conn.close()


def _same(tmp_path: Path, args: tuple[str, ...]) -> Result:
    typer_db, fast_db = tmp_path / "typer.db", tmp_path / "fast.db"
    by_typer, by_fast = _typer(typer_db, args), _fast(fast_db, args)
    assert (by_fast.code, by_fast.stdout, by_fast.stderr) == (
        by_typer.code, by_typer.stdout, by_typer.stderr)
    assert _stored(fast_db) == _stored(typer_db)
    return by_fast


GOOD = [
    BASE,
    (*BASE, "--json"),
    ("--json", *BASE, "--with", "Dana Bench <dana@acme.example>", "--with", "Raj Patel",
     "--noted", "Dana: the dbt migration", "--coordinator", "Sam Lee <sam@acme.example>"),
    ("--role=Data Analyst", "--interviewed=2026-11-20 10:00", "Acme", "--tz",
     "Europe/London", "--holidays", "none", "--playbook", "weekly"),
    (*BASE, "--call-in", "10", "--follow-up-by", "phone", "--thank-you-by", "letter",
     "--json"),
    (*BASE, "--decision-by", "2026-12-04", "--timeline", "they decide in two weeks",
     "--all-contacted", "yes", "--needs", "references", "--fit", "yes", "--holidays", "us-ny"),
    (*BASE, "--role", "Senior Analyst", "--decision-by", "", "-y"),  # the last --role counts
    (*BASE, "--playbook", "agreed", "--follow-up-on", "2026-12-01", "--yes", "--json"),
]


@pytest.mark.parametrize("args", GOOD, ids=range(len(GOOD)))
def test_good_input_prints_and_stores_the_same(tmp_path: Path, args: tuple[str, ...]) -> None:
    res = _same(tmp_path, args)
    assert res.code == 0 and res.stderr == ""
    if "--json" in args:
        assert json.loads(res.stdout)["company"] in ("Acme Analytics", "Acme")


BAD = [
    ("", "--role", "Analyst", "--interviewed", "2026-11-20 10:00"),  # C: empty company
    ("Acme", "--interviewed", "2026-11-20 10:00"),  # no role
    ("Acme", "--role", " "),  # blank role
    ("Acme", "--role", "Analyst"),  # no interview time
    ("Acme", "--role", "Analyst", "--interviewed", "last friday-ish"),
    (*BASE, "--tz", "Mars/Olympus"),
    (*BASE, "--tz", ""),
    (*BASE, "--holidays", "XX"),
    (*BASE, "--playbook", "sometimes"),
    (*BASE, "--thank-you-by", "text"),  # T4
    (*BASE, "--call-in", "999"),
    (*BASE, "--all-contacted", "perhaps"),
    (*BASE, "--decision-by", "2026-11-01"),  # before the interview
    (*BASE, "--follow-up-on", "2026-12-01", "--call-in", "5"),
    (*BASE, "--with", "Dana <not an address>"),
    (*BASE, "--with", "Dana <d@acme.example>", "--with", "Dana <d@acme.example>"),
    (*BASE, "--noted", "Nobody: the weather", "--with", "Dana"),
    (*BASE, "--with", "#99"),  # no such contact
    (*BASE, "--playbook", "estimate", "--json"),  # needs --decision-by (C1)
    ("Acme", "--role", "Analyst", "--interviewed", "2024-01-10 10:00"),  # unconfirmed
    ("Acme", "--role", "Analyst", "--interviewed", "2027-03-10 10:00", "--json"),
    ("Acme\x00", *BASE[1:]),
]


@pytest.mark.parametrize("args", BAD, ids=range(len(BAD)))
def test_bad_input_is_refused_alike_and_changes_nothing(tmp_path: Path,
                                                        args: tuple[str, ...]) -> None:
    res = _same(tmp_path, args)
    assert res.code in (1, 2) and res.stdout == ""
    assert res.stderr.startswith("followup: error: ") and res.stderr.count("\n") == 1
    assert _stored(tmp_path / "fast.db") == []


def test_an_unusual_date_with_yes_is_stored_alike(tmp_path: Path) -> None:
    res = _same(tmp_path, ("Acme", "--role", "Analyst", "--interviewed", "2024-01-10 10:00",
                           "--yes", "--json"))
    assert res.code == 0


LEFT_TO_TYPER = [
    (), ("--help",), (*BASE, "--help"), ("-i",), ("--interactive", "Acme"),
    ("--from", "invite.ics"), (*BASE, "--bogus"), (*BASE, "--rol", "x"), (*BASE, "--tz"),
    (*BASE, "--tz", "--json"), (*BASE, "--call-in", "ten"), (*BASE, "--call-in", "-3"),
    (*BASE, "Second Company"), (*BASE, "--"), (*BASE, "-yq"), (*BASE, "--json=yes"),
    ("--role", "Analyst", "--interviewed", "2026-11-20 10:00"),  # no COMPANY
]


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=range(len(LEFT_TO_TYPER)))
def test_shapes_it_does_not_own_go_to_typer(args: tuple[str, ...]) -> None:
    assert fast_add.parse(args) is None


def test_every_capture_option_is_read_from_the_one_description() -> None:
    options = {f.option for f in FIELDS if f.option.startswith("--")}
    assert set(fast_add._options()) == options
    for option in options:
        value = "7" if option == "--call-in" else "x"
        parsed = fast_add.parse(("Acme", option, value))
        assert parsed is not None and parsed["company"] == "Acme"


def test_a_usage_error_is_typers_own(tmp_path: Path) -> None:
    res = _typer(tmp_path / "t.db", (*BASE, "--call-in", "ten"))
    assert res.code == 2 and "ten" in res.stderr
    assert fast.run(["--db", str(tmp_path / "f.db"), "add", *BASE, "--call-in", "ten"]) is None


def test_the_fast_path_loads_neither_typer_nor_rich_nor_holidays(tmp_path: Path) -> None:
    """`add --json` on the fast path; the second run finds the holiday tables kept by the
    first (store.holiday_cache) and imports no `holidays` either."""
    code = ("import sys\nfrom followup.cli import main\n"
            "try:\n"
            f"    main(['--db', {str(tmp_path / 'a.db')!r}, '--now', {NOW!r}, 'add', "
            f"*{list(BASE)!r}, '--json'])\n"
            "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            "print(sorted(m for m in ('typer', 'rich', 'holidays') if m in sys.modules), "
            "file=sys.stderr)\n")
    seen = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stderr.strip() for _ in range(2)]
    assert seen[0] in ("['holidays']", "[]")
    assert seen[1] == "[]"


def test_an_unusual_date_in_a_terminal_is_left_to_typer_to_ask(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer's path asks "Record it anyway?"; the fast path stores nothing and hands over."""
    db = tmp_path / "f.db"
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    args = ["--db", str(db), "--now", NOW, "add", "Acme", "--role", "Analyst",
            "--interviewed", "2024-01-10 10:00"]
    assert fast.run(args) is None
    assert _stored(db) == []
