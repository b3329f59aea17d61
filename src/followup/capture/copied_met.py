"""Whom the writer copies and names are the ones met, when no one else is (issue 23). Pure.

A person who sets an interview up for colleagues often sends it from the office's shared
calendar and copies the colleagues the candidate will meet ("Cc: Conor Byrne, Niamh
Kelly": "Conor and Niamh would love to chat"). When the reader found a coordinator and no
one to meet, the people the mail copies, of the coordinator's own domain, whose names the
letter writes (whole, or the given name as a word), are the interviewers: an interview is
with someone, and those are the colleagues the writer put on the mail and wrote of.
Never the candidate, a relay, or the coordinator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Invitation
from followup.core.model import Person


def _named(name: str, text: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text)
               for w in (name, words[0]))


def copied_met(inv: Invitation, staff: Sequence[Person], coordinator: Person | None,
               own: frozenset[str]) -> tuple[Person, ...]:
    """`staff`, or when it is empty the colleagues copied and named (see the module)."""
    from followup.capture.addresses import is_relay

    if staff or coordinator is None or not coordinator.email or not inv.copied:
        return tuple(staff)
    home = coordinator.email.rpartition("@")[2].lower()
    text = f"{inv.description}\n{inv.note}"
    met = [Person(name=a.name, email=a.email) for a in inv.copied
           if a.name and a.email and a.email.lower() not in own
           and a.email.lower() != coordinator.email.lower() and not is_relay(a.email)
           and a.email.rpartition("@")[2].lower() == home and _named(a.name, text)]
    return tuple(met)
