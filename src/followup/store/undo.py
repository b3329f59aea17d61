"""The undo log: before a change, the rows it may touch are kept; undo puts them back.

A snapshot holds every row of the applications concerned (the application, its interviews
and their interviewers, events, steps, journal and sent-message records, those taken out of
its interviews) and of the contacts
concerned (with their other addresses and numbers). Restoring updates rows in place (never
delete-and-insert, so that nothing that refers to a row is lost on the way), removes the rows
the change added and brings back the rows it removed.
"""

from __future__ import annotations

import json
import sqlite3

from followup.core.errors import Conflict, NotFound
from followup.core.model import Value, fill

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime
    from typing import Any

KEEP = 50  # undo steps kept

# table -> (SQL that selects an application's rows, the primary key columns)
_BY_APP: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("applications", "SELECT * FROM applications WHERE id = ?", ("id",)),
    ("interviews", "SELECT * FROM interviews WHERE application_id = ?", ("id",)),
    ("interviewers", "SELECT iv.* FROM interviewers iv JOIN interviews i ON i.id ="
     " iv.interview_id WHERE i.application_id = ?", ("interview_id", "contact_id")),
    ("events", "SELECT * FROM events WHERE application_id = ?", ("id",)),
    ("steps", "SELECT * FROM steps WHERE application_id = ?", ("id",)),
    ("journal", "SELECT * FROM journal WHERE application_id = ?", ("id",)),
    ("sent_messages", "SELECT m.* FROM sent_messages m JOIN steps s ON s.id = m.step_id"
     " WHERE s.application_id = ?", ("id",)),
    ("inbox_proposals", "SELECT * FROM inbox_proposals WHERE application_id = ?", ("id",)),
    ("former_people", "SELECT * FROM former_people WHERE application_id = ?",
     ("application_id", "contact_id")),
)
# Put back as they were, never removed: the inbox's proposals (undoing a confirmed one opens
# it again; one the inbox made since stays). Snapshots kept before they were kept lack them.
_KEPT_ONLY = frozenset({"inbox_proposals"})

# Columns that go forward on purpose when a row is put back: a calendar's revision of a step
# (a trigger raises it on every change of its day or status, so that calendars take the undo).
_MOVES_ON = frozenset({"ical_sequence", "ical_modified"})


class Entry(Value):
    __slots__ = ("id", "at", "what", "apps", "after")  # noqa: RUF023 (the order of __init__)
    id: int
    at: str
    what: str
    apps: list[int]
    after: str | None

    def __init__(self, id: int, at: str, what: str, apps: list[int], after: str | None
                 ) -> None:
        fill(self, id, at, what, apps, after)


def _rows(conn: sqlite3.Connection, sql: str, args: Iterable[Any]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, tuple(args))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _stamps(conn: sqlite3.Connection, apps: Iterable[int]) -> str:
    """What the applications look like now, in short: whether anything changed them since."""
    out = []
    for app_id in apps:
        row = conn.execute("SELECT updated_at, (SELECT max(updated_at) FROM steps WHERE"
                           " application_id = ?) FROM applications WHERE id = ?",
                           (app_id, app_id)).fetchone()
        out.append([app_id, list(row) if row else None])
    return json.dumps(out)


def record(conn: sqlite3.Connection, what: str, apps: list[int], now: datetime,
           contacts: Iterable[int] = (), *, new: bool = False) -> int:
    """Keep the rows of `apps` and `contacts` as they are before a change. Call inside the
    change's own transaction, before it writes; `seal` it after. `new`: the change makes
    these applications, so undoing it removes them."""
    snap: dict[str, Any] = {"apps": {}, "contacts": [], "new": new,
                            "contacts_above": _highest_contact(conn)}
    for app_id in apps:
        if not new and not conn.execute("SELECT 1 FROM applications WHERE id = ?", (app_id,)
                                        ).fetchone():
            # Gone meanwhile (another process deleted it): nothing to change, nothing kept.
            raise NotFound(f"application {app_id} is deleted; nothing changed"
                           if was_deleted(conn, app_id) else f"no application with id {app_id}")
        snap["apps"][str(app_id)] = {t: [] if new else _rows(conn, sql, (app_id,))
                                     for t, sql, _ in _BY_APP}
    snap["details"] = []  # a person's other addresses and numbers
    for cid in contacts:
        snap["contacts"] += _rows(conn, "SELECT * FROM contacts WHERE id = ?", (cid,))
        snap["details"] += _rows(conn, "SELECT * FROM contact_details WHERE contact_id = ?",
                                 (cid,))
    cur = conn.execute("INSERT INTO undo_log (at, what, apps, snapshot) VALUES (?, ?, ?, ?)",
                       (now.isoformat(), what, json.dumps(apps), json.dumps(snap)))
    conn.execute("DELETE FROM undo_log WHERE id <= ?", (int(cur.lastrowid or 0) - KEEP,))
    return int(cur.lastrowid or 0)


def was_deleted(conn: sqlite3.Connection, app_id: int) -> bool:
    """Whether `app_id` named an application that is gone now (ids are never used twice:
    sqlite_sequence holds the highest one ever given)."""
    if conn.execute("SELECT 1 FROM applications WHERE id = ?", (app_id,)).fetchone():
        return False
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'applications'"
                       ).fetchone()
    return row is not None and 0 < app_id <= int(row[0])


def _highest_contact(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()[0])


