"""The last word on the employer (issue 23), whatever source the reader took it from. A
careful reader does two things after finding a name. They refuse it when the file shows it
is something else: a person ("Renata Kowalski (Recruiting Coordinator)"), a unit of the
employer ("Faculty of Health" beside "Northland Coast University", "VP, Credit Risk"), a
job ("Rural Generalist Registrar") or a place ("Ballymore, Co. Westmeath"): one check,
`refused`, for every source. And they settle on the name the file's sources agree on: the
brand a sentence says a parent owns ("FreshWay Markets is a Sunfield Foods company"), the
whole name the file writes where a source gave its start or its domain's letters
("Northstar Home" → "Northstar Home Improvement", "kaitiakitrust" → "Kaitiaki Conservation
Trust"), less a sentence's possessive ("Ridgeline Logistics' Southeast network"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.employer import (
    ACRONYMS,
    CALENDAR,
    DEPARTMENTS,
    INSTITUTIONS,
    NOT_COMPANY,
    SMALL,
    TEAM_WORDS,
    UP,
    plain,
    plausible,
    spelled_out,
)
from followup.capture.employer_full import occurrences
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import (
    CONNECTORS,
    SUFFIX_KEYS,
    agrees,
    core_of,
    covers,
    initials,
    name_words,
    squash,
)
from followup.core.companies import is_legal_form, without_legal_form

# a capitalised word of a name, and a run of them with the small words inside ("Moreton
# Coast Hospital and Health Service", "St Brigid's Health Care Group")
_WORD = rf"{UP}[\w’'-]*"
_RUN = rf"{_WORD}(?:[ \t]+(?:{SMALL}[ \t]+)?{_WORD}){{0,7}}"
# "A, a B company", "A is a B company", "A (a B company)", "A, part of B", "A is a
# subsidiary of B", "A, a division of the B group": the employer is A, whom B owns
_OWNED = lazy(rf"(?P<a>{_RUN})(?:,[ \t]+|[ \t]+is[ \t]+|[ \t]*\([ \t]*)(?:(?:an?|one)[ \t]+"
              rf"(?:of[ \t]+the[ \t]+)?(?P<b>{_RUN})[ \t]+(?:company|companies|brand|brands|"
              rf"business|group)\b|(?:(?:an?|one)[ \t]+(?:proud[ \t]+)?(?:member|part|subsidiary|"
              rf"division|brand|unit|affiliate)[ \t]+of|part[ \t]+of|owned[ \t]+by)[ \t]+"
              rf"(?:the[ \t]+)?(?P<c>{_RUN}))")
# the words of a site or a building after a name: the place's name, not the employer's
_SITES = frozenset(("office", "offices", "site", "campus", "depot", "warehouse", "store",
                    "branch", "centre", "center", "house", "hall", "building", "room"))
_LEADING = frozenset(("the", "to", "at", "join", "joining", "with", "for", "you", "applying"))
_SMALL_WORDS = frozenset(("la", "le", "el", "los", "las", "de", "del", "der", "den", "van", "von",
                         "of", "and", "the", "for", "&", "y", "e", "et", "und", "da", "do",
                         "di", "du", "dos", "das"))
_OWNING = ("compan", "brand", "business", "group", "part of", "subsidiary", "division",
           "member", "affiliate", "unit of", "owned by")
# the words that lead the name of a part of an organisation, not the organisation
_UNIT = lazy(r"^(?:faculty|school|department|dept\.?|division|directorate|ward|unit|team|"
             r"office|branch|college|service|centre|center|institute)\s+(?:of|for)\s",
             re.IGNORECASE)
_INSTITUTION = lazy(rf"\b(?:{INSTITUTIONS}|Trust|Group|Authority|Service|Network|Health)\b")
# a job in brackets after a person's name: "Renata Kowalski (Recruiting Coordinator)"
_AFTER_NAME = lazy(r"[ \t]*\([ \t]*([^()\n,]{2,60})\)")
# Static patterns, tried where the name occurs (employer_full.occurrences): one compiled per
# name would cost `add --from` more than its reading (bench/capture_speed.py)
_RUNS = lazy(_RUN)
# what may go on from a name: a possessive it carries, capitalised words, small words inside
_GOES_ON = lazy(rf"(?:['’]s)?(?:[ \t]+(?:(?!for\b){SMALL}[ \t]+)?{_WORD}){{1,5}}")
_SPLIT = lazy(r"[,|–—/]")
_CLAUSE = lazy(r"[(\n|–—:]")
_POSSESSIVE = lazy(r"(?<=\w)(s['’]|['’]s)[ \t]+")
_THEN_EMPLOYER = lazy(rf"[ \t]+(?:[–—|-]|at|@)[ \t]+({_RUN})")
# a brand, then in brackets its group: "Maison Verte (Groupe Lumière)"
_BRACKETED = lazy(rf"(?P<a>{_RUN})[ \t]*\([ \t]*(?P<b>{_RUN})[ \t]*\)")
_GROUPS = frozenset(("group", "groupe", "grupo", "gruppe", "gruppo", "groep", "holdings",
                     "brands"))
# a firm that recruits for a client, not for its own job: "recruiting for our client, a
# Series B fintech", "on behalf of a client"; not a consultancy's work ("advise our client")
_FOR_A_CLIENT = lazy(r"\b(?:on behalf of|recruiting for|hiring for|searching for|a search "
                     r"for)[ \t]+(?:our|my|a)[ \t]+client\b|"
                     # the agency's own notice ("X acts as an employment agency in relation
                     # to this vacancy")
                     r"\bact(?:s|ing)[ \t]+as[ \t]+an?[ \t]+(?:employment|recruitment)[ \t]+"
                     r"(?:agency|business)\b",
                     re.IGNORECASE)
_CAPITALS = lazy(r"\b[A-Z]{3,6}\b")
# "Co." before a county's name: an Irish address, not a legal form ("Ballymore, Co. Westmeath")
_COUNTY = lazy(rf"Co\.?[ \t]+{UP}")


def _texts(inv: Invitation) -> list[str]:
    """Every place the file writes words: the title, the description, the mail, the
    location, the display names."""
    shown = [a.name for a in [inv.organizer, *inv.attendees, *inv.senders] if a and a.name]
    return [inv.summary, plain(inv.description), inv.note, inv.location or "", *shown]


def _people_of(inv: Invitation, people: Sequence[str]) -> set[str]:
    """The squashed names of the persons of the file: the reader's, and the display names
    that are a person's ("Brennan, Aoife" → "aoifebrennan")."""
    from followup.capture.attendees import envelope, person_name

    out = {squash(p) for p in people if len(p.split()) >= 2}
    for a in [inv.organizer, *inv.attendees, *inv.senders]:
        name = envelope(a.name) if a and a.name else ""
        if len(name.split()) >= 2 and person_name(name):
            out.add(squash(name))
    return out


