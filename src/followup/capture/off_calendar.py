"""Whom the letter gives an address for, and the calendar does not invite, is whom to write
to (issue 23, session 17). The attendee list is who is in the meeting; the letter beside it
also names whom the candidate writes to about the day. So, when nobody was found to have set
the meeting up, a person the letter writes beside their own address (one the name spells:
"Dana Whitfield, dana.whitfield@…"), who is neither invited nor among those met, is the
coordinator; never an interviewer.

(Tried and left: a person listed with those met, not invited while every other one is, whose
title is of organising, as the coordinator: it cost two development folders for one file.)
Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.addresses import is_relay
from followup.capture.invitations import Invitation
from followup.capture.invitations import invited as invited_addresses
from followup.capture.lazy import lazy
from followup.capture.mention_cues import EMAIL
from followup.capture.mentions import HTML_TAG, usable_text
from followup.capture.names import UPPER, name_words
from followup.capture.spelling import spells
from followup.core.model import Person

_BESIDE = lazy(rf"(?<![\w'’-])([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,2}})"
               rf"[ \t]*[,:(<\[–—-]?[ \t]*(?:mailto:)?({EMAIL.pattern})")


def off_calendar(inv: Invitation, staff: Sequence[Person], coord: Person | None,
                 own: frozenset[str]) -> tuple[tuple[Person, ...], Person | None]:
    """(interviewers, coordinator), with one whom the calendar leaves out the coordinator."""
    if coord is not None or not staff:
        return tuple(staff), coord
    invited = invited_addresses(inv)
    text = usable_text(HTML_TAG.sub("\n", f"{inv.description}\n{inv.note}"))
    met = [name_words(p.name) for p in staff]
    found = {(m.group(1), m.group(2).lower()) for m in _BESIDE.finditer(text)
             if spells(m.group(2).partition("@")[0], m.group(1))}
    found = {(n, e) for n, e in found if e not in invited and e not in own and not is_relay(e)
             and not any(k and (k <= name_words(n) or name_words(n) <= k) for k in met)
             and not any(p.email and p.email.lower() == e for p in staff)}
    if len({e for _, e in found}) == 1:
        name, email = sorted(found)[0]
        return tuple(staff), Person(name=name, email=email)
    return tuple(staff), coord
