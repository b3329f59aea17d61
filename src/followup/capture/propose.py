"""From an invitation to a proposed interview: who, for which company and role (pure).

Each field carries whether it was read plainly from the invitation or guessed, so that the
candidate can check the guesses before anything is stored (C4: people; C1: the date).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from followup.capture.invitations import Address, Invitation
from followup.capture.mentions import HTML_TAG
from followup.core.companies import best_keys, company_key
from followup.core.model import Person
from followup.mail.replies import FREE_MAIL, domain, same_org

# Calendar machinery, besides the services that write for employers (people.SERVICE_DOMAINS):
# their domains say nothing about the employer.
MACHINERY = ("microsoft.com", "google.com", "calendar.google.com", "apple.com")
COORDINATOR_HINT = re.compile(r"recruit|talent|\bhr\b|^hr|careers|people|jobs|hiring|"
                              r"coordinat|schedul|staffing|acquisition", re.IGNORECASE)
# Words of job titles and of kinds of interview, as sets: compiling them as one alternation
# each cost more than `add --from` spends reading the invitation (bench/README.md).
TITLES = frozenset((
    "engineer", "engineering", "analyst", "manager", "designer", "developer", "scientist",
    "director", "specialist", "consultant", "architect", "administrator", "accountant",
    "intern", "associate", "representative", "officer", "coordinator", "writer", "editor",
    "nurse", "teacher", "advisor", "lead", "head", "researcher", "technician", "assistant",
    "executive", "strategist", "marketer", "planner", "recruiter", "sre", "devops", "counsel",
    "controller", "economist", "statistician", "biologist", "chemist", "producer", "artist",
    "physicist", "pharmacist", "therapist", "paralegal", "buyer", "merchandiser",
    "programmer", "supervisor", "operator", "clerk", "cashier", "driver", "mechanic",
    "electrician", "chef", "barista", "receptionist", "pilot", "attorney", "lawyer",
    "solicitor", "auditor", "actuary", "underwriter", "trader", "broker", "advocate",
    "evangelist", "trainee", "apprentice", "graduate", "physician", "dentist", "surgeon",
    "psychologist", "counselor", "counsellor", "librarian", "curator", "tutor", "lecturer",
    "professor", "instructor", "trainer", "photographer", "illustrator", "animator",
    "copywriter", "journalist", "reporter", "translator", "interpreter", "secretary",
    "bookkeeper", "teller", "surveyor", "inspector", "superintendent", "dispatcher",
    "stylist", "hygienist", "paramedic", "midwife", "caregiver", "housekeeper", "concierge",
    "bartender", "welder", "plumber", "machinist", "operative", "labourer", "laborer",
    "president", "cto", "cfo", "ceo", "coo", "vp", "werkstudent", "praktikant", "entwickler",
    "berater", "ingenieur", "leiter", "referent", "sachbearbeiter", "développeur",
    "ingénieur", "desarrollador", "ingeniero", "sviluppatore", "ontwikkelaar", "adviseur",
    "responsable", "directeur", "directrice", "vendeur", "vendeuse", "conseiller",
    "conseillère", "chargé", "chargée", "gérant", "gérante", "stagiaire", "alternant",
    "gerente", "jefe", "analista", "técnico", "asesor", "becario", "responsabile",
    "impiegato", "fachkraft", "mitarbeiter", "mitarbeiterin", "kaufmann", "kauffrau",
    "verkäufer", "verkäuferin", "medewerker", "auxiliar", "enfermero", "enfermera",
    "enfermeiro", "arquitecto", "arquitecta", "arquiteto", "arquiteta", "abogado", "abogada",
    "advogado", "advogada", "contador", "contadora", "asistente", "coordinador",
    "coordinadora", "vendedor", "vendedora", "infirmier", "infirmière", "avocat", "avocate",
    "comptable", "médecin", "assistente", "coordinatore", "coordinatrice", "cajero", "cajera",
))
# German and Dutch jobs are compounds that end in a job's word ("Projektleiterin",
# "Softwareentwickler", "Vertriebsmitarbeiter", "Bouwkundig projectleider").
COMPOUND = re.compile(r"(?:leiter|leider|entwickler|berater|ingenieur|referent|assistent|"
                      r"manager|techniker|kaufmann|kauffrau|spezialist|architekt|koordinator|"
                      r"sachbearbeiter|mitarbeiter|medewerker|ontwikkelaar|adviseur)(?:in|innen)?$")
# "(m/w/d)", "(H/F)", "(f/m/x)": the gender tag of a job advertisement marks a job title.
GENDER_TAG = re.compile(r"\s*\((?:[mwfdxh]\s*/\s*){1,3}[mwfdxh]\)", re.IGNORECASE)
# A field of the description that names the job ("Position: Front Desk Supervisor").
ROLE_LABEL = re.compile(r"^\s*(?:role|position|job(?: title)?|vacancy|opening|requisition|"
                        r"stelle|poste|puesto|posizione|functie|vacature|ポジション|职位)"
                        r"\s*[:：]\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
# The job's own qualifier after its title, up to the word that ends it ("Data Engineer
# (Analytics Platform) role", "Category Buyer – Fresh Produce position", "Staff Engineer,
# Platform onsite", "poste de Product Manager – Paiements.").
QUALIFIER = r"(?:,[ \t]*[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?|[ \t]*\([^()\n]{2,60}\))"
DASHED = r"[ \t]+[–—][ \t]+[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?"
STAGES = frozenset((
    "interview", "interviews", "screen", "screens", "screening", "call", "chat",
    "conversation", "meeting", "onsite", "round", "panel", "loop", "intro", "introduction",
    "debrief", "catchup", "technical", "behavioral", "behavioural", "final", "first",
    "second", "third", "1st", "2nd", "3rd", "virtual", "video", "phone", "review",
    "presentation", "session", "invitation", "updated", "canceled", "cancelled", "accepted",
    "takehome", "entretien", "entrevista", "vorstellungsgespräch", "colloquio",
    "sollicitatiegesprek", "gesprek", "gespräch", "fachinterview", "kennenlernen",
    "kennenlerngespräch", "bewerbungsgespräch", "sollicitatie", "entrevue", "面接", "面试",
))
# two words (and what may join them): "on-site", "catch-up", "take-home", "hiring manager"
STAGE_PAIRS = {("on", "site"): ("-",), ("catch", "up"): ("-",), ("take", "home"): ("-",),
               ("hiring", "manager"): (" ",), ("case", "study"): (" ",),
               ("recruiter", "screen"): (" ",), ("recruiter", "call"): (" ",),
               ("recruiter", "chat"): (" ",), ("recruiter", "conversation"): (" ",)}
# a kind of interview, or the first word of a job ("Technical Artist", "Video Producer")
ADJECTIVES = frozenset(("technical", "video", "phone", "virtual", "final", "behavioral",
                        "behavioural"))
_WORD = re.compile(r"\w+")
SPLIT = re.compile(r"\s+[|–—:/·•-]\s+|\s*[|–—:·•()\[\]]\s*|\s+w/\s*|\s+-\s+|"
                   r"\s+(?:for|at|with|between|and|re)\s+", re.IGNORECASE)


class Guessed(NamedTuple):  # NamedTuples: cheaper to build at import than dataclasses
    value: str
    guessed: bool
    how: str


class KnownApp(NamedTuple):
    app_id: int
    company: str
    role: str
    status: str
    domains: frozenset[str]


class Known(NamedTuple):
    """What the database already knows, for matching: a snapshot taken by the caller."""

    apps: tuple[KnownApp, ...]
    contact_companies: dict[str, str]  # domain -> company


class Proposal(NamedTuple):
    invitation: Invitation
    company: Guessed
    role: Guessed
    interviewers: tuple[Person, ...]
    coordinator: Person | None
    people_guessed: bool
    people_how: str
    app_id: int | None = None  # the application it belongs to, if one matched
    notes: tuple[str, ...] = ()


def _name(a: Address) -> tuple[str, bool]:
    if a.name:
        return a.name, False
    local = a.email.partition("@")[0]
    words = [w for w in re.split(r"[._\-+0-9]+", local) if w]
    return (" ".join(w.capitalize() for w in words) or a.email), True


def _is_service(address: str) -> bool:
    from followup.capture.people import service

    d = domain(address)
    return service(d) or any(same_org(d, s) or d.endswith("." + s) for s in MACHINERY)


def _person(a: Address) -> tuple[Person, bool]:
    name, guessed = _name(a)
    return Person(name=name, email=a.email), guessed


def people(inv: Invitation, own: frozenset[str]
           ) -> tuple[tuple[Person, ...], Person | None, bool, str]:
    """(interviewers, coordinator, guessed?, how), read as the candidate reads the
    invitation (capture/people.py): the organizer is the coordinator when the file says they
    set it up (a title, a label, "I won't be in the interviews"), rooms and relay addresses
    are nobody, and the schedule in the description names the interviewers."""
    from followup.capture.people import classify

    own, assumed = _candidate(inv, own)
    everyone = classify(inv, own)
    staff, coordinator, names_guessed = [], None, False
    for s in everyone:
        if s.kind not in ("interviewer", "coordinator"):
            continue
        name, guessed = (s.name, False) if s.name else _name(Address("", s.email or ""))
        names_guessed |= guessed
        p = Person(name=name, email=s.email)
        if s.kind == "coordinator":
            coordinator = p
        else:
            staff.append(p)
    how = "the attendees and the people the description names"
    if coordinator is not None:
        how += f"; {coordinator.name} set it up (coordinator)"
    if names_guessed:
        how += "; some names made from their addresses"
    if assumed:
        how += f"; you are taken to be {assumed} (set yours: followup me --email)"
    return tuple(staff), coordinator, True, how


def _candidate(inv: Invitation, own: frozenset[str]) -> tuple[frozenset[str], str]:
    """The candidate's own addresses; when none is among the attendees, the one attendee
    from outside the organizer's organisation is taken to be the candidate (a guess)."""
    if any(a.email in own for a in inv.attendees) or inv.organizer is None:
        return own, ""
    home = domain(inv.organizer.email)
    outside = [a.email for a in inv.attendees
               if not same_org(domain(a.email), home) and a.cutype not in ("ROOM", "RESOURCE")]
    if len(outside) == 1 and not _is_service(inv.organizer.email):
        return own | {outside[0]}, outside[0]
    free = [a.email for a in inv.attendees if domain(a.email) in FREE_MAIL
            and not a.email.endswith(("@imip.me.com", "@icloud.com", "@me.com"))]
    if len(free) == 1:  # a scheduling system sent it: the one private address is yours
        return own | {free[0]}, free[0]
    return own, ""


