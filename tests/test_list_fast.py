"""`list` at any size (issue 11, A1): SQLite writes the JSON document, byte for byte what the
Python shapes gave, on the fast path and on Typer's; the plain list shows the newest
applications with the totals (`--all` for every one), control characters escaped."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import jsonout, service
from followup.cli import listing
from followup.core.calendar import localize
from followup.core.model import AppStatus, EventKind, Person, Timeline
from followup.core.words import STATUSES
from followup.service import upnext
from followup.store.sqlite import Store

NY = "America/New_York"
NOW = datetime(2026, 11, 19, 12, 0, tzinfo=ZoneInfo(NY))
DAY = date(2026, 12, 2)


def _at(day: date) -> datetime:
    """The moment `--now DAY` names: noon, the candidate's zone."""
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=ZoneInfo(NY))
# Names another tool may have written: quotes, backslashes, control characters, wide text.
ODD = ['Zoë "Z" & Co', "Back\\slash", "Tab\there", "Bell\x07Co", "Line\u2028Sep", "Del\x7fCo",
       "Emoji 🚀 GmbH", "日本株式会社", "Esc\x1b[31mRed", "100% %s Co"]


def _fill(store: Store, n: int) -> None:
    for i in range(n):
        app = service.add_application(
            store, company=f"Company {i}", role="Analyst", now=NOW,
            interview=service.NewInterview(
                at=localize(datetime(2026, 11, 16 + i % 3, 10, 0), NY), tz=NY,
                interviewers=(Person("Raj Patel", f"raj{i}@acme.example"),),
                timeline=Timeline(decision_by=date(2026, 11, 25) if i % 3 == 1 else None)),
            holidays="US")
        if i % 4 == 1:
            service.log_event(store, app.id, EventKind.REJECTED, date(2026, 11, 19), NOW)
        elif i % 4 == 2:
            service.mark_done(store, app.steps[0].id, date(2026, 11, 19), NOW)
    with store.conn:  # as another tool would have left them
        for i, name in enumerate(ODD, start=1):
            store.conn.execute("UPDATE applications SET company = ?, role = ? WHERE id = ?",
                               (name, name[::-1], i))


def _python_shapes(store: Store, day: date, status: str | None = None) -> str:
    """The document as the command printed it before SQLite wrote it."""
    rows = list(service.list_applications(store, _at(day), status))
    return jsonout.dumps([{
        "id": r.id, "company": r.company, "role": r.role, "status": r.status,
        "playbook": r.playbook,
        "next_due": r.next_due.isoformat() if r.next_due else None,
        "next_kind": r.next_kind,
        "next_latest": r.next_latest.isoformat() if r.next_latest else None,
        "last_contact": r.last_contact.isoformat() if r.last_contact else None,
        "days_since_contact": r.days_since_contact,
    } for r in rows])


@pytest.fixture
def filled(store: Store) -> Store:
    _fill(store, 40)
    return store


@pytest.mark.parametrize("status", [None, "active", "rejected", "offer"])
def test_sqlite_writes_the_same_bytes_as_python(filled: Store, status: str | None) -> None:
    for day in (date(2026, 11, 16), DAY, date(2027, 3, 1)):
        assert service.list_json(filled, _at(day), status) == _python_shapes(filled, day, status)


@pytest.mark.parametrize("status", [None, "active", "rejected"])
def test_the_plain_lists_rows_are_the_python_overview(filled: Store, status: str | None
                                                      ) -> None:
    from followup.store import reads

    for day in (date(2026, 11, 16), DAY, date(2027, 3, 1)):
        expected = [(r.id, r.company, r.role, r.status, r.playbook,
                     r.next_due.isoformat() if r.next_due else None, r.next_kind,
                     r.next_latest.isoformat() if r.next_latest else None,
                     r.last_contact.isoformat() if r.last_contact else None,
                     r.days_since_contact)
                    for r in service.list_applications(filled, _at(day), status)]
        days = upnext.days(filled, _at(day))
        # the 11th column, "time unknown" (core.unknown), is the list's own: no stored time
        rows = [tuple(r)[:10] for r in reads.overview_rows(filled.conn, day.isoformat(), days,
                                                           status)]
        assert rows == expected
        newest = reads.overview_rows(filled.conn, day.isoformat(), days, status, 5)
        assert [tuple(r)[:10] for r in newest] == expected[-5:]


