"""The firm a signature names under the signer's own name (issue 23). Pure.

A letter ends with the signer's name on a line of its own, and under it, before the blank
line that ends the block, the lines of who they are: a job, the organisation, a telephone.
Where the invitation names no employer otherwise (a small business writing from private
mail), the line of that block that writes the signer's own family name among other words
is their family's firm ("Henk Mulder" over "Bakkerij Mulder & Zn.", "Ana Ruiz" over
"Ruiz Hermanos Carpintería"): a person's line never repeats their own family name, a job's
never holds it, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup.capture.invitations import Invitation

_EDGE = ".,;:!?()[]\"'“”«»-–—"


def _key(word: str) -> str:
    return word.strip(_EDGE).casefold()


def _blocks(text: str, signer: str) -> Iterable[list[str]]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    want = [_key(w) for w in signer.split()]
    for i, line in enumerate(lines):
        if [_key(w) for w in line.split()] == want:
            block = []
            for after in lines[i + 1:i + 5]:
                if not after:
                    break
                block.append(after)
            yield block


def signed_firm(inv: Invitation) -> str:
    """The line under the organizer's or the mail sender's name, in its signature block,
    that writes their family name beside other words, starts with a capital and writes no
    address, number or sentence; else ""."""
    from followup.capture.employer import plain

    signers = [a.name for a in [inv.organizer, *inv.senders] if a and a.name
               and len(a.name.split()) >= 2 and "@" not in a.name]
    for signer in signers:
        family = _key(signer.split()[-1])
        for text in (plain(inv.description), inv.note):
            for block in _blocks(text, signer):
                for line in block:
                    words = [_key(w) for w in line.split()]
                    if (2 <= len(words) <= 6 and line[:1].isupper() and family in words
                            and words != [_key(w) for w in signer.split()]
                            and not re.search(r"[@/\d:]|[.!?]\s", line)):
                        return line.strip(" ,")
    return ""
