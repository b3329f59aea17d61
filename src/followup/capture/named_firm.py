"""A firm named for one of its people, read as a person (issue 23). Pure.

Small firms carry their founder's family name ("Cabinet Morel Expertise", "Studio Brandt
Architekten", "Kanzlei Huber Partner"); a reader that leaves out the firm's first word
("Cabinet", a word of its trade) keeps the rest as a name ("Morel Expertise"). When an
address-less entry begins with the family name of another person of the file, and the text
writes it only on a line of its own right after one or two other capitalised words that are
no title of address nor a job (a letterhead's or a signature's line naming the firm), it is
that person's firm: no one. (A person written with their rank first, "Director Lee Chan",
has a job before the name; one a sentence names has words around it.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.names import SOCIAL, UPPER, titled
from followup.core.model import Person


def _family(name: str) -> str:
    words = [w.strip(".,") for w in name.split()]
    return words[-1].lower() if len(words) >= 2 else ""


def named_for_another(p: Person, everyone: Sequence[Person], text: str) -> bool:
    """The address-less entry `p` is a firm named for another person of the file (see
    the module)."""
    words = p.name.split()
    if p.email or len(words) < 2:
        return False
    if not any(q is not p and q.name != p.name and _family(q.name) == words[0].lower()
               for q in everyone):
        return False
    lines = [ln.strip() for ln in text.split("\n") if re.search(
        rf"(?<!\w){re.escape(p.name)}(?!\w)", ln)]
    if not lines:
        return False
    for ln in lines:
        m = re.fullmatch(rf"[-•*·\s]*((?:[{UPPER}][\w'’&-]*\s+){{1,2}}){re.escape(p.name)}"
                         r"[\s.,;]*", ln)
        if m is None:
            return False
        before = m.group(1).strip()
        if SOCIAL.match(before + " ") or titled(before) or any(
                titled(w) for w in before.split()):
            return False
    return True