def refused(name: str, inv: Invitation, people: Sequence[str], domains: Sequence[str]) -> str:
    """Why `name` cannot be the employer whatever source gave it, or "": a person's name, a
    unit of the employer, a job or a place, as the file itself shows it."""
    from followup.capture.attendees import person_name
    from followup.capture.employer import by_suffix
    from followup.capture.roles import names_title

    if not name:
        return ""
    texts = _texts(inv)
    base = without_legal_form(name).strip(" ,")
    # the recruiting firm itself, the sender, where it writes for a client it describes
    if _FOR_A_CLIENT.search(texts[1]) and any(
            agrees(base, a.rpartition("@")[2]) for a in _senders(inv)):
        return "the recruiting firm of a client it keeps back"
    if any(agrees(base, d) and len(core_of(d)) <= len(squash(base)) + 2 for d in domains):
        return ""  # the people's domain spells it, and no more: their organisation's name
    # a person and their employer as one piece ("Aoife Brennan, NDAS"); the whole name is
    # weighed against the reader's people where it was read (propose._company)
    pieces = [p.strip() for p in _SPLIT.split(name) if p.strip()]
    if len(pieces) > 1 and any(squash(p) in _people_of(inv, people) for p in pieces):
        return "a person of the invitation"
    if person_name(base) and len(base.split()) >= 2:
        for t in texts[1:3]:  # a sentence's, not the title's "Acme Tea (Barista)"
            if any((m := _AFTER_NAME.match(t, at + len(base))) and names_title(m.group(1))
                   for at in occurrences(base, t)):
                return "a person: their job follows the name"  # "Renata Kowalski
                # (Recruiting Coordinator)"
    # a job is one person's, in the singular; a trade in the plural is a firm's ("Kopi Lane
    # Roasters", "Dueck & Friesen Accountants")
    if names_title(base) and not by_suffix(base) and not set(name_words(base)) & SUFFIX_KEYS \
            and not base.endswith("s"):
        return "a job's title"
    if domains and _before_employer(base, texts[1:3], domains):
        return "a job, written before its employer"  # "Registrar – Goldfields Health"
    if _UNIT.search(base) and _beside_institution(base, texts):
        return "a unit of the employer"  # "Northland Coast University – Faculty of Health"
    if domains and _after_job(base, texts, inv.summary):
        return "a unit of the job"  # "VP, Credit Risk"
    if _given_of_an_address(base, inv):
        return "a person's given name, as their address starts"  # "Lachie" of lachie.pryce@
    from followup.capture.name_edges import a_street, given_with_work

    if given_with_work(base, texts[1:3]):
        return "a person: their work follows the given name"  # "Dan (head chef)"
    if a_street(base, inv.location or ""):
        return "a street: a house number follows it"  # "Telliskivi 60a/8"
    where = [p.strip() for p in (inv.location or "").split(",")[1:]]
    if base in where or _county(name, inv.location or ""):
        return "a place"  # "Ballymore, Co." from "…, Ballymore, Co. Westmeath"
    from followup.capture.employer_not_names import not_a_name

    return not_a_name(name, texts)


