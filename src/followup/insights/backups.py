"""`followup backup`: a checked copy of the database on demand, taken while other commands
keep writing (the copying itself, and the automatic copy before an upgrade, are the store's)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from followup.core.errors import BadInput
from followup.store.backup import KEEP, copy, folder, free, stamp

__all__ = ["KEEP", "backup", "folder"]


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
