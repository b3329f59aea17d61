"""`today --json` is written by SQLite (store.reads); it must say exactly what the Python
JSON shapes (jsonout.due_step) say, on every path the command line can take."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

from followup import jsonout, service
from followup.core.calendar import localize
from followup.core.model import Person, Timeline
from followup.store.sqlite import Store

NOW = datetime(2026, 11, 19, 12, 0, tzinfo=ZoneInfo("America/New_York"))


def _fill(store: Store) -> None:
    people = (Person('Zoë "Z" O\'Brien', "zoe@acme.example"), Person("Raj Patel"))
    names = ["Acme, Inc. <b>", "Ünïcode GmbH", "Back\\slash\nCo"] * 3
    for i, company in enumerate(names):
        service.add_application(
            store, company=company.replace("\n", " "), role="Analyst", now=NOW,
            interview=service.NewInterview(
                at=localize(datetime(2026, 11, 16 + i % 3, 10, 0), "America/New_York"),
                tz="America/New_York", interviewers=people,
                coordinator=Person("Sam", "sam@acme.example"),
                timeline=Timeline(decision_by=date(2026, 11, 25) if i % 3 == 1 else None)),
            holidays="US")


def test_sqlite_json_equals_the_python_shapes(store: Store) -> None:
    _fill(store)
    day = NOW.replace(month=12, day=10)  # a moment: each step is due in its own zone
    expected = [jsonout.due_step(s) for s in service.today(store, day)]
    assert len(expected) > 6
    assert json.loads(service.today_json(store, day)) == expected
    assert list(json.loads(service.today_json(store, day))[0]) == list(expected[0])


def test_nothing_due_is_an_empty_array(store: Store) -> None:
    assert json.loads(service.today_json(store, NOW.replace(month=1, day=1))) == []


def test_fast_path_and_typer_path_print_the_same(cli, cli_proc) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-16 10:00",
        "--with", "Jane <jane@acme.example>")
    fast = cli_proc("today", "--json", now="2026-12-10")  # the child takes the fast path
    typer_path = cli("today", "--json", now="2026-12-10")  # in-process: through Typer
    assert fast.code == typer_path.code == 0
    assert json.loads(fast.stdout) == json.loads(typer_path.stdout) != []


def test_fast_path_on_a_missing_database_creates_it(cli_proc, db_path) -> None:  # type: ignore[no-untyped-def]
    res = cli_proc("today", "--json")
    assert (res.code, res.stdout.strip()) == (0, "[]")
    assert db_path.exists()
