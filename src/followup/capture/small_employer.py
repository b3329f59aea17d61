"""How small employers and public institutions write an invitation (issue 23), read as
checks that refuse a wrong answer rather than patterns that find one more right one.

- Whoever keeps the office (an office or practice manager, an administrator, a receptionist)
  books the owner's interviews and does not hold them.
- A name made of an organisation's words ("Workshop Office", "Dunmore Family", "Dean of
  Health Office", "Pediatric Intensive Care Unit") or the employer's own name ("Salon
  Verve" on a booking tool's mail) is nobody to thank.
- The employer is never the candidate ("Trial session – Sam C"), the job ("MOT Tester
  interview"), a mail's prefix ("FW:") or a contract's words ("Part-Time"); and a booking
  tool's no-reply domain ("squareup", "setmore") is the tool's, while the display name it
  sends under is the business's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from followup.capture.lazy import lazy
from followup.capture.org_domains import name_words
from followup.capture.staff_words import OFFICE_TITLES, SELF_COORDINATES, TEAM_NAME_WORDS

if TYPE_CHECKING:
    from followup.capture.invitations import Invitation
    from followup.capture.roles import Guessed
    from followup.core.model import Person

# Titles of the people who run a small employer's office: they book the interview.
OFFICE_KEEPER = lazy(
    rf"{OFFICE_TITLES}|"  # (every language's assistant, secretary, office manager: staff_words)
    r"(?<!front )(?<!back )\b(?:office|practice|surgery)\s+manager\b|"
    r"\b(?:office|practice|clinic|school)\s+(?:admin(?:istrator)?|coordinator|lead)\b|"
    r"^\W*admin(?:istrator)?\W*$|\breceptionist\b|"
    r"\bhr\s+generalist\b|\bpersonnel\b|\bkeeps?\s+the\s+(?:calendar|diary|books)\b|"
    # the office itself as the title, alone or beside another desk ("Office", "Personal &
    # Office", "Büro / Buchhaltung", "Oficina")
    r"^\W*(?:\w+\s*[&/+,]\s*)?(?:office|büro|buero|kontor|oficina|bureau|escritório|"
    r"ufficio|secretariaat|sekretariat)(?:\s*[&/+,]\s*\w+)?\W*$|"
    # … and the front desk in the languages a small practice writes ("Recepção /
    # Administrativo", "Recepción", "Empfang / Verwaltung")
    r"\brecep(?:ção|cao|ción|cion|tion)\b|\bréception\b|\brezeption\b|\bempfang\b|"
    r"\badministrativ[oa]\b|\baccueil\b",
    re.IGNORECASE)

# The writer says they keep the diary for whoever interviews ("I just keep the calendar for
# the business", "I only do the bookings").
KEEPS_DIARY = lazy(rf"{SELF_COORDINATES}|"  # (every language's "I coordinate": staff_words)
                   r"\bI\s+(?:just\s+|only\s+|mainly\s+)?(?:keep|manage|run|look after|do|"
                   r"handle)\s+(?:the|his|her|their|our)\s+(?:calendar|diary|bookings|"
                   r"schedule|scheduling|office|front desk|paperwork)\b|"
                   # … or says so in their language ("ich bin nur fürs Büro zuständig", "yo
                   # solo llevo la agenda", "je m'occupe seulement du bureau")
                   r"(?i:\bich\s+(?:bin|mache)\s+(?:hier\s+)?(?:nur|bloß|eigentlich\s+nur)\s+"
                   r"(?:fürs|für\s+das|für\s+die|das|die)\s+(?:büro|verwaltung|termine|"
                   r"organisation)|\byo\s+(?:solo|sólo)\s+llevo\s+(?:la\s+agenda|la\s+oficina)|"
                   r"\bje\s+m['’]occupe\s+(?:seulement|juste|uniquement)\s+(?:du\s+bureau|de\s+"
                   r"l['’]agenda|des\s+rendez-vous))")


def keeps_the_diary(said: str) -> bool:
    return bool(KEEPS_DIARY.search(said))


# Words that name a body, a unit, a household or a place of business: never a word of a
# person's name (family names such as Hall, Church or Bank are left out on purpose).
_BODY_WORDS = frozenset((
    "office", "offices", "board", "unit", "department", "dept", "committee", "division",
    "services", "support", "family", "household", "admin", "administration", "reception",
    "bookings", "desk", "clinic", "centre", "center", "hospital", "council", "society",
    "foundation", "salon", "studio", "school", "district", "college", "university", "library",
    "county", "network", "alliance", "association", "programs", "programmes", "operations",
    "repairs", "bookkeeping", "dental", "physio", "physiotherapy", "vet", "veterinary",
    "garage", "café", "cafe", "bakery", "florist", "wash", "plumbing", "electrical",
    "roofing", "joinery", "landscaping", "cleaning", "grooming", "ministry", "authority",
    "agency", "institute", "faculty", "secretariat", "inbox", "mailbox", "team",
    # … and an office's own word in the languages public bodies write ("Ufficio Concorsi",
    # "Secretaria DCOMP", "Sekretariat Personal", "Oficina de Empleo")
    "ufficio", "segreteria", "secretaria", "secretaría", "secrétariat", "sekretariat",
    "secretariaat", "oficina", "büro", "buero", "abteilung", "dipartimento", "departamento",
    "département", "servizio", "servicio", "serviço", "concorsi", "oposiciones"))


def keeps_the_office(title: str) -> bool:
    """A title of whoever runs the office and books the interviews ("Practice Manager",
    "Office Manager | Southbank Sports Physio", "Administrator")."""
    return bool(title) and bool(OFFICE_KEEPER.search(title))


def body_not_person(name: str, company: str = "") -> bool:
    """A name that is an organisation's, a unit's or a household's, not a person's: one of
    its words names a body, or it is the employer's own name."""
    words = name_words(name)
    if not words:
        return False
    last = name.split()[-1].rpartition("-")[2].lower()  # "Dein Almwerk-Team", "Acme-team"
    if any(w in _BODY_WORDS or w in TEAM_NAME_WORDS for w in words) or (
            "-" in name.split()[-1] and last in _BODY_WORDS):  # (or a recruiting team's word)
        return True
    return bool(company) and _squash(name) == _squash(company)


