"""People the mail copies and its letter names in full (issue 23). Pure.

An invitation sent by mail often copies the people it is about (Cc: the interviewers) and
introduces them in sentences no list or cue reads ("Conor Byrne is one of our two
directors; Niamh Kelly leads the studio"). A copied address's display name is a person's
name by how mail works (a shared mailbox's is caught later, capture/name_likeness); when the
letter writes that whole name in its text, outside a header line of a quoted or forwarded
mail, the letter is about them: a person of the meeting, read as any other the prose names
(the kinds reader decides whether they are met or away)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Address
from followup.capture.mentions import Mention


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
