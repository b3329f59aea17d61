"""Issue 12.4 and 12.5: private files whatever the umask, and the database's edges."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SRC

NOW = "2026-11-23T18:00"
ADD = ["add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
       "--with", "Jane Doe <jane@acme.example>"]


def run(db: Path, *args: str, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    """The real program in a child with the given umask (the usual 022 by default)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "followup", "--db", str(db), "--now", NOW, *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
        preexec_fn=lambda: os.umask(umask))


def dump(db: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_followup_writes_is_private_under_umask_022(tmp_path: Path) -> None:
    data = tmp_path / "data" / "nested"
    db = data / "followup.db"
    assert run(db, *ADD).returncode == 0
    assert run(db, "me", "--name", "Sam Lee", "--email", "sam@example.org").returncode == 0
    assert mode(data) == 0o700 and mode(data.parent) == 0o700
    assert mode(db) == 0o600
    for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        if side.exists():
            assert mode(side) == 0o600, side
    out = tmp_path / "out"
    out.mkdir()
    targets = {
        "backup": (["backup", str(out / "copy.db")], out / "copy.db"),
        "auto-named backup": (["backup"], None),
        "json": (["export", "json", str(out / "all.json")], out / "all.json"),
        "csv": (["export", "csv", str(out / "all.csv")], out / "all.csv"),
        "ics": (["export", "ics", str(out / "plan.ics")], out / "plan.ics"),
        "eml": (["draft", "1", "--eml", str(out / "draft.eml")], out / "draft.eml"),
        "vcf": (["contacts", "export", str(out / "people.vcf")], out / "people.vcf"),
        "chart": (["stats", "--chart", str(out / "chart.svg")], out / "chart.svg"),
    }
    for what, (args, path) in targets.items():
        res = run(db, *args)
        assert res.returncode == 0, (what, res.stderr)
        if path is not None:
            assert mode(path) == 0o600, what
    backups = data / "backups"
    assert mode(backups) == 0o700
    assert [mode(p) for p in backups.iterdir()] == [0o600]


def test_a_killed_backup_leaves_nothing_behind_after_the_next_run(tmp_path: Path) -> None:
    db = tmp_path / "followup.db"
    assert run(db, *ADD).returncode == 0
    backups = tmp_path / "backups"
    backups.mkdir()
    # What a backup killed mid-copy leaves: a temporary file named after a process that is
    # gone. Take a real process id that has ended.
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = backups / f".followup-tmp-{gone}-followup.db.abc.tmp"
    stale.write_bytes(b"x" * 4096)
    live = backups / f".followup-tmp-{os.getpid()}-followup.db.def.tmp"  # still writing
    live.write_bytes(b"y")
    assert run(db, "backup").returncode == 0
    assert not stale.exists() and live.exists()


def test_a_database_from_a_newer_version_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "followup.db"
    assert run(db, *ADD).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = dump(db)
    for args in (["list"], ADD, ["today", "--json"]):
        res = run(db, *args)
        assert res.returncode == 1
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and "schema version 99" in lines[0], res.stderr
    assert dump(db) == before


@pytest.mark.parametrize("name", [":memory:", "file:x?mode=memory&cache=shared",
                                  "file::memory:", "FILE:data.db"])
def test_memory_and_uri_database_names_are_refused(name: str, tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "followup", "--db", name, "--now", NOW, *ADD],
                         capture_output=True, text=True, cwd=tmp_path, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(SRC)}, check=False)
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    assert "--db" in res.stderr and "Traceback" not in res.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_old_open_data_folder_and_backups_folder_are_narrowed(tmp_path: Path) -> None:
    """Folders an older followup made 0755 become 0700 on the next run."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("FOLLOWUP_DB", None)
    first = subprocess.run([sys.executable, "-m", "followup", "--now", NOW, *ADD],
                           capture_output=True, text=True, env=env, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    folder = next(p.parent for p in (tmp_path / "xdg").rglob("*.db"))
    folder.chmod(0o755)
    (folder / "backups").mkdir(mode=0o755)
    (folder / "backups").chmod(0o755)
    again = subprocess.run([sys.executable, "-m", "followup", "--now", NOW, "backup"],
                           capture_output=True, text=True, env=env, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert mode(folder) == 0o700 and mode(folder / "backups") == 0o700
