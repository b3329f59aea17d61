"""A name that holds a person's given name without the person is a line about that person,
not the employer (issue 23). Pure.

A reader that takes a capitalised span for the employer meets spans that speak to or of
someone in the file: the title's "Interview Jana – Shift Lead" (the candidate), a closing
signed "Regards Piet" or "Cheers, Maud" (the sender), in whatever language. A firm named
after a person writes the person's family name ("Kowalczyk Instalacje", "Bakkerij Vos",
"John Lewis") or names the owner after a word of possession ("Le Fournil de Marthe",
"Chez Ana"); a span that writes only the given name of someone the file names, with no
family name of theirs beside it, addresses that person.
"""

from __future__ import annotations

from collections.abc import Sequence

_EDGE = ".,;:!?()[]\"'“”«»-–—"
# the words that name whose a thing is, before its owner's name
_OWNERS = frozenset(("de", "du", "of", "van", "von", "di", "da", "do", "chez", "bei", "del"))


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE).casefold() for w in text.split() if w.strip(_EDGE)]


def holds_given_name(name: str, people: Sequence[str]) -> bool:
    """The proposed name writes a person's given name as a word (the first word of the
    name of someone the file names, the candidate too) and none of that person's other
    names: "Interviu Sam" with the candidate "Sam", "Groet Henk" from "Henk Vos"."""
    words = _words(name)
    if len(words) < 2:  # a one-word name is the reader's on other grounds
        return False
    for person in people:
        parts = _words(person)
        if not parts or len(parts[0]) < 3 or parts[0] not in words:
            continue
        at = words.index(parts[0])
        if at and words[at - 1] in _OWNERS:
            continue  # a business named for its owner: "Le Fournil de Marthe", "Chez Ana"
        if not any(p in words for p in parts[1:]):
            return True
    return False


def holds_candidate(name: str, candidate: Sequence[str]) -> bool:
    """The proposed name writes the candidate's whole name beside other words ("RDV Sam
    Candidate", "Interview Jana Novak"): the candidate is never their own employer, so the
    span is the meeting's subject, whatever the language of its other words."""
    words = _words(name)
    for person in candidate:
        parts = _words(person)
        if len(parts) >= 2 and len(words) > len(parts) and all(p in words for p in parts):
            return True
    return False
