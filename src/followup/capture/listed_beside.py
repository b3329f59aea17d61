"""People a letter lists beside an interviewer are met too (issue 23): "with Nejc Kovač (Art
Director) and Tjaša Horvat (Lead TA)", in any language's "and" (a short word) or a comma,
each with their job in brackets. Whoever the reader found only there and set aside (a job
title it reads as a recruiter's, a second coordinator dropped) is an interviewer; never one
the text says is away. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.mentions import Mention
from followup.capture.names import name_words
from followup.core.model import Person

# After a name and its job in brackets: a comma or one short word of joining ("and", "y",
# "et", "und", "in", "και"), then the next name.
_JOINED = r"[ \t]*\([^()\n]{2,60}\)[ \t]*(?:,|[ \t][^\W\d_]{1,3})[ \t]+"


def listed_beside(staff: Sequence[Person], found: Sequence[Mention], known: Sequence[str],
                  text: str) -> tuple[Person, ...]:
    """The interviewers, with those the text lists right after one of them, each with a job
    in brackets, whom the reader left out (`known`: everyone else already placed)."""
    placed = {name_words(n) for n in (*known, *(p.name for p in staff))}
    out = list(staff)
    for m in found:
        if m.context == "away" or m.email or name_words(m.name) in placed:
            continue
        after = rf"{re.escape(m.name)}[ \t]*\("
        if any(re.search(rf"(?<!\w){re.escape(p.name)}{_JOINED}{after}", text) for p in out
               if p.name):
            out.append(Person(name=m.name, email=None))
            placed.add(name_words(m.name))
    return tuple(out)
