"""What is next, for every reader: core.upnext's answers, kept by store.upnext until they
stop holding. Each read first works out again the answers that do not hold at its moment
(`refresh`); each write's service refreshes the application it changed (`keep`).

A database that cannot be written (a read-only mount) keeps its answers in TEMP tables of the
connection that read it, of the same names: SQLite looks a name up in `temp` first, so every
query below reads them unchanged.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from followup.core.upnext import Standing, standing
from followup.core.when import stamp
from followup.store import upnext as kept

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from followup.core.model import Application, Step
    from followup.store.sqlite import Store


def _lines(s: Standing) -> str:
    """The next step's lines of `list --json`, as json.dumps(indent=2) writes them."""
    step = s.step
    values = (("next_due", step.due.isoformat() if step else None),
              ("next_kind", step.kind.value if step else None),
              ("next_latest", step.latest.isoformat() if step else None))
    return "".join(f'    "{k}": {json.dumps(v)},\n' for k, v in values)


def _rows(found: Iterable[Standing]) -> tuple[list[kept.Row], list[kept.ActionRow]]:
    from followup import jsonout

    rows: list[kept.Row] = []
    actions: list[kept.ActionRow] = []
    for s in found:
        step = s.step
        rows.append((s.app_id, stamp(s.since) if s.since else kept.EVER,
                     stamp(s.until) if s.until else kept.NEVER,
                     step.id if step else None, step.due.isoformat() if step else None,
                     step.kind.value if step else None,
                     step.latest.isoformat() if step else None, _lines(s), s.tz))
        actions.extend((a.step.id, s.app_id, a.step.due.isoformat(), stamp(a.closes),
                        a.step.key, json.dumps(jsonout.due_step(a.step), ensure_ascii=False))
                       for a in s.windows)
    return rows, actions


def keep(store: Store, app: Application, now: datetime) -> None:
    """Keep what is next for `app` (just changed, inside its write) as from `now`."""
    rows, actions = _rows([standing(app, now)])
    kept.keep(store.conn, rows, actions, [app.id])


def _overlay(store: Store) -> None:
    """TEMP copies of the kept tables, for a database this connection cannot write."""
    conn = store.conn
    if conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'app_next'").fetchone():
        return
    conn.execute("CREATE TEMP TABLE app_next AS SELECT * FROM main.app_next")
    conn.execute("CREATE TEMP TABLE next_actions AS SELECT * FROM main.next_actions")
    conn.execute("CREATE UNIQUE INDEX temp.app_next_id ON app_next(application_id)")
    conn.execute("CREATE INDEX temp.app_next_until ON app_next(valid_until)")
    conn.execute("CREATE INDEX temp.app_next_from ON app_next(valid_from)")
    conn.execute("CREATE INDEX temp.app_next_order ON app_next(next_due, application_id)"
                 " WHERE next_due IS NOT NULL")
    conn.execute("CREATE UNIQUE INDEX temp.next_actions_id ON next_actions(step_id)")
    conn.execute("CREATE INDEX temp.next_actions_due ON next_actions(due, step_id)")


def refresh(store: Store, now: datetime) -> int:
    """Work out again, and keep, what is next for every application whose kept answer does
    not hold at `now`. Returns how many were worked out. Call it before a read snapshot
    (`Store.read`), not inside one: a snapshot cannot always become a write."""
    if not kept.stale(store.conn, now):
        return 0
    if store.read_only:
        _overlay(store)
        return _refresh(store, now)
    with store.write():
        return _refresh(store, now)


def _refresh(store: Store, now: datetime) -> int:
    ids = kept.stale(store.conn, now)
    found = [standing(store.load(i), now) for i in ids]
    rows, actions = _rows(found)
    kept.keep(store.conn, rows, actions, ids)
    return len(ids)


# -- the readers -----------------------------------------------------------------------------


def days(store: Store, now: datetime) -> dict[str, str]:
    """What day it is at `now` in each application's zone (core.when.days_in), for
    store.reads: the days since the last touch are counted on its plan's calendar."""
    from followup.core.when import days_in

    return days_in(now, kept.zones(store.conn))


def actions_json(store: Store, now: datetime) -> str:
    """`today --json`: every next action at `now`, earliest first (CONTRACT.md's array)."""
    refresh(store, now)
    return kept.actions_json(store.conn)


def actions(store: Store, now: datetime, *, late: bool | None = None, limit: int = -1,
            offset: int = 0) -> tuple[list[Step], int]:
    """Next actions at `now`, earliest first, a page of them and how many there are; `late`:
    only those whose window has closed (True) or only the others (False)."""
    refresh(store, now)
    with store.read():
        return kept.actions(store.conn, now, late=late, limit=limit, offset=offset)


def days_of(store: Store, now: datetime, ids: Iterable[int]) -> dict[int, date]:
    """What day it is at `now` for each of the applications `ids`, in its plan's zone
    (core.when.day_in): the day against which a step is "today" or a day ahead."""
    from followup.core.when import day_in

    return {i: day_in(now, tz) for i, tz in kept.zones_of(store.conn, ids).items()}


def next_steps(store: Store, now: datetime, ids: list[int]) -> dict[int, kept.NextRow]:
    """The next step (day, kind, latest day, as ISO text) of each of `ids` at `now`."""
    refresh(store, now)
    return kept.next_steps(store.conn, ids)


def upcoming(store: Store, now: datetime, until: date
             ) -> tuple[list[Step], list[tuple[int, str, str]]]:
    """The next actions at `now`, and each application's next step due by `until` (id, day,
    latest day): what a calendar holds."""
    refresh(store, now)
    with store.read():
        return (kept.actions(store.conn, now)[0], kept.next_steps_by(store.conn, until))
