"""Backups: a consistent copy of the database, taken while other commands keep writing.

`followup backup` makes one on demand (insights/backups.py); before every schema migration
of a database that holds data, one is made automatically and the last few of those are kept.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from followup.core.errors import FollowupError
from followup.store import insights as sql

KEEP = 5  # automatic copies kept per database; copies made on demand are never deleted
_AUTO = "-premigration-"


class BackupError(FollowupError):
    exit_code = 1


def folder(db: Path) -> Path:
    """Where backups of `db` go: a `backups` folder beside it."""
    return db.parent / "backups"


def stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def free(path: Path) -> Path:
    n = 2
    found = path
    while found.exists():
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return found


def copy(db: Path, target: Path) -> None:
    """Write a checked copy of `db` to `target` atomically: a partial copy never shows."""
    from followup import private

    if target.parent.name == "backups":
        private.own_folder(target.parent)
    else:
        private.folder(target.parent)
    private.sweep(target.parent)  # what a killed backup left behind
    tmp = private.temp_path(target)  # 0600 from the start; SQLite writes into it
    try:
        sql.copy_database(db, tmp)
        private.restrict(tmp)
        tmp.replace(target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def automatic(db: Path) -> list[Path]:
    """The automatic copies of `db`, oldest first."""
    return sorted(folder(db).glob(f"{db.stem}{_AUTO}*.db"))


def before_migration(conn: sqlite3.Connection, current: int) -> Path | None:
    """Called by `migrate` under its write lock, before a database at schema `current` that
    holds data is upgraded: copy it, then keep only the newest KEEP automatic copies."""
    db = sql.database_file(conn)
    if db is None or not sql.holds_data(conn):
        return None
    from followup.clock import utc_now  # the one reader of the clock

    stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
    target = free(folder(db) / f"{db.stem}{_AUTO}{stamp}-v{current}.db")
    try:
        copy(db, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"cannot back up {db} before upgrading it ({exc}); the database "
                          "was not changed") from None
    for old in automatic(db)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
