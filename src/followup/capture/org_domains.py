"""An organisation's name and its e-mail domain (issue 23): the label of a domain that names
the organisation, the words a company's name ends in, and whether a name and a domain name
one organisation (written whole, shortened or by initials). Pure: the public suffix list
is data read once, as zoneinfo reads tzdata."""

from __future__ import annotations

import re
from functools import cache

from followup.capture.lazy import lazy
from followup.core.companies import without_legal_form


def name_words(text: str) -> list[str]:
    """A name's words, lower case, apostrophes and hyphens kept inside them."""
    return re.findall(r"[\w'’-]+", text.lower())


# Lower-case words inside a company's name ("Bank of Ireland", "Banco de Galicia").
CONNECTORS = frozenset(("&", "and", "of", "de", "du", "des", "la", "le", "les", "von", "van",
                        "der", "den", "the", "für", "y", "e", "et", "und", "da", "do", "di",
                        "del", "a", "an", "on", "in", "for", "+"))


# Letters that no accent-stripping makes Latin, as a domain writes them ("Mimarlık" at
# demir-mimarlik, "Søndergaard" at sondergaard, "Straße" at strasse).
_LATIN = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d",
                        "ł": "l", "þ": "th", "ð": "d", "ħ": "h"})


def squash(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower().translate(_LATIN))
    return "".join(c for c in plain if c.isalnum())


def abbreviates(core: str, words: list[str]) -> bool:
    """The domain writes every word of the name in order, each whole or by its initial, one
    at least each way, perhaps with a company word of its own after ("hsantaluzia" for
    Hospital Santa Luzia, "kbuilders" for Kaya Builders, "mfoods-group" for Mara Foods)."""
    def walk(c: str, i: int, kinds: frozenset[str]) -> bool:
        if i == len(words):
            return kinds == {"whole", "initial"} and (not c or c in SUFFIX_KEYS)
        w = words[i]
        return (c.startswith(w) and walk(c[len(w):], i + 1, kinds | {"whole"})) or (
            len(w) > 1 and c[:1] == w[:1] and walk(c[1:], i + 1, kinds | {"initial"}))
    return len(words) >= 2 and walk(core, 0, frozenset())


def covers(core: str, words: list[str]) -> bool:
    """The domain's name is all of the words, run together or abbreviated ("lumenvale" for
    Lumen & Vale, "northbaycu" for Northbay Credit Union), not only their start."""
    keys = [squash(w) for w in words if w.lower() not in CONNECTORS and squash(w)]
    # a hyphenated name's parts, each a word the domain may abbreviate ("atelier-rl" for
    # Atelier Rousseau-Lefèvre)
    parts = [squash(p) for w in words if w.lower() not in CONNECTORS
             for p in w.split("-") if squash(p)]
    return bool(keys) and ("".join(keys) == core or abbreviates(core, keys)
                           or abbreviates(core, parts))


