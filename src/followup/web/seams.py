"""Where the dashboard meets features built alongside it.

Each function answers None while the feature it needs has not landed; the page then says
what is coming instead of failing. When the feature lands, only this module changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from followup.core.model import Application
from followup.store.sqlite import Store


def _find(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def calendar_feed() -> Callable[[Store, datetime], str] | None:
    """The iCalendar export of the calendar issue: `followup.ics.feed(store, now) -> str`."""
    return _find("followup.ics", "feed")


def people_you_know(store: Store, app: Application) -> list[dict[str, str]] | None:
    """A2: friends or former colleagues at the company, from the contacts feature
    (`followup.contacts.network.who_do_i_know`), best match first."""
    fn = _find("followup.contacts.network", "who_do_i_know")
    if fn is None:
        return None
    people = fn(store, app.id).people
    return [
        {"name": p.name,
         "how": " · ".join(x for x in (p.position, "LinkedIn" if p.source == "linkedin"
                                       else "a contact") if x),
         "email": p.email or ""}
        for p in people[:10]
    ]
