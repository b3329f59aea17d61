"""Tables worked out from the others, kept in step by triggers (migration 16).

`list --json` read each application's next step and last touch with four look-ups per row and
wrote its JSON text field by field (~120 ms at 10,000 applications); `stats` walked every touch
carried out. What does not depend on the day is kept here instead, worked out again for an
application by triggers whenever it, one of its steps, events or interviews changes:

- app_overview, one row per application: the day of the last touch (a step carried out, an
  answer, an interview), the JSON lines `list --json` prints for it (as json.dumps(indent=2)
  writes them: store.reads and a test hold the two equal), and for `stats` the number of
  interviews, the day the process began (the first interview, else the day it was added),
  the first answer's day and whether an offer came. The next step is not here: it is
  core.upnext's, kept in app_next (store.upnext, migration 20);
- app_touches: each application's touches carried out by channel and touch number, and how
  many of them an answer followed before the next touch (core.stats.answered_touches).

Never exported, never journaled by an import (TABLES): rebuilt from the data. A migration
that changes what they hold drops and fills them again: SCRIPT is migration 33's (a cancelled
interview is no contact, no round and no start of the process: HELD; an invitation's
cancellation refreshes its application).
Migration 16's text, which still held a next step, is kept as it shipped in store/frozen/16.sql,
and migration 21's (the next step gone) in store/frozen/21.sql; a test holds every shipped
migration's text to its checksum.
"""

from __future__ import annotations

TABLES = frozenset({"app_overview", "app_touches"})

# Unqualified: each names the columns of the innermost table of the query it is written in.
_TOUCH = "status = 'done' AND done_on IS NOT NULL AND kind IN ('thank_you', 'follow_up', 'call')"
_ANSWER = "kind IN ('reply', 'offer', 'rejected')"
# An interview that took place, or may still: not one whose invitation the employer cancelled
# (a meeting that never happened is no contact). Over a row of `interviews` named `row`.
HELD = ("NOT EXISTS (SELECT 1 FROM invitations v WHERE v.interview_id = {row}.id"
        " AND v.cancelled)")


def _json_lines(keys: tuple[str, ...]) -> str:
    """SQL for the lines of `keys` as json.dumps(indent=2) writes them in a list of objects,
    each line ended by a comma and a newline."""
    return " || ".join(f"'    \"{k}\": ' || json_quote({k}) || ',' || char(10)" for k in keys)


_OVERVIEW = ("application_id, last_contact, last_day, head, tail, playbook, status, rounds,"
             " start, first_answer, offer")
_TOUCHES = "application_id, channel, touch, touches, answered"

_TABLES_SQL = f"""
CREATE TABLE app_overview (
    application_id INTEGER PRIMARY KEY,
    last_contact TEXT,
    last_day REAL,  -- julianday(last_contact)
    head TEXT NOT NULL,  -- the object's opening and its lines id .. playbook
    tail TEXT NOT NULL,  -- its line last_contact, and the last key
    playbook TEXT NOT NULL,
    status TEXT NOT NULL,
    rounds INTEGER,  -- how many interviews held (NULL: none; a cancelled one is none)
    start TEXT NOT NULL,  -- the first held interview's day, else the day it was added
    first_answer TEXT,  -- the first reply, offer or rejection's day
    offer INTEGER  -- 1 when an offer came, 0 when only other answers, NULL: no answer
);
CREATE VIEW app_overview_source AS
    SELECT *, julianday(last_contact) AS last_day,
           '  {{' || char(10)
               || {_json_lines(("id", "company", "role", "status", "playbook"))} AS head,
           {_json_lines(("last_contact",))}
               || '    "days_since_contact": ' AS tail
    FROM (SELECT *, nullif(max(coalesce(last_done, ''), coalesce(last_answer, ''),
                               coalesce(last_interview, '')), '') AS last_contact
          -- GROUP BY: one row per application as it is, and each look-up made once (the
          -- query is not flattened into the one above, and the trigger's WHERE still reaches it)
          FROM (SELECT a.id AS application_id, a.id, a.company, a.role, a.status, a.playbook,
                       (SELECT max(done_on) FROM steps WHERE application_id = a.id
                        AND status = 'done' AND kind NOT IN ('close', 'network')) AS last_done,
                       (SELECT max(on_date) FROM events WHERE application_id = a.id
                        AND kind IN ('reply', 'offer', 'rejected', 'withdrawn')) AS last_answer,
                       (SELECT max(substr(i.at, 1, 10)) FROM interviews i
                        WHERE i.application_id = a.id AND {HELD.format(row="i")})
                           AS last_interview,
                       nullif((SELECT count(*) FROM interviews i WHERE i.application_id = a.id
                               AND {HELD.format(row="i")}), 0) AS rounds,
                       coalesce((SELECT min(substr(i.at, 1, 10)) FROM interviews i
                                 WHERE i.application_id = a.id AND {HELD.format(row="i")}),
                                substr(a.created_at, 1, 10)) AS start,
                       (SELECT min(substr(on_date, 1, 10)) FROM events
                        WHERE application_id = a.id AND {_ANSWER}) AS first_answer,
                       (SELECT max(kind = 'offer') FROM events WHERE application_id = a.id
                        AND {_ANSWER}) AS offer
                FROM applications a
                GROUP BY a.id));
CREATE TABLE app_touches (
    application_id INTEGER NOT NULL,
    channel TEXT NOT NULL,
    touch INTEGER NOT NULL,
    touches INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    PRIMARY KEY (application_id, channel, touch)
);
CREATE VIEW app_touches_source AS
    SELECT s.application_id, s.channel, s.touch, count(*) AS touches,
           sum(EXISTS (SELECT 1 FROM events e WHERE e.application_id = s.application_id
                       AND {_ANSWER} AND substr(e.on_date, 1, 10) >= substr(s.done_on, 1, 10)
                       AND substr(e.on_date, 1, 10) < coalesce(
                           (SELECT min(substr(t.done_on, 1, 10)) FROM steps t
                            WHERE t.application_id = s.application_id AND {_TOUCH}
                            AND substr(t.done_on, 1, 10) > substr(s.done_on, 1, 10)),
                           '9999-12-31'))) AS answered
    FROM steps s WHERE {_TOUCH}
    GROUP BY s.application_id, s.channel, s.touch;
INSERT INTO app_overview SELECT {_OVERVIEW} FROM app_overview_source;
INSERT INTO app_touches SELECT {_TOUCHES} FROM app_touches_source;
CREATE INDEX app_overview_stats
    ON app_overview(playbook, status, first_answer, rounds, offer, start);
CREATE INDEX app_touches_sums ON app_touches(channel, touch, touches, answered);
CREATE TRIGGER app_overview_app_delete AFTER DELETE ON applications BEGIN
    DELETE FROM app_overview WHERE application_id = OLD.id;
    DELETE FROM app_touches WHERE application_id = OLD.id;
END;
"""


