"""The rolling plan, as a late candidate lives it: one next action per application, touches
that wait for the one before (F1-F7), a close only after the last touch (F8, F10), missed
thank-yous handed on (T2, T7), late and imported interviews, holidays on by default, and the
corrections a candidate makes (snooze, undo, delete, a new decision date)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
JANE = "Jane Doe <jane@acme.example>"


def add(cli: Cli, *args: str, when: str = "2026-11-23 10:00", now: str | None = None,
        company: str = "Acme") -> dict[str, Any]:
    res = cli("add", company, "--role", "Analyst", "--interviewed", when, "--with", JANE,
              *args, "--json", now=now or f"{when[:10]}T18:00")
    assert res.code == 0, res.stderr
    doc: dict[str, Any] = res.json()
    return doc


def today(cli: Cli, now: str) -> list[dict[str, Any]]:
    res = cli("today", "--json", now=now)
    assert res.code == 0, res.stderr
    due: list[dict[str, Any]] = res.json()
    return due


def show(cli: Cli, app_id: int, now: str) -> dict[str, Any]:
    doc: dict[str, Any] = cli("show", str(app_id), "--json", now=now).json()
    return doc


def by_kind(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [s for s in doc["steps"] if s["kind"] == kind]


# -- a month of doing nothing ---------------------------------------------------------------


def test_a_month_late_lists_one_next_action_not_a_pile(cli: Cli) -> None:
    """Weekly playbook, Mon 23 Nov, nothing done: on Tue 22 Dec the candidate is told to
    send the week +1 email (carrying the thanks), not five steps at once (F1-F4, F10, T2)."""
    add(cli, "--playbook", "weekly")
    due = today(cli, "2026-12-22")
    assert [(s["kind"], s["rule"], s["due"]) for s in due] == [
        ("follow_up", "F2", "2026-11-30")]
    assert "thank them for the interview in this message (T2, T7)" in due[0]["why"]
    doc = show(cli, 1, "2026-12-22")
    (thanks,) = by_kind(doc, "thank_you")
    assert thanks["status"] == "missed"
    # The touches after it are projections from today: week +2 a week after today, the call
    # a week later, the close a week after the call (F1, F4, F10).
    later = [(s["kind"], s["due"], s["projected"]) for s in doc["steps"]
             if s["status"] == "pending"]
    assert later == [("follow_up", "2026-11-30", False), ("follow_up", "2026-12-29", True),
                     ("call", "2027-01-05", True), ("close", "2027-01-12", True)]


def test_doing_the_late_touch_moves_the_rest_from_that_day(cli: Cli) -> None:
    add(cli, "--playbook", "weekly")
    week1 = today(cli, "2026-12-22")[0]["id"]
    res = cli("done", str(week1), now="2026-12-22")
    assert res.code == 0
    assert res.stdout.strip() == (
        f"Done on Tue 22 Dec: step {week1}, follow-up email → Jane Doe (Acme). Next: "
        f"follow-up email → Jane Doe on Tue 29 Dec (step {week1 + 1}).")
    assert today(cli, "2026-12-28") == []
    assert [s["rule"] for s in today(cli, "2026-12-29")] == ["F3"]


def test_an_interview_recorded_weeks_later_gets_one_catch_up_touch(cli: Cli) -> None:
    doc = add(cli, when="2026-10-05 10:00", now="2026-11-30T09:00")
    due = today(cli, "2026-11-30")
    assert [(s["kind"], s["due"]) for s in due] == [("follow_up", "2026-11-30")]
    assert "catch-up" in due[0]["why"] and "(T2, T7)" in due[0]["why"]
    assert [s["status"] for s in by_kind(doc, "thank_you")] == ["missed"]
    pending = [s for s in doc["steps"] if s["status"] == "pending"]
    assert all(s["due"] >= "2026-11-30" for s in pending)


def test_the_close_names_what_really_happened(cli: Cli) -> None:
    """After skipping the call the close counts from the last email (F8), and names it."""
    add(cli, "--playbook", "weekly")
    for step_id, on in ((1, "2026-11-23"), (2, "2026-11-30"), (3, "2026-12-07")):
        assert cli("done", str(step_id), "--on", on, now=on).code == 0
    call = by_kind(show(cli, 1, "2026-12-08"), "call")[0]
    assert cli("skip", str(call["id"]), now="2026-12-14").code == 0
    (close,) = by_kind(show(cli, 1, "2026-12-14"), "close")
    assert close["rule"] == "F8"
    assert close["why"].startswith("A week since your last email on Mon 2026-12-07")
    assert close["due"] == "2026-12-21"  # a week after the call's day, when it was left out


def test_the_close_after_a_call_names_its_day(cli: Cli) -> None:
    add(cli, "--playbook", "weekly")
    for step_id, on in ((1, "2026-11-23"), (2, "2026-11-30"), (3, "2026-12-07"),
                        (4, "2026-12-15")):
        assert cli("done", str(step_id), "--on", on, now=on).code == 0
    (close,) = by_kind(show(cli, 1, "2026-12-15"), "close")
    assert (close["rule"], close["due"]) == ("F10", "2026-12-22")
    assert close["why"].startswith("A week since your call on Tue 2026-12-15")


def test_never_a_close_while_the_call_is_pending(cli: Cli) -> None:
    add(cli, "--playbook", "weekly")
    for day in ("2026-12-21", "2027-01-20", "2027-06-01"):
        kinds = [s["kind"] for s in today(cli, day)]
        assert "close" not in kinds and len(kinds) <= 1


# -- holidays -------------------------------------------------------------------------------


def test_thanksgiving_is_no_business_day_without_asking(cli: Cli) -> None:
    """A Thursday interview in New York: week +1 would be Thanksgiving; the US holidays come
    from the time zone, so it moves to Friday, and the plan says where they came from."""
    doc = add(cli, "--playbook", "weekly", when="2026-11-19 10:00")
    assert (doc["holidays"], doc["holidays_from"]) == ("US", "zone")
    assert by_kind(doc, "follow_up")[0]["due"] == "2026-11-27"
    header = cli("show", "1", now="2026-11-19T18:00").stdout
    assert "US holidays (from the time zone)" in header


def test_holidays_none_and_a_saved_default(cli: Cli, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_CONFIG_DIR", str(tmp_path / "config"))
    off = add(cli, "--playbook", "weekly", "--holidays", "none", when="2026-11-19 10:00")
    assert off["holidays"] is None and by_kind(off, "follow_up")[0]["due"] == "2026-11-26"
    assert "weekends only" in cli("show", "1", now="2026-11-19T18:00").stdout
    res = cli("settings", "set", "holidays", "de")
    assert res.code == 0 and "holidays = DE" in res.stdout
    config = tmp_path / "config" / "config.toml"
    assert config.read_text() == 'holidays = "DE"\n' and config.stat().st_mode & 0o077 == 0
    saved = add(cli, company="Globex", when="2026-11-19 10:00")
    assert (saved["holidays"], saved["holidays_from"]) == ("DE", "setting")
    bad = cli("settings", "set", "holidays", "XX")
    assert bad.code == 2 and "no holiday calendar" in bad.stderr
    assert cli("settings", "unset", "holidays").code == 0
    assert config.read_text() == ""


# -- corrections --------------------------------------------------------------------------


def test_a_new_decision_date_is_the_decision_date_everywhere(cli: Cli, db_path: Path) -> None:
    add(cli, "--decision-by", "2026-11-27")
    res = cli("log", "1", "reply", "--decision-by", "2026-12-11", "--json", now="2026-11-30")
    assert res.code == 0
    assert res.json()["decision_by"] == "2026-12-11"
    assert show(cli, 1, "2026-11-30")["decision_by"] == "2026-12-11"
    assert "decision by Fri 11 Dec 2026" in cli("show", "1", now="2026-11-30").stdout
    exported = cli("export", "csv", now="2026-11-30").stdout
    row = next(csv.DictReader(io.StringIO(exported)))
    assert row["decision_by"] == "2026-12-11"


def test_a_round_before_an_earlier_one_is_refused(cli: Cli) -> None:
    add(cli)
    res = cli("interview", "1", "--at", "2026-11-20 10:00", now="2026-11-30")
    assert res.code == 2
    assert "is not after round 1 (2026-11-23 10:00)" in res.stderr


@pytest.mark.parametrize(("when", "words"), [
    ("2025-06-01 10:00", "more than a year ago"),
    ("2026-12-15 10:00", "more than a week ahead"),
])
def test_an_unusual_interview_date_needs_yes(cli: Cli, db_path: Path, when: str,
                                            words: str) -> None:
    res = cli("add", "Acme", "--role", "R", "--interviewed", when, now="2026-11-30")
    assert res.code == 2 and words in res.stderr and "--yes" in res.stderr
    assert not db_path.exists() or sqlite3.connect(db_path).execute(
        "SELECT count(*) FROM applications").fetchone()[0] == 0
    assert cli("add", "Acme", "--role", "R", "--interviewed", when, "--yes",
               now="2026-11-30").code == 0


def test_snooze_moves_the_rest_and_undo_takes_each_change_back(cli: Cli) -> None:
    add(cli, "--playbook", "weekly")
    assert cli("done", "1", now="2026-11-23T19:00").code == 0
    res = cli("snooze", "2", "--until", "2026-12-02", "--reason", "they are at a conference",
              now="2026-11-30")
    assert res.code == 0
    assert res.stdout.startswith("Put off to Wed 02 Dec: step 2, follow-up email")
    doc = show(cli, 1, "2026-11-30")
    pending = {s["id"]: s["due"] for s in doc["steps"] if s["status"] == "pending"}
    assert pending[2] == "2026-12-02" and pending[3] == "2026-12-09"  # the rest moved
    assert "Put off to Wed 02 Dec: they are at a conference." in doc["steps"][1]["why"]
    assert cli("skip", "2", now="2026-12-02").code == 0
    assert cli("log", "1", "reply", "--note", "Soon", now="2026-12-03").code == 0
    assert cli("edit", "1", "--role", "Lead", now="2026-12-03").code == 0
    said = [cli("undo", now="2026-12-03").stdout.strip() for _ in range(5)]
    assert said == [
        "Undone: edited application 1 (Acme).",
        "Undone: logged reply for application 1 (Acme).",
        "Undone: skipped step 2 (follow-up → Jane Doe, Acme).",
        "Undone: snoozed step 2 (follow-up → Jane Doe, Acme) to Wed 02 Dec.",
        "Undone: marked step 1 (thank-you → Jane Doe, Acme) done on Mon 23 Nov.",
    ]
    back = show(cli, 1, "2026-11-23T19:00")
    assert back["role"] == "Analyst" and back["status"] == "active" and back["events"] == []
    assert [s["status"] for s in back["steps"]][:2] == ["pending", "pending"]
    # The first undo removes the application itself; then there is nothing left to undo.
    assert cli("undo", now="2026-12-03").code == 0
    res = cli("undo", now="2026-12-03")
    assert (res.code, res.stderr) == (2, "followup: error: nothing to undo\n")


def test_undo_refuses_after_a_change_it_cannot_see(cli: Cli, db_path: Path) -> None:
    add(cli)
    assert cli("done", "1", now="2026-11-23T19:00").code == 0
    with sqlite3.connect(db_path) as conn:  # another tool changed the application since
        conn.execute("UPDATE applications SET updated_at = 'x' WHERE id = 1")
    res = cli("undo", now="2026-11-24")
    assert res.code == 2 and "has changed since" in res.stderr


def test_delete_asks_keeps_a_backup_and_can_be_undone(cli: Cli, db_path: Path) -> None:
    add(cli)
    res = cli("delete", "1", now="2026-11-24")
    assert res.code == 2 and "needs --yes" in res.stderr
    res = cli("delete", "1", "--yes", "--json", now="2026-11-24")
    assert res.code == 0
    copy = Path(res.json()["backup"])
    assert copy.is_file() and copy.parent == db_path.parent / "backups"
    assert cli("show", "1", now="2026-11-24").code == 1
    assert cli("undo", now="2026-11-24").stdout.strip() == "Undone: deleted application 1 (Acme)."
    assert show(cli, 1, "2026-11-24")["company"] == "Acme"


def test_a_missed_thank_you_can_still_be_marked_sent_late(cli: Cli) -> None:
    add(cli)
    assert by_kind(show(cli, 1, "2026-11-26"), "thank_you")[0]["status"] == "missed"
    res = cli("done", "1", "--json", now="2026-11-26")
    assert res.code == 0
    assert by_kind(res.json(), "thank_you")[0]["status"] == "done"
    assert "did not go out in time" not in by_kind(res.json(), "follow_up")[0]["why"]


# -- the morning list ------------------------------------------------------------------------


def test_today_fits_80_columns_and_shows_the_first_rows_with_the_totals(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for i in range(35):
        add(cli, company=f"Company {i:02} with a rather long name")
    res = cli("today", now="2026-11-24T09:00")  # within 24 hours of the interviews (T2)
    lines = res.stdout.splitlines()
    assert lines[0] == "Due now (Tue 24 Nov 2026, your time): 35 next action(s)"
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert "… and 5 more: followup today --all" in res.stdout
    every = cli("today", "--all", now="2026-11-24T09:00").stdout
    assert "more: followup today --all" not in every
    assert sum(1 for line in every.splitlines() if "thank-you email" in line) == 35


def test_today_json_keeps_the_contract_shape(cli: Cli) -> None:
    add(cli)
    (step,) = today(cli, "2026-11-23T19:00")
    assert list(step)[:11] == ["id", "kind", "channel", "to", "due", "latest", "status",
                               "rule", "why", "touch", "via"]
    assert step["application_id"] == 1 and step["company"] == "Acme"


def test_importing_two_hundred_past_applications_is_history_not_work(
        cli: Cli, tmp_path: Path) -> None:
    rows = ["company,role,interviewed,status"]
    for i in range(200):
        month = 1 + i % 11
        rows.append(f"Company {i},Role,2026-{month:02}-15 10:00,"
                    + ("rejected" if i % 4 == 0 else "active"))
    src = tmp_path / "past.csv"
    src.write_text("\n".join(rows) + "\n")
    res = cli("import", "csv", str(src), "--json", now="2026-11-30T09:00")
    assert res.code == 0, res.stderr
    due = today(cli, "2026-11-30T09:00")
    # Only the November ones are recent enough to follow up (six weeks without contact is
    # history), each with one catch-up touch.
    recent = {r.split(",")[0] for r in rows[1:] if "2026-11-15" in r and "active" in r}
    assert {s["company"] for s in due} == recent
    assert all(s["kind"] == "follow_up" for s in due)
    listed = json.loads(cli("list", "--json", now="2026-11-30T09:00").stdout)
    rejected = sum(1 for r in rows[1:] if "rejected" in r)
    assert sum(1 for r in listed if r["status"] == "closed") == 200 - rejected - len(recent)
    assert cli("undo", now="2026-11-30T09:00").code == 2  # an import is not undone row by row


def test_the_demo_never_contradicts_itself_whatever_the_day(tmp_path: Path) -> None:
    """The demo, kept and read on later days without anything done: one next action per
    application, never a close while a touch waits (F8, F10), no step listed twice."""
    import subprocess
    import sys

    demo = tmp_path / "demo.db"
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
           "FOLLOWUP_TZ": "America/New_York", "PATH": "/usr/bin:/bin"}
    made = subprocess.run([sys.executable, "-m", "followup", "--now", "2026-11-30T09:00", "demo",
                           "--keep", str(demo)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert made.returncode == 0, made.stderr
    for day in ("2026-11-30", "2026-12-03", "2026-12-10", "2026-12-24", "2027-02-01"):
        res = subprocess.run([sys.executable, "-m", "followup", "--db", str(demo), "--now",
                              day, "today", "--json"], capture_output=True, text=True, env=env,
                             timeout=60)
        due = json.loads(res.stdout)
        chases = [s["application_id"] for s in due if s["kind"] in ("follow_up", "call", "close")]
        assert len(chases) == len(set(chases)), day
        for s in due:
            if s["kind"] == "close":
                shown = json.loads(subprocess.run(
                    [sys.executable, "-m", "followup", "--db", str(demo), "--now", day, "show",
                     str(s["application_id"]), "--json"], capture_output=True, text=True,
                    env=env, timeout=60).stdout)
                assert not [t for t in shown["steps"] if t["status"] == "pending"
                            and t["kind"] in ("follow_up", "call")], day


def test_the_demo_at_dawn_on_a_monday_still_has_its_thank_yous_due(cli: Cli) -> None:
    """The demo's freshest interview is a few hours old whatever the hour, so its thank-yous
    are due (T2), not missed."""
    res = cli("demo", now="2026-11-30T05:50")
    assert res.code == 0, res.stderr
    assert "thank-you email → Jane Doe" in res.stdout
    assert "did not go out in time" not in res.stdout.split("the full plan")[0]
