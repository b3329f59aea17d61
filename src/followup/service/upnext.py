"""What is next, for every reader: core.upnext's answers, kept by store.upnext until they
stop holding. Each read first works out again the answers that do not hold on its day
(`refresh`); each write's service refreshes the application it changed (`keep`).

A database that cannot be written (a read-only mount) keeps its answers in TEMP tables of the
connection that read it, of the same names: SQLite looks a name up in `temp` first, so every
query below reads them unchanged.
"""

from __future__ import annotations

import json
from datetime import date

from followup.core.upnext import Standing, standing
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
        rows.append((s.app_id, s.day.isoformat(),
                     s.until.isoformat() if s.until else kept.NEVER,
                     step.id if step else None, step.due.isoformat() if step else None,
                     step.kind.value if step else None,
                     step.latest.isoformat() if step else None, _lines(s)))
        actions.extend((a.id, s.app_id, a.due.isoformat(), a.latest.isoformat(), a.key,
                        json.dumps(jsonout.due_step(a), ensure_ascii=False))
                       for a in s.actions)
    return rows, actions


def keep(store: Store, app: Application, day: date) -> None:
    """Keep what is next for `app` (just changed, inside its write) as from `day`."""
    rows, actions = _rows([standing(app, day)])
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


def refresh(store: Store, day: date) -> int:
    """Work out again, and keep, what is next for every application whose kept answer does
    not hold on `day`. Returns how many were worked out. Call it before a read snapshot
    (`Store.read`), not inside one: a snapshot cannot always become a write."""
    if not kept.stale(store.conn, day):
        return 0
    if store.read_only:
        _overlay(store)
        return _refresh(store, day)
    with store.write():
        return _refresh(store, day)


def _refresh(store: Store, day: date) -> int:
    from followup.core.model import LIVE

    ids = kept.stale(store.conn, day)
    live = {int(r[0]) for r in store.conn.execute(
        "SELECT id FROM applications WHERE status IN (" + ", ".join("?" * len(LIVE)) + ")",
        tuple(s.value for s in LIVE))}
    found = [standing(store.load(i), day) if i in live else Standing(i, day, None, (), None)
             for i in ids]
    rows, actions = _rows(found)
    kept.keep(store.conn, rows, actions, ids)
    return len(ids)


# -- the readers -----------------------------------------------------------------------------


def actions_json(store: Store, day: date) -> str:
    """`today --json`: every next action on `day`, earliest first (CONTRACT.md's array)."""
    refresh(store, day)
    return kept.actions_json(store.conn)


def actions(store: Store, day: date, *, late: bool | None = None, limit: int = -1,
            offset: int = 0) -> tuple[list[Step], int]:
    """Next actions on `day`, earliest first, a page of them and how many there are; `late`:
    only those past their latest day (True) or only the others (False)."""
    refresh(store, day)
    with store.read():
        return kept.actions(store.conn, day, late=late, limit=limit, offset=offset)


def next_steps(store: Store, day: date, ids: list[int]) -> dict[int, kept.NextRow]:
    """The next step (day, kind, latest day, as ISO text) of each of `ids` on `day`."""
    refresh(store, day)
    return kept.next_steps(store.conn, ids)


def upcoming(store: Store, day: date, until: date
             ) -> tuple[list[Step], list[tuple[int, str, str]]]:
    """The next actions on `day`, and each application's next step due by `until` (id, day,
    latest day): what a calendar holds."""
    refresh(store, day)
    with store.read():
        return (kept.actions(store.conn, day)[0], kept.next_steps_by(store.conn, until))
