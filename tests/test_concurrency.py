"""Several real processes on one database file: writers queue instead of failing with
"database is locked", nothing is lost, and a killed writer leaves a sound database holding
every write it committed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
N = 16

pytestmark = pytest.mark.slow


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def start(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "followup", "--db", str(db), "--now", "2026-11-25T18:00", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())


def finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        out.append((p.returncode, stdout, stderr))
    return out


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_parallel_adds_on_a_fresh_database(tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "same.db"
    assert not db.parent.exists()
    procs = [start(db, "add", f"Company-{i}", "--role", "Analyst", "--interviewed",
                   "2026-11-23 10:00", "--with", f"Person {i} <p{i}@c{i}.example>", "--json")
             for i in range(N)]
    results = finish(procs)
    for code, stdout, stderr in results:
        assert "locked" not in stderr
        assert code == 0, stderr
        assert stderr == ""
        assert json.loads(stdout)["status"] == "active"
    ids = sorted(json.loads(stdout)["id"] for _, stdout, _ in results)
    assert ids == list(range(1, N + 1))
    assert count(db, "SELECT count(*) FROM applications") == N
    assert count(db, "SELECT count(DISTINCT company) FROM applications") == N
    assert count(db, "SELECT count(*) FROM contacts") == N
    from followup.store.migrations import MIGRATIONS

    assert count(db, "SELECT count(*) FROM schema_migrations") == len(MIGRATIONS)
    assert count(db, "SELECT count(DISTINCT version) FROM schema_migrations") == len(MIGRATIONS)
    # Each application holds exactly the plan its own process printed.
    conn = sqlite3.connect(db)
    try:
        for _, stdout, _ in results:
            doc = json.loads(stdout)
            stored = [r[0] for r in conn.execute(
                "SELECT id FROM steps WHERE application_id = ? ORDER BY id", (doc["id"],))]
            assert stored == sorted(s["id"] for s in doc["steps"])
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_parallel_done_on_different_steps_loses_nothing(db_path: Path) -> None:
    from typer.testing import CliRunner

    from followup.cli.app import app

    runner = CliRunner()
    thank_yous: list[int] = []
    for i in range(N // 2):  # two interviewers each: two processes touch the same plan
        res = runner.invoke(app, [
            "--db", str(db_path), "--now", "2026-11-23T18:00", "add", f"Company-{i}",
            "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
            "--with", f"Ann {i} <ann{i}@c{i}.example>", "--with", f"Bob {i} <bob{i}@c{i}.example>",
            "--json"])
        assert res.exit_code == 0, res.stderr
        thank_yous += [s["id"] for s in json.loads(res.stdout)["steps"]
                       if s["kind"] == "thank_you"]
    assert len(thank_yous) == N

    days = {sid: f"2026-11-{23 + k % 3}" for k, sid in enumerate(thank_yous)}
    results = finish([start(db_path, "done", str(sid), "--on", days[sid], "--json")
                      for sid in thank_yous])
    for code, _, stderr in results:
        assert "locked" not in stderr
        assert code == 0, stderr

    conn = sqlite3.connect(db_path)
    try:
        done = dict(conn.execute("SELECT id, done_on FROM steps WHERE status = 'done'"))
        assert done == days
        # F1: each plan re-anchored on the later of its two thank-yous, whoever ran last.
        for app_id in range(1, N // 2 + 1):
            last = max(d for d, in conn.execute(
                "SELECT done_on FROM steps WHERE application_id = ? AND kind = 'thank_you'",
                (app_id,)))
            week1 = conn.execute(
                "SELECT due FROM steps WHERE application_id = ? AND status = 'pending'"
                " ORDER BY due LIMIT 1", (app_id,)).fetchone()[0]
            assert week1 == (date.fromisoformat(last) + timedelta(days=7)).isoformat()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


CHILD = """
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from followup import service
from followup.core.model import Person, Timeline
from followup.store.sqlite import Store

NY = ZoneInfo("America/New_York")
now = datetime(2026, 11, 23, 18, 0, tzinfo=NY)
store = Store(sys.argv[1])
i = 0
while True:
    i += 1
    interview = service.NewInterview(
        at=datetime(2026, 11, 23, 10, 0, tzinfo=NY), tz="America/New_York",
        interviewers=(Person(f"Person {i}", f"p{i}@c{i}.example"),), timeline=Timeline())
    app = service.add_application(store, company=f"Company-{i}", role="Analyst",
                                  interview=interview, now=now)
    print(app.id, flush=True)
"""


def test_killed_writer_leaves_every_committed_write(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env())
    assert child.stdout is not None
    seen: list[int] = []
    deadline = time.monotonic() + 30
    while len(seen) < 40 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        seen.append(int(line))
    child.send_signal(signal.SIGKILL)
    # Read through the same buffered file: lines already buffered here count too.
    seen += [int(x) for x in child.stdout.read().split()]
    assert child.stderr is not None
    stderr = child.stderr.read()
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, stderr
    assert len(seen) >= 40, stderr
    assert seen == list(range(1, len(seen) + 1))

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [r[0] for r in conn.execute("SELECT id FROM applications ORDER BY id")]
        # Every printed add was committed; at most one more committed before the kill landed.
        assert ids[:len(seen)] == seen
        assert len(ids) in (len(seen), len(seen) + 1)
        # Each committed application is whole: its interview, its contact and its plan.
        for table in ("interviews", "contacts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(ids)
        plans = conn.execute(
            "SELECT a.id, (SELECT count(*) FROM steps s WHERE s.application_id = a.id"
            " AND s.kind = 'thank_you'), (SELECT count(*) FROM steps s"
            " WHERE s.application_id = a.id AND s.kind = 'close') FROM applications a").fetchall()
        assert [(t, c) for _, t, c in plans] == [(1, 1)] * len(ids)
    finally:
        conn.close()

    from followup.store.sqlite import Store

    store = Store(db)
    try:
        assert store.load(ids[-1]).company == f"Company-{ids[-1]}"
    finally:
        store.close()
