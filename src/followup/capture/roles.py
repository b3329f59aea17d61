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
from followup.capture.role_words import ADJECTIVES as ADJECTIVES
from followup.capture.role_words import COMPOUND as COMPOUND
from followup.capture.role_words import STAGES as STAGES
from followup.capture.role_words import TITLES as TITLES
from followup.capture.role_words import names_kind as names_kind
from followup.capture.role_words import names_title as names_title
from followup.capture.role_words import stage_spans as stage_spans
from followup.capture.role_words import word_spans as word_spans
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
# The job's own qualifier after its title, up to the word that ends it ("Data Engineer
# (Analytics Platform) role", "Category Buyer – Fresh Produce position", "Staff Engineer,
# Platform onsite", "poste de Product Manager – Paiements.").
QUALIFIER = r"(?:,[ \t]*(?-i:[A-Z])[\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?|[ \t]*\([^()\n]{2,60}\))"
DASHED = r"[ \t]+[–—][ \t]+(?-i:[A-Z])[\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}?"
SPLIT = lazy(r"\s*(?:<>|<->|<=>|↔)\s*|\s+[+x]\s+|\s+[|–—:/·•-]\s+|\s*[|–—:·•()\[\]]\s*|\s+w/\s*|\s+-\s+|"
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
    r"\bruolo di|\bfunctie van|\bprueba de|\bprova de|\bposición de|の)[ \t]*"
    # the small words inside a job's name in the languages invitations come in ("Jefe de
    # Obrador", "Conservador(a) de Azulejos"), and two jobs in one ("Bookkeeper / Office
    # Administrator")
    r"((?:[a-z]?[A-Z][\w&/'’-]*(?:\([a-z]{1,2}\))?[ \t]+(?:(?:de|del|da|do|di|du)[ \t]+|"
    r"/[ \t]+)?){0,4}"
    r"[a-z]?[A-Z][\w&/'’-]*"
    r"(?:[ \t]*\([\w/ ]+\))?)(?=[ \t]+(?:role|position|opening|vacancy|application|job|post|"
    r"spot|opportunity|"
    r"onsite|interview|programme|program|scheme|intake)\b|[ \t]*(?:ポジション|职位)|"
    r"[ \t]*[–-][ \t]|[ \t]*[,.:;|)]|\s*$|[ \t]*\(|"
    r"[ \t]+(?:at|in|no|na|en|em|bei|chez|au|presso|bij)[ \t])",
    re.MULTILINE)  # what ends the job is left to the next one ("Acme – Data Engineer - …");
# in brackets after a sentence's word ("the take-home exercise (Embedded Software Engineer)"),
# not after a name, where a person's title goes


# "the X position": what a sentence calls a position, a role or a job is one, in words we may
# not know for jobs when capitalised ("the Clinical Scheduler, Home Care position"), in
# words of a job's when not ("the shift supervisor job").
JOB_NAMED = lazy(  # a word capitalised after its first letter too ("iOS", "eCommerce")
    r"\b(?:the|for)[ \t]+(?:(?:part-time|full-time|part time|full time|temporary|permanent|"
    r"fixed-term|new|vacant|open|advertised|paid|unpaid|casual|seasonal)[ \t]+)?"
    r"(?:((?-i:[a-z]?[A-Z])[\w&/'’-]*(?:(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+|/[ \t]+)?|,[ \t]*)"
    r"(?-i:[a-z]?[A-Z])"
    r"[\w&/'’-]*){0,5}(?:[ \t]+w/[ \t]+(?-i:[A-Z])[\w+#.-]*)?)|"
    r"((?:[a-z][\w&/'’-]*[ \t]+){0,3}[a-z][\w&/'’-]*))[ \t]+(?:role|position|"
    r"job|post|vacancy|opening|place|traineeship|apprenticeship|spot|opportunity)\b")