def _county(name: str, location: str) -> bool:
    """The name ends in "Co." that the location writes before a county's name ("Ballymore,
    Co." of "…, Ballymore, Co. Westmeath"), not a firm's ("Smith & Co. Holdings")."""
    if not name.rstrip(". ").endswith(", Co"):  # an address's comma before it, never
        return False  # a firm's ("Crumb & Co.")
    for at in occurrences(name.rstrip("."), location):
        m = _COUNTY.match(location, at + len(name.rstrip(".")) - 2)
        if m and squash(location[m.end() - 1:].split()[0]) not in SUFFIX_KEYS:
            return True
    return False


def agency_notice(text: str) -> bool:
    """The writer's firm books for a client or says it is an employment agency."""
    return bool(_FOR_A_CLIENT.search(text))


def _given_of_an_address(name: str, inv: Invitation) -> bool:
    """One word that starts the local part of a person's private address before its family
    name ("Lachie" signing from lachie.pryce@icloud…): their given name, not the firm."""
    from followup.capture.addresses import personal

    word = squash(name)
    return len(name.split()) == 1 and len(word) >= 3 and any(
        len(parts := re.split(r"[._-]", a.email.partition("@")[0].lower())) >= 2
        and parts[0] == word and personal(a.email)
        for a in [inv.organizer, *inv.attendees, *inv.senders] if a)


def _senders(inv: Invitation) -> list[str]:
    return [a.email for a in [inv.organizer, *inv.senders] if a and "@" in a.email]


def _unfinished(name: str, texts: list[str]) -> str:
    """A name never ends in a small word ("Hospital Universitario La", "Bank of"): the words
    the file writes after it, else the name less it."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _SMALL_WORDS:
        return name
    for t in texts:
        for at in occurrences(name, t):
            m = _GOES_ON.match(t, at + len(name))
            if m and not m.group(0).startswith(("'", "’")):
                return name + " " + m.group(0).split()[0]
    return " ".join(words[:-1])


def _beside_institution(unit: str, texts: list[str]) -> bool:
    """The file writes the unit beside another organisation's name, on its line or the next
    (a heading's "University – Faculty", a signature's "Faculty\\nUniversity")."""
    for t in texts:
        lines = [x for x in t.splitlines() if x.strip()]
        for i, line in enumerate(lines):
            if unit not in line:
                continue
            near = line.replace(unit, " ") + " " + (lines[i + 1] if i + 1 < len(lines) else "")
            for m in _RUNS.finditer(near):
                if len(m.group(0).split()) >= 2 and _INSTITUTION.search(m.group(0)) and \
                        not _UNIT.search(m.group(0)):
                    return True
    return False


def _before_employer(name: str, texts: list[str], domains: Sequence[str]) -> bool:
    """A line of the text writes the name, then a dash, a bar or "at", then a name the
    people's domain spells: the job and its employer ("Rural Generalist Registrar –
    Goldfields Regional Health Network" from grhn@)."""
    for t in texts:
        for at in occurrences(name, t):
            m = _THEN_EMPLOYER.match(t, at + len(name))
            if m and any(agrees(m.group(1), d) for d in domains):
                return True
    return False


