"""One person, one written name, in whatever order a directory writes it (issue 23, session
17). A company directory (Exchange, Outlook, many HR systems) shows a display name family name
first without a comma ("Nowak Katarzyna", "Peeters Koen"), while the letter the same person
signs, and the way colleagues write of them, puts the given name first ("Katarzyna Nowak").
Every reading that takes a name's first word for the given name (greeting, handing over, "the
writer meets Koen and …") then reads the family name instead. So a two-word display name is
turned to the order the file itself writes it in: the order the description or the mail's own
words write it, when they never write the display name's. A name the file writes only as the
display name does, or not at all, is left as it is. (The address's local part, k.nowak@,
says the same often but not always: read alone it turned names the file does not, and cost
more than it gave.) Pure."""

from __future__ import annotations

import re

from followup.capture.invitations import Address, Invitation


def _written(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))


def turned(a: Address, text: str) -> Address:
    """The address with its display name in the order the file writes it."""
    name = a.name
    if not name or "," in name or "@" in name or "(" in name:
        return a
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return a  # ("NOWAK Katarzyna" says itself which word is which; three words, any
        # order, are read by their words alone)
    other = f"{words[1]} {words[0]}"
    if _written(name, text):
        return a
    if _written(other, text):
        return a._replace(name=other)
    return a


def given_first(inv: Invitation) -> Invitation:
    """The invitation with each person's display name in the order its text writes it."""
    text = f"{inv.description}\n{inv.note}"
    return inv._replace(
        organizer=turned(inv.organizer, text) if inv.organizer else None,
        attendees=tuple(turned(a, text) for a in inv.attendees),
        senders=tuple(turned(a, text) for a in inv.senders),
        copied=tuple(turned(a, text) for a in inv.copied))
