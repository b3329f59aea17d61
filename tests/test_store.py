"""The SQLite store: numbered migrations, upgrades that keep every row, WAL and foreign keys,
and all-or-nothing writes."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.model import AppStatus, Person, StepStatus, Timeline
from followup.store.files import StoreError
from followup.store.migrations import (
    DERIVED,
    DROPPED,
    LATEST,
    MIGRATIONS,
    PYTHON_STEPS,
    migrate,
    schema_version,
)
from followup.store.sqlite import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=NY)
VERSIONS = [v for v, _, _ in MIGRATIONS]


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def user_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'schema_migrations' AND name NOT LIKE 'app\\_search%' ESCAPE '\\'"
        " ORDER BY name")]  # the search index (migration 14) is made from the other tables


def snapshot(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every user table, as column -> value."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in user_tables(conn):
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cur.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    return out


# -- representative data, per schema version ---------------------------------------------------
#
# SEEDS[v] fills a database that is exactly at version v with one application of every kind of
# row. A migration that adds a table or a required column adds the next entry; versions without
# their own entry use the newest seed at or below them (migrations only ever add).


def _seed_v1(conn: sqlite3.Connection) -> None:
    stamp = "2026-11-23T18:00:00-05:00"
    conn.executemany(
        "INSERT INTO contacts (id, name, email, phone, title, company, preferred_channel,"
        " linkedin_ok, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, "Jane Doe", "jane@acme.example", None, "Head of Data", "Acme", None, 1, None, stamp),
         (2, "Sam Rivera", "sam@acme.example", "+1 555 0100", None, "Acme", "phone", None,
          "coordinator", stamp),
         (3, "Zoë Ålander", None, None, None, "Acme", None, None, None, stamp)],
    )
    conn.executemany(
        "INSERT INTO applications (id, company, role, status, playbook, holidays, phase,"
        " notices, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, "Acme", "Data Analyst", "active", "default", "US", "i1",
          '[["C1", "No timeline recorded"]]', "referred by Kim", stamp, stamp),
         (2, "Globex", "PM", "rejected", "weekly", None, "i2", "[]", None, stamp, stamp)],
    )
    conn.executemany(
        "INSERT INTO interviews (id, application_id, round, at, tz, coordinator_id, decision_by,"
        " timeline_note, all_contacted, follow_up_on, call_in, follow_up_by, thank_you_by, fit,"
        " needs, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, 1, 1, "2026-11-23T10:00:00-05:00", "America/New_York", 2, "2026-12-04",
          "Decision in two weeks", 0, None, None, None, "email", 1, "references", stamp),
         (2, 2, 1, "2026-11-10T09:00:00+01:00", "Europe/Paris", None, None, None, None,
          "2026-11-20", None, "phone", None, 0, None, stamp)],
    )
    conn.executemany(
        "INSERT INTO interviewers (interview_id, contact_id, position) VALUES (?, ?, ?)",
        [(1, 1, 0), (1, 3, 1), (2, 3, 0)],
    )
    conn.executemany(
        "INSERT INTO events (id, application_id, kind, on_date, note, decision_by,"
        " follow_up_on, call_in, follow_up_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, 2, "rejected", "2026-11-21", "Went with an internal candidate", None, None, None,
          None, stamp)],
    )
    conn.executemany(
        "INSERT INTO steps (id, application_id, key, kind, channel, recipients, via, due,"
        " latest, status, rule, why, touch, done_on, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, 1, "i1:thank_you:1", "thank_you", "email", '["Jane Doe"]', None, "2026-11-23",
          "2026-11-24", "done", "T2", "Thank Jane.", 1, "2026-11-23", stamp),
         (2, 1, "i1:thank_you:3", "thank_you", "email", '["Zoë Ålander"]', "Sam Rivera",
          "2026-11-23", "2026-11-24", "pending", "T6", "Through Sam.", 1, None, stamp),
         (3, 1, "i1:decision", "follow_up", "email", '["Jane Doe"]', None, "2026-12-08",
          "2026-12-09", "pending", "F5", "Past their date.", 2, None, stamp),
         (4, 2, "i2:agreed", "call", "phone", '["Zoë Ålander"]', None, "2026-11-20",
          "2026-11-20", "cancelled", "F6", "As agreed.", 2, None, stamp)],
    )


def _seed_v5(conn: sqlite3.Connection) -> None:
    """The journal's `written_on` must be a real date for `Store.load` to read it back."""
    _seed_v1(conn)
    conn.execute(
        "INSERT INTO journal (application_id, interview_id, written_on, note, went_well,"
        " questions, improve, outcome, created_at) VALUES (1, 1, '2026-11-24', 'n', 'w', 'q',"
        " 'i', 'o', '2026-11-24T18:00:00-05:00')")


SEEDS = {1: _seed_v1, 5: _seed_v5}


def seed_for(version: int) -> Any:
    return SEEDS[max(v for v in SEEDS if v <= version)]


