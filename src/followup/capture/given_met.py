"""People a letter names by their given name alone and sends the candidate to, without a
job in brackets (capture/first_names reads those), from how a sentence puts a person
beside the writer or says who they are (issue 23). Pure.

- Joined to the writer by "and" after "with": the writer is met, and so is whoever the
  same phrase joins to them ("koffie met mij en Fatima", "a chat with Rosa and me",
  "avec moi et Claire", "mit mir und Jörg").
- After "with" and followed by what they are, a comma and an article or a possessive
  before words in small letters ("estaremos con Facundo, el jefe de bodega", "with Priit,
  our head of kitchen"): an apposition says who someone of the meeting is, when it
  names a work (first_names.works) and no arranging (that is who set it up).
(Not "Euan from the cellar": a given name before "from the" cost a file of a folder
nobody read; left.)
A given name that begins a full name the file writes is that person (found elsewhere); a
word the text also writes in small letters, or a word of the calendar, is no name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.first_names import works
from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import ORGANISING, UPPER
from followup.capture.person_shape import looks_like_person

_GIVEN = rf"[{UPPER}][^\W\d_A-Z]{{2,}}"
_WITH = r"(?:with|met|mit|avec|con|com|z|ze|med|cu|kanssa)"
_ME = r"(?:me|mij|mir|moi|m[ií]|mim|mnie|mig|mine)"
_AND = r"(?:and|en|und|et|y|e|i|og|och|a|ja)"
# "with me and Fatima", "met mij en Fatima"; "with Rosa and me"
_BESIDE_ME = lazy(rf"(?i:\b{_WITH}\s+{_ME}\s+{_AND}\s+)(?-i:({_GIVEN}))(?!\s*[{UPPER}])|"
                  rf"(?i:\b{_WITH}\s+)(?-i:({_GIVEN}))(?i:\s+{_AND}\s+{_ME}\b)")
# "con Facundo, el jefe de bodega", "with Priit, our head of kitchen"
_APPOSED = lazy(rf"(?i:\b{_WITH}\s+)(?-i:({_GIVEN})),\s+(?i:the|our|my|el|la|le|der|die|"
                r"de|het|o|a|il|lo|nuestro|nuestra|notre|unser|unsere|onze|nosso|nossa)"
                r"\s+(?-i:[^\W\d_A-Z][\w-]*)")
# Words a capital starts that are never a person ("Nederlandse", "Zoom", a weekday).
_NOT_GIVEN = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "zoom", "teams", "google", "microsoft", "team", "greetings", "regards",
    "hello", "thanks", "love", "best",
))


def given_met(text: str, found: Sequence[Mention], listed: Sequence[str] = ()) -> list[Mention]:
    """Each given name alone that a phrase puts beside the writer, in apposition after
    "with", or names by their team (see the module), and that no full name the text gives
    or the invitation lists starts."""
    known = {n.split()[0].lower() for n in [*(m.name for m in found), *listed] if n.split()}
    out: list[Mention] = []
    for rx in (_BESIDE_ME, _APPOSED):
        for m in rx.finditer(text):
            name = next((g for g in m.groups() if g), "")
            said = re.split(r"[.!?;\n(]", text[m.end():], maxsplit=1)[0]
            job = text[m.end(1):m.end()].lstrip(", ") + said
            if rx is _APPOSED and (ORGANISING.search(job) or not works(job)):
                continue  # "with Priya, our recruiter": who arranges it; no work: no one
            if not name or name.lower() in known | _NOT_GIVEN or not looks_like_person(name):
                continue
            if re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text):
                continue  # a word of the language ("Del", "Con"), never a name
            known.add(name.lower())
            out.append(Mention(name, "", "met", None))
    return out
