"""Opening the database file: made private before SQLite touches it, read-only when it must
be, and the one error a file that cannot be opened gives."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from followup.core.errors import FollowupError
from followup.store.migrations import migrate


class StoreError(FollowupError):
    exit_code = 1


def create_private(path: Path) -> None:
    """The data folder (0700) and an empty database file (0600) before SQLite opens it, so
    its WAL and shared-memory files, which SQLite makes with the database's mode, are
    private too, whatever the umask."""
    import stat

    from followup import private

    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):  # SQLite would block on a FIFO, or fail
            raise StoreError(f"cannot open the database {path}: it is not a regular file "
                             "(a folder, a pipe or a device); give --db a file")
        return
    private.folder(path.parent)
    with contextlib.suppress(FileExistsError):  # another process made it first
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, private.FILE_MODE))


def on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """A database with tables but none of followup's belongs to another program: refused
    before anything (not even WAL mode) is written to it."""
    names = {str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if names and not names & {"schema_migrations", "applications"}:
        from followup.core.validate import safe

        shown = ", ".join(sorted(safe(n) for n in names)[:5])
        raise BadDatabase(f"{path} is another program's SQLite database (its tables: {shown}"
                          f"{', …' if len(names) > 5 else ''}), not followup's: give --db a "
                          "new file or a followup database; nothing was changed")


class BadDatabase(StoreError):
    exit_code = 2


def check_version(conn: sqlite3.Connection) -> None:
    """A read-only database cannot be upgraded: it must already have this version's layout."""
    from followup.store.migrations import LATEST, schema_version

    found = schema_version(conn)
    if found > LATEST:
        migrate(conn)  # raises the one-line refusal
    elif found < LATEST:
        raise StoreError(f"the database is read-only and from an older followup (schema "
                         f"version {found}; this one needs {LATEST}): copy it somewhere "
                         "writable to upgrade it")


def read_only_uri(where: Path) -> str:
    """How to open a database this process cannot write. Committed changes may still sit in
    its WAL (the last writer did not close cleanly): with the -shm beside it, `mode=ro`
    reads them; with no WAL to read, `immutable` needs no -shm and takes no locks. A WAL
    that cannot be read is refused rather than silently hidden (issue 12)."""
    from urllib.parse import quote

    uri = f"file:{quote(str(where.resolve()))}?mode=ro"
    wal, shm = Path(f"{where}-wal"), Path(f"{where}-shm")
    pending = wal.exists() and wal.stat().st_size > 0
    writable_folder = os.access(where.parent, os.W_OK)
    if pending and not shm.exists() and not writable_folder:
        raise StoreError(f"the database {where} is read-only here and its last changes are "
                         f"still in {wal.name}, which cannot be read without {shm.name}: "
                         "copy the folder somewhere writable and open it there")
    if pending or (shm.exists() and writable_folder):
        return uri
    return uri + "&immutable=1"  # nobody writes here, and no WAL holds anything
