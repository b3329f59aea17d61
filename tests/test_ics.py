"""`followup export ics`: a week of interviews as RFC 5545 to-dos and all-day events that a
calendar re-imports as updates, never duplicates. Checked with two parsers (icalendar and
vobject), on real SQLite files through the real command line."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from followup import service
from followup.store.sqlite import Store
from test_send_servers import no_mail_settings

Cli = Callable[..., Any]
TZ = "America/New_York"
__all__ = ["no_mail_settings"]  # the autouse fixture

# Monday to Friday, one interview a day; the names carry the characters iCalendar escapes.
WEEK = [
    ("Smith, Jones; Partners", "2026-11-16 10:00", "Jane Doe <jane@smithjones.example>"),
    ("Back\\slash Labs", "2026-11-17 11:00", "Raj Patel <raj@backslash.example>"),
    ("Globex", "2026-11-18 14:00", "Maria Ruiz <maria@globex.example>"),
    ("Initech", "2026-11-19 09:30", "Bill Lumbergh <bill@initech.example>"),
    ("Umbrella — Zürich", "2026-11-20 16:00", "Zoë Ångström <zoe@umbrella.example>"),
]


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def export(cli: Cli, now: str, *args: str) -> str:
    """The exported text, exactly as written (through a file: Click's test runner turns the
    CRLF of stdout into LF)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.ics"
        res = cli("export", "ics", str(path), *args, now=now)
        assert res.code == 0, res.stderr
        return path.read_bytes().decode("utf-8")


def components(text: str) -> dict[str, icalendar.cal.Component]:
    cal = icalendar.Calendar.from_ical(text)
    found: dict[str, icalendar.cal.Component] = {}
    for c in cal.walk():
        if c.name in ("VTODO", "VEVENT"):
            uid = str(c["UID"])
            assert uid not in found, f"duplicate UID {uid}"
            found[uid] = c
    return found


def step_of(uid: str) -> int:
    return int(uid.split("-")[1])


@pytest.fixture
def week(cli: Cli) -> list[dict[str, Any]]:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com", "--phone",
           "+1 212 555 0100", now="2026-11-16T08:00"))
    apps = []
    for company, when, person in WEEK:
        apps.append(ok(cli("add", company, "--role", "Data Analyst", "--interviewed", when,
                           "--tz", TZ, "--with", person, "--holidays", "US", "--json",
                           now=f"{when[:10]}T18:00")))
    return apps


def test_the_file_is_rfc5545_text(cli: Cli, week: list[dict[str, Any]]) -> None:
    text = export(cli, "2026-11-20T18:00", "--all")
    raw = text.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert b"\n" not in b"".join(lines), "every line ends with CRLF"
    assert max(len(line) for line in lines) <= 75, "lines are folded at 75 octets"
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Thank Jane Doe (Smith\\, Jones\\; Partners)" in unfolded
    assert "(Back\\\\slash Labs)" in unfolded
    assert "\\n" in unfolded  # newlines in descriptions are escaped
    assert "BEGIN:VALARM" in text and "TRIGGER:PT9H" in text


