"""Issue 22 (points 3 and 4): every action is one transaction, and undo tells the truth.

A real child process is killed with SIGKILL at chosen moments inside `add --from`, inside a
chunked import while the candidate works on its rows, and among concurrent deletes and
undos. Every kill lands where the child said it was (it prints "inside" and waits): the tests
synchronise on what the children print, never on sleeps."""

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

import pytest

from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}
NOW = "2026-11-23T18:00"
INVITE = Path(__file__).parent / "fixtures" / "invites" / "examples" / "outlook.ics"

# argv: STOP, then the command line of `followup`. The child runs the real command and counts
# the SQL statements its store's connection starts; as statement STOP starts it says "inside"
# and waits for the kill. Run to its end it says how many there were, and which of them
# began a new transaction after a COMMIT (the moments between two writes).
CLI_CHILD = textwrap.dedent("""
    import sys
    from followup.store import sqlite

    stop_at = int(sys.argv[1])
    seen = []
    opened = sqlite.Store.__init__

    def started(sql):
        seen.append(sql.split(None, 1)[0].upper() if sql.strip() else "")
        if len(seen) == stop_at:
            print("inside", flush=True)
            sys.stdin.readline()

    def init(self, path, **kw):
        opened(self, path, **kw)
        seen.clear()
        self.conn.set_trace_callback(started)

    sqlite.Store.__init__ = init
    print("ready", flush=True)
    sys.argv = ["followup", *sys.argv[2:]]
    from followup.cli import main
    try:
        main()
    finally:
        after = [i + 2 for i, word in enumerate(seen[:-1]) if word == "COMMIT"]
        print("statements", len(seen), *after, flush=True)
""")


def _run_to(stop: int, *args: str) -> tuple[list[str], subprocess.Popen[str]]:
    """Start the child; return what it printed up to "inside" (or to its end)."""
    child = subprocess.Popen([sys.executable, "-c", CLI_CHILD, str(stop), *args],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=ENV)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    lines: list[str] = []
    while True:
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if line == "inside\n" or line.startswith("statements "):
            break
    return lines, child


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _statements(*args: str) -> tuple[int, list[int]]:
    lines, child = _run_to(10**9, *args)
    child.communicate()
    assert child.returncode == 0 and lines[-1].startswith("statements "), lines
    total, *after_commits = (int(n) for n in lines[-1].split()[1:])
    return total, after_commits


