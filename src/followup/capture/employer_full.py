"""The employer's name in full, as the file writes it (issue 23): the institution's words
before it, the company words and the legal form after it, an acronym spelled out. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.capture.addresses import organisation
from followup.capture.employer import (
    ABBREVIATED,
    CALENDAR,
    CAPITALISED,
    DEPARTMENTS,
    INSTITUTIONS,
    RUN_WORD,
    SMALL,
    TEAM_WORDS,
    UP,
    file_addresses,
    plain,
    spelled_out,
    undotted,
)
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import SUFFIX_KEYS, core_of, covers, name_words, squash
from followup.core.companies import is_legal_form, legal_tail


def in_full(name: str, inv: Invitation) -> str:
    """The name as written in full elsewhere in the file ("Kestrel Legal" → "Kestrel Legal
    LLP", "Meridian Tide" → "Meridian Tide Shipping"): only company-name words are added, and
    not from the location, which names a building ("Kiln & Kettle Studio, 2217 Mission St").
    An abbreviated legal form keeps the dot the file writes ("Saltmarsh Bakery Co.")."""
    # the mail's words too ("the role at Fable & Fern Publishing"), less its copy of the
    # location, which names a building ("Kiln & Kettle Studio, 2217 Mission St")
    where = " ".join((inv.location or "").split())
    note = "\n".join(x for x in inv.note.splitlines()
                     if not (x.strip() and " ".join(x.split(",")[0].split()) in where))
    texts = " \n ".join((inv.summary, plain(inv.description), note))
    org = inv.organizer.name if inv.organizer and inv.organizer.name else ""
    name = spelled_out(name, f"{texts} \n {org}") or name
    name = _led(name, texts)
    best = _in_full(name, texts)
    place = _in_full(best, inv.location or "")
    where = inv.location or ""
    after = name_words(where[where.find(place) + len(place):])[:1] if place in where else []
    added = name_words(place[len(best):]) + after  # nor one a building's word follows ("Health
    # Centre")
    if place != best and (any(core_of(a.rpartition("@")[2]).endswith(squash(place.split()[-1]))
                              for a in file_addresses(inv)) or not set(added) & BUILDINGS):
        best = place  # "Saltbush Design Studio, 22 Gilbert Place" at saltbushstudio; a
        # company word the location adds, not a building's ("Stellenbosch Mutual Assurance")
    longer = _longer(best, texts)
    if longer and not best.endswith(".") and not set(name_words(longer)) & (
            CALENDAR | _role_words()):
        more = longer.split(" ")
        while more and (is_legal_form(more[-1]) or is_legal_form(more[-1] + ".")):
            more.pop()  # its legal form is added as written, below
        best += " ".join(more)  # "the role at Sunrise Kids Early Learning (BGC campus)"
    best = _widened(best, f"{texts} \n {inv.location or ''}", organisation(inv))
    # a department after a name that the domain spells whole and that ends in its trade
    # already is its team's ("Technical Interview w/ Northwind Robotics Engineering" at
    # northwind-robotics), not the trade of one that does not ("Wattle & Gum Engineering");
    # "Tech" after a trade makes one trade of the two ("Moreton Bay Health Tech", "Agri Tech")
    words = best.split()
    if len(words) > 2 and re.fullmatch(DEPARTMENTS, words[-1].lower()) and words[-1].lower() \
            not in ("tech", "technology") and squash(
            words[-2]) in SUFFIX_KEYS and any(covers(c, words[:-1]) for c in organisation(inv)):
        best = " ".join(words[:-1])
    # the organizer's display name that goes on from it with company words only: the firm's
    # name in full ("Fenwick & Doyle" → "Fenwick & Doyle Accountants")
    more = org[len(best):].split() if org.startswith(best + " ") else []
    if more and all(squash(w) in SUFFIX_KEYS for w in more):
        best = org
    for m in re.finditer(rf"(?<!\w){re.escape(best)}", texts):
        tail = legal_tail(texts[m.end():])
        if tail:
            return undotted(best + tail)
    return best


# Static patterns tried where the name occurs: compiling one per name would cost `add --from`
# more than its reading (bench/capture_speed.py).
_LEAD = lazy(rf"(?<![\w-])(?:(?:{INSTITUTIONS})[ \t]+(?:(?:of|for)(?: the)?[ \t]+)?)+"
                   rf"(?:{UP}[\w'’-]*[ \t]+)?$")
_INTRODUCED = lazy(r"\b(?:at|with|join|joining|for|bei|chez|of)[ \t]+(?:the[ \t]+)?$")
_MORE = lazy(rf"(?:[ \t]+(?!for\b){SMALL})?(?:[ \t]+{RUN_WORD})+(?![\w'’-]|\.\w)")


def occurrences(name: str, text: str) -> Iterator[int]:
    """Where the name starts in the text as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            yield at
        at = text.find(name, at + 1)


def _led(name: str, texts: str) -> str:
    """The name with the institution's words before it ("City of Port Ellery")."""
    for at in occurrences(name, texts):
        lead = _LEAD.search(texts, max(0, at - 80), at)
        if lead:
            return texts[lead.start():at] + name
    return name


def _longer(name: str, texts: str) -> str:
    """The words a sentence that introduces the name writes after it ("at Sunrise Kids
    Early Learning (BGC campus)": " Early Learning"), or ""."""
    for at in occurrences(name, texts):
        if _INTRODUCED.search(texts, max(0, at - 30), at):
            more = _MORE.match(texts, at + len(name))
            # (never a unit's words: "on behalf of Acme Talent Acquisition" is Acme's team)
            if more and not TEAM_WORDS.search(name + more.group(0)):
                return more.group(0)
    return ""


# the company words that also name a building or a room (where a location may add them)
BUILDINGS = frozenset(("studio", "studios", "clinic", "hospital", "school", "library",
                       "gallery", "museum", "theatre", "theater", "church", "hotels",
                       "bakery", "brewery", "pharmacy", "college", "university", "nursery",
                       "kindergarten", "works", "centre", "center", "house", "hall"))


def _role_words() -> frozenset[str]:  # the job's words and the kinds of interview
    from followup.capture.roles import STAGES, TITLES

    return TITLES | STAGES


def _in_full(name: str, texts: str) -> str:
    best = name
    # (and a form in dotted letters, whose last dot a run of capitals leaves: "S.A.C")
    if (squash(name.split()[-1]) in ABBREVIATED or re.fullmatch(
            r"(?:\w\.)+\w", name.split()[-1])) and re.search(
            rf"(?<!\w){re.escape(name)}\.", texts):
        best = name = name + "."
    short = name.split()[-1]
    if re.fullmatch(r"[A-Z]{2,5}", short) and len(name.split()) > 1:  # "Stonebridge FCU"
        lead = re.escape(name[: -len(short)].strip())
        # a hyphenated word's parts are letters of it too ("MAT": Multi-Academy Trust)
        words = r"(?:[ \t]+|-)(?:of[ \t]+|and[ \t]+|&[ \t]+)?".join([r"([A-Z][\w'’]*)"] * len(
            short))
        for m in re.finditer(rf"(?<!\w){lead}[ \t]+{words}", texts):
            if "".join(w[0] for w in m.groups()) == short:
                best = name = m.group(0)
                break
    for m in re.finditer(rf"(?<!\w){re.escape(name)}((?:[ \t]+(?:&[ \t]+)?{UP}[\w.-]*)+)", texts):
        extra: list[str] = []
        for w in m.group(1).replace("& ", "&").split():  # "Duval & Associés", "Ede & Sons"
            if squash(w) not in SUFFIX_KEYS:
                break
            w = w.replace("&", "& ")
            extra.append(w.rstrip("."  ) if w.endswith(".") and squash(w) != "co" else w)
        longer = " ".join([name, *extra])
        if len(longer) > len(best):
            best = longer
    return best


def _widened(name: str, texts: str, cores: set[str]) -> str:
    """The longest spelling the file writes that the sources agree on: the capitalised run
    around the name when the people's domain spells the words it adds and not the name
    alone ("Northbay" → "Northbay Credit Union" at northbaycu, "Lumen" → "Lumen & Vale" at
    lumenvale), or, after "at", "with", "join", the words of the run before it ("the role at
    Te Puke Kiwifruit Collective")."""
    short = name.split()
    for m in CAPITALISED.finditer(texts):
        words = [w.rstrip(".,") for w in m.group(0).split()]
        for i in range(len(words) - len(short) + 1):
            if words[i:i + len(short)] != short:
                continue
            for k in range(len(words), i + len(short), -1):
                if any(covers(c, words[i:k]) and not covers(c, short) for c in cores):
                    # a name never ends in "&": what it joins is the name's too ("Saltbox
                    # Inn & Kitchen" at saltboxinn)
                    more = k + 1 if words[k - 1] in ("&", "+") and k < len(words) else k
                    return " ".join(words[i:more])
            lead = words[:i]  # after "at": the run before the name too
            if lead and _INTRODUCED.search(texts, max(0, m.start() - 30), m.start()) and \
                    lead[0][:1].isupper() and not set(name_words(" ".join(lead))) & (
                    CALENDAR | _role_words()):
                return " ".join(words[:i + len(short)])
    return name



# a sentence's first words, not a name's: "Your …", "Ihr Recruiting-Team der …"
_SENTENCE = frozenset(("your", "our", "my", "the", "their", "dear", "hi", "hello", "thanks",
                       "ihr", "ihre", "unser", "unsere", "votre", "notre", "su", "uw", "ons"))
_BAR = lazy(r"[ \t]+\|[ \t]+")
# a heading's dash, an address's number after a comma or before its street ("Salt & Rye
# Bakery 14 Manor St")
_HEAD = lazy(r"[ \t]+[–—|-][ \t]+|,[ \t]*(?=\d)|[ \t]+(?=\d+[a-z]?[ \t]+[A-Z])")


def _picked(keys: list[str], label: str) -> tuple[int, ...]:
    """The places of the words, the first and two at least, that run together in order
    make the label; () if none."""
    def walk(i: int, rest: str) -> tuple[int, ...] | None:
        if not rest:
            return ()
        for k in range(i, len(keys)):
            if keys[k] and rest.startswith(keys[k]):
                more = walk(k + 1, rest[len(keys[k]):])
                if more is not None:
                    return (k, *more)
        return None
    found = walk(1, label[len(keys[0]):]) if keys and keys[0] and label.startswith(
        keys[0]) else None
    return (0, *found) if found else ()


def written_whole(name: str, inv: Invitation, people: tuple[str, ...]) -> str:
    """The organisation's name a line of the description or mail writes whole around the
    word its domain spells, where a careful reader finds it: the signature's line ("Gemeente
    Zuiderveen" at zuiderveen), a heading before a dash ("Provincial Archives of Westmark –
    competition 14"), a name before its address ("Hollin & Daughters Boatworks, 14 Water
    St" at hollinboats); or "". Never a site ("… Support Center"), never a person's line
    ("Moira Hollin"): a word of a person of the file, or of the job, refuses it."""
    own = [squash(w) for w in name.split()]
    theirs = {w for p in people for w in p.split()}
    # each piece of a line of the description and the mail between bars ("Recruitment |
    # Azahar Foods"), up to a heading's dash or an address's number
    # a name before the place it is in ("Kōwhai Ridge Wines, Waiheke Island") is the head
    # before the comma, the location's too (whose whole may name a site: "… Kisumu Depot")
    lines = f"{plain(inv.description)}\n{inv.note}".splitlines()
    heads = [_HEAD.split(piece, maxsplit=1)[0].strip(" .,") for line in lines
             for piece in _BAR.split(line.strip())]
    where = (inv.location or "").split(",")
    for head in dict.fromkeys([x for h in heads for x in (h, h.split(",")[0].strip())] + (
            [_HEAD.split(where[0], maxsplit=1)[0].strip()] if len(where) > 1 else [])):
        words = head.split()
        if head == name or not 1 < len(words) <= 6 or not CAPITALISED.fullmatch(head) or \
                words[0].lower() in _SENTENCE:  # "Your Tidewell Insurance screen is booked"
            continue
        keys = [squash(w) for w in words]  # the guess's words in any order, or run together
        run = next(((i, j) for i in range(len(keys)) for j in range(i + 1, len(keys) + 1)
                    if "".join(keys[i:j]) == "".join(own)), None)
        # or its first word and others after, run together less a word between ("grupoalameda"
        # for Grupo Inmobiliario Alameda, "driftwoodroasters" for Driftwood Coffee Roasters)
        picked = _picked(keys, "".join(own)) if not run and len(own) == 1 else ()
        added = [w for k, w in enumerate(words) if not (
            (run and run[0] <= k < run[1]) or (picked and k in picked) or (
                not run and not picked and keys[k] in own))]
        if not (run or picked or set(own) <= set(keys)) or set(added) & theirs or set(name_words(
                head)) & (CALENDAR | _role_words()) or set(name_words(" ".join(added))) & (
                BUILDINGS):  # "Orchard Lane Grocers Support Center, 2nd floor": a site
            continue
        return head
    return ""
