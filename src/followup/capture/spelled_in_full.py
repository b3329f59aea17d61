"""Letters that the file also writes out in full name the employer by the full words (issue
23). Pure.

An organisation known by its initials writes them beside its name somewhere (a signature's
"MSZ – Moravské strojírny Zlín a.s.", "the Regional Water Board (RWB)"): the initials are a
short form of that name, as a domain's letters are (org_domains.abbreviates), and the name the
file writes in full is the employer's, in any language. The full name is a run of words,
the first with a capital, whose initials are the letters in order (small joining words such
as "of", "de", "&" may stand between them without a letter of their own).
"""

from __future__ import annotations

import re

from followup.capture.invitations import Invitation
from followup.capture.org_domains import CONNECTORS

_LETTERS = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _runs(letters: str, text: str) -> list[str]:
    words = list(_WORD.finditer(text))
    found = []
    for i, first in enumerate(words):
        if not first.group()[:1].isupper() or first.group() == letters:
            continue
        at, j, end = 0, i, -1
        while j < len(words) and at < len(letters):
            w = words[j].group()
            if j > i and text[words[j - 1].end():words[j].start()].strip():
                break  # the run does not go on over punctuation
            if w.casefold()[:1] == letters[at].casefold():
                at, end = at + 1, j
            elif w.casefold() not in CONNECTORS:
                break
            j += 1
        if at == len(letters):
            found.append(text[first.start():words[end].end()])
    return found


def in_full(name: str, inv: Invitation) -> str:
    """The name the file writes out whose initials `name` is ("MSZ" beside "Moravské
    strojírny Zlín"), with its legal form if one follows it; else ""."""
    if not _LETTERS.fullmatch(name):
        return ""
    from followup.capture.employer_evidence import file_texts
    from followup.core.companies import legal_tail

    for text in file_texts(inv):
        for run in _runs(name, text):
            at = text.find(run) + len(run)
            return (run + legal_tail(text[at:])).rstrip(" ,")
    return ""
