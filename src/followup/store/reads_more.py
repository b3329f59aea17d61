"""Read-only queries for the fast path of `contacts list` and `stats --json`: plain rows
straight from SQLite, no model objects (the ordinary path builds a Contact or an AppFacts per
row, which is most of those commands' time at ten thousand applications).

Each function gives what the ordinary path's objects would have given; tests compare the two
paths' output on the same database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followup.core.stats import Counts

# One line of `contacts list` per person: the first address (the main one, else the first
# extra one by position), else the first phone likewise, as store.contacts loads a Card.
# :newest: how many of the people added last, or -1 for everyone.
_REACH = """coalesce(
    nullif(c.email, ''),
    (SELECT value FROM contact_details WHERE contact_id = c.id AND kind = 'email'
     ORDER BY position LIMIT 1),
    nullif(c.phone, ''),
    (SELECT value FROM contact_details WHERE contact_id = c.id AND kind = 'phone'
     ORDER BY position LIMIT 1))"""
_CONTACT_ROWS = f"SELECT c.id, c.name, c.title, c.company, {_REACH} FROM contacts c"
# What each person did in which application (C4, T6), as `contacts list` shows a role:
# "interviewer at Acme (#12)", each once, sorted by person then text (SQLite's BINARY order
# of UTF-8 is Python's order of str). {v} and {c} narrow it to some people.
_ROLES = """
SELECT v.contact_id, 'interviewer at ' || a.company || ' (#' || a.id || ')' FROM interviewers v
    JOIN interviews i ON i.id = v.interview_id JOIN applications a ON a.id = i.application_id
    {v}
UNION
SELECT i.coordinator_id, 'coordinator at ' || a.company || ' (#' || a.id || ')'
    FROM interviews i JOIN applications a ON a.id = i.application_id
    WHERE i.coordinator_id IS NOT NULL {c}
ORDER BY 1, 2
"""

ContactRow = tuple[int, str, str | None, str | None, str | None, list[str]]


def contact_rows(conn: sqlite3.Connection, newest: int | None = None) -> list[ContactRow]:
    """Everyone (or the `newest` people added last) as (id, name, title, company, first email
    or phone, roles), by id; a role reads "interviewer at Acme (#12)", each once, sorted."""
    if newest is None:
        people = conn.execute(_CONTACT_ROWS + " ORDER BY c.id").fetchall()
        roles = conn.execute(_ROLES.format(v="", c=""))
    else:
        people = conn.execute(_CONTACT_ROWS + " ORDER BY c.id DESC LIMIT ?",
                              (newest,)).fetchall()[::-1]
        ids = ",".join(str(int(p[0])) for p in people)
        roles = conn.execute(_ROLES.format(v=f"WHERE v.contact_id IN ({ids})",
                                           c=f"AND i.coordinator_id IN ({ids})"))
    seen: dict[int, list[str]] = {}
    for cid, role in roles:
        seen.setdefault(cid, []).append(role)
    return [(cid, name, title, company, reach, seen.get(cid, []))
            for cid, name, title, company, reach in people]


def contact_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


# Everyone as the web's contact list shows and searches them (service.contacts.contact_page):
# the line, every email address, and the companies of the applications they took part in.
_CONTACT_SEARCH = f"""
SELECT c.id, c.name, c.title, c.company, {_REACH},
    coalesce(c.email, '') || ' ' || coalesce((SELECT group_concat(value, ' ')
                                              FROM contact_details
                                              WHERE contact_id = c.id AND kind = 'email'), '')
FROM contacts c
"""
_ROLE_COMPANIES = """
SELECT v.contact_id, a.company FROM interviewers v
    JOIN interviews i ON i.id = v.interview_id JOIN applications a ON a.id = i.application_id
UNION
SELECT i.coordinator_id, a.company FROM interviews i JOIN applications a ON a.id = i.application_id
    WHERE i.coordinator_id IS NOT NULL
"""


def contact_search_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """(id, name, title, company, first email or phone, every email, role companies) each."""
    companies: dict[int, list[str]] = {}
    for cid, company in conn.execute(_ROLE_COMPANIES):
        companies.setdefault(cid, []).append(company)
    return [(*row, " ".join(companies.get(row[0], ()))) for row in conn.execute(_CONTACT_SEARCH)]


def change_mark(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes from this connection or any other since: the mark differs once any commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes


# -- stats (A5): the numbers of core.stats.compute, counted here -------------------------------
# A day is the first ten characters of a stored date or time, as store.insights reads it.
# Responses (reply, offer, rejected) and touches (thank-you, follow-up, call carried out) count
# up to :today; the cohort is the applications whose process began (first interview, else the
# day added) on or after :since.
_COHORT = """
CREATE TEMP TABLE stats_cohort AS
SELECT a.id, a.playbook, a.status, v.rounds, v.start, r.first AS first_reply, r.offer
FROM applications a
JOIN app_overview v ON v.application_id = a.id  -- rounds and start (migration 16)
LEFT JOIN (SELECT application_id, min(substr(on_date, 1, 10)) AS first,
                  max(kind = 'offer') AS offer
           FROM events INDEXED BY events_answers WHERE kind IN ('reply', 'offer', 'rejected')
           AND substr(on_date, 1, 10) <= :today GROUP BY application_id) r
       ON r.application_id = a.id
