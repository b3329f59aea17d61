"""The people of a labelled list in an invitation's description ("Interviewers: A (Head of
X); B, Staff Engineer", "面接官: 佐藤 健 (テクニカルディレクター)"), one item at a time: its
name, title and address. Moved out of mentions.py, which reads the whole description and
asks this module for each list it finds (issue 23). Pure."""

from __future__ import annotations

import re
from typing import NamedTuple

from followup.capture.cjk_units import unit_dropped
from followup.capture.description import usable_text as usable_text
from followup.capture.hangul import name_then_title
from followup.capture.lazy import lazy
from followup.capture.mention_cues import (
    BULLET,
    PRONOUNS,
    TIME,
    slot_family_first,
)
from followup.capture.mention_cues import (
    EMAIL as EMAIL,
)
from followup.capture.mention_cues import (
    HTML_TAG as HTML_TAG,
)
from followup.capture.mention_names import job_before, title_first, titled_person
from followup.capture.names import (
    NAME,
    NOT_NAME,
    PARTICLE_WORDS,
    RANK,
    SOCIAL,
    UPPER,
    department,
    valid,
)
from followup.capture.names import (
    titled as titled,  # where the company reader (employer.py) asks for it
)
from followup.capture.spelling import HONORIFICS


class Mention(NamedTuple):
    name: str
    title: str
    # schedule | interviewers | coordinator | prose | signature | met ("your interview with
    # X") | host (of the video meeting) | welcome (a greeting slot) | joins ("X will sit in")
    context: str
    email: str | None


def in_caseless_script(item: str) -> bool:
    """A name in a script without capitals ("佐藤 健", "김민준")."""
    letters = [c for c in item if c.isalpha()]
    return bool(letters) and not any(c.isascii() for c in letters) and \
        all(c.lower() == c.upper() for c in letters) and len(item) <= 20


def listed_name(item: str) -> tuple[str, str, str | None]:
    """(name, title, email) of one item of a labelled list ("Jane Doe (Head of X)",
    "Jane Doe – Director, Platform", "佐藤 健 (テクニカルディレクター)", "Jane <jane@…>")."""
    email = EMAIL.search(item)
    item = EMAIL.sub("", item.replace("（", " (").replace("）", ")")).replace(
        "<>", "").replace("()", "")
    item = BULLET.sub("", PRONOUNS.sub("", item)).rstrip(" .;")  # the sentence's full stop
    item = TIME.sub("", item, count=1) if re.match(r"\s*\d", item) else item
    item = unit_dropped(item.strip())  # "開発本部 佐藤 健一": the team before a name
    if korean := name_then_title(item):  # "김대성 공장장": the name, then the title
        return korean[0], korean[1], email.group(0).lower() if email else None
    fam = slot_family_first().match(item)
    if fam and given_word(fam.group(2)) and not titled(fam.group(1)):  # from a directory, then
        # a title: "Achterberg, Wouter – Finance Systems Lead"
        item = f"{fam.group(2)} {fam.group(1)}{item[fam.end():]}"
    m = re.match(r"\s*([^(,|–—:]+?)\s*(?:\(([^)]*)\)(?:\s*[,|–—]\s*(.*))?|[,|–—:]\s*(.*)|"
                 r"\s+-\s+(.*))?\s*$", item)  # (a seat, then the title: "A (Chair), Head of …")
    if not m:
        return "", "", None
    name = re.sub(r"^(?:the|la|el|le|der|die|den|lo|il|o|a)\s+(?=\S)", "",
                  m.group(1).strip(" .\"'"), flags=re.IGNORECASE)  # "la Sra. Roth"
    name = SOCIAL.sub("", name)
    title = ", ".join(g for g in m.groups()[1:] if g).strip(" .")
    rank = RANK.match(name)
    if rank:  # "Associate Professor Anjali Rao, Director of Teaching"
        name, title = name[rank.end():], title or rank.group(0).strip()
    elif job := job_before(name):  # "Lead Teacher Shannon O'Reilly", "Charge Nurse Wren Hall"
        name, title = name[len(job):].strip(), title or job
    name = re.sub(r"\s+-\s+.*$", "", name)
    lead = NAME.match(title) if title and len(name.split()) == 1 and not \
        item[m.end(1):].lstrip().startswith((",", "(")) else None
    if lead and len(lead.group(0).split()) >= 2 and valid(lead.group(0)):
        # the part of the panel first: "Convenor – Dr Sarah Nguyen, Director Policy"
        return lead.group(0), f"{name}{title[lead.end():]}".strip(" ,"), \
            email.group(0).lower() if email else None
    if title and (titled(name) or not re.search(r"[A-Za-z]", name)) and valid(title) and \
            not titled(title):
        name, title = title, name  # the title first: "Head of Collections – Ines Moller";
        # a name in its own script, then in Latin letters: "渡辺 健二 (Watanabe Kenji)"
        title = "" if not re.search(r"[A-Za-z]", title) else title
    elif m.group(3) and item[m.end(1):].lstrip().startswith(",") and given_word(title) and \
            not titled(name) and 1 <= len(name.split()) <= 3:
        name, title = f"{title} {name}", ""  # the family name first: "Okafor, Chidi"
    return name, title, email.group(0).lower() if email else None


