"""A cancelled interview is no contact (issue 23, a gap a new user met in session 13): with
its only interview cancelled, `list` said "in 3 d" and then "3 d ago" from a meeting that never
happened, the work-search record listed it as an interview, and reopening the process after its
day planned thank-yous for it. Migration 33 leaves it out of app_overview's last contact; the
core knows it (Interview.cancelled) and owes nobody thanks for it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.store.migrations import migrate

Cli = Callable[..., Any]
EXAMPLES = Path(__file__).parent / "fixtures" / "invites" / "examples"
ADDED, CANCELLED = "2026-11-26T09:00", "2026-11-27T09:00"  # the interview: Tue 01 Dec 10:00


def _cancelled(cli: Cli) -> None:
    assert cli("add", "--from", str(EXAMPLES / "outlook.ics"), "--yes", now=ADDED).code == 0
    res = cli("add", "--from", str(EXAMPLES / "outlook-cancelled.ics"), "--yes", now=CANCELLED)
    assert res.code == 0, res.stderr


def _row(cli: Cli, now: str) -> dict[str, Any]:
    res = cli("list", "--json", now=now)
    assert res.code == 0, res.stderr
    [row] = res.json()
    return dict(row)


def test_a_cancelled_only_interview_is_no_last_contact(cli: Cli) -> None:
    _cancelled(cli)
    for now in (CANCELLED, "2026-12-04T09:00", "2026-12-11T09:00"):  # and a week on, idle
        row = _row(cli, now)
        assert row["last_contact"] is None and row["days_since_contact"] is None, row
    shown = cli("show", "1", "--json", now=CANCELLED).json()
    assert shown["interviews"][0]["cancelled"] is True
    said = " ".join(cli("show", "1", now=CANCELLED).stdout.split())
    assert "(cancelled by the employer)" in said


def test_a_held_interview_still_is_the_last_contact(cli: Cli) -> None:
    assert cli("add", "--from", str(EXAMPLES / "outlook.ics"), "--yes", now=ADDED).code == 0
    row = _row(cli, "2026-12-04T09:00")
    assert row["last_contact"] == "2026-12-01" and row["days_since_contact"] == 3
    assert cli("show", "1", "--json", now=ADDED).json()["interviews"][0]["cancelled"] is False


def test_the_work_search_record_leaves_a_cancelled_interview_out(cli: Cli) -> None:
    _cancelled(cli)
    res = cli("report", "activity", "--from", "2026-11-20", now="2026-12-11T09:00")
    assert res.code == 0, res.stderr
    assert "Interview" not in res.stdout.split("\n", 1)[1], res.stdout


def test_reopened_after_its_day_nobody_is_thanked_for_it(cli: Cli) -> None:
    _cancelled(cli)
    res = cli("reopen", "1", now="2026-12-04T09:00")
    assert res.code == 0, res.stderr
    for now in ("2026-12-04T09:00", "2026-12-11T09:00"):  # that day and a week on, idle
        doc = cli("show", "1", "--json", now=now).json()
        pending = [s["kind"] for s in doc["steps"] if s["status"] == "pending"]
        assert pending and "thank_you" not in pending, pending
        assert pending[0] == "follow_up"
        assert _row(cli, now)["last_contact"] is None


def test_an_upgraded_database_forgets_the_cancelled_contact(tmp_path: Path, cli: Cli,
                                                            db_path: Path) -> None:
    """A database of version 32 kept the cancelled interview as its last contact; migration
    33 works app_overview out again."""
    _cancelled(cli)
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, upto=32)
    conn.close()
    shutil.copy(db_path, tmp_path / "new.db")  # what the tables hold now, copied row by row
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("ATTACH ? AS new", (str(tmp_path / "new.db"),))
    for table in ("applications", "interviews", "invitations"):
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table} ({', '.join(cols)})"
                     f" SELECT {', '.join(cols)} FROM new.{table}")
    conn.execute("DETACH new")
    assert conn.execute("SELECT last_contact FROM app_overview").fetchone()[0] == "2026-12-01"
    assert migrate(conn) == [33]
    assert conn.execute("SELECT last_contact FROM app_overview").fetchone()[0] is None
    conn.execute("UPDATE invitations SET cancelled = 0")  # sent again: it counts once more
    assert conn.execute("SELECT last_contact FROM app_overview").fetchone()[0] == "2026-12-01"
    conn.close()


def test_stats_count_no_round_for_it(cli: Cli) -> None:
    """The funnel's "interviewed" (rounds, from app_overview, and core.stats from the rows
    alike) leaves out a meeting that never happened."""
    _cancelled(cli)
    doc = cli("stats", "--json", now="2026-12-04T09:00").json()
    funnel = {s["stage"]: s["applications"] for s in doc["funnel"]}
    assert funnel["interviewed"] == 0, doc["funnel"]
