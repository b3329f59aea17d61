"""Every earlier schema version upgrades to the latest with every row preserved.

A database is built at each version v with `migrate(conn, upto=v)`, filled with data in the
tables that version has, then upgraded; every column that existed holds the same values
afterwards, and followup reads and writes the upgraded database normally.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.journal import JournalText
from followup.insights import journal
from followup.store import backup
from followup.store.migrations import DERIVED, DROPPED, LATEST, MIGRATIONS, migrate, schema_version
from followup.store.sqlite import Store

VERSIONS = [v for v, _name, _sql in MIGRATIONS]
EARLIER = VERSIONS[:-1]
TZ = "America/New_York"
NOW = datetime(2026, 11, 30, 18, tzinfo=ZoneInfo(TZ))
T = "2026-11-23T18:00:00-05:00"
# Rows for the tables a version may have, written with that table's first columns only.
ROWS: dict[str, list[dict[str, Any]]] = {
    "contacts": [
        {"id": 1, "name": "Jane Doe", "email": "jane@acme.example", "company": "Acme",
         "created_at": T},
        {"id": 2, "name": "Sam O'Neil", "phone": "+1 555 0100", "company": "Acme",
         "preferred_channel": "phone", "linkedin_ok": 1, "created_at": T}],
    "applications": [
        {"id": 1, "company": "Acme", "role": "Data Analyst", "status": "active",
         "playbook": "default", "holidays": "US", "phase": "i1", "notices": "[]",
         "notes": "said \"call me\" {{ x }}", "created_at": T, "updated_at": T},
        {"id": 2, "company": "Globex", "role": "PM", "status": "responded",
         "playbook": "weekly", "phase": "e1", "notices": '[["F12", "They replied."]]',
         "created_at": T, "updated_at": T}],
    "interviews": [
        {"id": 1, "application_id": 1, "round": 1, "at": "2026-11-23T10:00:00-05:00",
         "tz": TZ, "coordinator_id": 2, "decision_by": "2026-11-25", "timeline_note": "Friday",
         "fit": 1, "created_at": T},
        {"id": 2, "application_id": 2, "round": 1, "at": "2026-11-20T14:00:00-05:00",
         "tz": TZ, "fit": 1, "created_at": T}],
    "interviewers": [{"interview_id": 1, "contact_id": 1, "position": 0}],
    "events": [{"id": 1, "application_id": 2, "kind": "reply", "on_date": "2026-11-24",
                "note": "next week", "decision_by": "2026-12-02", "created_at": T}],
    "steps": [
        {"id": 1, "application_id": 1, "key": "thank_you:1:1", "kind": "thank_you",
         "channel": "email", "recipients": '["Jane Doe"]', "due": "2026-11-23",
         "latest": "2026-11-24", "status": "done", "rule": "T2", "why": "Thank Jane.",
         "touch": 1, "done_on": "2026-11-23", "updated_at": T},
        {"id": 2, "application_id": 1, "key": "decision", "kind": "follow_up",
         "channel": "email", "recipients": '["Jane Doe"]', "due": "2026-11-30",
         "latest": "2026-12-01", "status": "pending", "rule": "F5", "why": "Ask.",
         "touch": 2, "updated_at": T}],
    "profile": [{"id": 1, "name": "Alex Candidate", "email": "alex@example.com",
                 "updated_at": T}],
    "connections": [{"id": 1, "key": "ada-lovelace", "first_name": "Ada",
                     "last_name": "Lovelace", "company": "Acme", "imported_at": T,
                     "updated_at": T}],
    "journal": [{"id": 1, "application_id": 1, "interview_id": 1, "written_on": "2026-11-23",
                 "went_well": "Rapport", "improve": "Pace", "created_at": T}],
}


def build(path: Path, version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, upto=version)
    assert schema_version(conn) == version
    tables = set(_tables(conn))
    for table, rows in ROWS.items():
        if table not in tables:
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for row in rows:
            values = {k: v for k, v in row.items() if k in columns}
            conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES "
                         f"({', '.join('?' * len(values))})", tuple(values.values()))
    return conn


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'schema_migrations' AND name NOT LIKE 'app\\_search%' ESCAPE '\\'"
        " ORDER BY name")]  # the search index (migration 14) is made from the other tables


def snapshot(conn: sqlite3.Connection, columns: dict[str, list[str]] | None = None
             ) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every table's columns and rows (only `columns`' columns, when given)."""
    out = {}
    for table in _tables(conn):
        if (columns is not None and table not in columns) or table in DERIVED:
            continue  # the derived tables are worked out again from the rows
        cols = (columns[table] if columns is not None
                else [r[1] for r in conn.execute(f"PRAGMA table_info({table})")])
        rows = [tuple(r) for r in
                conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid")]
        out[table] = (cols, rows)
    return out


def test_versions_are_unique_and_increasing() -> None:
    assert sorted(set(VERSIONS)) == VERSIONS
    assert VERSIONS[-1] == LATEST


@pytest.mark.parametrize("version", EARLIER)
def test_upgrade_from_every_earlier_version_keeps_every_row(version: int,
                                                            tmp_path: Path) -> None:
    path = tmp_path / f"v{version}.db"
    conn = build(path, version)
    taken = snapshot(conn)
    before = dict(taken)
    for table, (_dropped_by, gone) in DROPPED.items():  # on purpose, by a later migration
        if table in before and any(c in gone for c in before[table][0]):
            cols, rows = before[table]
            keep = [i for i, c in enumerate(cols) if c not in gone]
            before[table] = ([cols[i] for i in keep], [tuple(r[i] for i in keep) for r in rows])
    assert before["applications"][1] and before["steps"][1]
    conn.close()
    store = Store(path)
    try:
        assert schema_version(store.conn) == LATEST
        after = snapshot(store.conn, {t: cols for t, (cols, _rows) in before.items()})
        assert after == before
        acme = store.load(1)
        assert (acme.company, acme.notes, acme.interviews[0].interviewers[0].name) == (
            "Acme", 'said "call me" {{ x }}', "Jane Doe")
        assert store.load(2).events[0].note == "next week"
        entry = journal.write(store, 1, JournalText(note="after the upgrade"), NOW.date(), NOW)
        assert store.load(1).journal[-1] == entry
        service.add_application(store, company="Initech", role="Dev", now=NOW,
                                interview=service.NewInterview(at=NOW.replace(hour=9), tz=TZ))
    finally:
        store.close()
    copies = backup.automatic(path)
    assert len(copies) == 1  # the automatic copy, taken before the upgrade
    with sqlite3.connect(copies[0]) as old:
        assert schema_version(old) == version and snapshot(old) == taken


def test_stepwise_upgrade_one_version_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "steps.db"
    conn = build(path, VERSIONS[0])
    first = snapshot(conn)
    for version in VERSIONS[1:]:
        assert migrate(conn, upto=version) == [version]
        assert snapshot(conn, {t: cols for t, (cols, _rows) in first.items()}) == first
    assert migrate(conn) == []
    conn.close()


def test_a_new_database_is_created_at_the_latest_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.db")
    try:
        assert schema_version(store.conn) == LATEST
        logged = store.conn.execute("SELECT version FROM schema_migrations ORDER BY version")
        assert [r[0] for r in logged] == VERSIONS
    finally:
        store.close()
