"""The work-search record: every contact with an employer in a period, a row each.

Unemployment offices ask a claimant for a weekly log of their search (in most US states: the
date, the employer, its address or website, the person contacted and how, the position and
the result). followup already knows each of these from the plan, so the record is worked out,
not typed again. Only what may be shown to an office or an employer goes in: names, roles,
companies, dates, channels and outcomes; never a note, a reason or the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Free mailboxes say nothing of the employer's website.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de",
    "web.de", "mail.com", "yandex.ru", "qq.com", "163.com",
})
# How a step reached the employer, in the words a claim form uses.
HOW = {"email": "Email", "phone": "Phone", "letter": "Mail (letter)",
       "in_person": "In person", "linkedin": "LinkedIn"}
MEDIUM = {"in_person": "In person", "video": "Video call", "phone": "Phone"}
# What a step was, by its kind.
WHAT = {"thank_you": "Thank-you note", "follow_up": "Follow-up", "call": "Follow-up call"}
# What an event of the employer's (or the candidate's) says of the application.
EVENT_WHAT = {"reply": "Reply from the employer", "rejected": "Told: not selected",
              "offer": "Offer received", "withdrawn": "Withdrew from the process"}
# The application's state on the last day of the period, as a result.
RESULT = {"active": "Awaiting a decision", "responded": "In contact; awaiting a decision",
          "rejected": "Not selected", "offer": "Offer received", "withdrawn": "Withdrew",
          "closed": "No answer; moved on"}
# The events that change an application's state (core.model.EVENT_STATUS, by name).
STATE_OF_EVENT = {"reply": "responded", "rejected": "rejected", "offer": "offer",
                  "withdrawn": "withdrawn", "reopened": "active", "closed": "closed"}


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None = None
    address: str | None = None  # a postal address, one line


@dataclass(frozen=True)
class Touch:
    """One contact as the store knows it (plain facts; no notes)."""

    on: date
    app_id: int
    company: str
    role: str
    kind: str  # interview, thank_you, follow_up, call, or an event's kind
    channel: str  # a step's channel; an interview's medium ("" when not said)
    people: tuple[Person, ...]
    via: str | None = None  # relayed through this person (T6)
    round: int = 0


@dataclass(frozen=True)
class Contact:
    """One row of the record."""

    on: date
    employer: str
    where: str  # postal address or website, "" when unknown
    person: str
    how: str
    position: str
    activity: str
    result: str


@dataclass(frozen=True)
class Week:
    start: date
    end: date
    rows: tuple[Contact, ...]


@dataclass(frozen=True)
class Record:
    start: date
    end: date
    first_weekday: str
    weeks: tuple[Week, ...]

    @property
    def rows(self) -> tuple[Contact, ...]:
        return tuple(r for w in self.weeks for r in w.rows)


def week_of(day: date, first_weekday: str) -> date:
    """The first day of the week holding `day`, weeks starting on `first_weekday`."""
    first = WEEKDAYS.index(first_weekday)
    return day - timedelta(days=(day.weekday() - first) % 7)


def state_on(events: list[tuple[date, str]], day: date, now_status: str) -> str:
    """An application's state at the end of `day`, from its dated events (oldest first).

    With no event at all, the status kept now stands (a file imported from another tracker)."""
    if not events:
        return now_status if now_status in RESULT else "active"
    state = "active"
    for on, kind in events:
        if on > day:
            break
        state = STATE_OF_EVENT.get(kind, state)
    return state


def where(people: tuple[Person, ...]) -> str:
    """The employer's postal address when one of its people has one, else its website as
    their mail domain says (free mailboxes aside)."""
    for p in people:
        if p.address and p.address.strip():
            return " ".join(p.address.split())
    for p in people:
        if p.email and "@" in p.email:
            domain = p.email.rsplit("@", 1)[1].strip().lower()
            if domain and domain not in FREE_MAIL:
                return domain
    return ""


def _person(touch: Touch) -> str:
    names = ", ".join(p.name for p in touch.people if p.name.strip())
    if touch.via:
        return f"{names} (through {touch.via})" if names else touch.via
    return names


def _how(touch: Touch) -> str:
    if touch.kind == "interview":
        return MEDIUM.get(touch.channel, "Interview")
    if touch.kind in EVENT_WHAT:
        return "Email or phone"
    return HOW.get(touch.channel, touch.channel.replace("_", " ").capitalize())


def _activity(touch: Touch) -> str:
    if touch.kind == "interview":
        return "Interview" if touch.round <= 1 else f"Interview (round {touch.round})"
    return WHAT.get(touch.kind) or EVENT_WHAT.get(touch.kind, touch.kind)


def record(touches: list[Touch], states: dict[int, str], employer_people: dict[int, tuple[
        Person, ...]], start: date, end: date, first_weekday: str = "sunday") -> Record:
    """The record of `start`..`end` (both included), grouped by week, every week shown.

    `states` holds each application's state at the end of the period (state_on);
    `employer_people` everyone known at each application, for its address or website."""
    if first_weekday not in WEEKDAYS:
        raise ValueError(first_weekday)
    rows = sorted(
        (Contact(
            on=t.on, employer=t.company, where=where(employer_people.get(t.app_id, ())),
            person=_person(t), how=_how(t), position=t.role, activity=_activity(t),
            result=RESULT.get(states.get(t.app_id, "active"), "Awaiting a decision"))
         for t in touches if start <= t.on <= end),
        key=lambda c: (c.on, c.employer.casefold(), c.activity))
    weeks: list[Week] = []
    day = week_of(start, first_weekday)
    while day <= end:
        last = day + timedelta(days=6)
        weeks.append(Week(start=max(day, start), end=min(last, end),
                          rows=tuple(r for r in rows if day <= r.on <= last)))
        day = last + timedelta(days=1)
    return Record(start=start, end=end, first_weekday=first_weekday, weeks=tuple(weeks))