def _domains(inv: Invitation, own: frozenset[str]) -> list[str]:
    own_domains = {domain(a) for a in own}
    found: Counter[str] = Counter()
    everyone = ([inv.organizer] if inv.organizer else []) + list(inv.attendees)
    for i, a in enumerate(everyone):
        d = domain(a.email)
        if (not d or d in FREE_MAIL or d in own_domains or a.email in own or _is_service(a.email)
                or "resource.calendar" in a.email):
            continue
        found[d] += 3 if i == 0 else 1
    return [d for d, _ in found.most_common()]


def _label(d: str) -> str:
    parts = d.split(".")
    core = parts[-2] if len(parts) >= 2 else parts[0]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "gov", "net"):
        core = parts[-3]
    return " ".join(w.capitalize() for w in re.split(r"[-_]+", core) if w)


def company(inv: Invitation, own: frozenset[str], known: Known,
            people_names: tuple[str, ...] = ()) -> tuple[Guessed, int | None]:
    """The employer, from the people's domains: a contact or an application that shares the
    domain names it; else the company matcher compares the domain's name with the companies
    already known; else the domain's name itself, marked as a guess."""
    doms = _domains(inv, own)
    for d in doms:
        for app in sorted(known.apps, key=lambda a: -a.app_id):
            if any(same_org(d, x) for x in app.domains):
                return Guessed(app.company, False, f"{d}: people of application "
                                                   f"#{app.app_id}"), app.app_id
        for cd, name in known.contact_companies.items():
            if same_org(d, cd):
                return Guessed(name, False, f"{d}: your contacts there work at {name}"), None
    from followup.capture.employer import employer
    from followup.capture.people import tenants

    spell = doms + tenants(inv)  # what the employer's name may spell
    found, how = employer(inv, people_names, spell)
    if how.endswith("(a guess)"):  # a name the domain spells is surer than a guess
        from followup.capture.employer import spelled_like

        found, how = (spelled_like(inv, spell), "the name its domain spells") \
            if spelled_like(inv, spell) else (found, how)
    if found:
        from followup.capture.employer import in_full

        found = in_full(found, inv)
        return Guessed(found, True, how), next(
            (a.app_id for a in sorted(known.apps, key=lambda a: -a.app_id)
             if company_key(a.company) == company_key(found)), None)
    from followup.capture.employer import spelled_like

    spelled = spelled_like(inv, spell)
    if spelled:
        return Guessed(spelled, True, "the name its domain spells"), next(
            (a.app_id for a in sorted(known.apps, key=lambda a: -a.app_id)
             if company_key(a.company) == company_key(spelled)), None)
    keys = {company_key(a.company): a for a in known.apps}
    for d in doms if keys else ():  # rapidfuzz is loaded only when there is a name to match
        label = _label(d)
        hits = best_keys(company_key(label), list(keys))
        if hits:
            app = keys[hits[0][0]]
            return Guessed(app.company, True, f"{d} looks like {app.company} "
                                              f"(#{app.app_id})"), app.app_id
    if doms:
        return Guessed(_label(doms[0]), True, f"from the domain {doms[0]}"), None
    for app in sorted(known.apps, key=lambda a: -a.app_id):
        if app.company and re.search(rf"\b{re.escape(app.company)}\b", inv.summary, re.I):
            return Guessed(app.company, True, "named in the title"), app.app_id
    return Guessed("", True, "no company address (free mail or a scheduling service)"), None


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str], pair: tuple[str, str],
            joints: tuple[str, ...]) -> bool:
    return (a[2], b[2]) == pair and text[a[1]:b[0]] in joints