def seal(conn: sqlite3.Connection, entry_id: int) -> None:
    """Note how the change left the applications, so that undo can tell whether something
    else has changed them since, and which contacts the change made (undo removes them
    when nothing else has come to name them)."""
    apps, raw = conn.execute("SELECT apps, snapshot FROM undo_log WHERE id = ?", (entry_id,)
                             ).fetchone()
    snap = json.loads(raw)
    if "contacts_above" in snap and "made_contacts" not in snap:
        snap["made_contacts"] = [int(r[0]) for r in conn.execute(
            "SELECT id FROM contacts WHERE id > ?", (snap["contacts_above"],))]
        conn.execute("UPDATE undo_log SET snapshot = ? WHERE id = ?",
                     (json.dumps(snap), entry_id))
    conn.execute("UPDATE undo_log SET after = ? WHERE id = ?",
                 (_stamps(conn, json.loads(apps)), entry_id))


def latest(conn: sqlite3.Connection) -> Entry | None:
    row = conn.execute("SELECT id, at, what, apps, after FROM undo_log ORDER BY id DESC LIMIT 1"
                       ).fetchone()
    if row is None:
        return None
    return Entry(int(row[0]), row[1], row[2], json.loads(row[3]), row[4])


def changed_since(conn: sqlite3.Connection, entry: Entry) -> bool:
    return entry.after is not None and entry.after != _stamps(conn, entry.apps)


def _upsert(conn: sqlite3.Connection, table: str, keys: tuple[str, ...],
            row: dict[str, Any]) -> None:
    cols = list(row)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}", tuple(row.values()))


def restore(conn: sqlite3.Connection, entry: Entry) -> None:
    """Put the rows back as they were before the change, and drop the entry."""
    snap = json.loads(conn.execute("SELECT snapshot FROM undo_log WHERE id = ?", (entry.id,)
                                   ).fetchone()[0])
    for row in snap["contacts"]:
        _upsert(conn, "contacts", ("id",), row)
    if "details" in snap:  # kept since session 7: a contact's edit is undone whole
        for row in snap["contacts"]:
            conn.execute("DELETE FROM contact_details WHERE contact_id = ?", (row["id"],))
        for row in snap["details"]:
            cols = list(row)
            conn.execute(f"INSERT INTO contact_details ({', '.join(cols)}) VALUES"
                         f" ({', '.join('?' * len(cols))})", tuple(row.values()))
    for app_key, tables in snap["apps"].items():
        app_id = int(app_key)
        if not tables["applications"]:
            if not snap.get("new", True):  # kept before an undo entry said what it made
                raise Conflict(f"cannot undo “{entry.what}”: nothing of application {app_id}"
                               " was kept to put back; nothing changed")
            conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))  # the change made it
            continue
        # Parents first on the way in, children first on the way out.
        for table, _, keys in _BY_APP:
            for row in tables.get(table, ()):
                _upsert(conn, table, keys, row)
        for table, sql, keys in reversed(_BY_APP):
            if table in _KEPT_ONLY or table not in tables:
                continue
            kept = {tuple(r[k] for k in keys) for r in tables[table]}
            for row in _rows(conn, sql, (app_id,)):
                if tuple(row[k] for k in keys) not in kept:
                    where = " AND ".join(f"{k} = ?" for k in keys)
                    conn.execute(f"DELETE FROM {table} WHERE {where}",
                                 tuple(row[k] for k in keys))
        _check_restored(conn, entry, app_id, tables)
    for cid in snap.get("made_contacts", ()):  # made by the change, named by nothing now
        conn.execute("DELETE FROM contacts WHERE id = ? AND id NOT IN (SELECT contact_id FROM"
                     " interviewers) AND id NOT IN (SELECT coordinator_id FROM interviews"
                     " WHERE coordinator_id IS NOT NULL)", (cid,))
    conn.execute("DELETE FROM undo_log WHERE id = ?", (entry.id,))


def _check_restored(conn: sqlite3.Connection, entry: Entry, app_id: int,
                    tables: dict[str, list[dict[str, Any]]]) -> None:
    """Undo says it worked only when the rows are back exactly as kept (else the caller's
    transaction rolls back on the Conflict, with the reason)."""
    def kept(rows: list[dict[str, Any]]) -> list[str]:
        return sorted(json.dumps({k: v for k, v in r.items() if k not in _MOVES_ON},
                                 sort_keys=True) for r in rows)

    for table, sql, keys in _BY_APP:
        if table not in tables:  # kept before that table was
            continue
        now = _rows(conn, sql, (app_id,))
        if table in _KEPT_ONLY:
            ids = {tuple(r[k] for k in keys) for r in tables.get(table, ())}
            now = [r for r in now if tuple(r[k] for k in keys) in ids]
        if kept(now) != kept(tables.get(table, [])):
            raise Conflict(f"cannot undo “{entry.what}”: the {table.replace('_', ' ')} of "
                           f"application {app_id} could not be put back as they were; "
                           "nothing changed")


def latest_change(conn: sqlite3.Connection) -> int:
    """The id of the newest undo entry (0: none), to `forget_changes_since` after a batch."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM undo_log").fetchone()[0])


def forget_changes_since(conn: sqlite3.Connection, mark: int) -> None:
    """Drop the undo entries a batch (an import) made: it is not undone row by row."""
    conn.execute("DELETE FROM undo_log WHERE id > ?", (mark,))
