"""Issue 22.3: ids are never used twice. Migration 24 rebuilds the tables whose ids a person
sees or an undo entry names with AUTOINCREMENT, keeping every row, index, trigger and
reference; after it, deleting the newest application never hands its id, or its steps'
ids, to the next one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.store.migrations import migrate
from followup.store.rebuild import TABLES
from followup.store.sqlite import Store

ADD = ("--role", "Dev", "--interviewed", "2026-11-23 10:00", "--tz", "Europe/London")


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted((str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_an_old_database_is_rebuilt_with_its_triggers_and_references(
        cli: Callable[..., Any], db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, upto=23)  # the last version before the rebuild (24)
    before_schema = _schema(conn)
    conn.close()
    Store(db_path).close()  # rows kept: tests/test_migrations_upgrade.py, from every version
    assert cli("add", "Acme", *ADD, "--with", "Jane <jane@acme.example>").code == 0
    conn = sqlite3.connect(db_path)
    try:
        # every table, index, trigger and view kept (later migrations add their own)
        assert set(before_schema) <= set(_schema(conn))
        for table in TABLES:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)
                               ).fetchone()[0]
            assert "AUTOINCREMENT" in sql, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # the search index and the kept overview still follow the rebuilt tables (triggers)
    assert "Acme" in cli("list").stdout
    assert cli("list", "--json").json()[0]["company"] == "Acme"


def test_the_newest_applications_ids_are_not_given_again(
        cli: Callable[..., Any], db_path: Path) -> None:
    first = cli("add", "Acme", *ADD, "--json").json()
    newest = cli("add", "Beta", *ADD, "--json").json()
    assert cli("delete", str(newest["id"]), "--yes").code == 0
    conn = sqlite3.connect(db_path)
    try:  # deleted with everything on it (the references still cascade)
        assert conn.execute("SELECT count(*) FROM steps WHERE application_id = ?",
                            (newest["id"],)).fetchone()[0] == 0
    finally:
        conn.close()
    again = cli("add", "Gamma", *ADD, "--json").json()
    assert again["id"] > newest["id"] > first["id"]
    assert min(s["id"] for s in again["steps"]) > max(s["id"] for s in newest["steps"])
    assert min(i["id"] for i in again["interviews"]) > newest["interviews"][0]["id"]
    res = cli("show", str(newest["id"]))
    assert res.code != 0


def test_a_change_that_finds_nothing_to_change_says_so_and_records_nothing(
        cli: Callable[..., Any], db_path: Path) -> None:
    assert cli("add", "Acme", *ADD).code == 0
    res = cli("edit", "1", "--role", "Dev")
    assert res.code == 2 and "already reads so; nothing changed" in res.stderr
    assert cli("delete", "1", "--yes").code == 0
    res = cli("delete", "1", "--yes")
    assert res.code == 2 and "already deleted; nothing changed" in res.stderr
    conn = sqlite3.connect(db_path)
    try:  # the add and the delete: nothing for the refused edit and the second delete
        assert [r[0] for r in conn.execute("SELECT what FROM undo_log ORDER BY id")] == [
            "added application 1 (Acme)", "deleted application 1 (Acme)"]
    finally:
        conn.close()
    assert "Undone: deleted application 1" in cli("undo").stdout
    assert "Undone: added application 1" in cli("undo").stdout
