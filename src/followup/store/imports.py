"""The journal of an import that commits in several transactions (issue 12.3).

A large import writes in chunks, each its own transaction, so that other commands get the
database between them. To stay all or nothing to the user it keeps a journal: a row in
`imports` (made in the first chunk's transaction) and, through TEMP triggers that fire only
for the importing connection, one row in `import_rows` per row it adds, changes or removes
(with the old values of a row that was there before). The last chunk's transaction marks the
import done and drops the journal's rows. An import that fails takes its chunks back at once;
one whose process was killed is taken back by the next process that opens the database for
writing (`recover`), once the importing process is gone; unless that process runs the same
import again (the same file and options: `imports.source`), which carries on from the rows
already in (`imports.rows_done`) instead.

Table and column names in the generated SQL come from SQLite's own catalogue only.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followup.store.migrations import DERIVED
from followup.store.sqlite import Store

BOOKKEEPING = frozenset({"schema_migrations", "imports", "import_rows", *DERIVED})
_TRIGGER = "import_journal_"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _journaled_tables(conn: sqlite3.Connection) -> list[str]:
    """Every ordinary table of the main database but the bookkeeping ones (full-text indexes
    and their shadow tables follow their own triggers)."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"
                        " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [r[0] for r in rows if (r[1] or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [r[0] for r in rows if r[0] not in BOOKKEEPING and r[0] not in virtual
            and not any(r[0].startswith(v + "_") for v in virtual)]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA main.table_info({_ident(table)})")]


# -- who is importing ----------------------------------------------------------------------


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _process_mark(pid: int) -> str | None:
    """What tells process `pid` from a later one given the same number (its start time since
    this boot); None when no such process runs (a zombie counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return _signal_mark(pid)
    fields = stat[stat.rindex(")") + 2:].split()
    if fields[0] in ("Z", "X"):
        return None
    return f"{_boot_id()}:{fields[19]}"


def _signal_mark(pid: int) -> str | None:
    """Where /proc is missing, the process's existence is all that can be known."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return "alive"


def _mark_of(pid: int) -> str:
    if Path("/proc").is_dir():
        return _process_mark(pid) or ""
    return "alive"


def _is_running(pid: int, host: str, mark: str) -> bool:
    if host != socket.gethostname():
        return True  # a process on another machine cannot be seen from here: leave it be
    if mark == "alive" or not Path("/proc").is_dir():
        return _signal_mark(pid) is not None
    return _process_mark(pid) == mark


# -- the importing side --------------------------------------------------------------------


