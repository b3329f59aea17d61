"""The one place that reads the real clock and the machine's time zone.

Everything else receives `now` (STYLE.md, after fava's `local_today()`).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def system_zone() -> str:
    """The machine's IANA zone name: $TZ, else /etc/localtime's link, else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                continue
            return name
    return "UTC"


def real_now(tz: str) -> datetime:
    return datetime.now(ZoneInfo(tz))


def utc_now() -> datetime:
    """The real moment in UTC, for the store's own bookkeeping (when a migration was applied,
    the name of a backup made before one), which is not part of anyone's plan."""
    return datetime.now(UTC)
