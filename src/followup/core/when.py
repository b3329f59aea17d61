"""Time zones and the `--now` option: the lightest corner of the core, imported by the fast
read path, so it needs nothing beyond datetime and zoneinfo."""

from __future__ import annotations

from datetime import datetime, time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.core.errors import BadInput


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