@dataclass
class Journal:
    """An import under way; made by `start` inside the first chunk's transaction."""

    store: Store
    id: int
    tables: tuple[str, ...]

    @classmethod
    def start(cls, store: Store, kind: str, now: datetime, source: str | None = None
              ) -> Journal:
        """`source`: what the import reads (a digest of its file and options), by which a
        run of the same import after a kill finds where this one stopped."""
        conn = store.conn
        pid = os.getpid()
        cur = conn.execute(
            "INSERT INTO imports (kind, pid, host, process, started_at, source) VALUES"
            " (?, ?, ?, ?, ?, ?)",
            (kind, pid, socket.gethostname(), _mark_of(pid), now.isoformat(), source))
        return cls._watching(store, int(cur.lastrowid or 0))

    @classmethod
    def _watching(cls, store: Store, import_id: int) -> Journal:
        journal = cls(store, import_id, tuple(_journaled_tables(store.conn)))
        for table in journal.tables:
            journal._watch(table)
        return journal

    @classmethod
    def resume(cls, store: Store, source: str) -> tuple[Journal, int] | None:
        """The interrupted import of `source` that opening the store handed to this process
        (recover), watched again (TEMP triggers: no write to the database), with how many
        of its rows are in; None when there is none."""
        pid = os.getpid()
        row = store.conn.execute(
            "SELECT id, rows_done FROM imports WHERE state = 'running' AND source = ? AND"
            " pid = ? AND host = ? AND process = ? ORDER BY id DESC LIMIT 1",
            (source, pid, socket.gethostname(), _mark_of(pid))).fetchone()
        if row is None:
            return None
        return cls._watching(store, int(row[0])), int(row[1])

    def progress(self, rows_done: int) -> None:
        """Inside a chunk's transaction: this many rows of the import are in."""
        self.store.conn.execute("UPDATE imports SET rows_done = ? WHERE id = ?",
                                (rows_done, self.id))

    def _watch(self, table: str) -> None:
        cols = _columns(self.store.conn, table)
        old = ", ".join(f"{_literal(c)}, OLD.{_ident(c)}" for c in cols)
        into = ("INSERT OR IGNORE INTO import_rows (import_id, tbl, row, action, before)"
                f" VALUES ({self.id}, {_literal(table)}")
        for when, action, row, before in (
                ("AFTER INSERT", "insert", "NEW.rowid", "NULL"),
                ("BEFORE UPDATE", "update", "OLD.rowid", f"json_object({old})"),
                ("BEFORE DELETE", "delete", "OLD.rowid", f"json_object({old})")):
            trigger = _ident(f"{_TRIGGER}{self.id}_{table}_{action}")
            self.store.conn.execute(
                f"CREATE TEMP TRIGGER {trigger} {when} ON main.{_ident(table)} BEGIN"
                f" {into}, {row}, '{action}', {before}); END")

    def _unwatch(self) -> None:
        conn = self.store.conn
        prefix = f"{_TRIGGER}{self.id}_"
        for (trigger,) in conn.execute(
                "SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"
                " AND substr(name, 1, ?) = ?", (len(prefix), prefix)).fetchall():
            conn.execute(f"DROP TRIGGER IF EXISTS temp.{_ident(trigger)}")

    def finish(self) -> None:
        """Inside the last chunk's transaction: the import stands. Its undo entries go (an
        import is not undone one row at a time) and so does its journal."""
        conn = self.store.conn
        self._unwatch()
        conn.execute("DELETE FROM undo_log WHERE rowid IN (SELECT row FROM import_rows WHERE"
                     " import_id = ? AND tbl = 'undo_log' AND action = 'insert')", (self.id,))
        conn.execute("DELETE FROM import_rows WHERE import_id = ?", (self.id,))
        conn.execute("UPDATE imports SET state = 'done' WHERE id = ?", (self.id,))

    def take_back(self) -> None:
        """The import failed in this process: undo the chunks it committed, in one
        transaction of its own (the failed chunk's was rolled back already). Nothing to do
        when the failure came after the last chunk committed, or with the first chunk."""
        conn = self.store.conn
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        self._unwatch()
        # BEGIN IMMEDIATE itself: `store` may be the import's batch, whose write() is only
        # a savepoint.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM imports WHERE id = ? AND state = 'running'",
                            (self.id,)).fetchone():
                _undo(conn, self.id)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


# -- taking an interrupted import back -----------------------------------------------------


def unfinished(conn: sqlite3.Connection) -> bool:
    """Whether any import is marked as under way (cheap: the table is tiny)."""
    return conn.execute("SELECT 1 FROM imports WHERE state = 'running' LIMIT 1"
                        ).fetchone() is not None


def recover(store: Store, resume: str | None = None) -> int:
    """Take back every import whose process is gone; how many were. A failure to do so
    leaves the journal for the next try rather than keeping the database from opening.
    What was taken back, and what was kept, is said in `store.notices`. An import of the
    source `resume` (this process runs the same import again) is handed to this process
    instead, to carry on from where it stopped (Journal.resume)."""
    conn = store.conn
    taken = 0
    for import_id, pid, host, mark, source in conn.execute(
            "SELECT id, pid, host, process, source FROM imports WHERE state = 'running'"
            " ORDER BY id DESC").fetchall():
        if _is_running(int(pid), str(host), str(mark)):
            continue
        try:
            with store.write():
                still = conn.execute("SELECT 1 FROM imports WHERE id = ? AND state ="
                                     " 'running'", (import_id,)).fetchone()
                if still and resume is not None and source == resume:
                    me = os.getpid()  # ours now: another process leaves it be
                    conn.execute("UPDATE imports SET pid = ?, host = ?, process = ? WHERE"
                                 " id = ?", (me, socket.gethostname(), _mark_of(me),
                                             import_id))
                    resume = None
                elif still:  # another process may have taken it back meanwhile
                    store.notices.append(_undo(conn, int(import_id)).words())
                    taken += 1
        except sqlite3.DatabaseError:
            continue
    return taken