def names_title(text: str) -> bool:
    """A word of a job title ("Analyst", "engineers", "Product Owner")."""
    words = _words(text)
    if any(w in TITLES or (w.endswith("s") and w[:-1] in TITLES) or (
            len(w) > 9 and COMPOUND.search(w)) for _, _, w in words):
        return True
    return any(a[2] == "product" and b[2] in ("owner", "owners") and text[a[1]:b[0]] == " "
               for a, b in pairwise(words))


def stage_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a kind of interview ("Recruiter Screen", "on-site", "Hiring
    Manager")."""
    words, spans, i = _words(text), [], 0
    while i < len(words):
        a = words[i]
        b = words[i + 1] if i + 1 < len(words) else None
        if b is not None and (any(_joined(text, a, b, pair, joints)
                                  for pair, joints in STAGE_PAIRS.items())
                              or (a[2].startswith("cultur") and b[2] == "fit"
                                  and text[a[1]:b[0]] == " ")):
            spans.append((a[0], b[1]))
            i += 2
            continue
        if a[2] in STAGES:
            spans.append((a[0], a[1]))
        i += 1
    return spans


def _without_stages(text: str) -> str:
    out, at = [], 0
    for start, end in stage_spans(text):
        after = _words(text[end:])
        rest = text[end:]
        if text[start:end].lower() in ADJECTIVES and after and (after[0][2] in TITLES or (
                names_title(rest) and not (stage_spans(rest) and rest[:stage_spans(rest)[0][0]]
                                           .strip() == ""))):
            continue  # "Technical Artist", "Technical Program Manager": the job's own word
        out.append(text[at:start] + " ")
        at = end
    return " ".join(("".join(out) + text[at:]).split())


ROLE_IN_TEXT = re.compile(
    r"(?:\bthe|\bfor|\bour|\byour|: |^|[–—-][ \t]|\bpuesto de|\bposte de|\bStelle als|"
    r"\bvaga de|\bcargo de|\bvacante de|\bplaza de|"
    r"\bruolo di|\bfunctie van|の)[ \t]*((?:[A-Z][\w&/'’-]*[ \t]+){0,4}[A-Z][\w&/'’-]*"
    r"(?:[ \t]*\([\w/ ]+\))?)(?:[ \t]+(?:role|position|opening|vacancy|application|"
    r"onsite|interview)\b|[ \t]*(?:ポジション|职位)|[ \t]*[–-][ \t]|[ \t]*[,.]|\s*$|(?=[ \t]*\()|"
    r"(?=[ \t]+(?:at|in|no|na|en|em|bei|chez|au|presso|bij)[ \t]))",
    re.MULTILINE)


def _key_words(text: str) -> list[str]:
    return [w for _, _, w in _words(text)]


def role(summary: str, company_name: str, people_names: list[str], description: str = "",
         place: str = "") -> Guessed:
    """The job: a field of the description that names it ("Position: …"), else the event's
    title, else the description's prose; then written in full as the file writes it
    elsewhere ("Data Engineer" → "Data Engineer (Analytics Platform)")."""
    labelled = _labelled(description)
    if labelled:  # less the company written after it ("Senior Editor – Quill & Press")
        if company_name:
            labelled = re.sub(rf"\s+(?:[-–—|@]|at)\s+{re.escape(company_name)}\W*$", "",
                              labelled, flags=re.IGNORECASE) or labelled
        return Guessed(labelled, True, "named in the description")
    texts = REQUISITION.sub("", f"{GENDER_TAG.sub('', summary)}\n"
                                f"{GENDER_TAG.sub('', description)}")
    noise = [company_name, *people_names]
    found = _from_title(_their_titles_dropped(summary, people_names), company_name,
                        people_names)
    if found:
        found = _dashed_in_title(found, REQ_FIRST.sub(lambda m: m.group(1), summary),
                                 noise, place)
        found = _bracketed_in_title(found, summary, noise, place)
        return Guessed(_in_full(found, texts, noise, place), True, "from the event's title")
    for m in ROLE_IN_TEXT.finditer(GENDER_TAG.sub("", description)):
        value = _without_stages(m.group(1))
        if names_title(value) and not set(_key_words(value)) & set(_key_words(
                " ".join(people_names))):
            return Guessed(_in_full(value.strip(), texts, noise, place), True,
                           "from the description")
    event = EVENT_FIELD.search(description)  # a booking page's "Event Name:" is a title
    found = _from_title(event.group(1), company_name, people_names) if event else ""
    if found:
        return Guessed(_in_full(found, texts, noise, place), True, "from the event's name")
    found = _from_title(summary, company_name, people_names)  # a title after a name, then
    return Guessed(found, True, "from the event's title") if found else Guessed(
        "", True, "the title names no job")


REQUISITION = re.compile(r"\s*\((?:[A-Za-z]{1,4}[-#: ]{0,2})?\d{3,}\)|\s*\((?:req(?:uisition)?|"
                         r"job|ref(?:erence)?|vacancy|posting)\.?(?:\s*(?:id|no\.?|number))?"
                         r"\s*[#:]?\s*(?:[A-Z]{1,4}-?)?\d[\d-]{2,}\)|\s+[-–#]\s*(?:req\w*\s*)?"
                         r"[A-Z]{0,3}-?\d{4,}$", re.IGNORECASE)


# A requisition's number before the job's name is not the job's ("R-10432 Senior Regulatory
# Affairs Specialist", "REQ-20931 Auxiliar de Farmacia", "00481 Legal Secretary").
REQ_FIRST = re.compile(r"(^|[|:–—(\[]\s*|\s[-–—]\s+)(?:req(?:uisition)?\s*#?\s*)?"
                       r"(?:[A-Z]{1,4}-?)?\d{3,}\s+(?=[A-Z])", re.IGNORECASE)


EVENT_FIELD = re.compile(r"^[ \t]*(?:event name|event type|event|meeting name)[ \t]*:[ \t]*(.+?)"
                         r"[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _labelled(description: str) -> str:
    for m in ROLE_LABEL.finditer(description):
        value = REQ_FIRST.sub("", REQUISITION.sub("", GENDER_TAG.sub("", m.group(1)))
                              ).strip(" .,;")
        if value and len(value) <= 80 and "@" not in value and "://" not in value:
            return value
    return ""


def _their_titles_dropped(summary: str, people_names: list[str]) -> str:
    """ "Ottoline Baptiste-Greer (Recruiter)": the title in brackets after a name is that
    person's, not the job's."""
    for name in people_names:
        if name:
            summary = re.sub(rf"\b{re.escape(name)}\s*\([^()]*\)", name, summary)
    return summary


# What comes before a job's name: "(Einladung zum) … als", "the position of", "pour le poste
# de", "for"; and after it: "role", "position".
ROLE_LEAD = re.compile(
    r"^(?:(?:einladung|invitation|invito|convite|uitnodiging)(?:\s+(?:zum|zur|to|for|a|al|à|"
    r"voor|para))?\s+)?(?:.*?\b(?:position|role|post|job|poste|puesto|stelle|functie|ruolo)"
    r"\s+(?:of|as|de|als|van|di)\s+|(?:pour|for|als|as|voor|para|per)\s+(?:(?:the|le|la|die)\s+)?)",
    re.IGNORECASE)
ROLE_TAIL = re.compile(r"\s+(?:position|role|job|opening|vacancy|posting)$", re.IGNORECASE)


def bare_role(text: str) -> str:
    """The job's name alone ("the position of Data Analyst", "Data Analyst role", "als Data
    Analyst")."""
    return ROLE_TAIL.sub("", ROLE_LEAD.sub("", text.strip(" ,;-–—"))).strip(" ,;-–—")


def _from_title(summary: str, company_name: str, people_names: list[str]) -> str:
    summary = REQ_FIRST.sub(lambda m: m.group(1), summary)  # "JR-004417 IT Auditor II"
    tagged = re.search(r"([^|–—:/·•()\[\]]+?)" + GENDER_TAG.pattern, summary, re.IGNORECASE)
    if tagged and bare_role(_without_stages(tagged.group(1))):  # "Entwickler (m/w/d)"
        return bare_role(_without_stages(tagged.group(1)))
    text = summary
    for noise in [company_name, *people_names]:
        if noise:
            text = re.sub(rf"\b{re.escape(noise)}\b", " | ", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:updated invitation|invitation|canceled|cancelled|accepted)\s*:\s*",
                  "", text, flags=re.IGNORECASE)
    text = re.sub(r"@.*$", "", text)  # Google: "... @ Thu 3 Dec 2026 10am - 11am (EST)"
    text = re.sub(r"\b(?:about|for|on)\s+the\s+(.+?)\s+(?:role|position|job)\b", r" | \1 | ",
                  text, flags=re.IGNORECASE)  # "Chat about the Design Lead role"
    pieces = [re.sub(r"^(?:for|at|with|between|and|re)\s+", "", p.strip(" .,'\"-–—"),
                     flags=re.IGNORECASE) for p in SPLIT.split(text) if p and p.strip(" .,'\"-–—")]
    # "Recruiter Screen: UX Researcher": a piece that names the kind of interview only
    # comes second to one that names the job alone
    plain = [p for p in pieces if not stage_spans(p)]
    for piece in [*plain, *pieces]:
        if names_title(piece):
            cleaned = _without_stages(piece)
            cleaned = re.sub(r"^(?:the|a|an|your|our)\s+", "", cleaned, flags=re.I)
            cleaned = re.sub(r"['’]s$", "", cleaned).strip(" ,;:-–—")
            where = re.search(r",[^,]*\s(\w+)$", cleaned)  # ", Westgate branch": the place
            if where and where.group(1).lower() in PLACES_OF_WORK:
                cleaned = cleaned[:where.start()]
            scheme = re.sub(r"\s+(?:programme|program|scheme)$", "", bare_role(cleaned),
                            flags=re.I)
            if scheme and names_title(scheme):
                return scheme  # "Graduate Analyst Programme": the job is Graduate Analyst
    return ""


# What ends a job's name: a word for the job or a kind of interview, the end of a line or a
# sentence, a separator of the title, "at" the company. A qualifier after a dash ends only at
# a word for the job or a sentence's end ("Product Manager – Paiements.", not "Revenue Cycle
# Analyst – HM Interview" or "Biologist – Sam Candidate").
_JOB_WORD = r"[ \t]+(?:role|position|opening|vacancy|job|posting|post|ポジション|职位)\b"
_ENDS_ROLE = (rf"(?={_JOB_WORD}|[ \t]+(?:interviews?|onsite|on-site|loop|panel|screen|call|chat|"
              r"round)\b|[ \t]*(?:$|[.!?](?:\s|$)|[|:]|\s+(?:at|@|with|bei|chez)\s))")
_ENDS_DASHED = rf"(?={_JOB_WORD}|[.!?](?:\s|$))"


# When a job's dashed qualifier in the title ends: the title's end or its next separator.
_TITLE_QUALIFIER = (r"[ \t]+[-–—][ \t]+([A-Z][\w&'’/-]*(?:[ \t]+(?:&[ \t]+)?[\w'’/-]+|,[ \t]*"
                    r"[A-Z][\w'’-]*){0,4})(?=[ \t]*$|[ \t]*[|:(\[]|[ \t]+[-–—][ \t]|[ \t]+"
                    r"(?:@|at|with|w/|bei|chez)[ \t])")
CALENDAR_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today",
                            "tomorrow", "january", "february", "march", "april", "june",
                            "july", "august", "september", "october", "november", "december",
                            "remote", "hybrid", "online", "zoom", "teams", "meet"))


