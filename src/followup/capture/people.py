"""Who is who in an invitation, read the way the candidate reads it (issue 23).

Each person is the candidate, an interviewer, the coordinator or a resource (a room, a
bridge); relay addresses (no-reply senders, calendar relays, shared team mailboxes) are
nobody. Everything the file says counts: CUTYPE and ROLE, the addresses, titles written
beside a name (in CN, in the description, in a signature), room-like names, and the
schedules that scheduling systems write into the description ("1:00 PM - 1:45 PM Dr. Amara
Okafor, Director of Data Science", "Interviewers: A, B", "Meet with A (Engineering Manager)").
Pure: an `Invitation` in, `Someone`s out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from followup.capture.invitations import Address, Invitation

# Addresses that are nobody: senders of scheduling systems, calendar relays, team mailboxes.
RELAY_DOMAINS = ("imip.me.com", "group.calendar.google.com", "greenhouse.io", "lever.co",
                 "goodtime.io", "ashbyhq.com", "myworkday.com", "workday.com", "calendly.com",
                 "smartrecruiters.com", "icims.com", "jobvite.com", "zoom.us",
                 "email.apple.com", "google.com", "greenhouse-mail.io", "teamtailor.com",
                 "workable.com", "bamboohr.com", "recruitee.com", "gem.com", "modernloop.io")
RELAY_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|calendar|scheduling|invites?|mailer|"
    r"talent|interviews?|careers|recruiting|recruitment|jobs|hr|people|hiring|"
    r"talentscheduling|talent-?team|zoom[-\w]*|recruit[-\w]*|[-\w]*-?recruiting\d*|"
    r"calendar-notification)(?:[-+.]\w*)?@", re.IGNORECASE)
ROOM = re.compile(r"\b(?:room|rm|conf(?:erence)?|boardroom|bridge|auditorium|"
                  r"vergaderruimte|besprechungsraum|salle|sala|meeting\s*room|huddle|"
                  r"teams\s*room|zoom\s*room|projector|equipment)\b|\(\d+\)\s*(?:\[|$)|"
                  r"^[A-Z]{2,4}-[\w.-]*-", re.IGNORECASE)
# Titles of people who set interviews up rather than hold them.
ORGANISING = re.compile(
    r"recruit|recrut|reclut|rekrut|werving|talent|\bta\b|coordinat|schedul|\bhr\b|"
    r"human resources|people (?:partner|team|"
    r"ops)|sourc(?:er|ing)|ansprechpartner|personalabteilung|\bhr administrator|"
    r"\bpeople\b", re.IGNORECASE)
# A name: two to four capitalised words, a title of address allowed in front.
NAME = re.compile(
    r"(?:(?:Dr|Capt|Prof)\.?\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’À-ÿ-]*(?:\s+(?:(?:van|de|der|den|da|di|del|la|le|nic|ní|mac|bin|al|el)"
    r"\s+)*[A-ZÀ-ÖØ-Þ][\w'’À-ÿİı-]*){1,3}", re.UNICODE)
NOT_NAME = frozenset((
    "interview", "interviews", "schedule", "scheduled", "time", "pacific", "eastern",
    "central", "mountain", "standard", "european", "greenwich", "india", "ist", "cet",
    "est", "pst", "pt", "et", "cst", "gmt", "bst", "am", "pm", "google", "meet", "zoom",
    "teams", "microsoft", "join", "link", "venue", "location", "meeting", "session",
    "round", "panel", "onsite", "loop", "virtual", "video", "phone", "screen", "call",
    "chat", "coffee", "case", "study", "design", "system", "systems", "coding",
    "architecture", "welcome", "tour", "lunch", "team", "leadership", "values", "wrap",
    "up", "deep", "dive", "controls", "quant", "research", "vp", "data", "product",
    "senior", "staff", "principal", "ml", "hiring", "manager", "office", "platform",
    "growth", "technical", "final", "first", "second", "third", "debrief", "intro",
    "introduction", "behavioural", "behavioral", "culture", "fit", "portfolio", "review",
    "presentation", "recruiting", "recruiter", "talent", "acquisition", "partner",
    "coordinator", "director", "engineer", "engineering", "analyst", "analytics", "lead",
    "head", "of", "and", "the", "with", "for", "at", "to", "your", "our", "dear", "hi",
    "hello", "regards", "best", "thanks", "cheers", "questions", "contact", "need",
    "reschedule", "sam", "candidate", "interviewer", "interviewers", "meet", "hr",
    "business", "general", "operations", "fleet", "clinical", "health", "sr", "jr", "new",
    "york", "london", "reception", "front", "desk", "floor", "level", "building", "studio",
    "please", "note", "details", "dial", "passcode", "id", "one", "tap", "mobile", "find",
    "number", "local", "powered", "by", "calendly", "event", "name"
))
TIME = re.compile(r"^\s*(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:[-–—]|to)?\s*"
                  r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:(?-i:[A-Z]{2,4})\b)?\s*"
                  r"[:|–—-]?\s*", re.IGNORECASE)
FOOTER = re.compile(r"-::~|_{20,}|^Join Zoom Meeting|^Microsoft Teams meeting|"
                    r"^Need to make changes to this event|^Powered by", re.MULTILINE)
INTERVIEWERS_LABEL = re.compile(r"^\s*(?:interviewers?(?:\(s\))?|panel(?:lists?)?|"
                                r"interviewing you|assessors?)\s*:", re.IGNORECASE | re.MULTILINE)
# The same label inside a line of prose ("… on the day. Assessors: A, B.")
LABEL_IN_LINE = re.compile(r"(?:^|[.!;]\s+)(?:interviewers?(?:\(s\))?|panel(?:lists?)?|"
                           r"assessors?)\s*:", re.IGNORECASE)
# A video meeting's host ("Rajiv Malhotra is inviting you to a scheduled Zoom meeting.")
HOST = re.compile(r"^\s*is inviting you to\b", re.IGNORECASE)
COORD_LABEL = re.compile(
    r"(?:coordinator|recruiter(?: contact)?|contact|scheduled by|coordinated by|"
    r"ansprechpartner(?:in)?|your recruiter,?|questions\?? (?:contact|reach))\s*:?\s*$",
    re.IGNORECASE)
INTERVIEW_CUE = re.compile(r"(?:interview(?:s|ed)?|meet|present|talk|speak|chat)\s+"
                           r"(?:\w+\s+){0,4}(?:with|to)\s*$|(?:with|and|avec|et|mit|und|con|met|en)\s*$",
                           re.IGNORECASE)
ABSENT = re.compile(r"\bI\s+(?:won['’]t|will not|shan['’]t)\s+(?:be\s+in|attend|join|be\s+"
                    r"joining|be\s+part)|\bI['’]ll\s+(?:greet|walk|meet)\s+you\b|"
                    r"grab me from reception", re.IGNORECASE)
# The writer says they hold the interview themselves ("It'll just be me for this one").
PRESENT = re.compile(r"\b(?:it['’]ll|it will|it['’]s|it is)\s+(?:just\s+)?(?:be\s+)?(?:just\s+)?"
                     r"(?:me|myself)\b|\bI['’]ll be (?:interviewing|your interviewer|"
                     r"speaking with you)|\bjust (?:you and )?me\b", re.IGNORECASE)
PERSON_ROLE_WORDS = re.compile(r"\b(?:recruiter|coordinator|talent|partner|acquisition|"
                               r"team|recruiting|scheduling|scheduler|careers|hr|people|"
                               r"hiring|calendar|notifications?|assistant|bot|greenhouse|"
                               r"lever|workday|ashby|goodtime|calendly|zoom|interviews?|"
                               r"jobs|no-?reply)\b",
                               re.IGNORECASE)


class Someone(NamedTuple):
    name: str
    email: str | None
    kind: str  # candidate | interviewer | coordinator | resource | relay
    title: str = ""
    how: str = ""


def is_relay(email: str) -> bool:
    d = email.rpartition("@")[2]
    return bool(RELAY_LOCAL.match(email)) or any(
        d == r or d.endswith("." + r) for r in RELAY_DOMAINS) or d.endswith(".zoom.us")


def looks_like_room(a: Address) -> bool:
    return (a.cutype in ("ROOM", "RESOURCE") or a.role == "NON-PARTICIPANT"
            or "resource.calendar" in a.email or bool(a.name and ROOM.search(a.name)))


def person_name(text: str) -> bool:
    """Whether a display name is a person's (not "Ember & Oak Recruiting", "Parrotfish
    Labs")."""
    from followup.capture.employer import SUFFIXES

    words = re.findall(r"[\w'’-]+", text)
    return (1 <= len(words) <= 5 and not PERSON_ROLE_WORDS.search(text)
            and "@" not in text and "&" not in text
            and all(w[:1].isupper() for w in words if len(w) > 3)
            and not (len(words) > 1 and words[-1].lower() in SUFFIXES | NOT_SURNAME))


