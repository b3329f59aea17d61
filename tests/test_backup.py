"""Backups: a consistent copy while others write, and rotating copies before migrations."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.errors import FollowupError
from followup.insights import backups, transfer
from followup.store import backup
from followup.store.migrations import MIGRATIONS, migrate, schema_version
from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"
TZ = "America/New_York"
NOW = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(TZ))
PREVIOUS = [v for v, _name, _sql in MIGRATIONS][-2]

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
    print("ready", flush=True)
    for i in itertools.count():
        app = service.add_application(
            store, company=f"Company {i}", role="Analyst", now=now,
            interview=service.NewInterview(at=now.replace(hour=10), tz="America/New_York",
                interviewers=(Person("Jane", f"jane{i}@example.com"),)))
        print("app", app.id, flush=True)
        entry = journal.write(store, app.id, JournalText(note=f"entry {i}"), now.date(), now)
        print("journal", entry.id, flush=True)
""")


def writer(db: Path) -> subprocess.Popen[str]:
    """A child process adding applications and journal entries as fast as it can."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def export(db: Path) -> str:
    s = Store(db)
    try:
        return transfer.dumps(transfer.export_document(s))
    finally:
        s.close()


def add(store: Store, company: str = "Acme") -> None:
    service.add_application(store, company=company, role="Analyst", now=NOW,
                            interview=service.NewInterview(at=NOW.replace(hour=10), tz=TZ))


@pytest.fixture
def filled(db_path: Path) -> Path:
    s = Store(db_path)
    add(s)
    s.close()
    return db_path


def test_backup_to_the_default_folder(cli, filled: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("backup", "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    copy = Path(doc["backup"])
    assert copy.parent == filled.parent / "backups" and copy.name == "followup-20261123-180000.db"
    assert doc["bytes"] == copy.stat().st_size and doc["database"] == str(filled)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    assert export(copy) == export(filled)
    second = Path(cli("backup", "--json").json()["backup"])
    assert second.name == "followup-20261123-180000-2.db"  # never on top of the first


def test_backup_to_a_file_never_overwrites(cli, filled: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.db"
    res = cli("backup", str(target))
    assert res.code == 0 and "Backed up" in res.stdout and target.is_file()
    again = cli("backup", str(target))
    assert again.code == 2 and "already exists" in again.stderr
    assert cli("backup", str(target), "--force").code == 0
    into_folder = cli("backup", str(tmp_path), "--json").json()["backup"]
    assert Path(into_folder).parent == tmp_path
    itself = cli("backup", str(filled))
    assert itself.code == 2 and "the database itself" in itself.stderr


def test_backup_of_a_missing_database_creates_nothing(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("backup")
    assert res.code == 2 and "nothing to back up" in res.stderr
    assert not db_path.exists()


def _journal_ids(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT id FROM journal ORDER BY id")]


def _next_journal(child: subprocess.Popen[str]) -> int:
    """Wait for the writer to report its next committed journal entry (an event, not a
    sleep: the test means the same on a fast machine and on a busy one)."""
    assert child.stdout is not None
    while True:
        line = child.stdout.readline()
        assert line, "the writer stopped"
        kind, ident = line.split()
        if kind == "journal":
            return int(ident)


def test_backups_taken_while_another_process_writes_are_consistent(db_path: Path,
                                                                   tmp_path: Path) -> None:
    Store(db_path).close()
    child = writer(db_path)
    try:
        for n in range(8):
            committed = _next_journal(child)  # the writer goes on writing meanwhile
            copy = backups.backup(db_path, tmp_path / f"copy{n}.db", NOW)
            ids = _journal_ids(copy)
            assert ids == list(range(1, len(ids) + 1))  # a snapshot: no holes, no halves
            assert len(ids) >= committed  # every write reported before the copy is in it
            with sqlite3.connect(copy) as conn:  # every application came with its interview
                orphans = conn.execute("SELECT count(*) FROM applications a WHERE NOT EXISTS"
                                       " (SELECT 1 FROM interviews WHERE application_id = a.id)")
                assert orphans.fetchone()[0] == 0
    finally:
        child.kill()
        child.wait()


def old_database(path: Path, *, data: bool = True) -> None:
    """A database at the version before the latest, as an older followup left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, upto=PREVIOUS)
    if data:
        conn.execute("INSERT INTO applications (company, role, status, playbook, created_at,"
                     " updated_at) VALUES ('Acme', 'Analyst', 'active', 'default', ?, ?)",
                     (NOW.isoformat(), NOW.isoformat()))
    conn.close()


def test_an_upgrade_of_a_database_with_data_is_backed_up_first(db_path: Path) -> None:
    old_database(db_path)
    Store(db_path).close()
    copies = backup.automatic(db_path)
    assert len(copies) == 1 and copies[0].name.endswith(f"-v{PREVIOUS}.db")
    with sqlite3.connect(copies[0]) as conn:
        assert schema_version(conn) == PREVIOUS
        assert conn.execute("SELECT company FROM applications").fetchall() == [("Acme",)]
    Store(db_path).close()  # already up to date: no second copy
    assert len(backup.automatic(db_path)) == 1


def test_only_the_last_five_automatic_copies_are_kept(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    old_database(db_path)
    Store(db_path).close()
    manual = Path(cli("backup", "--json").json()["backup"])
    names: list[str] = []
    for _ in range(7):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        old_database(db_path)
        Store(db_path).close()
        names.append(backup.automatic(db_path)[-1].name)
    kept = [p.name for p in backup.automatic(db_path)]
    assert len(kept) == backup.KEEP == 5
    assert kept == names[-5:]
    assert manual.exists()  # copies made on demand are never rotated away


def test_no_copy_for_a_new_or_empty_database(db_path: Path, tmp_path: Path) -> None:
    Store(db_path).close()
    assert not (db_path.parent / "backups").exists()
    empty = tmp_path / "empty.db"
    old_database(empty, data=False)
    Store(empty).close()
    assert backup.automatic(empty) == []


def test_no_upgrade_without_its_backup(db_path: Path, cli_proc: Callable[..., Any]) -> None:
    old_database(db_path)
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(FollowupError, match="cannot back up"):
        Store(db_path)
    with sqlite3.connect(db_path) as conn:
        assert schema_version(conn) == PREVIOUS
    res = cli_proc("list", "--json")
    assert res.code == 1 and "cannot back up" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
