"""One the letter joins to someone met is met too (issue 23). Pure.

A letter that names the people the candidate meets in a sentence joins them with one short
word ("Tyler Mbeki and Grace Whelan from the studio team will review it", "Ana Prieto y
Luis Gil te entrevistarán", "mit Jana Roth und Uwe Kahl"): when the reader found one of
them as met, the other full name the same join writes beside them is met as well, in any
language: the join is one short word in small letters, never one of "or" (a contact and
their stand-in), nor "&" (firms: "Baker & Lowe"), and the sentence goes on after the two
names. Only beside one the reader found in the prose (no address of their own: a name in
the calendar's list is no sentence's), only a whole name of two or three capitalised words,
that the letter does not write with a legal form after it, that no other entry already is,
and that is not the candidate; capture/name_likeness vets it after, as every address-less
entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.listed_together import OR_WORDS
from followup.capture.names import UPPER, name_words
from followup.core.model import Person

_WORD = rf"[{UPPER}][^\W\d_]*[a-zà-ÿ][\w'’-]*"
# two or three capitalised words (the word before them is checked apart: no capitalised one)
_X = rf"(?<![\w'’-])((?:{_WORD})(?:[ \t]+{_WORD}){{1,2}})"
_JOIN = r"[ \t]+([a-zà-ÿ]{1,3})[ \t]+"
# the sentence goes on after the two names: a word in small letters on the same line
_GOES_ON = lazy(r"^[ \t]+(?:\([^()\n]{1,60}\)[ \t]*)?[a-zà-ÿ]")
_AFTER_Y = lazy(rf"^{_JOIN}{_X}(?![\w'’-]|[ \t]+[{UPPER}])")
_PREVIOUS = lazy(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _before(name: str) -> re.Pattern[str]:
    return re.compile(rf"{_X}{_JOIN}{re.escape(name)}(?!\w)")


def _free(line_before: str) -> bool:
    """No capitalised word right before: the name is not the end of a longer phrase."""
    prev = _PREVIOUS.search(line_before)
    return prev is None or not prev.group(1)[:1].isupper()


def joined_to_met(staff: Sequence[Person], others: Sequence[str], text: str
                  ) -> tuple[Person, ...]:
    """`staff` with the full names joined to one of them (see the module). `others`: the
    names of every other entry (the coordinator, attendees, organizer, the candidate)."""
    from followup.capture.organisation_form import ends_with_legal_form
    from followup.core.companies import legal_tail

    known = [name_words(n) for n in [*(p.name for p in staff), *others] if n]
    found: list[Person] = []
    for p in staff:
        if len(p.name.split()) < 2 or p.email:
            continue
        hits = [(m.group(2), m.group(1)) for m in _before(p.name).finditer(text)
                if _free(text[text.rfind("\n", 0, m.start()) + 1:m.start()])
                and _GOES_ON.match(text[m.end():m.end() + 80])]
        for m in re.finditer(rf"(?<!\w){re.escape(p.name)}", text):
            after = _AFTER_Y.match(text[m.end():m.end() + 80])
            if after and _GOES_ON.match(text[m.end() + after.end():m.end() + after.end() + 80]):
                hits.append((after.group(1), after.group(2)))
        for join, name in hits:
            if join in OR_WORDS:
                continue
            words = name_words(name)
            if not words or ends_with_legal_form(name) or any(
                    words <= k or k <= words for k in known):
                continue
            at = text.find(name) + len(name)
            if legal_tail(text[at:at + 20]):
                continue
            known.append(words)
            found.append(Person(name))
    return (*staff, *found)
