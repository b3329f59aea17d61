"""The employer's name as the invitation writes it (issue 23): from the title, the
description, the organizer's display name, in that order of trust; the caller falls back on
the e-mail domain, never a relay's. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.mentions import HTML_TAG
from followup.capture.names import RECRUITING_ABROAD
from followup.capture.org_domains import CONNECTORS as CONNECTORS
from followup.capture.org_domains import SUFFIX_KEYS as SUFFIX_KEYS
from followup.capture.org_domains import SUFFIXES as SUFFIXES
from followup.capture.org_domains import agrees as agrees
from followup.capture.org_domains import core_of as core_of
from followup.capture.org_domains import domain_words as domain_words
from followup.capture.org_domains import initials as initials
from followup.capture.org_domains import name_words as name_words
from followup.capture.org_domains import org_label as org_label
from followup.capture.org_domains import resembles as resembles
from followup.capture.org_domains import squash as squash
from followup.capture.spelling import characters
from followup.core.companies import is_legal_form, legal_tail, without_legal_form

PIECES = lazy(r",\s+(?=[a-z])|\s+<-?>\s+|\s+[|–—:/·•-]\s+|\s*[|–—:·•\[\]()]\s*|\s+-\s+|\s+@\s+|"
                    r"\s+(?:at|with|for|between|and|x|re|w/|bei|chez|bij|presso)\s+|\s+w/|"
                    r"(?<=\w):\s+")
# one capitalised run, "&" and "and" inside ("Ember & Oak", "Okeke & Partners")
# a capital letter, Latin-1's too ("Ó Ceallaigh", "Élan")
UP = r"[^\W\d_a-zß-öø-ÿ]"
# its words: "St." and "Mt." abbreviated first, the small words of names in other languages inside
# ("Panadería Hernández e Hijos", "Banco de la Plata")
RUN_WORD = rf"{UP}[\w'’-]*"
# the small words inside a name ("Banco de la Plata", "Van den Berg Bloemen", "Institute for
# Marine Science", "Office of the Regulator", "Smit & de Wit"), in the languages invitations
# come in
SMALL = (r"(?:&(?: de| van| von| du| le)?|and|of(?: the)?|for(?: the)?|"
         r"de(?: la| los| las)?|del|den|der|"
         r"van(?: der| den| de)?|"
         r"von(?: der| dem)?|la|e|y|et|und|da|do|di|du|dos|das)")
# "for" joins a name only after the word of an institution ("Institute for Marine Science",
# "Fund for Rural Resilience"); elsewhere it leads to the job ("Acme for the Analyst role")
_FOR = "".join(rf"(?<={w})" + ("|" if i < 12 else "") for i, w in enumerate((
    "Institute", "Fund", "Centre", "Center", "Foundation", "Society", "Council", "Office",
    "Agency", "Commission", "Trust", "Authority", "Association")))
RUN = (rf"(?:{UP}[a-z]{{1,2}}\.(?=[ \t]+{UP})|{RUN_WORD})(?:[ \t]+(?!for\b){SMALL}[ \t]+"
       rf"{RUN_WORD}|(?:{_FOR})[ \t]+for(?: the)?[ \t]+{RUN_WORD}|[ \t]+{RUN_WORD}){{0,6}}")
# Where a name is said: after a cue (a), alone on its line (b), after a comma or a bar at a
# line's end (c), in brackets at its end (d), as the one hiring (e), heading a line before a
# dash (f). The name's pattern is written once and each place's tail follows it by a
# conditional: six copies of it cost 4 ms to compile at every `add --from`.
IN_TEXT = lazy(
    rf"(?:(?P<a>(?:\bat|\bfrom|\bjoin|\bto|\bapplying to|\bwith|\bfit in at|\bfor|"
    rf"\bbei(?: der| dem)?|"
    rf"\binterest in|\b[Oo]n behalf of(?: (?:our|my) client,?)?(?: the)?|"
    rf"\b(?:[Oo]ur|[Mm]y) client,?(?: the)?|"
    rf"\bchez|\bbij|\bpresso|\bau sein de|\bin der|"
    rf"\b(?:company|firm|empresa|escritório|escritorio|despacho|compañía|companhia|firma|"
    rf"kanzlei|cabinet|société|entreprise|azienda|bedrijf))\s+(?:the\s+)?)|"
    rf"(?P<b>(?:^|\n)\s*)|(?P<c>[,|]\s*)|(?P<d>\(\s*)|(?P<e>(?:^|(?<=[.!?] )))|"
    rf"(?P<f>(?:^|\n)[ \t]*))(?P<run>{RUN})"
    rf"(?(b)\s*$|(?(c)\s*$|(?(d)\s*\)\s*$|(?(e)\s+(?:is|are)\s+(?:hiring|recruiting)\b|"
    rf"(?(f)(?=[ \t]+[–—|-][ \t])|)))))", re.MULTILINE)  # "X is hiring an Agronomy
# Lead": the employer, introduced; a line that starts with a name and a dash is a heading
# ("Ostrava Glassworks – Panel for Sam"), as a title is
# what comes before the job in a title: "Interview for", "Application for the"
FOR_THE_JOB = lazy(r"\b(?:interview(?:ing)?|application|screen(?:ing)?|call|chat)\s+for\s+"
                    r"(?:the\s+|an?\s+)?$", re.IGNORECASE)
# where somebody is, not who employs them: "Diego joins from Madrid", "calling in from Lagos"
_WHERE_FROM = lazy(r"\b(?:join(?:s|ing)?|dial(?:s|l?ing)?(?: in)?|call(?:s|ing)?(?: in)?|"
                         r"travel(?:s|l?ing)?|fl(?:y|ies|ying)|com(?:es|ing)|connect(?:s|ing)?|"
                         r"remote(?:ly)?|based|relocat(?:es|ing))\s+(?:in\s+)?$", re.IGNORECASE)
NUMBERED = lazy(r"\d")
# a piece of an address: a house number or a postcode that starts it ("1440 Broadway,
# Oakland", "75010 Paris"), not a grade in a job's name ("Clerk Grade 9/10")
_STREET = lazy(r"(?:^|[,–—|-])[ \t]*\d+[\w/-]*[ \t]+\w")
# Google's subject tail: "… @ Thu 3 Dec 2026 10am - 11am (EST) (sam@gmail.com)"
WHEN_TAIL = lazy(r"\s@\s(?:mon|tue|wed|thu|fri|sat|sun|\d)\w*\b.*$", re.IGNORECASE)
VIA = lazy(r"\s*\(?\bvia\s+[\w .-]+\)?\s*$", re.IGNORECASE)  # "Acme (via Lever)"
# a department before the team's word ("Fjordpay Engineering Interviews", "Acme Sales Hiring")
TEAM_WORDS = lazy(r"(?:\s+(?:engineering|sales|marketing|finance|product|operations|"
                        r"design|data|legal|it|support|clinical|nursing|retail|tech|"
                        r"technology)(?=\s+\S))?\s+(?:recruiting|recruitment|"
                        r"talent(?: acquisition)?|careers|team|"
                        r"hiring|hr|people|jobs|interviews?|headquarters|hq|head office|campus|"
                        r"scheduling|interviewing|calendar|resourcing|human resources|"
                        r"people (?:and|&) culture|p&c|admissions)"
                        r"(?:\s+team)?\s*$", re.IGNORECASE)
# "Talent at Aotearoa Connect", "Recruiting @ Acme", "Careers team, Acme": a team of X
TEAM_OF = lazy(r"^(?:the\s+)?(?:recruiting|recruitment|talent(?: acquisition)?|careers|"
                     r"hiring|hr|people|jobs|interviews?|scheduling|human resources|resourcing|"
                     rf"{RECRUITING_ABROAD})"
                     r"(?:\s+team)?\s*(?:at|@|,|of|[-–—|])\s+",
                     re.IGNORECASE)
NOT_COMPANY = frozenset((
    "interview", "interviews", "onsite", "virtual", "loop", "round", "panel", "final",
    "technical", "phone", "screen", "recruiter", "chat", "coffee", "meeting", "call",
    "session", "minute", "minutes", "hiring", "manager", "portfolio", "review", "design",
    "scheduled", "invitation", "updated", "sam", "candidate", "google", "meet", "zoom",
    "teams", "microsoft", "the", "your", "our", "in-person", "in", "person", "hm", "1st",
    "2nd", "3rd", "first", "second", "third", "conversation", "intro", "introduction",
    "day", "offsite", "welcome", "regards", "kind", "best", "thanks", "dear", "hi", "hello",
    "greetings", "please", "location", "venue", "studio", "office", "reception", "schedule",
    "pacific", "eastern", "central", "time", "vp", "svp", "head", "confirmed", "confirmation",
    "reminder", "rescheduled", "invite", "new", "event", "update", "details", "booked",
    "join", "webex", "skype", "dial", "click", "link", "assessment", "centre", "center",
    "trial", "shift", "probearbeiten", "probearbeit", "probetag", "vorstellung", "gesprek",
    "entrevista", "inicial", "selection", "selectie",
    # a meal or a drink is a kind of meeting, as coffee is
    "lunch", "breakfast", "brunch", "dinner", "drinks", "tea"
))


# the words of a booking's state: a piece with one is a heading ("Lever Confirmed Interview")
BOOKED = frozenset(("scheduled", "confirmed", "booked", "rescheduled", "cancelled", "canceled",
                    "updated", "requested"))


# "Invitation to …" in the languages invitations come in: never a company's words.
INVITING = frozenset(("einladung", "zum", "zur", "invitation", "invitación", "convite",
                      "uitnodiging", "voor", "invito", "al", "à", "a", "para", "de", "du",
                      "pour", "un", "une", "ein", "das", "le", "la", "el"))


# how the employer was found when it is the organizer's display name
ORGANIZERS = "the organizer's display name"


def plain(description: str | None) -> str:
    """A description as its reader sees it: an HTML one's tags are line breaks and its
    entities their characters ("Lumen &amp; Vale")."""
    return characters(HTML_TAG.sub("\n", description or ""))


# A field of the description that names the employer ("Company: Mercadia", "Empresa: …").
COMPANY_LABEL = lazy(r"^[ \t]*(?:company|employer|organi[sz]ation|hiring company|empresa|"
                           r"entreprise|société|unternehmen|arbeitgeber|azienda|bedrijf|"
                           r"werkgever|organização|organización)[ \t]*[:：][ \t]*(.+?)[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
# A line of a conference bridge's dial-in numbers: no company's name on it.
PHONE_LINE = lazy(r"^.*\+?\d[\d ().-]{6,}\d.*$", re.MULTILINE)
# A line of a postal address ("1412 S Flores St, San Antonio TX"): its town is no employer.
ADDRESS_LINE = lazy(r"^[ \t]*\d+(?:-\d+)?[ \t]+\S.*$", re.MULTILINE)


def plausible(piece: str, people: Sequence[str]) -> bool:
    """Whether a piece of text could be an employer's name (not a job, a person, a day, a
    sentence or an id)."""
    from followup.capture.propose import STAGES, names_title, stage_spans

    piece = piece.strip(" .'\"")
    words = name_words(piece)
    if not words or len(words) > 7 or not piece[:1].isupper():
        return False
    if all(w in NOT_COMPANY or w in STAGES or w in INVITING or w in CALENDAR or w.isdigit()
           for w in words):  # "Wednesday", "January"
        return False  # "Interview", "Entretien", "Einladung zum Interview"
    if any(w[:1].islower() and w.lower() not in CONNECTORS for w in piece.split()):
        return False  # a sentence ("Your interview is confirmed"), not a name
    if any(any(c.isdigit() for c in w) for w in words):  # "R-10234", "Req 4471": an id
        return False
    if set(words) & BOOKED:  # a heading ("Greenhouse Scheduled Interview"), not a name
        return False
    # a job ("Grants & Development Coordinator"), not a firm named for its trade ("Dueck &
    # Friesen Accountants", "Ferreira & Moura Arquitetos")
    job = names_title(piece) and (" & " not in piece or (
        names_title(words[-1]) and words[-1] not in SUFFIXES))
    if job or (stage_spans(piece) and len(words) <= 2 and any(w in NOT_COMPANY for w in words)):
        return False
    keys = {w for p in people for w in name_words(p)}
    # given names joined by "and" ("You will speak with Marcus and Priya"), one of them a
    # person of the invitation's: the people one meets, not a firm named for its founders
    # ("Dueck & Friesen" joins family names)
    given = {name_words(p)[0] for p in people if name_words(p)}
    singles = [w for w in words if w not in CONNECTORS]
    if {"and", "&"} & set(words) and 2 <= len(singles) <= 4 and len(piece.split()) == len(
            words) and any(w in given for w in singles):
        return False
    # the short form of a person's given name ("Rafa" for Rafael, "Chris" for Christine)
    if len(words) == 1 and len(words[0]) >= 3 and any(
            g.startswith(words[0]) for g in given):
        return False
    # a person's name, or their meeting ("Wei Chen's Zoom Meeting", "Ana's Personal Room")
    own = {re.sub(r"['’]s$", "", w) for w in words}
    return not (own & keys and not own - keys - NOT_COMPANY - {"personal", "room"})


def _trimmed(piece: str) -> str:
    """A title piece less the trailing words that are no company's, a kind of interview
    ("Lakeshore Mutual Interview", "Harbourline Assessment Day", "Kestrel Final Round")."""
    from followup.capture.roles import stage_spans

    piece = piece.strip(" .'\"")
    cut = len(piece)
    for a, b in reversed(stage_spans(piece)):  # the kinds' words that end it
        if piece[b:cut].strip():
            break
        cut = a
    kind, keep = piece[cut:].split(), piece[:cut].split()
    if kind and (len(keep) >= 2 or (keep and len(kind) >= 2)):  # not "Kitchen interview"
        piece = " ".join(keep)
    # a kind of interview before the name ("Entretien Maison Olvera", "Interview Acme
    # Foods"): the heading's, when a name follows
    lead = stage_spans(piece)
    rest = piece[lead[0][1]:].strip() if lead and lead[0][0] == 0 else ""
    if len(rest.split()) >= 2 and rest[:1].isupper():
        piece = rest
    # the employer's team after its name ("Harbourline Talent Team", "Acme Careers"), not a
    # kind of interview ("Kitchen interview")
    team = TEAM_WORDS.search(piece)
    if team and piece[:team.start()] and not stage_spans(team.group(0)):
        piece = piece[:team.start()]
    return piece


# a name as written with its legal form: capitalised words, hyphenated ones ("Tele-Systems",
# "Co-operative"), the small words inside a name ("Bank of Ireland", "Halden & Gray"), the
# forms' dots and commas ("Koyo Heavy Industries, Ltd.") and a form in lower case ("a.s.")
FORMAL = lazy(rf"(?<![\w&-]){UP}[\w'’-]*(?:(?:,?[ \t]+|[ \t]+(?!for\b){SMALL}[ \t]+){UP}"
                    rf"[\w'’./-]*)*(?:,?[ \t]+[a-z][a-z./]{{1,5}})?")
_TOKEN = lazy(r"(,?\s*)([^\s,]+)")


def _named_with_form(text: str) -> Iterator[tuple[list[str], str]]:
    """(the words of a name, its legal forms as written) for each name the text writes with
    a legal form; the name starts after the comma before it ("Talent Partner, Kovalam Health
    Tech Pvt. Ltd.")."""
    for m in FORMAL.finditer(text):
        run = m.group(0)
        toks = list(_TOKEN.finditer(run))
        i = 1
        while i < len(toks):
            if not is_legal_form(toks[i].group(2)):
                i += 1
                continue
            start = max((k for k in range(1, i) if "," in toks[k].group(1)), default=0)
            j = i
            while j < len(toks) and is_legal_form(toks[j].group(2)):
                j += 1
            yield [t.group(2) for t in toks[start:i]], legal_tail(
                text[m.start() + toks[i].start():]) or run[toks[i].start():toks[j - 1].end()]
            i = j


def with_legal_form(inv: Invitation, domains: list[str], org: str) -> str:
    """The employer's name as the file writes it with its legal form ("Ostrava Glassworks
    a.s.", "Koyo Heavy Industries, Ltd."), when the people's domain or the organizer's name
    agrees with it: a legal form marks a company's name, where a title's other pieces may
    be a team ("Payments") or a shift."""
    texts = [inv.summary, plain(inv.description), inv.location or "",
             *(a.name for a in [inv.organizer, *inv.senders] if a and a.name)]
    single = ""
    for text in texts:
        for words, tail in _named_with_form(text):
            for i in range(len(words)):
                if words[i][:1].islower():
                    continue
                name = " ".join(words[i:]) + tail
                base = squash(without_legal_form(name))
                if len(base) < 3 or (i < len(words) - 1 and words[i].lower() in INVITING):
                    continue
                # a line of its own, a footer's or a signature's, needs no other source
                if i == 0 and not single and re.search(
                        rf"(?m)^[ \t]*{re.escape(name.strip(' ,'))}[ \t]*$", text):
                    single = undotted(name.strip(" ,"))
                if any(agrees(name, d) for d in domains) or (
                        org and (base.startswith(squash(org)) or squash(org).startswith(base))):
                    return undotted(name.strip(" ,"))
    return single


def undotted(name: str) -> str:
    """Less a full stop that ends the sentence, not the name: "GmbH." and "SAOG." lose it,
    the abbreviations "Ltd.", "Co." and "a.s." keep it."""
    last = name.split()[-1]
    if last.endswith(".") and "." not in last[:-1] and squash(last) not in ABBREVIATED:
        return name[:-1]
    return name


ABBREVIATED = frozenset(("co", "inc", "ltd", "corp", "bros", "intl", "pvt", "pty", "pte",
                         "bhd", "sdn", "ltda", "lda"))
CAPITALISED = lazy(rf"{UP}[\w'’.-]*(?:[ \t]+(?:{SMALL}|\+)[ \t]+{UP}[\w'’.-]*"
                         rf"|[ \t]+{UP}[\w'’.-]*)*")


def by_suffix(name: str) -> bool:
    """The name ends in a company's word ("Delvaux-Mertens Engineering", "Halden Group")."""
    words = name.split()
    return len(words) > 1 and squash(words[-1]) in SUFFIX_KEYS


def unpossessed(name: str) -> str:
    """A name less the possessive a sentence puts on it ("Fernhill Studio's talent lead")."""
    return re.sub(r"['’]s$", "", name)


# capitals only, a word or a few: a region's, a unit's or a qualification's as often as an
# employer's ("EMEA", "EU MDR", "ACCA")
ACRONYMS = lazy(r"[A-Z]{2,5}(?:[ \t]+[A-Z]{2,5})*")


# the words before a name that make it an institution's ("University of Eastmere",
# "Stichting Waterlicht", "Grupo Alfa"): part of the name it writes to
INSTITUTIONS = ("University|College|Institute|Stichting|Stiftung|Fundación|Fundação|Fondation|"
                "City|County|Town|State|Borough|Municipality|Province|Department|Ministry|"
                "Office|Council|District|Cabinet|Kanzlei|Despacho|Bufete|Escritório|Oficina|"
                "Atelier|Studio|Étude|Clínica|Clinique|Cooperativa|Asociación|Associação|"
                "Fondazione|Universidad|Universidade|Université|Università|Universität|"
                "Hochschule|Grupo|Groupe|Gruppo|Banco|Banque|Bank|Hospital|Hôpital|Klinikum")


CALENDAR = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "today", "tomorrow", "january", "february", "march", "april",
                      "may", "june", "july", "august", "september", "october", "november",
                      "december", "zoom", "teams", "meet", "webex", "room"))


