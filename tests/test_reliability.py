"""Crash safety: a writer killed with SIGKILL at random moments never leaves a database that
fails to open, fails its integrity check, or has lost a write it reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from followup.insights import transfer
from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}

# Each write is reported on stdout only once its transaction has committed.
WRITER = textwrap.dedent("""
    import itertools, sys
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from followup import service
    from followup.core.model import Person
    from followup.insights import journal
    from followup.core.journal import JournalText
    from followup.store.sqlite import Store

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))
    store = Store(sys.argv[1])
    ticks = itertools.count(1)
    stop_at = int(sys.argv[3])

    def stop_here():
        # At the chosen moment, inside a statement of some write: say so, then wait for the
        # SIGKILL (stdin is a pipe the test never writes to).
        if next(ticks) == stop_at:
            print("inside", flush=True)
            sys.stdin.readline()
        return 0

    store.conn.set_progress_handler(stop_here, 50)
    print("ready", flush=True)
    for i in itertools.count():
        app = service.add_application(
            store, company=f"Company {sys.argv[2]}-{i}", role="Analyst", now=now,
            interview=service.NewInterview(at=now.replace(hour=10), tz="America/New_York",
                interviewers=(Person("Jane", f"jane{i}@example.com"), Person("Raj"))))
        print("app", app.id, flush=True)
        step = app.steps[0].id
        service.mark_done(store, step, now.date(), now)
        print("done", step, flush=True)
        entry = journal.write(store, app.id, JournalText(note=f"entry {i}"), now.date(), now)
        print("journal", entry.id, flush=True)
""")

IMPORTER = textwrap.dedent("""
    import sys
    from followup.insights import transfer
    from followup.store.sqlite import Store

    store = Store(sys.argv[1])
    document = transfer.loads(open(sys.argv[2], encoding="utf-8").read(), "export")
    ticks = iter(range(1, 10**9))
    stop_at = int(sys.argv[3])

    def stop_here():
        if next(ticks) == stop_at:
            print("inside", flush=True)
            sys.stdin.readline()
        return 0

    store.conn.set_progress_handler(stop_here, 50)
    print("ready", flush=True)
    transfer.import_document(store, document)
    print("imported", flush=True)
    sys.stdin.readline()
""")


def _kill_inside(args: list[str]) -> tuple[list[str], int]:
    """Start a child that stops at a chosen moment inside a statement and says "inside"
    (or says "imported" when it finished first); SIGKILL it there. Its whole output lines
    and exit status. The kill lands where the child said it was, whatever the machine's
    speed (issue 12.7): the test synchronises on what the child reports, never on sleeps."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE,
                             stdin=subprocess.PIPE, text=True, env=ENV)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    lines: list[str] = []
    while True:
        line = child.stdout.readline()
        assert line, "the child ended before reaching its stopping point"
        if line in ("inside\n", "imported\n"):
            lines.append(line.strip())
            break
        lines.append(line.strip())
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    return lines, child.returncode


def _check(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_write(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(7)
    committed: dict[str, set[int]] = {"app": set(), "done": set(), "journal": set()}
    for run in range(50):
        stop_at = rng.randint(1, 2_000)  # somewhere in the first few writes
        lines, status = _kill_inside([WRITER, str(db), str(run), str(stop_at)])
        assert status == -signal.SIGKILL and lines[-1] == "inside"
        for line in lines[:-1]:
            kind, ident = line.split()
            committed[kind].add(int(ident))
        conn = _check(db)
        try:
            apps = {r[0] for r in conn.execute("SELECT id FROM applications")}
            done = {r[0] for r in conn.execute("SELECT id FROM steps WHERE status = 'done'")}
            notes = {r[0] for r in conn.execute("SELECT id FROM journal")}
            assert committed["app"] <= apps and committed["done"] <= done
            assert committed["journal"] <= notes
            halves = conn.execute("SELECT count(*) FROM applications a WHERE NOT EXISTS (SELECT"
                                  " 1 FROM steps WHERE application_id = a.id)").fetchone()[0]
            assert halves == 0  # an application and its plan commit together
        finally:
            conn.close()
    store = Store(db)  # and followup itself opens it and reads every application
    try:
        assert all(store.load(i).steps for i in store.application_ids())
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_during_an_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    source = Store(tmp_path / "source.db")
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup import service

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))
    for i in range(150):
        service.add_application(source, company=f"Company {i}", role="Dev", now=now,
                                interview=service.NewInterview(at=now.replace(hour=10),
                                                               tz="America/New_York"))
    document = tmp_path / "export.json"
    document.write_text(transfer.dumps(transfer.export_document(source)), encoding="utf-8")
    source.close()
    rng = random.Random(11)
    inside = 0
    for run in range(10):
        db = tmp_path / f"import{run}.db"
        Store(db).close()
        stop_at = 10**8 if run == 9 else rng.randint(1, 3_000)  # the last one finishes
        out, status = _kill_inside([IMPORTER, str(db), str(document), str(stop_at)])
        assert status == -signal.SIGKILL
        conn = _check(db)
        try:
            count = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
        finally:
            conn.close()
        # Killed inside the import's transaction: nothing; killed after it: everything.
        assert count == (150 if out[-1] == "imported" else 0)
        inside += out[-1] == "inside"
    assert out[-1] == "imported" and inside >= 5  # the kills did land mid-import
