"""Read-only queries of `list` whose JSON SQLite writes itself (a Python object per row and
json.dumps cost ~120 ms at 10,000 applications). The next step of each application is
core.upnext's, kept in app_next (store.upnext); the last touch is app_overview's
(store.derived)."""

from __future__ import annotations

import sqlite3


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


# `list`: one row per application with its next step as core.upnext said it for :day (kept in
# app_next: service.upnext.refresh makes every row hold on :day first) and the day of the last
# touch carried out (a step done, an answer from the employer, an interview: app_overview),
# counted from the day it is in the application's zone ({today}: `_today`, by app_next.tz;
# :day, the candidate's, only for a row without one).
_OVERVIEW = """
SELECT a.id, a.company, a.role, a.status, a.playbook, n.next_due, n.next_kind, n.next_latest,
       v.last_contact, CAST({today} - v.last_day AS INTEGER) AS days_since_contact,
       instr(coalesce(a.notes, ''), 'time unknown:') > 0 AS time_unknown
FROM applications a
LEFT JOIN app_overview v ON v.application_id = a.id
LEFT JOIN app_next n ON n.application_id = a.id
WHERE :status IS NULL OR a.status = :status
ORDER BY a.id {order} {limit}
"""
_KEYS = ("id", "company", "role", "status", "playbook", "next_due", "next_kind", "next_latest",
         "last_contact", "days_since_contact", "time_unknown")
# The JSON document of `list --json` exactly as json.dumps(..., indent=2, ensure_ascii=False)
# writes it, one application per object: SQLite's json_quote escapes as Python does (\", \\,
# \n, \t, \u00XX for the other control characters; anything else as it is). Each object's
# lines are kept written: app_overview's head (id .. playbook), app_next's lines (next_due ..
# next_latest), app_overview's tail (last_contact and the last key); only the days since the
# last touch are written here. app_overview and app_next hold a row per application. A
# template: {today} is `_today`'s expression ("}}" a brace).
OVERVIEW_JSON = """
SELECT group_concat(v.head || n.lines || v.tail
                    || json_quote(CAST({today} - v.last_day AS INTEGER))
                    || char(10) || '  }}', ',' || char(10))
FROM app_overview v JOIN app_next n ON n.application_id = v.application_id
WHERE :status IS NULL OR v.application_id IN (SELECT id FROM applications WHERE status = :status)
"""


def _today(day: str, days: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The julian day it is for each row, by its zone (`days`: zone -> ISO day, from
    core.when.days_in), else `day`: a CASE over the few zones, each day a parameter (a
    JSON look-up per row cost ~25% of `list --json`'s query)."""
    args = {"day": day}
    whens = []
    for i, (zone, on) in enumerate(sorted(days.items())):
        args[f"z{i}"], args[f"d{i}"] = zone, on
        whens.append(f"WHEN :z{i} THEN julianday(:d{i})")
    if not whens:
        return "julianday(:day)", args
    return f"CASE n.tz {' '.join(whens)} ELSE julianday(:day) END", args


def overview_json(conn: sqlite3.Connection, day: str, days: dict[str, str],
                  status: str | None = None) -> str:
    """Every application (or those of one status) as `list --json` prints it, by id."""
    today, args = _today(day, days)
    text = conn.execute(OVERVIEW_JSON.format(today=today), {**args, "status": status}
                        ).fetchone()[0]
    return "[]" if text is None else f"[\n{text}\n]"


def overview_rows(conn: sqlite3.Connection, day: str, days: dict[str, str],
                  status: str | None = None, limit: int | None = None
                  ) -> list[tuple[object, ...]]:
    """The rows of `list` (columns as _KEYS), by id; with `limit`, only the newest ones."""
    today, args = _today(day, days)
    query = (_OVERVIEW.format(order="", limit="", today=today) if limit is None
             else _OVERVIEW.format(order="DESC", limit=f"LIMIT {int(limit)}", today=today))
    rows = list(conn.execute(query, {**args, "status": status}))
    return rows if limit is None else rows[::-1]


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