def _squash(text: str) -> str:
    return "".join(name_words(text.replace("&", " and ")))


# Words that are a mail's or a contract's, never an employer's whole name.
_NOT_EMPLOYER = frozenset(("fw", "fwd", "re", "tr", "aw", "wg", "part-time", "full-time",
                           "part", "time", "full", "casual", "temporary", "contract",
                           "permanent", "fixed-term", "locum", "seasonal", "weekend",
                           "weekends", "remote", "hybrid", "onsite", "on-site", "urgent"))

def not_the_employer(value: str, me: list[str]) -> bool:
    """A company the reader found that is the candidate, the job, a mail's or a contract's
    words: refused (an empty company is asked; a wrong one is thanked)."""
    words = name_words(value)
    if not words:
        return False
    if all(w in _NOT_EMPLOYER for w in words):
        return True
    for name in me:  # "Sam C", "Sam C." of Sam Candidate
        mine = name_words(name)
        if mine and words[0] == mine[0] and all(
                w in mine or (len(w) == 1 and any(m.startswith(w) for m in mine))
                for w in words):
            return True
    return False


def tool_display_name(value: str, organizer_name: str, organizer_email: str,
                      person: bool) -> str:
    """The business's own name when the company read is only the domain of the no-reply
    address a booking tool sends from and the organizer's display name is no person's
    ("Salon Verve" <noreply@messaging.squareup.com>): else ""."""
    local, _, domain = organizer_email.lower().partition("@")
    if not organizer_name or person or not re.fullmatch(
            r"no-?reply|do-?not-?reply|notifications?|bookings?|appointments?", local):
        return ""
    labels = [p for p in domain.split(".") if p]
    if not value or _squash(value) not in {_squash(p) for p in labels}:
        return ""
    return "" if _squash(value) in _squash(organizer_name) else organizer_name


def _the_job(value: str, inv: Invitation) -> bool:
    """The company read is what the text calls the job ("the MOT tester job", "the Barber
    position") or a person it says will do something ("Henk will do the interview")."""
    low = " ".join(f"{inv.summary}\n{inv.description}".lower().split())
    v = re.escape(" ".join(value.lower().split()))
    return bool(re.search(rf"\bthe {v} (?:job|role|position|vacancy|post)\b", low)) or (
        len(value.split()) == 1 and bool(re.search(
            rf"(?<![\w&]){v}(?: will| would like|['’]ll| is going to) (?:do|run|meet|interview"
            rf"|see|call|show|take)\b", low)))


def _tool_sender(inv: Invitation) -> str:
    """The display name a system's no-reply organizer sends under when it is no person's
    and no team's ("City of Juniper Flats" <noreply@governmentjobs.com>): else ""."""
    from followup.capture.attendees import person_name
    from followup.capture.names import ORGANISING

    org = inv.organizer
    if org is None or not org.name or person_name(org.name) or ORGANISING.search(org.name):
        return ""
    local = org.email.lower().partition("@")[0]
    return org.name if re.fullmatch(r"no-?reply|do-?not-?reply|notifications?", local) else ""


