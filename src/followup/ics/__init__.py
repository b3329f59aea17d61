"""The calendar export: steps as RFC 5545 to-dos and all-day events. By default the next
actions and each application's next step within 90 days, as core.upnext says them that day
(a feed a calendar can hold at 10,000 applications: no draft, no history); `everything`:
every step, done and cancelled ones too, each with its draft.

`feed(store, now)` is what the dashboard's subscription address serves (web.feed); the
command `followup export ics` calls `export`. icalendar loads only when a calendar is made.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.store.sqlite import Store


def feed(store: Store, now: datetime) -> str:
    """The whole calendar with the alarm hour from the settings (calendar_alarm)."""
    from followup import settings

    return export(store, now, alarm=alarm_time(settings.load().get("calendar_alarm")))


def export(store: Store, now: datetime, *, alarm: time = time(9), only: str | None = None,
           everything: bool = False) -> str:
    """The calendar as text with CRLF line ends. `only`: "tasks" or "events"; `everything`:
    every step (the stored plans first made as they stand today), else what is next."""
    from followup.ics.build import calendar

    if everything:
        from followup.service import refresh_plans

        refresh_plans(store, now)
    return calendar(store, now, alarm=alarm, only=only, everything=everything)


def alarm_time(value: str | None, what: str = "setting calendar_alarm") -> time:
    """HH:MM, a local time of day."""
    from followup.core.errors import BadInput

    raw = (value or "09:00").strip()
    hours, sep, minutes = raw.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
            and int(hours) < 24 and int(minutes) < 60):
        raise BadInput(f"{what} must be a time of day as HH:MM, e.g. 09:00, not {raw!r}")
    return time(int(hours), int(minutes))
