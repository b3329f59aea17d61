"""Issue 12.3: an import that commits in chunks stays all or nothing to the user even when its
process is killed (SIGKILL) between two chunks or inside one: the next command takes the
committed chunks back, contacts they made and changes they made to known people included.
While it runs, other commands get the database between chunks. Every test synchronises on
what the child reports; none sleeps."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}
NOW = "2026-11-23T18:00"

# argv: database, CSV file, mode ("between": wait after the chunk that ends at row STOP has
# committed; "inside": wait inside the chunk, just before row STOP), STOP.
IMPORTER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from followup.insights import csvio
    from followup.store.sqlite import Store

    csvio.CHUNK_ROWS = 5
    db, source, mode, stop = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = Store(db)
    real = csvio._one
    written = iter(range(1, 10**9))

    def one(batch, values, options, known, report):
        if not report.dry_run and next(written) == stop and mode == "inside":
            print("inside", flush=True)
            sys.stdin.readline()
        real(batch, values, options, known, report)

    def progress(stage, done, total):
        if stage == "importing":
            print("committed", done, flush=True)
            if mode == "between" and done == stop:
                sys.stdin.readline()

    csvio._one = one
    options = csvio.CsvOptions(now=datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(
        "America/New_York")), tz="America/New_York")
    report = csvio.import_csv(store, open(source, encoding="utf-8").read(), {}, options,
                              progress=progress)
    print("imported", len(report.added), flush=True)
""")


def _csv(path: Path) -> Path:
    """23 applications (five chunks of five rows). The first row names a person already
    known by email under a shorter name (the import renames them: a change to a row that was
    there before); the others bring people nobody knew."""
    lines = ["company,role,interviewed,with",
             "Globex,Engineer,2026-11-19 10:00,Jane Doe <jane@acme.example>"]
    lines += [f"Company {i},Analyst,2026-11-{(i % 20) + 1:02d} 10:00,"
              f"Person {i} <p{i}@c{i}.example>" for i in range(1, 23)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the candidate's (the import journal aside)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
            " 'sqlite_%' AND name NOT IN ('imports', 'import_rows') ORDER BY name").fetchall()
        virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
        # A full-text index is compared through itself, not through its shadow tables.
        names = [n for n, _ in rows if not any(n.startswith(v + "_") for v in virtual)]
        return {n: sorted(conn.execute(f'SELECT rowid, * FROM "{n}"').fetchall(), key=repr)
                for n in names}
    finally:
        conn.close()


def _journal(db: Path) -> tuple[list[str], int]:
    conn = sqlite3.connect(db)
    try:
        states = [r[0] for r in conn.execute("SELECT state FROM imports ORDER BY id")]
        return states, int(conn.execute("SELECT count(*) FROM import_rows").fetchone()[0])
    finally:
        conn.close()


def _start(db: Path, source: Path, mode: str, stop: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", IMPORTER, str(db), str(source), mode,
                             str(stop)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=ENV)


def _wait_for(child: subprocess.Popen[str], wanted: str) -> list[str]:
    assert child.stdout is not None
    seen: list[str] = []
    while True:
        line = child.stdout.readline()
        assert line, f"the child ended before saying {wanted!r}: {seen}"
        seen.append(line.strip())
        if line.strip() == wanted:
            return seen


def _known_person(cli_proc: Callable[..., Any]) -> None:
    res = cli_proc("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-20 10:00",
                   "--with", "J. Doe <jane@acme.example>")
    assert res.code == 0, res.stderr
    assert cli_proc("list").code == 0  # whatever a read does, it has done it before the dump


def test_a_finished_import_renames_the_known_person_and_keeps_no_journal(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any]) -> None:
    """The control: run to its end, the import does change a row that was there before (so
    the kills below take back a change, not only additions) and leaves no journal."""
    _known_person(cli_proc)
    child = _start(db_path, _csv(tmp_path / "in.csv"), "never", 0)
    out, _ = child.communicate()
    assert child.returncode == 0 and out.strip().splitlines()[-1] == "imported 23"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT name FROM contacts WHERE email = 'jane@acme.example'"
                            ).fetchone()[0] == "Jane Doe"
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 24
        assert conn.execute("SELECT count(*) FROM undo_log").fetchone()[0] == 1  # Acme's
    finally:
        conn.close()
    assert _journal(db_path) == (["done"], 0)