def envelope(name: str) -> str:
    """ "Last, First" → "First Last"; pronouns and titles after a comma dropped."""
    name = re.sub(r"\s*\((?:he|she|they)/\w+\)", "", name).strip().strip('"')
    if name.count(",") == 1:
        left, right = (s.strip() for s in name.split(","))
        if right and " " not in right and " " not in left:
            return f"{right} {left}"
        if right and not person_name(right):
            return left
    return name


def _key(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", name.lower())
                     if w not in ("dr", "capt", "prof", "mr", "ms"))


def _usable_text(description: str) -> str:
    text = description.replace("\r", "")
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", " ", text)
    cut = FOOTER.search(text)
    return text[:cut.start()] if cut else text


class Mention(NamedTuple):
    name: str
    title: str
    context: str  # schedule | interviewers | coordinator | prose | signature
    email: str | None


# The last word of a job title, a place or an organisation, never of a person's name
# ("Regulatory Affairs Specialist", "Chief Pilot", "Liberty Plaza", "Parrotfish Labs").
NOT_SURNAME = frozenset((
    "specialist", "pilot", "officer", "manager", "director", "analyst", "engineer",
    "consultant", "associate", "designer", "scientist", "producer", "planner", "accountant",
    "controller", "architect", "developer", "administrator", "executive", "president",
    "advisor", "adviser", "counsel", "editor", "writer", "researcher", "strategist",
    "supervisor", "technician", "programme", "program", "plaza", "street", "road", "avenue",
    "tower", "house", "park", "square", "centre", "center", "hall", "campus", "depot",
    "wharf", "quay", "lane", "place", "court", "gardens", "station", "terminal"))


