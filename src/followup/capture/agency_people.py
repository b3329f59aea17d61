"""People at an agency's or a client's meeting (issue 23): the agency's consultant, or a
coordinator, who opens the meeting to introduce or admit the candidate and then leaves sets
it up and does not interview. Pure."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

# said of a person right after their name: they join to introduce or admit the candidate and
# then leave ("(Kensington Reed) will host and admit you, then leave the meeting", "from
# Bluestem will hop on for the first few minutes to make introductions, then drop"), in the
# same clause: after a semicolon another subject speaks ("Tom will join me; we'll … and
# leave time for questions")
_LEAVES = lazy(r"^\s*(?:\([^()]*\)|from[ \t]+[\w&' -]{1,30}?)?\s*(?:will|['’]ll|is[ \t]+going[ \t]+"
               r"to)\b[^.!?;\n]{0,100}?\b(?:then|and|before)[ \t]+(?:will[ \t]+)?(?:leave|leaving|"
               r"drop|dropping|step(?:ping)?[ \t]+(?:out|away|off)|hand(?:ing)?[ \t]+over|"
               r"sign(?:ing)?[ \t]+off|exit)\b", re.IGNORECASE)


def leaves_early(after: str) -> bool:
    """The words after a name say the person only opens the meeting and leaves: they set it
    up (an agency's consultant, a coordinator), they do not interview."""
    return bool(_LEAVES.match(after))
