"""A name written in an invitation's text in another grammatical form than on the
invitation (issue 23): declined as Polish, Czech, Hungarian or Turkish sentences decline it
("z Piotrem Grabowskim" for Piotr Grabowski, "Tóth Gáborral", "Horváth Zoltánt"), or with a
form of address joined to it or written after it ("박민수님", "이정훈 팀장님", "Burak Bey",
"田中さん", "Eng. Faisal Al-Qahtani"). The same person, never a second one. Pure.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from followup.capture.lazy import lazy
from followup.capture.names import SOCIAL
from followup.capture.spelling import plain

# Forms of address written after a name, as a word of their own ("Burak Bey", "Ayşe Hanım",
# "Ayşe Hanım") or joined to it ("박민수님", "田中さん", "王先生", "鈴木様").
# The one home of these: capture.mention_more asks it for the names a text writes.
AFTER = frozenset(("bey", "hanim", "hanım", "sama", "sensei", "efendi", "beyefendi",
                   "hanımefendi", "hanimefendi"))
JOINED = lazy(r"(?:팀장님|책임님|선임님|매니저님|님|씨|さん|様|さま|殿|先生|女士|小姐|老师|"
                    r"老師|-(?:san|sama|sensei|kun|chan|nim|ssi))$", re.IGNORECASE)
# A title of one's degree or profession before a name, dropped like a job title ("Mgr.",
# "Bc.", "Müh."): never a word of the name ("Ing.", "Eng.", "Arq." stay, as "Dr." does, as
# a title of address the letter writes with the name).
# (Titles of address for anyone, "Pani", "Sayın", "Ông", "Bà", are names.SOCIAL's, asked
# first; here only what names a profession or declines.)
BEFORE = lazy(r"^(?:(?:(?:Mgr|Bc|Müh|Uzm|Doç)\.|Mühendis|"
                    # (Polish and Czech "Mr", "Mrs" declined before a whole name; "Pan Wei"
                    # is a name)
                    r"(?:Pan|Pana|Panem|Panią|Paní|Pane)(?=\s+\S+\s+\S)|"
                    # (Vietnamese "Ms" before a name: "chị Lan")
                    r"Chị(?=\s+\S)|"
                    # (the article a given name alone takes in speech: "O Nuno", "a Inês",
                    # "en Pau", "la Maria", "der Florian"; capitalised, only those no family
                    # name is: "La", "Lo", "Na", "El" begin names)
                    r"(?:o|a|os|as|la|lo|el|en|na|il|der|die|O|A|Der|Die|En|Il)"
                    r"(?=\s+[^\W\d_][\w'’-]+$))\s+)+(?=\S)")
# How much a declined word may add to its stem ("Piotr" + "em", "Gábor" + "ral").
_ENDING = 4


class Named(Protocol):
    name: str
    email: str | None


P = TypeVar("P", bound=Named)


def bare(name: str) -> str:
    """The name less a profession's title before it and a form of address after it
    ("Eng. Faisal Al-Qahtani" -> "Faisal Al-Qahtani", "Burak Bey" -> "Burak",
    "박민수님" -> "박민수")."""
    return without_address_after(BEFORE.sub("", SOCIAL.sub("", name.strip())))


def without_address_after(name: str) -> str:
    """The name less a form of address written after it or joined to it ("Ayşe Yılmaz
    Hanım", "Burak Bey", "中村 様", "박민수님", "Tanaka-san"); the name itself if that is all."""
    words = name.split()
    while len(words) > 1 and (plain(words[-1]).strip(".") in AFTER or
                              not JOINED.sub("", words[-1])):
        words.pop()
    if words:
        words[-1] = JOINED.sub("", words[-1]) or words[-1]
    return " ".join(words)


def _stem_of(word: str, stem: str) -> bool:
    w, s = plain(word), plain(stem)
    if s.endswith("nen") and len(s) >= 6 and w.startswith(s[:-3] + "s") and \
            len(w) - len(s) <= _ENDING:
        return True  # a Finnish "-nen" declines on "-s-" ("Virtanen", "Virtasen")
    ending = w[len(s) - 1:]
    if len(s) >= 4 and s[-1] in "aeiouy" and w.startswith(s[:-1]) and ending[:1] != s[-1] \
            and len(ending) <= _ENDING and (len(ending) >= 2 or ending not in "aeiouy"):
        return True  # a final vowel the case replaces ("Luka", "Lukom"); one vowel for
        # another is not taken ("Maria", "Mario" may be two people; "Kasią" is "Kasia" plain)
    return w == s or (len(s) >= 3 and w.startswith(s) and len(w) - len(s) <= _ENDING)


def declined(written: str, name: str) -> bool:
    """Whether `written` is `name` declined or addressed: each of its words the name's word
    in the same place, or that word with an ending ("Piotrem Grabowskim", "Tóth Gáborral")."""
    a, b = bare(written).split(), bare(name).split()
    if not a or len(a) != len(b):
        return False
    return all(_stem_of(x, y) for x, y in zip(a, b, strict=True))


def by_declension(written: str, entries: list[P]) -> P | None:
    """The one person of the file whose name the written name declines or addresses."""
    same = [e for e in entries if e.name and e.name != written and declined(written, e.name)]
    if not same:  # "Burak Bey" for Burak Demir: the one person with that given name
        words = bare(written).split()
        if len(words) == 1 and words[0] != written.strip():
            same = [e for e in entries if e.name and len(e.name.split()) >= 2 and
                    plain(e.name.split()[0]) == plain(words[0])]
    return same[0] if len(same) == 1 else None


# A Vietnamese form of address in small letters before a name ("chị Phạm Thu Hà", "anh Đỗ
# Quang Huy", "ông Lê Minh"): how the letter speaks of the person, not a word of the name
# (the given name "Anh" is written with its capital).
_ADDRESSED = lazy(r"(?<![\w/])(?:anh|chị|em|ông|bà|cô)[ \t]+(?=[A-ZÀ-ÝĐƠƯẠ-Ỹ][\w-]*[ \t]+"
                        r"[A-ZÀ-ÝĐƠƯẠ-Ỹ])")


def unaddressed(text: str) -> str:
    """The text without the forms of address written in small letters before names."""
    return _ADDRESSED.sub("", text)