def test_sigkill_between_chunks_then_any_command_leaves_what_was_there(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any]) -> None:
    _known_person(cli_proc)
    before = _dump(db_path)
    child = _start(db_path, _csv(tmp_path / "in.csv"), "between", 10)
    assert _wait_for(child, "committed 10")[-2:] == ["committed 5", "committed 10"]
    conn = sqlite3.connect(db_path)  # two chunks are in, the known person renamed
    try:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 11
        assert conn.execute("SELECT name FROM contacts WHERE email = 'jane@acme.example'"
                            ).fetchone()[0] == "Jane Doe"
    finally:
        conn.close()
    child.kill()
    child.communicate()
    assert child.returncode == -signal.SIGKILL
    res = cli_proc("list")
    assert res.code == 0, res.stderr
    assert "Globex" not in res.stdout and "Company 1 " not in res.stdout
    assert _dump(db_path) == before
    assert _journal(db_path) == (["taken back"], 0)


def test_sigkill_inside_a_chunk_is_taken_back_by_the_fast_read_too(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any]) -> None:
    """Killed inside the third chunk's transaction, and not yet reaped (a zombie): the
    committed chunks go, the open one was never there; `today --json` (the fast path)
    hands over to the ordinary one, which takes the import back before reading."""
    _known_person(cli_proc)
    before = _dump(db_path)
    child = _start(db_path, _csv(tmp_path / "in.csv"), "inside", 13)
    assert _wait_for(child, "inside")[-3:] == ["committed 5", "committed 10", "inside"]
    os.kill(child.pid, signal.SIGKILL)
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # dead, still in the table
    try:
        res = cli_proc("today", "--json")
        assert res.code == 0, res.stderr
        assert "Globex" not in res.stdout and "Company " not in res.stdout
    finally:
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    assert _dump(db_path) == before
    assert _journal(db_path) == (["taken back"], 0)


def test_other_commands_get_in_between_chunks_and_leave_the_import_alone(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any]) -> None:
    """Paused after its second chunk, the importer holds no lock: a write and reads from
    other processes go through at once (no "database is locked"), and they do not take back
    an import whose process still runs; it then finishes whole, and `undo` takes back the
    other command's change, not a row of the import."""
    _known_person(cli_proc)
    child = _start(db_path, _csv(tmp_path / "in.csv"), "between", 10)
    _wait_for(child, "committed 10")
    try:
        res = cli_proc("add", "Initech", "--role", "Tester", "--interviewed",
                       "2026-11-22 10:00", "--json")
        assert res.code == 0 and "locked" not in res.stderr, res.stderr
        for read in (("list",), ("today", "--json"), ("export", "json")):
            res = cli_proc(*read)
            assert res.code == 0 and "locked" not in res.stderr, res.stderr
        assert _journal(db_path) == (["running"], _journal(db_path)[1])
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        assert _wait_for(child, "imported 23")[-1] == "imported 23"
    finally:
        child.communicate()
    assert child.returncode == 0
    assert _journal(db_path) == (["done"], 0)
    res = cli_proc("undo")
    assert res.code == 0 and "Initech" in res.stdout, res.stdout + res.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 24
    finally:
        conn.close()


def test_an_import_of_a_process_number_reused_by_another_process_is_taken_back(
        db_path: Path) -> None:
    """The journal names the process by its number and its start: a later process given
    the same number (here: this one) does not keep a dead import alive."""
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        import socket

        conn.execute("INSERT INTO imports (kind, pid, host, process, started_at) VALUES"
                     " ('csv', ?, ?, 'another boot:1', '2026-11-23T18:00')",
                     (os.getpid(), socket.gethostname()))
        conn.commit()
    finally:
        conn.close()
    Store(db_path).close()
    assert _journal(db_path) == (["taken back"], 0)


def test_a_failure_in_a_later_chunk_puts_everything_back_at_once(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any],
        monkeypatch: Any) -> None:
    """Not a kill: a row that fails in the third chunk (the database changed since the
    check, say). The same journal takes back, in this process, the two chunks committed,
    the contacts they made and the renaming of the known person."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import pytest

    from followup.core.errors import BadInput
    from followup.insights import csvio

    _known_person(cli_proc)
    before = _dump(db_path)
    monkeypatch.setattr(csvio, "CHUNK_ROWS", 5)
    real = csvio._one
    written = iter(range(1, 10**9))

    def flaky(store: Any, values: Any, options: Any, known: Any, report: Any) -> None:
        if not report.dry_run and next(written) == 13:
            raise BadInput("the database changed under the import")
        real(store, values, options, known, report)

    monkeypatch.setattr(csvio, "_one", flaky)
    store = Store(db_path)
    try:
        options = csvio.CsvOptions(now=datetime(2026, 11, 23, 18,
                                                tzinfo=ZoneInfo("America/New_York")),
                                   tz="America/New_York")
        with pytest.raises(BadInput):
            csvio.import_csv(store, _csv(tmp_path / "in.csv").read_text(encoding="utf-8"),
                             {}, options)
        assert not store.conn.execute("SELECT name FROM temp.sqlite_master"
                                      " WHERE type = 'trigger'").fetchall()
    finally:
        store.close()
    assert _dump(db_path) == before
    assert _journal(db_path) == (["taken back"], 0)