def theirs(text: str, at: int, people_names: list[str]) -> bool:
    """What is written at `at` is a person's own title: after their name on its line
    ("10:45 – 11:30  Fiona Reyes, Senior iOS Engineer – Pairing"), or on the line under their
    name that signs the message ("Erik Lindqvist\nClaims Director, Prairie Mutual")."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at]
    above = text[:start].rstrip().rpartition("\n")[2]
    for name in people_names:
        words = [w for w in _key_words(name) if len(w) > 2]
        if not words:
            continue
        # their name, then only a comma before it (a dash after a name heads the candidate's
        # own job: "Hiring manager interview for Sam Candidate – Senior Product Manager")
        if re.search(rf"\b{re.escape(words[-1])}\W{{0,2}}[ \t]*,[ \t]*$", line,
                     re.IGNORECASE) and set(words) <= set(_key_words(line)):
            return True
        if not line.strip() and set(words) <= set(_key_words(above)) and \
                len(_key_words(above)) <= len(_key_words(name)) + 1:
            return True
    return False


def _key_words(text: str) -> list[str]:
    return [w for _, _, w in word_spans(text)]


def role(summary: str, company_name: str, people_names: list[str], description: str = "",
         place: str = "") -> Guessed:
    """The job, tidied (role_words.tidied): see _role."""
    from followup.capture.role_words import DEPARTMENTS, tidied

    # a link is where to join, not a place ("https://meet.acme.example/r/be-java-22": no
    # "Java" there)
    found = _role(summary, company_name, people_names, description, LINK.sub(" ", place))
    if found.value.strip().lower() in DEPARTMENTS:
        return Guessed("", True, f"{found.value.strip()} is a team, not a job")
    return found._replace(value=tidied(REQUISITION.sub("", found.value))) if found.value \
        else found


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
        titled = _dashed_in_title(found, REQ_FIRST.sub(lambda m: m.group(1), summary),
                                  noise, place, description)
        titled = _bracketed_in_title(titled, summary, noise, place)
        return Guessed(_fullest(found, text, noise, place, summary)
                       or _in_full(titled, texts, noise, place), True, "from the event's title")
    from followup.capture.role_words import DEPARTMENTS

    for m in ROLE_IN_TEXT.finditer(text):
        value = of_scheme(_without_stages(m.group(1)).strip())
        if value.lower() in DEPARTMENTS or theirs(text, m.start(1), people_names):
            continue  # a team ("Founder chat (Engineering)"), a person's own title
        if names_title(value) and not set(_key_words(value)) & set(_key_words(
                " ".join(people_names))):
            return Guessed(_fullest(value, text, noise, place, summary)
                           or _in_full(value, texts, noise, place), True, "from the description")
    for m in JOB_NAMED.finditer(text):  # "the Clinical Scheduler, Home Care position"
        value = re.sub(r"^(?:the|a|an|our|your|this)\s+", "", m.group(1) or m.group(2))
        if (m.group(1) or names_title(value)) and _qualifier(value, noise, place):
            return Guessed(_fullest(value, text, noise, place, summary) or value, True,
                           "from the description")
    # a line of the description that is the kind of interview and the job, as a title writes
    # it ("Sollicitatiegesprek Juridisch medewerker arbeidsrecht")
    found = _after_kind([line.strip() for line in text.splitlines()[:12]], noise)
    if found:
        return Guessed(found, True, "from the description")
    event = EVENT_FIELD.search(description)  # a booking page's "Event Name:" is a title
    found = _from_title(event.group(1), company_name, people_names) if event else ""
    if found:
        return Guessed(_fullest(found, text, noise, place, summary)
                       or _in_full(found, texts, noise, place), True, "from the event's name")
    found = _from_title(summary, company_name, people_names)  # a title after a name, then
    return Guessed(found, True, "from the event's title") if found else Guessed(
        "", True, "the title names no job")


LINK = lazy(r"\S+://\S*|\bwww\.\S+", re.IGNORECASE)


REQUISITION = lazy(r"\s*\((?:[A-Za-z.]+\s+){0,3}(?:no\.?\s*|#\s*|:\s*)?[\w/-]*\d{4,}"
                         r"[\w/-]*\)|"
                         r"\s*\((?:[A-Za-z]{1,4}[-#: ]{0,2})?\d{3,}\)|\s*\((?:req(?:uisition)?|"
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
        if where and placed_at(_key_words(where.group(1))):
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
        if name:
            summary = re.sub(rf"\b{re.escape(name)}\s*\([^()]*\)", name, summary)
    return summary


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
    theirs = {w for n in people_names for w in _key_words(n)}

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
        more = after.group(1) if after and _qualifier(
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
    pieces = [re.sub(r"^(?:for|at|with|between|and|re)\s+", "", p.strip(edges),
                     flags=re.IGNORECASE).replace("\ue002", " w/ ")
              for p in SPLIT.split(text) if p and p.strip(edges)]
    # "Recruiter Screen: UX Researcher": a piece that names the kind of interview only
    # comes second to one that names the job alone
    plain = [p for p in pieces if not stage_spans(p)]
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
        if _KIND_THEN_WORDS.fullmatch(rest) and _qualifier(rest, noise, ""):
            return rest
        # a job's word among a few words of no sentence, in any case ("Sollicitatiegesprek
        # Juridisch medewerker arbeidsrecht", "Vorstellungsgespräch Pflegefachkraft
        # Intensivstation"), never a sentence ("Interview with our Head of Design")
        words = _key_words(rest)  # one bare word for a job is whom it is with ("Recruiter")
        if 0 < len(words) <= 5 and names_title(rest) and not set(words) & _LINKING and \
                not (len(words) == 1 and words[0] in TITLES) and \
                not re.search(r"[.!?,:;()]", rest) and _qualifier(rest, noise, ""):
            return rest
    return ""


# the small words of a sentence, in the languages of invitations: never inside a job's name
# written after the kind of interview
_LINKING = _SENTENCE_WORDS | frozenset((
    "with", "and", "for", "at", "the", "on", "in", "to", "by", "from", "about", "me", "us",
    "mit", "und", "für", "met", "en", "voor", "avec", "et", "pour", "con", "y", "para"))


# What ends a job's name: a word for the job or a kind of interview, the end of a line or a
# sentence, a separator of the title, "at" the company. A qualifier after a dash ends only at
# a word for the job or a sentence's end ("Product Manager – Paiements.", not "Revenue Cycle
# Analyst – HM Interview" or "Biologist – Sam Candidate").
_JOB_WORD = r"[ \t]+(?:role|position|opening|vacancy|job|posting|post|ポジション|职位)\b"
_ENDS_ROLE = (rf"(?={_JOB_WORD}|[ \t]+(?:interviews?|onsite|on-site|loop|panel|screen|call|chat|"
              r"round)\b|[ \t]*(?:$|[.!?](?:\s|$)|[|:]|\s+(?:at|@|with|bei|chez)\s)|"
              r"(?<=\))[ \t]+[-–—][ \t])")  # a bracket closed, then the title's dash
_ENDS_DASHED = rf"(?={_JOB_WORD}|[.!?](?:\s|$))"


# When a job's dashed qualifier in the title ends: the title's end or its next separator.
_TITLE_QUALIFIER = (r"[ \t]+[-–—][ \t]+([A-Z0-9][\w&'’/-]*(?:[ \t]+(?:&[ \t]+)?[\w'’/-]+|,[ \t]*"
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
                            "hotel", "factory", "mill", "premises", "resort", "hospital",
                            "clinic", "school", "airport", "lodge", "casino", "mall",
                            "headquarters", "hq", "terminal", "facility", "center", "centre",
                            "roastery", "brewery", "bakery", "distillery", "winery", "farm",
                            "mine"))
# the same in the languages that write the place's word before its name ("Planta Nobsa",
# "Usine de Lyon", "Werk Ulm"); English writes "Site Reliability", "Store Operations" as units
PLACE_FIRST = frozenset(("hotel", "hôtel", "restaurante", "planta", "fábrica", "fabrica",
                         "sucursal", "tienda", "loja",
                         "usine", "werk", "filiale", "magasin", "fabriek", "vestiging"))


def placed_at(words: list[str]) -> bool:
    """A qualifier's words say where the job is: they end in a place of work ("Kailua-Kona
    store") or, in a language that writes it first, start with one ("Planta Nobsa")."""
    return bool(words) and (words[-1] in PLACES_OF_WORK or (
        words[0] in PLACE_FIRST and len(words) > 1))


