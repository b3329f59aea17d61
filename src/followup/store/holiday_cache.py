"""Holiday tables kept between runs, so that a command planning one application (`add --from`
from a script or a mail rule) need not import the `holidays` package to learn them again.

One JSON file in the user's cache folder (platformdirs), 0600, stamped with the installed
`holidays` package (its path and modification time): a new version of the package starts it
afresh. A missing, unreadable, stale or oversized file, or one that is not a regular file,
is simply rebuilt; nothing depends on it.
"""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import date
from pathlib import Path

from followup.core.calendar import give_holiday_tables, holiday_tables_made
from followup.store import cache_folder


def _stamp() -> str | None:
    for folder in sys.path:
        init = Path(folder or ".") / "holidays" / "__init__.py"
        with contextlib.suppress(OSError):
            return f"{init}:{init.stat().st_mtime_ns}"
    return None


def path() -> Path:
    return cache_folder.folder() / "holidays.json"


def _read(where: Path, stamp: str) -> dict[tuple[str, int], frozenset[date]]:
    from followup.budgets import CACHE_BYTES, read_small
    from followup.core.errors import BadInput

    try:  # a regular file of at most CACHE_BYTES: a FIFO or /dev/zero put there is passed over
        doc = json.loads(read_small(where, CACHE_BYTES, str(where)))
        if doc.get("stamp") != stamp:
            return {}
        return {(str(k.split(":")[0]), int(k.split(":")[1])):
                frozenset(date.fromisoformat(d) for d in days)
                for k, days in doc["tables"].items()}
    except (BadInput, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return {}


def load() -> None:
    """Give the core the tables kept by earlier runs."""
    stamp = _stamp()
    if stamp is not None:
        give_holiday_tables(_read(path(), stamp))


def save() -> None:
    """Keep the tables this run had to make (nothing is written when it made none)."""
    made = holiday_tables_made()
    stamp = _stamp()
    if not made or stamp is None:
        return
    from followup import private

    where = path()
    tables = _read(where, stamp) | made
    doc = {"stamp": stamp, "tables": {f"{c}:{y}": sorted(d.isoformat() for d in days)
                                      for (c, y), days in sorted(tables.items())}}
    with contextlib.suppress(OSError):
        private.write(where, json.dumps(doc, separators=(",", ":")).encode())
