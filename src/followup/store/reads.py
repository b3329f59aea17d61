"""Read-only queries whose JSON SQLite writes itself.

`today --json` is the command scripts call most; building a Step object per row and encoding
it in Python costs ~50 ms at a few thousand due steps, while SQLite's json1 functions give the
same document in a few milliseconds. The keys and their order are those of `jsonout.due_step`
(a test compares the two).
"""

from __future__ import annotations

import sqlite3

from followup.core.words import MISSED_THANKS

# The next actions (rolling plan): a step to do now, not one whose day assumes an earlier
# touch is made first, and not a thank-you whose window has passed (T2, T3). Its parameter
# :day is the day the list is for. The store's `today` and `agenda` use it too.
ACTIONABLE = ("s.status = 'pending' AND s.projected = 0 AND s.due <= :day"
              " AND NOT (s.kind = 'thank_you' AND s.latest < :day)")
# A step's why as it reads on :day: the first touch after a thank-you whose window has passed
# since the plan was last made says to carry the thanks (T2, T7). Takes :missed as well.
WHY_ON_DAY = (
    "s.why || CASE WHEN s.touch = 2 AND s.kind != 'thank_you' AND instr(s.why, :missed) = 0"
    " AND EXISTS (SELECT 1 FROM steps t WHERE t.application_id = s.application_id"
    " AND t.kind = 'thank_you' AND t.status IN ('pending', 'missed') AND t.latest < :day"
    " AND substr(t.key, 1, instr(t.key, ':')) = substr(s.key, 1, instr(s.key, ':')))"
    " THEN :missed ELSE '' END")


def on_day(day: str) -> dict[str, str]:
    """The parameters of ACTIONABLE and WHY_ON_DAY."""
    return {"day": day, "missed": " " + MISSED_THANKS}


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


def due_steps_json(conn: sqlite3.Connection, day: str) -> str:
    """Pending steps due on or before `day` (YYYY-MM-DD), earliest first, as a JSON array."""
    return str(conn.execute(_DUE_STEPS, on_day(day)).fetchone()[0])


def open_current(path: str, version: int) -> sqlite3.Connection | None:
    """A connection to an existing database already at `version`, for reading only, else None
    (the caller then takes the ordinary path, which creates or upgrades the file).

    Not opened with `mode=ro`: a WAL database whose -shm file is gone cannot be read that way.
    """
    from pathlib import Path

    if not Path(path).is_file():
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
