"""Migration 24: ids are never used twice (AUTOINCREMENT), by rebuilding the tables whose ids
a person sees or an undo entry names, keeping every row as it is.

SQLite cannot add AUTOINCREMENT to a table in place: each table is copied into a new one
declared with it, the old one dropped and the new one renamed (SQLite's own twelve-step
recipe). It runs with foreign keys off (`migrate` turns them off before its transaction and
checks them before it commits), so dropping a parent cascades nothing; the table's indexes
and triggers, and every view, are made again from their own SQL afterwards.
"""

from __future__ import annotations

import re
import sqlite3

# Applications, their parts and the contacts: what `followup undo` puts back by id, and
# what `show`, `done`, `log` and `contacts` name by id.
TABLES = ("applications", "interviews", "events", "steps", "journal", "sent_messages",
          "contacts")

_ID = re.compile(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)", re.IGNORECASE)


def _sql(conn: sqlite3.Connection, kind: str, name: str) -> str | None:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?",
                       (kind, name)).fetchone()
    return None if row is None else str(row[0])


def _rebuild(conn: sqlite3.Connection, table: str) -> None:
    create = _sql(conn, "table", table)
    if create is None or not _ID.search(create):
        return  # absent here, or already without reuse
    new = f"{table}__autoincrement"
    parts = [str(r[0]) for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY rowid", (table,))]
    head = re.match(r"\s*CREATE\s+TABLE\s+\"?\w+\"?", create, re.IGNORECASE)
    assert head is not None
    body = _ID.sub("id INTEGER PRIMARY KEY AUTOINCREMENT", create[head.end():], count=1)
    conn.execute(f"CREATE TABLE {new}{body}")
    cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})"))
    conn.execute(f"INSERT INTO {new} ({cols}) SELECT {cols} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for sql in parts:
        conn.execute(sql)


def never_reuse_ids(conn: sqlite3.Connection) -> None:
    """Rebuild TABLES with AUTOINCREMENT. Inside `migrate`'s transaction, foreign keys off."""
    views = [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid")]
    for name, _ in views:  # a view naming a table being dropped would stop the rename
        conn.execute(f'DROP VIEW "{name}"')
    legacy = conn.execute("PRAGMA legacy_alter_table").fetchone()[0]
    conn.execute("PRAGMA legacy_alter_table = ON")  # others' references stay as written
    try:
        for table in TABLES:
            _rebuild(conn, table)
    finally:
        conn.execute(f"PRAGMA legacy_alter_table = {int(legacy)}")
    for _, sql in views:
        conn.execute(sql)
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"rebuilding the tables broke {len(broken)} references")
