"""The journal's plain values (A4): what the candidate wrote, and when."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

# The retro's parts, in the order they are asked and shown, with their labels.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("note", "Notes"),
    ("went_well", "What went well"),
    ("questions", "Questions they asked"),
    ("improve", "What to improve"),
    ("outcome", "Outcome"),
)


@dataclass(frozen=True, slots=True)
class JournalText:
    """Free notes plus a short structured retro; any part may be left out."""

    note: str | None = None
    went_well: str | None = None
    questions: str | None = None
    improve: str | None = None
    outcome: str | None = None

    def parts(self) -> list[tuple[str, str, str]]:
        """(field, label, text) for the parts that were written, in order."""
        labels = dict(SECTIONS)
        return [(f.name, labels[f.name], value) for f in fields(self)
                if (value := getattr(self, f.name))]

    @property
    def empty(self) -> bool:
        return not self.parts()


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    application_id: int
    interview_round: int | None  # None: about the application as a whole
    on: date
    text: JournalText
