"""Issue 12.5: a database that cannot be written serves every read command, and a write
command says so in one line, for real: the tests run as root, where permission bits stop
nothing, so the program runs either as an unprivileged user (setpriv) on a 0444 file in a 0555
folder, or behind a read-only bind mount (unshare). A way the machine does not offer is
skipped with its reason."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from tests.conftest import SRC

NOW = "2026-11-23T18:00"
LATER = "2026-12-28T18:00"  # the stored plans are stale by then: reads must not store them
NOBODY = "65534"

Runner = Callable[..., subprocess.CompletedProcess[str]]


def _env(base: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "FOLLOWUP_CONFIG_DIR": str(base / "cfg"),
            "XDG_DATA_HOME": str(base / "cfg"), "FOLLOWUP_TZ": "America/New_York"}


def _program(db: Path, now: str, args: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "followup", "--db", str(db), "--now", now, *args]


def _as_nobody(base: Path, folder: Path) -> Runner | str:
    """As root: run as user 65534 (the files 0444, their folder 0555). As anyone else the
    mode bits bind already, so the program runs as is."""
    for file in folder.iterdir():
        file.chmod(0o444)
    folder.chmod(0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            return "setpriv (util-linux) is not installed"
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        probe = subprocess.run([*prefix, sys.executable, "-c", "import followup"],
                               capture_output=True, text=True, env=_env(base), timeout=60,
                               check=False)
        if probe.returncode != 0:
            return f"an unprivileged user cannot run this Python: {probe.stderr.strip()[-200:]}"

    def run(db: Path, *args: str, now: str = NOW) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *_program(db, now, args)], capture_output=True,
                              text=True, env=_env(base), timeout=120, check=False)

    return run


MOUNT = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'


def _read_only_mount(base: Path, folder: Path) -> Runner | str:
    """The data folder bound read-only onto itself in a mount namespace of the child's own;
    nothing outside the child sees the mount."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", MOUNT, str(folder), "true"],
                           capture_output=True, text=True, timeout=60, check=False)
    if probe.returncode != 0:
        return f"no user and mount namespaces here: {probe.stderr.strip()[-200:]}"

    def run(db: Path, *args: str, now: str = NOW) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["unshare", "-rm", "sh", "-c", MOUNT, str(db.parent),
                               *_program(db, now, args)], capture_output=True, text=True,
                              env=_env(base), timeout=120, check=False)

    return run


WAYS: dict[str, Callable[[Path, Path], Runner | str]] = {
    "unprivileged user, 0444 file in a 0555 folder": _as_nobody,
    "read-only bind mount": _read_only_mount,
}


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _unlock(base: Path) -> None:
    for folder in base.iterdir():
        if folder.is_dir():
            folder.chmod(0o700)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=list(WAYS))
def read_only(request: pytest.FixtureRequest) -> Iterator[tuple[Path, Path, Runner]]:
    """A database with one application, then made unwritable; the folder for copies and
    exports is writable by anyone. Made under the system's temp folder (pytest's own is
    0700, which an unprivileged user could not even enter)."""
    base = Path(tempfile.mkdtemp(prefix="followup-ro-"))
    try:
        base.chmod(0o755)
        for name in ("cfg", "out"):
            (base / name).mkdir()
            (base / name).chmod(0o777)
        db = base / "data" / "followup.db"
        made = subprocess.run(
            _program(db, NOW, ("add", "Acme", "--role", "Analyst", "--interviewed",
                               "2026-11-23 10:00", "--with", "Jane Doe <jane@acme.example>")),
            capture_output=True, text=True, env=_env(base), timeout=120, check=False)
        assert made.returncode == 0, made.stderr
        (base / "data").chmod(0o755)  # 0700 as followup makes it: the other user must enter
        runner = WAYS[request.param](base, base / "data")
        if isinstance(runner, str):
            pytest.skip(runner)
        yield db, base / "out", runner
    finally:
        _unlock(base)


READS: list[tuple[str, ...]] = [
    ("list",), ("list", "--json"), ("show", "1"), ("show", "1", "--json"), ("today",),
    ("today", "--json"), ("export", "json"), ("export", "csv"), ("export", "ics"), ("stats",),
    ("stats", "--json"), ("contacts", "list"), ("playbooks",),
]


