"""Where a piece of an invitation stands, for its employer (issue 23): a piece of the
title after the job's name (the job's unit more often than the employer), and the business a
location names before its street address. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.capture.employer import (
    CALENDAR,
    FOR_THE_JOB,
    by_suffix,
    name_words,
    org_label,
    plausible,
)
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import SUFFIX_KEYS, agrees, squash

if TYPE_CHECKING:
    from followup.capture.employer_sources import Sources


def at_location(inv: Invitation, people: Sequence[str]) -> str:
    """The business the location names before its street address ("Olde Mill Bakery, 212
    Mill St"): read only when no address of the file is an employer's (free mail), where a
    small firm's owner invites to the premises. Never a room, a person or a bare address."""
    first = (inv.location or "").split()[:1]
    # a script with no capitals ("麺屋はるか 東京都台東区…"): the location's first word, when
    # the title writes it too, is the business's name before its address
    if first and len(first[0]) >= 2 and first[0] in inv.summary and first[0].isalpha() and \
            not any(c.isupper() or c.islower() for c in first[0]):
        return first[0]
    pieces = [p.strip() for p in (inv.location or "").split(",")]
    head = _up_to_form(pieces[0])
    street = head != pieces[0]  # the street on the business's line, its lines run together
    pieces[0] = head
    # the next line is the street: its number first, or last ("Dorfstraße 29", "Carrer de
    # Verdi 52")
    then = pieces[1] if len(pieces) >= 2 else ""
    if not (street or re.match(r"\d", then) or _NUMBER_LAST.match(then) or
            _STREET_FIRST.match(" " + then) or _kind_said(pieces[0], inv)) or \
            not plausible(pieces[0], people) or \
            set(name_words(pieces[0])) & (CALENDAR | BUILDINGS_ONLY):
        return ""
    return pieces[0]


def _kind_said(head: str, inv: Invitation) -> bool:
    """The letter calls the place by the kind its name starts with, in small letters inside a
    sentence ("Bodega Las Acequias, Maipú" and "nos vemos en la bodega"; "Bäckerei Sommer,
    Dorfmitte" and "komm in die bäckerei"): the place is the business that invites, whatever
    the address after it."""
    from followup.capture.employer import plain
    from followup.capture.name_edges import small_inside

    words = head.split()
    return len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isupper() and all(
        w[:1].isupper() for w in words[-1:]) and any(
        small_inside(words[0], t) for t in (plain(inv.description), inv.note))


# a street with its number last, as much of Europe writes it ("Carrer de Verdi 52",
# "Landsberger Str. 110"), not a building's part ("Building 4", "Floor 3")
_NUMBER_LAST = lazy(r"(?!(?:building|bldg|floor|level|room|suite|unit|gate|hall|block|tower|"
                    r"wing|office|stage|studio|platform|door|entrance)\b)[^\W\d][\w.'’-]*"
                    r"(?:\s+[\w.'’-]+){1,4}\s+\d+[a-zA-Z]?$", re.IGNORECASE)


# a number and a capitalised word after a name's words: the street's ("Salt & Rye Bakery 14
# Manor St"), not a unit's ("Building 4")
_STREET_NUMBER = lazy(r"(?<=[a-z.])[ \t]+(?=\d+[a-z]?[ \t]+[A-Z][a-z])")


# a street named before its number, as most of Europe writes it ("Dorfstraße 29",
# "Twijnstraat 44", "Via Roma 12" aside): a word that ends in a street's word, then a number
# (its letter after it in small or capital letters, as a house's part: "Catharijnekade 14B")
_STREET_FIRST = lazy(r"[ \t]+[A-ZÄÖÜ][\w'-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|"
                     r"laan|straat|plein|gracht|dijk|kade|steeg|singel|vej|gade|gatan|vägen|"
                     r"veien|gata|katu|utca)[ \t]+\d+[a-zA-Z]?\b"
                     # … or a street's word first, its name, then its number ("Carrer de Verdi
                     # 52", "Rue du Bac 12", "Via Roma 3", "Calle Mayor 7")
                     r"|[ \t]+(?:Carrer|Calle|Rue|Via|Viale|Corso|Piazza|Avenida|Avinguda|Rua|"
                     r"Plaça|Plaza|Paseo|Passeig|Chemin|Boulevard|Ulica|Travessera|Ronda)"
                     r"[ \t]+[^,\d]{2,40}?[ \t]\d+[a-zA-Z]?\b")


def _up_to_form(piece: str) -> str:
    """A business and its street on one line, its street's number or its legal form between
    ("Salt & Rye Bakery 14 Manor St", "Crumb & Co. Via dei Serpenti 61", a location's lines
    run together): the business, up to them."""
    from followup.core.companies import is_legal_form, legal_tail

    words = piece.split()
    street = _STREET_FIRST.search(piece)
    if street and len(piece[:street.start()].split()) >= 2:
        return piece[:street.start()]  # "Sport Gruber Dorfstraße 29": the street, then its number
    if len(words) < 4:
        return piece
    number = _STREET_NUMBER.search(piece)
    if number:  # "Saltmarsh Tea Blenders 12 Quay Street": the number that starts a street
        return piece[:number.start()]
    if not re.search(r"\d", words[-1] + words[0]):
        return piece
    for i, w in enumerate(words[1:-2], 1):
        tail = legal_tail(" " + " ".join(words[i:])) if is_legal_form(w) else ""
        if tail and w[:1].isupper():  # the whole form: "Sp. z o.o.", not "Sp."
            return " ".join(words[:i]) + tail
    return piece


# the words of a place with no firm's name ("Building B", "Main Reception")
BUILDINGS_ONLY = frozenset(("building", "room", "suite", "floor", "reception", "lobby",
                            "entrance", "gate", "unit", "level"))


def qualifies_job(piece: str, summary: str) -> bool:
    """A piece of the title after the job's name, in brackets, after a bar, a dash or a colon,
    is the job's own qualifier ("Registered Nurse – ICU, Nights", "Senior Pharmacist
    (Oncology)", "Research Scientist: Epidemiology": its unit, team or shift), not the
    employer, unless it ends in a word of a company's name ("… – Halden Group") or something
    else in the file confirms it (the caller's rule)."""
    words = piece.split()
    return after_job(piece, summary) and not (
        len(words) > 1 and squash(words[-1]) in SUFFIX_KEYS)


def after_job(piece: str, summary: str) -> bool:
    """The piece follows the job's name in the title, after a dash, a bar, a colon or in
    brackets (where a job's unit goes, and an employer's name only sometimes)."""
    from followup.capture.propose import GENDER_TAG, names_title

    at = summary.find(piece)
    before = re.match(r"(.*?)(?:\s+[-–—]\s*|\s*[|(\[]\s*|:\s+)$", summary[:at]) if at > 0 \
        else None
    if before is None:
        return False
    tagged = re.search(GENDER_TAG.pattern + r"\s*$", before.group(1), re.IGNORECASE)
    return names_title(before.group(1)) or bool(tagged)


# the words of a recruitment firm's trade ("Brightwork Staffing", "Harbourside Recruitment"),
# and "search" where a firm of headhunters writes it ("Calder Search Partners", "Executive
# Search"), not a search engine's ("Bright Search Labs")
_AGENCY_WORDS = frozenset(("staffing", "recruitment", "recruiters", "headhunters",
                           "headhunting", "personnel", "placements", "resourcing"))
_SEARCH_FIRM = lazy(r"\bexecutive search\b|\bsearch (?:partners|group|associates|consultants|"
                    r"consulting|international|&|and) ?(?:selection)?", re.IGNORECASE)


def agency(name: str) -> bool:
    """The name is a recruitment firm's: one of its words after the first is its trade."""
    from followup.capture.agency import outsourced

    return bool(set(name_words(name)[1:]) & _AGENCY_WORDS) or bool(
        _SEARCH_FIRM.search(name)) or outsourced(name)


def booked_for(named: Sequence[str], introduced: Sequence[str], domains: Sequence[str],
               pieces: Sequence[str]) -> str:
    """The employer a recruitment firm books the interview for: when the file names the firm
    (its signature, the organizer's name, the name its domain spells), the first other
    organisation a sentence introduces ("here is the slot with Westgate Hospitals NHS
    Foundation Trust for the … post") that something else confirms: it ends in a company's
    or an institution's word, a panel member's domain agrees with it, or the title names it
    ("(Westgate)"); not a place ("at Kings Cross"). The firm is never the employer then; ""
    when no firm or no such name."""
    from followup.capture.employer import agrees, by_suffix

    if not any(agency(x) for x in named if x):
        return ""
    return next((x for x in introduced if not agency(x) and (
        by_suffix(x) or any(agrees(x, d) for d in domains) or any(
            len(p) >= 4 and squash(x).startswith(squash(p)) for p in pieces))), "")


def for_the_agency(inv: Invitation, found: Sources, domains: list[str]) -> tuple[str, str]:
    """When a recruitment firm sends the invitation (its name, the organizer's, or the name
    its domain spells, says its trade), the employer is any other organisation the file
    names: the title's one piece that is not the job, else one a sentence introduces ("with
    Ostrava Glassworks, our client", "Operations Director at Ostrava Glassworks") that is no
    place ("at Kings Cross Station") nor the candidate's own past ("your years at …"); the
    firm itself only when it names none, and not even then when it keeps its client back
    (a confidential search): ("", how). ("", "") when no firm sends it."""
    from followup.capture.agency_client import client, firm_sends
    from followup.capture.employer import plain, with_legal_form
    from followup.capture.employer_spelled import spelled_like

    named = [*found.said, found.org, spelled_like(inv, domains)]
    from followup.capture.agency import keeps_client_back

    said = f"{inv.summary}\n{plain(inv.description)}"
    kept = bool(_CONFIDENTIAL.search(said) or keeps_client_back(said))
    # the firm's own name, as its signature, its display name or its domain writes it ("Medical
    # Staffing" under a hospital's address is the hospital's office), or as its registered
    # name the file writes with its legal form ("… | Harbourline Talent Partners Ltd"); or
    # any recruitment firm the file writes, when it says it keeps its client back (a
    # recruiter writing from free mail, the firm only in the signature)
    if not any(agency(x) and (kept or x == found.org or any(agrees(x, d) for d in domains))
               for x in [*named, with_legal_form(inv, domains, "", anywhere=True)] if x) \
            and not firm_sends(inv, found, domains):
        return "", ""
    if kept:
        return "", "an agency's client it does not name: asked"  # never the agency itself
    from followup.capture.employer_sources import PIECES
    from followup.capture.roles import names_title

    # the title's one other piece beside the job's ("Ostrava Glassworks – Plant Manager")
    own = [c for c in found.title if not agency(c) and not qualifies_job(c, inv.summary)]
    if len(own) == 1 and any(names_title(p.strip()) for p in PIECES.split(inv.summary) if p):
        return own[0], "named in the title (the agency's client)"
    text = plain(inv.description)
    for x in found.introduced:
        at = text.find(x)
        if agency(x) or set(name_words(x)) & _PLACES or (at >= 0 and (
                _YOURS.search(text, max(0, at - 40), at) or
                _MEET_AT.search(text, max(0, at - 30), at))):
            continue
        # one word is a place as often ("at Kingsbridge"), unless something confirms it
        if len(x.split()) >= 2 or booked_for(named, [x], domains, found.title):
            return x, "named in the description as the agency's client"
    named_client = _client_named(inv, found, domains)
    if named_client[0]:
        return named_client
    other = client(inv, found, domains, ())
    if other:
        return other, "named beside the agency's own name (its client)"
    return "", ""


def _client_named(inv: Invitation, found: Sources, domains: list[str]) -> tuple[str, str]:
    """The agency's client where no sentence introduces it: the organisation its recruiter
    sends under beside their own name ("Omar Al-Fahim - Emirates Heritage Hospitals" from
    an RPO's address), else one the description writes whole that ends in a company's or
    an institution's word ("30 Minute Intro Call - Finance Transformation (Kestrel Banking
    Group)"), not the firm's own, a place's or one its domain spells."""
    from followup.capture.employer import by_suffix, plain

    text = plain(inv.description)

    def yours(x: str) -> bool:  # the candidate's own past, where one meets
        at = text.find(x)
        return at >= 0 and bool(_YOURS.search(text, max(0, at - 40), at) or
                                _MEET_AT.search(text, max(0, at - 30), at))

    def a_client(x: str) -> bool:
        return bool(x) and len(x.split()) >= 2 and not agency(x) and by_suffix(x) and \
            name_words(x)[-1] not in _PLACES and not any(agrees(x, d) for d in domains) \
            and not yours(x)

    if a_client(found.org):
        return found.org, "the agency's client its recruiter sends under"
    return next(((x, "named in the description as the agency's client")
                 for x in found.said if a_client(x)), ("", ""))


# the words of a place a sentence may put after "at" ("at Kings Cross Station")
_PLACES = BUILDINGS_ONLY | frozenset(("street", "st", "road", "rd", "station", "square",
                                      "avenue", "ave", "office", "offices", "airport",
                                      "centre", "center", "mall", "terminal", "campus"))
# a search whose client is kept back ("a confidential client", "the client's name will be
# shared at the interview")
_CONFIDENTIAL = lazy(r"\b(?:confidential|undisclosed|unnamed|anonymous)[ \t]+(?:client|search|"
                     r"company|employer)\b|\bclient['’]s name\b", re.IGNORECASE)
# where one meets, not who employs ("See you at Kings Cross", "meet us at Canary Wharf")
_MEET_AT = lazy(r"\b(?:see|meet|meeting|find|arrive|come|head|go|park|wait)\b[^.!?\n]{0,12}"
                r"\bat[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# the candidate's own past: "your years at Harlow Foods", "you worked with …"
_YOURS = lazy(r"\b(?:your\s+(?:\w+\s+){0,2}?(?:years?|time|experience|background|work|career|"
              r"tenure|stint)|you\s+(?:worked|work|spent|were))\b[^.!?\n]*$", re.IGNORECASE)


def signature_block(inv: Invitation) -> str:
    """The signature under the sender's name at the end of the mail beside an invitation
    (the name's line and the few after it: their title, their employer), where a small
    firm's owner writing from free mail names the firm ("Jo Pike\\nOwner, Kopi Corner Café");
    "" when the mail writes no line that is the organizer's or a sender's display name."""
    names = {" ".join(a.name.split()).lower() for a in [inv.organizer, *inv.senders]
             if a and a.name and len(a.name.split()) >= 2}
    lines = inv.note.replace("\r", "").split("\n")
    ends = [i for i, x in enumerate(lines)
            if re.split(r"\s+[|,–—-]\s+|\s*,", " ".join(x.split()))[0].lower() in names]
    if not ends:
        return ""
    block = lines[ends[-1]:ends[-1] + 4]
    return "\n".join(x for x in block[:next((k for k, x in enumerate(block) if not x.strip()
                                             ), len(block))])


_AS_JOB = lazy(r"[ \t]+(?:role|position|post|job|vacancy|opening)\b", re.IGNORECASE)


def described_as_job(piece: str, described: str) -> bool:
    """The description writes the title's piece as the job: "an interview for Claims
    Handler", "the Claims Handler role"; a name that ends in a company's word excepted
    ("an interview for Orbital Pet Insurance")."""
    at = described.find(piece)
    while at >= 0:
        if _AS_JOB.match(described, at + len(piece)) or (
                FOR_THE_JOB.search(described, max(0, at - 40), at) and not by_suffix(piece)):
            return True
        at = described.find(piece, at + 1)
    return False


def every_word(name: str, domain: str) -> bool:
    """The name writes each word of a domain of two words or more ("almadraba-hoteles")."""
    parts = [squash(p) for p in re.split(r"[-_]+", org_label(domain))]
    return len(parts) > 1 and set(parts) <= {squash(w) for w in name.split()}
