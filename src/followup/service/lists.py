"""What the front ends read of the whole search: the next actions at a moment, the agenda
of a page, the list of applications and the nudge to keep applying (A1). Re-exported by
followup.service, whose one-function-per-action surface the front ends call."""

from __future__ import annotations

from datetime import date, datetime

from followup.core.model import Step
from followup.service.values import Agenda, Overview

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from typing import Any

    from followup.store.sqlite import Store


def today(store: Store, now: datetime) -> list[Step]:
    """The next actions at the moment `now`, across all applications, earliest first
    (core.upnext: each step's window in real time, in its interview's zone)."""
    from followup.service import upnext

    return upnext.actions(store, now)[0]


def today_json(store: Store, now: datetime) -> str:
    """`today` as the JSON array of CONTRACT.md (kept by store.upnext, written as it is)."""
    from followup.service import upnext

    return upnext.actions_json(store, now)


def agenda(store: Store, now: datetime, limit: int | None = None) -> Agenda:
    """`today`, split into late (their window closed) and due, at most `limit` of each (a
    page shows the first few of a long list and says how many there are)."""
    from followup.service import upnext

    upnext.refresh(store, now)
    late, late_total = upnext.actions(store, now, late=True, limit=-1 if limit is None
                                      else limit)
    due, due_total = upnext.actions(store, now, late=False, limit=-1 if limit is None
                                    else limit)
    days = upnext.days_of(store, now, (s.application_id for s in (*late, *due)))
    return Agenda(late, due, late_total, due_total, days)


def list_applications(store: Store, now: datetime, status: str | None = None
                      ) -> list[Overview]:
    """Every application with its next step and the days since the candidate was last in
    touch with the employer (A1: keep the whole search in view)."""
    def on(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    rows, _ = list_page(store, now, status)
    return [Overview(id=r[0], company=r[1], role=r[2], status=r[3], playbook=r[4],
                     next_due=on(r[5]), next_kind=r[6], next_latest=on(r[7]),
                     last_contact=on(r[8]), days_since_contact=r[9])
            for r in rows]


def list_json(store: Store, now: datetime, status: str | None = None) -> str:
    """`list --json` as CONTRACT.md words it, written by SQLite itself (store.reads): the
    same document as list_applications through jsonout, without a Python object per row."""
    from followup.service import upnext
    from followup.store.reads import overview_json

    upnext.refresh(store, now)
    return overview_json(store.conn, now.date().isoformat(), upnext.days(store, now), status)


def list_page(store: Store, now: datetime, status: str | None = None,
              limit: int | None = None) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    """The rows `list` shows (the newest `limit`, or all) and how many of each status."""
    from followup.service import upnext
    from followup.store.reads import overview_rows, status_totals

    upnext.refresh(store, now)
    return (overview_rows(store.conn, now.date().isoformat(), upnext.days(store, now), status,
                          limit),
            status_totals(store.conn))


MIN_ACTIVE = 3


def search_nudge(store: Store, day: date, min_active: int | None = None) -> str | None:
    """A1: one silent employer must not stall the search. The threshold comes from the
    `min_active` setting (FOLLOWUP_MIN_ACTIVE) unless given."""
    if min_active is None:
        from followup import settings

        min_active = settings.min_active(settings.load())
    from followup.core.words import search_nudge as words

    active, newest = store.pipeline_health()
    return words(active, None if newest is None else (day - newest).days, min_active)