@pytest.mark.parametrize("now", [NOW, LATER])
def test_every_read_command_works_on_a_database_that_cannot_be_written(
        read_only: tuple[Path, Path, Runner], now: str) -> None:
    db, out, run = read_only
    before = _dump(db)
    for args in READS:
        res = run(db, *args, now=now)
        assert res.returncode == 0, (args, res.stderr)
        assert "Traceback" not in res.stderr and "read-only" not in res.stderr, args
        if args[-1] == "--json":
            json.loads(res.stdout)
        if args in (("list",), ("show", "1"), ("export", "json"), ("export", "csv")):
            assert "Acme" in res.stdout, args
    res = run(db, "backup", str(out / "copy.db"), now=now)
    assert res.returncode == 0, res.stderr
    copy = sqlite3.connect(out / "copy.db")
    try:
        assert copy.execute("SELECT company FROM applications").fetchall() == [("Acme",)]
    finally:
        copy.close()
    for kind in ("json", "csv", "ics"):
        res = run(db, "export", kind, str(out / f"all.{kind}"), now=now)
        assert res.returncode == 0 and (out / f"all.{kind}").stat().st_size > 0, res.stderr
    assert _dump(db) == before


WRITES: list[tuple[str, ...]] = [
    ("log", "1", "reply"), ("done", "1"),
    ("snooze", "1", "--until", "2026-11-24", "--reason", "away"), ("undo",),
    ("add", "Globex", "--role", "Engineer", "--interviewed", "2026-11-23 09:00"),
    ("edit", "1", "--company", "Initech"), ("delete", "1", "--yes"),
    ("me", "--name", "Sam Lee"),
]


def test_a_write_command_says_in_one_line_that_the_database_is_read_only(
        read_only: tuple[Path, Path, Runner]) -> None:
    db, _, run = read_only
    before = _dump(db)
    for args in WRITES:
        res = run(db, *args)
        lines = res.stderr.strip().splitlines()
        assert res.returncode in (1, 2) and len(lines) == 1, (args, res.stderr)
        assert "read-only" in lines[0] and "Traceback" not in res.stderr, (args, lines)
    assert _dump(db) == before


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("shm", [True, False], ids=["with -shm", "without -shm"])
def test_changes_still_in_the_wal_are_read_or_refused_never_hidden(way: str,
                                                                   shm: bool) -> None:
    """The last writer did not close cleanly: its committed change (Globex) is still in the
    WAL. Read-only, followup reads it through the -shm; without one it says so in one line
    rather than show the older state (it used to show Acme alone)."""
    base = Path(tempfile.mkdtemp(prefix="followup-wal-"))
    try:
        base.chmod(0o755)
        (base / "cfg").mkdir(mode=0o777)
        (base / "cfg").chmod(0o777)
        db = base / "data" / "followup.db"
        run = partial(subprocess.run, capture_output=True, text=True, env=_env(base),
                      timeout=120, check=False)
        assert run(_program(db, NOW, ("add", "Acme", "--role", "Analyst", "--interviewed",
                                      "2026-11-23 10:00"))).returncode == 0
        held = sqlite3.connect(db)  # a reader still open: the WAL is not folded back
        try:
            held.execute("SELECT count(*) FROM applications").fetchone()
            assert run(_program(db, NOW, ("add", "Globex", "--role", "Analyst",
                                          "--interviewed", "2026-11-23 11:00"))).returncode == 0
            copy = base / "copy"
            copy.mkdir()
            for part in ("", "-wal", "-shm"):
                if part != "-shm" or shm:
                    shutil.copy2(f"{db}{part}", copy / f"followup.db{part}")
        finally:
            held.close()
        assert (copy / "followup.db-wal").stat().st_size > 0
        copy.chmod(0o755)
        runner = WAYS[way](base, copy)
        if isinstance(runner, str):
            pytest.skip(runner)
        res = runner(copy / "followup.db", "list", "--json")
        if shm:
            assert res.returncode == 0, res.stderr
            assert [a["company"] for a in json.loads(res.stdout)] == ["Acme", "Globex"]
            res = runner(copy / "followup.db", "backup", str(base / "cfg" / "b.db"))
            assert res.returncode == 0, res.stderr
            backup = sqlite3.connect(base / "cfg" / "b.db")
            try:  # the backup holds the change too
                assert backup.execute("SELECT count(*) FROM applications").fetchone()[0] == 2
            finally:
                backup.close()
        else:
            lines = res.stderr.strip().splitlines()
            assert res.returncode == 1 and len(lines) == 1, res.stderr
            assert "followup.db-wal" in lines[0] and "Traceback" not in res.stderr
    finally:
        _unlock(base)
