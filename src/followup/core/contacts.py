"""The values the contacts work passes around: plain, immutable, no I/O.

Slotted classes like the model's (core.model.Value), not dataclasses: `network ID` and the
contacts commands load this module, and `dataclasses` alone costs ~13 ms to import.
"""

from __future__ import annotations

from datetime import date

from followup.core.model import Channel, Value, fill


class Card(Value):
    """A person's details as read from a business card or typed in (C4, C5)."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "name", "title", "company", "emails", "phones", "address", "adr", "linkedin_url",
        "preferred_channel", "linkedin_ok", "notes",
    )
    name: str
    title: str | None
    company: str | None
    emails: tuple[str, ...]  # the first is the one to write to
    phones: tuple[str, ...]  # E.164 where the number could be read
    address: str | None  # one line, for people
    adr: tuple[str, ...] | None  # the seven vCard ADR parts, when known
    linkedin_url: str | None
    preferred_channel: Channel | None
    linkedin_ok: bool | None  # C5
    notes: str | None

    def __init__(self, name: str, title: str | None = None, company: str | None = None,
                 emails: tuple[str, ...] = (), phones: tuple[str, ...] = (),
                 address: str | None = None, adr: tuple[str, ...] | None = None,
                 linkedin_url: str | None = None, preferred_channel: Channel | None = None,
                 linkedin_ok: bool | None = None, notes: str | None = None) -> None:
        fill(self, name, title, company, emails, phones, address, adr, linkedin_url,
             preferred_channel, linkedin_ok, notes)


class Role(Value):
    """A part a contact played in an application: they interviewed, or set it up (C4, T6)."""

    __slots__ = ("application_id", "company", "role", "part", "on", "status")  # noqa: RUF023
    application_id: int
    company: str
    role: str
    part: str  # interviewer | coordinator
    on: date
    status: str

    def __init__(self, application_id: int, company: str, role: str, part: str, on: date,
                 status: str) -> None:
        fill(self, application_id, company, role, part, on, status)


class Contact(Value):
    __slots__ = ("id", "card", "created", "updated", "roles")  # noqa: RUF023 (as __init__)
    id: int
    card: Card
    created: str
    updated: str | None
    roles: tuple[Role, ...]

    def __init__(self, id: int, card: Card, created: str, updated: str | None = None,
                 roles: tuple[Role, ...] = ()) -> None:
        fill(self, id, card, created, updated, roles)

    @property
    def name(self) -> str:
        return self.card.name


class Connection(Value):
    """One row of LinkedIn's Connections.csv, as kept."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "id", "first_name", "last_name", "url", "email", "company", "position", "connected_on",
    )
    id: int
    first_name: str
    last_name: str
    url: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: date | None

    def __init__(self, id: int, first_name: str, last_name: str, url: str | None,
                 email: str | None, company: str | None, position: str | None,
                 connected_on: date | None) -> None:
        fill(self, id, first_name, last_name, url, email, company, position, connected_on)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Problem(Value):
    """A row or card that was skipped, or a detail that was dropped, and why."""

    __slots__ = ("line", "reason")
    line: int
    reason: str

    def __init__(self, line: int, reason: str) -> None:
        fill(self, line, reason)


class ImportReport:
    """What an import did, filled in as it goes (the one mutable value here)."""

    def __init__(self, file: str, format: str, imported: int = 0, updated: int = 0,
                 unchanged: int = 0, skipped: list[Problem] | None = None,
                 warnings: list[Problem] | None = None, ids: list[int] | None = None,
                 plans: int = 0, conflicts: list[Problem] | None = None, stripped: int = 0
                 ) -> None:
        self.file = file
        self.format = format  # vcard | linkedin
        self.imported = imported
        self.updated = updated
        self.unchanged = unchanged
        self.skipped: list[Problem] = [] if skipped is None else skipped
        self.warnings: list[Problem] = [] if warnings is None else warnings
        self.ids: list[int] = [] if ids is None else ids  # created or updated, in file order
        self.plans = plans  # live applications whose plan now offers the A2 step
        self.conflicts: list[Problem] = [] if conflicts is None else conflicts  # weak key
        self.stripped = stripped  # control characters removed from someone else's data

    def __repr__(self) -> str:
        return f"ImportReport({self.__dict__!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was


class Acquaintance(Value):
    """Someone the candidate knows at an application's company (A2), with how sure the
    company match is (0-100)."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "name", "company", "position", "score", "source", "id", "email", "url", "connected_on",
    )
    name: str
    company: str | None
    position: str | None
    score: float
    source: str  # linkedin | contact
    id: int
    email: str | None
    url: str | None
    connected_on: date | None

    def __init__(self, name: str, company: str | None, position: str | None, score: float,
                 source: str, id: int, email: str | None = None, url: str | None = None,
                 connected_on: date | None = None) -> None:
        fill(self, name, company, position, score, source, id, email, url, connected_on)
