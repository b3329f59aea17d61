"""`contacts list` and `stats --json` at any size (issue 11, point 4; C4, A3, A5): SQLite gives
the rows and the counts, and what is printed is byte for byte what the object path printed,
on hostile data; migration 15's index is the one `list` and `stats` read."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.contacts import table
from followup.core import identity, stats
from followup.core.calendar import localize
from followup.core.folding import fold
from followup.core.model import Person
from followup.store import reads_more
from followup.store.sqlite import Store

NY = "America/New_York"
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=ZoneInfo(NY))
# Names another tool may have written: quotes, controls, accents, wide text, odd spacing.
ODD = ["Zoë Ångström", "zoe  angstrom", "Bell\x07Name", "Tab\tName", "Esc\x1b[31mRed",
       "日本 太郎", "Émile Zola", "émile zola", "Ǆemal Ǆ", "Line\u2028Sep", "ß Straße"]


def _people(store: Store) -> None:
    """Interviewers at applications (the roles), then odd names, titles, extra addresses and
    phones written as another tool would have left them."""
    for i in range(14):
        day = localize(datetime(2026, 11, 2 + i, 10, 0), NY)
        service.add_application(
            store, company=f"Co {i % 5}" if i % 3 else "Ünïcode & \"Quotes\"", role="Analyst",
            now=NOW, holidays="none",
            interview=service.NewInterview(at=day, tz=NY, interviewers=(
                Person(f"Person {i % 7}", f"p{i % 7}@co{i % 5}.example"),
                Person(f"Other {i}", None))))
    ids = [r[0] for r in store.conn.execute("SELECT id FROM contacts ORDER BY id")]
    with store.conn:
        for cid, name in zip(ids, ODD, strict=False):
            store.conn.execute("UPDATE contacts SET name = ?, title = ? WHERE id = ?",
                               (name, name[::-1] if cid % 2 else None, cid))
        store.conn.execute("UPDATE contacts SET email = NULL, phone = '+1 555 0100'"
                           " WHERE id = ?", (ids[-1],))
        store.conn.execute("UPDATE contacts SET email = '', company = 'Ctl\x01Co' WHERE id = ?",
                           (ids[-2],))
        store.conn.execute("INSERT INTO contact_details (contact_id, kind, value, position)"
                           " VALUES (?, 'email', 'second@x.example', 2),"
                           " (?, 'email', 'first@x.example', 1)", (ids[-2], ids[-2]))
        store.conn.execute("UPDATE contacts SET email = NULL, phone = NULL WHERE id = ?",
                           (ids[-3],))
        store.conn.execute("UPDATE interviews SET coordinator_id = ? WHERE id IN (1, 2)",
                           (ids[0],))


@pytest.fixture
def people(store: Store) -> Store:
    _people(store)
    return store


def test_contacts_list_is_the_same_on_both_paths(people: Store, cli: Callable[..., Any],
                                                 cli_proc: Callable[..., Any],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    people.close()
    monkeypatch.setenv("COLUMNS", "100")
    typer_path = cli("contacts", "list")  # a Contact per person, contacts/output
    for args in (("contacts", "list"), ("contacts",)):
        fast_path = cli_proc(*args)  # rows from SQLite, cli/fast
        assert typer_path.code == fast_path.code == 0
        assert fast_path.stdout == typer_path.stdout
        assert fast_path.stderr == ""
    text = typer_path.stdout
    assert "Bell\\x07Name" in text and "\x07" not in text and "\x1b" not in text
    assert "coordinator at" in text and "interviewer at" in text
    assert "first@x.example" in text and "+1 555 0100" in text


def test_contacts_list_shows_the_newest_by_name_unless_all(people: Store,
                                                          cli: Callable[..., Any],
                                                          cli_proc: Callable[..., Any],
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    with people.conn:  # more people than a screen holds
        people.conn.executemany(
            "INSERT INTO contacts (name, email, created_at) VALUES (?, ?, ?)",
            [(f"{'Zed' if i % 2 else 'Abe'} Extra {i:02}", f"x{i}@extra.example",
              NOW.isoformat()) for i in range(40)])
    total = people.conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    people.close()
    monkeypatch.setenv("COLUMNS", "100")
    for every in ((), ("--all",)):
        typer_path = cli("contacts", "list", *every)
        for args in (("contacts", "list", *every), ("contacts", *every)):
            fast_path = cli_proc(*args)
            assert typer_path.code == fast_path.code == 0
            assert fast_path.stdout == typer_path.stdout
    short = cli_proc("contacts", "list").stdout.splitlines()
    assert len(short) == 1 + table.SHOWN + 1  # the head, the newest, how to see all
    assert short[-1] == f"… the {table.SHOWN} newest of {total} shown: add --all to list every one"
    names = [line.split()[1:4] for line in short[1:-1]]
    assert names == sorted(names)  # by name
    assert {f"{i:02}" for i in range(10, 40)} == {n[2] for n in names}  # the 30 added last
    every = cli_proc("contacts", "list", "--all").stdout.splitlines()
    people_lines = [line for line in every[1:] if line.lstrip()[:1].isdigit()]  # a long
    # "seen in" wraps under itself on lines of its own
    assert len(people_lines) == total and "newest" not in every[-1]
    assert cli_proc("contacts", "list", "--json").stdout.count('"name"') == total


def test_no_contacts_says_how_to_add_one(store: Store, cli: Callable[..., Any],
                                         cli_proc: Callable[..., Any]) -> None:
    store.close()
    typer_path, fast_path = cli("contacts", "list"), cli_proc("contacts", "list")
    assert typer_path.stdout == fast_path.stdout
    assert fast_path.stdout.startswith("No contacts. Add one with")


def test_the_light_fold_is_identitys_fold() -> None:
    for name in [*ODD, "", "  a  b ", "ÅSA", "İstanbul", "ﬁne", "Ａｂｃ"]:
        assert fold(name) == identity.fold(name)
    assert fold(None) == identity.fold(None) == ""


def test_cells_escape_controls_as_safe_does() -> None:
    rows = table.all_cells([(1, "A\x07", None, "B", None, []), (2, "C", "T", None, "x", ["r"])])
    assert rows == [table.cells(1, "A\x07", None, "B", None, []),
                    table.cells(2, "C", "T", None, "x", ["r"])]
    assert rows[0][1] == "A\\x07" and rows[1][5] == "r" and rows[0][4] == "—"


# -- stats --------------------------------------------------------------------------------------


def _history(store: Store, seed: int) -> None:
    """Applications over two months with touches carried out and responses on random days:
    ties on one day, responses before, between and after touches, some after `today`."""
    rng = random.Random(seed)
    playbooks = ("default", "weekly", "two-weeks")
    for i in range(24):
        start = date(2026, 9, 1) + timedelta(days=rng.randrange(70))
        app = service.add_application(
            store, company=f"Firm {i}", role="Engineer", now=NOW, holidays="none",
            playbook=rng.choice(playbooks),
            interview=service.NewInterview(at=localize(datetime.combine(
                start, datetime.min.time()).replace(hour=10), NY), tz=NY))
        with store.conn:  # as another tool would have written them
            for step_id, in store.conn.execute(
                    "SELECT id FROM steps WHERE application_id = ? AND kind IN"
                    " ('thank_you', 'follow_up', 'call')", (app.id,)).fetchall():
                if rng.random() < 0.7:
                    on = start + timedelta(days=rng.randrange(0, 40))
                    store.conn.execute("UPDATE steps SET status = 'done', done_on = ?"
                                       " WHERE id = ?", (on.isoformat(), step_id))
            for _ in range(rng.randrange(4)):
                on = start + timedelta(days=rng.randrange(0, 50))
                kind = rng.choice(("reply", "reply", "offer", "rejected", "withdrawn"))
                store.conn.execute(
                    "INSERT INTO events (application_id, kind, on_date, created_at)"
                    " VALUES (?, ?, ?, ?)", (app.id, kind, on.isoformat(), NOW.isoformat()))
            if rng.random() < 0.3:
                store.conn.execute(
                    "INSERT INTO interviews (application_id, round, at, tz, created_at)"
                    " VALUES (?, 2, ?, ?, ?)",
                    (app.id, f"{start + timedelta(days=9)}T15:00:00-05:00", NY, NOW.isoformat()))
            store.conn.execute("UPDATE applications SET status = ? WHERE id = ?",
                               (rng.choice(stats.STATUSES), app.id))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stats_counted_in_sql_are_the_python_numbers(store: Store, seed: int) -> None:
    _history(store, seed)
    for today in (date(2026, 10, 1), date(2026, 11, 23), date(2027, 2, 1)):
        for since in (None, date(2026, 9, 20), date(2026, 10, 15)):
            for weeks in (1, 8, 30):
                with store.read():
                    expected = stats.compute(store.insights.stats_facts(), today, since, weeks)
                    counts = reads_more.stats_counts(store.conn, today, since, weeks)
                assert stats.from_counts(counts, today, since, weeks) == expected


def test_stats_json_is_the_same_on_both_paths(store: Store, cli: Callable[..., Any],
                                              cli_proc: Callable[..., Any]) -> None:
    _history(store, 4)
    store.close()
    typer_path = cli("stats", "--json")
    fast_path = cli_proc("stats", "--json")
    assert typer_path.code == fast_path.code == 0
    assert fast_path.stdout == typer_path.stdout
    assert fast_path.json()["applications"] == 24


def test_stats_of_nothing(store: Store, cli_proc: Callable[..., Any]) -> None:
    with store.read():
        counts = reads_more.stats_counts(store.conn, NOW.date(), None)
    assert stats.from_counts(counts, NOW.date()) == stats.compute([], NOW.date())
    store.close()
    assert cli_proc("stats", "--json").json()["applications"] == 0


def test_the_fast_paths_load_neither_typer_nor_the_model(people: Store, db_path: Path) -> None:
    people.close()
    code = ("import sys\nfrom followup.cli import main\n"
            "for args in (['contacts', 'list'], ['stats', '--json']):\n"
            "    try:\n"
            f"        main(['--db', {str(db_path)!r}, '--now', '2026-11-23', *args])\n"
            "    except SystemExit as exc:\n        assert exc.code == 0, exc.code\n"
            "print(sorted(m for m in ('typer', 'rich', 'followup.service', 'followup.core.model',"
            " 'followup.core.contacts') if m in sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip() == "[]"


def test_list_and_stats_read_the_index_of_migration_15(store: Store) -> None:
    """The last touch of `list` and the touches of `stats` come from steps_done, not from
    every step's row (40 ms and more at 10,000 applications)."""
    plan = " ".join(str(tuple(r)) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT max(done_on) FROM steps WHERE application_id = 1"
        " AND status = 'done' AND kind NOT IN ('close', 'network')"))
    assert "steps_done" in plan


