"""A database that lacks a migration below its user_version (made while two numbers landed out
of order) still gets it: migrate() applies every version missing from schema_migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from followup.store import migrations
from followup.store.migrations import LATEST, MIGRATIONS, migrate


def test_a_skipped_version_is_applied(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "gap.db", isolation_level=None)
    migrate(conn, upto=2)
    # Apply 4 by hand, as a build without 3 would have done, leaving user_version at 4.
    _, name, script = next(m for m in MIGRATIONS if m[0] == 4)
    for statement in migrations._statements(script):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES (4, ?, '2026-11-22')", (name,))
    conn.execute("PRAGMA user_version = 4")
    applied = migrate(conn)
    assert 3 in applied and 4 not in applied
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert versions == [m[0] for m in MIGRATIONS]
    assert migrations.schema_version(conn) == LATEST
    assert migrate(conn) == []