def fill_empty_tables(conn: sqlite3.Connection) -> None:
    """One plain row in each table the seed did not reach (one added by a later migration),
    so that every table's rows are followed through the upgrade. A table whose constraints
    refuse plain values needs its own entry in SEEDS."""
    todo = [t for t in user_tables(conn)
            if conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0]
    while todo:
        progress = False
        for table in list(todo):
            fks = {r["from"]: (r["table"], r["to"])
                   for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()[0]
            columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
            pks = [c for c in columns if c["pk"]]
            values: dict[str, Any] = {}
            ready = True
            for col in columns:
                name, kind = col["name"], (col["type"] or "").upper()
                if len(pks) == 1 and col["pk"] and kind == "INTEGER":
                    continue  # the rowid
                choices = re.search(rf"CHECK\s*\(\s*{name}\s+IN\s*\(\s*'([^']*)'", sql, re.I)
                if choices:
                    values[name] = choices.group(1)
                    continue
                if name in fks:
                    parent, key = fks[name]
                    ref = conn.execute(f"SELECT min({key or 'rowid'}) FROM {parent}").fetchone()
                    if ref[0] is None:
                        ready = False
                        break
                    values[name] = ref[0]
                else:
                    values[name] = 1 if "INT" in kind else (1.5 if "REAL" in kind else
                                                             f"{table}.{name}")
            if not ready:
                continue
            marks = ", ".join("?" for _ in values)
            conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})",
                         tuple(values.values()))
            todo.remove(table)
            progress = True
        assert progress, f"cannot fill {todo}: add a seed to SEEDS for them"


# -- migrations ----------------------------------------------------------------------------------


def test_migrations_are_numbered_in_order() -> None:
    # Gaps are allowed: numbers are reserved by issues that land in parallel.
    assert sorted(set(VERSIONS)) == VERSIONS and VERSIONS[0] == 1
    assert VERSIONS[-1] == LATEST
    assert all(name.strip() and (script.strip() or version in PYTHON_STEPS)
               for version, name, script in MIGRATIONS)