@dataclass
class TakenBack:
    """What taking an import back did: the applications it removed, and those it kept
    because the candidate worked on them while the import ran (id, company)."""

    removed: int
    kept: list[tuple[int, str]]

    def words(self) -> str:
        said = (f"an import that did not finish was taken back ({self.removed} "
                f"application{'s' if self.removed != 1 else ''} removed)")
        if not self.kept:
            return said
        from followup.core.validate import safe

        names = ", ".join(f"#{i} {safe(company)}" for i, company in self.kept)
        return (f"{said}; kept {len(self.kept)} you worked on while it ran, as they are now:"
                f" {names}")


# The tables whose rows, made by another command while an import ran, mean the candidate
# worked on one of its applications (a note, a logged answer, a new round, a message sent);
# a done, skip, snooze or edit leaves an undo entry naming the application. Steps are not
# among them: a day's re-planning adds steps by itself.
_WORK = ("journal", "events", "interviews", "sent_messages")
_BY_APPLICATION = {"sent_messages": "SELECT s.application_id FROM sent_messages m JOIN steps s"
                                    " ON s.id = m.step_id WHERE m.rowid NOT IN ({mine})"}


def _worked_on(conn: sqlite3.Connection, import_id: int) -> dict[int, str]:
    """The applications the import made that the candidate changed since (id -> company)."""
    made = {int(r[0]): str(r[1]) for r in conn.execute(
        "SELECT a.id, a.company FROM applications a JOIN import_rows r ON r.row = a.rowid"
        " AND r.import_id = ? AND r.tbl = 'applications' AND r.action = 'insert'",
        (import_id,))}
    if not made:
        return {}
    touched: set[int] = set()
    for table in _WORK:
        mine = ("SELECT row FROM import_rows WHERE import_id = ? AND tbl = "
                f"{_literal(table)} AND action = 'insert'")
        sql = _BY_APPLICATION.get(table, "SELECT application_id FROM {table} WHERE rowid"
                                  " NOT IN ({mine})").format(table=_ident(table), mine=mine)
        touched.update(int(r[0]) for r in conn.execute(sql, (import_id,)) if r[0] is not None)
    for (apps,) in conn.execute(
            "SELECT apps FROM undo_log WHERE rowid NOT IN (SELECT row FROM import_rows WHERE"
            " import_id = ? AND tbl = 'undo_log' AND action = 'insert')", (import_id,)):
        touched.update(int(a) for a in json.loads(apps))
    return {i: company for i, company in made.items() if i in touched}


def _keep(conn: sqlite3.Connection, import_id: int, apps: list[int]) -> None:
    """Strike the rows of `apps` (the application and what hangs on it) out of the journal,
    so that taking the import back leaves them as they are."""
    marks = ", ".join("?" * len(apps))
    for table, sql in (
            ("applications", f"SELECT rowid FROM applications WHERE id IN ({marks})"),
            ("interviews", f"SELECT rowid FROM interviews WHERE application_id IN ({marks})"),
            ("interviewers", "SELECT w.rowid FROM interviewers w JOIN interviews i ON i.id ="
                             f" w.interview_id WHERE i.application_id IN ({marks})"),
            ("events", f"SELECT rowid FROM events WHERE application_id IN ({marks})"),
            ("steps", f"SELECT rowid FROM steps WHERE application_id IN ({marks})"),
            ("journal", f"SELECT rowid FROM journal WHERE application_id IN ({marks})"),
            ("invitations", "SELECT v.rowid FROM invitations v JOIN interviews i ON i.id ="
                            f" v.interview_id WHERE i.application_id IN ({marks})")):
        conn.execute(f"DELETE FROM import_rows WHERE import_id = ? AND tbl = ? AND row IN"
                     f" ({sql})", (import_id, table, *apps))


