"""The job an invitation is for, read as a person reads it (pure): a field of the
description that names it, the event's title between its separators, the description's
running text; never a kind or round of interview, a name, the company, a place, a date or a
requisition number (issue 23).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from followup.capture.lazy import lazy
from followup.capture.role_beside import (
    beside_kind,
    mandate_dropped,
    person_titled,
    spelled_out,
)
from followup.capture.role_words import ADJECTIVES as ADJECTIVES
from followup.capture.role_words import COMPOUND as COMPOUND
from followup.capture.role_words import STAGES as STAGES
from followup.capture.role_words import TITLES as TITLES
from followup.capture.role_words import names_kind as names_kind
from followup.capture.role_words import names_title as names_title
from followup.capture.role_words import stage_spans as stage_spans
from followup.capture.role_words import word_spans as word_spans
from followup.capture.role_written import (
    PLACES_OF_WORK,
    bracketed_in_title,
    dashed_in_title,
    fullest,
    in_full,
    key_words,
    placed_at,
    qualifier,
    theirs,
)
from followup.capture.spelling import characters


class Guessed(NamedTuple):  # NamedTuples: cheaper to build at import than dataclasses
    value: str
    guessed: bool
    how: str


# "(m/w/d)", "(H/F)", "(f/m/x)": the gender tag of a job advertisement marks a job title.
# ("(m/v/x)" in Dutch, "(k/m)" in Polish, "(w/m/div)", "(all genders)", "(gn*)" in German)
GENDER_TAG = lazy(r"\s*\((?:(?:[mwfdxhvk]|div|divers)(?:\s*/\s*(?:[mwfdxhvk]|div|divers))"
                        r"{1,3}|all genders|gn\*?)\)", re.IGNORECASE)
# A field of the description that names the job ("Position: Front Desk Supervisor").
# ("Role applied for:", "Cargo:", "Vaga:", "Stilling:", "Stanowisko:", "職種:", "岗位：")
_LABELS = (r"(?:(?:job\s+)?(?:role|position|post|job(?: title)?|"
           r"vacancy(?: title)?|opening)(?:\s+applied\s+for)?|applying\s+for|"
           r"requisition|stelle|poste|"
           r"puesto|posizione|functie|vacature|cargo|vaga|rol|funktion|tjänst|stilling|"
           r"stanowisko|pozice|ポジション|职位|職種|岗位)")
ROLE_LABEL = lazy(rf"^\s*{_LABELS}\s*[:：]\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
# The same label inside a line, after "the" or a dash, names the job to the line's end ("an
# interview for the position: Kierownik Zmiany at …", "Entrevista com Sam – vaga: …").
ROLE_SAID = lazy(rf"(?:\bthe|[–—-])[ \t]+{_LABELS}[ \t]*[:：][ \t]*(.+?)[ \t.]*$",
                       re.IGNORECASE | re.MULTILINE)
# (the parties of a meeting joined by "<>" or "x": "Sam Candidate <> Scientist II"; arrows,
# guillemets and tildes as separators: "Interview → Buyer", "Buyer » Panel")
SPLIT = lazy(r"\s*(?:<>|<->|<=>|↔|→|->|=>|⇒|»|«|›|‹)\s*|\s+[+x~]\s+|\s+[|–—:/·•-]\s+|"
             r"\s*[|–—:·•()\[\]]\s*|\s+w/\s*|\s+-\s+|"
                   r"\s+(?:for|at|with|between|and|re)\s+", re.IGNORECASE)


def _without_stages(text: str) -> str:
    out, at = [], 0
    for start, end in stage_spans(text):
        after = word_spans(text[end:])
        rest = text[end:]
        if text[start:end].lower() in ADJECTIVES and after and (after[0][2] in TITLES or (
                names_title(rest) and not (stage_spans(rest) and rest[:stage_spans(rest)[0][0]]
                                           .strip() == ""))):
            continue  # "Technical Artist", "Technical Program Manager": the job's own word
        if text[start:end].lower() in RANKS and after and after[0][2] in TITLES:
            continue  # "Second Officer", "Third Engineer": a rank, not a round
        out.append(text[at:start] + " ")
        at = end
    return " ".join(("".join(out) + text[at:]).split())


# an ordinal right before a job's word is a rank at sea or in the air ("Second Officer")
RANKS = frozenset(("first", "second", "third"))


ROLE_IN_TEXT = lazy(
    r"(?:\bthe|\bfor|\bour|\byour|\bregarding|\babout|\bof|\bals|: |^|[–—-][ \t]|\bpuesto de|"
    r"\bposte de|\bStelle als|\bvaga de|\bcargo de|\bvacante de|\bplaza de|(?<=[a-z] )\(|"
    r"\bruolo di|\bfunctie van|\bprueba de|\bprova de|\bposición de|の|"
    # "joining us as a Customer Support Specialist", "applying to be our new Office Manager"
    r"\bas an?|\bbe (?:our|your|the|an?)(?: new)?)[ \t]*"
    # the small words inside a job's name in the languages invitations come in ("Jefe de
    # Obrador", "Conservador(a) de Azulejos"), and two jobs in one ("Bookkeeper / Office
    # Administrator")
    r"((?:[a-z]?[A-Z][\w&/'’-]*(?:\([a-z]{1,2}\))?[ \t]+(?:(?:de|del|da|do|di|du)[ \t]+|"
    r"/[ \t]+)?){0,4}"
    r"[a-z]?[A-Z][\w&/'’-]*"
    r"(?:[ \t]*\([\w/ ]+\))?)(?=[ \t]+(?:role|position|opening|vacancy|application|job|post|"
    r"spot|opportunity|"
    r"onsite|interview|programme|program|scheme|intake)\b|[ \t]*(?:ポジション|职位)|"
    r"[ \t]*[–-][ \t]|[ \t]*[,.:;!?|)]|\s*$|[ \t]*\(|"
    r"[ \t]+(?:at|in|no|na|en|em|bei|chez|au|presso|bij)[ \t])",
    re.MULTILINE)  # what ends the job is left to the next one ("Acme – Data Engineer - …");
# in brackets after a sentence's word ("the take-home exercise (Embedded Software Engineer)"),
# not after a name, where a person's title goes


# "the X position": what a sentence calls a position, a role or a job is one, in words we may
# not know for jobs when capitalised ("the Clinical Scheduler, Home Care position"), in
# words of a job's when not ("the shift supervisor job").
JOB_NAMED = lazy(  # a word capitalised after its first letter too ("iOS", "eCommerce")
    r"\b(?:the|for|our|your|this)[ \t]+(?:(?:part-time|full-time|part time|full time|temporary|"
    r"permanent|"
    r"fixed-term|new|vacant|open|advertised|paid|unpaid|casual|seasonal)[ \t]+)?"
    r"(?:((?-i:[a-z]?[A-Z])[\w&/'’-]*(?:(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|/[ \t]+|"
    r"[–—][ \t]+)?|,[ \t]*)"  # "the Production Editor — Non-fiction role": a dash inside
    r"(?-i:[a-z]?[A-Z])"
    r"[\w&/'’-]*){0,5}(?:[ \t]+w/[ \t]+(?-i:[A-Z])[\w+#.-]*)?)|"
    r"((?:[a-z][\w&/'’-]*[ \t]+){0,3}[a-z][\w&/'’-]*))[ \t]+(?:role|position|"
    r"job|post|vacancy|opening|place|traineeship|apprenticeship|spot|opportunity)\b")


def role(summary: str, company_name: str, people_names: list[str], description: str = "",
         place: str = "") -> Guessed:
    """The job, tidied (role_words.tidied): see _role."""
    from followup.capture.role_words import DEPARTMENTS, tidied

    # a link is where to join, not a place ("https://meet.acme.example/r/be-java-22": no
    # "Java" there)
    found = _role(summary, company_name, people_names, description, LINK.sub(" ", place))
    if found.value.strip().lower() in DEPARTMENTS:
        return Guessed("", True, f"{found.value.strip()} is a team, not a job")
    return found._replace(value=spelled_out(mandate_dropped(tidied(REQUISITION.sub(
        "", found.value))))) if found.value else found


def _role(summary: str, company_name: str, people_names: list[str], description: str = "",
          place: str = "") -> Guessed:
    """The job: a field of the description that names it ("Position: …"), else the event's
    title, else the description's prose; then written in full as the file writes it
    elsewhere ("Data Engineer" → "Data Engineer (Analytics Platform)")."""
    labelled = _labelled(description)
    if labelled:  # less the company written after it ("Senior Editor – Quill & Press")
        if company_name:
            labelled = re.sub(rf"\s+(?:[-–—|@]|at)\s+{re.escape(company_name.rstrip('.'))}\W*$", "",
                              labelled, flags=re.IGNORECASE) or labelled
        return Guessed(labelled, True, "named in the description")
    description = characters(description)
    # a person's title in brackets after their name is theirs there too ("Phone screen with
    # Bronagh McCarthy (Senior Recruiter) for the … opening")
    text = _their_titles_dropped(REQUISITION.sub("", GENDER_TAG.sub("", description)),
                                 people_names)
    texts = REQUISITION.sub("", GENDER_TAG.sub("", summary))  # the title's own qualifiers
    noise = [company_name, *people_names]
    found = _from_title(_their_titles_dropped(summary, people_names), company_name,
                        people_names)
    if found:
        titled = dashed_in_title(found, REQ_FIRST.sub(lambda m: m.group(1), summary),
                                  noise, place, description)
        titled = bracketed_in_title(titled, summary, noise, place)
        return Guessed(fullest(found, text, noise, place, summary)
                       or in_full(titled, texts, noise, place), True, "from the event's title")
    from followup.capture.role_words import DEPARTMENTS

    for m in _TAGGED_IN_TEXT.finditer(description):  # "le poste de Contrôleur de gestion (H/F)"
        value = bare_role(m.group(1).strip())
        if value[:1].isupper() and len(value.split()) <= 6 and not set(
                key_words(value)) & (_SENTENCE_WORDS | set(key_words(" ".join(noise)))):
            return Guessed(value, True, "from the description")
    for m in ROLE_IN_TEXT.finditer(text):
        value = of_scheme(_without_stages(m.group(1)).strip())
        if value.lower() in DEPARTMENTS or theirs(text, m.start(1), people_names) or \
                person_titled(value):
            continue  # a team ("Founder chat (Engineering)"), a person's own title
        if names_title(value) and not set(key_words(value)) & set(key_words(
                " ".join(people_names))):
            return Guessed(fullest(value, text, noise, place, summary)
                           or in_full(value, texts, noise, place), True, "from the description")
    for m in JOB_NAMED.finditer(text):  # "the Clinical Scheduler, Home Care position"
        value = re.sub(r"^(?:the|a|an|our|your|this)\s+", "", m.group(1) or m.group(2))
        if (m.group(1) or names_title(value)) and qualifier(value, noise, place):
            return Guessed(fullest(value, text, noise, place, summary) or value, True,
                           "from the description")
    # a line of the description that is the kind of interview and the job, as a title writes
    # it ("Sollicitatiegesprek Juridisch medewerker arbeidsrecht")
    found = _after_kind([line.strip() for line in text.splitlines()[:12]], noise)
    if found:
        return Guessed(found, True, "from the description")
    # a line's first sentence that is the job and the kind of interview, as a title writes it
    # ("Apprentice Electrician assessment day. Practical test in the workshop …")
    for line in text.splitlines()[:12]:
        found = beside_kind(re.split(r"[.!?](?:\s|$)", line.strip())[0], SPLIT, noise, place)
        if found and names_title(found) and not set(key_words(found)) & EVENTS:
            return Guessed(found, True, "from the description")
    event = EVENT_FIELD.search(description)  # a booking page's "Event Name:" is a title
    found = _from_title(event.group(1), company_name, people_names) or beside_kind(
        event.group(1), SPLIT, noise, place) if event else ""
    if found:
        return Guessed(fullest(found, text, noise, place, summary)
                       or in_full(found, texts, noise, place), True, "from the event's name")
    # the title's one piece beside the kind of interview, in words we do not know for jobs
    # ("Groomer Interview", "Entretien préparateur en pharmacie")
    beside = beside_kind(_their_titles_dropped(summary, people_names), SPLIT, noise, place)
    if beside and not set(key_words(beside)) & EVENTS:  # never what is done there ("Demo")
        return Guessed(fullest(beside, text, noise, place, summary) or beside, True,
                       "beside the kind of interview in the event's title")
    # a title after a name, then ("Phone Screen: Sam Candidate (Account Executive)"); never
    # after the name of whom the meeting is with, who is not the candidate ("Interview with
    # Lena Fox (Head of Risk)": hers)
    met = summary
    for name in people_names:
        if name:
            met = re.sub(rf"\b(?:with|w/|and)\s+{re.escape(name)}\s*\([^()]*\)", " ", met,
                         flags=re.IGNORECASE)
    found = _from_title(met, company_name, people_names)
    return Guessed(found, True, "from the event's title") if found else Guessed(
        "", True, "the title names no job")


LINK = lazy(r"\S+://\S*|\bwww\.\S+", re.IGNORECASE)


REQUISITION = lazy(r"\s*\((?:[A-Za-z.]+\s+){0,3}(?:no\.?\s*|#\s*|:\s*)?[\w/-]*\d{4,}"
                         r"[\w/-]*\)|"
                         r"\s*\((?:[A-Za-z]{1,4}[-#: ]{0,2})?\d{3,}\)|"
                         # "(Competition CRTC-26-552)", "(Posting HR-24-117)"
                         r"\s*\((?:competition|posting|concurso|avviso|ausschreibung)\s*"
                         r"(?:no\.?|nr\.?|n[º°]|#)?\s*[:#]?\s*(?=(?:[A-Z/-]*\d){3})"
                         r"[A-Z0-9]+(?:[-/][A-Z0-9]+)*\)|\s*\((?:req(?:uisition)?|"
                         r"job|ref(?:erence)?|vacancy|posting)\.?(?:\s*(?:id|no\.?|number))?"
                         r"\s*[#:]?\s*(?:[A-Z]{1,4}-?)?\d[\d-]{2,}\)|\s+[-–—#]\s*(?:req\w*\s*)?"
                         r"[A-Z]{0,3}-?\d{4,}$|"
                         # "– Req 2027-0142", "– JR-27-0093": a reference's token to the end
                         r"\s+[-–—]\s*(?:(?:req\w*|ref\w*|job\s*id)\.?\s*[#:]?\s*)?"
                         r"(?=(?:[A-Z/-]*\d){3})[A-Z0-9]+(?:[-/][A-Z0-9]+)+$",
                         re.IGNORECASE)


# A requisition's number before the job's name is not the job's ("R-10432 Senior Regulatory
# Affairs Specialist", "REQ-20931 Auxiliar de Farmacia", "00481 Legal Secretary").
# ("26-DOT-0931 Transportation Engineer 2", "HR/2027/114 Clerk"): a token of letters, digits,
# dashes and slashes with three digits or more in it
REQ_FIRST = lazy(r"(^|[|:–—(\[]\s*|\s[-–—]\s+)(?:req(?:uisition)?\s*#?\s*)?"
                       r"(?=(?:[A-Z/-]*\d){3})[A-Z0-9]+(?:[-/][A-Z0-9]+)*\s+(?=[A-Z])",
                       re.IGNORECASE)
# a reference alone ("R-0041187", "2026-0418"): no job's name
ONLY_REFERENCE = lazy(r"[#\w/-]*\d[#\w/-]*")


EVENT_FIELD = lazy(r"^[ \t]*(?:event name|event type|event|meeting name)[ \t]*:[ \t]*(.+?)"
                         r"[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _labelled(description: str) -> str:
    said = [(m, True) for m in ROLE_SAID.finditer(description)]  # inside a line
    for m, in_line in [(m, False) for m in ROLE_LABEL.finditer(description)] + said:
        value = REQ_FIRST.sub("", REQUISITION.sub("", GENDER_TAG.sub("", m.group(1)))
                              ).strip(" .,;")
        if in_line and (not value[:1].isupper() or set(
                re.findall(r"\w+", value.lower())) & _SENTENCE_WORDS):
            continue  # "a word on the role: we are looking for …": a sentence, not a job
        # less where the job is ("Signal Maintainer - Kansas City Terminal")
        where = re.search(r"\s+[-–—,]\s+([^-–—,]+)$", value)
        if where and placed_at(key_words(where.group(1))):
            value = value[:where.start()]
        if value and len(value) <= 80 and "@" not in value and "://" not in value and \
                not ONLY_REFERENCE.fullmatch(value):
            return value
    return ""


# the words of a sentence, never of a job's name
_SENTENCE_WORDS = frozenset(("we", "you", "i", "our", "your", "is", "are", "was", "will",
                             "be", "this", "it", "they", "need", "looking"))


def _their_titles_dropped(summary: str, people_names: list[str]) -> str:
    """ "Ottoline Baptiste-Greer (Recruiter)": the title in brackets after a name is that
    person's, not the job's."""
    for name in people_names:
        # in either order of their names ("Dufour Matthieu" on the invitation, "Matthieu
        # Dufour (Head of Compliance)" in its text)
        for written in {name, " ".join(reversed(name.split()))} if name else ():
            summary = re.sub(rf"\b{re.escape(written)}\s*\([^()]*\)", written, summary)
    return summary


# A gender tag after words in the description's text marks them as the job's name, from a word
# that leads one ("pour le poste de Contrôleur de gestion (H/F)", "als Fachkraft für
# Lagerlogistik (m/w/d)")
_TAGGED_IN_TEXT = lazy(r"(?:\bposte\s+de|\bpuesto\s+de|\bStelle\s+als|\bposition\s+(?:of|as)|"
                       r"\bfor\s+the|\bals|\bcomme|\bvaga\s+de|[:–—])[ \t]+([^\n.:;()]{3,60}?)"
                       + GENDER_TAG.pattern, re.IGNORECASE)


# What comes before a job's name: "(Einladung zum) … als", "the position of", "pour le poste
# de", "for"; and after it: "role", "position".
ROLE_LEAD = lazy(
    r"^(?:(?:einladung|invitation|invito|convite|uitnodiging)(?:\s+(?:zum|zur|to|for|a|al|à|"
    r"voor|para))?\s+)?(?:.*?\b(?:position|role|post|job|poste|puesto|stelle|functie|ruolo)"
    r"\s+(?:of|as|de|als|van|di)\s+|(?:pour|for|als|as|voor|para|per)\s+(?:(?:the|le|la|die)\s+)?)",
    re.IGNORECASE)
ROLE_TAIL = lazy(r"\s+(?:position|role|job|post|opening|vacancy|posting)$", re.IGNORECASE)


def bare_role(text: str) -> str:
    """The job's name alone ("the position of Data Analyst", "Data Analyst role", "als Data
    Analyst")."""
    return ROLE_TAIL.sub("", ROLE_LEAD.sub("", text.strip(" ,;-–—"))).strip(" ,;-–—")