# A qualifier ending in one of these says where the job is, not what it is ("Pharmacy Manager,
# Westgate branch", "Retail Operations Manager, Kailua-Kona store").
PLACES_OF_WORK = frozenset(("store", "branch", "office", "site", "campus", "location", "depot",
                            "warehouse", "outlet", "shop", "plant", "yard", "restaurant",
                            "hotel", "factory", "mill", "premises"))


def _dashed_in_title(found: str, summary: str, noise: list[str], place: str) -> str:
    """The job's qualifier after a dash in the title, to the title's end or next separator
    ("Registered Nurse – ICU, Nights", "Graduate Analyst - Pricing"): never a kind of
    interview, a day or a date, a way of meeting, the place, or a name of the file's people
    or company ("– Quill & Press Publishing", "- Sam Candidate")."""
    m = re.search(rf"(?<!\w){re.escape(found)}{_TITLE_QUALIFIER}", summary, re.IGNORECASE)
    if m is None:
        return found
    extra, words = m.group(1).strip(" ,"), _key_words(m.group(1))
    if (stage_spans(extra) or set(words) & CALENDAR_WORDS or set(words) <= set(_key_words(place))
            or words[-1] in PLACES_OF_WORK
            or any(c.isdigit() for c in extra) or any(
                n and (n.lower() in extra.lower() or extra.lower() in n.lower()) for n in noise)):
        return found
    return summary[m.start():m.start(1)] + extra