def test_a_fresh_database_reaches_the_latest_version(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    conn = connect(db_path)
    try:
        assert schema_version(conn) == LATEST
        recorded = conn.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
        assert [r["version"] for r in recorded] == VERSIONS
        assert [r["name"] for r in recorded] == [name for _, name, _ in MIGRATIONS]
        assert all(datetime.fromisoformat(r["applied_at"]).tzinfo for r in recorded)
        assert {"applications", "interviews", "interviewers", "contacts", "events",
                "steps"} <= set(user_tables(conn))
    finally:
        conn.close()


def test_reopening_is_a_no_op(db_path: Path) -> None:
    Store(db_path).close()
    conn = connect(db_path)
    before = (conn.execute("SELECT * FROM schema_migrations").fetchall(),
              conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall())
    assert migrate(conn) == []
    conn.close()
    for _ in range(2):
        Store(db_path).close()
    conn = connect(db_path)
    try:
        after = (conn.execute("SELECT * FROM schema_migrations").fetchall(),
                 conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall())
        assert [tuple(r) for r in after[0]] == [tuple(r) for r in before[0]]
        assert [tuple(r) for r in after[1]] == [tuple(r) for r in before[1]]
        assert schema_version(conn) == LATEST
    finally:
        conn.close()


def test_migrate_returns_what_it_applied(tmp_path: Path) -> None:
    conn = connect(tmp_path / "m.db")
    try:
        assert migrate(conn, upto=0) == []
        assert schema_version(conn) == 0
        assert migrate(conn) == VERSIONS
        assert migrate(conn) == []
    finally:
        conn.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_every_version_keeps_the_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    conn = connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert migrate(conn, upto=version) == [v for v in VERSIONS if v <= version]
    assert schema_version(conn) == version
    conn.execute("BEGIN")
    seed_for(version)(conn)
    fill_empty_tables(conn)
    conn.execute("COMMIT")
    old = snapshot(conn)
    assert all(old[t] for t in old), "the seed fills every table"
    conn.close()

    store = Store(path)  # upgrades to LATEST
    try:
        assert schema_version(store.conn) == LATEST
        new = snapshot(store.conn)
        for table, rows in old.items():
            if table in DERIVED:  # worked out from the data, and a migration may redefine it
                continue
            assert len(new[table]) == len(rows), table
            gone = DROPPED[table][1] if table in DROPPED else ()  # on purpose, later
            for before, after in zip(rows, new[table], strict=True):
                kept = {k: v for k, v in before.items() if k not in gone}
                assert {k: after[k] for k in kept} == kept, table
        assert [r[0] for r in store.conn.execute(
            "SELECT version FROM schema_migrations ORDER BY version")] == VERSIONS
        # The upgraded rows still read back as domain objects.
        acme = store.load(1)
        assert (acme.company, acme.role, acme.status, acme.holidays) == (
            "Acme", "Data Analyst", AppStatus.ACTIVE, "US")
        [iv] = acme.interviews
        assert iv.at == datetime(2026, 11, 23, 10, 0, tzinfo=NY)
        assert [p.name for p in iv.interviewers] == ["Jane Doe", "Zoë Ålander"]
        assert iv.coordinator is not None and iv.coordinator.name == "Sam Rivera"
        assert iv.timeline.decision_by == date(2026, 12, 4)
        assert [s.status for s in acme.steps] == [StepStatus.DONE, StepStatus.PENDING,
                                                  StepStatus.PENDING]
        globex = store.load(2)
        assert globex.status is AppStatus.REJECTED and globex.events[0].note
        assert globex.interviews[0].timeline.fit is False
    finally:
        store.close()


def test_a_database_newer_than_the_program_is_left_alone(db_path: Path) -> None:
    Store(db_path).close()
    conn = connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    from followup.core.errors import FollowupError

    with pytest.raises(FollowupError, match=f"schema version {LATEST + 1}"):
        Store(db_path)  # issue 12.5: refused, with the version named
    conn = connect(db_path)
    assert schema_version(conn) == LATEST + 1
    conn.close()


def test_a_failing_migration_leaves_the_database_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.store import migrations

    broken = (*MIGRATIONS, (LATEST + 1, "broken", "CREATE TABLE extra (x INTEGER);"
                                                 " INSERT INTO nowhere VALUES (1)"))
    path = tmp_path / "b.db"
    Store(path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    conn = connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrations.migrate(conn, upto=LATEST + 1)
        assert schema_version(conn) == LATEST
        assert "extra" not in user_tables(conn)
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST
    finally:
        conn.close()


# -- connection settings -------------------------------------------------------------------------


def test_wal_and_foreign_keys_are_on(store: Store, db_path: Path) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    # WAL is a property of the file: a plain connection sees it too.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO interviews (application_id, round, at, tz, created_at)"
            " VALUES (999, 1, '2026-11-23T10:00:00-05:00', 'UTC', 'now')")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database at all " * 200)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(path)


def test_the_parent_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.db"
    Store(path).close()
    assert path.is_file()


# -- transactions --------------------------------------------------------------------------------


def _interview() -> service.NewInterview:
    return service.NewInterview(
        at=datetime(2026, 11, 23, 10, 0, tzinfo=NY), tz="America/New_York",
        interviewers=(Person("Jane Doe", "jane@acme.example"),), timeline=Timeline())


def _counts(store: Store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in user_tables(store.conn)}


def test_a_write_that_raises_leaves_nothing_behind(store: Store) -> None:
    service.add_application(store, company="Acme", role="R", interview=_interview(), now=NOW)
    before = snapshot(store.conn)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.write():
        app_id = store.insert_application("Globex", "PM", "default", None, NOW)
        store.insert_interview(app_id, _interview_model(), Timeline(), [1], None, NOW)
        store.update_application(1, NOW, status=AppStatus.REJECTED)
        store.cancel_pending(1, NOW)
        raise Boom
    assert snapshot(store.conn) == before
    assert not store.conn.in_transaction
    # The connection is still usable for the next write.
    service.add_application(store, company="Initech", role="R", interview=_interview(), now=NOW)
    assert _counts(store)["applications"] == 2


def _interview_model() -> Any:
    from followup.core.model import Interview

    return Interview(at=datetime(2026, 11, 23, 10, 0, tzinfo=NY), tz="America/New_York")


def test_a_service_call_that_fails_halfway_changes_nothing(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """add_application inserts rows before it plans; a failure in planning undoes them."""
    service.add_application(store, company="Acme", role="R", interview=_interview(), now=NOW)
    before = snapshot(store.conn)

    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "save_plan", explode)
    with pytest.raises(RuntimeError):
        service.add_application(store, company="Globex", role="PM", interview=_interview(),
                                now=NOW)
    assert snapshot(store.conn) == before


def test_a_constraint_violation_inside_write_rolls_back(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError), store.write():
        store.insert_application("Acme", "R", "default", None, NOW)
        store.insert_application("   ", "R", "default", None, NOW)  # CHECK on company
    assert _counts(store)["applications"] == 0


def test_a_committed_write_is_visible_to_another_connection(store: Store, db_path: Path
                                                            ) -> None:
    with store.write():
        store.insert_application("Acme", "R", "default", None, NOW)
    other = Store(db_path)
    try:
        assert other.application_ids() == [1]
    finally:
        other.close()


def test_an_open_write_is_invisible_to_another_connection(store: Store, db_path: Path) -> None:
    other = Store(db_path)
    try:
        with store.write():
            store.insert_application("Acme", "R", "default", None, NOW)
            assert other.application_ids() == []
        assert other.application_ids() == [1]
    finally:
        other.close()
