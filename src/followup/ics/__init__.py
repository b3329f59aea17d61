"""The calendar export: steps as RFC 5545 all-day events and to-dos. By default what is next,
as core.upnext says it that day: the next actions due in the last 30 days and each
application's next step in the next 90, one short event each (a to-do with `only="tasks"`):
a feed a calendar can hold at 10,000 applications, under 1 MB. `everything`: every step,
done and cancelled ones too, as a to-do and an event, each with its why and its draft.

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
