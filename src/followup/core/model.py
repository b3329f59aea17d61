"""Domain types of followup: plain, immutable values with no I/O.

Everything the planner needs arrives in these types; everything it decides leaves in them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.core.journal import JournalEntry


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in_person"
    LINKEDIN = "linkedin"
    NONE = "none"


# T4: a thank-you (and any follow-up) never goes by text message or social media.
REFUSED_CHANNELS = frozenset(
    {
        "text", "sms", "mms", "txt", "whatsapp", "imessage", "telegram", "signal",
        "social", "social_media", "facebook", "instagram", "twitter", "x", "tiktok", "dm",
    }
)
THANK_YOU_CHANNELS = (Channel.EMAIL, Channel.LETTER, Channel.PHONE)
FOLLOW_UP_CHANNELS = (Channel.EMAIL, Channel.PHONE, Channel.LETTER, Channel.IN_PERSON)


class StepKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    CALL = "call"
    NETWORK = "network"
    CLOSE = "close"


class StepStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"
    MISSED = "missed"  # a thank-you whose window (T2, T3) passed unsent: the next touch thanks


# A step that was carried out or left out: the plan is anchored on it (F1).
SETTLED = frozenset({StepStatus.DONE, StepStatus.SKIPPED})
# A step the plan still holds: to do, or a thank-you that can still be marked sent late.
OPEN = frozenset({StepStatus.PENDING, StepStatus.MISSED})


class AppStatus(StrEnum):
    ACTIVE = "active"
    RESPONDED = "responded"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


LIVE = (AppStatus.ACTIVE, AppStatus.RESPONDED)  # a plan runs for these


class EventKind(StrEnum):
    """What the employer or the candidate did (F12, A3), plus the tool's own bookkeeping."""

    REPLY = "reply"
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"
    REOPENED = "reopened"
    CLOSED = "closed"


# The events a user may log with `followup log` (CONTRACT.md).
LOGGABLE_EVENTS = (EventKind.REPLY, EventKind.REJECTED, EventKind.OFFER, EventKind.WITHDRAWN)
EVENT_STATUS = {
    EventKind.REPLY: AppStatus.RESPONDED,
    EventKind.REJECTED: AppStatus.REJECTED,
    EventKind.OFFER: AppStatus.OFFER,
    EventKind.WITHDRAWN: AppStatus.WITHDRAWN,
    EventKind.REOPENED: AppStatus.ACTIVE,
    EventKind.CLOSED: AppStatus.CLOSED,
}


@dataclass(frozen=True, slots=True)
class Person:
    """An interviewer or a coordinator (C4): whoever a step reaches."""

    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    preferred_channel: Channel | None = None
    linkedin_ok: bool | None = None  # C5
    id: int | None = None
    greeting: str | None = None  # how drafts greet them, when the guess from the name is wrong
    address: str | None = None  # postal address for a letter (T3), lines joined by "\n"
    noted: str | None = None  # what stood out in the conversation with them (this interview)

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone or self.preferred_channel)


Interviewer = Person


@dataclass(frozen=True, slots=True)
class Timeline:
    """What the candidate learnt at the end of an interview or from a reply (C1-C3, C6, C7)."""

    decision_by: date | None = None  # C1, F5
    note: str | None = None  # C1: their words about next steps
    all_contacted: bool | None = None  # C2
    follow_up_on: date | None = None  # C3, F6: an agreed date
    call_in: int | None = None  # C3, F6: "call me in N days"
    follow_up_by: Channel | None = None  # C3: the agreed channel
    thank_you_by: Channel | None = None  # T3, T4
    fit: bool = True  # C7
    needs: str | None = None  # C6: what they asked the candidate to send

    @property
    def agreed(self) -> bool:
        return self.follow_up_on is not None or self.call_in is not None


@dataclass(frozen=True, slots=True)
class Interview:
    at: datetime  # aware, in the interview's zone
    tz: str
    interviewers: tuple[Person, ...] = ()
    coordinator: Person | None = None
    round: int = 1
    id: int | None = None
    timeline: Timeline = field(default_factory=lambda: Timeline())
    recorded: date | None = None  # the day it was entered into followup
    noted: str | None = None  # what stood out, not tied to one interviewer
    location: str | None = None  # where, as the invitation said (issue 15)
    video: str | None = None  # the video link of the invitation

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True, slots=True)
class Phase:
    """One stretch of the process that gets its own plan.

    An interview starts one (with thank-yous); so does a reply that gave a new date, or a
    reopening (F12, A3), anchored on the day it happened and without thank-yous.
    """

    key: str
    start: date
    tz: str
    timeline: Timeline
    interview: Interview | None = None
    contact: Person | None = None  # who later touches reach when there is no interview
    kind: str = "interview"  # interview | reply | reopen
    recorded: date | None = None  # the day it was entered: no later touch is due before it


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of an already planned step: the planner re-anchors on it (F1).

    A pending step may carry a snooze: the candidate put it off `until` a day, for `reason`.
    """

    status: StepStatus
    on: date | None = None
    until: date | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PlannedStep:
    key: str
    kind: StepKind
    channel: Channel
    to: tuple[str, ...]
    due: date
    latest: date
    rule: str
    why: str
    touch: int = 0
    via: str | None = None
    projected: bool = False  # its day assumes the touch before it is made on time
    missed: bool = False  # a thank-you whose window passed unsent


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning or a reminder attached to a plan, with the rule behind it."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Plan:
    steps: tuple[PlannedStep, ...]
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    title: str
    source: str
    shape: str
    rules: tuple[str, ...]
    max_touches: int = 4  # F8: the thank-you counts as the first touch (T7)
    max_calls: int = 2  # F9
    period_days: int | None = None  # F8: a fixed window, for two-weeks
    requires: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Step:
    """A planned step as stored: a PlannedStep with its id, status and the day it was done."""

    id: int
    application_id: int
    key: str
    kind: StepKind
    channel: Channel
    to: tuple[str, ...]
    due: date
    latest: date
    status: StepStatus
    rule: str
    why: str
    touch: int = 0
    via: str | None = None
    done_on: date | None = None
    company: str = ""
    projected: bool = False
    snoozed_until: date | None = None
    snooze_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    kind: EventKind
    on: date
    note: str | None = None
    timeline: Timeline | None = None
    recorded: date | None = None  # the day it was entered into followup


@dataclass(frozen=True, slots=True)
class Application:
    id: int
    company: str
    role: str
    status: AppStatus
    playbook: str
    holidays: str | None
    phase: str
    created: date
    interviews: tuple[Interview, ...] = ()
    events: tuple[Event, ...] = ()
    steps: tuple[Step, ...] = ()
    notices: tuple[Notice, ...] = ()
    notes: str | None = None
    journal: tuple[JournalEntry, ...] = ()  # A4: the candidate's notes and retros
    holidays_from: str | None = None  # zone, setting, option; None: as given before it was kept

    @property
    def pending(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.status is StepStatus.PENDING)

    @property
    def decision_by(self) -> date | None:
        """The employer's current decision date (C1, F5): the newest one given in this round,
        at the interview or in a reply since (F12)."""
        if not self.interviews:
            return None
        latest = self.interviews[-1]
        found = latest.timeline.decision_by
        for e in self.events:
            if e.on >= latest.day and e.timeline is not None and e.timeline.decision_by:
                found = e.timeline.decision_by
        return found