def test_two_parsers_read_the_same_steps(cli: Cli, week: list[dict[str, Any]]) -> None:
    text = export(cli, "2026-11-20T18:00", "--all")  # every step, each with its draft
    by_ical = components(text)
    # The plan as it stands that day (the rolling plan): a thank-you whose window has passed
    # is missed, and shows as cancelled with the reason.
    shown = [ok(cli("show", str(a["id"]), "--json", now="2026-11-20T18:00")) for a in week]
    pending = {s["id"]: s for a in shown for s in a["steps"] if s["status"] == "pending"}
    missed = [s["id"] for a in shown for s in a["steps"] if s["status"] == "missed"]
    assert missed
    for sid in missed:
        task = next(c for u, c in by_ical.items() if c.name == "VTODO" and step_of(u) == sid)
        assert str(task["STATUS"]) == "CANCELLED" and "Missed" in str(task["DESCRIPTION"])
    by_ical_all = dict(by_ical)
    by_ical = {u: c for u, c in by_ical.items() if step_of(u) not in missed}
    tasks = {step_of(u): c for u, c in by_ical.items() if c.name == "VTODO"}
    events = {step_of(u): c for u, c in by_ical.items() if c.name == "VEVENT"}
    assert set(tasks) == set(events) == set(pending)
    for sid, step in pending.items():
        assert tasks[sid]["DUE"].dt == date.fromisoformat(step["due"])
        assert str(tasks[sid]["STATUS"]) == "NEEDS-ACTION"
        assert events[sid]["DTSTART"].dt == date.fromisoformat(step["due"])
        assert events[sid]["DTEND"].dt == date.fromisoformat(step["due"]) + timedelta(days=1)
        assert step["why"] in str(tasks[sid]["DESCRIPTION"])
    thank = next(s for s in week[4]["steps"] if s["kind"] == "thank_you")
    assert str(tasks[thank["id"]]["SUMMARY"]) == "Thank Zoë Ångström (Umbrella — Zürich)"
    assert "Subject:" in str(tasks[thank["id"]]["DESCRIPTION"])  # the draft travels along

    cal = vobject.readOne(text)
    by_vobject = {c.uid.value: c for c in cal.getChildren() if c.name in ("VTODO", "VEVENT")}
    assert set(by_vobject) == set(by_ical_all)
    for uid, c in by_vobject.items():
        assert c.summary.value == str(by_ical_all[uid]["SUMMARY"])
        assert c.description.value == str(by_ical_all[uid]["DESCRIPTION"])
        assert int(c.sequence.value) == int(by_ical_all[uid]["SEQUENCE"])
    first = by_vobject[next(u for u in by_ical if u.endswith("-event@followup"))]
    assert first.valarm.trigger.value == timedelta(hours=9)


def test_reimport_after_changes_updates_and_never_duplicates(
        cli: Cli, week: list[dict[str, Any]]) -> None:
    before = components(export(cli, "2026-11-20T18:00", "--all"))
    # Acme's thank-you goes out late, which moves every later step (F1); Globex answers (F12)
    acme, globex = week[0], week[2]
    thank = next(s for s in acme["steps"] if s["kind"] == "thank_you")
    moved = ok(cli("done", str(thank["id"]), "--on", "2026-11-17", "--json",
                   now="2026-11-20T18:30"))
    ok(cli("log", str(globex["id"]), "reply", "--on", "2026-11-20", "--note", "Next week",
           "--json", now="2026-11-20T19:00"))
    after = components(export(cli, "2026-11-21T08:00", "--all"))

    # A calendar that keeps the copy with the higher SEQUENCE for each UID.
    calendar = dict(before)
    for uid, c in after.items():
        if uid not in calendar or int(c["SEQUENCE"]) >= int(calendar[uid]["SEQUENCE"]):
            calendar[uid] = c
    assert set(before) <= set(after), "every step exported once is still in the file"
    assert len(calendar) == len(after)

    task = "-task@followup"
    done_uid = next(u for u in after if u.endswith(task) and step_of(u) == thank["id"])
    assert str(after[done_uid]["STATUS"]) == "COMPLETED"
    assert int(after[done_uid]["SEQUENCE"]) > int(before[done_uid]["SEQUENCE"])
    old_due = {s["id"]: s["due"] for s in acme["steps"]}
    shifted = [s for s in moved["steps"] if s["status"] == "pending"
               and s["due"] != old_due.get(s["id"])]
    assert shifted, "marking the thank-you done a day late moves a later step"
    for s in shifted:
        for kind in ("task", "event"):
            uid = next(u for u in after if u.endswith(f"-{kind}@followup")
                       and step_of(u) == s["id"])
            assert uid in before, "a moved step keeps its UID"
            assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
            assert after[uid]["LAST-MODIFIED"].dt > before[uid]["LAST-MODIFIED"].dt
    globex_ids = {s["id"] for s in globex["steps"] if s["kind"] != "thank_you"}
    for uid, c in after.items():
        if step_of(uid) in globex_ids and str(c["STATUS"]) != "NEEDS-ACTION":
            assert str(c["STATUS"]) == "CANCELLED"
            assert int(c["SEQUENCE"]) > int(before[uid]["SEQUENCE"])


def test_an_unchanged_step_keeps_its_sequence(store: Store) -> None:
    """Re-planning writes every pending step again; only a real change raises SEQUENCE."""
    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(TZ))
    app = service.add_application(
        store, company="Acme", role="Analyst", now=now,
        interview=service.NewInterview(at=now.replace(hour=10), tz=TZ))
    service.edit_application(store, app.id, now, notes="replanned, nothing moves")
    seqs = store.conn.execute("SELECT ical_sequence FROM steps").fetchall()
    assert {int(r[0]) for r in seqs} == {0}
    service.skip(store, app.steps[0].id, now)
    row = store.conn.execute("SELECT ical_sequence, ical_modified FROM steps WHERE id = ?",
                             (app.steps[0].id,)).fetchone()
    assert int(row[0]) == 1 and row[1] == now.isoformat()