@pytest.mark.slow
def test_add_from_killed_anywhere_keeps_the_application_and_its_invitation_together(
        tmp_path: Path, cli_proc: Callable[..., Any]) -> None:
    """Killed between any two statements of `add --from`, the file read again is either
    taken as new or found as read before: never an application without its invitation
    (which made the second reading fail "this round ... is not after round 1")."""
    trial = tmp_path / "trial.db"
    Store(trial).close()
    args = ("--now", NOW, "add", "--from", str(INVITE), "--yes")
    total, between = _statements("--db", str(trial), *args)
    assert total > 20, (total, between)
    stops = sorted({*between, *(max(1, total * k // 12) for k in range(1, 12))})
    for stop in stops:
        db = tmp_path / f"kill{stop}.db"
        Store(db).close()
        lines, child = _run_to(stop, "--db", str(db), *args)
        assert lines[-1] == "inside", lines
        _kill(child)
        apps = _count(db, "SELECT count(*) FROM applications")
        assert apps == _count(db, "SELECT count(*) FROM invitations"), stop
        again = subprocess.run([sys.executable, "-m", "followup", "--db", str(db), *args],
                               capture_output=True, text=True, env=ENV)
        assert again.returncode == 0, (stop, again.stderr)
        assert _count(db, "SELECT count(*) FROM applications") == 1
        assert _count(db, "SELECT count(*) FROM invitations") == 1


# -- an import killed while the candidate works on what it brought ----------------------------

IMPORTER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from followup.insights import csvio
    from followup.store.sqlite import Store

    csvio.CHUNK_ROWS = 5
    store = Store(sys.argv[1])

    def progress(stage, done, total):
        if stage == "importing":
            print("committed", done, flush=True)
            if done == 10:
                sys.stdin.readline()

    options = csvio.CsvOptions(now=datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(
        "America/New_York")), tz="America/New_York")
    csvio.import_csv(store, open(sys.argv[2], encoding="utf-8").read(), {}, options,
                     progress=progress)
    print("imported", flush=True)
""")


def _csv(path: Path) -> Path:
    lines = ["company,role,interviewed,with"]
    lines += [f"Company {i},Analyst,2026-11-{(i % 20) + 1:02d} 10:00,"
              f"Person {i} <p{i}@c{i}.example>" for i in range(1, 24)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _one(db: Path, sql: str, *args: Any) -> Any:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(sql, args).fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def test_an_import_killed_while_the_candidate_worked_keeps_their_work_and_says_so(
        tmp_path: Path, db_path: Path, cli_proc: Callable[..., Any]) -> None:
    """Paused after two chunks (ten applications), the candidate writes a note on one of
    them and marks a step of another done; then the import is killed. The next command takes
    the import back but for those two, says so, and both undos still work (before, the note
    and the done mark vanished silently and an undo entry blocked every older undo)."""
    res = cli_proc("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-20 10:00",
                   "--with", "Jane Doe <jane@acme.example>")
    assert res.code == 0, res.stderr
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path),
                              str(_csv(tmp_path / "in.csv"))], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=ENV)
    assert child.stdout is not None
    seen = []
    while not seen or seen[-1] != "committed 10":
        line = child.stdout.readline()
        assert line, seen
        seen.append(line.strip())
    try:
        noted = _one(db_path, "SELECT id FROM applications WHERE company = 'Company 2'")
        worked = _one(db_path, "SELECT id FROM applications WHERE company = 'Company 7'")
        step = _one(db_path, "SELECT min(id) FROM steps WHERE application_id = ? AND status"
                    " = 'pending'", worked)
        assert cli_proc("journal", str(noted), "--note", "called them back").code == 0
        res = cli_proc("done", str(step))
        assert res.code == 0, res.stderr
    finally:
        _kill(child)
    res = cli_proc("list")
    assert res.code == 0, res.stderr
    assert "taken back" in res.stderr and "8 applications removed" in res.stderr, res.stderr
    assert f"#{noted} Company 2" in res.stderr and f"#{worked} Company 7" in res.stderr
    assert _count(db_path, "SELECT count(*) FROM applications") == 3
    assert _one(db_path, "SELECT count(*) FROM journal WHERE application_id = ?", noted) == 1
    assert _one(db_path, "SELECT status FROM steps WHERE id = ?", step) == "done"
    assert _one(db_path, "SELECT name FROM contacts WHERE email = 'p7@c7.example'") \
        == "Person 7"
    assert _one(db_path, "SELECT count(*) FROM contacts WHERE email = 'p3@c3.example'") == 0
    res = cli_proc("undo")
    assert res.code == 0 and "done" in res.stdout, res.stdout + res.stderr
    assert _one(db_path, "SELECT status FROM steps WHERE id = ?", step) == "pending"
    res = cli_proc("undo")
    assert res.code == 0 and "Acme" in res.stdout, res.stdout + res.stderr
    assert _count(db_path, "SELECT count(*) FROM applications") == 2


# -- concurrent deletes and undos --------------------------------------------------------------

DELETER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from followup import service
    from followup.core.errors import FollowupError
    from followup.store.sqlite import Store

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))
    store = Store(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        what, _, arg = line.strip().partition(" ")
        try:
            if what == "delete":
                service.delete_application(store, int(arg), now)
                print("deleted", arg, flush=True)
            elif what == "undo":
                print("undone", service.undo(store, now), flush=True)
            elif what == "pause":  # inside the next write, wait for the kill
                def stop():
                    print("inside", flush=True)
                    sys.stdin.readline()
                    return 0
                store.conn.set_progress_handler(stop, 1)
                service.delete_application(store, int(arg), now)
        except FollowupError as exc:
            print("refused", exc.message, flush=True)
""")


def _say(child: subprocess.Popen[str], line: str) -> str:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


def test_concurrent_deletes_give_one_deleted_and_undo_brings_it_back_with_its_ids(
        db_path: Path, cli_proc: Callable[..., Any]) -> None:
    """Four processes delete the same application: one says deleted, the others "already
    deleted" and record nothing; one killed inside its delete leaves no trace; undo then
    brings the application back with its ids, and a new application never takes them."""
    for company in ("Acme", "Beta"):
        res = cli_proc("add", company, "--role", "Analyst", "--interviewed",
                       "2026-11-20 10:00", "--with", f"Jane <jane@{company.lower()}.example>")
        assert res.code == 0, res.stderr
    steps = sorted(r[0] for r in sqlite3.connect(db_path).execute(
        "SELECT id FROM steps WHERE application_id = 2"))
    victim = subprocess.Popen([sys.executable, "-c", DELETER, str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    children = [subprocess.Popen([sys.executable, "-c", DELETER, str(db_path)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                 env=ENV) for _ in range(4)]
    try:
        assert victim.stdout is not None and victim.stdout.readline() == "ready\n"
        assert _say(victim, "pause 2") == "inside"
        _kill(victim)
        assert _one(db_path, "SELECT count(*) FROM undo_log") == 2
        for child in children:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            assert child.stdin is not None
            child.stdin.write("delete 2\n")
            child.stdin.flush()
        said = sorted(c.stdout.readline().strip() for c in children if c.stdout)
    finally:
        for child in children:
            child.communicate()
    assert said == ["deleted 2"] + ["refused application 2 is already deleted; nothing"
                                    " changed"] * 3, said
    assert _one(db_path, "SELECT count(*) FROM undo_log") == 3  # two adds, one delete
    res = cli_proc("undo")
    assert res.code == 0 and "deleted application 2" in res.stdout, res.stdout + res.stderr
    assert sorted(r[0] for r in sqlite3.connect(db_path).execute(
        "SELECT id FROM steps WHERE application_id = 2")) == steps
    res = cli_proc("delete", "2", "--yes")
    assert res.code == 0, res.stderr
    res = cli_proc("add", "Gamma", "--role", "Analyst", "--interviewed", "2026-11-20 10:00",
                   "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["id"] == 3 and min(s["id"] for s in doc["steps"]) > max(steps)
    res = cli_proc("delete", "2", "--yes")
    assert res.code != 0 and "already deleted" in res.stderr
