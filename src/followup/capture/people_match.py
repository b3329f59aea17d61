"""Which person of an invitation a name written in its text is (issue 23): the one person
of the file with that name written another way: a first name alone, one word of it, an
initial, a short form, a title of address and a family name, or an address that spells it.
Pure.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from followup.capture.lazy import lazy
from followup.capture.names import name_words as _key
from followup.capture.names import one_given_name
from followup.capture.spelling import HONORIFICS, plain, spells


class Named(Protocol):
    name: str
    email: str | None


P = TypeVar("P", bound=Named)


def by_first_name(name: str, entries: list[P]) -> P | None:
    """ "Interviewers: Dagny, Emeka": the one person of the file with that first name, or
    else the one whose given name it can be a short form of."""
    if len(name.split()) != 1:
        return None
    same = [e for e in entries if e.name and e.name.split()[0].lower() == name.lower()]
    if not same:  # "Best, Max" under Maximilian Huber's letter, "Bob" for Robert: the one
        # person of the file whose given name that can be
        same = [e for e in entries if e.name and len(e.name.split()) >= 2 and
                one_given_name(e.name.split()[0], name)]
    return same[0] if len(same) == 1 else None


def by_one_word(name: str, entries: list[P]) -> P | None:
    """ "Lan and I" for Nguyen Thi Lan, "Emeka" for Chukwuemeka Nkemelu <emeka@…>: the one
    person of the file with that word in their name or as their address."""
    if len(name.split()) != 1:
        return None
    word = plain(name)
    same = [e for e in entries if (e.name and word in _key(e.name)) or (
        e.email and re.split(r"[._+-]", plain(e.email.partition("@")[0]))[0] == word)]
    return same[0] if len(same) == 1 else None


def by_initial(name: str, entries: list[P]) -> P | None:
    """ "J. Smith" for John Smith: the one person of the file with that family name whose
    given name starts with that letter."""
    m = re.fullmatch(r"(?:(?:Dr|Prof)\.?\s+)?((?:[^\W\d_]\.\s*)+)\s*(\S.*)", name)
    if not m:
        return None
    initial, family = m.group(1)[0].lower(), _key(m.group(2))
    same = [e for e in entries if e.name and len(e.name.split()) >= 2 and family and
            family <= _key(e.name) and plain(e.name)[:1] == initial]
    return same[0] if len(same) == 1 else None


def by_short_form(name: str, entries: list[P]) -> P | None:
    """ "Robert Okonkwo-Smith" for Bob Okonkwo-Smith, "Katherine Lowe" for Kate Lowe: the one
    person of the file with that family name whose given name can be the same person's."""
    given, _, family = name.partition(" ")
    if not family:
        return None
    same = [e for e in entries if e.name and " " in e.name and
            _key(e.name.partition(" ")[2]) == _key(family) and
            one_given_name(e.name.partition(" ")[0], given)]
    return same[0] if len(same) == 1 else None


INITIALLED = lazy(r"(?:(?:Dr|Prof)\.?\s+)?((?:[^\W\d_]\.\s*)+)\s*(\S.*)")


def by_written_out(name: str, entries: list[P]) -> P | None:
    """ "Amara Okafor" for A. Okafor: the one person of the file written with that given
    name's initial and that family name."""
    given, _, family = name.partition(" ")
    if not family or INITIALLED.match(name):
        return None
    same = [e for e in entries if e.name and (m := INITIALLED.fullmatch(e.name)) and
            m.group(1)[0].lower() == plain(given)[:1] and _key(m.group(2)) == _key(family)]
    return same[0] if len(same) == 1 else None


def by_family_name(name: str, entries: list[P]) -> P | None:
    """ "Dr Okafor", "Prof. Lindqvist", "Ms Ek": a title of address and a family name are
    the one person of the file with that family name."""
    words = [w.strip(".").lower() for w in name.split()]
    if len(words) < 2 or any(w not in HONORIFICS for w in words[:-1]):
        return None
    family = plain(words[-1])
    same = [e for e in entries if e.name and len(e.name.split()) >= 2 and
            plain(e.name.split()[-1]) == family]
    return same[0] if len(same) == 1 else None


def by_address(name: str, entries: list[P]) -> P | None:
    """ "Dr Kwabena Mensah" for an attendee given only as k.mensah@…: the one unnamed
    attendee whose address spells the name; or one named only in another script ("Kobayashi
    Emi" signing for 小林 恵美 <e.kobayashi@…>): one person per address."""
    same = [e for e in entries if (not e.name or not _latin(e.name)) and e.email and
            spells(e.email.partition("@")[0], name)]
    return same[0] if len(same) == 1 else None


def _latin(name: str) -> bool:
    """The name has a letter of the Latin alphabet (of any accent)."""
    return any(c.isalpha() and ord(c) < 0x250 for c in name)