def test_alarm_hour_only_and_history(cli: Cli, week: list[dict[str, Any]], db_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_CALENDAR_ALARM", "07:30")
    text = export(cli, "2026-11-20T18:00", "--only", "events", "--all")
    assert "TRIGGER:PT7H30M" in text and "BEGIN:VTODO" not in text
    assert "TRIGGER:PT8H" in export(cli, "2026-11-20T18:00", "--alarm", "08:00", "--all")
    assert "BEGIN:VEVENT" not in export(cli, "2026-11-20T18:00", "--only", "tasks")
    short = export(cli, "2026-11-20T18:00")  # what is next: short events, no reminder
    assert "BEGIN:VTODO" not in short and "BEGIN:VALARM" not in short
    res = cli("export", "ics", "--alarm", "25:00", now="2026-11-20T18:00")
    assert res.code == 2 and "--alarm must be a time of day" in res.stderr
    # a step done long ago drops out of the file, unless --all
    thank = next(s for s in week[0]["steps"] if s["kind"] == "thank_you")
    ok(cli("done", str(thank["id"]), "--json", now="2026-11-16T19:00"))
    late = components(export(cli, "2027-04-01T08:00"))
    assert thank["id"] not in {step_of(u) for u in late}
    everything = components(export(cli, "2027-04-01T08:00", "--all"))
    assert thank["id"] in {step_of(u) for u in everything}


def test_by_default_what_is_next_within_the_horizon(cli: Cli, week: list[dict[str, Any]]
                                                     ) -> None:
    """The next actions (as `today --json` lists them) and each application's next step
    (as `list --json` gives it) within 90 days; nothing done, nothing later."""
    text = export(cli, "2026-11-20T18:00")
    found = {step_of(u) for u in components(text)}
    today = ok(cli("today", "--json", now="2026-11-20T18:00"))
    shown = [ok(cli("show", str(a["id"]), "--json", now="2026-11-20T18:00")) for a in week]
    first = {a["id"]: min((s for s in a["steps"] if s["status"] == "pending"),
                          key=lambda s: (s["due"], s["id"]))["id"] for a in shown}
    assert found == {s["id"] for s in today} | set(first.values())
    assert "Subject:" not in text  # `followup draft ID` makes it when wanted


def test_written_to_a_file_and_served_by_the_dashboard_feed(
        cli: Cli, week: list[dict[str, Any]], tmp_path: Path, db_path: Path) -> None:
    target = tmp_path / "plan.ics"
    res = cli("export", "ics", str(target), now="2026-11-20T18:00")
    assert res.code == 0 and target.read_bytes().count(b"\r\n") > 10
    again = cli("export", "ics", str(target), now="2026-11-20T18:00")
    assert again.code == 2 and "already exists" in again.stderr
    pytest.importorskip("fastapi", reason="the web extra is not installed")
    from fastapi.testclient import TestClient

    from followup.web import WebConfig, create_app
    from followup.web.config import Secrets

    moment = datetime(2026, 11, 20, 18, tzinfo=ZoneInfo(TZ))
    token = "feed-token-" + "x" * 32
    config = WebConfig(db_path=db_path, tz=TZ, clock=lambda: moment,
                       secrets=Secrets("s" * 43, token), secrets_file=tmp_path / "web.json")
    with TestClient(create_app(config)) as client:
        served = client.get(f"/feed/{token}.ics")
    assert served.status_code == 200, served.text
    assert served.headers["content-type"].startswith("text/calendar")
    assert served.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert set(components(served.text)) == set(components(target.read_text(encoding="utf-8")))


def test_uids_differ_between_databases(tmp_path: Path) -> None:
    from followup.ics import export as make

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(TZ))
    uids = []
    for name, created in (("a.db", now), ("b.db", now + timedelta(seconds=1))):
        store = Store(tmp_path / name)
        service.add_application(store, company="Acme", role="Analyst", now=created,
                                interview=service.NewInterview(at=now.replace(hour=10), tz=TZ))
        uids.append(set(components(make(store, now))))
        store.close()
    assert not uids[0] & uids[1]
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("SELECT count(*) FROM steps").fetchone()[0] > 0
    conn.close()
