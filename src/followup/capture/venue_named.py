"""The place an invitation is held, written as a name (issue 23). Every calendar writes the
venue in LOCATION, its name first and then its address after a comma ("Konoba Mareta,
Obala 4, Makarska", "Café Lindqvist, Storgatan 3"); a letter's signature writes the same
name under the writer's. An entry with no address whose name is that first part, with an
address after it, is the venue (a restaurant, a shop, a workshop), not a person. Pure."""

from __future__ import annotations

from followup.capture.spelling import plain
from followup.core.model import Person


def venue_name(location: str | None) -> str:
    """The venue's name: LOCATION's first part, when an address follows it; else ""."""
    first, comma, rest = (location or "").partition(",")
    if not comma or not any(c.isdigit() for c in rest) or any(c.isdigit() for c in first):
        return ""
    return " ".join(first.split())


def is_venue(name: str, location: str | None) -> bool:
    """The name is the venue's, as LOCATION writes it before its address."""
    venue = plain(venue_name(location))
    return bool(venue) and plain(name) == venue


def venue_dropped(staff: tuple[Person, ...], location: str | None) -> tuple[Person, ...]:
    """The people less the address-less entries named as the venue is."""
    venue = plain(venue_name(location))
    if not venue:
        return staff
    return tuple(p for p in staff if p.email or not p.name or plain(p.name) != venue)
