"""SQL for the pipeline a page at a time: search, sort, count by status, and the due steps in
pages. Only the rows of the page asked for are worked out in full, so a page costs the same
at 10 applications as at 10,000."""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from followup.core.model import Step
from followup.store.sqlite import Area, Store

_NEXT_DUE = ("(SELECT min(due) FROM steps WHERE application_id = a.id"
             " AND status = 'pending')")
# only live applications have pending steps: the others skip the look-up
_NEXT_KEY = f"(CASE WHEN a.status IN ('active', 'responded') THEN {_NEXT_DUE} END)"
# sort name -> ORDER BY over the filtered applications (a)
SORTS = {
    "next": "k, a.id",  # k: the next due day (none: last), worked out once per row
    "company": "lower(a.company), a.id",
    "role": "lower(a.role), a.id",
    "newest": "a.created_at DESC, a.id DESC",
    "oldest": "a.created_at, a.id",
}
ENDED = ("offer", "rejected", "withdrawn", "closed")  # no pending steps: "next" is by id


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

    def _next_first(self, status: str | None, ids: list[int] | None, limit: int,
                    offset: int) -> list[int]:
        """A page in the "next" order (earliest pending step first, ties and the applications
        without one by id) without working out every application's next day: the pending steps
        are read in the order of their day from the index, and reading stops once the page is
        full. The applications with nothing pending follow, by id."""
        live = ("('active', 'responded')" if status is None else "(?)") \
            if status in (None, "active", "responded") else None
        wanted = set(ids) if ids is not None else None
        order: list[int] = []
        if live is not None:
            seen: set[int] = set()
            cursor = self.conn.execute(
                "SELECT s.application_id FROM steps s CROSS JOIN applications a"
                " ON a.id = s.application_id WHERE s.status = 'pending'"
                f" AND a.status IN {live} ORDER BY s.due, s.application_id",
                () if status is None else (status,))
            for (app,) in cursor:
                if app not in seen and (wanted is None or app in wanted):
                    seen.add(app)
                    order.append(app)
                    if len(order) == offset + limit:
                        cursor.close()
                        return order[offset:]
        # every application with a pending step is in `order`: the rest come after, by id
        where, args = _where(status, ids)
        waiting = ("a.status IN ('active', 'responded') AND EXISTS (SELECT 1 FROM steps"
                   " WHERE application_id = a.id AND status = 'pending')")
        rest = [int(r[0]) for r in self.conn.execute(
            f"SELECT a.id FROM applications a {where} {'AND' if where else 'WHERE'}"
            f" NOT ({waiting}) ORDER BY a.id LIMIT ? OFFSET ?",
            (*args, min(limit, offset + limit - len(order)), max(0, offset - len(order))))]
        return order[offset:] + rest

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
            found = self._next_first(status, ids, limit, offset)
        elif order == SORTS["next"]:
            found = [int(r["id"]) for r in self.rows(
                f"SELECT a.id, coalesce({_NEXT_KEY}, '9999-12-31') AS k FROM applications a"
                f" {where} ORDER BY {order} LIMIT ? OFFSET ?", (*args, limit, offset))]
        else:  # the whole order once, then a page is a slice of it until something changes
            ordered: list[int] = self._memo(("order", status, key, order), lambda: [
                int(r[0]) for r in self.conn.execute(
                    f"SELECT a.id FROM applications a {where} ORDER BY {order}", tuple(args))])
            found = ordered[offset:offset + limit]
        if not found:
            return [], total
        rows = self.rows(
            "SELECT a.id, a.company, a.role, a.status, a.playbook, a.created_at,"
            f" {_NEXT_DUE} AS next_due,"
            " (SELECT kind FROM steps WHERE application_id = a.id AND status = 'pending'"
            "   ORDER BY due, id LIMIT 1) AS next_kind,"
            " (SELECT latest FROM steps WHERE application_id = a.id AND status = 'pending'"
            "   ORDER BY due, id LIMIT 1) AS next_latest,"
            " (SELECT max(done_on) FROM steps WHERE application_id = a.id AND status = 'done'"
            "   AND kind NOT IN ('close', 'network')) AS last_done,"
            " (SELECT max(on_date) FROM events WHERE application_id = a.id"
            "   AND kind IN ('reply', 'offer', 'rejected', 'withdrawn')) AS last_event,"
            " (SELECT max(substr(at, 1, 10)) FROM interviews WHERE application_id = a.id)"
            "   AS last_interview"
            " FROM applications a WHERE a.id IN (SELECT value FROM json_each(?))",
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

    def due_step_page(self, day: date, limit: int, offset: int
                      ) -> tuple[list[Step], int]:
        """Pending steps due by `day`, earliest first, one page of them, and how many there are."""
        d = day.isoformat()
        total = int(self.rows("SELECT count(*) AS n FROM steps WHERE status = 'pending'"
                              " AND due <= ?", (d,))[0]["n"])
        ids = [int(r["id"]) for r in self.rows(
            "SELECT id FROM steps WHERE status = 'pending' AND due <= ?"
                   " ORDER BY due, id LIMIT ? OFFSET ?", (d, limit, offset))]
        return [self.store.get_step(i) for i in ids], total

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
