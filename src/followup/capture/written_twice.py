"""One person the file writes twice, in two forms, is one person to thank (issue 23): a name
declined as the sentence needs it ("Będzie z Krzysztofem Zawadzkim" beside Krzysztof
Zawadzki, "s Lukom Kovačevićem" beside Luka Kovačević) or a short form of the given name
("Kasia Mazur" beside Katarzyna Mazur). The readers that find people each know some of these
forms; this is the last look over what they found together, whatever found it. Two addresses
are never one person. Pure.
"""

from __future__ import annotations

from followup.capture.name_forms import declined
from followup.capture.names import name_words, one_given_name
from followup.core.model import Person


def same_person(a: str, b: str) -> bool:
    """Whether two names the file writes can be one person's: one declines the other, or
    the family names agree and one given name can be the other's short form."""
    if not a or not b or name_words(a) == name_words(b):
        return bool(a and b)
    if declined(a, b) or declined(b, a):
        return True
    (given_a, _, family_a), (given_b, _, family_b) = a.partition(" "), b.partition(" ")
    return bool(family_a and family_b and name_words(family_a) == name_words(family_b)
                and one_given_name(given_a, given_b))


def once_each(staff: list[Person], coordinator: Person | None,
              made_up: frozenset[str] = frozenset()) -> tuple[list[Person], Person | None]:
    """The people met, each once: of two forms of one person, the one with an address (else
    the first the file gives, in its plainer form when one declines the other), under the
    name the letter writes when the address's name was only made from it (`made_up`: "Kasia
    Mazur" for katarzyna.mazur@, as the candidate will greet her); one met who is the
    coordinator written another way is the coordinator."""
    kept: list[Person] = []
    for p in staff:
        if coordinator is not None and not p.email and same_person(p.name, coordinator.name):
            continue
        twin = next((i for i, k in enumerate(kept) if not (k.email and p.email)
                     and same_person(p.name, k.name)), None)
        if twin is None:
            kept.append(p)
            continue
        k = kept[twin]
        addressed, written = (p, k) if p.email else (k, p)
        if addressed.email:
            letter = addressed.email.lower() in made_up and not (
                written.name != addressed.name and declined(written.name, addressed.name))
            kept[twin] = Person(name=written.name, email=addressed.email) if letter \
                else addressed  # (never a declined form: "Krzysztofem" is no greeting)
        elif k.name != p.name and declined(k.name, p.name):
            kept[twin] = p  # the form the other declines (Krzysztof Zawadzki)
    return kept, coordinator