def _dashed_in_title(found: str, summary: str, noise: list[str], place: str,
                     description: str = "") -> str:
    """The job's qualifier after a dash in the title, to the title's end or next separator
    ("Registered Nurse – ICU, Nights", "Graduate Analyst - Pricing"): never a kind of
    interview, a day or a date, a way of meeting, the place, or a name of the file's people
    or company ("– Quill & Press Publishing", "- Sam Candidate"); the place only when the
    description does not write it so after the job too ("your interview for Store Manager –
    Kensington with …": the store the job is at)."""
    m = re.search(rf"(?<!\w){re.escape(found)}{_TITLE_QUALIFIER}", summary, re.IGNORECASE)
    if m is None:
        return found
    extra, words = m.group(1).strip(" ,"), _key_words(m.group(1))
    written = " ".join(summary[m.start():m.start(1)].split()) + " " + extra
    placed = set(words) <= set(_key_words(place)) and written not in " ".join(
        description.split())
    if names_kind(extra) or any(n and (n.lower() in extra.lower() or extra.lower() in n.lower())
                                for n in noise):
        return found
    # the name a posting gives before its reference is the job's whole name ("interview for
    # Maintenance Planner – Fixed Plant (Job Requisition R-7731)"), a place's word in it too
    posted = re.search(rf"{_spaced(written)}[ \t]*\((?:job[ \t]+)?(?:req|requisition|ref|"
                       r"reference|posting|vacancy|job[ \t]+id)\b", description, re.IGNORECASE)
    if not posted and (set(words) & CALENDAR_WORDS or placed or placed_at(words)
                       or re.search(r"\d", _SHIFT.sub("", extra))):
        return found
    return summary[m.start():m.start(1)] + extra


