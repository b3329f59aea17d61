"""A writer's aside in brackets, in a reply's sentences (issue 23).

A bracket holds an aside: "zum finalen Gespräch (vor Ort, ca. 2 Stunden) einladen", "a call
(approx. 30 mins) with the team". A sentence never ends inside a bracket it opened, whatever
abbreviation's dot stands there; and the sentence's grammar runs around the aside, so words
that belong together ("zum Gespräch … einladen") are read with the aside taken out.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_ASIDE = lazy(r"\s*\([^()]*\)")


def closed_brackets(said: list[str]) -> list[str]:
    """The sentences, a piece that leaves a bracket open joined to the next."""
    out: list[str] = []
    for s in said:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def without_asides(sentence: str) -> str:
    """`sentence` without what it says in brackets."""
    return re.sub(r"\s{2,}", " ", _ASIDE.sub(" ", sentence)).strip()
