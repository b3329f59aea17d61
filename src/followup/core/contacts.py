"""The values the contacts work passes around: plain, immutable, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from followup.core.model import Channel


@dataclass(frozen=True, slots=True)
class Card:
    """A person's details as read from a business card or typed in (C4, C5)."""

    name: str
    title: str | None = None
    company: str | None = None
    emails: tuple[str, ...] = ()  # the first is the one to write to
    phones: tuple[str, ...] = ()  # E.164 where the number could be read
    address: str | None = None  # one line, for people
    adr: tuple[str, ...] | None = None  # the seven vCard ADR parts, when known
    linkedin_url: str | None = None
    preferred_channel: Channel | None = None
    linkedin_ok: bool | None = None  # C5
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A part a contact played in an application: they interviewed, or set it up (C4, T6)."""

    application_id: int
    company: str
    role: str
    part: str  # interviewer | coordinator
    on: date
    status: str


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    card: Card
    created: str
    updated: str | None = None
    roles: tuple[Role, ...] = ()

    @property
    def name(self) -> str:
        return self.card.name


@dataclass(frozen=True, slots=True)
class Connection:
    """One row of LinkedIn's Connections.csv, as kept."""

    id: int
    first_name: str
    last_name: str
    url: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: date | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Problem:
    """A row or card that was skipped, or a detail that was dropped, and why."""

    line: int
    reason: str


@dataclass
class ImportReport:
    file: str
    format: str  # vcard | linkedin
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)  # contacts created or updated, in file order
    plans: int = 0  # live applications whose plan now offers the A2 step
    conflicts: list[Problem] = field(default_factory=list)  # cards matched on a weak key
    stripped: int = 0  # control characters removed from someone else's data


@dataclass(frozen=True, slots=True)
class Acquaintance:
    """Someone the candidate knows at an application's company (A2), with how sure the
    company match is (0-100)."""

    name: str
    company: str | None
    position: str | None
    score: float
    source: str  # linkedin | contact
    id: int
    email: str | None = None
    url: str | None = None
    connected_on: date | None = None
