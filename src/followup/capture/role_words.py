"""The words of jobs and of kinds of interview, and the tests on them (issue 23): whether a
text names a job ("Analyst", "Projektleiterin", "Geologist") or a kind of interview
("Recruiter Screen", "on-site", "Final Round"). Pure."""

from __future__ import annotations

import re
from itertools import pairwise

from followup.capture.lazy import lazy

# Words of job titles and of kinds of interview, as sets: compiling them as one alternation
# each cost more than `add --from` spends reading the invitation (bench/README.md).
TITLES = frozenset((
    "engineer", "engineering", "analyst", "manager", "designer", "developer", "scientist",
    "director", "specialist", "consultant", "architect", "administrator", "accountant",
    "intern", "associate", "representative", "officer", "coordinator", "writer", "editor",
    "nurse", "teacher", "advisor", "lead", "head", "researcher", "technician", "assistant",
    "executive", "strategist", "marketer", "planner", "recruiter", "sre", "sde", "swe", "sdet",
    "rn", "lpn", "scheduler", "devops", "counsel", "worker", "caseworker", "fellow", "leader",
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
    "coordinadora", "vendedor", "vendedora", "ejecutivo", "ejecutiva", "executivo", "executiva",
    "representante", "agente", "dependiente", "operario", "operaria", "camarero", "camarera",
    "cocinero", "cocinera", "recepcionista", "administrativo", "administrativa", "infirmier",
    "infirmière", "avocat", "avocate",
    "comptable", "médecin", "assistente", "assistante", "juriste", "collaborateur",
    "collaboratrice", "secrétaire", "associée", "coordinatore", "coordinatrice", "cajero", "cajera",
    # the trades and offices whose word is not one of the above (session 11): an insurer's
    # "Claims Adjuster", a railway's "Signal Maintainer"; never a word that is a family name
    # as often ("Baker", "Cook", "Porter", "Carpenter"), which would make a person's name a
    # title
    "adjuster", "assessor", "estimator", "examiner", "investigator", "maintainer", "installer",
    "adviser", "negotiator", "conveyancer", "stewardess", "waitress", "decorator",
    "landscaper", "carer", "veterinarian", "dietitian", "cleaner",
    # an "-ist" after a "v" the ending leaves to family names ("Lindqvist"): the archive's
    "archivist",
))
# An English job written as one word whose end is a job's word ("Paraplanner", "Subeditor",
# "Songwriter", "Shopkeeper"): the ends that are a job's only, never a firm's ("Cooperative")
_JOB_ENDS = lazy(r"^[a-z]{3,}(?:planner|editor|writer|worker|keeper|designer|developer|"
                 r"engineer|manager|officer|assistant|technician|consultant|coordinator|"
                 r"administrator|analyst|inspector|supervisor|controller)s?$")
# German and Dutch jobs are compounds that end in a job's word ("Projektleiterin",
# "Softwareentwickler", "Vertriebsmitarbeiter", "Bouwkundig projectleider").
COMPOUND = lazy(r"(?:leiter|leider|entwickler|berater|ingenieur|referent|assistent|"
                      r"manager|techniker|kaufmann|kauffrau|spezialist|architekt|koordinator|"
                      r"sachbearbeiter|mitarbeiter|medewerker|ontwikkelaar|adviseur|"
                      # the Nordic ones ("Driftsleder", "Projektledare", "Systemutvecklare")
                      r"leder|ledare|utvecklare|ingeniør|ingenjör|konsulent|rådgiver|rådgivare|"
                      r"medarbeider|medarbetare|sjef|chef)(?:in|innen)?$")
# Words that end as a trade's or a science's practitioner does ("Technologist", "Geologist",
# "Optician", "Radiographer", "Hygienist"), not a list ("Checklist"), a Nordic family name
# ("Lindqvist", "Blomkvist") or a verb ("persist").
JOB_ENDING = lazy(r"^\w{3,}(?:ologist|ographer|ician)$|^(?!(?:pers|cons)ist$)\w{4,}"
                        r"(?<![lkqv])ist$")
