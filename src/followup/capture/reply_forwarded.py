"""The letter a reply forwards is news to the candidate (issue 23).

A recruiter or an agency's consultant often passes on the employer's own words under a short
covering note ("as promised, here's the written feedback from Owen"), and the decision is in
the forwarded letter, not in the note. The quoted history of a reply is what the candidate
already had; a forwarded letter is not: a mail tool marks it as forwarded in so many words
("---------- Forwarded message ---------", "Begin forwarded message:", "Weitergeleitete
Nachricht", "Doorgestuurd bericht", "Message transféré" …). So when the note itself decides
nothing, the forwarded letter (its header lines left out) is read for an outcome by the
rules alone. An Outlook "From:" line is no such mark: it opens a reply's history as well.
Pure.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_MARK = lazy(r"^[ \t>*-]*(?:forwarded message|begin forwarded message|"
             r"weitergeleitete nachricht|doorgestuurd bericht|message transf[ée]r[ée]|"
             r"mensaje reenviado|messaggio inoltrato|vidarebefordrat meddelande|"
             r"videresendt melding|videresendt meddelelse)\b.*$",
             re.IGNORECASE | re.MULTILINE)
# a header line of the forwarded letter ("From: …", "Date: …", "Subject: …", "To: …")
_HEADER = lazy(r"^\s*[\w-]{2,12}\s*:\s.*$|^\s*[\w-]{2,12}\s*:\s*$")


def forwarded_letter(body: str) -> str | None:
    """The text of the letter `body` forwards, below its header lines; None when it forwards
    nothing."""
    mark = _MARK.search(body)
    if mark is None:
        return None
    lines = body[mark.end():].replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or _HEADER.match(lines[i])):
        i += 1
    letter = "\n".join(lines[i:]).strip()
    return letter or None
