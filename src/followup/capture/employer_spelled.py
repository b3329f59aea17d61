"""The employer's name as the people's e-mail domain spells it (issue 23): a capitalised
run of the title, the description, the location or the organizer's name that the domain
writes whole, from its start, by initials or abbreviated. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.employer import (
    CAPITALISED,
    NOT_COMPANY,
    NUMBERED,
    TEAM_WORDS,
    UP,
    plain,
    unpossessed,
)
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import (
    CONNECTORS,
    SUFFIX_KEYS,
    core_of,
    covers,
    name_words,
    org_label,
    squash,
)
from followup.capture.role_words import STAGES
from followup.core.companies import is_legal_form


def spelled_like(inv: Invitation, domains: list[str], mail: bool = False) -> str:
    """The name in the title, the description or the organizer's name that the domain
    spells ("Pampa Foods" for pampafoods.example, "Thistle Security" for thistlesec…, "Van
    Rijn Logistics" for vanrijn…): from the word that starts the domain's name to the end of
    that capitalised run, less the words that are no company's ("Interview", "Team")."""
    texts = [inv.summary, plain(inv.description), inv.location or "",  # less a team's words
             TEAM_WORDS.sub("", inv.organizer.name) if inv.organizer and inv.organizer.name
             else "", *([inv.note] if mail else [])]  # (the mail around the calendar too,
    # asked only against a guess: the forwarder's signature under a bare Zoom invitation)
    for d in domains:
        core = core_of(d)
        parts = re.split(r"[-_]+", org_label(d))
        if len(parts) > 1 and all(squash(p) in SUFFIX_KEYS or (
                len(p) == 2 and p is parts[-1]) for p in parts[1:]):
            core = squash(parts[0])  # duval-avocats: the name is Duval's, the trade after it;
            # marin-ca: a state's or a country's code after it
        two = next((core[:2] for k in SUFFIX_KEYS if len(core) == len(k) + 2
                    and core.endswith(k)), core if len(core) == 2 else "")
        if two:  # fk-architects, fmgroup: two names' initials
            found = next((f for t in texts if (f := _pair(t, two))), "")
            if found:
                return found
        if len(core) < 3:
            continue
        # the group's word before a name the text writes without it: "Azahar" at
        # grupo-azahar, tried after the whole ("Grupo Azahar")
        trading = [squash(parts[-1])] if len(parts) == 2 and squash(parts[0]) in _GROUP and \
            len(parts[-1]) >= 4 else []
        found = next((f for c in [core, *trading] if (f := _spelled(texts, c))), "")
        if found:
            return found
    return ""


_GROUP = frozenset(("grupo", "group", "groupe", "gruppo", "gruppe", "groep"))


def _spelled(texts: list[str], core: str) -> str:
    # a run that spells all of the domain's name before one that spells its start
    # only ("Grupo Marea Nostra" before "Restaurante Marea" at mareanostra)
    for whole in (True, False):
        for text in texts:
            for m in CAPITALISED.finditer(text):
                words = m.group(0).split()  # three letters: only as three words' initials
                found = (len(core) >= 4 and _from_core(words, core, whole)) or _initials(
                    words, core) or _covering(words, core)
                # not an id ("ORBR-2027-03") nor a kind of meeting ("Chat" at chateau…)
                if found and not NUMBERED.search(found) and not all(
                        w in NOT_COMPANY or w in STAGES for w in name_words(found)):
                    return unpossessed(found)
    return ""


def started_like(inv: Invitation, domains: list[str]) -> str:
    """For want of any other name, a two-word name in the title or the description whose
    first word starts the domain's name (_start_and_trade), never a person's display name."""
    texts = [inv.summary, plain(inv.description)]
    cns = {a.name for a in (inv.organizer, *inv.attendees) if a and a.name}
    for d in domains:  # last: the name's first word, and the trade in other words
        for text in texts:
            for m in CAPITALISED.finditer(text):
                found = _start_and_trade(m.group(0).split(), core_of(d))
                if found and found not in cns and not any(
                        w in NOT_COMPANY or w in STAGES for w in name_words(found)):
                    return found
    return ""


def _start_and_trade(words: list[str], core: str) -> str:
    """Two capitalised words, the first a long word that starts the domain's name, which
    goes on with the trade in other words ("Hollowbrook Vineyards" at hollowbrookwines,
    "Kestrel Bakery" at kestrelbreads): the name as people write it, not as the domain runs
    it together."""
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    first = squash(words[0])
    rest = core[len(first):]
    return " ".join(words) if len(first) >= 6 and core.startswith(first) and 3 <= len(
        rest) <= 12 and rest.isalpha() else ""


_PAIR = lazy(rf"(?<![\w'’-])(?=({UP}[\w'’-]+)([ \t]+(?:&|and|\+)[ \t]+|[ \t]+)"
                   rf"({UP}[\w'’-]+)((?:[ \t]+{UP}[\w'’-]+)*))")


def _pair(text: str, two: str) -> str:
    """Two capitalised words whose initials are the domain's two letters, joined by "&" or
    ending in a company's word ("Ferreira & Kaur Architects" at fk-architects, "Fenwick
    Mutual" at fmgroup): partners' or a firm's initials, never a person's name ("Fiona Marsh"
    at fm-consulting), with the company's words after them."""
    from followup.capture.people import person_name

    for m in _PAIR.finditer(text):
        first, join, second, rest = m.groups()
        if squash(first)[:1] + squash(second)[:1] != two:
            continue
        tail = []
        for w in rest.split():
            if squash(w) not in SUFFIX_KEYS:
                break
            tail.append(w)
        sep = f" {join.strip()} " if join.strip() else " "  # "Ferreira & Kaur"
        name = first + sep + " ".join([second, *tail])
        if not person_name(name) and not NUMBERED.search(name):
            return name
    return ""


def _initials(words: list[str], core: str) -> str:
    """Three to five capitalised words whose initials start the domain's name ("Kilimani
    Mission Hospital" for kmh-care, "Sakura Ridge Games" for srg-studio)."""
    words = [w.strip(" .,") for w in words if w not in ("&", "+")]
    for n in (7, 6, 5, 4, 3):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            big = [w for w in run if w[:1].isupper()]
            if run[0][:1].isupper() and run[-1][:1].isupper() and len(big) >= 3 and all(
                    w[:1].isupper() or w.lower() in CONNECTORS for w in run) and core.startswith(
                    "".join(squash(w)[:1] for w in big)):
                return " ".join(run)  # "Department of Catchments and Water" at dcw
    return ""


def _covering(words: list[str], core: str) -> str:
    """The longest run of two or more capitalised words the domain's name is all of, run
    together or abbreviated ("Arroyo Clean Energy" at arroyo-ce)."""
    for n in range(min(len(words), 6), 1, -1):
        for i in range(len(words) - n + 1):
            run = [w.strip(" .,") for w in words[i:i + n]]
            if run[0][:1].isupper() and run[-1][:1].isupper() and covers(core, run):
                return " ".join(run)
    return ""


_ACRONYM = lazy(r"[A-Z]{2,4}")
# "and" in the languages a domain writes a name in
AND_WORDS = ("and", "und", "et", "en", "og", "och", "e", "y", "i")

def _from_core(words: list[str], core: str, whole: bool = False) -> str:
    for i in range(len(words)):
        joined = ""
        for k in range(i, len(words)):
            if words[k] in ("&", "+"):  # "&" as the domain writes it in the name's language:
                # "Birch & Vale" at birchandvale, "Pan & Crumb" at panecrumb, "Harrow & Finch"
                # at harrowfinch
                after = core[len(joined):]
                nxt = squash(words[k + 1])[:2] if k + 1 < len(words) else "\0"
                joined += next((a for a in AND_WORDS if after.startswith(a + nxt)), "")
            joined += squash(words[k])
            if joined.startswith(core) or (core.startswith(joined) and len(joined) >= 4
                                           and k + 1 == len(words) and not whole):
                end = k + 1
                while end < len(words) and (squash(words[end]) in SUFFIX_KEYS or (
                        _ACRONYM.fullmatch(words[end]) and end + 1 < len(words)
                        and squash(words[end + 1]) in SUFFIX_KEYS)):
                    end += 1  # "Fenwick Health NHS Foundation Trust": an acronym inside
                return " ".join(words[i:end]).strip(" .,") if end - i <= 5 else ""
            if not core.startswith(joined):
                break
    return ""


def written_out(inv: Invitation, domains: list[str], people: Sequence[str]) -> str:
    """For want of a surer source, a name of two or more words the file writes out and the
    domain abbreviates: the title, the description, the location, and the mail's own words
    (a signature, "thanks for applying with …") where the other readers do not look. The
    domain's letters are each word's initial and, within a word, more of its letters in
    order ("kestrel-ms" for Kestrel Mining Services, "qsf-logistics" for Quayside Freight,
    "kowhailabs" for Kōwhai Labs), perhaps less a company's word at either end; never a
    person's name, whatever the domain spells ("Kestrel Moran" at kestrelbreads), nor a
    recruitment firm's, which books for an employer ("Calder Search Partners"): two
    capitalised words with no company's word nor legal form may be one ("Quillside Forge"),
    unless a sentence introduces them as an organisation ("your interest in …"); nor a place
    a street address follows."""
    texts = [inv.summary, plain(inv.description), inv.location or "", inv.note]
    keys = {squash(p) for p in people}
    for d in domains:
        parts = [squash(p) for p in re.split(r"[-_]+", org_label(d)) if squash(p)]
        # the domain's last part is the trade the name may leave out ("qsf-logistics")
        heads = ["".join(parts), "".join(parts[:-1]) if len(parts) > 1 else ""]
        for head in (h for h in heads if len(h) >= 3):
            for text in texts:
                for m in CAPITALISED.finditer(text):
                    found = _abbreviated_run([w.strip(" .,") for w in _to_form(
                        m.group(0).split())], head)
                    name = _a_firms(found, text, text.find(found, m.start()), keys) \
                        if found else ""
                    if name:
                        return name
    return ""


def _to_form(words: list[str]) -> list[str]:
    """The run's words through its legal forms: a legal form ends a name, and what goes on
    after it is the sentence's ("Tisza Energia Zrt. Data Engineer pozíciójára")."""
    for i, w in enumerate(words[1:], 1):
        if is_legal_form(w) and not (i + 1 < len(words) and is_legal_form(words[i + 1])):
            return words[:i + 1]
    return words


def _a_firms(found: str, text: str, at: int, keys: set[str]) -> str:
    """The run found at `at` less its legal form, when it can be the employer's name (see
    written_out), else ""."""
    from followup.capture.employer_where import agency
    from followup.capture.people import person_name
    from followup.core.companies import without_legal_form

    name = without_legal_form(found).strip(" ,")
    person = person_name(found) and not _AN_ORG_AFTER.search(text, max(0, at - 40), at)
    if not name or agency(name) or person or _STREET_NEXT.match(text, at + len(found)) or \
            squash(name) in keys or all(w in NOT_COMPANY or w in STAGES
                                        for w in name_words(name)):
        return ""
    return name


# what a sentence says before an organisation, never before a person ("your interest in
# Riverbank Kitchens", "applying to", "welcome to", "a career at")
_AN_ORG_AFTER = lazy(r"\b(?:interest in|appl(?:y|ying|ied) to|welcome to|joining|join|"
                     r"(?:work|working|career|role|position|job|vacancy) (?:at|with)|at)"
                     r"\s+(?:the\s+)?$", re.IGNORECASE)


# a street address after the name: a building's or a place's ("Manor House Annex, 3 Hill Rd")
_STREET_NEXT = lazy(r"[ \t]*,[ \t]*\d")


def _abbreviated_run(words: list[str], head: str) -> str:
    """The longest run of two or more capitalised words the letters abbreviate (each word
    gives its initial, then any of its letters in order), company words after it aside."""
    for n in range(min(len(words), 6), 1, -1):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            sig = [squash(w) for w in run if w.lower() not in CONNECTORS and squash(w)]
            if not (run[0][:1].isupper() and run[-1][:1].isupper()) or len(sig) < 2 or \
                    NUMBERED.search(" ".join(run)):
                continue
            # the words after those the letters give: company words, or any ending in one
            # ("Wexcombe State University" at wexcombe.edu)
            ends = [k for k in range(len(sig), 0, -1)
                    if all(w in SUFFIX_KEYS for w in sig[k:]) or sig[-1] in SUFFIX_KEYS]
            if any(_gives(head, sig[:k]) for k in ends):
                return " ".join(run)
    return ""


def _gives(letters: str, words: list[str]) -> bool:
    """Each word, in order, gives its initial and then any of its letters in order, and
    together they give all the letters ("qsf": Quayside, Freight)."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][:1]:
        return False
    rest, word = letters[1:], words[0][1:]
    for taken in range(len(rest) + 1):  # the letters this word gives after its initial
        if _within(rest[:taken], word) and _gives(rest[taken:], words[1:]):
            return True
    return False


def _within(letters: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)
