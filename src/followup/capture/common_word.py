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
    """A one-word name that the file also writes in small letters inside a sentence and
    never with its capital there: "Enoturismo" beside "el puesto de enoturismo"; not
    "Vantora" beside "the team at Vantora". (A name of several words may write a common
    word among its own, "Harbour Kitchen" beside "the harbour": it is left to the readers
    of where a name ends, name_edges.)"""
    from followup.capture.employer_evidence import file_texts
    from followup.capture.name_edges import small_inside

    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper() and len(w) >= 4]
    if len(words) != 1 or len(name.split()) > 1 or words[0].isupper():
        return False
    texts = file_texts(inv)[1:]  # not the title, which capitalises its first word
    return all(any(small_inside(w, t) for t in texts) for w in words) and not any(
        _capital_inside(w, t) for w in words for t in texts)


def _capital_inside(word: str, text: str) -> bool:
    """The text writes the word with its capital after another word of its sentence, where
    only a name keeps one ("a visit to Vantora"): the name is a name after all."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = text[:m.start()].rstrip(" \t")
        if before and before[-1].isalpha() and m.start() > len(before):
            return True
    return False