STAGES = frozenset((
    "interview", "interviews", "screen", "screens", "screening", "call", "chat",
    "conversation", "meeting", "onsite", "round", "panel", "loop", "intro", "introduction",
    "debrief", "catchup", "technical", "behavioral", "behavioural", "final", "first",
    "second", "third", "1st", "2nd", "3rd", "virtual", "video", "phone", "review",
    "presentation", "walkthrough", "session", "invitation", "updated", "canceled",
    "cancelled", "accepted",
    "takehome", "entretien", "entrevista", "vorstellungsgespräch", "colloquio",
    "sollicitatiegesprek", "gesprek", "gespräch", "fachinterview", "kennenlernen",
    "superday", "kennenlerngespräch", "bewerbungsgespräch", "vorstellung", "probearbeiten",
    "probearbeit", "probetag", "kennismaking", "kennismakingsgesprek", "sollicitatie",
    "prueba", "prova", "proefdag",  # a trial (a shift, a bake, a test) in Spanish, Italian…
    "entrevue", "面接", "面试", "intervju", "intervjuu", "haastattelu", "samtale", "samtal",
    "rozmowa", "pohovor", "sollicitatiegesprek",
    # the round, in the languages invitations come in ("Tweede gesprek", "Zweites Gespräch")
    "eerste", "tweede", "derde", "erstes", "zweites", "drittes", "erste", "zweite", "dritte",
    "primera", "segunda", "tercera", "primeira", "terceira", "premier", "première",
    "deuxième", "troisième", "primo", "secondo", "terzo", "andra", "tredje", "første",
    "andre", "ensimmäinen", "toinen",
    # a talk, in te reo Māori as New Zealand writes it ("Volunteer Coordinator kōrero")
    "kōrero", "korero",
))
# two words (and what may join them): "on-site", "catch-up", "take-home", "hiring manager"
STAGE_PAIRS = {("on", "site"): ("-",), ("catch", "up"): ("-",), ("take", "home"): ("-",),
               ("hiring", "manager"): (" ",), ("case", "study"): (" ",),
               ("recruiter", "screen"): (" ",), ("recruiter", "call"): (" ",),
               ("recruiter", "chat"): (" ",), ("recruiter", "conversation"): (" ",),
               ("assessment", "centre"): (" ",), ("assessment", "center"): (" ",),
               ("assessment", "day"): (" ",), ("trial", "shift"): (" ",),
               ("trial", "day"): (" ",), ("working", "interview"): (" ",),
               ("super", "day"): (" ",)}
# a kind of interview, or the first word of a job ("Technical Artist", "Video Producer")
ADJECTIVES = frozenset(("technical", "video", "phone", "virtual", "final", "behavioral",
                        "behavioural"))
_WORD = lazy(r"\w+")
def word_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str], pair: tuple[str, str],
            joints: tuple[str, ...]) -> bool:
    return (a[2], b[2]) == pair and text[a[1]:b[0]] in joints


def names_title(text: str) -> bool:
    """A word of a job title ("Analyst", "engineers", "Product Owner")."""
    if GENDERED.search(text):
        return True
    words = word_spans(text)
    if any(w in TITLES or (w.endswith("s") and w[:-1] in TITLES) or (
            len(w) > 9 and COMPOUND.search(w)) or JOB_ENDING.search(w) or _JOB_ENDS.search(w)
            for _, _, w in words):
        return True
    # two words that are a job together, never apart: "Product Owner", "(HR, Finance)
    # Business Partner" ("Partners" alone is a firm's word: "Hale & Partners")
    return any((a[2], b[2].removesuffix("s")) in JOB_PAIRS and text[a[1]:b[0]] == " "
               for a, b in pairwise(words))


# A gendered ending glued to a word is written on a job's name only, in the job advertisements
# of the languages that have one ("Conservador(a)", "Chargé(e)", "Mitarbeiter(in)",
# "Jefe/a"; \ue000 and \ue001 are the brackets as roles.GLUED keeps them)
GENDERED = lazy(r"\w{3,}(?:[(\ue000](?:a|e|in|ne|ère|euse|rice)[)\ue001]|/(?:a|in|ne)\b)")


JOB_PAIRS = frozenset((("product", "owner"), ("business", "partner"), ("line", "cook"),
                       ("prep", "cook"), ("kitchen", "porter"), ("commis", "chef")))


