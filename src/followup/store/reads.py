"""Read-only queries whose JSON SQLite writes itself.

`today --json` is the command scripts call most; building a Step object per row and encoding
it in Python costs ~50 ms at a few thousand due steps, while SQLite's json1 functions give the
same document in a few milliseconds. The keys and their order are those of `jsonout.due_step`
(a test compares the two).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from followup.core.when import stamp
from followup.core.words import MISSED_THANKS

# The next actions (rolling plan): a step to do now, not one whose day assumes an earlier
# touch is made first, and not a thank-you whose window has passed (T2, T3). Its parameter
# :now is the moment the list is for, compared with each step's window (opens_at, closes_at:
# real time, worked out in the zone of its plan, store/windows.py), so that "due today" is
# decided in that zone. The store's `today` and `agenda` use it too.
# (:ahead, the date now where it is latest, UTC+14, bounds `due` so that the index serves
# both the search and the order by due.)
ACTIONABLE = ("s.status = 'pending' AND s.projected = 0 AND s.due <= :ahead"
              " AND s.opens_at <= :now AND NOT (s.kind = 'thank_you' AND s.closes_at <= :now)")
# A step's why as it reads at :now: the first touch after a thank-you whose window has passed
# since the plan was last made says to carry the thanks (T2, T7). Takes :missed as well.
WHY_ON_DAY = (
    "s.why || CASE WHEN s.touch = 2 AND s.kind != 'thank_you' AND instr(s.why, :missed) = 0"
    " AND EXISTS (SELECT 1 FROM steps t WHERE t.application_id = s.application_id"
    " AND t.kind = 'thank_you' AND t.status IN ('pending', 'missed') AND t.closes_at <= :now"
    " AND substr(t.key, 1, instr(t.key, ':')) = substr(s.key, 1, instr(s.key, ':')))"
    " THEN :missed ELSE '' END")


def on_day(now: datetime) -> dict[str, str]:
    """The parameters of ACTIONABLE and WHY_ON_DAY at the moment `now` (aware)."""
    ahead = (now.astimezone(UTC) + timedelta(hours=14)).date().isoformat()
    return {"now": stamp(now), "ahead": ahead, "missed": " " + MISSED_THANKS}


_DUE_STEPS = f"""
SELECT coalesce(json_group_array(json(doc)), '[]') FROM (
    SELECT json_object(
        'id', s.id, 'kind', s.kind, 'channel', s.channel, 'to', json(s.recipients),
        'due', s.due, 'latest', s.latest, 'status', s.status, 'rule', s.rule, 'why', {WHY_ON_DAY},
        'touch', s.touch, 'via', s.via, 'done_on', s.done_on,
        'projected', json('false'),  -- a next action is never a projection (ACTIONABLE)
        'application_id', s.application_id, 'company', a.company
    ) AS doc
    FROM steps s JOIN applications a ON a.id = s.application_id
    WHERE {ACTIONABLE}
    ORDER BY s.due, s.id
)
"""


def due_steps_json(conn: sqlite3.Connection, now: datetime) -> str:
    """The next actions at the moment `now`, earliest first, as a JSON array."""
    return str(conn.execute(_DUE_STEPS, on_day(now)).fetchone()[0])


def open_current(path: str, version: int) -> sqlite3.Connection | None:
    """A connection to an existing database already at `version`, for reading only, else None
    (the caller then takes the ordinary path, which creates or upgrades the file).

    Not opened with `mode=ro`: a WAL database whose -shm file is gone cannot be read that way.
    """
    import os

    if not os.path.isfile(path):  # noqa: PTH113 (pathlib: ~6 ms of start-up)
        return None
    try:
        conn = sqlite3.connect(path, timeout=60)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout = 60000")
        if conn.execute("PRAGMA user_version").fetchone()[0] != version or conn.execute(
                "SELECT 1 FROM imports WHERE state = 'running' LIMIT 1").fetchone():
            # an import under way, or a killed one the ordinary path takes back first
            conn.close()
            return None
    except sqlite3.Error:
        conn.close()
        return None
    return conn


# `list`: one row per application with its next step as of :day (a thank-you whose window has
# passed is not one) and the day of the last touch carried out (a step done, an answer from
# the employer, an interview). The same columns as Store.overview: app_overview (migration 16)
# keeps the first pending step that is not a thank-you, the last touch, and the last day of
# the open thank-yous' windows; only where that day is not past is a thank-you looked up,
# the first one (by due, then id) still in its window that comes before the kept step.
_THANKS_NEXT = """(SELECT {what} FROM steps t
    WHERE t.application_id = v.application_id AND t.status = 'pending' AND t.kind = 'thank_you'
    AND t.latest >= :day AND (v.next_id IS NULL OR t.due < v.next_due
                              OR (t.due = v.next_due AND t.id < v.next_id))
    ORDER BY t.due, t.id LIMIT 1)"""
_OVERVIEW = f"""
WITH o AS (
    SELECT a.id, a.company, a.role, a.status, a.playbook, v.last_contact, v.next_due,
           v.next_kind, v.next_latest, CAST(julianday(:day) - v.last_day AS INTEGER) AS days,
           iif(v.thanks_until >= :day, {_THANKS_NEXT.format(what="t.id")}, NULL) AS thanks
    FROM applications a
    LEFT JOIN app_overview v ON v.application_id = a.id
    WHERE :status IS NULL OR a.status = :status
    ORDER BY a.id {{order}} {{limit}}
)
"""
_ROWS = """
SELECT o.id, company, role, o.status, playbook,
       iif(thanks, t.due, next_due) AS next_due,
       iif(thanks, 'thank_you', next_kind) AS next_kind,
       iif(thanks, t.latest, next_latest) AS next_latest, last_contact,
       days AS days_since_contact