def _undo(conn: sqlite3.Connection, import_id: int) -> TakenBack:
    """Put back the rows the import changed or removed, remove the rows it added (children
    before parents; one that something outside the import refers to stays), and close it.
    An application the candidate worked on meanwhile stays as it is now, with its parts."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    kept = _worked_on(conn, import_id)
    if kept:
        _keep(conn, import_id, sorted(kept))
    removed = int(conn.execute("SELECT count(*) FROM import_rows WHERE import_id = ? AND tbl ="
                               " 'applications' AND action = 'insert'", (import_id,)
                               ).fetchone()[0])
    _put_back(conn, import_id, "update")
    order = _children_first(conn)
    for table in order:
        guard = _still_used(conn, table)
        conn.execute(
            f"DELETE FROM {_ident(table)} WHERE rowid IN (SELECT row FROM import_rows WHERE"
            f" import_id = ? AND tbl = ? AND action = 'insert'){guard}", (import_id, table))
    _put_back(conn, import_id, "delete")
    conn.execute("DELETE FROM import_rows WHERE import_id = ?", (import_id,))
    conn.execute("UPDATE imports SET state = 'taken back' WHERE id = ?", (import_id,))
    return TakenBack(removed, sorted(kept.items()))


def _put_back(conn: sqlite3.Connection, import_id: int, action: str) -> None:
    known = set(_journaled_tables(conn))
    for table, row, before in conn.execute(
            "SELECT tbl, row, before FROM import_rows WHERE import_id = ? AND action = ?"
            " ORDER BY id", (import_id, action)).fetchall():
        if table not in known or before is None:
            continue
        values: dict[str, object] = json.loads(before)
        cols = [c for c in _columns(conn, table) if c in values]
        sets = ", ".join(f"{_ident(c)} = ?" for c in cols)
        cur = conn.execute(f"UPDATE {_ident(table)} SET {sets} WHERE rowid = ?",
                           (*[values[c] for c in cols], row))
        if cur.rowcount == 0:
            names = ", ".join(["rowid", *(_ident(c) for c in cols)])
            marks = ", ".join("?" * (len(cols) + 1))
            conn.execute(f"INSERT INTO {_ident(table)} ({names}) VALUES ({marks})",
                         (row, *[values[c] for c in cols]))


def _children_first(conn: sqlite3.Connection) -> list[str]:
    tables = _journaled_tables(conn)
    parents = {t: {str(r[2]) for r in conn.execute(
        f"PRAGMA main.foreign_key_list({_ident(t)})")} for t in tables}
    order: list[str] = []

    def visit(table: str, path: tuple[str, ...]) -> None:
        if table in order or table in path:
            return
        for parent in parents.get(table, ()):
            visit(parent, (*path, table))
        order.append(table)

    for table in tables:
        visit(table, ())
    return order[::-1]


def _still_used(conn: sqlite3.Connection, table: str) -> str:
    """SQL that keeps a row some other table still points at without a cascade (a contact an
    application made meanwhile names, say): removing it would break that reference."""
    key = [str(r[1]) for r in conn.execute(f"PRAGMA main.table_info({_ident(table)})")
           if r[5] == 1]
    guards = []
    for child in _journaled_tables(conn):
        for fk in conn.execute(f"PRAGMA main.foreign_key_list({_ident(child)})").fetchall():
            if str(fk[2]) != table or str(fk[6]).upper() in ("CASCADE", "SET NULL",
                                                              "SET DEFAULT"):
                continue
            target = str(fk[4]) if fk[4] else (key[0] if len(key) == 1 else "rowid")
            guards.append(f" AND {_ident(target)} NOT IN (SELECT {_ident(str(fk[3]))} FROM"
                          f" {_ident(child)} WHERE {_ident(str(fk[3]))} IS NOT NULL)")
    return "".join(guards)
