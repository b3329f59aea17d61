"""Issue 22.1: every reader of outside data opens only regular files and holds to its budget
(followup.budgets). test_hostile_parsers tries the import commands on a FIFO, a socket and
the devices; here: the other readers (`check FILE`, the candidate's templates, config.toml,
the caches), links to a device or to a huge file, and LinkedIn's export held to its time and
row budgets. A reader of the candidate's own files ends in one line and exit 2 with nothing
changed; a cache that is not a regular file is passed over and the command works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import SRC, invoke
from tests.test_hostile_inputs import base, dump
from tests.test_hostile_parsers import NOW, READERS, refused

from followup import budgets

__all__ = ["base"]  # a fixture, used by name

HUGE = budgets.FILE_BYTES + 1  # past every file budget; sparse, so it costs no disk


@pytest.fixture
def db(base: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "followup.db"
    shutil.copy(base, copy)
    return copy


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _to_huge(path: Path) -> None:
    huge = path.with_name("huge.bin")
    with huge.open("wb") as out:  # text first, then a hole of zeros
        out.write(b"First Name,Last Name\n" * 200)
        out.truncate(HUGE)
    path.symlink_to(huge)


KINDS: dict[str, Callable[[Path], None]] = {"fifo": _fifo, "link-to-dev-zero": _to_zero,
                                            "link-to-huge": _to_huge}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("kind", ["link-to-dev-zero", "link-to-huge"])
def test_a_link_is_held_to_what_it_points_at(kind: str, reader: str, db: Path,
                                             tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    KINDS[kind](target)
    line = refused(db, *READERS[reader], str(target))
    if kind == "link-to-dev-zero":
        assert "not a regular file" in line, line
    else:  # stopped at its size, or at the first zeros
        assert "too large" in line or "binary" in line, line


@pytest.mark.parametrize("kind", list(KINDS))
def test_check_reads_only_a_regular_file(kind: str, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "message.txt"
    KINDS[kind](target)
    refused(db, "check", str(target))


def _config() -> Path:
    folder = Path(os.environ["FOLLOWUP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_template_that_is_not_a_file_is_refused(kind: str, db: Path) -> None:
    templates = _config() / "templates"
    templates.mkdir()
    KINDS[kind](templates / "follow_up.j2")
    line = refused(db, "draft", "2")
    assert "follow_up.j2" in line, line


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_config_file_that_is_not_a_file_is_refused(kind: str, db: Path) -> None:
    KINDS[kind](_config() / "config.toml")
    line = refused(db, "today")
    assert "config.toml" in line, line


@pytest.mark.parametrize("cache", ["holidays.json", "tone-patterns.bin"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_cache_that_is_not_a_file_is_passed_over(kind: str, cache: str, db: Path,
                                                   tmp_path: Path) -> None:
    """Each run reads the caches of holiday tables and compiled patterns first; a FIFO put
    there blocked every command. Run as a process of its own (the caches are read on the
    fast paths); the time-out only stops a regression from hanging the suite."""
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "followup"
    folder.mkdir(parents=True)
    KINDS[kind](folder / cache)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    add = ["add", "Initech", "--role", "Analyst", "--interviewed", "2026-11-23 09:00",
           "--holidays", "US"]
    for args in (["show", "1"], ["check", "-"], add):
        done = subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                               *args], input="Thank you for your time today.\n",
                              capture_output=True, text=True, env=env, timeout=300, check=False)
        assert done.returncode in (0, 1), (args, done.stderr)  # check: 1 = something found
        assert "Traceback" not in done.stderr


# -- LinkedIn's export, held to its budgets ---------------------------------------------------

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _connections(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "".join(
        f"Ann{i},Lee,https://www.linkedin.com/in/ann-lee-{i},,Stripe,Engineer,12 Mar 2024\n"
        for i in range(rows)), encoding="utf-8")
    return path


def test_linkedin_rows_are_counted(db: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "CONNECTIONS", 5)
    line = refused(db, "network", "import", str(_connections(tmp_path, 6)))
    assert "more than 5 rows" in line, line
    res = invoke(["--db", str(db), "--now", NOW, "network", "import",
                  str(_connections(tmp_path, 5))])
    assert res.code == 0, res.stderr


def test_linkedin_reading_is_stopped_past_its_time(db: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A reading that never ends (here made so: a row that spins) is stopped at its time
    budget, with one line and nothing stored."""
    from followup.contacts import linkedin

    def spin(*_args: object) -> None:
        while True:
            pass

    monkeypatch.setattr(budgets, "CONNECTIONS_SECONDS", 0.5)
    monkeypatch.setattr(linkedin, "_row", spin)
    before = dump(db)
    line = refused(db, "network", "import", str(_connections(tmp_path, 3)))
    assert "takes too long to read" in line and "Connections.csv" in line, line
    assert dump(db) == before


@pytest.mark.parametrize("kind", ["fifo", "link-to-dev-zero", "folder"])
def test_a_database_that_is_not_a_file_is_refused_at_once(kind: str, tmp_path: Path) -> None:
    """SQLite opening a FIFO would wait on it; a device or a folder gave SQLite's own words."""
    target = tmp_path / "followup.db"
    if kind == "folder":
        target.mkdir()
    else:
        KINDS[kind](target)
    res = invoke(["--db", str(target), "--now", NOW, "today"])
    assert res.code == 1, (res.code, res.stderr)
    assert res.stderr.strip().splitlines() == [
        f"followup: error: cannot open the database {target}: it is not a regular file (a "
        "folder, a pipe or a device); give --db a file"]