WHERE :since IS NULL OR v.start >= :since
"""
_APPS = """
SELECT count(*), count(first_reply),
       coalesce(sum(status = 'closed' AND first_reply IS NULL), 0),
       coalesce(sum(status IN ('closed', 'rejected', 'offer')), 0),
       count(rounds), coalesce(sum(rounds > 1), 0),
       coalesce(sum(status = 'offer' OR offer = 1), 0)
FROM temp.stats_cohort
"""
_DONE = "status = 'done' AND done_on IS NOT NULL AND kind IN ('thank_you', 'follow_up', 'call')"
_TOUCHED = f"{_DONE} AND substr(done_on, 1, 10) <= :today"
# The touches (thank-you, follow-up, call carried out) of the cohort, by channel and number.
_TOUCHES = f"""
SELECT channel, touch, count(*) FROM steps INDEXED BY steps_touches
WHERE {_TOUCHED} AND (:since IS NULL OR application_id IN (SELECT id FROM temp.stats_cohort))
GROUP BY 1, 2
"""
# The touches and the responses of the cohort's applications that had a response: one stream
# per application, latest day first and a day's responses before its touches, the order
# `_hits` walks (a touch elsewhere has nothing to be answered by).
_STREAM = f"""
SELECT application_id, substr(done_on, 1, 10) AS day, 0 AS response, channel, touch
FROM steps INDEXED BY steps_done WHERE application_id IN (SELECT id FROM answered) AND {_TOUCHED}
UNION ALL
SELECT application_id, substr(on_date, 1, 10), 1, NULL, NULL FROM events INDEXED BY events_answers
WHERE application_id IN (SELECT id FROM answered) AND kind IN ('reply', 'offer', 'rejected')
AND substr(on_date, 1, 10) <= :today
ORDER BY 1, 2 DESC, 3 DESC
"""
_STREAM = ("WITH answered AS MATERIALIZED (SELECT id FROM temp.stats_cohort"
           " WHERE first_reply IS NOT NULL)" + _STREAM)
# Applications added, interviews and touches per day from :first (the first week shown); a day
# may come more than once (touches are grouped in the index's order, by their stored day),
# and core.stats adds them up.
_ACTIVITY = f"""
SELECT substr(created_at, 1, 10), 0, count(*) FROM applications WHERE created_at >= :first
GROUP BY 1
UNION ALL SELECT substr(at, 1, 10), 1, count(*) FROM interviews INDEXED BY interviews_at
    WHERE at >= :first GROUP BY 1
UNION ALL SELECT substr(done_on, 1, 10), 2, count(*) FROM steps INDEXED BY steps_touch_days
    WHERE {_TOUCHED} AND done_on >= :first GROUP BY done_on
"""


def _hits(stream: Iterable[Sequence[Any]]) -> dict[tuple[str, int], int]:
    """Answered touches by (channel, touch number). A touch is answered when the first
    response on or after its day (r1) came before the application's next touch day
    (core.stats.answered_touches); walking each application's days from the latest, r1 is the
    last response seen and the next touch day the last other touch day seen."""
    hits: dict[tuple[str, int], int] = {}
    app = r1 = this_day = next_day = None
    for row_app, day, response, channel, touch in stream:
        if row_app != app:
            app, r1, this_day, next_day = row_app, None, None, None
        if response:
            r1 = day
            continue
        if day != this_day:
            next_day, this_day = this_day, day
        if r1 is not None and (next_day is None or next_day > r1):
            hits[channel, touch] = hits.get((channel, touch), 0) + 1
    return hits


def _rates(totals: Iterable[Sequence[Any]], hits: dict[tuple[str, int], int]
           ) -> tuple[tuple[tuple[str, int, int], ...], tuple[tuple[int, int, int], ...]]:
    """(label, hits, touches) by channel and by touch number."""
    channels: dict[str, list[int]] = {}
    numbers: dict[int, list[int]] = {}
    for channel, touch, n in totals:
        hit = hits.get((channel, touch), 0)
        for total in (channels.setdefault(channel, [0, 0]), numbers.setdefault(touch, [0, 0])):
            total[0] += hit
            total[1] += n
    return (tuple((k, h, n) for k, (h, n) in channels.items()),
            tuple((k, h, n) for k, (h, n) in numbers.items()))


# With no --since and nothing dated after :today, every application counts as it stands, and
# what app_overview and app_touches keep (migration 16) gives the numbers at once.
_ALL_KEPT = f"""
SELECT (SELECT max(substr(on_date, 1, 10)) FROM events INDEXED BY events_answers
        WHERE kind IN ('reply', 'offer', 'rejected')) <= :today IS NOT 0
   AND (SELECT substr(max(done_on), 1, 10) FROM steps INDEXED BY steps_touch_days
        WHERE {_DONE}) <= :today IS NOT 0
