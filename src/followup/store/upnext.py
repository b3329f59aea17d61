"""What core.upnext said for each application, kept until it stops being true (migration 20).

The hot reads (`today`, `list`, the web's Today page, board, table and API, the digest, the
calendar) cannot roll ten thousand plans each time. They read what the one definition,
`core.upnext.standing`, said last, which holds no rule of its own:

- app_next, one row per application: the moments the answer holds (valid_from, up to but not
  including valid_until: UTC text, `core.when.stamp`, so that text order is time order), the
  next step (id, day, kind, latest day), the lines `list --json` prints for it, and the
  zone its days are in (tz, migration 29: `core.upnext.zone_of`);
- next_actions, one row per next action then: its day, the moment its window closes (in the
  column `latest`: UTC text, so that "late" is decided in the step's own zone) and the step
  as `jsonout.due_step` writes it (rolled: its day, its why as they read then).

Any change to an application, its steps, events or interviews marks its row out of date
(triggers below: whichever program made the change); so does the passing of valid_until.
`service.upnext.refresh` works out again, before a read, the rows that do not hold at the
moment read (`stale`), and a write's own service refreshes the application it changed.
Never exported, never journaled by an import (TABLES).
"""

from __future__ import annotations

from datetime import date

from followup.core.when import stamp

TYPE_CHECKING = False  # `typing`, json and the model stay unimported on `today --json`'s path
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable
    from datetime import datetime
    from typing import Any

    from followup.core.model import Step

TABLES = frozenset({"app_next", "next_actions"})
NEVER = "9999-12-31"  # valid_until of an answer that holds until the application changes
EVER = ""  # valid_from of an answer that held at any moment before
# (any stamp sorts before it; an answer kept by day, before issue 21's clock, sorts as stale)
_OUT = "valid_from = '9999-12-31', valid_until = ''"  # holds on no day

_WATCHED = (("applications", "id"), ("steps", "application_id"),
            ("events", "application_id"), ("interviews", "application_id"))


def _out_of_date() -> str:
    out = []
    for table, key in _WATCHED:
        for event, rows in (("insert", ("NEW",)), ("update", ("OLD", "NEW")),
                            ("delete", ("OLD",))):
            if (table, event) == ("applications", "insert"):
                continue
            body = " ".join(f"UPDATE app_next SET {_OUT} WHERE application_id = {r}.{key};"
                            for r in rows)
            out.append(f"CREATE TRIGGER app_next_{table}_{event} AFTER {event.upper()} ON"
                       f" {table} BEGIN {body} END;")
    return "\n".join(out)


SCRIPT = f"""
CREATE TABLE app_next (
    application_id INTEGER PRIMARY KEY,
    valid_from TEXT NOT NULL,  -- the first and last day the row holds ('' .. : none)
    valid_until TEXT NOT NULL,
    next_id INTEGER,  -- the next step (NULL: none)
    next_due TEXT,
    next_kind TEXT,
    next_latest TEXT,
    lines TEXT NOT NULL  -- its "next_due" .. "next_latest" lines of `list --json`
);
CREATE INDEX app_next_from ON app_next(valid_from);
CREATE INDEX app_next_until ON app_next(valid_until);
CREATE INDEX app_next_order ON app_next(next_due, application_id) WHERE next_due IS NOT NULL;
CREATE TABLE next_actions (
    step_id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL,
    due TEXT NOT NULL,
    latest TEXT NOT NULL,
    key TEXT NOT NULL,
    doc TEXT NOT NULL  -- the step as jsonout.due_step writes it on those days
);
CREATE INDEX next_actions_due ON next_actions(due, step_id);
CREATE INDEX next_actions_app ON next_actions(application_id);
CREATE TRIGGER app_next_applications_insert AFTER INSERT ON applications BEGIN
    INSERT OR REPLACE INTO app_next (application_id, valid_from, valid_until, lines)
        VALUES (NEW.id, '9999-12-31', '', '');
END;
CREATE TRIGGER app_next_gone AFTER DELETE ON applications BEGIN
    DELETE FROM app_next WHERE application_id = OLD.id;
    DELETE FROM next_actions WHERE application_id = OLD.id;
END;
INSERT INTO app_next (application_id, valid_from, valid_until, lines)
    SELECT id, '9999-12-31', '', '' FROM applications;
{_out_of_date()}
"""


def stale(conn: sqlite3.Connection, now: datetime) -> list[int]:
    """The applications whose kept answer does not hold at `now` (two index look-ups)."""
    d = stamp(now)
    return [int(r[0]) for r in conn.execute(
        "SELECT application_id FROM app_next WHERE valid_until <= ?1"
        " UNION SELECT application_id FROM app_next WHERE valid_from > ?1", (d,))]


Row = tuple[int, str, str, int | None, str | None, str | None, str | None, str, str | None]
ActionRow = tuple[int, int, str, str, str, str]


