"""Another's name read again with the words before it (issue 23). Pure.

A letter that writes what someone does right before their name ("… ve Yazılım Takım Lideri
Zeynep Aydın bulunacaktır", "com a Diretora Financeira Ana Lopes") can leave the reader an
entry of those words and the first of the name ("Yazılım Takım Lideri Zeynep") beside the
person the calendar invites ("Zeynep Aydın"). When the text writes that entry followed at
once by the rest of another entry's name, the entry is that person with the words before
their name: not a second person, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.core.model import Person


def titled_again(p: Person, everyone: Sequence[Person], text: str) -> bool:
    """The address-less entry `p` ends with the first words of another entry's name, has
    words before them, and the text writes it followed by the rest of that name."""
    words = p.name.split()
    if p.email or len(words) < 2:
        return False
    for q in everyone:
        theirs = q.name.split()
        if q is p or len(theirs) < 2 or q.name == p.name:
            continue
        for k in range(1, min(len(words), len(theirs))):
            if words[-k:] != theirs[:k]:
                continue
            rest = r"\s+".join(re.escape(w) for w in theirs[k:])
            if re.search(rf"(?<!\w){re.escape(p.name)}\s+{rest}(?!\w)", text):
                return True
    return False
