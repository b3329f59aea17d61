"""Words a reader may take for an employer's name that the file shows are something else
(issue 23): the meeting itself ("Rencontre – librairie", "Dia de Avaliação – Trainee"), a
person addressed with an honorific ("Mr. Yousef Al-Kuwari, our client"), a time zone's
region ("Eastern Time (US and Canada)"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy

# The meeting's own nouns, in the languages invitations come in: a piece of the title that
# holds one is the meeting's name ("Vorstellungsgespräch Kunde", "Journée d'entretiens"),
# never an employer's. Only nouns that no firm takes as a word of its name (not "Panel",
# "Premier", "Virtual", "Assessment").
_MEETING = frozenset((
    "interview", "interviews", "entretien", "entretiens", "entrevista", "entrevistas",
    "entrevue", "rencontre", "vorstellungsgespräch", "bewerbungsgespräch", "kennenlernen",
    "kennenlerngespräch", "sollicitatiegesprek", "kennismakingsgesprek", "colloquio",
    "avaliação", "avaliacao", "evaluación", "intervju", "haastattelu", "rozmowa", "pohovor",
    "mülakat", "görüşme", "面接", "面试", "면접"))
# A person written with a form of address ("Mr. Yousef Al-Kuwari", "Frau Dr. Weber"):
# a person, whoever the text says they stand for.
_HONORIFIC = lazy(r"^(?:mr|mrs|ms|miss|mx|dr|sir|madam|herr|frau|sr|sra|srta|sig|sig\.ra|"
                  r"mme|mlle|m|dhr|mevr|shri|smt|sheikh|eng)\.?[ \t]+[A-ZÀ-Þ]", re.IGNORECASE)
_WORD = lazy(r"[\w'’-]+")


def not_a_name(name: str, texts: Sequence[str]) -> str:
    """Why `name` is no employer's name however it was read, or "": the meeting's words, a
    person addressed with an honorific, the region a time zone names in brackets."""
    words = [w.lower() for w in _WORD.findall(name)]
    if any(w in _MEETING for w in words):
        return "the meeting's own name"
    if _HONORIFIC.match(name.strip()) and len(words) >= 2:
        return "a person, addressed with an honorific"
    zone = re.compile(rf"\b(?:time|zeit|heure|hora)[ \t]*\([ \t]*{re.escape(name.strip())}"
                      rf"[ \t]*\)", re.IGNORECASE)
    if name.strip() and any(zone.search(t) for t in texts):
        return "a time zone's region"
    return ""