def _after_job(name: str, texts: list[str], title: str) -> bool:
    """Every time the file writes the name, a job and a comma come before it, the title's
    job too ("VP, Credit Risk", "Senior Analyst, Credit Risk Modelling"): the job's unit,
    not its employer (whom a signature writes after a job as often: "Editor, Acme Press")."""
    if name not in title:
        return False
    from followup.capture.roles import names_title

    seen = 0
    for t in texts:
        for at in occurrences(name, t):
            before = _CLAUSE.split(t[:at])[-1]
            if not before.rstrip(" \t").endswith(",") or not names_title(before.rstrip(" ,")):
                return False
            seen += 1
    return seen > 0


def _owned(inv: Invitation) -> list[tuple[str, str]]:
    """(brand, owner) for each sentence of the file that says a parent owns the employer."""
    out = []
    for t in _texts(inv)[:3]:
        low = t.lower()  # the pattern is tried only where one of its words is written
        if not any(w in low for w in _OWNING):
            continue
        for m in _OWNED.finditer(t):
            a, b = m.group("a"), m.group("b") or m.group("c") or ""
            words = a.split()  # less a greeting's words before it ("Welcome to …")
            while len(words) > 1 and words[0].lower() in NOT_COMPANY | _LEADING:
                words.pop(0)
            a = " ".join(words)
            if a and b and squash(a) != squash(b):
                out.append((a, b))
    out += [(m.group("a"), m.group("b")) for m in _BRACKETED.finditer(inv.summary)
            if set(name_words(m.group("b"))) & _GROUPS]
    return out


def _possessed(name: str, domains: Sequence[str]) -> str:
    """The name less a sentence's possessive and what it owns ("Ridgeline Logistics'
    Southeast"); a possessive the name is written with stays ("St Brigid's Health Care
    Group")."""
    m = _POSSESSIVE.search(name)
    if not m:
        return name
    plural = m.group(1).startswith("s")  # "Logistics' …": a sentence's, never a name's
    head, tail = name[:m.start()] + ("s" if plural else ""), name[m.end():].split()
    # or the domain spells the owner whole, or the owner ends in a company's word and what
    # it owns does not ("Summit Freight's Midwest network")
    ended = squash(head.split()[-1]) in SUFFIX_KEYS and not (
        tail and squash(tail[-1]) in SUFFIX_KEYS)
    if plural or ended or any(covers(core_of(d), head.split()) for d in domains):
        return head
    return name


def _continued(name: str, texts: list[str]) -> list[str]:
    """The longer names the file writes that go on from `name`: its capitalised words after
    it, through a possessive the name carries, to the last one that is no team's, site's,
    job's or day's word."""
    from followup.capture.propose import STAGES, TITLES

    stop = NOT_COMPANY | STAGES | TITLES | CALENDAR | _SITES
    out = []
    # a legal form ends a name: after it, the sentence goes on ("a Dunakapu Bank Zrt. IT
    # Security Analyst pozíciójára"), unless with another form ("Co. Ltd")
    formal = bool(name.split()) and is_legal_form(name.split()[-1])
    for t in texts:
        for at in occurrences(name, t):
            m = _GOES_ON.match(t, at + len(name))
            if not m:
                continue
            words = m.group(0).split()
            if formal and not is_legal_form(words[0]):
                continue
            keep: list[str] = []
            for w in words:
                if w.lower().strip("'’") in stop or w.endswith(("'", "’")):
                    break
                keep.append(w)
            if len(keep) < len(words) and words[len(keep)].lower() in _SITES:
                continue  # a building's name ("Tallis Health Centre"), not the employer's
            while keep and keep[-1].lower() in CONNECTORS | {"and", "of", "for"}:
                keep.pop()
            if keep:
                whole = name + m.group(0)[: m.group(0).find(keep[-1]) + len(keep[-1])]
                whole = TEAM_WORDS.sub("", whole).strip()
                if len(whole) > len(name):
                    out.append(whole)
    return out


def _acronyms(texts: list[str]) -> set[str]:
    return {m.lower() for t in texts for m in _CAPITALS.findall(t)}


