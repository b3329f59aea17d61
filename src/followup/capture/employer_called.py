"""The name the file calls the employer by, over the registered name its footer writes
(issue 23). Pure.

A writer who signs "Kivi Labs Oy · Business ID 3141592-6 · Lapinlahdenkatu 16" and writes
"Kivi – Hiring Manager Interview" and "the role at Kivi" calls the employer Kivi: the
registered name, written only where a signature or a legal footer starts its line, is the
letterhead, and a careful candidate lists the employer as the title and the sentences call
it. A registered name a sentence writes ("Interview mit unserem Mandanten Rheinwerk Energie
AG", "the role at Pearl Bay Hospitality") is how the file calls it, and is kept.
"""

from __future__ import annotations

import re

from followup.capture.employer import plain
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.core.companies import is_legal_form

# a name, then the registered name in brackets ("LotusPay (Lotus Fintech Pte. Ltd.)")
_BRACKETED = lazy(r"(\S.*?\S)[ \t]*\(([^()]*\S)\)")
# a Latin name, then the same in Chinese, Japanese or Korean letters
_CJK = "\u2e80-\u9fff\uac00-\ud7af"
_TWO_SCRIPTS = lazy(rf"([^{_CJK}]*?[^\W\d_][^{_CJK}]*?)[ \t]+[{_CJK}][^A-Za-z]*")
_LOWER = lazy(r"(?<!\w)[a-zß-ÿ]{3,}")
_MARKS = " >*•·|–—-\t"
_FOOTER = lazy(r"\.?[ \t]*(?:$|[|·•,(/–—-]|\d|Reg(?:istered|\.)|Sitz\b)")
# a legal footer's line: more after the name, its address or its registration
_REGISTRY = lazy(r"\.?[ \t]*(?:[|·•,/–—-]|\d|Reg(?:istered|\.)|Sitz\b)[ \t]*\S")
# a line that labels what follows ("Venue: …", "Z kim: …", "Etkinlik Adı: …"): a form's
# field, not a line that calls the employer anything
_LABEL = lazy(r"^[\s>*•·-]*[^\s:]+(?:[ \t]+[^\s:]+){0,2}[ \t]*:[ \t]+\S")


def _lines(inv: Invitation) -> list[str]:
    text = "\n".join((plain(inv.description), inv.note))
    return [x.strip() for x in text.splitlines() if x.strip()]


def _written(short: str, text: str) -> bool:
    """`short` is in the text as whole words, and as a name of its own: not run on into a
    capitalised word, which makes it the start of another name ("Dijkstra" in "Dijkstra
    Havenlogistiek B.V."; "Kivi" in "the Kivi talent team" is written)."""
    return re.search(rf"(?<!\w){re.escape(short)}(?![\w&])(?![ \t]+[A-ZÀ-Þ])", text) is not None


def _shorts(name: str) -> list[str]:
    """The shorter names the registered one starts with, longest first: whole words, or a
    word cut short ("Wisła Soft" for "Wisła Software Sp. z o.o."), never less than its
    first word, never a first word of three letters or fewer, and never a lower-case one."""
    first = name.split()[0] if name.split() else ""
    if len(first) <= 3 or not first[:1].isupper():
        return []
    ends, start = [], 0
    for i in range(len(first), len(name)):
        if name[i].isspace() or name[i] == ",":
            start = i + 1
            if name[i - 1].isalnum():
                ends.append(i)  # a whole word ends
        elif i - start >= 3 and start > len(first) and name[i].isalpha():
            ends.append(i)  # a word cut short, three letters kept at least
    return sorted({name[:i] for i in ends}, key=len, reverse=True)


def _letterhead(name: str, line: str) -> bool:
    """The line writes the name as a letterhead does, a signature's or a legal footer's:
    the line starts with it, and it ends there or a separator, a number or the footer's
    "Registered …" follows ("Kivi Labs Oy · Business ID 3141592-6", "Wendelstein Software
    GmbH · Landsberger Str. 110"); not a field ("Ort: Brunnacher Präzision AG"), a job's
    line, nor a sentence that goes on ("Anadolu Savunma Teknolojileri A.Ş. bünyesindeki")."""
    at = line.find(name)
    return not line[:at].strip(_MARKS) and _FOOTER.match(line, at + len(name)) is not None


def as_called(name: str, inv: Invitation) -> str:
    """The shorter name the title and a sentence of the text both call the employer by,
    when every line that writes `name` is a letterhead and the title does not write it;
    the brand before a registered name in brackets, the title's script of a name written
    in two; else `name`."""
    bracket = _BRACKETED.fullmatch(name)
    if bracket and is_legal_form(bracket.group(2).split()[-1]):
        return bracket.group(1)  # "LotusPay (Lotus Fintech Pte. Ltd.)": the brand
    if not name or name in inv.summary:
        return name
    both = _TWO_SCRIPTS.fullmatch(name)
    if both and both.group(1) in inv.summary:
        return both.group(1)  # "Jade Mountain Networks 玉山網通": the title's script
    lines = _lines(inv)
    heads = [x for x in lines if name in x]
    if not heads or not all(_letterhead(name, x) for x in heads):
        return name
    # the sentences: no field's line, and two words in lower case at least
    said = [x for x in lines if name not in x and not _LABEL.match(x)
            and len(_LOWER.findall(x)) >= 2]
    # one word alone may be a family's or a place's: only a legal footer gives it up
    footer = all(_REGISTRY.match(x, x.find(name) + len(name)) for x in heads)
    for short in _shorts(name):
        if short != name and (footer or " " in short) and _written(
                short, inv.summary) and any(_written(short, x) for x in said):
            return short
    return name


def as_titled(name: str, inv: Invitation) -> str:
    """The name less its legal form when the title writes it so, as a piece of its own
    ("Gintaras Analytics – Data Engineer" beside "Gintaras Analytics, UAB · …"): the title
    is how the writer calls the firm, the form is the letterhead's, in any country."""
    from followup.core.companies import local_form, without_legal_form

    short = without_legal_form(name).strip(" ,")
    if not name or short == name or name in inv.summary or len(short.split()) < 2:
        return name
    # a local form only ("UAB", "d.o.o.", "Şti."): with the forms every reader drops
    # ("Ltd", "GmbH") the name the file reads stands
    if not any(local_form(w) for w in name[len(short):].split()):
        return name
    # and a sentence of the letter calls it so too, not only the title
    if not any(_written(short, x) and name not in x for x in _lines(inv)):
        return name
    piece = re.compile(rf"(?:^|[\s(–—|:-]){re.escape(short)}(?:$|[\s)–—|:,-])(?![ \t]*"
                       rf"{re.escape(name[len(short):].strip(' ,')[:3])})")
    return short if piece.search(inv.summary) else name
