"""Whether a name an invitation gives is a person's at all (issue 23): one check for every
name wherever it came from (a calendar's display name, a relay's, a phrase of the
description, an address), so that a building, a unit of a hospital, a firm or a product is
never thanked as an interviewer. Which kind of person each one is, is capture/people.py's.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from followup.capture.addresses import is_relay
from followup.capture.lazy import lazy
from followup.capture.names import ORGANISING, titled
from followup.capture.names import name_words as _key
from followup.capture.person_shape import looks_like_person, place_words
from followup.capture.spelling import spells


class Person(Protocol):
    name: str
    email: str | None
    contexts: set[str]
    attends: bool
    is_org: bool
    title: str


def vouched(e: Person, cores: set[str], said: str, entries: Sequence[Person],
             summary: str, location: str) -> bool:
    """Whether the file says a name is a person's, wherever the name came from (a calendar's
    display name, a relay's, a phrase of the description, an address): an address of its
    own that spells it; else no word of it starts an organisation of the file's addresses
    ("Brightwater Placements", "Castletown Cannery" beside castletown-seafoods…); on an
    address of its own, its words are a person's ("Okoro & Lund Solicitors", "Store 0452")
    or the text gives it a place in the meeting, and it is not the invitation title's words
    that do not say whom it is with ("Staff Nurse, Acute Medical Unit") nor a place (the
    invitation's location, a part of an address: "Venue: Stroke Rehabilitation Unit, Ward
    12"); a name the text only writes in passing has a job title beside it, or is neither
    a part of an address nor one item of a list of things."""
    if not e.name:
        return True
    own = e.email and not is_relay(e.email)
    if own and e.email and spells(e.email.partition("@")[0], e.name) and \
            looks_like_person(e.name) and "&" not in e.name:
        return True  # their own mailbox
    if first_word_of_an_organisation(e.name, cores):
        return False
    if own:
        shaped = looks_like_person(e.name) and "&" not in e.name
        return bool(e.contexts) or (shaped and not (
            len(_key(e.name)) >= 2 and _key(e.name) <= _key(summary)) and not
            _in_an_address(e.name, said) and e.name.lower() not in location.lower())
    if e.attends or e.is_org or not e.contexts <= {"prose"}:
        return True  # the calendar's own display name, or a place in the meeting
    if _on_the_jobs_line(e.name, said):
        return False  # "Vaga: Engenheira(o) de Software Pleno – Marketplace": the job
    if e.title and (titled(e.title) or ORGANISING.search(e.title)):
        return True  # a job title beside the name: "Gordon Achterberg, Executive Director"
    return not (_in_an_address(e.name, said) or _listed_among_things(e.name, said, entries))


def _clauses(name: str, said: str) -> list[str]:
    """The clauses of the text that write the name (up to a sentence's end, a bracket, a
    line's end)."""
    return [c for c in re.split(r"[()\[\]\n;]|(?<=[.!?])\s", said)
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", c)]


def _in_an_address(name: str, said: str) -> bool:
    """A name written among the parts of a postal address ("4th floor, Pentagon Towers,
    Baner Road, Pune 411045"): a building's."""
    for clause in _clauses(name, said):
        if PLACE_LABEL.search(clause.partition(name)[0]):
            return True  # "Venue: Stroke Rehabilitation Unit, Ward 12"
        parts = [p.strip() for p in clause.split(",")]
        if len(parts) >= 3 and any(POSTAL.search(p) or place_words(p) for p in parts
                                   if name not in p):
            return True
    return False


# A house number before a street's name, a postcode ("3 Temple Quay", "Pune 411045",
# "Bristol BS1 6DZ"; not a year or a time: "2026 at 6:30 AM").
POSTAL = lazy(r"^(?!(?:19|20)\d\d\b)\d+[a-z]?\s+[A-Z]|\b\d{5,6}\b|"
              r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# … and the label a place is written after ("Venue: …", "Where: …", "Lieu : …").
PLACE_LABEL = lazy(r"\b(?:location|venue|address|where|site|lieu|ort|lugar|local|sede|"
                   r"ubicaci[oó]n|direcci[oó]n|endere[cç]o|adresse|indirizzo)\s*:\s*$",
                   re.IGNORECASE)


def _listed_among_things(name: str, said: str, entries: Sequence[Person]) -> bool:
    """A name listed with two or more others none of which is a person of the file
    ("works with Google Calendar, Outlook and Apple Calendar"): things are listed with
    their own kind."""
    known = [_key(e.name) for e in entries if e.name and e.name != name]
    for clause in _clauses(name, said):
        m = re.search(rf"((?:[^,]+,\s*)+[^,]*?)\s+(?:and|or|&)\s+{re.escape(name)}(?!\w)",
                      clause)
        if not m:
            continue
        items = [i.strip() for i in m.group(1).split(",") if i.strip()]
        last = items[-1].split()[-3:] if items else []  # the item before ", and": its
        items[-1:] = [" ".join(last)] if last else []  # last words
        if len(items) >= 2 and not any(_key(i) & k for i in items for k in known):
            return True
    return False


def first_word_of_an_organisation(name: str, cores: set[str]) -> bool:
    """A name whose first word starts the name of an organisation of the file's addresses
    ("Brightwater Recruitment", "Brightwater Placements" beside brightwatertalent.example):
    the organisation's, never a person's."""
    from followup.capture.employer import squash

    first = squash(name.split()[0])
    return (len(first) >= 5 and any(c.startswith(first) for c in cores)) or \
        _trade_then_core(name, cores)


# The first words of a business's name before the name its domain spells, beside
# employer_guess.ORG_HEAD's ("Tiendas Qhapaq" at qhapaq…, "Farmacias Ruiz" at ruiz…)
_SHOPS = frozenset(("tiendas", "tienda", "almacenes", "supermercados", "farmacias", "lojas",
                    "loja", "magasins", "boutique", "hoteles", "hotéis", "laboratorios",
                    "distribuidora", "comercial", "industrias", "transportes", "ferreteria",
                    "ferretería", "inversiones", "constructora", "inmobiliaria"))


def _trade_then_core(name: str, cores: set[str]) -> bool:
    """A name whose last word is the organisation's domain and whose first is a trade's or
    an institution's ("Tiendas Qhapaq", "Hotel Arenal" at arenal…): the business."""
    from followup.capture.employer import squash
    from followup.capture.employer_guess import ORG_HEAD

    words = name.split()
    return len(words) >= 2 and squash(words[-1]) in cores and (
        bool(ORG_HEAD.match(name)) or words[0].lower() in _SHOPS)


# The label of the job's own line, in the languages invitations come in ("Vaga:", "Puesto:",
# "Position:", "Poste :", "Stelle:", "Tehtävä:", "職種：").
_JOB_LABEL = (r"(?:vaga|puesto|cargo|plaza|posici[oó]n|position|role|job(?:\s+title)?|post|"
              r"vacancy|poste|emploi|stelle|position|posizione|ruolo|vacature|functie|"
              r"tehtävä|befattning|tjänst|stilling|stanowisko|職種|ポジション|职位|岗位|직무)")


def _on_the_jobs_line(name: str, said: str) -> bool:
    """The name is written only on the line the job's label begins: words of the job."""
    lines = [ln for ln in said.split("\n")
             if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", ln)]
    return bool(lines) and all(
        re.match(rf"\s*(?:the\s+)?{_JOB_LABEL}\s*[:：]", ln, re.IGNORECASE) for ln in lines)
