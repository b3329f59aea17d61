"""`followup sync` against a real Radicale server on loopback: the next actions become tasks,
and what a phone does to them (through its own CalDAV client) comes back as facts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from caldav_servers import Phone, Radicale, radicale, settings

Cli = Callable[..., Any]
NY = ZoneInfo("America/New_York")
__all__ = ["radicale"]  # a fixture, used by name

COMPANIES = (("Acme", "Jane Doe <jane@acme.example>"),
             ("Globex", "Maria Ruiz <maria@globex.example>"),
             ("Initech", "Bill Lumbergh <bill@initech.example>"))
JANE = "Follow-up email to Jane Doe — Acme"
MARIA = "Follow-up email to Maria Ruiz — Globex"
BILL = "Follow-up email to Bill Lumbergh — Initech"


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


@pytest.fixture
def search(cli: Cli) -> list[int]:
    """Three applications interviewed on Mon 16 Nov, thanked the same day: on Mon 23 Nov each
    has its week-after follow-up (F2) as its next action. Returns those step ids."""
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-16T08:00"))
    for company, person in COMPANIES:
        app = ok(cli("add", company, "--role", "Analyst", "--interviewed", "2026-11-16 10:00",
                     "--with", person, "--tz", "America/New_York", "--json",
                     now="2026-11-16T18:00"))
        ok(cli("done", str(app["steps"][0]["id"]), now="2026-11-16T18:00"))
    return [s["id"] for s in ok(cli("today", "--json", now="2026-11-23T08:00"))]


def test_the_phone_ticks_one_off_and_moves_another(
        cli: Cli, radicale: Radicale, search: list[int], monkeypatch: pytest.MonkeyPatch,
        db_path: Path) -> None:
    settings(radicale.url, monkeypatch)
    first = ok(cli("sync", "--json", now="2026-11-23T08:00"))
    assert first["created"] == 3 and first["made_list"] and first["proposed"] == []
    phone = Phone(radicale.url)
    held = phone.tasks()
    assert set(held) == {JANE, MARIA, BILL}
    task = held[JANE].icalendar_component
    assert task["due"].dt == date(2026, 11, 23)
    assert "A week after your thank-you" in str(task["description"])
    assert "Subject: " in str(task["description"])  # the draft's subject
    alarm = task.subcomponents[0]
    assert alarm["trigger"].dt == datetime(2026, 11, 23, 9, tzinfo=NY)  # the morning it is due

    again = ok(cli("sync", "--json", now="2026-11-23T08:05"))
    assert again["requests"] == 1 and again["created"] == again["updated"] == 0

    phone.complete(JANE, datetime(2026, 11, 23, 11, 30, tzinfo=NY))
    phone.move(MARIA, date(2026, 12, 1))
    report = ok(cli("sync", "--json", now="2026-11-23T12:00"))
    assert report["proposed"] == []
    assert len(report["applied"]) == 2, report

    jane, maria, _ = search
    acme = ok(cli("show", "1", "--json", now="2026-11-23T12:00"))
    step = next(s for s in acme["steps"] if s["id"] == jane)
    assert step["status"] == "done" and step["done_on"] == "2026-11-23"
    globex = ok(cli("show", "2", "--json", now="2026-11-23T12:00"))
    step = next(s for s in globex["steps"] if s["id"] == maria)
    assert step["status"] == "pending" and step["due"] == "2026-12-01"
    # Each change from the phone is undoable like a typed command.
    undone = ok(cli("undo", now="2026-11-23T12:01"))
    if "marked step" in undone:
        ok(cli("done", str(jane), now="2026-11-23T12:02"))
    else:
        assert "snoozed" in undone
        ok(cli("snooze", str(maria), "--until", "2026-12-01", now="2026-11-23T12:02"))

    # The server now holds the next actions, and the done one as done.
    ok(cli("sync", "--json", now="2026-11-23T12:05"))
    held = phone.tasks()
    done = [t for t in phone.all() if str(t.icalendar_component["summary"]) == JANE
            and str(t.icalendar_component["status"]) == "COMPLETED"]
    assert len(done) == 1 and JANE not in phone.open_tasks()  # its next touch is not due yet
    assert held[MARIA].icalendar_component["due"].dt == date(2026, 12, 1)
    assert BILL in phone.open_tasks()
    today = {s["id"] for s in ok(cli("today", "--json", now="2026-12-01T08:00"))}
    ok(cli("sync", now="2026-12-01T08:00"))
    open_now = phone.open_tasks()
    assert len(open_now) == len(today) and MARIA in open_now
    phone.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM task_items").fetchone()[0] == len(today)
    conn.close()


def test_a_task_deleted_on_the_phone_is_a_proposal_never_a_skip(
        cli: Cli, radicale: Radicale, search: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings(radicale.url, monkeypatch)
    ok(cli("sync", now="2026-11-23T08:00"))
    phone = Phone(radicale.url)
    phone.delete(BILL)
    out = ok(cli("sync", now="2026-11-23T09:00"))
    assert "deleted on your phone" in out
    bill = search[2]
    assert bill in {s["id"] for s in ok(cli("today", "--json", now="2026-11-23T09:00"))}
    assert "From your phone" in ok(cli("today", now="2026-11-23T09:00"))
    waiting = ok(cli("sync", "--proposals", "--json", now="2026-11-23T09:00"))
    assert [(p["step_id"], p["kind"]) for p in waiting] == [(bill, "skip")]
    ok(cli("sync", "--accept", str(waiting[0]["id"]), now="2026-11-23T09:01"))
    assert bill not in {s["id"] for s in ok(cli("today", "--json", now="2026-11-23T09:01"))}
    assert ok(cli("sync", "--proposals", "--json", now="2026-11-23T09:01")) == []
    phone.close()


def test_both_sides_changed_followup_wins_and_the_phone_proposes(
        cli: Cli, radicale: Radicale, search: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings(radicale.url, monkeypatch)
    ok(cli("sync", now="2026-11-23T08:00"))
    phone = Phone(radicale.url)
    phone.move(JANE, date(2026, 11, 30))
    jane = search[0]
    ok(cli("snooze", str(jane), "--until", "2026-11-25", now="2026-11-23T08:10"))
    report = ok(cli("sync", "--json", now="2026-11-23T08:20"))
    assert report["applied"] == [] and len(report["proposed"]) == 1
    acme = ok(cli("show", "1", "--json", now="2026-11-23T08:20"))
    assert next(s for s in acme["steps"] if s["id"] == jane)["due"] == "2026-11-25"
    assert phone.tasks()[JANE].icalendar_component["due"].dt == date(2026, 11, 25)
    phone.close()


def test_no_other_command_loads_the_sync(cli_proc: Cli, search: list[int],
                                         db_path: Path) -> None:
    """`followup sync` is imported only when it runs: the caldav client, icalendar, Apprise,
    segno and the sync's own modules stay out of every other command."""
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom followup.cli import main\n"
            "for args in (['today'], ['today', '--json'], ['list'], ['show', '1'],"
            " ['done', '--help'], ['remind', '--dry-run']):\n"
            "    try:\n"
            f"        main(['--db', {str(db_path)!r}, '--now', '2026-11-23T08:00', *args])\n"
            "    except SystemExit:\n        pass\n"
            "heavy = ('caldav', 'icalendar', 'apprise', 'segno', 'niquests', 'lxml',"
            " 'followup.sync.engine', 'followup.sync.dav', 'followup.sync.vtodo')\n"
            "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n")
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(src)}, check=True)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_steps_no_longer_next_leave_the_phone(cli: Cli, radicale: Radicale,
                                              search: list[int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    settings(radicale.url, monkeypatch)
    ok(cli("sync", now="2026-11-23T08:00"))
    jane, maria, _ = search
    ok(cli("done", str(jane), now="2026-11-23T09:00"))
    ok(cli("skip", str(maria), now="2026-11-23T09:00"))
    ok(cli("log", "3", "reply", "--on", "2026-11-23", now="2026-11-23T09:00"))  # F12
    report = ok(cli("sync", "--json", now="2026-11-23T09:05"))
    assert report["completed"] == 1 and report["removed"] == 2, report
    phone = Phone(radicale.url)
    assert phone.open_tasks() == {}  # nothing stale left to chase
    done = [t for t in phone.all() if str(t.icalendar_component["status"]) == "COMPLETED"]
    assert [str(t.icalendar_component["summary"]) for t in done] == [JANE]
    phone.close()