# A gendered ending glued to a word is the word's ("Chargé(e)", "Mitarbeiter(in)"): kept
# whole while the title is cut at its brackets.
GLUED = lazy(r"(?<=\w)\((\w{1,3})\)")
# The words after a gender tag, to the title's next separator, are the job's still
# ("Projektingenieur (m/w/d) Elektrokonstruktion").
AFTER_TAG = lazy(r"[ \t]+((?-i:[A-ZÄÖÜ])[\w-]*(?:[ \t]+(?-i:[A-ZÄÖÜ])[\w-]*){0,2})"
                       r"(?=[ \t]*(?:$|[|–—:/·•(\[]|-[ \t]))")


# "Senior Frontend Engineer w/ React", "Caseworker w/ Arabic": after a job's word, "w/" and
# a skill or a language are the job's; "w/" and a person's name or title is who the meeting
# is with
_WITH_SKILL = lazy(r"(?<=\w)[ \t]+w/[ \t]*(?=((?-i:[A-Z])[\w+#.-]*)((?:[ \t]+[\w+#.-]+)?))")
# who the meeting is with, as a group ("w/ Structures team", "w/ the Audit group")
_GROUPS = frozenset(("team", "teams", "group", "panel", "department", "dept", "squad",
                     "committee", "board", "crew"))