def keep(conn: sqlite3.Connection, rows: Iterable[Row], actions: Iterable[ActionRow],
         ids: list[int]) -> None:
    """Replace the kept answers of the applications `ids` (app_next rows and their actions)."""
    import json

    marks = json.dumps(ids)
    conn.execute("DELETE FROM next_actions WHERE application_id IN"
                 " (SELECT value FROM json_each(?))", (marks,))
    conn.executemany("INSERT OR REPLACE INTO app_next (application_id, valid_from, valid_until,"
                     " next_id, next_due, next_kind, next_latest, lines, tz)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT OR REPLACE INTO next_actions (step_id, application_id, due,"
                     " latest, key, doc) VALUES (?, ?, ?, ?, ?, ?)", actions)


def actions_json(conn: sqlite3.Connection) -> str:
    """Every kept next action, earliest first, as `today --json`'s array."""
    text = conn.execute("SELECT '[' || group_concat(doc, ',') || ']' FROM"
                        " (SELECT doc FROM next_actions ORDER BY due, step_id)").fetchone()[0]
    return text or "[]"


def _step(key: str, doc: str) -> Step:
    import json

    from followup.core.model import Channel, Step, StepKind, StepStatus

    d: dict[str, Any] = json.loads(doc)
    return Step(
        id=int(d["id"]), application_id=int(d["application_id"]), key=key,
        kind=StepKind(d["kind"]), channel=Channel(d["channel"]), to=tuple(d["to"]),
        due=date.fromisoformat(d["due"]), latest=date.fromisoformat(d["latest"]),
        status=StepStatus(d["status"]), rule=d["rule"], why=d["why"], touch=int(d["touch"]),
        via=d["via"], done_on=date.fromisoformat(d["done_on"]) if d["done_on"] else None,
        company=d["company"], projected=bool(d["projected"]))


def actions(conn: sqlite3.Connection, now: datetime, *, late: bool | None = None,
            limit: int = -1, offset: int = 0) -> tuple[list[Step], int]:
    """Kept next actions earliest first, `limit` of them from `offset`, and how many there
    are; `late`: only those whose window has closed at `now` (True) or only the others."""
    where, args = "", tuple[str, ...]()
    if late is not None:
        where, args = ("WHERE latest <= ?" if late else "WHERE latest > ?"), (stamp(now),)
    total = int(conn.execute(f"SELECT count(*) FROM next_actions {where}", args).fetchone()[0])
    rows = conn.execute(f"SELECT key, doc FROM next_actions {where} ORDER BY due, step_id"
                        " LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
    return [_step(k, d) for k, d in rows], total


NextRow = tuple[str | None, str | None, str | None]  # next_due, next_kind, next_latest


def next_steps(conn: sqlite3.Connection, ids: list[int]) -> dict[int, NextRow]:
    """The kept next step of each of `ids`."""
    import json

    return {int(r[0]): (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT application_id, next_due, next_kind, next_latest FROM app_next"
        " WHERE application_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def next_steps_by(conn: sqlite3.Connection, until: date) -> list[tuple[int, str, str]]:
    """The kept next step (id, day, latest day) of every application, due by `until`."""
    return [(int(i), d, last) for i, d, last in conn.execute(
        "SELECT next_id, next_due, next_latest FROM app_next INDEXED BY app_next_order"
        " WHERE next_due IS NOT NULL AND next_due <= ?", (until.isoformat(),))]


def by_next_day(conn: sqlite3.Connection, status: str | None, wanted: set[int] | None
                ) -> list[int]:
    """Applications (of `status`, of `wanted`) in the order of their next step's day, then
    id; those without one after them, by id."""
    where = "" if status is None else " AND a.status = ?"
    args: tuple[Any, ...] = () if status is None else (status,)
    order = [int(r[0]) for query in (
        "SELECT n.application_id FROM app_next n INDEXED BY app_next_order"
        " JOIN applications a ON a.id = n.application_id WHERE n.next_due IS NOT NULL"
        f"{where} ORDER BY n.next_due, n.application_id",
        "SELECT a.id FROM applications a JOIN app_next n ON n.application_id = a.id"
        f" WHERE n.next_due IS NULL{where} ORDER BY a.id") for r in conn.execute(query, args)]
    return order if wanted is None else [i for i in order if i in wanted]


def zones(conn: sqlite3.Connection) -> list[str]:
    """The zones the applications' days are in (app_next.tz, migration 29): a few names."""
    return [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT tz FROM app_next WHERE tz IS NOT NULL")]


def zones_of(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """The zone each of the applications `ids` has its days in (those that have one)."""
    import json

    return {int(i): str(z) for i, z in conn.execute(
        "SELECT application_id, tz FROM app_next WHERE tz IS NOT NULL AND application_id IN"
        " (SELECT value FROM json_each(?))", (json.dumps(sorted(set(ids))),))}


def forget(conn: sqlite3.Connection) -> None:
    """Mark every kept answer out of date (they are worked out again on the next read)."""
    conn.execute(f"UPDATE app_next SET {_OUT}")