def the_town(value: str, location: str) -> bool:
    """The company read is the town (and state or province) the location's address ends in
    ("1015 Kensington Rd NW, Calgary AB", "10 E. Aspen Ave., Juniper Flats, CO")."""
    parts = [p.strip() for p in location.split(",")]
    street = max((i for i, p in enumerate(parts) if re.match(r"\d", p)), default=-1)
    if street < 0:  # (a street's number after the venue's name: "Stillwater Yoga 77 Gertrude
        street = max((i for i, p in enumerate(parts)  # St, Fitzroy VIC 3065")
                      if re.search(r"\s\d+[A-Za-z]?\s+\w", p)), default=-1)
    if street < 0 or street == len(parts) - 1:
        return False
    # … the town alone, its state's letters and its postcode after it ("Fitzroy VIC 3065")
    town = re.sub(r"(?:\s+(?:[A-Z]{2,3}|\d[\d -]*))+$", "", parts[street + 1])
    return _squash(value) in (_squash(", ".join(parts[street + 1:])), _squash(town))


def _short_for(p: Person, others: tuple[Person, ...]) -> bool:
    """A one-word name with no address that starts one other person's given name and no
    one else's ("Gwen" of Gwendolyn): that person, signing the letter."""
    if p.email or len(p.name.split()) != 1 or len(p.name) < 3:
        return False
    short = p.name.lower()
    hits = [o for o in others if o.name.split() and name_words(o.name)[0].startswith(short)
            and name_words(o.name)[0] != short]
    return len(hits) == 1


def vetted(found: tuple[Guessed, int | None], inv: Invitation, me: list[str],
           staff: tuple[Person, ...], coord: Person | None,
           again: Callable[[str], tuple[Guessed, int | None]],
           ) -> tuple[Guessed, int | None, tuple[Person, ...], Person | None]:
    """The company and people of a proposal, with what cannot be them set aside: a booking
    tool's domain yields to the business's display name; a company that is the candidate,
    the job, a person or a mail's or a contract's words is refused, and the reader asked
    again without it (`again`: the next source, "the Senior Stylist position at Bloom &
    Birch"; else empty, asked); an institution's name is taken whole; a person who is the
    employer's own name is nobody."""
    comp, app_id = found
    from followup.capture.attendees import person_name
    from followup.capture.roles import Guessed as Found

    org = inv.organizer
    # (a display name shaped like a person's, "Pawsome Parlour", is the business's when the
    # title names someone else to meet: "… with Thabo Nkosi")
    better = tool_display_name(comp.value, org.name, org.email, person_name(org.name) and not (
        _MEETS.search(inv.summary) and not to_be_met(org.name, inv.summary))) \
        if org is not None and org.name else ""
    if better:
        comp = Found(better, True, "the business a booking tool sends for")
    elif comp.value and app_id is None and (not_the_employer(comp.value, me)
                                            or _the_job(comp.value, inv)
                                            or the_town(comp.value, inv.location or "")):
        refused = comp.value
        comp, app_id = again(refused)
        if not comp.value or comp.value == refused or not_the_employer(comp.value, me):
            sender = _tool_sender(inv)
            comp = Found(sender, True, "the business a booking tool sends for") if sender \
                else Found("", True, f"not {refused!r}: the candidate, the job, a place or "
                                     "a mail's words")
    elif comp.value and app_id is None:
        whole = institution_in_full(comp.value, inv) or signed_business(comp.value, inv)
        if whole:
            comp = Found(whole, True, f"{comp.how}; written in full")
    staff = tuple(p for p in staff if not _the_jobs_words(p, inv.summary))
    if coord is not None and _short_for(coord, staff):
        coord = None  # "Gwen" signing the letter of Gwendolyn Achterberg, who interviews
    if comp.value:
        staff = tuple(p for p in staff if not body_not_person(p.name, comp.value))
        if coord is not None and body_not_person(coord.name, comp.value):
            coord = None
    return comp, app_id, staff, coord


# Words after an employer's name that make it an event, a team, a place or a job's, not
# the institution's name in full ("Ridgeback Interview Schedule", "Acme Talent Team").
_NOT_NAME_WORDS = frozenset((
    "interview", "interviews", "schedule", "call", "meeting", "screen", "screening", "visit",
    "onsite", "itinerary", "invitation", "zoom", "teams", "room", "hiring", "recruiting",
    "recruitment", "careers", "talent", "team", "hr", "people", "jobs", "building",
    "campus", "hq", "headquarters", "tower", "house", "floor", "suite", "street", "st",
    "road", "rd", "avenue", "ave", "drive", "dr", "lane", "way", "reception", "calendar",
    "resources", "staff", "panel", "committee", "search"))
# The last word of a public institution's or a non-profit's name in full.
_ENDS = frozenset(("college", "university", "foundation", "network", "division", "services",
                   "district", "department", "society", "alliance", "authority", "board",
                   "council", "trust", "institute", "hospital", "hospitals", "system",
                   "commission", "agency", "library", "libraries", "association", "centre"))
_SEGMENT = lazy(r"\s*(?:\||,|;|\s[–—-]\s|\n)\s*")


