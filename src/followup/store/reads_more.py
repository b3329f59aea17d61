"""Read-only queries for the fast path of `contacts list` and `stats --json`: plain rows
straight from SQLite, no model objects (the ordinary path builds a Contact or an AppFacts per
row, which is most of those commands' time at ten thousand applications).

Each function gives what the ordinary path's objects would have given; tests compare the two
paths' output on the same database.
"""

from __future__ import annotations

import sqlite3

# One line of `contacts list` per person: the first address (the main one, else the first
# extra one by position), else the first phone likewise, as store.contacts loads a Card.
_CONTACT_ROWS = """
SELECT c.id, c.name, c.title, c.company, coalesce(
    nullif(c.email, ''),
    (SELECT value FROM contact_details WHERE contact_id = c.id AND kind = 'email'
     ORDER BY position LIMIT 1),
    nullif(c.phone, ''),
    (SELECT value FROM contact_details WHERE contact_id = c.id AND kind = 'phone'
     ORDER BY position LIMIT 1))
FROM contacts c
"""
# What each person did in which application (C4, T6), as `contacts list` shows a role:
# "interviewer at Acme (#12)", each once, sorted by person then text (SQLite's BINARY order
# of UTF-8 is Python's order of str).
_ROLES = """
SELECT v.contact_id, 'interviewer at ' || a.company || ' (#' || a.id || ')' FROM interviewers v
    JOIN interviews i ON i.id = v.interview_id JOIN applications a ON a.id = i.application_id
UNION
SELECT i.coordinator_id, 'coordinator at ' || a.company || ' (#' || a.id || ')'
    FROM interviews i JOIN applications a ON a.id = i.application_id
    WHERE i.coordinator_id IS NOT NULL
ORDER BY 1, 2
"""

ContactRow = tuple[int, str, str | None, str | None, str | None, list[str]]


def contact_rows(conn: sqlite3.Connection) -> list[ContactRow]:
    """Everyone as (id, name, title, company, first email or phone, roles), by id; a role
    reads "interviewer at Acme (#12)", each once, sorted."""
    seen: dict[int, list[str]] = {}
    for cid, role in conn.execute(_ROLES):
        seen.setdefault(cid, []).append(role)
    return [(cid, name, title, company, reach, seen.get(cid, []))
            for cid, name, title, company, reach in conn.execute(_CONTACT_ROWS)]
