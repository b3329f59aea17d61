"""Names the description writes that are an organisation's, not a person's, seen from the
other people it names (issue 23). Pure: mentions in, mentions out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.capture.mentions import Mention


def _in_a_title(name: str, titles: list[str]) -> bool:
    """The name is written inside someone's title as the body they work for ("Director of
    Revenue Strategy, Lumen Suites & Harbor Vine Resorts"), not as the person they assist or
    report to ("Executive Assistant to Rajesh Subramaniam")."""
    at = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    for title in titles:
        for m in at.finditer(title):
            if not re.search(r"\b(?:to|for|of|with|an|à|de|di|für|für)\s*$", title[:m.start()],
                             re.IGNORECASE):
                return True
    return False


def _spelling_of(name: str, text: str) -> bool:
    """The name opens the brackets right after a word of a script without capitals, which it
    spells in Latin letters ("한빛케미칼(Hanbit Chemical, …)"): that word's, the firm's."""
    return bool(re.search(rf"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][(（]\s*"
                          rf"{re.escape(name)}(?![\w'’-])", text))


def without_bodies(found: list[Mention], text: str = "") -> list[Mention]:
    """The mentions less a name read from prose with no address of its own that another
    mention's title writes as its employer, brand or unit: a brand of the group ("our
    brands include Lumen Suites, …" beside "Director, Lumen Suites & Harbor Vine"), or that
    spells a word of another script in Latin letters."""
    titles = [m.title for m in found if m.title]
    return [m for m in found if not (m.context == "prose" and not m.email and (
        _in_a_title(m.name, [t for t in titles if t != m.title]) or _spelling_of(m.name, text)))]