def _signed(inv: Invitation) -> list[str]:
    """The names the description writes that an address's local part of the file spells:
    whole ("celine.lefebvre"), or by a first initial and the family name ("clefebvre")."""
    from followup.capture.people import is_relay, service

    locals_ = {squash(a.partition("@")[0]) for a in file_addresses(inv)
               if not is_relay(a) and not service(a.rpartition("@")[2])}
    out = []
    for m in re.finditer(rf"{RUN_WORD}(?:[ \t]+{RUN_WORD}){{1,3}}", inv.description or ""):
        words = [squash(w) for w in m.group(0).split()]
        if {"".join(words), words[0][:1] + words[-1], words[-1] + words[0][:1]} & locals_:
            out.append(m.group(0))
    return out


def file_addresses(inv: Invitation) -> list[str]:
    return [x for a in [inv.organizer, *inv.attendees, *inv.senders] if a
            for x in (a.email, a.also) if x and "@" in x]


def spelled_out(name: str, texts: str) -> str:
    """An acronym ("KIH", "FCA Headquarters") as the file writes it in full elsewhere
    ("Kallang Infrastructure Holdings"): the capitalised words whose initials it is, else
    whose initials are all of it but a last letter ("TBRX": Tiong Bahru Robotics)."""
    acronym = name.split()[0]
    if not re.fullmatch(r"[A-Z]{2,5}", acronym):
        return ""
    for whole in (acronym.lower(), acronym.lower()[:-1] if len(acronym) >= 4 else ""):
        for m in CAPITALISED.finditer(texts) if whole else ():
            words = m.group(0).split()
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 7) + 1):
                    run = " ".join(words[i:j]).strip(" .,")
                    if words[i][:1].isupper() and words[j - 1][:1].isupper() and \
                            whole in initials(run) and not is_legal_form(words[j - 1]):
                        return run
    return ""


