"""A firm's seat is no employer (issue 23). Pure.

A signature or a letterhead writes the firm with its legal form and then, after a comma, the
town it is registered in ("Jadran Nautika d.o.o., Punat", "Brouwer Techniek B.V., Zwolle",
"Sierra Fría S.L., Teruel"): the town is where the firm sits, and a reader that took that one
word for the employer was reading the firm's address. The firm written before it is the
employer.
"""

from __future__ import annotations

import re

from followup.capture.employer import plain, with_legal_form
from followup.capture.invitations import Invitation


def seat_of(guess: str, inv: Invitation) -> str:
    """The firm, written with its legal form, whose seat the one-word guess is; else ""."""
    if not guess or len(guess.split()) != 1:
        return ""
    formal = with_legal_form(inv, [], "", anywhere=True)
    if not formal or guess in formal:
        return ""
    texts = (inv.summary, plain(inv.description), inv.note)
    after = re.compile(rf"{re.escape(formal)}[ \t]*,[ \t]*{re.escape(guess)}\b")
    return formal if any(after.search(t) for t in texts) else ""