def initials(name: str) -> set[str]:
    """The ways a name is abbreviated: the first letters of its words, of the parts of its
    hyphenated words ("vts" for Vantara Tele-Systems), with or without its small words."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w not in ("&", "+")]
    parts = [p for w in words for p in re.split(r"-", w) if p]
    out = set()
    for seq in (words, parts):
        for keep_small in (True, False):
            letters = "".join(squash(w)[:1] for w in seq if keep_small or w[:1].isupper())
            out.add(letters)
    return {x for x in out if len(x) >= 2}


# How a domain writes the letters a name writes with a mark: as the language spells them
# without it ("blaabaer" for Blåbær, "mueller" for Müller).
DOUBLED = str.maketrans({"å": "aa", "Å": "Aa", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe",
                          "ü": "ue", "Ü": "Ue"})


def agrees(name: str, domain: str) -> bool:
    """A name and an e-mail domain name one organisation: the domain spells the name's start
    ("kessler-at" for Kessler Antriebstechnik GmbH) or abbreviates it, whole or its first
    words ("vts" for Vantara Tele-Systems Ltd, "gcb-group" for Gulf Crescent Bank PJSC),
    its marked letters either way ("blaabaer" for Blåbær Health)."""
    doubled = name.translate(DOUBLED)
    bare = LEADING_ARTICLE.sub("", name)  # "De Fietsfabriek B.V." of fietsfabriek.nl: a
    # domain never spells the article a name starts with
    return _agrees(name, domain) or (doubled != name and _agrees(doubled, domain)) or (
        bare != name and bare.strip() != "" and agrees(bare, domain))


# An article a company's name may start with, in the languages names come in.
LEADING_ARTICLE = lazy(r"^(?:the|de|het|la|le|les|el|los|las|il|lo|gli|der|die|das|den|"
                       r"o|a|os|as)\s+(?=\w)|^l['’](?=\w)", re.IGNORECASE)


def _agrees(name: str, domain: str) -> bool:
    core = core_of(domain)
    s = squash(without_legal_form(name))
    if len(core) < 2 or not s:
        return False
    if len(core) >= 4 and (s.startswith(core[:5]) or core.startswith(s[:5])):
        return True
    if len(core) >= 4 and abbreviates(core, [squash(w) for w in without_legal_form(name).split()
                                              if w.lower() not in CONNECTORS and squash(w)]):
        return True
    return any(len(core) >= 3 and (i.startswith(core) or (len(i) >= 3 and core.startswith(i)))
               for i in initials(name) | initials(without_legal_form(name))) or _part_each(
        org_label(domain), name)


def _part_each(label: str, name: str) -> bool:
    """A hyphenated label that shortens each word of the name in turn, one part a word:
    each part the word's letters in order from its first, one at least its start of three
    ("sw-mob" for Stellwerk Mobility, "kl-bau" for Kessel Lindner Bau)."""
    parts = [squash(p) for p in label.split("-")]
    words = [squash(w) for w in without_legal_form(name).split()
             if w.lower() not in CONNECTORS and squash(w)]
    if len(parts) < 2 or len(parts) != len(words) or not all(parts):
        return False

    def within(part: str, word: str) -> bool:
        rest = iter(word[1:])
        return part[:1] == word[:1] and all(c in rest for c in part[1:])
    return all(within(p, w) for p, w in zip(parts, words, strict=True)) and any(
        len(p) >= 3 and w.startswith(p) for p, w in zip(parts, words, strict=True))


# The labels of a domain that name no organisation: the reserved test names (RFC 2606), a
# country's code and the second levels registries put under it ("ac.za", "com.tr", "org.br",
# a state's "nsw.gov.au").
_NO_ORG_LABELS = frozenset(("example", "test", "invalid", "localhost", "local", "co", "com",
                            "org", "net", "ac", "gov", "gob", "gouv", "edu", "nhs", "ltd",
                            "plc", "or", "ne", "go", "mil", "int", "sch", "govt", "nic",
                            "info", "biz", "io", "nsw", "vic", "qld", "tas", "act"))


@cache
def _top_level() -> frozenset[str]:
    """Every top-level domain ("design", "health", "app", "studio" …), from the public
    suffix list that publicsuffixlist ships (its one-label rules), read at the first domain
    whose last label the short list above does not settle."""
    from pathlib import Path

    from publicsuffixlist import PSLFILE

    with Path(PSLFILE).open(encoding="utf-8") as f:
        return frozenset(s for s in (line.strip() for line in f)
                         if s and "." not in s and s[0] not in "/!*")


def org_label(domain: str) -> str:
    """The label of a domain that names the organisation: the one before its public suffix
    ("hillcrest" of hillcrest.ac.za, "demir-mimarlik" of demir-mimarlik.com.tr, "sbenergy"
    of sbenergy.example, "lumen" of lumen.design), never a mail server's sub-domain
    ("mail.", "eu.") nor a top-level domain that is a word ("Designer" is no company)."""
    labels = [x for x in domain.lower().split(".") if x]
    tld = len(labels)
    while len(labels) > 1 and (labels[-1] in _NO_ORG_LABELS or len(labels[-1]) == 2):
        labels.pop()
    if len(labels) == tld > 1 and labels[-1] in _top_level():
        labels.pop()
    return labels[-1] if labels else ""


def domain_words(domain: str) -> str:
    """The organisation's name as its domain writes it, for want of any other: its label's
    parts, less the words of a company's name run on at their end ("Oasis Retail Group" of
    oasisretailgroup.ae, "Kinder Care" of kinder-care.example)."""
    out = []
    for part in re.split(r"[-_]+", org_label(domain)):
        tail: list[str] = []
        while True:
            word = next((w for w in _RUN_ON if part.endswith(w)
                         and len(part) - len(w) >= 4), "")
            if not word:
                break
            tail.insert(0, word)
            part = part[:-len(word)]
        out += [part, *tail]
    return " ".join(w.capitalize() for w in out if w)


def core_of(domain: str) -> str:
    """The part of a domain that names the organisation ("sbenergy" of sbenergy.example)."""
    return squash(org_label(domain))


def resembles(name: str, domain: str) -> bool:
    """ "Saltbush Energy" and sbenergy.example, "Coralline Health" and coralline.io,
    "Blåbær Health" and blaabaer.example."""
    doubled = name.translate(DOUBLED)
    return _resembles(name, domain) or (doubled != name and _resembles(doubled, domain))


def _resembles(name: str, domain: str) -> bool:
    core = core_of(domain)
    s = squash(name)
    initials = "".join(w[0] for w in name_words(name))
    return bool(core) and (s.startswith(core[:5]) or core.startswith(s[:5])
                           or (core.startswith(initials) and len(initials) > 1))


# words that go on a company's name after the part its domain spells
SUFFIXES = frozenset((
    "group", "logistics", "shipping", "holdings", "labs", "lab", "health", "healthcare",
    "foods", "security", "system", "systems", "partners", "llp", "llc", "ltd", "inc", "plc", "gmbh",
    "bank", "insurance", "assurance", "media", "energy", "studio", "studios", "analytics",
    "technologies",
    "technology", "software", "capital", "consulting", "services", "solutions", "ventures",
    "works", "co", "company", "robotics", "bio", "biotech", "pharma", "games", "finance",
    "financial", "mutual", "legal", "law", "retail", "grocers", "motors", "automotive",
    "aviation", "airlines", "freight", "cloud", "ai", "digital", "design", "designs",
    "events", "clinic", "hospital", "university", "college", "school", "foundation",
    "trust", "council", "agency", "industries", "international", "global", "network",
    "networks", "data", "payments", "fintech", "engineering", "manufacturing", "grid",
    "solicitors", "architects", "arquitetos", "arquitectos", "publishing", "publishers",
    "press", "travel", "care", "pharmacy", "hotels", "resorts", "union", "cooperative",
    "biologics", "therapeutics", "pharmaceuticals", "consultants", "consultancy", "advisory",
    "associates", "airways", "telecoms", "telecom", "communications", "mining", "resources",
    "construction", "properties", "homes", "housing", "joinery", "bakery", "brewery",
    "institute", "academy", "society", "association", "medical", "dental", "investments",
    "accountants", "lawyers", "advocates", "attorneys", "engineers", "surveyors", "abogados",
    "advogados", "avocats", "advocaten", "rechtsanwälte", "notarios", "notaires", "contadores",
    "consultores", "ingenieros", "engenheiros", "opticians", "dentists", "vets", "water",
    "utilities", "power", "electric", "district", "county", "borough", "authority",
    "commission", "ministry",
    "logística", "logistica", "logistique", "logistik", "schools", "brothers", "bros", "sons",
    "daughters", "hermanos", "hijos", "irmãos", "filhos", "fils", "frères", "söhne",
    "hospice", "charity", "network", "museum", "library", "gallery", "theatre", "theater",
    "associés", "asociados", "associados", "associati", "partner", "cie", "compagnie",
    "church", "diocese", "parish", "nursery", "kindergarten", "hospitals", "clinics",
    "co-op", "coop", "equipment", "machinery", "ingenieurs", "ingénieurs", "ingenieure",
    "tech", "collective"))
# as compared: accents and case aside ("associés", "söhne" as a domain writes them)
SUFFIX_KEYS = frozenset(squash(w) for w in SUFFIXES)


# the company words a domain runs on after the name, longest first; not the words that
# end names of their own as often ("Brightwater", "Stonebridge", "Eastcare")
_RUN_ON = sorted((w for w in SUFFIXES if w.isascii() and len(w) >= 4 and w not in (
    "water", "power", "electric", "care", "works", "press", "union", "trust", "cloud", "data",
    "design", "homes", "grid", "bank", "sons", "vets", "mining", "lab", "labs", "games", "tech",
    "collective")),
    key=len, reverse=True)


def spells_words(domain: str) -> bool:
    """The domain's label is words a reader can say, not letters ("ptk-group", "dm-eng",
    "bgmc", "kestrel-ms"): a part without a vowel abbreviates a name the domain does not
    spell, so its letters are no guess at the name."""
    return all(re.search(r"[aeiouy]", p) for p in re.split(r"[-_]+", org_label(domain)) if p)


def a_service(name: str) -> bool:
    """The name is a service's that writes invitations for employers (SERVICE_DOMAINS):
    "Greenhouse", "Calendly", "GoodTime", "Workday" (myworkday), "Ashby" (ashbyhq), named in
    "Scheduled with …", "Booked via …": a vendor, never the employer."""
    s = squash(name)
    return len(s) >= 4 and s in _service_names()


@cache
def _service_names() -> frozenset[str]:
    """The services' names as their domains spell them ("myworkday" → "workday", "ashbyhq"
    → "ashby", "greenhouse-mail" → "greenhouse")."""
    from followup.capture.addresses import SERVICE_DOMAINS

    out = set()
    for d in SERVICE_DOMAINS:
        label = d.split(".")[0].removeprefix("my").removesuffix("hq").removesuffix("mail")
        out.add("".join(c for c in label if c.isalpha()))
    return frozenset(out)