def _bracketed_in_title(found: str, summary: str, noise: list[str], place: str) -> str:
    """One bracketed word after the job in a title that names the employer elsewhere is the
    job's own (its team or branch: "Acme | Data Scientist (Pricing)"); in a title that does
    not, it is the employer more often ("Interview: Data Analyst (Northwind)"). Never a way
    of working, a day, the place or a name of the file's people."""
    m = re.search(rf"(?<!\w){re.escape(found)}[ \t]*\((\w[\w-]*)\)", summary, re.IGNORECASE)
    company = noise[0] if noise else ""
    rest = (summary[:m.start()] + summary[m.end():]).lower() if m else ""
    # the employer's name, or its first word as an abbreviation keeps it ("Stonebridge FCU")
    if m is None or not company or not (company.lower() in rest or re.search(
            rf"\b{re.escape(company.split()[0].lower())}\b", rest)):
        return found
    word = m.group(1)
    if (stage_spans(word) or word.lower() in CALENDAR_WORDS or word.isdigit()
            or word.lower() in _key_words(place) or any(
                n and word.lower() in _key_words(n) for n in noise)):
        return found
    return summary[m.start():m.end()]


def _in_full(found: str, texts: str, noise: list[str], place: str) -> str:
    """The job with the qualifier the file writes after it, the longest written. Not a
    kind of interview ("Final Round"), a name of the file's people or company, the place,
    or one bracketed word ending the line, which is a place or a way of working more often
    than the job's ("(Galway)", "(Remote)")."""
    best = found
    where = set(_key_words(place))
    for m in re.finditer(rf"(?<!\w){re.escape(found)}(?:({QUALIFIER}){_ENDS_ROLE}|"
                         rf"({DASHED}){_ENDS_DASHED})", texts, re.IGNORECASE | re.MULTILINE):
        extra = m.group(1) or m.group(2)
        words = _key_words(extra)
        lone = re.fullmatch(r"\s*\(\w+\)", extra) and not re.match(_JOB_WORD, texts[m.end():])
        if stage_spans(extra) or lone or set(words) & where or words[-1] in PLACES_OF_WORK or any(
                n and n.lower() in extra.lower() for n in noise) or (
                "(" not in extra and any(c.isdigit() for c in extra)):
            continue
        if len(found + extra) > len(best):
            best = found + extra
    return best.strip()


