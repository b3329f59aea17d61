"""SQL for the pipeline a page at a time: search, sort and count by status. Only the rows of
the page asked for are worked out in full, so a page costs the same at 10 applications as at
10,000."""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from followup.store.sqlite import Area, Store

# sort name -> ORDER BY over the filtered applications (a); "next": the day of the next step
# as core.upnext said it, kept in app_next (n) and brought up to date before a page is read
SORTS = {
    "next": "coalesce(n.next_due, '9999-12-31'), a.id",
    "company": "lower(a.company), a.id",
    "role": "lower(a.role), a.id",
    "newest": "a.created_at DESC, a.id DESC",
    "oldest": "a.created_at, a.id",
}
ENDED = ("offer", "rejected", "withdrawn", "closed")  # no next step: "next" is by id


# What a search matched, the counts by status, the order of a sort: kept per connection until
# the database changes (the pages stop recounting 10,000 rows each time).
_MEMOS: weakref.WeakKeyDictionary[Store, tuple[tuple[int, int], dict[Any, Any]]] = \
    weakref.WeakKeyDictionary()
_MEMO_SIZE = 64


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(status: str | None, ids: list[int] | None) -> tuple[str, list[Any]]:
    parts, args = [], []
    if status:
        parts.append("a.status = ?")
        args.append(status)
    if ids is not None:
        parts.append("a.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(ids))
    return ("WHERE " + " AND ".join(parts)) if parts else "", args


_FEW = 300  # matches up to this many are ordered by working out each one's next day


class Pipeline(Area):
    """The SQL for the pipeline's pages: search, sorts, counts and history (`store.pipeline`)."""

    def _memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """`compute()`, or what it gave last time if nothing was written since: a write through
        this connection moves its `total_changes`, a commit by any other moves `PRAGMA
        data_version`. The version is read after a read of the schema, so inside a transaction
        it is that of the transaction's snapshot."""
        conn = self.conn
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        version = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        held = _MEMOS.get(self.store)
        if held is None or held[0] != version or len(held[1]) > _MEMO_SIZE:
            held = _MEMOS[self.store] = (version, {})
        if key not in held[1]:
            held[1][key] = compute()
        return held[1][key]

    def matching(self, query: str) -> list[int]:
        """Ids of the applications whose company, role or an interviewer's name holds `query`,
        ignoring case. Three characters or more are looked up in the trigram index (migration 14);
        a shorter text cannot be, so it is compared row by row with LIKE."""
        found: list[int] = self._memo(("match", query), lambda: self._matching(query))
        return list(found)

    def _matching(self, query: str) -> list[int]:
        if len(query) >= 3:
            phrase = '"' + query.replace('"', '""') + '"'  # the whole text, not FTS5 syntax
            return [int(r[0]) for r in self.conn.execute(
                "SELECT rowid FROM app_search WHERE app_search MATCH ?", (phrase,))]
        return [int(r[0]) for r in self.conn.execute(
            "SELECT rowid FROM app_search WHERE company LIKE ?1 ESCAPE '\\' OR role LIKE ?1"
            " ESCAPE '\\' OR people LIKE ?1 ESCAPE '\\'", (_like(query),))]

    def overview_page(self, *, status: str | None, ids: list[int] | None, sort: str,
                      limit: int, offset: int) -> tuple[list[sqlite3.Row], int]:
        """One page of applications (the same columns as `Store.overview`) and how many match;
        `ids` (when given) holds the search's matches."""
        where, args = _where(status, ids)
        key = None if ids is None else tuple(ids)
        total: int = self._memo(("total", status, key), lambda: int(self.rows(
            f"SELECT count(*) AS n FROM applications a {where}", args)[0]["n"]))
        order = "a.id" if sort == "next" and status in ENDED else SORTS[sort]
        if order == SORTS["next"] and (ids is None or len(ids) > _FEW):
            from followup.store.upnext import by_next_day

            wanted = None if ids is None else set(ids)
            ordered: list[int] = self._memo(("order", status, key, order), lambda: by_next_day(
                self.conn, status, wanted))
            found = ordered[offset:offset + limit]
        elif order == SORTS["next"]:
            found = [int(r["id"]) for r in self.rows(
                "SELECT a.id FROM applications a LEFT JOIN app_next n ON n.application_id ="
                f" a.id {where} ORDER BY {order} LIMIT ? OFFSET ?", (*args, limit, offset))]
        else:  # the whole order once, then a page is a slice of it until something changes
            ordered = self._memo(("order", status, key, order), lambda: [
                int(r[0]) for r in self.conn.execute(
                    f"SELECT a.id FROM applications a {where} ORDER BY {order}", tuple(args))])
            found = ordered[offset:offset + limit]
        if not found:
            return [], total
        rows = self.rows(
            "SELECT a.id, a.company, a.role, a.status, a.playbook, a.created_at,"
            " n.next_due, n.next_kind, n.next_latest, n.tz, v.last_contact"
            " FROM applications a LEFT JOIN app_next n ON n.application_id = a.id"
            " LEFT JOIN app_overview v ON v.application_id = a.id"  # the last touch: derived's
            " WHERE a.id IN (SELECT value FROM json_each(?))",
            (json.dumps(found),))
        by_id = {int(r["id"]): r for r in rows}
        return [by_id[i] for i in found if i in by_id], total

    def status_counts(self, ids: list[int] | None) -> dict[str, int]:
        """How many applications (of `ids`, when given) each status holds."""
        where, args = _where(None, ids)
        counts: dict[str, int] = self._memo(("counts", None if ids is None else tuple(ids)),
                                       lambda: {r["status"]: int(r["n"]) for r in self.rows(
            f"SELECT a.status, count(*) AS n FROM applications a {where} GROUP BY a.status",
            args)})
        return dict(counts)

    def step_changes(self, app_id: int) -> list[sqlite3.Row]:
        """The steps the candidate put off, left out, or that a change cancelled, with the time
        of their last change and what else happened at that very moment (one `now` is written by
        the whole of one service call): an event's kind, a new round, or an edit."""
        return self.rows(
            "SELECT s.id, s.kind, s.channel, s.recipients, s.via, s.due, s.status, s.rule,"
            " s.snoozed_until, s.snooze_reason, s.updated_at,"
            " (SELECT e.kind FROM events e WHERE e.application_id = s.application_id"
            "   AND e.created_at = s.updated_at ORDER BY e.id DESC LIMIT 1) AS event,"
            " (SELECT i.round FROM interviews i WHERE i.application_id = s.application_id"
            "   AND i.created_at = s.updated_at) AS round"
            " FROM steps s WHERE s.application_id = ? AND (s.status IN ('skipped', 'cancelled')"
            " OR s.snoozed_until IS NOT NULL) ORDER BY s.updated_at, s.id", (app_id,))
