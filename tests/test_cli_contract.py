"""The scripting contract (CONTRACT.md), command by command: JSON shapes, value sets, and what
each command leaves in the database."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from followup.cli.app import app as typer_app
from followup.store.sqlite import Store

Cli = Callable[..., Any]

APP_KEYS = {"id", "company", "role", "status", "playbook", "interviews", "steps"}
INTERVIEW_KEYS = {"at", "interviewers"}
PERSON_KEYS = {"name", "email"}
STEP_KEYS = {"id", "kind", "channel", "to", "due", "latest", "status", "rule", "why"}
APP_STATUSES = {"active", "responded", "offer", "rejected", "withdrawn", "closed"}
STEP_KINDS = {"thank_you", "follow_up", "call", "network", "close"}
CHANNELS = {"email", "letter", "phone", "in_person", "linkedin", "none"}
STEP_STATUSES = {"pending", "done", "skipped", "cancelled"}
RULE_ID = re.compile(r"^[CTFMA]\d{1,2}$")
OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$")

JANE = "Jane Doe <jane@acme.example>"
RAJ = "Raj Patel <raj@acme.example>"


# -- helpers -----------------------------------------------------------------------------


def check_step(step: dict[str, Any]) -> None:
    assert set(step) >= STEP_KEYS, STEP_KEYS - set(step)
    assert isinstance(step["id"], int)
    assert step["kind"] in STEP_KINDS
    assert step["channel"] in CHANNELS
    assert step["status"] in STEP_STATUSES
    assert (step["channel"] == "none") == (step["kind"] == "close")
    assert isinstance(step["to"], list) and all(isinstance(n, str) for n in step["to"])
    assert date.fromisoformat(step["due"]) <= date.fromisoformat(step["latest"])
    assert RULE_ID.match(step["rule"]), step["rule"]
    assert isinstance(step["why"], str) and step["why"].strip()


def check_application(doc: dict[str, Any]) -> None:
    """Every key and value set CONTRACT.md promises for an application."""
    assert set(doc) >= APP_KEYS, APP_KEYS - set(doc)
    assert isinstance(doc["id"], int)
    assert isinstance(doc["company"], str) and isinstance(doc["role"], str)
    assert doc["status"] in APP_STATUSES
    assert isinstance(doc["playbook"], str)
    assert doc["interviews"], "an application has at least one interview"
    for iv in doc["interviews"]:
        assert set(iv) >= INTERVIEW_KEYS
        assert OFFSET.match(iv["at"]), iv["at"]
        assert datetime.fromisoformat(iv["at"]).utcoffset() is not None
        for person in iv["interviewers"]:
            assert set(person) >= PERSON_KEYS
            assert isinstance(person["name"], str) and person["name"]
            assert person["email"] is None or "@" in person["email"]
    for step in doc["steps"]:
        check_step(step)
    dues = [s["due"] for s in doc["steps"]]
    assert dues == sorted(dues), "steps are ordered by due"


def rows(db: Path, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def step_of(doc: dict[str, Any], kind: str, status: str = "pending") -> dict[str, Any]:
    return next(s for s in doc["steps"] if s["kind"] == kind and s["status"] == status)


def plan(doc: dict[str, Any], status: str = "pending") -> list[tuple[str, str, str, str]]:
    return [(s["kind"], s["channel"], s["due"], s["rule"]) for s in doc["steps"]
            if s["status"] == status]


def add(cli: Cli, company: str = "Acme", *extra: str, when: str = "2026-11-23 10:00",
        now: str = "2026-11-23T18:00") -> dict[str, Any]:
    res = cli("add", company, "--role", "Data Analyst", "--interviewed", when,
              "--tz", "America/New_York", *extra, "--json", now=now)
    assert res.code == 0, res.stderr
    assert res.stderr == ""
    doc: dict[str, Any] = res.json()
    check_application(doc)
    return doc


# -- add -----------------------------------------------------------------------------------


def test_add_with_every_option_agreed_date(cli: Cli, db_path: Path) -> None:
    doc = add(cli, "Acme", "--with", JANE, "--with", RAJ, "--decision-by", "2026-11-25",
              "--follow-up-on", "2026-11-26", "--thank-you-by", "letter", "--fit", "yes",
              "--playbook", "agreed", "--holidays", "US", when="2026-11-19 10:00",
              now="2026-11-19T18:00")

    assert doc["company"] == "Acme" and doc["role"] == "Data Analyst"
    assert doc["status"] == "active" and doc["playbook"] == "agreed"
    [iv] = doc["interviews"]
    assert iv["at"] == "2026-11-19T10:00:00-05:00"
    assert [(p["name"], p["email"]) for p in iv["interviewers"]] == [
        ("Jane Doe", "jane@acme.example"), ("Raj Patel", "raj@acme.example")]
    thanks = [s for s in doc["steps"] if s["kind"] == "thank_you"]
    # T1: one per interviewer; T3: a posted letter, mailed within 48 hours.
    assert [(s["to"], s["channel"], s["due"], s["latest"], s["rule"]) for s in thanks] == [
        (["Jane Doe"], "letter", "2026-11-19", "2026-11-21", "T3"),
        (["Raj Patel"], "letter", "2026-11-19", "2026-11-21", "T3"),
    ]
    # F6: the agreed day is Thanksgiving (US), so it moves to the next business day.
    agreed = step_of(doc, "follow_up")
    assert (agreed["channel"], agreed["due"], agreed["rule"]) == ("email", "2026-11-27", "F6")
    assert plan(doc)[-1] == ("close", "none", "2026-12-09", "F8")
    assert all(s["status"] == "pending" for s in doc["steps"])

    [a] = rows(db_path, "SELECT * FROM applications")
    assert (a["id"], a["company"], a["role"], a["status"], a["playbook"], a["holidays"]) == (
        doc["id"], "Acme", "Data Analyst", "active", "agreed", "US")
    [i] = rows(db_path, "SELECT * FROM interviews")
    assert (i["tz"], i["decision_by"], i["follow_up_on"], i["call_in"], i["thank_you_by"],
            i["fit"]) == ("America/New_York", "2026-11-25", "2026-11-26", None, "letter", 1)
    assert datetime.fromisoformat(i["at"]) == datetime.fromisoformat(iv["at"])
    assert [(c["name"], c["email"], c["company"]) for c in rows(
        db_path, "SELECT * FROM contacts ORDER BY id")] == [
        ("Jane Doe", "jane@acme.example", "Acme"), ("Raj Patel", "raj@acme.example", "Acme")]
    assert len(rows(db_path, "SELECT * FROM interviewers")) == 2
    stored = rows(db_path, "SELECT id, kind, channel, due, latest, status, rule FROM steps"
                  " ORDER BY due, id")
    assert [tuple(r) for r in stored] == [
        (s["id"], s["kind"], s["channel"], s["due"], s["latest"], s["status"], s["rule"])
        for s in doc["steps"]]

    store = Store(db_path)
    try:
        loaded = store.load(doc["id"])
    finally:
        store.close()
    tl = loaded.interviews[0].timeline
    assert (tl.decision_by, tl.follow_up_on, tl.thank_you_by, tl.fit) == (
        date(2026, 11, 25), date(2026, 11, 26), "letter", True)
    assert [(s.id, s.rule, s.why) for s in loaded.steps] == [
        (s["id"], s["rule"], s["why"]) for s in doc["steps"]]


def test_add_call_in_days(cli: Cli, db_path: Path) -> None:
    doc = add(cli, "Initech", "--with", JANE, "--call-in", "5", "--playbook", "call",
              "--holidays", "us", when="2026-11-19 10:00", now="2026-11-19T18:00")
    assert doc["playbook"] == "call"
    # F6: "call me in five days" from Thursday is Tuesday, by phone.
    first = step_of(doc, "call")
    assert (first["channel"], first["due"], first["rule"]) == ("phone", "2026-11-24", "F6")
    assert [s["kind"] for s in doc["steps"]].count("call") == 2  # F9: at most two calls
    [i] = rows(db_path, "SELECT call_in, follow_up_on FROM interviews")
    assert tuple(i) == (5, None)
    [a] = rows(db_path, "SELECT holidays FROM applications")
    assert a["holidays"] == "US"


def test_agreed_day_not_moved_without_holidays(cli: Cli) -> None:
    doc = add(cli, "Acme", "--with", JANE, "--follow-up-on", "2026-11-26", "--holidays", "none",
              when="2026-11-19 10:00", now="2026-11-19T18:00")
    assert step_of(doc, "follow_up")["due"] == "2026-11-26"
    assert (doc["holidays"], doc["holidays_from"]) == (None, "option")


def test_holidays_come_from_the_time_zone_by_default(cli: Cli) -> None:
    """No --holidays: the country of the interview's zone (tzdata's zone table) is used and
    said so; Thanksgiving is no business day in New York (F6 moves the agreed day)."""
    doc = add(cli, "Acme", "--with", JANE, "--follow-up-on", "2026-11-26",
              when="2026-11-19 10:00", now="2026-11-19T18:00")
    assert (doc["holidays"], doc["holidays_from"]) == ("US", "zone")
    assert step_of(doc, "follow_up")["due"] == "2026-11-27"
    shown = cli("show", str(doc["id"]), now="2026-11-19T18:00")
    assert "US holidays (from the time zone)" in shown.stdout


def test_add_defaults_weekly_cadence(cli: Cli) -> None:
    doc = add(cli, "Acme", "--with", JANE)
    assert doc["playbook"] == "default"
    assert plan(doc) == [
        ("thank_you", "email", "2026-11-23", "T2"),
        ("follow_up", "email", "2026-11-30", "F2"),
        ("follow_up", "email", "2026-12-07", "F3"),
        ("call", "phone", "2026-12-14", "F4"),
        ("close", "none", "2026-12-21", "F10"),
    ]
    assert step_of(doc, "thank_you")["latest"] == "2026-11-24"  # T2: within 24 hours
    assert step_of(doc, "close")["to"] == []


@pytest.mark.parametrize(("tz", "when", "at"), [
    ("America/New_York", "2026-11-23 10:00", "2026-11-23T10:00:00-05:00"),
    ("America/New_York", "2026-07-01 10:00", "2026-07-01T10:00:00-04:00"),
    ("Europe/Paris", "2026-07-01 09:30", "2026-07-01T09:30:00+02:00"),
    ("Asia/Kolkata", "2026-11-23 15:00", "2026-11-23T15:00:00+05:30"),
    ("UTC", "2026-11-23 08:00", "2026-11-23T08:00:00+00:00"),
])
def test_interview_at_carries_its_utc_offset(cli: Cli, tz: str, when: str, at: str) -> None:
    res = cli("add", "Acme", "--role", "R", "--interviewed", when, "--tz", tz, "--json",
              now="2026-12-01")
    assert res.code == 0, res.stderr
    assert res.json()["interviews"][0]["at"] == at


def test_thank_you_dates_are_in_the_interview_zone(cli: Cli) -> None:
    # 20:00 in Tokyo is 06:00 in New York: the due day is Tokyo's.
    res = cli("add", "Acme", "--role", "R", "--interviewed", "2026-11-23 20:00",
              "--tz", "Asia/Tokyo", "--with", JANE, "--json", now="2026-11-23T08:00")
    doc = res.json()
    thank = step_of(doc, "thank_you")
    assert (thank["due"], thank["latest"]) == ("2026-11-23", "2026-11-24")


# -- show ----------------------------------------------------------------------------------


def test_show_json_is_the_same_document_as_add(cli: Cli) -> None:
    added = add(cli, "Acme", "--with", JANE, "--with", RAJ, "--decision-by", "2026-12-04")
    res = cli("show", str(added["id"]), "--json")
    assert res.code == 0 and res.stderr == ""
    shown = res.json()
    check_application(shown)
    assert shown == added


def test_show_picks_the_right_application(cli: Cli) -> None:
    first = add(cli, "Acme", "--with", JANE)
    second = add(cli, "Globex", "--with", "Maria Garcia <maria@globex.example>")
    assert first["id"] != second["id"]
    shown = cli("show", str(second["id"]), "--json").json()
    assert shown["company"] == "Globex"
    assert {n for s in shown["steps"] for n in s["to"]} == {"Maria Garcia"}


# -- today ---------------------------------------------------------------------------------


def test_today_json_lists_pending_due_steps_earliest_first(cli: Cli, db_path: Path) -> None:
    acme = add(cli, "Acme", "--with", JANE, when="2026-11-16 10:00", now="2026-11-16T18:00")
    globex = add(cli, "Globex", "--with", "Maria Garcia <maria@globex.example>",
                 "--with", RAJ, when="2026-11-23 10:00")
    add(cli, "Initech", "--with", "Bill <bill@initech.example>", when="2026-11-25 10:00",
        now="2026-11-25T18:00")
    acme_thanks = step_of(acme, "thank_you")["id"]
    assert cli("done", str(acme_thanks), "--on", "2026-11-16", "--json",
               now="2026-11-16T18:00").code == 0

    res = cli("today", "--json", now="2026-11-24T09:00")  # within 24 hours of Globex
    assert res.code == 0 and res.stderr == ""
    due = res.json()
    assert isinstance(due, list)
    for s in due:
        check_step(s)
        assert {"application_id", "company"} <= set(s)
        assert s["status"] == "pending"
        assert s["due"] <= "2026-11-24"
    # Acme's week +1 (Mon 23rd), then Globex's two thank-yous (also the 23rd); Initech's
    # interview is still to come, Acme's thank-you is done.
    assert [(s["company"], s["kind"], s["due"]) for s in due] == [
        ("Acme", "follow_up", "2026-11-23"),
        ("Globex", "thank_you", "2026-11-23"),
        ("Globex", "thank_you", "2026-11-23"),
    ]
    assert [s["application_id"] for s in due] == [acme["id"], globex["id"], globex["id"]]
    dues = [s["due"] for s in due]
    assert dues == sorted(dues)

    expected = rows(db_path, "SELECT id FROM steps WHERE status = 'pending' AND due <= ?"
                    " ORDER BY due, id", ("2026-11-24",))
    assert [s["id"] for s in due] == [r["id"] for r in expected]


def test_today_json_is_an_empty_array_when_nothing_is_due(cli: Cli) -> None:
    assert cli("today", "--json").json() == []
    add(cli, "Acme", "--with", JANE, when="2026-11-23 10:00")
    assert cli("today", "--json", now="2026-11-22").json() == []


def test_today_counts_the_whole_day_of_now(cli: Cli) -> None:
    add(cli, "Acme", "--with", JANE)
    # Early morning of the 30th: the week +1 touch due that day is listed; the thank-you's
    # window closed on the 24th, so it is missed and no longer listed (T2, rolling plan).
    due = cli("today", "--json", now="2026-11-30T00:05").json()
    assert [s["due"] for s in due] == ["2026-11-30"]


# -- done ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("done_on", "weekly"), [
    ("2026-11-23", ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21"]),  # on time
    ("2026-11-24", ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22"]),  # a day late
    ("2026-11-25", ["2026-12-02", "2026-12-09", "2026-12-16", "2026-12-23"]),  # two days late
])
def test_done_reanchors_the_weekly_day_f1(cli: Cli, db_path: Path, done_on: str,
                                          weekly: list[str]) -> None:
    added = add(cli, "Acme", "--with", JANE, "--playbook", "weekly")
    thanks = step_of(added, "thank_you")
    later_ids = [s["id"] for s in added["steps"] if s["kind"] != "thank_you"]

    res = cli("done", str(thanks["id"]), "--on", done_on, "--json", now="2026-11-25T20:00")
    assert res.code == 0, res.stderr
    doc = res.json()
    check_application(doc)
    done = next(s for s in doc["steps"] if s["id"] == thanks["id"])
    assert done["status"] == "done"
    assert [(s["kind"], s["due"]) for s in doc["steps"] if s["status"] == "pending"] == [
        ("follow_up", weekly[0]), ("follow_up", weekly[1]), ("call", weekly[2]),
        ("close", weekly[3]),
    ]
    # Re-planned steps keep their ids: scripts can hold on to them.
    assert [s["id"] for s in doc["steps"] if s["status"] == "pending"] == later_ids

    [row] = rows(db_path, "SELECT status, done_on FROM steps WHERE id = ?", (thanks["id"],))
    assert tuple(row) == ("done", done_on)
    stored = rows(db_path, "SELECT due FROM steps WHERE status = 'pending' ORDER BY due")
    assert [r["due"] for r in stored] == weekly


def test_done_without_on_means_today(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "--with", JANE)
    step = step_of(added, "thank_you")
    res = cli("done", str(step["id"]), "--json", now="2026-11-24T09:00")
    assert res.code == 0, res.stderr
    [row] = rows(db_path, "SELECT done_on FROM steps WHERE id = ?", (step["id"],))
    assert row["done_on"] == "2026-11-24"
    assert res.json()["status"] == "active"


def test_done_waits_for_every_thank_you(cli: Cli) -> None:
    """T1, F1: the weekly day follows the last thank-you that went out."""
    added = add(cli, "Acme", "--with", JANE, "--with", RAJ)
    jane, raj = (s["id"] for s in added["steps"] if s["kind"] == "thank_you")
    cli("done", str(jane), "--on", "2026-11-23", now="2026-11-25T20:00")
    doc = cli("done", str(raj), "--on", "2026-11-24", "--json", now="2026-11-25T20:00").json()
    assert step_of(doc, "follow_up")["due"] == "2026-12-01"


# -- log -----------------------------------------------------------------------------------


def test_log_reply_stops_the_sequence_f12(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "--with", JANE)
    cli("done", str(step_of(added, "thank_you")["id"]), now="2026-11-23T18:00")
    res = cli("log", str(added["id"]), "reply", "--json", now="2026-11-26")
    assert res.code == 0, res.stderr
    doc = res.json()
    check_application(doc)
    assert doc["status"] == "responded"
    # The old sequence stops; an answer without a date starts a wait the rules name (issue
    # 20): one question after the playbook's period, then a move-on (F12, F8).
    waiting = [s for s in doc["steps"] if s["status"] == "pending"]
    assert [(s["kind"], s["rule"]) for s in waiting] == [("follow_up", "F12"), ("close", "F8")]
    old = [s["status"] for s in doc["steps"] if s["status"] != "pending"]
    assert old == ["done", *["cancelled"] * 4]

    [a] = rows(db_path, "SELECT status FROM applications")
    assert a["status"] == "responded"
    assert rows(db_path, "SELECT count(*) FROM steps WHERE status = 'pending'")[0][0] == 2
    [e] = rows(db_path, "SELECT kind, on_date FROM events")
    assert tuple(e) == ("reply", "2026-11-26")
    assert [s["rule"] for s in cli("today", "--json", now="2026-12-31").json()] == ["F12"]


def test_log_reply_with_their_date_plans_from_it(cli: Cli) -> None:
    added = add(cli, "Acme", "--with", JANE)
    doc = cli("log", str(added["id"]), "reply", "--on", "2026-11-25", "--decision-by",
              "2026-12-04", "--json", now="2026-11-26").json()
    assert doc["status"] == "responded"
    first = next(s for s in doc["steps"] if s["status"] == "pending")
    assert (first["kind"], first["due"], first["rule"]) == ("follow_up", "2026-12-08", "F5")


@pytest.mark.parametrize(("event", "status"), [
    ("rejected", "rejected"), ("offer", "offer"), ("withdrawn", "withdrawn"),
    ("REJECTED", "rejected"),
])
def test_log_outcome_ends_the_plan_and_keeps_contacts(cli: Cli, db_path: Path, event: str,
                                                      status: str) -> None:
    added = add(cli, "Acme", "--with", JANE, "--with", RAJ)
    contacts = [tuple(r) for r in rows(db_path, "SELECT * FROM contacts ORDER BY id")]
    res = cli("log", str(added["id"]), event, "--json", now="2026-11-27")
    assert res.code == 0, res.stderr
    doc = res.json()
    check_application(doc)
    assert doc["status"] == status
    assert {s["status"] for s in doc["steps"]} == {"cancelled"}
    # A3: the contacts stay, for future roles and networking.
    assert [(p["name"], p["email"]) for p in doc["interviews"][0]["interviewers"]] == [
        ("Jane Doe", "jane@acme.example"), ("Raj Patel", "raj@acme.example")]
    assert [tuple(r) for r in rows(db_path, "SELECT * FROM contacts ORDER BY id")] == contacts
    assert len(rows(db_path, "SELECT * FROM interviewers")) == 2
    [a] = rows(db_path, "SELECT status FROM applications")
    assert a["status"] == status
    [e] = rows(db_path, "SELECT kind, on_date FROM events")
    assert tuple(e) == (status, "2026-11-27")


def test_log_on_a_given_day(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "--with", JANE)
    cli("log", str(added["id"]), "rejected", "--on", "2026-11-25", now="2026-11-27")
    [e] = rows(db_path, "SELECT on_date FROM events")
    assert e["on_date"] == "2026-11-25"


# -- playbooks -----------------------------------------------------------------------------


def test_playbooks_json(cli: Cli) -> None:
    res = cli("playbooks", "--json")
    assert res.code == 0 and res.stderr == ""
    books = res.json()
    assert [b["name"] for b in books] == [
        "default", "weekly", "estimate", "agreed", "two-weeks", "call"]
    for b in books:
        assert b["rules"] and all(RULE_ID.match(r) for r in b["rules"])
        assert isinstance(b["shape"], str) and b["shape"]


def test_playbooks_json_needs_no_database(cli: Cli, db_path: Path) -> None:
    assert cli("playbooks", "--json").code == 0
    assert not db_path.exists()


@pytest.mark.parametrize("name", ["default", "weekly", "estimate", "agreed", "two-weeks", "call"])
def test_every_playbook_makes_a_contract_plan(cli: Cli, name: str) -> None:
    extra = {"estimate": ["--decision-by", "2026-12-04"], "agreed": ["--call-in", "4"]}
    doc = add(cli, "Acme", "--with", JANE, "--playbook", name, *extra.get(name, []))
    assert doc["playbook"] == name
    kinds = [s["kind"] for s in doc["steps"]]
    assert kinds[0] == "thank_you" and kinds[-1] == "close"  # T7 first, let go last
    assert kinds.count("close") == 1


# -- global options ------------------------------------------------------------------------


def invoke(args: list[str], env: dict[str, str] | None = None) -> Any:
    res = CliRunner().invoke(typer_app, args, env=env)
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res


ADD = ["add", "Acme", "--role", "R", "--interviewed", "2026-11-23 10:00", "--with", JANE,
       "--json"]


def test_db_option_creates_the_file_and_its_folders(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "jobs.db"
    res = invoke(["--db", str(target), "--now", "2026-11-23T18:00", *ADD])
    assert res.exit_code == 0, res.stderr
    assert target.is_file()
    store = Store(target)
    try:
        assert store.load(1).company == "Acme"
    finally:
        store.close()


def test_db_env_var(tmp_path: Path) -> None:
    target = tmp_path / "env" / "jobs.db"
    res = invoke(["--now", "2026-11-23T18:00", *ADD], env={"FOLLOWUP_DB": str(target)})
    assert res.exit_code == 0, res.stderr
    assert target.is_file()
    shown = invoke(["show", "1", "--json"], env={"FOLLOWUP_DB": str(target)})
    assert shown.exit_code == 0 and '"Acme"' in shown.stdout


def test_db_option_beats_env_var(tmp_path: Path) -> None:
    by_env, by_option = tmp_path / "env.db", tmp_path / "option.db"
    res = invoke(["--db", str(by_option), "--now", "2026-11-23T18:00", *ADD],
                 env={"FOLLOWUP_DB": str(by_env)})
    assert res.exit_code == 0, res.stderr
    assert by_option.is_file() and not by_env.exists()


def test_default_db_is_in_the_user_data_folder() -> None:
    from followup.settings import default_db

    target = default_db()
    assert str(target).startswith(os.environ["XDG_DATA_HOME"])  # conftest's throwaway home
    assert not target.exists()
    res = invoke(["--now", "2026-11-23T18:00", *ADD])
    assert res.exit_code == 0, res.stderr
    assert target.is_file()


@pytest.mark.parametrize("now", ["2026-11-30", "2026-11-30T08:00", "2026-11-30T08:00:00-05:00"])
def test_now_option_and_env_var(db_path: Path, now: str) -> None:
    base = ["--db", str(db_path)]
    assert invoke([*base, "--now", "2026-11-23T18:00", *ADD]).exit_code == 0
    by_option = invoke([*base, "--now", now, "today", "--json"])
    by_env = invoke([*base, "today", "--json"], env={"FOLLOWUP_NOW": now})
    assert by_option.exit_code == by_env.exit_code == 0
    assert by_option.stdout == by_env.stdout
    assert '"2026-11-30"' in by_option.stdout  # the week +1 touch is due "today"
    earlier = invoke([*base, "today", "--json"], env={"FOLLOWUP_NOW": "2026-11-24T09:00"})
    assert '"2026-11-30"' not in earlier.stdout and '"2026-11-23"' in earlier.stdout


def test_now_env_sets_the_done_day(db_path: Path) -> None:
    base = ["--db", str(db_path)]
    assert invoke([*base, "--now", "2026-11-23T18:00", *ADD]).exit_code == 0
    res = invoke([*base, "done", "1", "--json"], env={"FOLLOWUP_NOW": "2026-11-25"})
    assert res.exit_code == 0, res.stderr
    assert rows(db_path, "SELECT done_on FROM steps WHERE id = 1")[0][0] == "2026-11-25"


# -- the real program ----------------------------------------------------------------------


def test_real_program_json_matches_both_paths(cli_proc: Cli) -> None:
    """`show ID --json` and `today --json` have a fast path; it must print what the full
    command line prints for the same request."""
    res = cli_proc("add", "Acme", "--role", "R", "--interviewed", "2026-11-23 10:00",
                   "--with", JANE, "--json")
    assert res.code == 0, res.stderr
    added = res.json()
    fast = cli_proc("show", str(added["id"]), "--json")
    slow = cli_proc("show", "--json", str(added["id"]))
    assert fast.code == slow.code == 0 and fast.stderr == slow.stderr == ""
    assert fast.json() == slow.json() == added
    fast_today = cli_proc("today", "--json", now="2026-11-30")
    slow_today = cli_proc("--now", "2026-11-30", "today", "--json", now=None)
    assert fast_today.stdout == slow_today.stdout
    assert [s["due"] for s in fast_today.json()] == ["2026-11-30"]
    missing = cli_proc("show", "99", "--json")
    assert (missing.code, missing.stdout) == (1, "")
    assert missing.stderr == "followup: error: no application with id 99\n"


def test_real_program_reads_db_and_now_from_the_environment(tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "a" / "b" / "jobs.db"
    env = {**os.environ, "FOLLOWUP_DB": str(target), "FOLLOWUP_NOW": "2026-11-23T18:00",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "followup", *args], capture_output=True,
                              text=True, env=env, timeout=60)

    added = run(*ADD)
    assert added.returncode == 0, added.stderr
    assert target.is_file()
    env["FOLLOWUP_NOW"] = "2026-11-30"
    due = run("today", "--json")  # the fast path
    assert due.returncode == 0, due.stderr
    assert [s["due"] for s in json.loads(due.stdout)] == ["2026-11-30"]
    listed = run("list", "--json")  # the full command line
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["company"], row["days_since_contact"]) == ("Acme", 7)


def test_snooze_takes_an_optional_reason(cli: Cli) -> None:
    doc = add(cli, "Acme", "--with", JANE, when="2026-11-23 10:00", now="2026-11-23T12:00")
    step = next(s for s in doc["steps"] if s["kind"] == "follow_up")
    res = cli("snooze", str(step["id"]), "--until", "2026-12-08", "--json",
              now="2026-11-23T12:00")
    assert res.code == 0, res.stderr
    again = next(s for s in res.json()["steps"] if s["id"] == step["id"])
    assert again["status"] == "pending" and again["due"] == "2026-12-08"
