"""The pipeline a page at a time (the dashboard's board, table and list API): search by
company, role or interviewer, sort, and pages of at most `MAX_PAGE` applications, so the
pages cost the same however large the search has grown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from followup.core.errors import BadInput
from followup.core.model import AppStatus, Step
from followup.service import Overview, upnext
from followup.store import pipeline as sql
from followup.store.sqlite import Store

MAX_PAGE = 50
SORTS = tuple(sql.SORTS)
STATUSES = tuple(s.value for s in AppStatus)


@dataclass(frozen=True)
class Page:
    rows: list[Overview]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total


def check(status: str | None, sort: str, limit: int, offset: int) -> None:
    """The search's own words in each message, for the field it is about."""
    if status is not None and status not in STATUSES:
        raise BadInput(f"status: {status!r} is not a status; choose one of "
                       + ", ".join(STATUSES))
    if sort not in SORTS:
        raise BadInput(f"sort: {sort!r} is not a way to sort; choose one of " + ", ".join(SORTS))
    if not 1 <= limit <= MAX_PAGE:
        raise BadInput(f"limit: show from 1 to {MAX_PAGE} at a time")
    if offset < 0:
        raise BadInput("offset: must be 0 or more")


def _overview(r: object, now: datetime) -> Overview:
    from sqlite3 import Row

    from followup.core.when import day_of

    assert isinstance(r, Row)
    day = day_of(now, r["tz"])  # the days since the last touch, on its plan's calendar
    last = date.fromisoformat(r["last_contact"]) if r["last_contact"] else None
    return Overview(
        id=r["id"], company=r["company"], role=r["role"], status=r["status"],
        playbook=r["playbook"],
        next_due=date.fromisoformat(r["next_due"]) if r["next_due"] else None,
        next_kind=r["next_kind"],
        next_latest=date.fromisoformat(r["next_latest"]) if r["next_latest"] else None,
        last_contact=last, days_since_contact=(day - last).days if last else None)


def page(store: Store, now: datetime, *, status: str | None = None, query: str | None = None,
         sort: str = "next", limit: int = MAX_PAGE, offset: int = 0) -> Page:
    """One page of applications matching `query` (company, role or an interviewer's name)."""
    check(status, sort, limit, offset)
    upnext.refresh(store, now)
    with store.read():
        return _page(store, now, status, matching(store, query), sort, limit, offset)


def _page(store: Store, now: datetime, status: str | None, ids: list[int] | None, sort: str,
          limit: int, offset: int) -> Page:
    rows, total = store.pipeline.overview_page(status=status, ids=ids, sort=sort, limit=limit,
                                    offset=offset)
    return Page([_overview(r, now) for r in rows], total, offset, limit)


def matching(store: Store, query: str | None) -> list[int] | None:
    """The ids a search matches (None: no search, everything)."""
    text = (query or "").replace("\x00", "").strip()[:200]  # NUL would end FTS5's string
    return store.pipeline.matching(text) if text else None


@dataclass(frozen=True)
class Board:
    lanes: dict[str, Page]  # status -> its first cards
    counts: dict[str, int]


def board(store: Store, now: datetime, *, query: str | None = None, sort: str = "next",
          per_lane: int = 20, only: str | None = None) -> Board:
    """The pipeline by status: the first `per_lane` cards of each column and how many each
    holds, the search run once for all of them."""
    check(only, sort, per_lane, 0)
    upnext.refresh(store, now)
    with store.read():
        ids = matching(store, query)
        found = store.pipeline.status_counts(ids)
        lanes = {s: _page(store, now, s, ids, sort, per_lane, 0) if found.get(s) else
                 Page([], 0, 0, per_lane) for s in STATUSES if only is None or s == only}
    return Board(lanes, {s: found.get(s, 0) for s in STATUSES})


def table(store: Store, now: datetime, *, status: str | None = None, query: str | None = None,
          sort: str = "next", offset: int = 0) -> tuple[Page, dict[str, int]]:
    """One page of the table view and the counts by status, the search run once."""
    check(status, sort, MAX_PAGE, offset)
    upnext.refresh(store, now)
    with store.read():
        ids = matching(store, query)
        found = store.pipeline.status_counts(ids)
        got = _page(store, now, status, ids, sort, MAX_PAGE, offset)
    return got, {s: found.get(s, 0) for s in STATUSES}


def counts(store: Store, query: str | None = None) -> dict[str, int]:
    """How many applications each status holds (matching `query`), every status named."""
    with store.read():
        found = store.pipeline.status_counts(matching(store, query))
    return {s: found.get(s, 0) for s in STATUSES}


def due_page(store: Store, now: datetime, limit: int = MAX_PAGE, offset: int = 0
             ) -> tuple[list[Step], int]:
    """The next actions at `now` (core.upnext) a page at a time, earliest first."""
    check(None, "next", limit, offset)
    return upnext.actions(store, now, limit=limit, offset=offset)


@dataclass(frozen=True)
class StepChange:
    """When a step was last changed by hand or by a change of plan, and what caused it."""

    step_id: int
    on: date
    snoozed_until: date | None
    snooze_reason: str | None
    cause: str | None  # an event kind (reply, offer, ...), "round N", or None


def step_changes(store: Store, app_id: int) -> list[StepChange]:
    """Snoozes, skips and cancellations of one application, for its history."""
    from datetime import datetime

    out = []
    for r in store.pipeline.step_changes(app_id):
        cause = r["event"] or (f"round {r['round']}" if r["round"] else None)
        out.append(StepChange(
            int(r["id"]), datetime.fromisoformat(r["updated_at"]).date(),
            date.fromisoformat(r["snoozed_until"]) if r["snoozed_until"] else None,
            r["snooze_reason"], cause))
    return out