"""
KEPT_GROUPS = """
SELECT playbook, status, count(*), count(first_answer), count(rounds),
       coalesce(sum(rounds > 1), 0), coalesce(sum(status = 'offer' OR offer = 1), 0)
FROM app_overview INDEXED BY app_overview_stats GROUP BY 1, 2
"""
_KEPT_REPLIES = """
SELECT CAST(julianday(first_answer) - julianday(start) AS INTEGER)
FROM app_overview INDEXED BY app_overview_stats WHERE first_answer IS NOT NULL
"""
_Parts = tuple[tuple[int, int, int, int, int, int, int], tuple[tuple[str, int, int], ...],
               tuple[tuple[str, int], ...], tuple[int, ...],
               tuple[tuple[str, int, int], ...], tuple[tuple[int, int, int], ...]]


def _kept(conn: sqlite3.Connection) -> _Parts:
    """The counts of every application from app_overview and app_touches."""
    from followup.core.stats import ENDED

    totals = [0] * 7  # applications, heard, ghosted, ended, interviewed, more rounds, offers
    playbooks: dict[str, list[int]] = {}
    status: dict[str, int] = {}
    for playbook, state, n, heard, interviewed, more, offers in conn.execute(KEPT_GROUPS):
        for i, value in enumerate((n, heard, n - heard if state == "closed" else 0,
                                   n if state in ENDED else 0, interviewed, more, offers)):
            totals[i] += value
        counts = playbooks.setdefault(playbook, [0, 0])
        counts[0] += heard
        counts[1] += n
        status[state] = status.get(state, 0) + n
    replies = tuple(int(n) for (n,) in conn.execute(_KEPT_REPLIES))
    touches = conn.execute("SELECT channel, touch, sum(touches), sum(answered)"
                           " FROM app_touches INDEXED BY app_touches_sums GROUP BY 1, 2"
                           ).fetchall()
    apps, heard, ghosted, ended, interviewed, more, offers = totals
    return ((apps, heard, ghosted, ended, interviewed, more, offers),
            tuple((p, h, n) for p, (h, n) in playbooks.items()), tuple(status.items()),
            replies, *_rates([(c, t, n) for c, t, n, _ in touches],
                             {(c, t): hits for c, t, _, hits in touches}))


def _cohort(conn: sqlite3.Connection, args: dict[str, str | None]) -> _Parts:
    """The counts of the applications begun since :since, as they stood on :today."""
    conn.execute("DROP TABLE IF EXISTS temp.stats_cohort")
    conn.execute(_COHORT, args)
    try:
        numbers = conn.execute(_APPS).fetchone()
        playbooks = tuple(tuple(r) for r in conn.execute(
            "SELECT playbook, count(first_reply), count(*) FROM temp.stats_cohort"
            " GROUP BY playbook"))
        status = tuple(tuple(r) for r in conn.execute(
            "SELECT status, count(*) FROM temp.stats_cohort GROUP BY status"))
        replies = tuple(int(n) for (n,) in conn.execute(
            "SELECT CAST(julianday(first_reply) - julianday(start) AS INTEGER)"
            " FROM temp.stats_cohort WHERE first_reply IS NOT NULL"))
        by_channel, by_touch = _rates(conn.execute(_TOUCHES, args).fetchall(),
                                      _hits(conn.execute(_STREAM, args)))
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.stats_cohort")
    return numbers, playbooks, status, replies, by_channel, by_touch


def stats_counts(conn: sqlite3.Connection, today: date, since: date | None, weeks: int = 8
                 ) -> Counts:
    """The counts behind `followup stats`, on `today`, for processes begun since `since`;
    the activity of the weeks `core.stats.from_counts` shows for `weeks`."""
    from datetime import date as day_of

    from followup.core.stats import Counts, first_week

    args = {"today": today.isoformat(), "since": since.isoformat() if since else None,
            "first": first_week(today, since, weeks).isoformat()}
    conn.execute("SAVEPOINT stats_counts")  # one snapshot for the several queries
    try:
        kept = since is None and conn.execute(_ALL_KEPT, args).fetchone()[0]
        numbers, playbooks, status, replies, by_channel, by_touch = (
            _kept(conn) if kept else _cohort(conn, args))
        activity = tuple((day_of.fromisoformat(d), slot, n)
                         for d, slot, n in conn.execute(_ACTIVITY, args))
    finally:
        conn.execute("RELEASE stats_counts")
    apps, heard, ghosted, ended, interviewed, more, offers = numbers
    return Counts(
        applications=apps, heard=heard, by_playbook=playbooks,
        by_channel=by_channel, by_touch=by_touch, days_to_first_reply=replies,
        ghosted=ghosted, ended=ended, by_status=status, interviewed=interviewed,
        more_rounds=more, offers=offers, activity=activity)