# an ordinal before "shift" says when the job is worked ("2nd Shift"), not a day or a time
_SHIFT = lazy(r"\b\d+(?:st|nd|rd|th)[ \t]+shifts?\b", re.IGNORECASE)


def _spaced(text: str) -> str:
    """A pattern for the text however it is spaced."""
    return r"\s+".join(re.escape(w) for w in text.split())


def _bracketed_in_title(found: str, summary: str, noise: list[str], place: str) -> str:
    """One bracketed word after the job in the title is the job's own (its team, speciality
    or branch: "Acme | Data Scientist (Pricing)", "Interview – Senior Radiographer (CT)")
    when the employer is known and the word is not of its name or its initials
    ("Interview: Data Analyst (Northwind)" at Northwind Traders). Never a way of working, a
    day, the place or a name of the file's people."""
    m = re.search(rf"(?<!\w){re.escape(found)}[ \t]*\((\w[\w-]*)\)", summary, re.IGNORECASE)
    company = noise[0] if noise else ""
    if m is None or not company:
        return found
    word = m.group(1)
    initials = "".join(w[0] for w in company.split() if w[:1].isupper())
    if (stage_spans(word) or word.lower() in CALENDAR_WORDS or word.isdigit()
            or word.upper() == initials or word.lower() in _key_words(place) or any(
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
        if stage_spans(extra) or lone or set(words) & where or placed_at(words) or any(
                n and n.lower() in extra.lower() for n in noise) or (
                "(" not in extra and any(c.isdigit() for c in extra)):
            continue
        if len(found + extra) > len(best):
            best = found + extra
    return best.strip()


# A qualifier the description writes after the job's name, joined by a bracket, a comma, a
# dash, a bar, a colon or a slash: capitalised words or numbers ("(2–4 PQE)", ", Grade 3",
# "– Intensive Care", "| Credit Modelling", ": Payouts"), small joining words between them.
_CHUNK = (r"[A-Z0-9][\w&'’+–-]*(?:[ \t]+(?:(?:&|and|of|in|the|de|du|des|et|y|und|für)[ \t]+)?"
          r"[A-Z0-9][\w&'’+–-]*)*")
_TAIL = lazy(rf"[ \t]*\(([^()\n]{{1,50}})\)|(?:,[ \t]*|[ \t]+[-–—|][ \t]+|:[ \t]+|"
                   rf"[ \t]*/[ \t]*)({_CHUNK})")
# words that make a qualifier something else: a reference, a time, a way of working
_NOT_QUALIFIER = frozenset(("ref", "reference", "req", "requisition", "advt", "id", "no",
                            "am", "pm", "she", "her", "he", "him", "they", "them",
                            # the terms and the place of the work: "(home-based, Africa
                            # region)", "(2 yrs, fixed term)", "(20 hrs/wk)"
                            "based", "region", "yrs", "years", "hours", "hrs", "wk", "week",
                            "fte", "relocation", "travel"))
_TIME_OR_NUMBER = lazy(r"\d{1,2}[:.]\d{2}|\d{4,}|#")
# a year that says which cohort the job joins is the job's ("(2029 intake)", "(September
# 2028 start)", "(Class of 2030)"), not a reference number
_COHORT = lazy(r"\b(?:19|20)\d\d[ \t]+(?:intake|cohort|entry|start|graduates?)\b|"
                     r"\b(?:intake|cohort|entry|class[ \t]+of)[ \t]+(?:19|20)\d\d\b", re.I)
# a capitalised word just before the name makes it another job's ("Deputy Manager")
_ANOTHER_JOB = lazy(r"(?<![\w.])[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*[ \t]+$")
# unless it is the word for a job itself, capitalised as German nouns are ("für die Position
# Senior Backend Engineer (Go)")
_JOB_NOUNS = frozenset(("position", "stelle", "rolle", "role", "post", "job", "funktion",
                        "vacancy", "vakanz", "positie", "functie"))


def _qualifier(text: str, noise: list[str], place: str) -> bool:
    """A qualifier of the job's name ("Intensive Care", "Level B", "Cash & Liquidity"): not a
    kind of interview, a day or a date, a reference or a time, the place or the place of
    work, a name of the file's people or company."""
    words = _key_words(text)
    where = set(_key_words(place))
    return bool(words) and not (
        names_kind(text) or set(words) & (CALENDAR_WORDS | _NOT_QUALIFIER)
        or _TIME_OR_NUMBER.search(_COHORT.sub("", text)) or placed_at(words)
        or {w for w in words if not w.isdigit()} <= where
        or any(_names(n, words, i > 0) for i, n in enumerate(noise) if n))


def _names(name: str, words: list[str], person: bool) -> bool:
    """The words name the file's company (all its words) or one of its people (a word of
    their name)."""
    theirs = {w for w in _key_words(name) if len(w) > 2} or set(_key_words(name))
    return theirs <= set(words) or (person and bool(theirs & set(words)))


def _spelled(found: str) -> str:
    """A pattern for the job as the description may write it: spaced differently around a
    slash ("bookkeeper/office manager"), its abbreviations written out ("Senior SRE" →
    "Senior Site Reliability Engineer", "M&E Specialist" → "Monitoring & Evaluation
    Specialist", "Senior PM" → "Senior Product Manager")."""
    out = []
    for token in re.split(r"(\s+|\s*/\s*)", found):
        if not token.strip():
            out.append(r"\s+")
        elif token.strip() == "/":
            out.append(r"\s*/\s*")
        elif re.fullmatch(r"[A-Z]{2,4}|[A-Z]&[A-Z]", token):
            initials = [c for c in token if c != "&"]
            joint = r"\s*&\s*" if "&" in token else r"(?:,\s+|\s+)"
            words = [rf"{c}[a-z]+" for c in initials]
            # "MEL": "Monitoring, Evaluation & Learning": a list's last joined by "&" or "and"
            last = r"\s*&\s*" if "&" in token else r"(?:,?\s+(?:&|and)\s+|,\s+|\s+)"
            written = joint.join(words[:-1]) + last + words[-1]
            out.append(rf"(?:{re.escape(token)}|{written})")
        elif _CLIPPED.fullmatch(token) and token.lower() not in TITLES:
            # a word clipped to its first letters and consonants ("Ops" → "Operations",
            # "Mgr" → "Manager", "Sr" → "Senior", "Mktg" → "Marketing")
            letters = [re.escape(c) for c in token]
            out.append(rf"(?:{re.escape(token)}|(?=[a-z]{{{len(token) + 2},}})"
                       rf"{'[a-z]*'.join(letters)}[a-z]*)")
        else:
            out.append(re.escape(token))
    return "".join(out)


# a clipped word: a capital, then two or three letters with one vowel at most ("Ops", "Mgr",
# "Mktg", "Dev"), never a whole short word ("Data", "Lead", "Area")
_CLIPPED = lazy(r"(?-i:[A-Z])(?=[a-z]{1,3}$)(?![a-z]*[aeiou][a-z]*[aeiou])[a-z]+\.?")


def _placed(tail: re.Match[str], text: str, title: str) -> bool:
    """A qualifier that says where the job is: one followed by a place of work (", Kailua-Kona
    store"), or one bracketed word ending a line the title does not write ("(Galway)")."""
    # the next word, right after it ("Kailua-Kona store"; not "(Grants) - Office of …")
    after = _key_words(m.group(1)) if (m := re.match(r"[ \t]+(\w+)", text[tail.end():])) else []
    line_end = not text[tail.end():].partition("\n")[0].strip()
    return bool(after and after[0] in PLACES_OF_WORK) or bool(
        tail.group(1) and " " not in tail.group(1).strip() and line_end
        and tail.group(0).strip().lower() not in title.lower())


# the words of a level, which a bracket may add to the job's name ("(Graduate)", "(Team Lead)")
_LEVELS = frozenset(("lead", "head", "senior", "junior", "graduate", "associate", "trainee",
                     "intern", "principal", "staff", "apprentice", "assistant", "deputy"))


def _another_name(bracketed: str) -> bool:
    """Words in brackets that name a job of their own are the job's other name, in another
    language or another firm's words ("Front of House Manager (Jefe/a de Sala)", "Support
    Engineer (Helpdesk Technician)"), not a qualifier of it."""
    words = _key_words(bracketed)  # a grade's number is the job's ("(Clerk Grade 9/10)")
    return len(words) > 1 and not re.search(r"\d", bracketed) and any(names_title(w) and w not in _LEVELS for w in words)


def _fullest(found: str, text: str, noise: list[str], place: str, title: str) -> str:
    """The job as the description writes it in full, from the title's name for it or from
    that name's head ("Associate, Corporate; 2-4 PQE" → "Associate (Corporate), 2–4 PQE")."""
    head = re.split(r"\s*[,;–—|:]\s*|\s+\(|\s+-\s+", found)[0]
    best = _written_out(found, text, noise, place, title) or (
        _written_out(head, text, noise, place, title) if head != found else "")
    # the lower-case words the title writes after it, to its end or next separator, are
    # still its own ("Chef de projet | Transformation digitale")
    more = re.search(rf"(?<!\w){re.escape(best)}((?:[ \t]+(?-i:[^\W\d_A-Z])[\w'’-]*)+)"
                     r"(?=[ \t]*$|[ \t]+[|–—-][ \t])", title) if best else None
    lower = more is not None and all(w[:1].islower() for w in more.group(1).split())
    return best + more.group(1) if more and lower and not stage_spans(more.group(1)) else best


def _written_out(found: str, description: str, noise: list[str], place: str,
                 title: str = "") -> str:
    """The job as the description writes it in full, the longest such: the name the title
    gives, written out, with its qualifiers ("Senior SRE" in the title, "Senior Site
    Reliability Engineer (Network Platforms)" in the text). "" when the description adds
    nothing to the name."""
    best = ""
    for m in re.finditer(rf"(?<![\w/]){_spelled(found)}(?![\w/])", description, re.IGNORECASE):
        if theirs(description, m.start(), noise[1:]):
            continue  # a person's own title ("Fiona Reyes, Senior iOS Engineer – Pairing")
        other = _ANOTHER_JOB.search(description, 0, m.start())
        if other and other.group(0).strip().lower() not in _JOB_NOUNS:
            continue  # "Deputy Manager" is not the "Manager" of the title
        end = m.end()
        # more of its words before the word for a job ("… - Behavioral Health Services
        # position")
        more = re.match(r"(?:[ \t]+[A-Z][\w&'’-]*){1,3}(?=[ \t]+(?:position|role|job|post|"
                        r"vacancy|opening)\b)", description[end:])
        end += more.end() if more and _qualifier(more.group(0), noise, place) else 0
        while tail := _TAIL.match(description, end):
            if not _qualifier(tail.group(1) or tail.group(2), noise, place) or _placed(
                    tail, description, title) or _another_name(tail.group(1) or ""):
                break
            end = tail.end()
        written = " ".join(description[m.start():end].split())
        if len(written) > len(best) and (end > m.end() or m.group(0) != found):
            best = written
    return best
