"""Time zones and the `--now` option: the lightest corner of the core, imported by the fast
read path, so it needs nothing beyond datetime and zoneinfo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.core.errors import BadInput

TYPE_CHECKING = False  # `typing` stays unimported on the fast read path
if TYPE_CHECKING:
    from collections.abc import Iterable

# Abbreviations and legacy names that follow no place's rules: "EST" is UTC-5 all year (no
# daylight saving) and names no country (no public holidays). Each with the IANA zone
# most people who write it mean.
RULELESS = {
    **dict.fromkeys(("EST", "EDT", "EST5EDT"), "America/New_York"),
    **dict.fromkeys(("CST", "CDT", "CST6CDT"), "America/Chicago"),
    **dict.fromkeys(("MST", "MDT", "MST7MDT"), "America/Denver"),
    **dict.fromkeys(("PST", "PDT", "PST8PDT"), "America/Los_Angeles"),
    **dict.fromkeys(("AKST", "AKDT"), "America/Anchorage"),
    "HST": "Pacific/Honolulu", "BST": "Europe/London",
    **dict.fromkeys(("CET", "CEST", "MET", "MEST"), "Europe/Paris"),
    **dict.fromkeys(("EET", "EEST"), "Europe/Helsinki"),
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
    **dict.fromkeys(("AEST", "AEDT"), "Australia/Sydney"), "NZST": "Pacific/Auckland",
}


EARLIEST = date(1970, 1, 1)
LATEST = date(2199, 12, 31)


def in_range(day: date, what: str) -> date:
    """A day the calendars can plan around: 1970 to 2199 (beyond, dates overflow)."""
    if not EARLIEST <= day <= LATEST:
        raise BadInput(f"{what}: {day.isoformat()} is out of range; give a date between "
                       f"{EARLIEST.year} and {LATEST.year}")
    return day


def ruleless(name: str) -> str | None:
    """The IANA zone to use instead of an abbreviation without rules ("EST"), or None."""
    return RULELESS.get(name.strip().strip('"').upper())


def ruleless_line(name: str, what: str) -> str:
    """The one line that names the zone to use."""
    return (f"{what}: {name.strip()} is an abbreviation, not a place: it has no daylight "
            f"saving and no public holidays; use the IANA zone of the place, such as "
            f"{ruleless(name)}")


@cache
def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or a BadInput naming it."""
    try:
        if not name or name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadInput(
            f"unknown time zone {name!r}: use an IANA name such as Europe/Paris"
        ) from None


def parse_now(value: str, tz: str) -> datetime:
    """`--now`: a date (taken as noon, local) or an ISO datetime; an offset given names the
    moment, which is then read in `tz`, the candidate's zone, as the real clock is."""
    raw = value.strip()
    try:
        if not value.strip(" ").isprintable():
            raise ValueError(raw)
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(
            f"--now: {value!r} is not a date or time; write YYYY-MM-DD or an ISO datetime"
        ) from None
    in_range(parsed.date(), "--now")
    if len(raw) == 10:
        parsed = datetime.combine(parsed.date(), time(12, 0))
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone(tz))
    return parsed.astimezone(zone(tz))  # the same moment, on the candidate's own calendar


# -- one notion of a day (issue 21) ---------------------------------------------------------
# A plan's dates are days in the zone of its interview (Phase.tz). What day it is, whether a
# step is due, and whether its window has passed are all decided in that zone, from the one
# moment `now` that clock.py (or --now) gave; never by comparing the candidate's date with a
# date of another zone.


def day_in(now: datetime, tz: str) -> date:
    """The date in `tz` at the moment `now` (aware)."""
    return now.astimezone(zone(tz)).date()


def day_of(now: datetime, tz: str | None) -> date:
    """The date in `tz` at `now`, or on `now`'s own calendar (the candidate's) when no zone
    is known: the day of a plan, asked for by whoever holds its zone (or None)."""
    return now.date() if tz is None else day_in(now, tz)


def days_in(now: datetime, zones: Iterable[str]) -> dict[str, str]:
    """What day it is at `now` in each of `zones` (ISO text), for SQL that reads each
    application's day by its zone (`store.reads`: the days since the last touch, counted on
    the calendar the touch was dated on)."""
    return {z: day_in(now, z).isoformat() for z in zones}


@lru_cache(maxsize=8192)  # the planner asks for the same few hundred days over and over
def day_starts(day: date, tz: str) -> datetime:
    """The moment `day` begins in `tz`, in UTC (midnight, or the first minute that exists
    when a DST change skips it)."""
    zi = zone(tz)
    local = datetime.combine(day, time(0, 0), zi)
    start = local.astimezone(UTC)
    if start.astimezone(zi).date() != day:  # midnight skipped (e.g. America/Santiago)
        start = datetime.combine(day, time(1, 0), zi).astimezone(UTC)
    return start


def stamp(moment: datetime) -> str:
    """A moment as the store keeps it: UTC, to the second, so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day_on(on: date | None, now: datetime, tz: str, start: date, at: datetime | None,
           what: str, why: str) -> date:
    """The day of `tz` something was done: `on` as the candidate typed it, or None: the day
    it is now in `tz`. A typed day may not be in the future nor before `start` (the day of
    `what`, at the moment `at` if known), on either the candidate's calendar or `tz`'s: the
    interview's day on a calendar behind its zone is taken as the interview's day."""
    here = day_in(now, tz)
    if on is None:
        return here
    if on > max(here, now.date()):
        raise BadInput(f"--on {on} is in the future; record things once they have happened")
    began = start if at is None else min(start, at.astimezone(now.tzinfo).date())
    if on < began:
        raise BadInput(f"--on {on} is before {what} on {start}: {why}")
    return max(on, start)