def _kept_skill(people_names: list[str]) -> Callable[[re.Match[str]], str]:
    theirs = {w for n in people_names for w in key_words(n)}

    def keep(m: re.Match[str]) -> str:
        word = m.string[:m.start()].split()[-1:]
        job = bool(word) and names_title(word[0])
        skill = m.group(1)  # not a person by name or by title ("w/ Controller", "w/ HM"), an
        # upper-case word of three letters or more is a system's or a language's ("w/ SAP")
        group = m.group(2).strip().lower() in _GROUPS
        return "\ue002" if job and skill.lower() not in theirs and not stage_spans(skill) and \
            not names_title(skill) and not (skill.isupper() and len(skill) < 3) and \
            not group else m.group(0)
    return keep


# What happens at the meeting besides talking, written after the job's name ("Pastry chef
# trial", "Studio Assistant & workshop visit", "Line Cook tasting and chat"): not the job's
EVENTS = frozenset(("trial", "visit", "tour", "lunch", "dinner", "drinks", "coffee", "tasting",
                    "practical", "shadowing", "shadow", "demo", "workshop", "observation",
                    "walk-round", "walkround"))
_JOINERS = frozenset(("&", "+", "and", "with", "plus"))


def _events_dropped(piece: str) -> str:
    """The job's name less the events written after its last word for a job ("Pastry chef
    trial" → "Pastry chef"); the name itself when nothing would be left of the job."""
    joined = re.fullmatch(r"(.*\w)\s+(?:&|\+|and|plus|with)\s+((?:\S+\s+){0,2}(\S+))", piece)
    if joined and joined.group(3).lower() in EVENTS | STAGES and names_title(
            joined.group(1).split()[-1]):  # "Gallery Assistant & studio tour"
        return joined.group(1)
    words = piece.split()
    end = len(words)
    while end > 1 and (words[end - 1].lower() in EVENTS | STAGES | _JOINERS):
        end -= 1
    if end == len(words) or not names_title(words[end - 1]) or not any(
            w.lower() in EVENTS for w in words[end:]):
        return piece
    return " ".join(words[:end])