FROM o LEFT JOIN steps t ON t.id = o.thanks ORDER BY o.id
"""
_KEYS = ("id", "company", "role", "status", "playbook", "next_due", "next_kind", "next_latest",
         "last_contact", "days_since_contact")
# The JSON document of `list --json` exactly as json.dumps(..., indent=2, ensure_ascii=False)
# writes it, one application per object: SQLite's json_quote escapes as Python does (\", \\,
# \n, \t, \u00XX for the other control characters; anything else as it is). Each object's
# lines are kept written in app_overview (head: id .. playbook; tail: next_due ..
# last_contact and the last key); only a thank-you that is the next step on :day and the
# days since the last touch are written here.
_THANKS_LINES = ("'    \"next_due\": ' || json_quote(t.due) || ',' || char(10)"
                 " || '    \"next_kind\": \"thank_you\",' || char(10)"
                 " || '    \"next_latest\": ' || json_quote(t.latest) || ',' || char(10)"
                 " || '    \"last_contact\": ' || json_quote(v.last_contact) || ',' || char(10)"
                 " || '    \"days_since_contact\": '")
# app_overview holds a row per application (its triggers see to it), in id order.
OVERVIEW_JSON = f"""
SELECT group_concat(v.head || iif(v.thanks_until >= :day, coalesce(
                        {_THANKS_NEXT.format(what=_THANKS_LINES)}, v.tail), v.tail)
                    || json_quote(CAST(julianday(:day) - v.last_day AS INTEGER))
                    || char(10) || '  }}', ',' || char(10))
FROM app_overview v
WHERE :status IS NULL OR v.application_id IN (SELECT id FROM applications WHERE status = :status)
"""


def overview_json(conn: sqlite3.Connection, day: str, status: str | None = None) -> str:
    """Every application (or those of one status) as `list --json` prints it, by id."""
    text = conn.execute(OVERVIEW_JSON, {"day": day, "status": status}).fetchone()[0]
    return "[]" if text is None else f"[\n{text}\n]"


def overview_rows(conn: sqlite3.Connection, day: str, status: str | None = None,
                  limit: int | None = None) -> list[tuple[object, ...]]:
    """The rows of `list` (columns as _KEYS), by id; with `limit`, only the newest ones."""
    query = (_OVERVIEW.format(order="", limit="") if limit is None
             else _OVERVIEW.format(order="DESC", limit=f"LIMIT {int(limit)}")) + _ROWS
    return list(conn.execute(query, {"day": day, "status": status}))


def status_totals(conn: sqlite3.Connection) -> dict[str, int]:
    """How many applications there are of each status."""
    return {str(s): int(n) for s, n in conn.execute(
        "SELECT status, count(*) FROM applications GROUP BY status")}


def pipeline_health(conn: sqlite3.Connection) -> tuple[int, str | None]:
    """How many applications are live, and when the newest one was added (ISO text)."""
    live, newest = conn.execute(
        "SELECT (SELECT count(*) FROM applications WHERE status IN ('active', 'responded')),"
        " (SELECT max(created_at) FROM applications)").fetchone()
    return int(live), newest