def test_list_and_stats_read_what_migration_16_keeps(store: Store) -> None:
    """`list --json` scans app_overview (a step is looked up only for an open thank-you);
    `stats` (no --since) counts over the covering indexes of the kept tables."""
    from followup.store import reads

    def plan(sql: str, **args: object) -> str:
        return " ".join(str(r[-1]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                                   args))

    listing = plan(reads.OVERVIEW_JSON.format(today="julianday(:day)"), day="2026-11-23",
                   status=None)
    assert "SCAN v" in listing and "steps_done" not in listing
    groups = plan(reads_more.KEPT_GROUPS)
    assert "COVERING INDEX app_overview_stats" in groups and "TEMP B-TREE" not in groups
    assert "app_touches_sums" in plan("SELECT channel, touch, sum(touches), sum(answered)"
                                      " FROM app_touches INDEXED BY app_touches_sums"
                                      " GROUP BY 1, 2")


def test_network_is_the_same_on_both_paths(people: Store, cli: Callable[..., Any],
                                           cli_proc: Callable[..., Any],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    people.close()
    monkeypatch.setenv("COLUMNS", "100")
    for args in (("network", "2"), ("network", "show", "3"), ("network", "999")):
        typer_path, fast_path = cli(*args), cli_proc(*args)  # Typer, then cli/fast
        assert typer_path.code == fast_path.code
        assert typer_path.stdout == fast_path.stdout
        assert typer_path.stderr == fast_path.stderr
    assert "Who you know at" in cli_proc("network", "2").stdout
    assert cli_proc("network", "999").code == 1


def test_stats_count_on_a_read_only_database(store: Store, db_path: Path) -> None:
    """The cohort is a temporary table: a database opened read-only (Store's fallback for a
    file it cannot write) is counted all the same."""
    _history(store, 5)
    with store.read():
        expected = reads_more.stats_counts(store.conn, NOW.date(), None)
    store.close()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
    try:
        assert reads_more.stats_counts(conn, NOW.date(), None) == expected
    finally:
        conn.close()