def test_an_empty_list_is_an_empty_array(store: Store) -> None:
    assert service.list_json(store, _at(DAY)) == "[]" == jsonout.dumps([])


def test_every_path_prints_the_same_document(filled: Store, db_path: Path,
                                             cli: Callable[..., Any],
                                             cli_proc: Callable[..., Any]) -> None:
    expected = _python_shapes(filled, DAY) + "\n"
    filled.close()
    assert cli("list", "--json", now="2026-12-02").stdout == expected  # Typer
    assert cli_proc("list", "--json", now="2026-12-02").stdout == expected  # cli.fast
    assert cli_proc("list", "--all", "--json", now="2026-12-02").stdout == expected
    rejected = cli_proc("list", "--json", "--status", "rejected", now="2026-12-02")
    assert [r["status"] for r in json.loads(rejected.stdout)] == ["rejected"] * 10


def test_the_plain_list_is_bounded_and_says_how_to_see_all(filled: Store,
                                                           cli_proc: Callable[..., Any]
                                                           ) -> None:
    filled.close()
    short = cli_proc("list", now="2026-12-02")
    assert short.code == 0 and short.stderr == ""
    lines = short.stdout.splitlines()
    assert lines[0].startswith("Applications on Wed 02 Dec 2026: 40 (")
    assert "10 rejected" in lines[0]
    shown = [line for line in lines[2:] if line.split()[0].isdigit()]
    assert [int(line.split()[0]) for line in shown] == list(range(11, 41))  # the newest 30
    assert f"the {listing.SHOWN} newest of 40 shown: followup list --all" in short.stdout
    every = cli_proc("list", "--all", now="2026-12-02")
    assert len([ln for ln in every.stdout.splitlines()[2:] if ln.split()[0].isdigit()]) == 40
    assert "newest of" not in every.stdout
    for raw in ("\x07", "\x1b", "\x7f", "\t"):
        assert raw not in every.stdout  # escaped (validate.safe), never sent raw
    assert "Bell\\x07Co" in every.stdout


def test_the_plain_list_fits_the_width(filled: Store) -> None:
    rows, totals = service.list_page(filled, _at(DAY), None, None)
    for width in (60, 80, 120):
        text = listing.applications(rows, totals, DAY, complete=True, width=width)
        body = text.splitlines()[1:]
        assert max(len(line) for line in body) <= max(width, 80)


def test_both_paths_print_the_same_plain_list(filled: Store, cli: Callable[..., Any],
                                              cli_proc: Callable[..., Any]) -> None:
    filled.close()
    for args in (("list",), ("list", "--all"), ("list", "--status", "active")):
        typer_path = cli(*args, now="2026-12-02")
        fast_path = cli_proc(*args, now="2026-12-02")
        assert typer_path.code == fast_path.code == 0
        assert typer_path.stdout == fast_path.stdout


def test_a_status_is_checked_without_the_model() -> None:
    assert tuple(s.value for s in AppStatus) == STATUSES


def test_the_fast_path_loads_neither_typer_nor_the_service(filled: Store, db_path: Path
                                                           ) -> None:
    """Once what is next is kept for the day (the day's first read or write keeps it)."""
    from followup.service import upnext

    upnext.refresh(filled, _at(date(2026, 12, 2)))
    filled.close()
    code = ("import sys\nfrom followup.cli import main\n"
            f"for args in (['list'], ['list', '--json']):\n"
            f"    try:\n        main(['--db', {str(db_path)!r}, '--now', '2026-12-02', *args])\n"
            "    except SystemExit as exc:\n        assert exc.code == 0, exc.code\n"
            "print(sorted(m for m in ('typer', 'rich', 'followup.service', 'followup.core.model',"
            " 'holidays') if m in sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip() == "[]"


def test_a_database_to_upgrade_takes_the_ordinary_path(db_path: Path,
                                                       cli_proc: Callable[..., Any]) -> None:
    res = cli_proc("list", "--json")  # no file yet: Typer's path creates it
    assert res.code == 0 and res.stdout == "[]\n"
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] > 0


