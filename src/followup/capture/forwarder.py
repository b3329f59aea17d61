"""Who forwards another's invitation to the candidate set the meeting up (issue 23): "Je te
transfère l'invitation de Youssef, il m'a demandé de te la faire suivre … Salma", "ich leite
dir die Einladung von Stefan weiter … LG Katharina", "I'm forwarding Priya's invite …
Tom". The one who signs the covering note above the forwarded letter is the coordinator
("coordinator"); the person whose invitation it is interviews as the letter says. Only
when the note says the invitation is another's: whoever forwards their own calendar entry
("forwarding the invite for our call") still holds the call. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import UPPER, valid

# forwarding, in the first person, in the languages invitations come in
_FORWARDS = (r"(?i:\bi['’]?m\s+forwarding|\bi\s+am\s+forwarding|\bi['’]ll\s+forward|"
             r"\bforwarding\s+(?:you\s+)?|\bje\s+(?:te|vous)\s+(?:transf[eè]re|fais\s+suivre)|"
             r"\bich\s+leite\s+(?:dir|ihnen|euch)|\bleite\s+ich\s+(?:dir|ihnen|euch)|"
             r"\bte\s+reenv[ií]o|\ble\s+reenv[ií]o|\bte\s+paso|\b(?:te|lhe)\s+encaminho|"
             r"\bestou\s+(?:te\s+)?encaminhando|\bti\s+inoltro|\ble\s+inoltro|"
             r"\bik\s+stuur\s+(?:je|u)|\bstuur\s+ik\s+(?:je|u))")
# … an invitation that is another's ("l'invitation de Youssef", "die Einladung von
# Stefan", "Priya's invite")
_WHOSE = (rf"(?i:invitation|invite|einladung|invitaci[oó]n|convite|invito|uitnodiging|"
          rf"termin|kalendereintrag)\s+(?i:de|d['’]|von|from|of|da|do|van|del)\s*[{UPPER}]|"
          rf"[{UPPER}][\w-]+['’]s?\s+(?i:invitation|invite|calendar\s+invite)")
FORWARDED = lazy(rf"{_FORWARDS}[^.!?\n]{{0,60}}?(?:{_WHOSE})")
# the line that opens the forwarded letter
SEPARATOR = lazy(r"^\s*(?:-{3,}.*|_{5,}|(?:from|von|de|van|da)\s*:.*)$",
                  re.IGNORECASE | re.MULTILINE)
_SIGNER = lazy(rf"^[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}$")


def forwarder(text: str) -> list[Mention]:
    """The signer of a covering note that forwards another's invitation, as its coordinator."""
    cut = SEPARATOR.search(text)
    note = text[:cut.start()] if cut else ""
    if not note or not FORWARDED.search(note):
        return []
    lines = [x.strip() for x in note.splitlines() if x.strip()]
    last = lines[-1] if lines else ""
    if not _SIGNER.match(last) or (len(last.split()) > 1 and not valid(last)):
        return []
    return [Mention(last, "", "coordinator", None)]
