"""Those a letter lists together are met together (issue 23): when the letter names the
people the candidate will meet as one list ("with Ana Silva (Head of Data) and Tom Reid
(Talent Partner)", "with Ana Silva, Head of Data, and Tom Reid from HR", one per line after
a dash or bullet), everyone in the list is in the room, whatever their title says. The
reader weighs a recruiter's title or the writer's signature toward setting it up; a
coordinator the letter lists beside an interviewer is an interviewer, in any language: the
join is a comma or one short word ("and", "y", "et", "in", "και", "en"), never one of
"or" (a contact and their stand-in are no list of the met). Never one the text says will
not be there. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.core.model import Person

# A person's job after their name: in brackets, or between commas (the last comma may be
# missing before the join: "Maja Kovač, head of regulatory and Tina Zupan"). Two names
# joined bare ("Ana Silva and Tom Reid") are as often a greeting's or a copy line's; a job
# between commas stays in its sentence and is followed by a joining word, never a bare
# comma ("Tevita Fifita, about the role. Your talent partner, Siobhán …" is no list).
_JOB = r"(?:[ \t]*\([^()\n]{2,60}\)|,[^,()\n.;:!?]{2,60}?,?(?=[ \t]+[^\W\d_]{1,3}[ \t]))"
# the join: a comma, or one short word that is not an "or"
_OR = frozenset(("or", "o", "ou", "of", "od", "ή", "或", "albo", "lub", "eller"))
OR_WORDS = _OR  # (one home: capture/joined_to_met reads it too)
_JOIN = r"[ \t]*(?:,[ \t]*(?:([^\W\d_]{1,3})[ \t]+)?|[ \t]+([^\W\d_]{1,3})[ \t]+)"
# an address or a title written before the second name ("and Dr. Tom Reid", "and dr. …")
_BEFORE = r"(?:[^\W\d_]{1,5}\.[ \t]+)?"
_BULLET = r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]*"
# Said not to come: a name on the same line as a word of absence (English only; any other
# language's list of the met does not name the absent in it).
_AWAY = lazy(r"\b(?:apologies|unable|won['’]t|will not|cannot|can['’]t|not (?:be )?"
                   r"join|on leave|away|absent)\b", re.IGNORECASE)


def _pair(first: str, second: str, text: str) -> bool:
    """`first`, with a job, then a join, then `second`, in one run of the text."""
    pattern = rf"(?<!\w){re.escape(first)}{_JOB}{_JOIN}{_BEFORE}{re.escape(second)}(?!\w)"
    for m in re.finditer(pattern, text):
        word = (m.group(1) or m.group(2) or "").lower()
        if word not in _OR:
            return True
    return False


def _bullets(first: str, second: str, text: str) -> bool:
    """Both at the head of lines of one run of bullets ("- Ana Silva, Head of Data")."""
    for block in re.split(r"\n(?![ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t])", text):
        heads = [line for line in block.split("\n") if re.match(_BULLET, line)]
        if len(heads) < 2:
            continue
        starts = [re.sub(rf"^{_BULLET}{_BEFORE}", "", line) for line in heads]
        if any(s.startswith(first) for s in starts) and any(s.startswith(second) for s in starts):
            return True
    return False


def _away(name: str, text: str) -> bool:
    return any(_AWAY.search(line) for line in text.split("\n") if name in line)


def listed_together(staff: Sequence[Person], coord: Person | None, text: str,
                    said_to: bool = False) -> tuple[tuple[Person, ...], Person | None]:
    """The coordinator the text lists in one list with an interviewer, as an interviewer.
    A list of lines is an agenda as often as a list of the met: a line may give the
    person's part ("welcome", "notes"), so one the file otherwise says set it up
    (`said_to`) stays the coordinator there; a sentence's list is only of the met."""
    if coord is None or not coord.name or len(coord.name.split()) < 2 or _away(coord.name, text):
        return tuple(staff), coord
    for p in staff:
        if not p.name or p.name == coord.name:
            continue
        if _pair(p.name, coord.name, text) or _pair(coord.name, p.name, text) or \
                (not said_to and _bullets(p.name, coord.name, text)):
            return (*staff, coord), None
    return tuple(staff), coord