def _names_service(name: str, core: str) -> bool:
    """A display name is the sending service's own when it spells the start of the
    service's domain or the domain spells it anywhere ("Ashby" at ashbyhq.com, "Workday" at
    myworkday.com, "Calendly"), or it names a calendar ("Google Calendar")."""
    s = squash(name)
    return bool(re.search(r"calendar|notification", name, re.IGNORECASE)) or (
        len(core) >= 4 and len(s) >= 4 and (s.startswith(core) or s in core))


def _address_town(line: str, people: Sequence[str]) -> bool:
    """The piece after a line's last comma is the town of an address when a number comes
    before it on the line (a street's, a postcode's) or when the line writes a name and two
    or more places after it ("Lagoon Clinical Research Ltd, Victoria Island, Lagos"); not
    a signature's employer after a person and their job ("Ana Ruiz, Head of Talent, Acme")."""
    from followup.capture.roles import names_title

    pieces = [p.strip() for p in re.split(r"[,|]", line.strip())]
    if _STREET.search(", ".join(pieces[:-1])):
        return True
    first = pieces[0]
    return len(pieces) >= 3 and plausible(first, people) and not any(
        names_title(p) for p in pieces[:-1])


_LABELLED = lazy(r"^[ \t]*[A-Z][\w ]{0,20}:[ \t]+")  # "Event Name: "


