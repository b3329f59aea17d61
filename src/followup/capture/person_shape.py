"""Does a name found only in an invitation's text (no address of its own) look like a
person's at all? (issue 23)

A name with an address is checked where the address is read; one the description alone
gives ("… at Casa Azulejo", "L'équipe Recrutement", "Tower B, 4th floor", "via Ou Kaapse
Weg") has nothing else to vouch for it, so its own words must. One check for every such
name, not one pattern per word: its shape (a last word that is one bare capital is a
building's wing or a cut-off word, never a family name: "Tower B", "Corporate M"; a first
word that is an article or a pronoun starts a sentence or a team, not a name: "L'équipe",
"Soy Ximena", "Sie Ihren …") and its words (a common noun of organisations, places and
buildings, in the languages the invitations come in, is never part of a person's name).

A given-name lexicon was measured for this and not kept: gender-guesser's 48,000 names
(its data 4.3 MB, 40 ms to read, GPLv3) know none of the words of 83 of the 708 people the
1,305 development invitations name without an address (Kwame Mensah, Ngozi Eze, Siddharth
Menon, Thandiwe Mokoena …) against 11 of the 14 names there that are no one's: as a gate
it refuses eight people for each non-person. The check below refuses 13 of the 14 and none
of the 708.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

# Common nouns of organisations, teams, places and buildings (several languages). Only
# words that are not also family names: "Park", "Hall", "Field", "House" are (names.py
# PLACE_SURNAMES), and "Casa" only as a first word ("Casa Azulejo"; "Della Casa" is a person).
NOT_IN_A_NAME = frozenset((
    # organisations and teams
    "corporate", "company", "companies", "team", "teams", "équipe", "equipe", "equipo",
    "equipa", "squadra", "recrutement", "recruiting", "recruitment", "reclutamiento",
    "recrutamento", "personalabteilung", "seguros", "assurances", "versicherung",
    "versicherungen", "contabilidade", "contabilidad", "comptabilité", "buchhaltung",
    "accountants", "accounting", "stadtwerke", "stadtwerken", "guides", "tours", "ledger",
    "timber", "holdings", "solutions", "services", "serviços", "servicios", "consulting",
    "partners", "associates", "gmbh", "ltd", "llc", "inc", "plc", "s.a.", "sarl", "b.v.",
    # a small firm's trade, the word its name ends or starts with ("Ortega Auto Repair",
    # "Fairweather Florals", "Salt & Ember Kitchen", "Pharmacie du Canal", "Werkstatt Brandt")
    "repair", "repairs", "florals", "florist", "kitchen", "küche", "cocina", "cucina",
    "pharmacie", "pharmacy", "farmacia", "apotheke", "werkstatt", "tischlerei",
    "schreinerei", "bäckerei", "bakery", "boulangerie", "panadería", "padaria", "brewery",
    "brewing", "plumbing", "grooming", "veterinary", "vets", "dental", "clinic", "klinik",
    "clínica", "restaurant", "restaurang", "bistro", "trattoria", "osteria", "cantina",
    # places, roads and buildings
    "weg", "straße", "strasse", "street", "road", "avenue", "avenida", "rua", "calle",
    "boulevard", "platz", "plaza", "tower", "torre", "turm", "building", "gebäude",
    "edificio", "edifício", "bâtiment", "campus", "centre", "center", "centro", "zentrum",
    "reception", "lobby", "floor", "annex", "annexe",
))
ROADS = ("straße", "strasse", "gasse", "allee")  # the end of a road's one word: "Lindenallee"
FIRST_NOT_IN_A_NAME = frozenset(("casa", "maison", "haus", "hotel", "café", "cafe"))
# A sentence's first word, not a name's: a pronoun, or "I am" said in a few languages.
SENTENCE_FIRST = frozenset(("soy", "sie", "ich", "wir", "je", "nous", "vous", "somos",
                            "sou", "ik", "wij", "jeg", "vi", "jag", "we", "our", "your",
                            "the", "this", "these", "unser", "unsere", "notre", "nuestro",
                            "nuestra", "nossa", "nosso", "my", "mein", "meine", "mijn",
                            "meu", "minha"))  # (never "mia", "mio", "ma": given names too)
_ELIDED = lazy(r"^[LlDd]['’](?=[^\W\d_])(?![A-ZÀ-Þ])")  # "L'équipe", never "D'Souza"


def looks_like_person(name: str, text: str = "") -> bool:
    """Whether an address-less name from a description can be a person's ("Casa Azulejo",
    "Tower B", "L'équipe Recrutement", "Ou Kaapse Weg" cannot; nor one `text` writes with
    a legal form after it, "Hafenbetriebe Nordkai GmbH")."""
    from followup.core.companies import legal_tail

    words = name.split()
    if not words:
        return False
    if text and any(legal_tail(text[m.end():]) for m in re.finditer(
            rf"(?<!\w){re.escape(name)}(?!\w)", text)):
        return False
    if any(c.isdigit() for c in name):
        return False  # "Store 0452 - Springfield", "Unit 3": a person's name has no figures
    if len(words) >= 2 and re.fullmatch(r"[A-Z]", words[-1]):
        return False  # "Tower B", "Corporate M": an initial is written first, or with a dot
    if _ELIDED.match(words[0]) or words[0].lower() in SENTENCE_FIRST:
        return False
    if words[0].lower() in FIRST_NOT_IN_A_NAME and len(words) >= 2:
        return False
    return not place_words(name)


def place_words(text: str) -> bool:
    """Whether the words hold a common noun of organisations, places and buildings
    (NOT_IN_A_NAME, or a road's one word: "Baner Road", "Lindenallee")."""
    return any(w in NOT_IN_A_NAME or w.endswith(ROADS)
               for w in (x.lower().strip(".,;:") for x in text.split()))