def _refresh(table: str, columns: str, ids: str) -> str:
    return (f"DELETE FROM {table} WHERE application_id IN ({ids});"
            f" INSERT INTO {table} SELECT {columns} FROM {table}_source"
            f" WHERE application_id IN ({ids});")


# What each table's rows feed: (table, its application's key, the columns read, and for each
# kept table the rows that matter to it: SQL over a row as R, or None for every row).
_FEEDS = (
    ("applications", "id", ("company", "role", "status", "playbook"),
     (("app_overview", None),)),
    ("steps", "application_id",
     ("status", "due", "kind", "latest", "done_on", "channel", "touch"),
     (("app_overview", None),
      ("app_touches", "R.status = 'done' AND R.kind IN ('thank_you', 'follow_up', 'call')"))),
    ("events", "application_id", ("kind", "on_date"),
     (("app_overview", None), ("app_touches", f"R.{_ANSWER}"))),
    ("interviews", "application_id", ("at",), (("app_overview", None),)),
    # Migration 33: an invitation cancelled (or sent again) changes its interview's last touch.
    ("invitations", "interview_id", ("cancelled",), (("app_overview", None),)),
)

# The application a row of each table belongs to, over the row `r` (OLD or NEW).
_APPLICATION = {
    "invitations": "(SELECT application_id FROM interviews WHERE id = {r}.interview_id)"}


def _trigger_names() -> list[str]:
    return ["app_overview_app_delete"] + [
        f"{target}_{table}_{event}" for table, _, _, kept in _FEEDS
        for event in ("insert", "delete", "update") for target, _ in kept
        if (table, event) != ("applications", "delete")]


def _drop() -> str:
    """Migration 16's derived tables, views and triggers (its indexes on the data's own tables
    stay: what they serve has not changed)."""
    return "".join([f"DROP TRIGGER IF EXISTS {name};\n" for name in _trigger_names()] + [
        "DROP VIEW IF EXISTS app_overview_source;\nDROP VIEW IF EXISTS app_touches_source;\n"
        "DROP TABLE IF EXISTS app_overview;\nDROP TABLE IF EXISTS app_touches;\n"])


def _triggers() -> str:
    """One trigger per table, change and kept table. An update fires only when a column read
    really changed (re-planning rewrites every step of an application, most as they were),
    and app_touches only for the touches and answers."""
    out = []
    for table, key, watched, kept in _FEEDS:
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (key, *watched))
        app = _APPLICATION.get(table, "{r}." + key)
        old, new = app.format(r="OLD"), app.format(r="NEW")
        for event, columns, ids, rows in (
                ("insert", "", new, ("NEW",)), ("delete", "", old, ("OLD",)),
                ("update", f" OF {key}, {', '.join(watched)}", f"{old}, {new}",
                 ("OLD", "NEW"))):
            for target, matters in kept:
                if (table, event) == ("applications", "delete"):
                    continue  # app_overview_app_delete above
                when = [f"({changed})"] if event == "update" else []
                if matters:
                    when.append("(" + " OR ".join(matters.replace("R.", f"{r}.")
                                                  for r in rows) + ")")
                body = _refresh(target, _OVERVIEW if target == "app_overview" else _TOUCHES,
                                ids)
                out.append(f"CREATE TRIGGER {target}_{table}_{event} AFTER {event.upper()}"
                           f"{columns} ON {table}"
                           f"{' WHEN ' + ' AND '.join(when) if when else ''}"
                           f" BEGIN {body} END;")
    return "\n".join(out)


SCRIPT = _drop() + _TABLES_SQL + _triggers()