def title_copies(text: str, summary: str) -> str:
    """The description less its lines that copy the title, whole or in part ("Event Name:
    Store Leadership Interview (Maui)" under "Store Leadership Interview (Maui) - Sam"): the
    title's copy confirms none of the title's pieces."""
    low = " ".join(summary.split()).lower()
    kept = []
    for line in text.split("\n"):
        body = " ".join(_LABELLED.sub("", line).split()).lower()
        kept.append("" if len(body) >= 12 and body in low else line)
    return "\n".join(kept)


def employer(inv: Invitation, people: Sequence[str], domains: list[str]) -> tuple[str, str]:
    """(company, how) from the text of the invitation, or ("", "")."""
    from followup.capture.employer_where import (
        after_job,
        described_as_job,
        every_word,
        qualifies_job,
    )
    from followup.capture.people import RELAY_LOCAL, is_relay, person_name, service
    from followup.capture.propose import GENDER_TAG

    summary = re.sub(r"[^|–—:/·•()\[\]]+?" + GENDER_TAG.pattern, " | ",
                     WHEN_TAIL.sub("", inv.summary), flags=re.IGNORECASE)  # "… (w/m/d)": a job
    title = [_trimmed(p) for p in PIECES.split(summary) if p and p.strip(" .'\"")]
    # a "person" whose name the people's domain spells is the organisation ("Pinecrest
    # Unified School District" at pinecrestusd)
    people = [p for p in people if not any(agrees(p, d) for d in domains)]
    # a name an address of the file spells is its owner's, a person's ("Céline Lefebvre"
    # signing for celine.lefebvre@): the signature is no employer
    people += [p for p in _signed(inv) if not any(agrees(p, d) for d in domains)]
    # whoever the file writes a person's display name for is a person, whatever their part
    # ("Sam / Duarte" when Duarte Mendonça organises it)
    # ("Sam / Duarte" when Duarte Mendonça organises it); a relay's display name is its
    # sender's team or employer as often, unless the relay carries the person's own address
    shown = [re.split(r"\s+[|–—-]\s+|\s*\(", a.name)[0] for a in [
        inv.organizer, *inv.attendees, *inv.senders] if a and a.name and (
        a.also or not is_relay(a.email))]  # the person, not "| Acme" after them
    people += [n for n in shown if person_name(n) and not any(agrees(n, d) for d in domains)]
    # not an abbreviated job the description spells out ("SPO Water Security": a Senior
    # Policy Officer's)
    described = plain(inv.description)
    from followup.capture.roles import names_title as _job

    # nor the piece an interview is "for", the job ("Interview for Claims Handler – Sam"),
    # unless it ends in a company's word
    from_title = [p for p in title if plausible(p, people)
                  and not _job(spelled_out(p, described)) and not (
                      FOR_THE_JOB.search(summary[:max(0, summary.find(p))]) and not by_suffix(p))
                  and not described_as_job(p, described)]
    text = plain(inv.description)
    from followup.capture.employer_where import signature_block

    # free mail: the mail's signature under the sender's name, where the firm's name is
    signed = "" if domains else signature_block(inv)
    text += f"\n\n{signed}" if signed and " ".join(signed.split()) not in " ".join(
        text.split()) else ""
    field = COMPANY_LABEL.search(text)
    if field and plausible(field.group(1).strip(" .,;"), people):
        return field.group(1).strip(" .,;"), "the description's company field"
    from followup.capture.mentions import titled
    from followup.capture.propose import ROLE_LABEL, names_title

    # not the job's field ("Role: Growth Lead, Iberia") nor a dial-in line ("+65 6555 0128,,
    # 330175448# Singapore, Singapore")
    text = ADDRESS_LINE.sub("", PHONE_LINE.sub("", ROLE_LABEL.sub("", text)))
    from followup.capture.employer_spelled import spelled_like

    if spelled_like(inv, domains):  # the domain names the employer: the title's copy in the
        text = title_copies(text, inv.summary)  # description confirms none of the title's
    said, introduced = [], []  # introduced: after "at", "with", "on behalf of" ...
    client = ""  # the employer an agency books for ("on behalf of our client, Arden Foods")

    for m in IN_TEXT.finditer(text):
        value = m.group("run")
        said_at = {k for k in "abcdef" if m.group(k) is not None}  # where the name is said
        value = TEAM_WORDS.sub("", value).strip(" .,!")
        # after a comma, the unit of the job the title names ("Senior Accountant, Office of
        # Finance"), not the employer; a signer's title is not the job ("General Manager, Te
        # Awa Community Trust")
        line = text[:m.start()].rpartition("\n")[2]
        job = re.split(r"[|–—:/]|\s-\s", line)[-1].strip()
        unit = "c" in said_at and names_title(job) and job.lower() in inv.summary.lower()
        value = unpossessed(value)
        # "Trust for the Band 7 Pharmacist post": an institution's "for" that leads to the job
        joined = re.search(r"\s+for(?: the)?\s+", value)
        if joined and names_title(value[joined.end():] + re.split(r"[.,;!?\n(]", text[
                m.end():], maxsplit=1)[0]):
            value = value[:joined.start()]
        if re.search(r"\s[A-Z]$", value) and text[m.end():m.end() + 1] == ".":
            value = value[:-2]  # a dotted legal form's first letter ("… Logistiek B.V."):
            # the form is added as written (employer_full.in_full)
        if _WHERE_FROM.search(text, max(0, m.start() - 30), m.start()) or (
                "c" in said_at and _address_town(line + m.group(0), people)) or (
                "d" in said_at and any(p and p in line for p in people)):
            continue  # a panel member's part in brackets: "… Solberg, UiB (External Assessor)"
        if plausible(value, people) and not unit and not (
                said_at & {"c", "d", "f"} and titled(value)) and not (
                "f" in said_at and names_title(value) and not by_suffix(value)):
            said.append(value)  # after a bar: "Head of Product | Acme", not "| HR Partner"
            if said_at & {"a", "e"}:
                introduced.append(value)
            if "a" in said_at and re.search(r"behalf|client", m.group(0), re.IGNORECASE):
                client = client or value
    if client:
        return client, "named in the description as the client"
    org = ""
    # the organizer's name, then a relay's sender name in an e-mail ("Tessellate Labs via
    # Greenhouse"): a team's or the employer's, never "Notifications" or "No Reply"
    for who in [*([inv.organizer] if inv.organizer else []),
                *(s for s in inv.senders if is_relay(s.email))]:
        name = VIA.sub("", who.name).strip()
        cn = TEAM_WORDS.sub("", TEAM_OF.sub("", name)).strip(" -–—|")
        # "Lim Jia Hui | Merlion Payments", "Rafael Ortega - Vela Robotics"
        barred = re.match(r"^(.+?)\s+[|–—-]\s+(.+)$", name)
        if barred and person_name(barred.group(1)) and not titled(barred.group(2)) and \
                plausible(barred.group(2), people):
            org = barred.group(2).strip()
            break
        sender_core = core_of(who.email.rpartition("@")[2])
        bracket = re.search(r"\s\(([^()]*)\)$", name)
        if bracket and person_name(name[:bracket.start()]) and (
                is_relay(who.email) or not titled(bracket.group(1))):
            # a person and, in brackets, the relay's service ("Femi Adeyemi (Google
            # Calendar)") or their employer ("Hana Kobayashi (Tidewell)")
            if not _names_service(bracket.group(1), sender_core) and plausible(
                    bracket.group(1), people):
                org = bracket.group(1).strip()
                break
            continue
        if not cn or RELAY_LOCAL.match(re.sub(r"\W+", "", cn) + "@") or (
                _names_service(cn, sender_core) and service(who.email.rpartition("@")[2])):
            continue  # "No Reply", "Calendly", "Google Calendar": nobody's company
        # a relay's person ("Jo Bell via Greenhouse") is nobody's company
        personal = name != who.name.strip() and cn == name and len(cn.split()) >= 2 and \
            person_name(cn)
        if (cn != name or is_relay(who.email)) and plausible(cn, people) and not personal:
            org = cn
            break
    from followup.capture.employer_where import booked_for

    booked = booked_for([*said, org, spelled_like(inv, domains)], introduced, domains,
                        from_title)
    if booked:  # a recruitment firm's signature, and the employer it books for
        return booked, "named in the description as the agency's client"
    confirms = [*said, org]

    def by_domain(c: str) -> bool:
        return any(resembles(c, d) or agrees(c, d) or any(
            len(squash(w)) >= 4 and core_of(d).startswith(squash(w)) for w in c.split())
            for d in domains)  # "Clínica Aurora" at aurora-salud

    def confirmed(c: str, confirms: list[str] = confirms, domain: bool = True) -> bool:
        return any(squash(x).startswith(squash(c)) or squash(c).startswith(squash(x))
                   for x in confirms if x) or (domain and by_domain(c))

    # the organizer's name carries the domain's: a piece after the job that only the domain
    # confirms is the employer's site ("Sous Chef – Hotel Marisma Sevilla" when "Grupo
    # Hotelero Marisma" sends it from marisma-hoteles)
    org_named = (bool(org) and by_domain(org)) or any(
        every_word(x, d) for x in said for d in domains)  # or a name the text says that
    # writes each word of the domain ("Grupo Almadraba Hoteles" at almadraba-hoteles, "Hotel
    # Almadraba Barcelona" the site after the job)

    summary_text = WHEN_TAIL.sub("", inv.summary)
    for c in from_title:  # "Senior iOS Engineer @ Mercado Nube": the job's employer
        at = re.search(rf"([^|:–—()<>]*)\s(?:@|at)\s+{re.escape(c)}", summary_text)
        if at and names_title(at.group(1)):
            return c, "named in the title after the job"
    site = ""  # the job's site or team after it, which a sentence names: "– Lincoln Elementary"
    for c in from_title:
        # a team after the job ("… Designer | Payments") is confirmed by the domain, the
        # organizer or a sentence that introduces it, not by the description's copy of the
        # title; and only by the domain when the domain names another ("Pinecrest USD")
        qualifier = qualifies_job(c, summary_text)
        if qualifier and confirmed(c, [*introduced, org]) and not confirmed(c, [org]):
            site = site or c
        elif confirmed(c) and not (qualifier and not confirmed(c, [*introduced, org])) and not (
                qualifier and org_named and not confirmed(c, [*introduced, org], False)):
            longer = [x for x in said if squash(x).startswith(squash(c)) and len(x) > len(c)
                      and c not in inv.summary.split(" | ")]
            return (longer[0] if longer and len(from_title) > 1 else c), "named in the title"
    formal = with_legal_form(inv, domains, org)
    if formal:
        return formal, "named with its legal form"
    # a name the domain spells, or one the organizer's domain abbreviates ("Delvaux-Mertens
    # Engineering" at dm-eng), not another body's a panel member comes from
    for c in said:
        if any(resembles(c, d) for d in domains) or c == org or (
                domains and agrees(c, domains[0])):
            return c, "named in the description"
    spelled = spelled_like(inv, domains)
    if spelled and org and squash(org).startswith(squash(spelled)):
        return org, ORGANIZERS  # "Tamarisk Assurance (Scheduling)"
    if spelled:
        return spelled, "the name its domain spells"
    if site:
        return site, "named in the title"
    own = [c for c in from_title if not qualifies_job(c, summary_text)]
    # the one piece that is not the job's unit; the organizer's team names the employer
    # before a piece after the job might; and where the people's domain names another
    # organisation, the lone piece nothing confirms is the job as often ("Interview: Line
    # Cook" from harbourgrp), unless it ends in a company's word ("Orbital Pet Insurance")
    if len(own) == 1 and not (org and after_job(own[0], summary_text)) and not (
            domains and not by_domain(own[0]) and not by_suffix(own[0]) and not any(
                agrees(own[0], d) for d in domains)):
        return own[0], "named in the title"
    if org:
        return org, ORGANIZERS
    # a guess is never a bare acronym, which is a region's, a unit's or a qualification's
    # as often ("(EMEA)", "(EU MDR)", "ACCA")
    guesses = [c for c in said if not ACRONYMS.fullmatch(c)]
    if guesses:
        return guesses[0], "named in the description (a guess)"
    if len(from_title) == 1 and not domains and not ACRONYMS.fullmatch(from_title[0]):
        # no employer's address: "Barista – Kopi Kita"
        return from_title[0], "named in the title"
    return "", ""
