"""People the mail copies and its letter names in full (issue 23). Pure.

An invitation sent by mail often copies the people it is about (Cc: the interviewers) and
introduces them in sentences no list or cue reads ("Conor Byrne is one of our two
directors; Niamh Kelly leads the studio"). A copied address's display name is a person's
name by how mail works (a shared mailbox's is caught later, capture/name_likeness); when the
letter writes that whole name in its text, outside a header line of a quoted or forwarded
mail, the letter is about them: a person of the meeting, read as any other the prose names
(the kinds reader decides whether they are met or away). When the reader, after all that,
found a coordinator and no one to meet, the colleagues copied and named even by the given
name alone are the ones met (`met_when_none`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Address, Invitation
from followup.capture.mentions import Mention
from followup.core.model import Person


def copied_named(copied: Sequence[Address], found: Sequence[Mention], text: str
                 ) -> list[Mention]:
    """A prose mention, with its address, of each copied person whose whole name the text
    writes on a line that is no mail header, and that no mention already holds."""
    known = {m.name.lower() for m in found} | {(m.email or "").lower() for m in found}
    out: list[Mention] = []
    for a in copied:
        name = " ".join(a.name.split())
        if len(name.split()) < 2 or not a.email or name.lower() in known or \
                a.email.lower() in known:
            continue
        for line in text.split("\n"):
            if "@" in line or re.match(r"\s*\w+:", line):
                continue  # ("Cc: Conor Byrne <conor@…>", "From: …": a header, no sentence)
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line):
                out.append(Mention(name, "", "prose", a.email))
                known.add(name.lower())
                break
    return out


def _named(name: str, text: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text)
               for w in (name, words[0]))


def met_when_none(inv: Invitation, staff: Sequence[Person], coordinator: Person | None,
               own: frozenset[str]) -> tuple[Person, ...]:
    """`staff`, or when it is empty the colleagues copied and named, whole or by the given
    name: a person who sets an interview up for colleagues often sends it from the office's
    shared calendar and copies the colleagues the candidate will meet ("Rory and Cian are
    keen to talk"). Only those of the coordinator's own domain; never the candidate, a relay
    or the coordinator."""
    from followup.capture.addresses import is_relay

    if staff or coordinator is None or not coordinator.email or not inv.copied:
        return tuple(staff)
    from followup.core.mailboxes import domain, same_org

    home = domain(coordinator.email)
    text = f"{inv.description}\n{inv.note}"
    met = [Person(name=a.name, email=a.email) for a in inv.copied
           if a.name and a.email and a.email.lower() not in own
           and a.email.lower() != coordinator.email.lower() and not is_relay(a.email)
           and same_org(domain(a.email), home) and _named(a.name, text)]
    return tuple(met)