def propose(inv: Invitation, own: frozenset[str], known: Known) -> Proposal:
    staff, coord, guessed, how = people(inv, own)
    names = [p.name for p in staff] + ([coord.name] if coord else [])
    comp, app_id = company(inv, _candidate(inv, own)[0], known, tuple(names))
    mine = _candidate(inv, own)[0]
    # the candidate's own name, else the words of their own address ("sam.k@…": "Sam K")
    me = [a.name for a in inv.attendees if a.email in mine and a.name and "@" not in a.name] or [
        " ".join(w.capitalize() for w in re.split(r"[._-]+", a.partition("@")[0])
                 if w.isalpha() and len(w) > 2) for a in sorted(mine)]
    me = [n for n in me if n]
    rl = role(inv.summary, comp.value, [*names, *me],
              HTML_TAG.sub("\n", inv.description), inv.location or "")
    if app_id is not None and not rl.value:
        app = next(a for a in known.apps if a.app_id == app_id)
        rl = Guessed(app.role, False, f"as in application #{app_id}")
    notes = []
    if inv.recurring:
        notes.append("a recurring event: only its first occurrence is used")
    if inv.all_day:
        notes.append("an all-day event: no time given; give it with --interviewed "
                     "(else 09:00 is kept, flagged)")
    return Proposal(inv, comp, rl, staff, coord, guessed, how, app_id, tuple(notes))
