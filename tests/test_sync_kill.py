"""A sync killed with SIGKILL at random moments, then run again: no task is duplicated and no
completion from the phone is lost. The child says where it is (after an HTTP request is
answered, before one is sent, after a write of its own state) and waits there to be killed:
the test synchronises on that line, never on time."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from caldav_servers import Phone, Radicale, radicale, settings
from test_sync import JANE, MARIA, NY, ok, search

Cli = Callable[..., Any]
SRC = Path(__file__).resolve().parents[1] / "src"
__all__ = ["radicale", "search"]  # fixtures, used by name

CHILD = textwrap.dedent("""
    import itertools, sys
    import caldav
    from followup.store import tasks

    stop_at = int(sys.argv[1])
    ticks = itertools.count(1)

    def tick(where):
        if next(ticks) == stop_at:
            print("inside", where, flush=True)
            sys.stdin.readline()  # a pipe the test never writes to: wait for the SIGKILL

    from followup.sync.dav import Server

    real = caldav.DAVClient.request  # discovery
    def request(self, url, method="GET", *args, **kwargs):
        tick("before " + method)
        answer = real(self, url, method, *args, **kwargs)
        tick("after " + method)
        return answer
    caldav.DAVClient.request = request
    real_send = Server.send  # every request of a sync
    def send(self, method, url, *args, **kwargs):
        tick("before " + method)
        answer = real_send(self, method, url, *args, **kwargs)
        tick("after " + method)
        return answer
    Server.send = send
    for name in ("put_item", "set_etag", "drop_item", "set_marks", "propose"):
        def wrapped(*args, _real=getattr(tasks, name), _name=name, **kwargs):
            _real(*args, **kwargs)
            tick(_name)
        setattr(tasks, name, wrapped)
    from followup.cli import main
    try:
        main(["--db", sys.argv[2], "--now", "2026-11-23T12:00", "sync"])
    finally:
        print("finished", flush=True)
""")


def _kill_at(stop_at: int, db: Path) -> str:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(stop_at), str(db)],
                             stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(("inside", "finished")):
            break
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    return line.strip()


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.mark.slow
def test_a_sync_killed_anywhere_duplicates_nothing_and_loses_no_completion(
        cli: Cli, radicale: Radicale, search: list[int], monkeypatch: pytest.MonkeyPatch,
        db_path: Path, tmp_path: Path) -> None:
    settings(radicale.url, monkeypatch)
    jane, maria, _ = search
    rng = random.Random(26)
    points = sorted(rng.sample(range(1, 14), 7))  # a sync here makes about 13 stops
    template = tmp_path / "template.db"
    _copy(db_path, template)
    killed = 0
    for n, stop_at in enumerate(points):
        db = db_path
        _copy(template, db)  # each run starts from the same search, on a list of its own
        monkeypatch.setenv("FOLLOWUP_CALDAV_LIST", f"run{n}")

        def run(*args: str, now: str) -> Any:
            return ok(cli(*args, now=now))

        run("sync", now="2026-11-23T08:00")
        phone = Phone(radicale.url, f"run{n}")
        phone.complete(JANE, datetime(2026, 11, 23, 11, 30, tzinfo=NY))
        phone.move(MARIA, date(2026, 12, 1))
        where = _kill_at(stop_at, db)
        assert where.startswith(("inside", "finished")), where
        killed += where.startswith("inside")
        again = run("sync", "--json", now="2026-11-23T12:05")
        assert again["proposed"] == [], (where, again)
        shown = {s["id"]: s for a in (1, 2)
                 for s in run("show", str(a), "--json", now="2026-11-23T12:05")["steps"]}
        assert shown[jane]["status"] == "done" and shown[jane]["done_on"] == "2026-11-23", where
        assert shown[maria]["due"] == "2026-12-01", where
        phone.tasks()  # no UID twice, no open task twice
        today = run("today", "--json", now="2026-11-23T12:05")
        assert len(phone.open_tasks()) == len(today) + 1, where  # + Maria's, moved later
        assert run("sync", "--json", now="2026-11-23T12:06")["requests"] == 1, where
        phone.close()
    assert killed >= 5, "most runs are killed in the middle, not after the end"