TITLE_PART = re.compile(r"leiter|manager|direct|officer|chief|president|engineer|analyst|"
                        r"specialist|consultant|partner\b|lead\b|head\b", re.IGNORECASE)


def _valid(name: str) -> bool:
    from followup.capture.employer import SUFFIXES

    raw = [w.strip(".") for w in re.findall(r"[\w'’-]+", name)]
    if any(2 <= len(w) <= 4 and w.isupper() for w in raw) or TITLE_PART.search(name):
        return False  # "AVP Pricing", "Teamleiter Batteriesysteme": a job title
    words = [w.lower() for w in raw]
    core = [w for w in words if w not in ("dr", "capt", "prof")]
    return len(core) >= 2 and not any(w in NOT_NAME or not w.replace("-", "").replace(
        "'", "").replace("’", "").isalpha() for w in core) and \
        core[-1] not in NOT_SURNAME and core[-1] not in SUFFIXES


def _title_after(text: str, end: int) -> str:
    rest = text[end:end + 90]
    m = re.match(r"\s*\(([^)]*)\)", rest) or re.match(r"\s*,\s*([^,\n(|;]+)", rest) or \
        re.match(r"\s*[|–—-]\s*([^\n|]+)$", rest.split("\n")[0])
    return m.group(1).strip() if m else ""


