"""An attendee whose mailbox is their own name (issue 23): "Floor Meijer
<floor.meijer@…>", "Kim Booth <kim_booth@…>", "Aula Sala <aula.sala@…>". A word of the name
may also name a room ("Floor", "Booth", "Sala", "Aula"); a room's mailbox is never a given
name and a family name joined by a dot, so the name is a person's. Pure."""

from __future__ import annotations

import re

from followup.capture.spelling import plain

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def spelled_by_mailbox(name: str, email: str | None) -> bool:
    """Whether the mailbox is the name's two or three words, each whole, in the written order
    or turned round, joined by a dot, a dash or an underscore ("floor.meijer@")."""
    words = name.split()
    if not email or "@" not in email or not 2 <= len(words) <= 3 or not all(
            _WORD.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in words):
        return False
    parts = re.split(r"[._-]", email.split("@", 1)[0].lower())
    want = [re.sub(r"['’-]", "", plain(w)) for w in words]
    return len(parts) > 1 and parts in (want, want[::-1])


def given_as_a_place(name: str, email: str | None) -> bool:
    """A person's name whose given name is also a common noun of places ("Floor Meijer"
    <floor.meijer@>): the mailbox spells it whole, the first word alone is such a noun,
    and no other word is one or a word no name has ("Reception Desk" stays a desk)."""
    from followup.capture.names import NOT_NAME
    from followup.capture.person_shape import NOT_IN_A_NAME

    words = [w.lower() for w in name.split()]
    return spelled_by_mailbox(name, email) and words[0] in NOT_IN_A_NAME and not any(
        w in NOT_IN_A_NAME or w in NOT_NAME for w in words[1:])
