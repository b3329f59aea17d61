"""Time zones and the `--now` option: the lightest corner of the core, imported by the fast
read path, so it needs nothing beyond datetime and zoneinfo."""

from __future__ import annotations

from datetime import datetime, time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.core.errors import BadInput

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
    """`--now`: a date (taken as noon, local) or an ISO datetime."""
    raw = value.strip()
    try:
        if not value.strip(" ").isprintable():
            raise ValueError(raw)
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(
            f"--now: {value!r} is not a date or time; write YYYY-MM-DD or an ISO datetime"
        ) from None
    from followup.core.validate import in_range  # 1970..2199: beyond, dates overflow

    in_range(parsed.date(), "--now")
    if len(raw) == 10:
        parsed = datetime.combine(parsed.date(), time(12, 0))
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone(tz))
    return parsed
