"""SQL for the journal, the statistics, export/import and backups.

The Insights sub-store (`store.insights`); the caller opens the transaction (store.write()), so
an import commits whole or not at all. Table and column names in dynamic SQL only ever come
from the database's own catalogue, never from a file being imported.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.core.errors import NotFound
from followup.core.journal import JournalEntry, JournalText
from followup.store.derived import HELD
from followup.store.migrations import DERIVED
from followup.store.sqlite import Area

if TYPE_CHECKING:
    from followup.core.activity import Person as ActivityPerson
    from followup.core.activity import Touch as ActivityTouch
    from followup.core.stats import AppFacts

RESPONSES = ("reply", "offer", "rejected")  # what the employer did (A5)
TOUCH_KINDS = ("thank_you", "follow_up", "call")  # employer-facing steps


def ident(name: str) -> str:
    """A quoted SQL identifier (names come from sqlite_master, quoted all the same)."""
    return '"' + name.replace('"', '""') + '"'


# -- journal (A4) --------------------------------------------------------------------------


# -- statistics (A5) -----------------------------------------------------------------------


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


# -- the catalogue, for export and import --------------------------------------------------


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    to: str | None  # None: the parent's primary key


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]  # as declared, upper case
    rowid_key: str | None  # the INTEGER PRIMARY KEY column, if the table has one
    foreign_keys: tuple[ForeignKey, ...]
    fixed_key: bool = False  # CHECK (key = ...): a one-row table such as the profile


def app_key(company: str, role: str, first_interview: str) -> tuple[str, str, str]:
    return (company.strip().casefold(), role.strip().casefold(), first_interview[:16])


# -- backups -------------------------------------------------------------------------------


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind `conn`'s main database; None for an in-memory one."""
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def holds_data(conn: sqlite3.Connection) -> bool:
    rows = list(conn.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations'"))
    virtual = [name for name, is_virtual in rows if is_virtual]
    # A full-text index and its shadow tables (app_search_config holds a row from the start)
    # are not data: they are rebuilt from it.
    names = [name for name, is_virtual in rows if not is_virtual
             and not any(name.startswith(v + "_") for v in virtual)]
    return any(conn.execute(f"SELECT 1 FROM {ident(n)} LIMIT 1").fetchone() for n in names)


def _open_source(source: Path) -> sqlite3.Connection:
    """The database to copy, opened for reading only; one this process cannot write (a
    read-only mount) is opened as the store opens it (files.read_only_uri)."""
    import os
    from urllib.parse import quote

    from followup.store.files import read_only_uri

    if not os.access(source, os.W_OK) or not os.access(source.parent, os.W_OK):
        return sqlite3.connect(read_only_uri(source), uri=True, timeout=60)
    return sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True,
                           timeout=60)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` in `target` (a new file) with SQLite's online backup,
    taken through a connection of its own: writers elsewhere carry on meanwhile,
    and the copy is one self-contained file (rollback journal, not WAL)."""
    src = _open_source(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(dst)
            if problems:
                raise sqlite3.DatabaseError("the copy failed its integrity check: "
                                            + "; ".join(problems[:3]))
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if found == ["ok"] else found


class Insights(Area):
    """The SQL for the journal, statistics facts, export and import (`store.insights`)."""

    def interview_of_round(self, app_id: int, round_: int) -> int:
        rows = self.rows("SELECT id FROM interviews WHERE application_id = ? AND round = ?",
                  (app_id, round_))
        if not rows:
            raise NotFound(f"application {app_id} has no interview round {round_}")
        return int(rows[0]["id"])

    def insert_journal(self, app_id: int, interview_id: int | None, on: date,
                       text: JournalText, now: datetime) -> int:
        cur = self.conn.execute(
            "INSERT INTO journal (application_id, interview_id, written_on, note, went_well,"
            " questions, improve, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (app_id, interview_id, on.isoformat(), text.note, text.went_well, text.questions,
             text.improve, text.outcome, now.isoformat()))
        return int(cur.lastrowid or 0)

    def journal_entries(self, app_id: int) -> list[JournalEntry]:
        rows = self.rows(
            "SELECT j.*, i.round FROM journal j LEFT JOIN interviews i ON i.id = j.interview_id"
            " WHERE j.application_id = ? ORDER BY j.written_on, j.id", (app_id,))
        return [JournalEntry(
            id=int(r["id"]), application_id=int(r["application_id"]),
            interview_round=None if r["round"] is None else int(r["round"]),
            on=date.fromisoformat(r["written_on"]),
            text=JournalText(note=r["note"], went_well=r["went_well"], questions=r["questions"],
                             improve=r["improve"], outcome=r["outcome"]),
        ) for r in rows]

    def stats_facts(self) -> list[AppFacts]:
        """Everything the statistics need, as plain data."""
        from followup.core.stats import AppFacts, TouchFact

        interviews: dict[int, list[date]] = {}
        for r in self.rows("SELECT application_id, at FROM interviews i"  # held: not cancelled
                           f" WHERE {HELD.format(row='i')} ORDER BY at, id"):
            interviews.setdefault(int(r["application_id"]), []).append(_day(r["at"]))
        responses: dict[int, list[tuple[str, date]]] = {}
        marks = ",".join("?" * len(RESPONSES))
        for r in self.rows("SELECT application_id, kind, on_date FROM events"
                           f" WHERE kind IN ({marks}) ORDER BY on_date, id", RESPONSES):
            responses.setdefault(int(r["application_id"]), []).append(
                (r["kind"], _day(r["on_date"])))
        touches: dict[int, list[TouchFact]] = {}
        marks = ",".join("?" * len(TOUCH_KINDS))
        for r in self.rows("SELECT application_id, kind, channel, touch, done_on FROM steps"
                           f" WHERE status = 'done' AND done_on IS NOT NULL AND kind IN ({marks})"
                           " ORDER BY done_on, id", TOUCH_KINDS):
            touches.setdefault(int(r["application_id"]), []).append(TouchFact(
                kind=r["kind"], channel=r["channel"], touch=int(r["touch"]), on=_day(r["done_on"])))
        return [AppFacts(
            id=int(r["id"]), playbook=r["playbook"], status=r["status"],
            created=_day(r["created_at"]), interviews=tuple(interviews.get(int(r["id"]), ())),
            responses=tuple(responses.get(int(r["id"]), ())),
            touches=tuple(touches.get(int(r["id"]), ())),
        ) for r in self.rows(
            "SELECT id, playbook, status, created_at FROM applications ORDER BY id")]

    def activity_facts(self, start: date, end: date) -> tuple[
            list[ActivityTouch], dict[int, list[tuple[date, str]]], dict[int, str],
            dict[int, tuple[ActivityPerson, ...]]]:
        """What the work-search record needs (core.activity): the contacts with employers
        from `start` to `end`, each application's dated events up to `end` and its status,
        and the people known at each. Names, roles and dates only: never a note."""
        from followup.core.activity import Person, Touch

        first, last = start.isoformat(), end.isoformat()
        people: dict[int, list[Person]] = {}  # by interview
        for r in self.rows(
                "SELECT iv.interview_id, c.name, c.email, c.address FROM interviewers iv"
                " JOIN contacts c ON c.id = iv.contact_id ORDER BY iv.interview_id, iv.position"):
            people.setdefault(int(r["interview_id"]), []).append(
                Person(r["name"], r["email"], r["address"]))
        coordinators: dict[int, Person] = {}
        known: dict[int, list[Person]] = {}  # by application
        rounds = self.rows(
            "SELECT i.id, i.application_id, i.round, i.at, a.company, a.role,"
            " c.name AS c_name, c.email AS c_email,"
            f" c.address AS c_address, {HELD.format(row='i')} AS held"
            " FROM interviews i JOIN applications a ON a.id = i.application_id"
            " LEFT JOIN contacts c ON c.id = i.coordinator_id ORDER BY i.at, i.id")
        touches: list[Touch] = []
        for r in rounds:
            app, iid = int(r["application_id"]), int(r["id"])
            if r["c_name"] is not None:
                coordinators[iid] = Person(r["c_name"], r["c_email"], r["c_address"])
            known.setdefault(app, []).extend(people.get(iid, []))
            if iid in coordinators:
                known[app].append(coordinators[iid])
            if r["held"] and first <= r["at"][:10] <= last:  # a cancelled one: no contact
                touches.append(Touch(
                    on=_day(r["at"]), app_id=app, company=r["company"], role=r["role"],
                    kind="interview", channel="", people=tuple(people.get(iid, ())),
                    round=int(r["round"])))
        marks = ",".join("?" * len(TOUCH_KINDS))
        for r in self.rows(
                "SELECT s.application_id, s.kind, s.channel, s.recipients, s.via, s.done_on,"
                " a.company, a.role FROM steps s JOIN applications a ON a.id = s.application_id"
                f" WHERE s.status = 'done' AND s.kind IN ({marks})"
                " AND substr(s.done_on, 1, 10) BETWEEN ? AND ? ORDER BY s.done_on, s.id",
                (*TOUCH_KINDS, first, last)):
            touches.append(Touch(
                on=_day(r["done_on"]), app_id=int(r["application_id"]), company=r["company"],
                role=r["role"], kind=r["kind"], channel=r["channel"],
                people=tuple(Person(str(n)) for n in json.loads(r["recipients"])),
                via=r["via"]))
        events: dict[int, list[tuple[date, str]]] = {}
        shown = ("reply", "rejected", "offer", "withdrawn")
        for r in self.rows(
                "SELECT e.application_id, e.kind, e.on_date, a.company, a.role FROM events e"
                " JOIN applications a ON a.id = e.application_id ORDER BY e.on_date, e.id"):
            app, on = int(r["application_id"]), _day(r["on_date"])
            events.setdefault(app, []).append((on, r["kind"]))
            if r["kind"] in shown and start <= on <= end:
                touches.append(Touch(on=on, app_id=app, company=r["company"], role=r["role"],
                                     kind=r["kind"], channel="", people=()))
        status = {int(r["id"]): r["status"] for r in self.rows(
            "SELECT id, status FROM applications")}
        return touches, events, status, {k: tuple(v) for k, v in known.items()}

    def _virtual(self) -> list[str]:
        return [r["name"] for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND sql LIKE 'CREATE VIRTUAL TABLE%'")]

    def tables(self) -> list[Table]:
        """The tables holding the candidate's data, parents before children.

        Left out: SQLite's own tables, the migration log, the undo log, the import journal
        and the copies owed to the Sent folder (they differ between copies), and full-text
        indexes with their shadow tables and the tables of migrations.DERIVED, which are
        rebuilt from the data."""
        virtual = self._virtual()
        names = [r["name"] for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        names = [n for n in names if n not in ("schema_migrations", "undo_log", "imports",
                                               "import_rows", "sent_copies", *DERIVED)
                 and n not in virtual
                 and not any(n.startswith(v + "_") for v in virtual)]
        found: dict[str, Table] = {}
        for name in names:
            info = self.rows(f"PRAGMA table_info({ident(name)})")
            keys = [r for r in info if r["pk"]]
            rowid_key = (keys[0]["name"] if len(keys) == 1 and keys[0]["type"].upper() == "INTEGER"
                         else None)
            fks = tuple(ForeignKey(r["from"], r["table"], r["to"]) for r in
                        self.rows(f"PRAGMA foreign_key_list({ident(name)})"))
            sql = self.rows("SELECT sql FROM sqlite_master WHERE name = ?", (name,))[0]["sql"]
            fixed = bool(rowid_key and re.search(
                rf"CHECK\s*\(\s*\"?{re.escape(rowid_key)}\"?\s*=", sql or "", re.IGNORECASE))
            found[name] = Table(name, tuple(r["name"] for r in info),
                                tuple(str(r["type"]).upper() for r in info), rowid_key, fks, fixed)
        ordered: list[Table] = []
        done: set[str] = set()

        def visit(name: str, path: tuple[str, ...]) -> None:
            if name in done or name in path or name not in found:
                return
            for fk in found[name].foreign_keys:
                visit(fk.table, (*path, name))
            done.add(name)
            ordered.append(found[name])

        for name in names:
            visit(name, ())
        return ordered

    def table_rows(self, table: Table) -> list[tuple[Any, ...]]:
        cols = ", ".join(ident(c) for c in table.columns)
        order = ident(table.rowid_key) if table.rowid_key else "rowid"
        without_rowid = self.rows("SELECT sql FROM sqlite_master WHERE name = ?", (table.name,))
        if "WITHOUT ROWID" in (without_rowid[0]["sql"] or "").upper():
            order = ", ".join(ident(c) for c in table.columns)
        return [tuple(r) for r in self.rows(f"SELECT {cols} FROM {ident(table.name)}"
                                            f" ORDER BY {order}")]

    def is_empty(self, names: Iterable[str]) -> bool:
        return all(not self.rows(f"SELECT 1 FROM {ident(n)} LIMIT 1") for n in names)

    def insert_row(self, table: Table, columns: Sequence[str], values: Sequence[Any]
                   ) -> int:
        """Insert one row; `columns` must be names of `table` (checked by the caller)."""
        cols = ", ".join(ident(c) for c in columns)
        marks = ", ".join("?" * len(columns))
        cur = self.conn.execute(f"INSERT INTO {ident(table.name)} ({cols}) VALUES ({marks})",
                                 tuple(values))
        return int(cur.lastrowid or 0)

    def application_keys(self) -> dict[tuple[str, str, str], int]:
        """(company, role, first interview) -> id: how an application is recognised on import."""
        out: dict[tuple[str, str, str], int] = {}
        for r in self.rows("SELECT a.id, a.company, a.role, (SELECT min(at) FROM interviews"
                           " WHERE application_id = a.id) AS first FROM applications a"):
            out.setdefault(app_key(r["company"], r["role"], r["first"] or ""), int(r["id"]))
        return out

    def set_phase(self, app_id: int, phase: str) -> None:
        self.conn.execute("UPDATE applications SET phase = ? WHERE id = ?", (phase, app_id))

    def schema_version(self) -> int:
        return int(self.rows("PRAGMA user_version")[0][0])

    def defer_foreign_keys(self) -> None:
        """Check references at the end of the import's transaction, not row by row."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def foreign_key_problems(self) -> list[str]:
        return [f"{r[0]} row {r[1]} refers to a missing {r[2]}"
                for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]

    def delete_applications(self, ids: Sequence[int]) -> None:
        """Take back what an import added (its interviews, steps and events go with them)."""
        for start in range(0, len(ids), 500):
            part = list(ids[start:start + 500])
            self.conn.execute(f"DELETE FROM applications WHERE id IN ({','.join('?' * len(part))})",
                               part)


def restore_database(source: Path, target: Path, newest: int) -> int:
    """Write the followup database `source` over `target` with SQLite's online backup, in
    one step: every connection open on `target` reads the restored data from its next query.
    `source` is checked first (readable, intact, a followup schema no newer than `newest`);
    returns its schema version (the caller brings an older one up to date)."""
    try:
        src = _open_source(source)
    except sqlite3.Error as exc:
        raise sqlite3.DatabaseError(f"cannot open it: {exc}") from None
    try:
        version = int(src.execute("PRAGMA user_version").fetchone()[0])
        if not src.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                           "'applications'").fetchone() or not 0 < version <= newest:
            raise sqlite3.DatabaseError("it is not a followup database this version can read")
        problems = integrity_problems(src)
        if problems:
            raise sqlite3.DatabaseError("it failed its integrity check: "
                                        + "; ".join(problems[:3]))
        dst = sqlite3.connect(str(target), timeout=60)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return version
