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
    made: datetime  # local time, as its name says (else the file's time)
    automatic: bool  # made before a schema upgrade (only the newest few are kept)


def _made(name: str) -> datetime | None:
    """When a copy was made, from its name: a copy on demand is stamped with the local time
    (as `--now` sets it), one before an upgrade with UTC; None for another name."""
    import re
    from datetime import UTC

    found = re.search(r"-(\d{8}-\d{6})(?:-\d+)?\.db$", name)
    if found:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    found = re.search(r"-premigration-(\d{8}T\d{6})\d*-v\d+(?:-\d+)?\.db$", name)
    if found:
        made = datetime.strptime(found.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return made.astimezone().replace(tzinfo=None)
    return None


def copies(db: Path) -> list[Copy]:
    """The copies in the backups folder beside `db`, newest first."""
    here = folder(db)
    if not here.is_dir():
        return []
    found = []
    for path in here.glob(f"{db.stem}-*.db"):
        if not path.is_file() or path.is_symlink():
            continue
        info = path.stat()
        found.append(Copy(path.name, path, info.st_size,
                          _made(path.name) or datetime.fromtimestamp(info.st_mtime),
                          "-premigration-" in path.name))
    return sorted(found, key=lambda c: (c.made, c.name), reverse=True)


def find(db: Path, name: str) -> Copy:
    """The copy named `name` (only a name the list holds: never a path from outside)."""
    for c in copies(db):
        if c.name == name:
            return c
    raise NotFound("there is no such backup (it may have been deleted)")


def restore(db: Path, name: str, now: datetime) -> Path:
    """Put the copy `name` back in place of the database, after keeping a copy of what is
    there now (returned: restoring that one takes this back)."""
    from followup.store.insights import restore_database
    from followup.store.migrations import LATEST

    chosen = find(db, name)
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
