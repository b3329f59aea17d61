"""What stood out in the conversation: `--noted "Jane: the dbt migration"`, one or two
specifics per interviewer that the thank-you and the week +1 note recall. Pure."""

from __future__ import annotations

import re

from followup.core.errors import BadInput
from followup.core.model import Person

LIMIT = 200
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|professor)\.?\s+", re.IGNORECASE)


def _names(person: Person) -> set[str]:
    """The ways a user may name an interviewer before the colon."""
    full = _HONORIFIC.sub("", " ".join(person.name.split())).lower()
    words = full.split()
    out = {full, person.name.strip().lower()}
    if words:
        out |= {words[0], words[-1], " ".join(words[:-1])}
    return out


def assign(people: tuple[Person, ...], notes: list[str] | tuple[str, ...]
           ) -> tuple[dict[int, str], str | None]:
    """({position of the interviewer: what stood out}, what stood out with nobody named).

    "Jane: the dbt migration" goes to the interviewer called Jane; a note with no name, or
    a name that is nobody's, fits the whole conversation. Two notes for one person are joined.
    """
    per: dict[int, list[str]] = {}
    general: list[str] = []
    for raw in notes:
        note = " ".join(raw.split())
        if not note:
            continue
        if len(note) > LIMIT:
            raise BadInput(f"--noted: keep it short (at most {LIMIT} characters): a phrase "
                           "the note can recall, not a transcript")
        if re.search(r"[\x00-\x1f\x7f]", raw.replace("\n", " ")):
            raise BadInput("--noted: one line of plain text, please")
        who, colon, what = note.partition(":")
        target = None
        if colon and what.strip():
            key = _HONORIFIC.sub("", who.strip()).lower()
            matches = [i for i, p in enumerate(people) if key in _names(p)]
            if len(matches) > 1:
                raise BadInput(f"--noted {note!r}: {who.strip()!r} could be more than one "
                               "interviewer; use the full name")
            if matches:
                target, note = matches[0], what.strip()
            elif len(who.split()) == 1 and who[:1].isupper() and people:
                known = ", ".join(p.name for p in people)
                raise BadInput(f"--noted {note!r}: nobody called {who.strip()!r} among the "
                               f"interviewers ({known})")
        if target is None:
            general.append(note)
        else:
            per.setdefault(target, []).append(note)
    return ({i: "; ".join(v) for i, v in per.items()},
            "; ".join(general) if general else None)