def _institution_words(added: list[str]) -> bool:
    """Words that go on from a name to an institution's whole name: capitalised name words
    (and "of", "and", "&", "for", "the"), no acronym, event's, team's or place's word, ending in an
    institution's word or a district's number ("No. 47")."""
    from followup.capture.role_words import names_title

    numbered = len(added) >= 2 and added[-2].rstrip(".") == "No" and added[-1].isdigit()
    body = added[:-2] if numbered else added
    return (numbered or body[-1].lower() in _ENDS) and all(
        w.lower() in ("of", "and", "&", "for", "the") or (
            w[:1].isupper() and not w.isupper() and not names_title(w)
            and re.sub(r"['’]s$", "", w.lower()) not in _NOT_NAME_WORDS)
        for w in body)


def institution_in_full(found: str, inv: Invitation) -> str:
    """The institution's name as a signature, a header or a display name writes it whole,
    on a segment of its own that starts with the name read ("Marlowe County" → "Marlowe
    County Department of Health and Human Services", "Ridgeback" → "Ridgeback Community
    College", "Aspen Parkland School Division" → "… No. 47", "Wexford-Ibarra" → "The
    Wexford-Ibarra Family Foundation"); else "". Only name words are added: no event's,
    team's, place's or job's words, no number but a district's."""
    from followup.capture.description import usable_text
    from followup.capture.employer import plain

    names = [a.name for a in (inv.organizer, *inv.senders) if a is not None and a.name]
    texts = [plain(usable_text(inv.description)), *names]
    low = found.lower()
    best = ""
    for text in texts:
        for seg in _SEGMENT.split(text):
            seg = seg.strip().rstrip(".")
            lead = seg[4:] if seg.lower().startswith("the ") else seg
            if not lead.lower().startswith(low + " ") or len(seg.split()) > 10:
                continue
            added = lead[len(found):].split()
            if added and _institution_words(added) and len(seg) > len(best):
                best = seg
    return best


def _the_jobs_words(p: Person, summary: str) -> bool:
    """A "person" with no address who ends the title after a job's word and a colon: the
    job's field, as the title writes it ("Senior Program Associate: Supply Chain")."""
    from followup.capture.role_words import names_title

    if p.email or not p.name:
        return False
    m = re.search(rf"([\w-]+)\s*:\s*{re.escape(p.name)}\W*$", summary.strip())
    return m is not None and names_title(m.group(1))


_MEETS = lazy(r"(?:\bwith|w/)\s+\w", re.IGNORECASE)


def to_be_met(name: str, summary: str) -> bool:
    """The title names this attendee as the one the candidate meets ("Interview - Massage
    Therapist with Gurpreet Sandhu"): never the candidate, whoever forwarded the booking."""
    words = name.split()
    if len(words) < 2:
        return False
    low = " ".join(summary.lower().split())
    return bool(re.search(rf"(?:\bwith|w/)\s+{re.escape(' '.join(words).lower())}(?!\w)", low))


def signed_business(found: str, inv: Invitation) -> str:
    """The business's name as the line under the organizer's signature writes it, when it
    holds the name read and goes on from it or leads up to it with name words ("Garden
    Centre" → "Swan Valley Garden Centre", "Petal & Stem" → "Petal & Stem Florist" under
    "Darlene"): a small business's owner signs with the shop's whole name. A name the
    title writes keeps its spelling against trade words after it (test_capture_company_s11b:
    "Pennick & Sons", not "… Stonemasons"). Else ""."""
    from followup.capture.description import usable_text
    from followup.capture.employer import plain
    from followup.capture.names import ORGANISING
    from followup.capture.role_words import names_title

    org = inv.organizer
    if org is None or not org.name:
        return ""
    given = name_words(org.name)
    lines = [x.strip() for x in plain(usable_text(inv.description)).splitlines()]
    for i, line in enumerate(lines[:-1]):
        w = name_words(line.lstrip("-–— "))
        if not w or not (w == given or (len(w) == 1 and w[0] in given)):
            continue
        nxt = lines[i + 1]
        words = nxt.split()
        if not (0 < len(words) <= 6) or nxt == found or found not in nxt or \
                not (nxt.startswith(found + " ") or nxt.endswith(" " + found)) or \
                any(c.isdigit() or c in ",|@:" for c in nxt) or names_title(words[0]):
            continue
        if nxt.startswith(found + " ") and found.lower() in inv.summary.lower():
            continue  # trade words after the title's own spelling vary by writer: it stands
        added = nxt.replace(found, " ", 1).split()
        if all(x[:1].isupper() or x in ("&", "and", "of") for x in words) and not any(
                re.sub(r"['’]s$", "", x.lower()) in _NOT_NAME_WORDS for x in added) and \
                not ORGANISING.search(nxt):
            return nxt
    return ""
