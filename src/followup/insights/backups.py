"""`followup backup`: a checked copy of the database on demand, taken while other commands
keep writing (the copying itself, and the automatic copy before an upgrade, are the store's);
the list of copies kept beside the database, and putting one back (the dashboard's backups)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followup.core.errors import BadInput, NotFound
from followup.store.backup import KEEP, copy, folder, free, stamp

__all__ = ["KEEP", "Copy", "backup", "copies", "find", "folder", "restore"]


def backup(db: Path, target: Path | None, now: datetime, *, force: bool = False) -> Path:
    """Back up `db` to `target` (default: a dated file in the backups folder)."""
    if not db.is_file():
        raise BadInput(f"there is no database at {db} yet: nothing to back up")
    if target is None:
        target = free(folder(db) / f"{db.stem}-{stamp(now)}.db")
    target = target.expanduser()
    if target.is_dir():
        target = free(target / f"{db.stem}-{stamp(now)}.db")
    if target.resolve() == db.resolve():
        raise BadInput(f"{target} is the database itself: choose another file")
    if target.exists() and not force:
        raise BadInput(f"{target} already exists; choose another file or add --force to "
                       "replace it")
    copy(db, target)
    return target


@dataclass(frozen=True, slots=True)
class Copy:
    name: str  # the file's name in the backups folder: all a browser ever sends back
    path: Path
    size: int
    made: datetime  # the file's time, in `tz`
    automatic: bool  # made before a schema upgrade (only the newest few are kept)


def copies(db: Path, tz: str) -> list[Copy]:
    """The copies in the backups folder beside `db`, newest first."""
    from zoneinfo import ZoneInfo

    here = folder(db)
    if not here.is_dir():
        return []
    found = []
    for path in here.glob(f"{db.stem}-*.db"):
        if not path.is_file() or path.is_symlink():
            continue
        info = path.stat()
        found.append(Copy(path.name, path, info.st_size,
                          datetime.fromtimestamp(info.st_mtime, ZoneInfo(tz)),
                          "-premigration-" in path.name))
    return sorted(found, key=lambda c: (c.made, c.name), reverse=True)


def find(db: Path, name: str, tz: str) -> Copy:
    """The copy named `name` (only a name the list holds: never a path from outside)."""
    for c in copies(db, tz):
        if c.name == name:
            return c
    raise NotFound("there is no such backup (it may have been deleted)")


def restore(db: Path, name: str, now: datetime, tz: str) -> Path:
    """Put the copy `name` back in place of the database, after keeping a copy of what is
    there now (returned: restoring that one takes this back)."""
    from followup.store.insights import restore_database
    from followup.store.migrations import LATEST

    chosen = find(db, name, tz)
    kept = backup(db, None, now)
    try:
        version = restore_database(chosen.path, db, LATEST)
    except sqlite3.Error as exc:
        kept.unlink(missing_ok=True)
        raise BadInput(f"cannot restore {name}: {exc}; nothing was changed") from None
    if version < LATEST:  # an older copy: brought up to date as any old database is
        from followup.store.sqlite import Store

        Store(db).close()
    return kept