def _whole(name: str, how: str, inv: Invitation, people: Sequence[str],
           domains: Sequence[str]) -> str:
    """The whole name the file writes where `name` is its start or its domain's letters,
    when two sources agree on it: the domain or an acronym of the file spells it, and the
    title writes it, or the file twice, or it ends in a company's word."""
    from followup.capture.employer_sources import PIECES

    texts = _texts(inv)
    pieces = {p.strip() for p in PIECES.split(inv.summary)}
    theirs = {w for p in people for w in name_words(p)}
    if ACRONYMS.fullmatch(name):  # "NDAS" where the file writes "… Advocacy Service (NDAS)"
        return spelled_out(name, "\n".join(texts)) or name
    cores = [core_of(d) for d in domains]
    acr = _acronyms(texts)
    best = name
    written = sum(1 for t in texts[:4] for _ in occurrences(name, t))
    for whole in _continued(name, texts):
        added = whole[len(name):]
        ends = squash(whole.split()[-1]) in SUFFIX_KEYS
        # an acronym of the file that is its initials and not the start's ("(MCHHS)"); else
        # the domain and the title: a piece of its own, or a name that ends in a company's
        # word ("St Brigid's Health Care Group | Interview …")
        lettered = bool(initials(whole) & (acr - initials(name)))
        titled = whole in pieces or (ends and whole in inv.summary)
        if set(name_words(added)) & theirs:
            continue  # a person after the name ("Thimble & Co. Rhiannon Thackeray")
        # and not where the domain spells the start whole: what follows is its team's
        # ("Halden Analytics Finance" at halden-analytics)
        # a trade's word after a name without one: the firm's ("Kaapse Klank Studios"); after
        # one, a department's ("Tolland County Public Works")
        trade = ends and whole.split()[-1].lower() not in DEPARTMENTS.split("|") and squash(
            name.split()[-1]) not in SUFFIX_KEYS
        # or the file never writes the start alone, twice at least ("Thanks for applying to
        # Northstar Home Improvement!", "(Recruiter, Northstar Home Improvement)")
        always = written >= 2 and sum(1 for t in texts[:4] for _ in occurrences(
            whole, t)) == written and whole.split()[-1].lower() not in DEPARTMENTS.split("|")
        agreed = lettered or (any(agrees(whole, d) for d in domains) and (trade or always or (
            titled and not any(covers(c, name.split()) for c in cores))))
        if agreed and len(whole) > len(best) and added.strip() and plausible(
                whole, list(people)) and not refused(whole, inv, people, domains):
            best = whole
    if best != name:
        return best
    # the domain's letters as the reader left them ("Kaitiakitrust"): the run of the file
    # whose words the domain runs together, its first and its last at least, or its first
    # and a trade's word for the trade the run ends in ("ashdownlaw" for Ashdown Carter
    # Solicitors)
    if "domain" in how and " " not in name.strip():
        for t in texts:
            for m in _RUNS.finditer(t):
                words = m.group(0).split()
                for i in range(len(words)):
                    for j in range(len(words), i + 1, -1):
                        run = words[i:j]
                        keys = [squash(w) for w in run if w.lower() not in CONNECTORS]
                        if keys and any(keys[0] + keys[-1] == c or covers(c, run) or (
                                c.startswith(keys[0]) and c[len(keys[0]):] in SUFFIX_KEYS
                                and keys[-1] in SUFFIX_KEYS) for c in cores):
                            return " ".join(run)
    return name


def settle(name: str, how: str, inv: Invitation, people: Sequence[str],
           domains: Sequence[str]) -> str:
    """The employer the file's sources agree on, from the name a source gave ("" when the
    check refuses it and nothing agreed replaces it)."""
    name = _unfinished(_possessed(name, domains), _texts(inv)) if name else name
    for brand, owner in _owned(inv):  # given the owner's name, or none the check lets stand
        owners = not name or squash(name).startswith(squash(owner)) or squash(
            owner).startswith(squash(name)) or bool(refused(name, inv, people, domains))
        # the sentence says the brand is a company, whoever the people reader took it for
        if owners and plausible(brand, []) and not refused(brand, inv, (), ()):
            return brand
    if refused(name, inv, people, domains):
        return ""
    return _whole(name, how, inv, people, domains) if name else ""