def of_scheme(name: str) -> str:
    """The job of a scheme named for it ("Graduate Analyst Programme": a Graduate Analyst);
    a programme that names no job is the job ("RN Residency Program")."""
    scheme = re.sub(r"\s+(?:programme|program|scheme)$", "", name, flags=re.I)
    return scheme if scheme and names_title(scheme.split()[-1]) else name


def _from_title(summary: str, company_name: str, people_names: list[str]) -> str:
    found = _from_title_pieces(GLUED.sub("\ue000\\1\ue001", summary), company_name,
                               people_names)
    return found.replace("\ue000", "(").replace("\ue001", ")")


def _from_title_pieces(summary: str, company_name: str, people_names: list[str]) -> str:
    summary = REQ_FIRST.sub(lambda m: m.group(1), summary)  # "JR-004417 IT Auditor II"
    tagged = re.search(r"((?:(?!\s-\s)[^|–—:/·•()\[\]])+?)" + GENDER_TAG.pattern, summary,
                       re.IGNORECASE)  # the job after a spaced hyphen, as after a dash
    if tagged and bare_role(_without_stages(tagged.group(1))):  # "Entwickler (m/w/d)"
        after = AFTER_TAG.match(summary, tagged.end())
        more = after.group(1) if after and qualifier(
            after.group(1), [company_name, *people_names], "") else ""
        return f"{bare_role(_without_stages(tagged.group(1)))} {more}".strip()
    text = summary
    for noise in [company_name, *people_names]:
        if noise:
            text = re.sub(rf"\b{re.escape(noise)}\b", " | ", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:updated invitation|invitation|canceled|cancelled|accepted)\s*:\s*",
                  "", text, flags=re.IGNORECASE)
    text = re.sub(r"@.*$", "", text)  # Google: "... @ Thu 3 Dec 2026 10am - 11am (EST)"
    text = re.sub(r"\b(?:about|for|on)\s+the\s+(.+?)\s+(?:role|position|job|post)\b", r" | \1 | ",
                  text, flags=re.IGNORECASE)  # "Chat about the Design Lead role"
    edges = " .,'\"-–—/|"
    text = _WITH_SKILL.sub(_kept_skill(people_names), text)
    # whom the meeting is with, by their title ("Conversation w/ Library Director – Head of
    # Youth Services"): the job only when no other piece names one
    text = re.sub(r"(?:^|\s)(?:with|w/)\s*(?=\w)", " | \ue003", text, flags=re.IGNORECASE)
    pieces = [re.sub(r"^(?:for|at|with|between|and|re)\s+", "", p.strip(edges),
                     flags=re.IGNORECASE).replace("\ue002", " w/ ")
              for p in SPLIT.split(text) if p and p.strip(edges)]
    met = [p.lstrip("\ue003") for p in pieces if p.startswith("\ue003")]
    pieces = [p for p in pieces if not p.startswith("\ue003")] + met
    # "Recruiter Screen: UX Researcher": a piece that names the kind of interview only
    # comes second to one that names the job alone
    plain = [p for p in pieces if not stage_spans(p) and p not in met]
    for piece in [*plain, *pieces]:
        if names_title(piece):
            cleaned = _without_stages(piece)
            cleaned = re.sub(r"^(?:the|a|an|your|our)\s+", "", cleaned, flags=re.I)
            cleaned = _events_dropped(re.sub(r"['’]s$", "", cleaned).strip(" ,;:-–—"))
            where = re.search(r",[^,]*\s(\w+)$", cleaned)  # ", Westgate branch": the place
            if where and where.group(1).lower() in PLACES_OF_WORK:
                cleaned = cleaned[:where.start()]
            bare = bare_role(cleaned)
            scheme = of_scheme(bare)
            if scheme != bare:
                return scheme  # "Graduate Analyst Programme": the job is Graduate Analyst
            if bare and names_title(bare):
                return bare  # "RN Residency Program": the programme is the job
    return _after_kind(pieces, [company_name, *people_names])


