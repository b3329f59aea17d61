"""Whether an e-mail address is a person's, by the name it spells (issue 23): "rhys.apgwilym",
"aoife.bk", "m.osei-bonsu", "henrike.baumgaertner". Pure."""

from __future__ import annotations

import re
import unicodedata

# Titles of address, never a part of the name an address spells ("Dr", "Mdm", "Cllr").
HONORIFICS = frozenset(("dr", "capt", "prof", "mag", "ing", "mr", "mrs", "ms", "mx", "sir",
                        "dame", "rev", "cllr", "mdm", "madam", "encik", "puan", "miss", "herr",
                        "herrn", "frau", "mme", "mlle", "sra", "srta", "sig", "dhr", "mevr",
                        "dott", "avv", "maître", "maitre", "engr",
                        "ssa"))  # (the feminine ending of "Dr.ssa", "Dott.ssa", "Prof.ssa")


# Letters with no accent to take off, as an address writes them (Turkish "ı", Polish "ł",
# Vietnamese and Croatian "đ", Nordic "ø"): "Yılmaz" is yilmaz@, "Michał" michal@.
_BARE = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t"})


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower().translate(_BARE))
                   if not unicodedata.combining(c))


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spellings(word: str) -> set[str]:
    """A word of a name as an address spells it ("Baumgärtner": baumgartner, baumgaertner)."""
    low = word.lower()
    german = low.translate(_GERMAN)
    return {re.sub(r"[^a-z]", "", plain(low)), re.sub(r"[^a-z]", "", plain(german))} - {""}


def spells(local: str, name: str) -> bool:
    """Whether an address's local part is made of the name's words, each whole or as its
    initial, in any order of the parts ("rhys.apgwilym", "aoife.bk", "jiahui.lim",
    "m.osei-bonsu", "henrike.baumgaertner"); at least one word whole."""
    words = [w for w in re.split(r"[\s-]+", name) if w.strip(".").lower() not in HONORIFICS]
    forms = [f for f in (_spellings(w) for w in words) if f]
    parts = [re.sub(r"[^a-z]", "", p) for p in re.split(r"[._+-]+", plain(local))]
    parts = [p for p in parts if p]
    if not parts or not forms:
        return False
    used: set[int] = set()
    whole = False
    for part in parts:
        found = _cover(part, forms, used)
        if found is None:
            return False
        took, full = found
        used |= took
        whole |= full
    return whole


def _cover(part: str, forms: list[set[str]], used: set[int]
           ) -> tuple[set[int], bool] | None:
    """The words (consecutive, in order) whose whole forms or initials make up `part`."""
    for first in range(len(forms)):
        at, took, full = 0, set(), False
        for k in range(first, len(forms)):
            if k in used:
                break
            whole = next((f for f in sorted(forms[k], key=len, reverse=True)
                          if part.startswith(f, at)), None)
            if whole and len(whole) > 1:
                at, full = at + len(whole), True
            elif part.startswith(next(iter(forms[k]))[0], at):
                at += 1
            else:
                break
            took.add(k)
            if at == len(part):
                return took, full
    return None


def spells_given(local: str, name: str) -> bool:
    """Whether the local part is the name's words and then the family name the signature
    leaves out ("meiling.tan" for "Mei Ling", "jide.okafor" for "Jide"): a delegate who signs
    with the given name only."""
    parts = [p for p in re.split(r"[._+-]+", local) if p]
    return len(parts) >= 2 and len(name.split()) <= 2 and spells(".".join(parts[:-1]), name)


def email_of(name: str, emails: list[str]) -> str | None:
    """The address written in the description for this name ("olivia.pemberton@…")."""
    from followup.capture.addresses import is_relay

    for e in emails:
        if spells(e.partition("@")[0], name) and not is_relay(e):
            return e.lower()
    return None


def characters(text: str) -> str:
    """An HTML text's character references as their characters ("Lumen &amp; Vale" is "Lumen &
    Vale"); the html module is imported only when the text has one (issue 15's start-up)."""
    if "&" not in text or not re.search(r"&#?\w+;", text):
        return text
    from html import unescape

    return unescape(text)
