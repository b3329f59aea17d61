"""The everyday commands beyond the contract: list, interview, reopen, edit, interviewer, skip,
prepare, demo and settings, and the human output of show and today."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]

JANE = "Jane Doe <jane@acme.example>"


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A console wide enough that no table cell wraps, so whole sentences can be found."""
    from followup.cli import human

    monkeypatch.setattr(human.console, "_width", 1000)
    monkeypatch.setenv("COLUMNS", "1000")  # the plain-text plan of `show` and `add`


def rows(db: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def ok(res: Any) -> Any:
    """The JSON document of a command that succeeded (its text when not run with --json)."""
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def add(cli: Cli, company: str, when: str, *extra: str, now: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = ok(cli("add", company, "--role", "Analyst", "--interviewed", when,
                                 *extra, "--json", now=now or f"{when[:10]}T18:00"))
    return doc


def pending(doc: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(s["kind"], s["channel"], s["due"], s["rule"]) for s in doc["steps"]
            if s["status"] == "pending"]


def first(doc: dict[str, Any], kind: str, status: str = "pending") -> dict[str, Any]:
    return next(s for s in doc["steps"] if s["kind"] == kind and s["status"] == status)


# -- list ------------------------------------------------------------------------------------


@pytest.fixture
def three(cli: Cli) -> dict[str, dict[str, Any]]:
    acme = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    ok(cli("done", str(first(acme, "thank_you")["id"]), "--on", "2026-11-17", "--json",
           now="2026-11-17T09:00"))
    globex = add(cli, "Globex", "2026-11-23 10:00", "--with", "Maria <maria@globex.example>")
    initech = add(cli, "Initech", "2026-11-18 10:00", "--with", "Bill <bill@initech.example>")
    ok(cli("log", str(initech["id"]), "rejected", "--on", "2026-11-25", "--json",
           now="2026-11-25T18:00"))
    return {"acme": acme, "globex": globex, "initech": initech}


def test_list_json(cli: Cli, three: dict[str, dict[str, Any]]) -> None:
    res = cli("list", "--json", now="2026-11-27")
    assert res.code == 0 and res.stderr == ""
    got = [(r["id"], r["company"], r["status"], r["next_kind"], r["next_due"],
            r["last_contact"], r["days_since_contact"]) for r in res.json()]
    assert got == [
        # F1: the thank-you went out on Tuesday, so week +1 is Tuesday the 24th.
        (three["acme"]["id"], "Acme", "active", "follow_up", "2026-11-24", "2026-11-17", 10),
        # T2: Globex's thank-you window closed on the 24th; the week +1 email is next.
        (three["globex"]["id"], "Globex", "active", "follow_up", "2026-11-30", "2026-11-23", 4),
        (three["initech"]["id"], "Initech", "rejected", None, None, "2026-11-25", 2),
    ]
    for r in res.json():
        assert r["role"] == "Analyst" and r["playbook"] == "default"


def test_list_filters_by_status(cli: Cli, db_path: Path,
                                three: dict[str, dict[str, Any]]) -> None:
    only = ok(cli("list", "--status", "rejected", "--json", now="2026-11-27"))
    assert [r["company"] for r in only] == ["Initech"]
    assert [r["company"] for r in ok(cli("list", "--status", "offer", "--json"))] == []
    before = dump(db_path)
    res = cli("list", "--status", "lost", "--json")
    assert res.code == 2 and res.stdout == ""
    assert res.stderr == ("followup: error: unknown status 'lost': choose one of active, "
                          "responded, offer, rejected, withdrawn, closed\n")
    assert dump(db_path) == before


def test_list_human(cli: Cli, wide: None, three: dict[str, dict[str, Any]]) -> None:
    res = cli("list", now="2026-11-27")
    assert res.code == 0, res.stderr
    lines = res.stdout.splitlines()
    acme = next(line for line in lines if "Acme" in line)
    assert "active" in acme and "follow-up" in acme and "10 d ago" in acme
    assert "Tue 24 Nov" in acme
    globex = next(line for line in lines if "Globex" in line)
    assert "follow-up" in globex and "4 d ago" in globex
    initech = next(line for line in lines if "Initech" in line)
    assert "rejected" in initech and "2 d ago" in initech


def test_list_human_when_empty(cli: Cli) -> None:
    res = cli("list")
    assert res.code == 0
    assert "No applications yet" in res.stdout


# -- interview: a further round --------------------------------------------------------------


def test_new_round_cancels_the_old_plan_and_thanks_the_new_panel(cli: Cli, db_path: Path
                                                                ) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    thanks = first(added, "thank_you")["id"]
    ok(cli("done", str(thanks), "--on", "2026-11-16", now="2026-11-16T18:00"))
    old_pending = [s["id"] for s in added["steps"] if s["id"] != thanks]

    doc = ok(cli("interview", str(added["id"]), "--at", "2026-11-20 14:00", "--with", JANE,
                 "--with", "Bob Stone <bob@acme.example>", "--json", now="2026-11-20T18:00"))
    assert doc["status"] == "active"
    assert [iv["at"] for iv in doc["interviews"]] == [
        "2026-11-16T10:00:00-05:00", "2026-11-20T14:00:00-05:00"]
    assert [iv["round"] for iv in doc["interviews"]] == [1, 2]
    by_id = {s["id"]: s for s in doc["steps"]}
    assert by_id[thanks]["status"] == "done"
    assert {by_id[i]["status"] for i in old_pending} == {"cancelled"}
    new_thanks = [(s["to"], s["due"], s["latest"]) for s in doc["steps"]
                  if s["kind"] == "thank_you" and s["status"] == "pending"]
    assert new_thanks == [(["Jane Doe"], "2026-11-20", "2026-11-21"),
                          (["Bob Stone"], "2026-11-20", "2026-11-21")]
    # The weekly day is the new round's (a Friday), not the first round's Monday.
    assert first(doc, "follow_up")["due"] == "2026-11-27"

    assert rows(db_path, "SELECT round, tz FROM interviews ORDER BY id") == [
        (1, "America/New_York"), (2, "America/New_York")]
    assert rows(db_path, "SELECT count(*) FROM contacts") == [(2,)]  # Jane is not duplicated
    assert rows(db_path, "SELECT count(*) FROM steps WHERE status = 'pending'"
                " AND application_id = ?", (added["id"],)) == [(len(pending(doc)),)]


def test_new_round_reactivates_a_replied_application(cli: Cli) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    assert ok(cli("log", "1", "reply", "--json", now="2026-11-18"))["status"] == "responded"
    doc = ok(cli("interview", str(added["id"]), "--at", "2026-11-24 09:00", "--json",
                 now="2026-11-24T12:00"))
    assert doc["status"] == "active"
    assert pending(doc)[0][0] == "thank_you"


def test_new_round_refuses_bad_input(cli: Cli, db_path: Path) -> None:
    add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    before = dump(db_path)
    res = cli("interview", "1", "--at", "2026-11-31 10:00", now="2026-12-02")
    assert res.code == 2 and len(res.stderr.splitlines()) == 1
    res = cli("interview", "1", "--at", "2026-11-20 10:00", "--thank-you-by", "sms",
              now="2026-12-02")
    assert res.code == 2 and "(T4)" in res.stderr
    assert dump(db_path) == before


# -- reopen ------------------------------------------------------------------------------------


def test_reopen_a_rejected_application(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    ok(cli("log", str(added["id"]), "rejected", "--on", "2026-11-20", now="2026-11-20T18:00"))
    doc = ok(cli("reopen", str(added["id"]), "--note", "They came back after all", "--json",
                 now="2026-12-18T10:00"))
    assert doc["status"] == "active"
    assert [e["kind"] for e in doc["events"]] == ["rejected", "reopened"]
    # A3: a new plan from the day it came back, without thank-yous. The US holidays come
    # from the time zone: Christmas Day moves week +1 to Monday; New Year's Day moves week +2
    # but not the weekly day (F1).
    assert pending(doc) == [
        ("follow_up", "email", "2026-12-28", "F2"),
        ("follow_up", "email", "2027-01-04", "F3"),
        ("call", "phone", "2027-01-08", "F4"),
        ("close", "none", "2027-01-15", "F10"),
    ]
    assert rows(db_path, "SELECT status FROM applications") == [("active",)]
    assert rows(db_path, "SELECT kind, note FROM events ORDER BY id") == [
        ("rejected", None), ("reopened", "They came back after all")]


def test_reopen_a_closed_application(cli: Cli) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE, "--fit", "no")
    close = first(added, "close")
    closed = ok(cli("done", str(close["id"]), "--json", now="2026-11-18T10:00"))
    assert closed["status"] == "closed"
    doc = ok(cli("reopen", str(added["id"]), "--json", now="2026-11-30T10:00"))
    assert doc["status"] == "active" and pending(doc)


def test_reopen_with_their_date(cli: Cli) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    ok(cli("log", str(added["id"]), "withdrawn", now="2026-11-20"))
    doc = ok(cli("reopen", str(added["id"]), "--decision-by", "2026-12-04", "--json",
                 now="2026-11-30"))
    assert pending(doc)[0] == ("follow_up", "email", "2026-12-08", "F5")


def test_reopening_an_active_application_is_refused(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    before = dump(db_path)
    res = cli("reopen", str(added["id"]), "--json", now="2026-11-20")
    assert res.code == 2 and res.stdout == ""
    assert res.stderr == ("followup: error: application 1 is already active; nothing to "
                          "reopen\n")
    assert dump(db_path) == before


# -- edit ----------------------------------------------------------------------------------------


def test_edit_decision_date_switches_the_plan_to_f5(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    assert [n["rule"] for n in added["notices"]] == ["C1"]
    weekly = [s["id"] for s in added["steps"] if s["kind"] != "thank_you"]

    doc = ok(cli("edit", str(added["id"]), "--decision-by", "2026-12-04", "--json",
                 now="2026-11-24T09:00"))  # 23 hours on: the thank-you is still open (T2)
    # F5: two to three business days past Friday the 4th, then F7 retries.
    assert pending(doc) == [
        ("thank_you", "email", "2026-11-23", "T2"),
        ("follow_up", "email", "2026-12-08", "F5"),
        ("follow_up", "email", "2026-12-11", "F7"),
        ("call", "phone", "2026-12-16", "F7"),
        ("close", "none", "2026-12-23", "F10"),
    ]
    assert first(doc, "follow_up")["latest"] == "2026-12-09"
    by_id = {s["id"]: s for s in doc["steps"]}
    assert by_id[weekly[0]]["status"] == "cancelled"  # the old week +1 touch
    assert "C1" not in [n["rule"] for n in doc["notices"]]
    assert rows(db_path, "SELECT decision_by FROM interviews") == [("2026-12-04",)]


def test_edit_company_and_playbook(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    doc = ok(cli("edit", str(added["id"]), "--company", "Acme Corp", "--playbook", "call",
                 "--json", now="2026-11-24T09:00"))
    assert (doc["company"], doc["playbook"]) == ("Acme Corp", "call")
    assert [k for k, *_ in pending(doc)] == ["thank_you", "call", "call", "close"]
    assert rows(db_path, "SELECT company, playbook FROM applications") == [("Acme Corp", "call")]


# -- interviewer ---------------------------------------------------------------------------------


def test_interviewer_email_and_preferred_channel_t4(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE, "--with", "Raj Patel")
    jane_id, raj_id = (p["id"] for p in added["interviews"][0]["interviewers"])
    raj_thanks = next(s for s in added["steps"] if s["to"] == ["Raj Patel"])
    assert "no email address" in raj_thanks["why"]

    person = ok(cli("interviewer", str(raj_id), "--email", "raj@acme.example", "--json"))
    assert (person["name"], person["email"]) == ("Raj Patel", "raj@acme.example")
    doc = ok(cli("show", "1", "--json"))
    raj_thanks = next(s for s in doc["steps"] if s["to"] == ["Raj Patel"])
    assert "no address" not in raj_thanks["why"]

    person = ok(cli("interviewer", str(jane_id), "--prefers", "phone", "--phone",
                    "+1 555 0100", "--json"))
    assert person["preferred_channel"] == "phone"
    doc = ok(cli("show", "1", "--json"))
    jane_thanks = next(s for s in doc["steps"] if s["to"] == ["Jane Doe"]
                       and s["kind"] == "thank_you")
    assert (jane_thanks["channel"], jane_thanks["rule"], jane_thanks["status"]) == (
        "phone", "T4", "pending")
    assert rows(db_path, "SELECT name, email, phone, preferred_channel FROM contacts"
                " ORDER BY id") == [
        ("Jane Doe", "jane@acme.example", "+1 555 0100", "phone"),
        ("Raj Patel", "raj@acme.example", None, None)]

    ok(cli("interviewer", str(jane_id), "--prefers", "letter", "--json"))
    jane_thanks = first(ok(cli("show", "1", "--json")), "thank_you")
    assert (jane_thanks["channel"], jane_thanks["rule"]) == ("letter", "T4")


def test_interviewer_show_only(cli: Cli, db_path: Path) -> None:
    add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    before = dump(db_path)
    person = ok(cli("interviewer", "1", "--json"))
    assert (person["id"], person["name"], person["email"]) == (1, "Jane Doe",
                                                              "jane@acme.example")
    assert dump(db_path) == before


@pytest.mark.parametrize(("args", "message"), [
    (("--prefers", "sms"), "--prefers: never by sms: a thank-you or follow-up goes by email, "
     "letter or phone, not by text message or social media (T4)"),
    (("--email", "jane at acme"), "--email: 'jane at acme' is not an email address"),
    (("--linkedin-ok", "perhaps"), "--linkedin-ok: answer yes or no, not 'perhaps'"),
])
def test_interviewer_refuses_bad_input(cli: Cli, db_path: Path, args: tuple[str, ...],
                                       message: str) -> None:
    add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    before = dump(db_path)
    res = cli("interviewer", "1", *args)
    assert (res.code, res.stdout, res.stderr) == (2, "", f"followup: error: {message}\n")
    assert dump(db_path) == before


# -- skip ----------------------------------------------------------------------------------------


def test_skip_a_step(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    week1 = first(added, "follow_up")
    doc = ok(cli("skip", str(week1["id"]), "--json", now="2026-11-30"))
    by_id = {s["id"]: s for s in doc["steps"]}
    assert by_id[week1["id"]]["status"] == "skipped"
    # The rest carries on from the skipped step's planned day; the thank-you's window (T2)
    # closed on the 24th: it is missed, and the next touch carries the thanks.
    assert [(k, d) for k, _, d, _ in pending(doc)] == [
        ("follow_up", "2026-12-07"), ("call", "2026-12-14"), ("close", "2026-12-21")]
    assert first(doc, "thank_you", "missed")["due"] == "2026-11-23"
    assert rows(db_path, "SELECT status, done_on FROM steps WHERE id = ?", (week1["id"],)) == [
        ("skipped", "2026-11-30")]


# -- close and fit -------------------------------------------------------------------------------


def test_done_on_the_close_step_closes_the_application(cli: Cli, db_path: Path) -> None:
    added = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    for step in added["steps"][:-1]:
        ok(cli("done", str(step["id"]), "--on", step["due"], now="2026-12-31"))
    close = first(ok(cli("show", "1", "--json")), "close")
    doc = ok(cli("done", str(close["id"]), "--json", now="2026-12-31"))
    assert doc["status"] == "closed"
    assert [s["status"] for s in doc["steps"]] == ["done"] * 5
    assert [e["kind"] for e in doc["events"]] == ["closed"]
    assert rows(db_path, "SELECT status FROM applications") == [("closed",)]
    assert ok(cli("today", "--json", now="2027-01-31")) == []
    assert ok(cli("list", "--json", now="2026-12-31"))[0]["status"] == "closed"


def test_not_a_fit_thank_you_then_move_on_c7(cli: Cli, db_path: Path) -> None:
    doc = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE,
              "--with", "Raj Patel <raj@acme.example>", "--fit", "no")
    assert pending(doc) == [
        ("thank_you", "email", "2026-11-23", "T2"),
        ("thank_you", "email", "2026-11-23", "T2"),
        ("close", "none", "2026-11-25", "C7"),
    ]
    assert "C7" in first(doc, "close")["why"]
    assert rows(db_path, "SELECT fit FROM interviews") == [(0,)]


def test_not_a_fit_with_a_letter(cli: Cli) -> None:
    doc = add(cli, "Acme", "2026-11-20 10:00", "--with", JANE, "--fit", "no",
              "--thank-you-by", "letter")
    # T3: the letter may be posted until Sunday; moving on waits for the next business day.
    assert pending(doc) == [("thank_you", "letter", "2026-11-20", "T3"),
                            ("close", "none", "2026-11-23", "C7")]


# -- human show and today ------------------------------------------------------------------------


def test_human_show_gives_every_step_its_why_and_rule(cli: Cli, wide: None) -> None:
    doc = add(cli, "Acme", "2026-11-23 10:00", "--with", JANE, "--with", "Raj Patel",
              "--decision-by", "2026-12-04")
    res = cli("show", str(doc["id"]))
    assert res.code == 0, res.stderr
    out = res.stdout
    assert "Acme" in out and "Analyst" in out and "Jane Doe" in out
    for step in doc["steps"]:
        line = next(line for line in out.splitlines() if step["why"] in line)
        assert f" {step['rule']} " in line
        assert f" {step['id']} " in line


def test_human_show_hides_cancelled_steps_unless_asked(cli: Cli, wide: None) -> None:
    add(cli, "Acme", "2026-11-23 10:00", "--with", JANE)
    doc = ok(cli("edit", "1", "--decision-by", "2026-12-04", "--json"))
    cancelled = [s for s in doc["steps"] if s["status"] == "cancelled"]
    assert cancelled
    short = cli("show", "1").stdout
    assert f"({len(cancelled)} cancelled step(s) hidden; --all shows them)" in short
    assert all(s["why"] not in short for s in cancelled)
    full = cli("show", "1", "--all").stdout
    assert all(s["why"] in full for s in cancelled)


def test_human_today_gives_every_step_its_why_and_rule(cli: Cli, wide: None) -> None:
    add(cli, "Acme", "2026-11-16 10:00", "--with", JANE)
    add(cli, "Globex", "2026-11-23 10:00", "--with", "Maria Garcia <maria@globex.example>")
    due = ok(cli("today", "--json", now="2026-11-23T18:00"))
    # Acme's thank-you window has passed (T2): its week +1 email is the next action.
    assert [(s["company"], s["kind"]) for s in due] == [("Acme", "follow_up"),
                                                        ("Globex", "thank_you")]
    res = cli("today", "--why", now="2026-11-23T18:00")
    assert res.code == 0, res.stderr
    flat = " ".join(res.stdout.split())
    for step in due:
        line = next(line for line in res.stdout.splitlines()
                    if line.startswith(f"{step['id']:>5} "))
        assert step["company"] in line and line.endswith(f" {step['rule']}")
        assert " ".join(step["why"].split()) in flat
    assert "followup done STEP_ID" in res.stdout


def test_human_today_with_nothing_due(cli: Cli) -> None:
    res = cli("today", now="2026-11-23T18:00")
    assert res.code == 0
    assert "Nothing due now (Mon 23 Nov 2026, your time)" in res.stdout
    assert "(A1)" in res.stdout


# -- prepare, demo, settings ---------------------------------------------------------------------


def test_prepare_lists_the_capture_questions(cli: Cli, db_path: Path) -> None:
    res = cli("prepare")
    assert res.code == 0
    for rule in ("C1", "C2", "C3", "C4", "C5", "C6"):
        assert f"({rule})" in res.stdout
    assert res.stdout.count("[ ]") == 6
    items = ok(cli("prepare", "--json"))
    assert [i["rule"] for i in items] == ["C1", "C2", "C3", "C4", "C5", "C6"]
    assert all(i["question"].strip() for i in items)
    assert not db_path.exists()


def test_demo(cli: Cli, db_path: Path, wide: None) -> None:
    res = cli("demo")
    assert res.code == 0, res.stderr
    assert "─" in res.stdout  # the console's rules between the parts
    assert "step  due " in res.stdout  # the full plan's table (plain text, as `show`)
    assert "Acme Analytics" in res.stdout and "Wayne Enterprises" in res.stdout
    assert "temporary database, now deleted" in res.stdout
    assert not db_path.exists()  # the demo never touches the user's database


def test_demo_keep(cli: Cli, tmp_path: Path) -> None:
    kept = tmp_path / "demo.db"
    assert cli("demo", "--keep", str(kept)).code == 0
    assert rows(kept, "SELECT count(*) FROM applications") == [(6,)]


def test_settings_json(cli: Cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    values = ok(cli("settings", "--json"))
    assert values["db"] == str(db_path)
    assert values["tz"] == "America/New_York"
    assert values["playbook"] == "default" and values["holidays"] is None
    assert values["config"].endswith("config.toml")

    monkeypatch.setenv("FOLLOWUP_HOLIDAYS", "US")
    monkeypatch.setenv("FOLLOWUP_PLAYBOOK", "weekly")
    values = ok(cli("settings", "--json"))
    assert (values["holidays"], values["playbook"]) == ("US", "weekly")
    doc = add(cli, "Acme", "2026-11-19 10:00", "--with", JANE)
    assert (doc["holidays"], doc["playbook"]) == ("US", "weekly")
    # Thanksgiving: the week +1 touch moves to Friday.
    assert first(doc, "follow_up")["due"] == "2026-11-27"


def test_settings_from_the_config_file(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    import os

    config = Path(os.environ["FOLLOWUP_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text('tz = "Europe/Paris"\nplaybook = "two-weeks"\n')
    monkeypatch.delenv("FOLLOWUP_TZ")
    values = ok(cli("settings", "--json"))
    assert (values["tz"], values["playbook"]) == ("Europe/Paris", "two-weeks")
    (config / "config.toml").write_text('colour = "blue"\n')
    res = cli("settings", "--json")
    assert res.code == 2 and "unknown setting 'colour'" in res.stderr


def test_settings_human(cli: Cli, db_path: Path) -> None:
    res = cli("settings")
    assert res.code == 0
    assert f"db: {db_path}" in res.stdout and "tz: America/New_York" in res.stdout


def test_show_fits_80_columns_head_notes_and_steps(cli: Cli, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    link = "https://meet.example/" + "x" * 70  # one word wider than the terminal stays whole
    app = add(cli, "Acme Corporation International", "2026-11-25 10:00",
              "--with", "Rita Recruiter <rita@acme.example>",
              "--with", "Jonathan Q. Interviewer <jonathan.interviewer@acme.example>",
              "--noted", link)
    text = ok(cli("show", str(app["id"]), now="2026-12-10"))
    assert "C1" in text  # the no-timeline notice, once a line of 100 characters and more
    assert all(len(line) <= 80 or link in line for line in text.splitlines()), text
    assert link in text
