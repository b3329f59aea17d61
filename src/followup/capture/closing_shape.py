"""A letter's closing line known by its shape, in any language (issue 23): after the body,
a short line of words that ends with a comma, with a name-shaped line right under it and
little more after ("Meilleures salutations,", "Lep pozdrav,", "Hormat kami,"), the way
"Kind regards," closes an English letter. A greeting is the letter's first line, never its
closing. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.names import NAME, valid

_SHORT = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){0,3}[ \t]*[,，]")


def closes_by_shape(lines: Sequence[str], i: int) -> bool:
    """Whether lines[i] closes the letter: a short comma-ended line after the body, a
    person's name on the next line, and at most six lines after that name."""
    line = lines[i].strip()
    if not _SHORT.fullmatch(line) or not any(x.strip() for x in lines[:i]):
        return False
    nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
    if nxt is None:
        return False
    name = lines[nxt].strip()
    return valid(name) and bool(NAME.fullmatch(name)) and \
        len([x for x in lines[nxt + 1:] if x.strip()]) <= 6
