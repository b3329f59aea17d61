"""The writer of an invitation saying they are in the interview themself, in words the
people reader's own English patterns (people.PRESENT) do not cover (issue 23, session 14).
Pure: a pattern string that people.PRESENT takes in.

- the candidate meets the writer and someone else, in any language the invitations come in
  ("Du träffar mig och Oskar Lindqvist", "Sie lernen mich und Frau Roth kennen", "vous
  rencontrerez Paul et moi", "hablarás conmigo y con Marta", "you'll meet me and Raj");
- the writer reviews, marks or assesses the candidate's work with someone ("I'll review it
  together with Halvard Berg", "I will mark your case study with our CTO"): an assessor,
  who counts as an interviewer.
"""

from __future__ import annotations

import re

from followup.capture.names import UPPER
from followup.capture.writer_listed import LISTED_LAST

# (A name is written with a capital, whatever the case the whole pattern is read in.)
# The writer as the object of the meeting, joined to another person ("mig och Oskar").
_ME_AND = (r"\b(?:mig|mich|mir|mij|meg|moi(?:-même)?|conmigo|comigo|con me|ze mną)\s+"
           rf"(?:och|und|en|et|y|e|og|i|ja)\s+(?:con\s+|com\s+|mit\s+|met\s+)?(?-i:[{UPPER}])")
# … the other person first ("Paul et moi", "Marta y yo", "Oskar och jag"): in the
# languages whose "and I" SPEAKS_FOR_SELF does not read.
_AND_ME = (rf"[{UPPER}][\w'’-]+\s+(?:och jag|und ich|en ik|et moi(?:-même)?|y yo|e eu|"
           r"e io|og jeg|i ja)\b")
# … and in English, after the verb of meeting ("you'll meet me and Raj", "with me and Raj",
# "meet me (owner) and Sipho").
_ENGLISH = (r"\b(?:meet|see|with|join)\s+me\s+(?:\([^()\n]{1,40}\)\s+)?(?:and|&)\s+"
            r"(?:our\s+|my\s+)?[\w]")
# A part of the meeting given to the writer ("45 min with me, 45 min with Wei Chen", "a
# first chat with me", "30 Minuten mit mir"): the time is theirs; not one that is over
# ("following your conversation with me last week", "mit mir letzte Woche").
_SLOT = (r"\b(?:\d+\s*(?:min(?:ute[ns]?|s)?|h|hrs?|hours?|minuten|stunden?)|chat|call|"
         r"conversation|interview|round)\s+(?:with|mit|met|avec|con)\s+(?:me|mir|mij|moi|m[ií])\b"
         r"(?!\s+(?:last|yesterday|earlier|previously|recently|the other day|letzte|vorige|"
         r"gestern|vorig|gisteren|la semaine dernière|hier|la semana pasada|ayer|la settimana "
         r"scorsa|ieri)\b)")
# The writer assesses the candidate's work with someone.
_REVIEWS = (r"\bI(?:['’]ll| will| am going to)\s+(?:be\s+)?(?:review|assess|mark|grade|"
            r"evaluat|scor)\w*\b[^.\n]{0,50}?"
            rf"\b(?:together\s+with|alongside|with)\s+(?:our\s+|my\s+)?(?-i:[{UPPER}])")

# The writer's "we" will be there with someone ("Vamos a estar con Facundo", "we'll be with
# Rosa", "estaremos com a Inês"): the writer is in it, beside them.
_WE_WITH = (r"\b(?:we['’]ll\s+be|we\s+will\s+be|vamos\s+a\s+estar|vamos\s+estar|estaremos|"
            r"nous\s+serons|saremo|wir\s+sind|we\s+zijn)\s+(?:(?:all|both|todos|juntos)\s+)?"
            rf"(?:with|con|com|avec|mit|met)\s+(?:(?:a|o|la|el)\s+)?(?-i:[{UPPER}])")

WRITER_IN_IT = f"{_ME_AND}|{_AND_ME}|{_ENGLISH}|{_REVIEWS}|{_SLOT}|{_WE_WITH}|{LISTED_LAST}"


def met_by_own_name(said: str, name: str) -> bool:
    """Whether the text names the writer among those the candidate meets, in the third person
    and by their given name ("You will meet Camille and Théo Lefèvre", signed "Camille"; "you
    will be speaking with Théo and Camille"): the writer is in the meeting."""
    words = name.split()
    if len(words) < 2:
        return False
    given, rest = re.escape(words[0]), rf"(?:\s+{re.escape(' '.join(words[1:]))})?"
    other = rf"(?-i:[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,3}})"
    return bool(re.search(
        r"\b(?:meet|meeting|speak(?:ing)?\s+(?:with|to)|talk(?:ing)?\s+(?:with|to)|"
        rf"interviewed\s+by)\s+(?:with\s+)?(?:{other}\s*(?:,|\band\b|&)\s*)*"
        rf"(?-i:{given}{rest}(?![\w'’-]|\s+[{UPPER}]))", said, re.IGNORECASE))
