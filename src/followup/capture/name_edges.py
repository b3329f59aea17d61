"""Where an employer's name ends (issue 23): the words a reader took with the name that the
file itself shows are not the name's. Pure: no I/O.

- A word the file writes in small letters inside a sentence is a common noun of its
  language, whatever the language ("… voor een videogesprek over …"): written capitalised
  at the head of a title ("Videogesprek Grachtwerk – …") it starts the title's sentence, it
  does not start the firm's name. It goes when the rest of the name is written on its own
  and no address of the file spells the word ("Café Lumen" at cafelumen keeps its "Café").
- One given name that the file writes with what the person does in brackets ("Dan (head
  chef)") is a person, never the employer, whether or not the people's reader met them.
- A street: a name the location writes with a house number after it ("Telliskivi 60a/8,
  10412 Tallinn") is where the employer is, not who.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mention_cues import ADDRESS_SHAPE
from followup.capture.org_domains import squash

_WORD = lazy(r"[^\W\d_][\w'’-]*")
_ADDRESSES = lazy(rf"(?:mailto:)?{ADDRESS_SHAPE}|\b(?:https?://|www\.)\S+", re.I)


def small_inside(word: str, text: str) -> bool:
    """The text writes the word in small letters after another word of its sentence (an
    elided article's apostrophe before it too: "le poste d'horloger")."""
    low = word.lower()
    if low == word or low.upper() == low:  # no case to tell by (a script without one)
        return False
    for m in re.finditer(rf"(?:(?<![\w'’-])|(?<=\b\w['’])){re.escape(low)}(?![\w'’-])", text):
        before = text[:m.start()].rstrip(" \t\"'“”«»(")
        if before and before[-1] not in ".!?:\n":
            return True
    return False


def common_lead(name: str, texts: Sequence[str], addresses: Sequence[str]) -> str:
    """The name without a first word that the file writes as a common noun, when the rest
    is written on its own capitalised and no address spells the word; else the name."""
    words = name.split()
    if len(words) < 2 or not _WORD.fullmatch(words[0]) or len(words[0]) < 4:
        return name
    said = [_ADDRESSES.sub(" ", t) for t in texts]
    if not any(small_inside(words[0], t) for t in said):
        return name
    whole = sum(len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", t)) for t in said)
    if whole > 1:  # written whole in more than one place: the name ("Hotel Arenal" as the
        return name  # title and the location write it, beside "the hotel" in a sentence)
    lead = squash(words[0])
    labels = [squash(a.rpartition("@")[2].split(".")[0]) for a in addresses]
    rest = " ".join(words[1:])
    # the address spells the rest and not the word: the firm's name as its own mail writes it
    if any(lead in x for x in labels) or not any(x.startswith(squash(rest)) for x in labels):
        return name
    if not rest[:1].isupper() or not any(
            re.search(rf"(?<![\w'’-]){re.escape(rest)}(?![\w'’-])", t) and not re.search(
                rf"(?<![\w'’-]){re.escape(words[0])}[ \t]+{re.escape(rest)}", t) for t in said):
        return name
    return rest


_GIVEN_WITH_WORK = lazy(r"[ \t]*\(([^()\n]{2,48})\)")


def given_with_work(name: str, texts: Sequence[str]) -> bool:
    """One given name the file writes with the person's work in brackets after it ("Dan
    (head chef)", "Ute (Inhaberin)"): a person."""
    from followup.capture.first_names import works
    from followup.capture.person_shape import looks_like_person

    if len(name.split()) != 1 or not looks_like_person(name):
        return False
    for t in texts:
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?=[ \t]*\()", t):
            job = _GIVEN_WITH_WORK.match(t, m.end())
            before = t[:m.start()].rstrip(" \t")
            if job and works(job.group(1)) and not (before and before[-1:].isalpha()
                                                    and before.split()[-1][:1].isupper()):
                return True  # (not the last word of a full name: "Teresa Gutiérrez (…)")
    return False


# a house number after a street's name, as addresses write it in most of Europe
_NUMBERED = lazy(r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?![\d:.])")


def a_street(name: str, location: str) -> bool:
    """The location writes the name with a house number after it ("Telliskivi 60a/8,
    10412 Tallinn"): a street, where the employer is, not who."""
    return any(_NUMBERED.match(location, m.end()) for m in re.finditer(
        rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", location)) if name else False


def mailbox_tail(name: str, addresses: Sequence[str]) -> str:
    """The name without the last words that are a shared mailbox's own name in the file
    ("Ostmark Rekrytointi" beside rekrytointi@ostmark…, "Fenlow Talent" beside talent@fenlow…):
    the unit that writes from that mailbox, in whatever language, where the mailbox's domain
    spells the rest of the name and not those words."""
    words = name.split()
    for k in (2, 1):
        if len(words) <= k:
            continue
        tail, rest = squash("".join(words[-k:])), " ".join(words[:-k])
        if len(tail) < 2 or not rest[:1].isupper():
            continue
        for a in addresses:
            local, _, domain = a.lower().partition("@")
            label = squash(domain.split(".")[0])
            if squash(local) == tail and label.startswith(squash(rest)) and tail not in label:
                return rest
    return name
