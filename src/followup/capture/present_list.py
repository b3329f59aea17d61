"""Who a sentence says sits in the interview, the list after a word for "present" or
"taking part", as German, Spanish, Portuguese, French, Italian, Dutch and the Nordic
languages open it (issue 23): "Dabei sind Stefan Huber (Teamleitung) und Eva Leitner",
"Participan: Ana Ruiz (Jefa de Planta) y Tomás Vera", "Estarão presentes a Inês e o Rui",
"Seront présents Mme Roux et M. Petit". Each name of the list is an interviewer
("interviewers"), its bracket the title; whoever wrote the letter and is not in the list
set the meeting up (people._off_the_schedule reads that). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import NAME, valid

# the word that opens the list, at a sentence's or line's start, a colon allowed after it
_OPENS = (r"(?:^|(?<=[.!?:\n])[ \t]*)(?:(?i:mit[ \t]+)?(?i:dabei[ \t]+sind|anwesend[ \t]+sind|"
          r"am[ \t]+gespräch[ \t]+nehmen[ \t]+teil|teilnehmende|teilnehmer(?:innen)?|"
          r"participan|participarán|participam|participarão|participants?|participeront|"
          r"estarán[ \t]+presentes|estarão[ \t]+presentes|seront[ \t]+présents?|"
          r"saranno[ \t]+presenti|parteciperanno|aanwezig[ \t]+zijn|deelnemers|"
          r"deltar|deltakere|deltagare|närvarande|tilstede|osallistujat))"
          r"[ \t]*:?[ \t]+")
_TITLE = r"(?:[ \t]*\(([^()\n]{1,60})\))?"
_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+(?:und|y|e|et|and|en|och|og|ja|i)[ \t]+|[ \t]*&[ \t]*)"
_ARTICLE = r"(?:(?:a|o|la|el|le|il|der|die|de|het)[ \t]+)?"
LIST = lazy(rf"{_OPENS}((?:{_ARTICLE}{NAME.pattern}{_TITLE}{_JOIN})*"
            rf"{_ARTICLE}{NAME.pattern}{_TITLE})")
_ONE = lazy(rf"{_ARTICLE}({NAME.pattern}){_TITLE}")


def present_list(text: str, found: Sequence[Mention] = ()) -> list[Mention]:
    """Each person of a list of who is present, as an interviewer with their title."""
    out: list[Mention] = []
    for m in LIST.finditer(text):
        for one in _ONE.finditer(m.group(1)):
            name = one.group(1).strip()
            if re.fullmatch(r"(?:und|y|e|et|and|en|och|og|ja|i)", name, re.IGNORECASE):
                continue
            if valid(name):
                out.append(Mention(name, (one.group(2) or "").strip(), "interviewers", None))
    return out
