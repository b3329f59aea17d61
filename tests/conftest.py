"""Shared fixtures: a real SQLite file per test and a runner for the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer.testing
from typer.main import get_command
from typer.testing import CliRunner

from followup.cli.app import build
from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                   ) -> None:
    """No test reads or writes the developer's real config or data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FOLLOWUP_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("FOLLOWUP_TZ", "America/New_York")
    for var in ("FOLLOWUP_DB", "FOLLOWUP_NOW", "FOLLOWUP_HOLIDAYS", "FOLLOWUP_PLAYBOOK",
                "FOLLOWUP_MIN_ACTIVE", "FOLLOWUP_CALDAV_URL", "FOLLOWUP_CALDAV_USER",
                "FOLLOWUP_CALDAV_PASSWORD", "FOLLOWUP_CALDAV_LIST"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "followup.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store(db_path)
    yield s  # type: ignore[misc]
    s.close()


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@cache
def command(modules: tuple[str, ...] | None = None) -> Any:
    """The command tree with the commands of `modules` (None: every command), built once per
    test process. Typer's own runner builds the whole tree again on every call (~40 ms of
    `inspect.signature` and type hints), which hundreds of calls would pay over and over."""
    return get_command(build(modules))


# The tests that call Typer's runner themselves (`CliRunner().invoke(app, ...)`) get the same
# cache: the runner turns the app into its command tree on every call through this one name.
_TREES: dict[int, tuple[Any, Any]] = {}


def _tree_of(app: Any) -> Any:
    kept = _TREES.get(id(app))
    if kept is None or kept[0] is not app:
        kept = _TREES[id(app)] = (app, get_command(app))
    return kept[1]


typer.testing._get_command = _tree_of


def invoke(args: Sequence[str], *, input: str | None = None,
           env: Mapping[str, str | None] | None = None) -> Result:
    """Run `followup ARGS...` in-process on the cached tree, as Typer's runner does: stdin,
    stdout, stderr and the environment swapped for the call. An exception other than an exit
    is raised, so a test sees the real traceback."""
    runner = CliRunner()
    code = 0
    with runner.isolation(input=input, env=env) as (out, err, _):
        try:
            command().main(args=list(args), prog_name="followup")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()
    return Result(code, _text(stdout), _text(stderr))


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture
def cli(db_path: Path) -> Callable[..., Result]:
    """Run `followup --db <test db> ARGS...` in-process on the cached command tree."""

    def run(*args: str, now: str | None = "2026-11-23T18:00", input: str | None = None) -> Result:
        argv = ["--db", str(db_path)]
        if now:
            argv += ["--now", now]
        return invoke([*argv, *args], input=input)

    return run


@pytest.fixture
def cli_proc(db_path: Path) -> Callable[..., Result]:
    """Run the real `python -m followup` in a child process (exit codes, stderr, locking)."""

    def run(*args: str, now: str | None = "2026-11-23T18:00", timeout: float = 60) -> Result:
        argv = [sys.executable, "-m", "followup", "--db", str(db_path)]
        if now:
            argv += ["--now", now]
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        p = subprocess.run([*argv, *args], capture_output=True, text=True, timeout=timeout,
                           env=env)
        return Result(p.returncode, p.stdout, p.stderr)

    return run


def bench_module(name: str) -> Any:
    """A script of bench/ loaded as a module (the tests hold its development figures)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def keeps_invitation_floor(part: str, floor: tuple[float, float, float]) -> None:
    """A development folder of invitations keeps its floor: people all right, coordinator,
    company, and every file stored with --yes."""
    got = bench_module("capture_blind").invitations(part, False)
    people, coordinator, company = floor
    assert got["people_all_right"] >= people and got["coordinator"] >= coordinator, got
    assert got["company"] >= company and got["stored_with_yes"] == 1.0, got


def keeps_reply_floor(name: str, floor: tuple[float, float, float, int]) -> None:
    """A development folder of replies keeps its floor: precision, recall, dates exact, and
    false days at most."""
    got = bench_module("capture_blind").replies(name, False)
    precision, recall, dates, false_days = floor
    assert got["precision"] >= precision - 0.001 and got["recall"] >= recall - 0.001, got
    assert got["dates_exact"] >= dates - 0.001 and got["false_dates"] <= false_days, got
