"""A name the file also writes in small letters is a common word, not the employer
(issue 23). Pure.

A firm's name is a proper name: every sentence that writes it keeps its capitals, in any
language that has them ("bei Lindqvist", "chez Brasserie Aubert"). A word that a title
capitalises only because it heads the title or a piece of it ("Entrevista – Enoturismo",
"Entretien – Horloger") is the kind of work, the place or the subject, and the letter
writes it again in small letters inside a sentence ("el puesto de enoturismo", "le poste
d'horloger"). Addresses and links are not sentences (a domain writes a firm in small
letters; capture/employer_evidence.file_texts leaves them out); a name in capitals
throughout is initials, which have no small form to tell by. The test of one word is
name_edges.small_inside (where it tells a title's common noun before a name).
"""

from __future__ import annotations

import re

from followup.capture.invitations import Invitation


def written_small(name: str, inv: Invitation) -> bool:
    """Every word of `name` (three at most) that it capitalises the file also writes in
    small letters inside a sentence: "Enoturismo" beside "el puesto de enoturismo"; not
    "Clearwater Council" beside "the council's offices", whose "Clearwater" keeps its
    capital."""
    from followup.capture.employer_evidence import file_texts
    from followup.capture.name_edges import small_inside

    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper() and len(w) >= 4]
    if not words or len(name.split()) > 3 or any(w.isupper() for w in words):
        return False
    texts = file_texts(inv)[1:]  # not the title, which capitalises its first word
    return all(any(small_inside(w, t) for t in texts) for w in words)
