"""A line of its own that ends in a legal form is a firm's name whole, whatever the case of
its words (issue 23). Pure.

Most languages capitalise only a name's first word ("Moravská strojírna a.s.", "Svenska
trävaruhuset AB", "Société lyonnaise de transports SA"): a reader that runs a name over
capitalised words only keeps "Moravská" or nothing. A signature's or a footer's line that
starts with a capital, is a few words long, writes no sentence's stops and ends in a legal
form is the firm's registered name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.capture.lazy import lazy
from followup.core.companies import legal_tail

_SENTENCE = lazy(r"[.!?:;]\s|[@/\d]|\s[-–—|]\s")


def footer_names(text: str) -> Iterator[tuple[list[str], str]]:
    """(the words of the name, its legal forms as written) for each such line of the text."""
    for line in text.splitlines():
        line = " ".join(line.split()).strip(" ,")
        words = line.split(" ")
        if not (2 <= len(words) <= 7) or not line[:1].isupper() or _SENTENCE.search(line):
            continue
        for i in range(1, len(words)):
            rest = " " + " ".join(words[i:])
            tail = legal_tail(rest)
            if tail and tail.strip() == rest.strip():
                if any(w[:1].isupper() for w in words[1:i]) or i == 1:
                    break  # a name in capitals throughout: the capitals' reader has it
                yield words[:i], tail
                break


# an aside in brackets that ends a line, in words of a sentence (three or more, the first in
# lower case): "Jo Pike | co-founder, Vloeibaar (we're still in stealth, site soon)"
_ASIDE = lazy(r"[ \t]+\((?=[a-z])[^()\n]*?\s[^()\n]*?\s[^()\n]*\)[ \t]*$", re.MULTILINE)


def without_asides(text: str) -> str:
    """The text without the asides that end its lines: the name before one ends the line."""
    return _ASIDE.sub("", text)
