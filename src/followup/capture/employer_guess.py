"""What a careful reader takes before a bare guess at the employer (issue 23). When nothing
but a capitalised name in the description is left, the candidate writes, in this order: the
name the file writes with its legal form that the title, the location or a person's name
writes again ("Forn Ferrer Puig S.L. · Carrer de Sueca 41" for "… – Forn Ferrer",
"Secrétariat – Cabinet Dentaire Moreau-Lefèvre SARL" at "Cabinet Dentaire, 14 rue …"), a
Japanese company's line with its legal form ("株式会社…": the name), the institution whose
acronym the sender signs with and the text spells out ("Secretaria DCOMP UEVS" beside "…
Universidade Estadual do Vale Serrano (UEVS)"), the description's name that is shaped like an
organisation's ("Hotel Villa Serena" beside the job "Guest Relations Agent"), then the
location's business so shaped ("Boulangerie des Remparts, 3 place du Marché"); a town, a
desk's name or the job is the guess only when nothing else is written. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.employer import INSTITUTIONS
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy

# the first word of an organisation's name, beside the institutions' (employer.INSTITUTIONS):
# the trades whose premises carry the owner's or the place's name
_TRADES = ("Hotel|Hostal|Hôtel|Restaurant|Restaurante|Ristorante|Café|Cafe|Bakery|Panadería|"
           "Boulangerie|Pharmacie|Farmacia|Apotheke|Clinic|Clínica|Klinik|Cabinet|Agência|"
           "Agencia|Editorial|Librería|Bodega|Viña|Hacienda|Taller|Atelier|Bistro|Brasserie|"
           "Trattoria|Osteria|Pizzeria|Salon|Studio|Estúdio|Laboratoire|Laboratorio|Grupo|"
           "Compañía|Companhia|Compagnie|Maison|Domaine|Château|Cantina|Azienda|Tenuta|"
           "Praxis|Kanzlei|Schreinerei|Bäckerei|Metzgerei|Gärtnerei|Werkstatt")


ORG_HEAD = lazy(rf"^(?:The[ \t]+)?(?:{INSTITUTIONS}|{_TRADES})\b")


# an institution's words before the name its domain spells ("City of Larkspur Springs" at
# larkspursprings, "University of Eastmere" at eastmere)
_HEAD_OF = lazy(rf"^(?:The[ \t]+)?(?:{INSTITUTIONS})[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")


def named_by_domain(name: str, domains: Sequence[str]) -> bool:
    """A domain of the file spells the name, or the name less its institution's words
    ("City of …")."""
    from followup.capture.org_domains import agrees

    bare = _HEAD_OF.sub("", name)
    return any(agrees(name, d) or (bare != name and agrees(bare, d)) for d in domains)


def institution_of(name: str, domains: Sequence[str]) -> bool:
    """The name is an institution's words before the name a domain spells ("City of
    Larkspur Springs" at larkspursprings): the name to write, not the domain's bare words."""
    from followup.capture.org_domains import agrees

    bare = _HEAD_OF.sub("", name)
    return bare != name and any(agrees(bare, d) for d in domains)


def organisation_shaped(name: str) -> bool:
    """The name reads as an organisation's: a company's last word, or an institution's or a
    trade's first ("Hotel Villa Serena", "Cabinet Dentaire Moreau")."""
    from followup.capture.employer import by_suffix

    return by_suffix(name) or (len(name.split()) >= 2 and bool(ORG_HEAD.match(name)))


def _written_again(name: str, inv: Invitation, people: Sequence[str]) -> bool:
    """A word of the name (its legal form aside) is written by the title, the location or a
    person's name of the file: the firm's own name, not a vendor's footer."""
    from followup.capture.employer import plain
    from followup.capture.org_domains import name_words, squash
    from followup.core.companies import without_legal_form

    # and it heads a line or a piece of one (a signature's, a footer's, the location's), not
    # a sentence's words ("… since you left Corvane Ltd")
    lines = f"{plain(inv.description)}\n{inv.note}\n{inv.location or ''}"
    if not re.search(rf"(?m)(?:^|[–—|·•-][ \t]*){re.escape(name)}", lines):
        return False
    elsewhere = squash(" ".join([inv.summary, inv.location or "", *people]))
    return any(len(w) >= 4 and squash(w) in elsewhere
               for w in name_words(without_legal_form(name)))


# a Japanese company's line of its own, its legal form before or after the name
# ("株式会社東海ミライ銀行", "如月商会株式会社"): the name
_KAISHA = lazy(r"(?m)^[ \t]*(?:株式会社|有限会社|合同会社)[ \t]*([^\s\d]{2,20})[ \t]*$|"
               r"^[ \t]*([^\s\d]{2,20}?)[ \t]*(?:株式会社|有限会社|合同会社)[ \t]*$")
_ACRONYM = lazy(r"\b[A-Z]{3,6}\b")


def _acronym_spelled(inv: Invitation) -> str:
    """The organisation's acronym the sender signs or the location writes ("Secretaria DCOMP
    UEVS", "Campus UEVS"), spelled out by the text ("… Universidade Estadual do Vale Serrano
    (UEVS)"): the institution's name, when it is shaped like one."""
    from followup.capture.employer import plain, spelled_out

    text = plain(inv.description)
    shown = " ".join([*(a.name for a in [inv.organizer, *inv.senders] if a and a.name),
                      inv.location or ""])
    for acronym in dict.fromkeys(_ACRONYM.findall(shown)):
        if f"({acronym})" not in text:  # the text's own "Name (ACR)"
            continue
        whole = spelled_out(acronym, text)
        if whole and organisation_shaped(whole):
            return whole
    return ""


def before_guess(inv: Invitation, domains: list[str], org: str, guesses: Sequence[str],
                 people: Sequence[str]) -> tuple[str, str]:
    """(name, how) a careful reader takes before the first guess, or ("", "")."""
    from followup.capture.employer import plain, with_legal_form
    from followup.capture.employer_where import agency

    formal = with_legal_form(inv, domains, org, anywhere=True)
    if formal and not agency(formal) and _written_again(formal, inv, people):
        return formal, "named with its legal form"
    registered = next((m.group(1) or m.group(2) for m in _KAISHA.finditer(
        plain(inv.description))), "")
    if registered:
        return registered, "named with its legal form"
    whole = _acronym_spelled(inv)
    if whole:
        return whole, "the sender's acronym, as the text spells it out"
    shaped = next((g for g in guesses if organisation_shaped(g) and not agency(g)), "")
    if shaped:
        return shaped, "named in the description (an organisation's name)"
    from followup.capture.employer_where import at_location

    place = at_location(inv, people)  # the premises, shaped like an organisation's
    if place and organisation_shaped(place) and not agency(place):
        return place, "the business the location names"
    return "", ""
