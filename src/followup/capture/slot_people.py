"""Who a schedule's slot names, and what is no one (issue 23). The topic of a timed slot,
written before a dash and the person who holds it ("10:45 – 11:30  Incident Deep-Dive - Léa
Fontaine, Eoin Kavanagh"): capitalised words that can look like a name, and are the slot's
name, when a person's name follows the dash. The other order, a person then their title
("10:00  Jane Doe – Engineering Manager"), has no name after the dash. A second person in the
brackets after a slot's person, with what they do there ("Ben Achebe (shadow: Lucy Tran)"),
sits in it too. A timed line whose columns wide spaces part, as a table pasted into a letter
("10:00 AM - 10:45 AM   Coding: Debugging   Hoang Thi Mai"), is read as a table's. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.mention_cues import TIMED
from followup.capture.names import NAME, UPPER, valid

# What a second person in a slot's brackets does there ("shadow: Lucy Tran", "observer – Ana
# Silva", "with: Tom Reyes").
_SECOND = lazy(rf"^(?:reverse[ -])?(?:shadow(?:ing)?|observer|observing|trainee|in training|"
               rf"co-?interviewer|with|plus|\+)\s*[:：–—-]?\s*([{UPPER}][\w'’-]+"
               rf"(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})\s*$", re.IGNORECASE)


def slot_topic(body: str, start: int, end: int) -> bool:
    """Whether the words of body[start:end], first on a timed line, name its slot: a
    person's name follows the dash after them."""
    if body[:start].strip():
        return False
    dash = re.match(r"\s+[–—-]\s+", body[end:])
    if not dash:
        return False
    after = NAME.match(body, end + dash.end())
    return after is not None and valid(after.group(0).strip())


def second_in_brackets(title: str) -> tuple[str, str] | None:
    """(name, what they do) of a second person a slot's person's brackets name."""
    m = _SECOND.match(title.strip())
    if not m or not valid(m.group(1)):
        return None
    return m.group(1), title[:m.start(1)].strip(" :：–—-")


def columns(line: str) -> str:
    """A timed line's columns, parted by three spaces or more, parted as a table's cells."""
    return re.sub(r"(?<=\S) {3,}(?=\S)", " | ", line) if TIMED.match(line) else line
