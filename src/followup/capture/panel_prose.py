"""A panel as an English letter writes it in a sentence (issue 23): who chairs it ("The panel
will be chaired by Dr. Ruth Okoye, with Mark Bell and Lisa Tran", "Ruth Okoye will chair the
panel"), who makes it up ("a panel of Ruth Okoye, Mark Bell and Lisa Tran"), and who sends
apologies from it ("Apologies from Tom Reid, who is travelling"). The chair and the members
are interviewers ("interviewers"); one who sends apologies is still of the panel named
("away": the truth has no kind for a panellist who will not be there). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import UPPER, valid
from followup.capture.person_shape import looks_like_person

_SOCIAL = r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Cllr)\.?[ \t]+)?"
_ONE = rf"{_SOCIAL}[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}}"
# the chair, and the members written after them (", with A, B and C")
CHAIRED = lazy(rf"\b(?:chaired|convened)[ \t]+by[ \t]+({_ONE})"
               rf"(?:,?[ \t]+(?:with|alongside|joined by)[ \t]+((?:{_ONE})(?:(?:,[ \t]*|[ \t]+and"
               rf"[ \t]+|[ \t]*&[ \t]*)(?:{_ONE}))*))?")
WILL_CHAIR = lazy(rf"({_ONE})(?:,[^,.\n]{{1,60}},)?[ \t]+(?:will|['’]ll)[ \t]+(?:be[ \t]+)?"
                  r"chair(?:ing)?\b")
PANEL_OF = lazy(rf"\bpanel[ \t]+(?:of|comprising|made up of|consisting of)[ \t]+({_ONE})")
APOLOGIES_FROM = lazy(rf"\b(?i:apologies)[ \t]+from[ \t]+({_ONE})")
_SEPARATOR = lazy(r",\s*|\s+and\s+|\s*&\s*")


# a title of address before a family name alone ("Professor Mwangi"): no full name to read
_ADDRESS_FIRST = lazy(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Cllr)\b\.?\s+\S+$")


def _person(name: str, text: str) -> bool:
    return not _ADDRESS_FIRST.match(name) and valid(name) and looks_like_person(name, text)


def panel_prose(text: str, found: Sequence[Mention]) -> list[Mention]:
    """The chair, members and absent members of a panel a sentence names, as mentions."""
    out: list[Mention] = []
    for m in CHAIRED.finditer(text):
        out.append(Mention(m.group(1), "", "interviewers", None))
        out += [Mention(n.strip(), "", "interviewers", None)
                for n in _SEPARATOR.split(m.group(2) or "") if n.strip()]
    out += [Mention(m.group(1), "", "interviewers", None) for m in WILL_CHAIR.finditer(text)]
    out += [Mention(m.group(1), "", "interviewers", None) for m in PANEL_OF.finditer(text)]
    out += [Mention(m.group(1), "", "away", None) for m in APOLOGIES_FROM.finditer(text)]
    return [x for x in out if _person(x.name, text)]