def test_playbooks_print_the_same_on_both_paths(cli: Callable[..., Any],
                                                cli_proc: Callable[..., Any]) -> None:
    for args in (("playbooks",), ("playbooks", "--json")):
        typer_path, fast_path = cli(*args), cli_proc(*args)
        assert typer_path.code == fast_path.code == 0
        assert typer_path.stdout == fast_path.stdout
    text = cli_proc("playbooks").stdout
    assert "two-weeks  (from 003; at most 3 touches, 2 calls, 14 days)" in text
    assert [p["name"] for p in json.loads(cli_proc("playbooks", "--json").stdout)][:2] == [
        "default", "weekly"]


def test_show_prints_the_same_on_both_paths(filled: Store, cli: Callable[..., Any],
                                            cli_proc: Callable[..., Any]) -> None:
    filled.close()
    for args in (("show", "2"), ("show", "3", "--all"), ("show", "999")):
        typer_path, fast_path = cli(*args, now="2026-12-02"), cli_proc(*args, now="2026-12-02")
        assert typer_path.code == fast_path.code
        assert typer_path.stdout == fast_path.stdout
        assert typer_path.stderr == fast_path.stderr


def _kept(store: Store) -> list[list[tuple[Any, ...]]]:
    return [[tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")]
            for t in ("app_overview", "app_touches")]


def _fresh(store: Store) -> list[list[tuple[Any, ...]]]:
    """What migration 16 would work out from the tables as they are now."""
    out = []
    for t in ("app_overview", "app_touches"):
        columns = ", ".join(r[1] for r in store.conn.execute(f"PRAGMA table_info({t})"))
        out.append([tuple(r) for r in store.conn.execute(
            f"SELECT {columns} FROM {t}_source ORDER BY 1, 2, 3")])
    return out


def test_the_kept_overview_follows_every_change(filled: Store, tmp_path: Path) -> None:
    """app_overview (migration 16) is derived data: whatever changes the tables, its rows are
    what the tables give, and `list --json` stays what the Python shapes print."""
    from followup.insights import transfer

    s = filled
    later = NOW.replace(day=26)

    def same() -> None:
        assert _kept(s) == _fresh(s)
        for day in (date(2026, 11, 19), DAY):
            assert service.list_json(s, _at(day)) == _python_shapes(s, day)

    same()
    app = service.show(s, 5, DAY)
    first = next(st for st in app.steps if st.status.value == "pending")
    service.mark_done(s, first.id, date(2026, 11, 20), later)
    same()
    service.log_event(s, 6, EventKind.REPLY, date(2026, 11, 21), later,
                      timeline=Timeline(decision_by=date(2026, 12, 4)))
    same()
    service.reopen(s, 2, date(2026, 11, 24), later)
    same()
    service.edit_application(s, 7, later, company="Renamed \"Co\"", role="Lead \\ Analyst")
    same()
    service.add_interview(s, 8, service.NewInterview(
        at=localize(datetime(2026, 11, 24, 9, 30), NY), tz=NY,
        interviewers=(Person("Ana Lima", "ana@acme.example"),)), later)
    same()
    for _ in range(3):  # the round, the rename and the reopening taken back
        service.undo(s, later)
        same()
    service.delete_application(s, 9, later)
    same()
    service.undo(s, later)  # the deletion taken back
    same()
    with s.conn:  # another tool's edits reach it too
        s.conn.execute("UPDATE steps SET due = '2026-11-17' WHERE application_id = 10")
        s.conn.execute("UPDATE interviews SET at = '2026-11-20T09:00:00-05:00'"
                       " WHERE application_id = 11")
        s.conn.execute("UPDATE events SET on_date = '2026-11-22' WHERE application_id = 10")
        s.conn.execute("UPDATE applications SET company = 'Plain ' || id, role = 'Analyst'"
                       " WHERE id <= 10")  # an export refuses control characters
    same()

    document = transfer.export_document(s)
    assert not {"app_overview", "app_touches"} & set(document["tables"])  # never exported
    copy = Store(tmp_path / "copy.db")
    try:
        transfer.import_document(copy, document)
        assert _kept(copy) == _fresh(copy) == _kept(s)
    finally:
        copy.close()