def mentions(description: str) -> list[Mention]:
    """The people named in the description, with the title written beside each."""
    text = _usable_text(description)
    emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
    out: list[Mention] = []
    lines = text.split("\n")
    in_list = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            in_list = False
            continue
        label = INTERVIEWERS_LABEL.match(line)
        if label:
            in_list = not line[label.end():].strip()  # the names on the lines below
        elif re.match(r"^[\w ]{2,30}:", line):
            in_list = False
        timed = bool(re.match(r"^\s*\d{1,2}(?::\d{2}|\s*[ap]\.?m)", line, re.IGNORECASE))
        body = TIME.sub("", line, count=1) if timed else line
        if re.match(r"^(?:location|venue|address|where|room|date|time|meeting)\s*:", line,
                    re.IGNORECASE):
            continue
        taken = 0
        for m in NAME.finditer(body):
            if m.start() < taken:
                continue
            name, start = m.group(0), m.start()
            while not _valid(name) and len(name.split()) > 2:
                first = name.split()[0]
                start += len(first) + (len(name) - len(name.lstrip()))
                name = name[len(first):].lstrip()
                start = body.index(name, start)
            if not _valid(name):
                continue
            before = body[:start]
            if re.search(r"\b(?:at|from|join|of)\s*$", before, re.IGNORECASE):
                continue
            title = _title_after(body, m.end())
            taken = m.end() + (body[m.end():].find(title) + len(title) if title else 0)
            if title and _valid(title) and not ORGANISING.search(title):
                title = ""  # "Hye-jin Kim, Yaw Boateng": a second name, not a title
                taken = m.end()
            labelled = LABEL_IN_LINE.search(body[:start])
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not title and line == name and nxt and (not _valid(nxt)
                                                         or ORGANISING.search(nxt)):
                title = nxt  # a signature: the name, then the title on the next line
                context = "signature"
            elif label or in_list or labelled:
                context = "interviewers"
            elif HOST.match(body[m.end():]):
                context = "prose"
            elif COORD_LABEL.search(before) or ((lab := re.search(r"([\w ]+):\s*$", before))
                                                and ORGANISING.search(lab.group(1))):
                context = "coordinator"
            elif timed:
                context = "schedule"
            elif INTERVIEW_CUE.search(before) or title:
                context = "prose"
            elif re.match(r"^\s*[—–-]\s*$", before) or (before.strip() == "" and title):
                context = "signature"
            else:
                continue
            out.append(Mention(name, title, context, _email_of(name, emails)))
    return out