def given_word(word: str) -> bool:
    """Whether one word after a comma can be a given name (not "Lead", "Finance", "HR")."""
    return word.isalpha() and word[:1].isupper() and not word.isupper() and \
        word.lower() not in NOT_NAME and not titled(word) and not department(word)


def list_person(name: str) -> bool:
    """A name under a label: a first name alone will do ("Interviewers: Dagny, Emeka"), or
    with the family name's initial ("Panel: Suresh Iyer, Kavya N.")."""
    if in_caseless_script(name):
        return True
    words = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower().strip(".") not in
             HONORIFICS and w.lower() not in PARTICLE_WORDS]
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and (
        valid(name) or (len(words) == 1 and words[0].lower() not in NOT_NAME
                        and words[0].isalpha() and not titled(words[0])) or (len(words) == 2
                        and given_word(words[0])
                        and bool(re.fullmatch(rf"[{UPPER}]\.?", words[1]))))


# (a comma before "and" with it: "A, Nurse Manager, and B")
LIST_SEPARATOR = lazy(r"\s*(?:[;,]\s*(?:and|und|et|y|e|en|og|och|i|&)\s|[;、，,]|"
                            r"\s(?:and|und|et|y|e|en|og|och|i|&|ja|ve|dan|oraz|és|și|và|sowie|"
                            r"as well as|ainsi que|así como|bem como)\s)\s*")
STRONG_SEPARATOR = lazy(r"\s*;\s*")


def split_list(body: str, on: re.Pattern[str] = LIST_SEPARATOR) -> list[str]:
    """A list's items, split on commas, semicolons and "and" outside brackets."""
    kept: list[str] = []

    def hide(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    hidden = re.sub(r"\([^()]*\)|（[^（）]*）|<[^<>]*>", hide, body)
    return [re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], p)
            for p in on.split(hidden) if p.strip()]


def list_items(body: str, one_per_line: bool, single: bool = False) -> list[Mention]:
    """The people of one line of a labelled list. Where semicolons part its people, the
    commas inside a part are the person's title ("Arjun Mehta, VP, Treasury; Lim Bee
    Hoon"); after a name and its title, a last piece is the title's department ("Koh Jun
    Hao, Director, Private Credit"). Under a label in the singular, one word after the
    name is its title ("Entrevistador: Íñigo Berasategui, Enólogo")."""
    if len(split_list(body, STRONG_SEPARATOR)) > 1:
        return [m for part in split_list(body, STRONG_SEPARATOR)
                for m in list_items(part, True)]
    pieces = [body] if one_per_line else split_list(body)
    out: list[Mention] = []
    titled_by = -9  # the piece that gave the last person their title
    for i, piece in enumerate(pieces):
        name, title, email = listed_name(piece)
        if name and (list_person(name) or titled_person(name, title)) and \
                not (titled_by == i - 1 and i == len(pieces) - 1) \
                and not (out and not out[-1].title and titled(name) and not title) \
                and not (single and out and title_first(piece, name, title)):
            out.append(Mention(name, title, "interviewers", email))
        elif out and piece.strip() and (not out[-1].title or titled_by == i - 1):
            more = piece.strip(" .")  # "Jane Doe, Staff Engineer", "Kofi Mensah, Charge Nurse"
            out[-1] = out[-1]._replace(title=f"{out[-1].title}, {more}".lstrip(", "))
            titled_by = i
    return out
