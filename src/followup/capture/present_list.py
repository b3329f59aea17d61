"""Who a sentence says sits in the interview, the list after a word for "present" or
"taking part", as German, Spanish, Portuguese, French, Italian, Dutch and the Nordic
languages open it (issue 23): "Dabei sind Stefan Huber (Teamleitung) und Eva Leitner",
"Participan: Ana Ruiz (Jefa de Planta) y Tomás Vera", "Estarão presentes a Inês e o Rui",
"Seront présents Mme Roux et M. Petit", and after a verb of meeting or joining ("Tapaat
Aino Virtasen", "Entrevistan: A y B", "Se suma Gonzalo Paz"). Each name of the list is an
interviewer ("interviewers"), its bracket the title; whoever wrote the letter and is not in
the list set the meeting up (people._off_the_schedule reads that). Pure."""

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
          r"deltar|deltakere|deltagare|närvarande|tilstede|osallistujat|"
          # … and a verb of meeting, interviewing or joining before the names ("Tapaat Aino
          # Virtasen ja Mikko Lehtosen", "Entrevistan: A y B", "Se suma Gonzalo Paz")
          r"tapaat|tapaatte|haastattelijoina(?:[ \t]+ovat)?|entrevistan|entrevistarán|"
          r"entrevistam|entrevistarão|se[ \t]+(?:suma|suman|une|unen|sumará|unirá)|"
          r"junta-se|juntam-se|si[ \t]+unisce|si[ \t]+uniranno)|"
          # … and a line labelled "With:" in a letter's block of when, where and with whom
          # ("Wann: … Wo: … Mit: Dr. A (Laborleiter) und B (HR)"): HR named there sits in
          r"(?i:with|mit|con|avec|com|met|med|z)[ \t]*:)"
          r"[ \t]*:?[ \t]+")
_TITLE = r"(?:[ \t]*\(([^()\n]{1,60})\))?"
_JOIN = lazy(r"[ \t]*,[ \t]*|[ \t]+(?:und|y|e|et|and|en|och|og|ja|i)[ \t]+|[ \t]*&[ \t]*")
_ARTICLE = r"(?:(?:a|o|la|el|le|il|der|die|de|het)[ \t]+)?"
# the list runs to its sentence's end, brackets and abbreviations ("Mag.", "Dr.") inside it
LIST = lazy(rf"{_OPENS}((?:\([^()\n]*\)|[A-Z][a-z]{{0,3}}\.[ \t]|[^.!?\n(])+)")
_ONE = lazy(rf"{_ARTICLE}({NAME.pattern}){_TITLE}[ \t]*")


def present_list(text: str, found: Sequence[Mention] = ()) -> list[Mention]:
    """Each person of a list of who is present, as an interviewer with their title."""
    out: list[Mention] = []
    for m in LIST.finditer(text):
        for part in _JOIN.split(_brackets_kept(m.group(1))):
            one = _ONE.fullmatch(part.replace("\0", ","))
            if one is None or not valid(one.group(1).strip()):
                break  # the list ends where a name does not
            out.append(Mention(one.group(1).strip(), (one.group(2) or "").strip(),
                               "interviewers", None))
    return out


def _brackets_kept(text: str) -> str:
    """The list with the commas inside its brackets hidden from the split."""
    return re.sub(r"\([^()]*\)", lambda b: b.group(0).replace(",", "\0"), text)