def _plain(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def _email_of(name: str, emails: list[str]) -> str | None:
    """The address written in the description for this name ("olivia.pemberton@…")."""
    words = set(re.findall(r"\w+", _plain(name))) - {"dr", "capt", "prof"}
    for e in emails:
        local = set(re.split(r"[._+-]+", _plain(e.partition("@")[0]))) - {""}
        if local and local <= words and not is_relay(e):
            return e.lower()
    return None


class _Entry:
    __slots__ = ("attends", "contexts", "email", "is_org", "name", "title")

    def __init__(self, name: str, email: str | None, is_org: bool, attends: bool) -> None:
        self.name, self.email, self.is_org, self.attends = name, email, is_org, attends
        self.title = ""
        self.contexts: set[str] = set()


def classify(inv: Invitation, own: frozenset[str]) -> list[Someone]:
    """Everyone the invitation names, each with a kind."""
    out: list[Someone] = []
    entries: list[_Entry] = []
    seen: dict[str, _Entry] = {}
    org_email = inv.organizer.email if inv.organizer else ""
    listed = {a.email for a in inv.attendees}
    for a, is_org in ([(inv.organizer, True)] if inv.organizer else []) + \
            [(x, False) for x in inv.attendees]:
        if a.email in seen:
            seen[a.email].attends = True
            continue
        if a.email in own:
            out.append(Someone(a.name, a.email, "candidate"))
            seen[a.email] = _Entry(a.name, a.email, is_org, True)
            continue
        if looks_like_room(a):
            out.append(Someone(a.name, a.email, "resource"))
            seen[a.email] = _Entry(a.name, a.email, is_org, True)
            continue
        email: str | None = a.email
        name = envelope(a.name) if a.name else ""
        cn_title = ""
        m = re.match(r"^(.*?)\s*[,(|–-]\s*(.+?)\)?$", a.name or "")
        if m and person_name(m.group(1)) and ORGANISING.search(m.group(2)):
            name, cn_title = m.group(1).strip(), m.group(2).strip()
        if is_relay(a.email) and not _mailbox_of(name, a.email, inv.summary):
            out.append(Someone("", a.email, "relay"))
            if not (name and person_name(name)) or _key(name) & {"sam", "candidate"} or (
                    _key(name) & _key(inv.summary) and not _met_in(name, inv.summary)):
                seen[a.email] = _Entry("", None, is_org, True)
                continue
            email = a.also or None
        elif is_relay(a.email):
            cn_title = name.split()[-1]  # "Rita Recruiter" at recruiting@: she reads it
        e = _Entry(name, email, is_org, not is_org or org_email in listed)
        e.title = cn_title
        seen[a.email] = e
        entries.append(e)
    for men in mentions(inv.description):
        hit = next((e for e in entries if e.name and (_key(e.name) == _key(men.name) or (
            len(_key(e.name)) == 1 and _key(e.name) < _key(men.name)) or (
            len(_key(men.name)) >= 2 and _key(men.name) < _key(e.name)))), None)
        if hit is None:
            if men.email and men.email in seen:
                continue
            hit = _Entry(men.name, men.email, False, False)
            entries.append(hit)
        hit.contexts.add(men.context)
        if men.title and not hit.title:
            hit.title = men.title
        if men.email and not hit.email:
            hit.email = men.email
        if "Dr." in men.name and "Dr." not in hit.name:
            hit.name = men.name
    said = _usable_text(inv.description)
    absent = bool(ABSENT.search(said)) and not PRESENT.search(said)
    kinds = [_kind(e, absent) for e in entries]
    coords = [i for i, k in enumerate(kinds) if k == "coordinator"]
    for i in coords[1:]:  # one coordinator: another attendee interviews, a name is dropped
        kinds[i] = "interviewer" if entries[i].attends else "none"
    if "interviewer" not in kinds and coords:
        e = entries[coords[0]]
        if (e.is_org or e.attends) and "coordinator" not in e.contexts and not absent:
            kinds[coords[0]] = "interviewer"  # a recruiter screen: the recruiter talks
    for e, k in zip(entries, kinds, strict=True):
        if k != "none":
            out.append(Someone(e.name, e.email, k, e.title, ", ".join(sorted(e.contexts))))
    return out


def _met_in(name: str, summary: str) -> bool:
    """The title names this person as the one met ("… w/ Alicia Romero")."""
    return bool(re.search(rf"(?:\bwith|w/|\bx|\band|\bbetween|&)\s+{re.escape(name)}",
                          summary, re.IGNORECASE))


def _mailbox_of(name: str, email: str, summary: str) -> bool:
    """A team mailbox of the employer's own domain under one person's name ("Rita
    Recruiter" <recruiting@…>): that person reads it."""
    words = name.split()
    domain = email.rpartition("@")[2]
    return (len(words) == 2 and not any(
        domain == r or domain.endswith("." + r) for r in RELAY_DOMAINS)
        and not PERSON_ROLE_WORDS.fullmatch(words[0]) and words[0][:1].isupper()
        and bool(PERSON_ROLE_WORDS.fullmatch(words[1])) and not _key(name) & _key(summary))


def _kind(e: _Entry, absent: bool) -> str:
    if "interviewers" in e.contexts:
        return "interviewer"
    if "coordinator" in e.contexts or (e.title and ORGANISING.search(e.title)):
        return "coordinator"
    if e.is_org and absent:
        return "coordinator"
    return "interviewer"
