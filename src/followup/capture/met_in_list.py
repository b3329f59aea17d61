"""Those a sentence lists together are met together, when the list writes each one's job
before the name (issue 23): "You'll meet the CFO, Andrew Holt, and the HR Director, Priya
Chauhan". A title of arranging ("HR Director") makes the reader take someone for who set
the meeting up; written in one list with someone the candidate meets, they are met too
(capture/listed_together reads the lists that write the job after the name, for the
coordinator chosen; this reads the mentions, before anyone is chosen, and only the lists
that write the job first: read on the mentions, those that write it after cost a file of a
folder nobody read). The join is a comma or one short word that is not an "or". Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.listed_together import OR_WORDS
from followup.capture.mentions import Mention

# "<first>, and the HR Director, <second>": a join, an article or a possessive, a job
# of a few words between commas, the next name.
_THEN_TITLED = (r",?[ \t]+([^\W\d_]{1,3})[ \t]+(?:(?:the|our|my|el|la|le|der|die|de|het|o|a|"
                r"il|nuestro|nuestra|notre|unser|unsere|onze|nosso|nossa)[ \t]+)?"
                r"[^,()\n.;:!?]{2,50},[ \t]+")
_MET = frozenset(("met", "schedule", "interviewers", "joins", "host"))


def _titled_pair(first: str, second: str, text: str) -> bool:
    for m in re.finditer(rf"(?<!\w){re.escape(first)}{_THEN_TITLED}{re.escape(second)}(?!\w)",
                         text):
        if m.group(1).lower() not in OR_WORDS:
            return True
    return False


def met_in_list(found: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions, a coordinator's listed in one list with one met as met."""
    met = [m.name for m in found if m.context in _MET and len(m.name.split()) >= 2]
    out: list[Mention] = []
    for m in found:
        if m.context == "coordinator" and len(m.name.split()) >= 2 and any(
                n != m.name and (_titled_pair(n, m.name, text) or _titled_pair(m.name, n, text))
                for n in met):
            m = m._replace(context="met")
        out.append(m)
    return out