# Two to four capitalised words right after the kind of interview ("Gesprek Werkvoorbereider
# Installatietechniek", "Entretien Agente Immobilière") are the job, even in words we do not
# know for jobs.
_KIND_THEN_WORDS = lazy(r"(?-i:[A-ZÀ-Þ][\w'’-]+)(?:[ \t]+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3}")


def _after_kind(pieces: list[str], noise: list[str]) -> str:
    for piece in pieces:
        spans = stage_spans(piece)
        if not spans or spans[0][0] != 0:
            continue
        end = 0
        for start, stop in spans:  # the kind's words at the start ("Final Panel Interview")
            if piece[end:start].strip():
                break
            end = stop
        rest = piece[end:].strip()
        if _KIND_THEN_WORDS.fullmatch(rest) and qualifier(rest, noise, ""):
            return rest
        # a job's word among a few words of no sentence, in any case ("Sollicitatiegesprek
        # Juridisch medewerker arbeidsrecht", "Vorstellungsgespräch Pflegefachkraft
        # Intensivstation"), never a sentence ("Interview with our Head of Design")
        words = key_words(rest)  # one bare word for a job is whom it is with ("Recruiter")
        if 0 < len(words) <= 5 and names_title(rest) and not set(words) & _LINKING and \
                not (len(words) == 1 and words[0] in TITLES) and \
                not re.search(r"[.!?,:;()]", rest) and qualifier(rest, noise, ""):
            return rest
    return ""


# the small words of a sentence, in the languages of invitations: never inside a job's name
# written after the kind of interview
_LINKING = _SENTENCE_WORDS | frozenset((
    "with", "and", "for", "at", "the", "on", "in", "to", "by", "from", "about", "me", "us",
    "mit", "und", "für", "met", "en", "voor", "avec", "et", "pour", "con", "y", "para"))