def stage_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a kind of interview ("Recruiter Screen", "on-site", "Hiring
    Manager")."""
    words, spans, i = word_spans(text), [], 0
    while i < len(words):
        a = words[i]
        b = words[i + 1] if i + 1 < len(words) else None
        if b is not None and b[2] in ("shift", "shifts") and a[2] in STAGES:
            i += 2  # "2nd Shift", "Third shift": when the job is worked, not a round
            continue
        if b is not None and (any(_joined(text, a, b, pair, joints)
                                  for pair, joints in STAGE_PAIRS.items())
                              or (a[2].startswith("cultur") and b[2] == "fit"
                                  and text[a[1]:b[0]] == " ")
                              # a day of it: "interview day", "onsite day", "selection day"
                              or ((a[2] in STAGES or a[2] == "selection") and
                                  b[2] in ("day", "days") and text[a[1]:b[0]] == " ")):
            spans.append((a[0], b[1]))
            i += 2
            continue
        if a[2] in STAGES or (a[2] in _WHO_LEADS and b is not None and b[2] in _MEANS
                              and text[a[1]:b[0]] == " "):
            spans.append((a[0], a[1]))
        i += 1
    return spans


# Who leads a kind of interview, before the way it is held ("Recruiter Phone Screen", "HR
# Video Call", "Recruiter Intro Chat"), names the kind, not the job (a job's word before a
# kind's is the job: "Senior Recruiter Interview")
_WHO_LEADS = frozenset(("recruiter", "recruiting", "recruitment", "hr", "talent"))
_MEANS = frozenset(("phone", "video", "virtual", "intro", "introductory", "initial", "zoom",
                    "teams", "telephone"))


# what a candidate does at an interview, after "Technical", "Virtual" …: a kind still
_ACTIVITIES = frozenset(("assessment", "assessments", "exercise", "test", "tests", "task",
                         "case", "challenge", "questions", "deep", "dive", "pairing"))


def names_kind(text: str) -> bool:
    """The text names a kind of interview: not by an adjective that starts a name of a field
    or a unit ("Behavioral Health", "Technical Services", "Video Production")."""
    words = word_spans(text)
    for start, end in stage_spans(text):
        word = text[start:end].lower()
        following = [w for w in words if w[0] >= end][:1]
        if not (word in ADJECTIVES and following and following[0][2] not in STAGES
                and following[0][2] not in _ACTIVITIES
                and text[following[0][0]:following[0][0] + 1].isupper()):
            return True
    return False



# A job's name less what the title writes around it, in one place (issue 23, the role):
# a note of the time zone in brackets ("(all times Eastern)", "(Mountain Time)"), a stage of
# the process after it ("(Stage 2)", "| Onsite (Round 2)"), the intake ("| 2027 Intake"),
# brackets around the whole name and stray separators.
_ZONE_NOTE = lazy(r"\s*\((?:all\s+)?(?:times?\b[^)]*|(?:[^)]*\s)?(?:eastern|pacific|"
                        r"central|mountain|gmt|utc|cet|ist|aest|bst|local)(?:\s+time)?)\)\s*$",
                        re.IGNORECASE)
_STEP = lazy(r"\s*(?:[|–—]|\s-)?\s*\((?:stage|step|round|part|phase)\s*\d+\)\s*$|"
                   r"\s+[|–—]\s+[^|–—]*$", re.IGNORECASE)
# the way the job is worked, after it ("(Remote)", "(Hybrid – 3 days in office)", "– Remote"):
# where from, not what
_WAY = lazy(r"\s*(?:\((?:fully\s+)?(?:remote|hybrid|on-?site|in-office|wfh)\b[^()]*\)|"
            r"\s[-–—|]\s*(?:fully\s+)?(?:remote|hybrid|on-?site))\s*$", re.IGNORECASE)
_INTAKE = lazy(r"(?:\s+[|–—-])?\s+(?:(?:19|20)\d\d)\s+intake\s*$", re.IGNORECASE)
# a kind of interview run into one word ("Telefoninterview", "Videogespräch"), as German and
# Dutch write it
_COMPOUND_KIND = lazy(r"^\w{3,}(?:interview|gespräch|gesprek|call)\s+(?=\w)|"
                            # a heading before it ("Schedule- Firmware Engineer")
                            r"^(?:schedule|agenda|itinerary|timetable|programme)\s*[-–—:]\s*",
                            re.IGNORECASE)


# A field or a department alone names a team, never a job ("Founder chat (Engineering)")
DEPARTMENTS = frozenset(("engineering", "sales", "marketing", "finance", "product",
                         "operations", "design", "data", "legal", "support", "nursing",
                         "retail", "technology", "tech", "research", "accounting", "hr",
                         "it", "editorial", "procurement", "logistics", "compliance",
                         "growth", "platform", "infrastructure", "security"))


_EMPTY_BRACKETS = lazy(r"[(\[（【「][\s\W]{0,3}?[)\]）】」]")


def tidied(role: str) -> str:
    """The job's name less the notes, stages, intakes, ways of working and separators a title
    writes around it (see above)."""
    text = role.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    text = _COMPOUND_KIND.sub("", _ZONE_NOTE.sub("", text))
    step = _STEP.search(text)
    # a step's number in brackets ends it ("| Onsite (Round 2)"), never a level's ("– Intensive
    # Care Unit (Band 5)")
    if step and (re.search(r"\((?:stage|step|round|part|phase)\s*\d+\)\s*$", step.group(0),
                           re.IGNORECASE) or all(
            w in STAGES or w.isdigit() or w in ("round", "stage")
            for w in re.findall(r"\w+", step.group(0).lower()))):
        text = text[:step.start()]
    text = _WAY.sub("", _INTAKE.sub("", text))
    # brackets the kind of interview was taken out of ("【面接】Rolling Stock Engineer")
    text = " ".join(_EMPTY_BRACKETS.sub(" ", text).split())
    return text.strip(" /|-–—:,") or role
