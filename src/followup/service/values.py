"""What the application services take in and hand out, besides the model's own values:
plain, immutable values (core.model.Value), re-exported by the `service` package."""

from __future__ import annotations

from datetime import date, datetime

from followup.core.model import NO_TIMELINE, Person, Step, Timeline, Value, fill


class NewInterview(Value):
    """An interview as a user describes it, already parsed (see core.parse)."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "at", "tz", "interviewers", "coordinator", "timeline", "noted", "shared", "medium",
        "final")
    at: datetime
    tz: str
    interviewers: tuple[Person, ...]
    coordinator: Person | None
    timeline: Timeline
    noted: tuple[str, ...]  # what stood out: "Jane: the dbt migration"
    shared: str | None  # an address kept under another name: "merge", "new" or not said
    medium: str | None  # in_person, video or phone (--medium); None: not said
    final: bool  # the final round (--final)

    def __init__(self, at: datetime, tz: str, interviewers: tuple[Person, ...] = (),
                 coordinator: Person | None = None, timeline: Timeline = NO_TIMELINE,
                 noted: tuple[str, ...] = (), shared: str | None = None,
                 medium: str | None = None, final: bool = False) -> None:
        fill(self, at, tz, interviewers, coordinator, timeline, noted, shared, medium, final)


class Agenda(Value):
    """Today's steps as a person reads them: the late ones (past their latest day) first."""

    __slots__ = ("late", "due", "late_total", "due_total", "days")  # noqa: RUF023
    late: list[Step]
    due: list[Step]
    late_total: int
    due_total: int
    days: dict[int, date]  # application id -> the day it is in its plan's zone (issue 21)

    def __init__(self, late: list[Step], due: list[Step], late_total: int, due_total: int,
                 days: dict[int, date] | None = None) -> None:
        fill(self, late, due, late_total, due_total, days or {})


class Overview(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "id", "company", "role", "status", "playbook", "next_due", "next_kind", "next_latest",
        "last_contact", "days_since_contact",
    )
    id: int
    company: str
    role: str
    status: str
    playbook: str
    next_due: date | None
    next_kind: str | None
    next_latest: date | None
    last_contact: date | None
    days_since_contact: int | None

    def __init__(self, id: int, company: str, role: str, status: str, playbook: str,
                 next_due: date | None, next_kind: str | None, next_latest: date | None,
                 last_contact: date | None, days_since_contact: int | None) -> None:
        fill(self, id, company, role, status, playbook, next_due, next_kind, next_latest,
             last_contact, days_since_contact)
