"""Files private to the user, whatever the umask: folders 0700, files 0600.

A job search is personal: the database, its WAL, backups, exports, drafts and charts are
readable by their owner only. Temporary files carry the writer's process id, so the next run
can tell a file left by a killed writer (removed) from one still being written (kept).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from typing import TextIO

FILE_MODE = 0o600
DIR_MODE = 0o700
_TMP = ".followup-tmp-"


def folder(path: Path) -> Path:
    """`path` as a folder: made 0700 where followup makes it; an existing folder that the
    user made is left as it is (it may be shared on purpose), but never made wider."""
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for made in missing:
        with contextlib.suppress(OSError):
            made.chmod(DIR_MODE)
    return path


def own_folder(path: Path, *, make: bool = True) -> Path:
    """A folder that is followup's own (its data folder, `backups/`): made (unless `make`
    is false), and narrowed to 0700 if an older version left it open to others."""
    if make:
        folder(path)
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(DIR_MODE)
    return path


def restrict(path: Path) -> None:
    """Make an existing file 0600 (a file SQLite or a library created with the umask)."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_file() and (path.stat().st_mode & 0o777) != FILE_MODE:
            path.chmod(FILE_MODE)


def temp_path(target: Path) -> Path:
    """A fresh name beside `target` for a file being written, marked with this process, made
    0600 here (O_EXCL: never a file or a link someone else put there). Not `tempfile`: its
    import (shutil, random, bz2, lzma) cost `add --from` 4 ms of its 10x budget (issue 15)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    while True:
        name = target.parent / f"{_TMP}{os.getpid()}-{target.name}.{os.urandom(5).hex()}.tmp"
        try:
            os.close(os.open(name, flags, FILE_MODE))
        except FileExistsError:  # another writer's name, by a chance of 2**-40: draw again
            continue
        return name


def write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, 0600: a reader never sees half a file."""
    folder(path.parent)
    sweep(path.parent)
    tmp = temp_path(path)
    try:
        tmp.write_bytes(data)  # temp_path made it 0600 already
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    restrict(path)


@contextlib.contextmanager
def writing(path: Path, encoding: str = "utf-8", newline: str | None = None
            ) -> Iterator[TextIO]:
    """A text file being written to `path`: it appears, 0600, only once complete."""
    folder(path.parent)
    tmp = temp_path(path)
    try:
        with tmp.open("w", encoding=encoding, newline=newline) as out:
            yield out
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    restrict(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(where: Path) -> int:
    """Remove the temporary files that killed writers left in `where`; how many."""
    removed = 0
    try:
        leftovers = list(where.glob(f"{_TMP}*"))
    except OSError:
        return 0
    for tmp in leftovers:
        pid_text = tmp.name[len(_TMP):].split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
    return removed
