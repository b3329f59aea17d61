"""`followup edit ID --interviewed WHEN` (and the edit page's Interview time field): the
newest interview's real time, given after it was stored without one (an all-day invitation,
issue 23) or wrongly. The plan follows, the "time unknown" flag goes, `followup undo` takes
it back."""

from __future__ import annotations

from datetime import datetime

from followup.core.errors import Conflict
from followup.core.model import Application
from followup.store.sqlite import Store


def set_interview_time(store: Store, app_id: int, at: datetime, now: datetime
                       ) -> Application:
    """Move the newest interview of `app_id` to `at` (an aware time: its zone is kept as the
    interview's); the plan is remade from it."""
    from followup.core.unknown import time_unknown, without_time
    from followup.service import replan, undoable_change, upnext

    app = store.load(app_id)
    if not app.interviews:
        raise Conflict(f"application {app_id} has no interview to give a time to; nothing "
                       "changed")
    iv = app.interviews[-1]
    tz = str(getattr(at.tzinfo, "key", "") or iv.tz)
    flagged = time_unknown(app.notes)
    if iv.at == at and iv.tz == tz and not flagged:
        raise Conflict(f"application {app_id}'s interview is already at {at:%Y-%m-%d %H:%M} "
                       f"{tz}; nothing changed")
    assert iv.id is not None
    with undoable_change(store, f"moved the interview of application {app_id} "
                         f"({app.company}) to {at:%a %d %b %H:%M}", [app_id], now):
        store.capture.move_interview(iv.id, at, tz)
        if flagged:
            store.update_application(app_id, now, notes=without_time(app.notes))
        replan(store, app_id, now)
        kept = store.load(app_id)
        upnext.keep(store, kept, now)  # what is next for it, as every edit keeps it
        return kept
