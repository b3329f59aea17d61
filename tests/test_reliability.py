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
import time
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
    from followup.insights.model import JournalText
    from followup.store.sqlite import Store

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))
    store = Store(sys.argv[1])
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
    print("ready", flush=True)
    transfer.import_document(store, document)
    print("imported", flush=True)
""")


def _kill_after(args: list[str], delay: float) -> tuple[list[str], int]:
    """Start a child, let it run `delay` seconds past "ready", SIGKILL it (unless it has
    finished by then); its output and exit status."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True,
                             env=ENV)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate()
    # The kill can land while a line is being printed: a report without its newline is
    # unfinished and proves nothing either way, so only whole lines count.
    whole = out[: out.rfind("\n") + 1]
    return whole.splitlines(), child.returncode


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
    started = time.monotonic()
    for run in range(50):
        lines, status = _kill_after([WRITER, str(db), str(run)], rng.uniform(0.0, 0.25))
        assert status == -signal.SIGKILL
        for line in lines:
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
    assert len(committed["journal"]) > 20, "the writer hardly ran: the test proved little"
    store = Store(db)  # and followup itself opens it and reads every application
    try:
        assert all(store.load(i).steps for i in store.application_ids())
    finally:
        store.close()
    assert time.monotonic() - started < 60


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
    for run in range(10):
        db = tmp_path / f"import{run}.db"
        Store(db).close()
        out, status = _kill_after([IMPORTER, str(db), str(document)], rng.uniform(0.0, 0.3))
        assert status in (0, -signal.SIGKILL)
        conn = _check(db)
        try:
            count = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
        finally:
            conn.close()
        assert count in (0, 150)
        assert count == 150 or "imported" not in out
