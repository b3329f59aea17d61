"""Issue 22.4: a chunked CSV import killed (SIGKILL) part way is carried on by running it
again: the chunks it had committed stay, the rest follow, nothing is doubled or written
twice, and the report says so. Another command run first takes the import back instead,
and says so; running the import after that brings it all in once. Every test synchronises
on what the child prints; none sleeps."""

from __future__ import annotations

import sqlite3
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from followup.insights import csvio
from test_send_copy import kill_at

NOW = "2026-11-23T18:00"
ROWS = 23  # five chunks of five rows

# The real `followup import csv` in chunks of five rows, stopped inside the chunk that holds
# row STOP (the chunks before it committed): it says so and waits for the kill.
STOPPED = textwrap.dedent("""
    import os, sys
    from followup.insights import csvio

    csvio.CHUNK_ROWS = 5
    real = csvio._one
    written = iter(range(1, 10**9))

    def one(batch, values, options, known, report):
        if not report.dry_run and next(written) == int(os.environ["STOP"]):
            print("inside", flush=True)
            sys.stdin.readline()
        real(batch, values, options, known, report)

    csvio._one = one
    sys.argv = ["followup", *sys.argv[1:]]
    from followup.cli import main
    main()
""")

Cli = Callable[..., Any]


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(csvio, "CHUNK_ROWS", 5)  # as the killed run had them
    path = tmp_path / "tracker.csv"
    path.write_text("company,role,interviewed\n" + "".join(
        f"Company {i},Analyst,2026-11-{(i % 20) + 1:02d} 10:00\n" for i in range(ROWS)),
        encoding="utf-8")
    return path


def _kill_inside(db: Path, csv: Path, stop: int) -> None:
    kill_at(STOPPED, "inside", ["--db", str(db), "--now", NOW, "import", "csv", str(csv)],
            STOP=str(stop))


def _apps(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT company FROM applications ORDER BY id")]
    finally:
        conn.close()


def _imports(db: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT state, rows_done FROM imports ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("stop", [6, 13, 23])
def test_running_a_killed_import_again_carries_it_on(stop: int, cli: Cli, big: Path,
                                                      db_path: Path) -> None:
    _kill_inside(db_path, big, stop)
    before = (stop - 1) // 5 * 5  # whole chunks committed
    assert len(_apps(db_path)) == before
    assert _imports(db_path) == [("running", before)]
    res = cli("import", "csv", str(big), "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["resumed"] == before and len(doc["added"]) == ROWS - before
    assert "taken back" not in res.stderr
    assert _apps(db_path) == [f"Company {i}" for i in range(ROWS)]  # each once, in order
    assert [s for s, _ in _imports(db_path)] == ["done"]
    again = cli("import", "csv", str(big), "--json")  # a whole import run again: all known
    assert again.code == 0 and again.json()["added"] == [] and "resumed" not in again.json()
    assert len(_apps(db_path)) == ROWS


def test_the_plain_report_says_it_carried_on(cli: Cli, big: Path, db_path: Path) -> None:
    _kill_inside(db_path, big, 13)
    res = cli("import", "csv", str(big))
    assert res.code == 0, res.stderr
    assert "Carried on with an import that was stopped: 10 row(s) were already in." in (
        res.stdout)
    assert "Added 13 application(s)." in res.stdout


def test_another_command_first_takes_it_back_and_the_import_then_comes_in_once(
        cli: Cli, big: Path, db_path: Path) -> None:
    _kill_inside(db_path, big, 13)
    res = cli("today")
    assert "an import that did not finish was taken back (10 applications removed)" in (
        res.stderr)
    assert _apps(db_path) == []
    doc = cli("import", "csv", str(big), "--json").json()
    assert "resumed" not in doc and len(doc["added"]) == ROWS
    assert _apps(db_path) == [f"Company {i}" for i in range(ROWS)]


def test_a_different_file_does_not_carry_on_the_stopped_import(
        cli: Cli, big: Path, db_path: Path, tmp_path: Path) -> None:
    """Only the same file with the same options carries on; another import takes the stopped
    one back first."""
    _kill_inside(db_path, big, 13)
    other = tmp_path / "other.csv"
    other.write_text("company,role,interviewed\nInitech,Analyst,2026-11-20 10:00\n",
                     encoding="utf-8")
    res = cli("import", "csv", str(other), "--json")
    assert res.code == 0 and "taken back" in res.stderr
    assert "resumed" not in res.json()
    assert _apps(db_path) == ["Initech"]
