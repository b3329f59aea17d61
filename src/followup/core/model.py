"""Domain types of followup: plain, immutable values with no I/O.

Everything the planner needs arrives in these types; everything it decides leaves in them.

The values are plain classes with `__slots__` rather than dataclasses: making fourteen frozen
dataclasses took ~17 ms at every start, and importing `dataclasses` (it loads `inspect`)
~13 ms more, a third of what `show` may cost in all. They behave as the dataclasses did
(keyword or positional construction, equality and hash by fields, the same repr, frozen), and
`dataclasses.replace`, `fields` and `is_dataclass` still work on them (see `Value`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from operator import attrgetter

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from dataclasses import Field
    from typing import Any, ClassVar, NoReturn, TypeVar

    from followup.core.journal import JournalEntry

    V = TypeVar("V", bound="Value")


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


class _DataclassFields:
    """What `dataclasses` reads to know a dataclass (`is_dataclass`, `fields`, `replace`,
    `asdict`), made on first use from a twin dataclass of the same fields; so code that
    takes the model for dataclasses keeps working, and only that code imports them."""

    def __get__(self, obj: object, cls: type[Value]) -> dict[str, Field[Any]]:
        if cls is Value:
            raise AttributeError("__dataclass_fields__")
        import dataclasses

        twin: Any = dataclasses.make_dataclass(cls.__name__, cls.__slots__, frozen=True)
        found: dict[str, Field[Any]] = twin.__dataclass_fields__
        type.__setattr__(cls, "__dataclass_fields__", found)  # kept on the class
        return found


def fill(value: Value, *fields: object) -> None:
    """Set a new value's fields, given in the order of its `__slots__`."""
    for name, field in zip(value.__slots__, fields, strict=True):
        object.__setattr__(value, name, field)


class Value:
    """An immutable value: built by keyword or position, equal and hashed by its fields in
    the order of `__slots__` (which is also the order of `__init__`'s parameters)."""

    __slots__: tuple[str, ...] = ()
    if TYPE_CHECKING:
        __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
        _fields: ClassVar[Any]
    else:
        __dataclass_fields__ = _DataclassFields()

    def __init_subclass__(cls) -> None:
        names = cls.__slots__
        if len(names) > 1:
            cls._fields = attrgetter(*names)  # the fields as a tuple, in order
        else:  # attrgetter of one name gives the value itself, not a tuple
            cls._fields = staticmethod(lambda value: tuple(getattr(value, n) for n in names))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._fields(self) == self._fields(other))

    def __hash__(self) -> int:
        return hash(self._fields(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> NoReturn:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Value], tuple[object, ...]]:
        return self.__class__, self._fields(self)  # copy and pickle build it anew


def replace(value: V, **changes: object) -> V:
    """`value` with some fields changed, as `dataclasses.replace` does."""
    fields = dict(zip(value.__slots__, value._fields(value), strict=True))
    fields.update(changes)
    return value.__class__(**fields)


class Person(Value):
    """An interviewer or a coordinator (C4): whoever a step reaches."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "name", "email", "phone", "title", "preferred_channel", "linkedin_ok", "id", "greeting",
        "address", "noted",
    )
    name: str
    email: str | None
    phone: str | None
    title: str | None
    preferred_channel: Channel | None
    linkedin_ok: bool | None  # C5
    id: int | None
    greeting: str | None  # how drafts greet them, when the guess from the name is wrong
    address: str | None  # postal address for a letter (T3), lines joined by "\n"
    noted: str | None  # what stood out in the conversation with them (this interview)

    def __init__(self, name: str, email: str | None = None, phone: str | None = None,
                 title: str | None = None, preferred_channel: Channel | None = None,
                 linkedin_ok: bool | None = None, id: int | None = None,
                 greeting: str | None = None, address: str | None = None,
                 noted: str | None = None) -> None:
        fill(self, name, email, phone, title, preferred_channel, linkedin_ok, id, greeting,
              address, noted)

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone or self.preferred_channel)


Interviewer = Person


class Timeline(Value):
    """What the candidate learnt at the end of an interview or from a reply (C1-C3, C6, C7)."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "decision_by", "note", "all_contacted", "follow_up_on", "call_in", "follow_up_by",
        "thank_you_by", "fit", "needs",
    )
    decision_by: date | None  # C1, F5
    note: str | None  # C1: their words about next steps
    all_contacted: bool | None  # C2
    follow_up_on: date | None  # C3, F6: an agreed date
    call_in: int | None  # C3, F6: "call me in N days"
    follow_up_by: Channel | None  # C3: the agreed channel
    thank_you_by: Channel | None  # T3, T4
    fit: bool  # C7
    needs: str | None  # C6: what they asked the candidate to send

    def __init__(self, decision_by: date | None = None, note: str | None = None,
                 all_contacted: bool | None = None, follow_up_on: date | None = None,
                 call_in: int | None = None, follow_up_by: Channel | None = None,
                 thank_you_by: Channel | None = None, fit: bool = True,
                 needs: str | None = None) -> None:
        fill(self, decision_by, note, all_contacted, follow_up_on, call_in, follow_up_by,
              thank_you_by, fit, needs)

    @property
    def agreed(self) -> bool:
        return self.follow_up_on is not None or self.call_in is not None


NO_TIMELINE = Timeline()  # nothing learnt (a value: one instance serves every default)


class Interview(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "at", "tz", "interviewers", "coordinator", "round", "id", "timeline", "recorded", "noted",
        "location", "video", "medium", "final", "cancelled",
    )
    at: datetime  # aware, in the interview's zone
    tz: str
    interviewers: tuple[Person, ...]
    coordinator: Person | None
    round: int
    id: int | None
    timeline: Timeline
    recorded: date | None  # the day it was entered into followup
    noted: str | None  # what stood out, not tied to one interviewer
    location: str | None  # where, as the invitation said
    video: str | None  # the video link of the invitation
    medium: str | None  # in_person, video or phone as recorded (--medium); None: not said
    final: bool  # the final round (--final)
    cancelled: bool  # the employer cancelled it (its invitation): it never took place

    def __init__(self, at: datetime, tz: str, interviewers: tuple[Person, ...] = (),
                 coordinator: Person | None = None, round: int = 1, id: int | None = None,
                 timeline: Timeline = NO_TIMELINE, recorded: date | None = None,
                 noted: str | None = None, location: str | None = None,
                 video: str | None = None, medium: str | None = None,
                 final: bool = False, cancelled: bool = False) -> None:
        fill(self, at, tz, interviewers, coordinator, round, id, timeline, recorded, noted,
              location, video, medium, final, cancelled)

    @property
    def day(self) -> date:
        return self.at.date()


class Phase(Value):
    """One stretch of the process that gets its own plan.

    An interview starts one (with thank-yous); so does a reply that gave a new date, or a
    reopening (F12, A3), anchored on the day it happened and without thank-yous.
    """

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "key", "start", "tz", "timeline", "interview", "contact", "kind", "recorded", "owed",
        "coordinator", "company_missing",
    )
    key: str
    start: date
    tz: str
    timeline: Timeline
    interview: Interview | None
    contact: Person | None  # who later touches reach when there is no interview
    kind: str  # interview | reply | reopen
    recorded: date | None  # the day it was entered: no later touch is due before it
    owed: tuple[Person, ...]  # T7: interviewers never thanked when a reply or reopening came
    coordinator: Person | None  # T6: who can pass a note on to someone with no address
    # C4: the command that gives the company when it is unknown (no letter "at the company"
    # then); None: known
    company_missing: str | None

    def __init__(self, key: str, start: date, tz: str, timeline: Timeline,
                 interview: Interview | None = None, contact: Person | None = None,
                 kind: str = "interview", recorded: date | None = None,
                 owed: tuple[Person, ...] = (), coordinator: Person | None = None,
                 company_missing: str | None = None) -> None:
        fill(self, key, start, tz, timeline, interview, contact, kind, recorded, owed,
             coordinator, company_missing)


class Outcome(Value):
    """What became of an already planned step: the planner re-anchors on it (F1).

    A pending step may carry a snooze: the candidate put it off `until` a day, for `reason`.
    """

    __slots__ = ("status", "on", "until", "reason")  # noqa: RUF023 (the order of __init__)
    status: StepStatus
    on: date | None
    until: date | None
    reason: str

    def __init__(self, status: StepStatus, on: date | None = None, until: date | None = None,
                 reason: str = "") -> None:
        fill(self, status, on, until, reason)


class PlannedStep(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "key", "kind", "channel", "to", "due", "latest", "rule", "why", "touch", "via",
        "projected", "missed", "opens", "closes",
    )
    key: str
    kind: StepKind
    channel: Channel
    to: tuple[str, ...]
    due: date
    latest: date
    rule: str
    why: str
    touch: int
    via: str | None
    projected: bool  # its day assumes the touch before it is made on time
    missed: bool  # a thank-you whose window passed unsent
    # Its window in real time (aware, UTC), set by the planner: from the start of `due` to
    # the end of `latest` in the interview's zone; a thank-you's from the interview to 24
    # (a letter: 48) hours later (T2, T3). None: not worked out (a step made by hand).
    opens: datetime | None
    closes: datetime | None

    def __init__(self, key: str, kind: StepKind, channel: Channel, to: tuple[str, ...],
                 due: date, latest: date, rule: str, why: str, touch: int = 0,
                 via: str | None = None, projected: bool = False, missed: bool = False,
                 opens: datetime | None = None, closes: datetime | None = None) -> None:
        fill(self, key, kind, channel, to, due, latest, rule, why, touch, via, projected,
              missed, opens, closes)


class Notice(Value):
    """A warning or a reminder attached to a plan, with the rule behind it."""

    __slots__ = ("rule", "text")
    rule: str
    text: str

    def __init__(self, rule: str, text: str) -> None:
        fill(self, rule, text)


class Plan(Value):
    __slots__ = ("steps", "notices")  # noqa: RUF023 (the order of __init__)
    steps: tuple[PlannedStep, ...]
    notices: tuple[Notice, ...]

    def __init__(self, steps: tuple[PlannedStep, ...], notices: tuple[Notice, ...] = ()
                 ) -> None:
        fill(self, steps, notices)


class Playbook(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "name", "title", "source", "shape", "rules", "max_touches", "max_calls", "period_days",
        "requires",
    )
    name: str
    title: str
    source: str
    shape: str
    rules: tuple[str, ...]
    max_touches: int  # F8: the thank-you counts as the first touch (T7)
    max_calls: int  # F9
    period_days: int | None  # F8: a fixed window, for two-weeks
    requires: tuple[str, ...]

    def __init__(self, name: str, title: str, source: str, shape: str, rules: tuple[str, ...],
                 max_touches: int = 4, max_calls: int = 2, period_days: int | None = None,
                 requires: tuple[str, ...] = ()) -> None:
        fill(self, name, title, source, shape, rules, max_touches, max_calls, period_days,
              requires)


class Step(Value):
    """A planned step as stored: a PlannedStep with its id, status and the day it was done."""

    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "id", "application_id", "key", "kind", "channel", "to", "due", "latest", "status", "rule",
        "why", "touch", "via", "done_on", "company", "projected", "snoozed_until", "snooze_reason",
    )
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
    touch: int
    via: str | None
    done_on: date | None
    company: str
    projected: bool
    snoozed_until: date | None
    snooze_reason: str | None

    def __init__(self, id: int, application_id: int, key: str, kind: StepKind,
                 channel: Channel, to: tuple[str, ...], due: date, latest: date,
                 status: StepStatus, rule: str, why: str, touch: int = 0,
                 via: str | None = None, done_on: date | None = None, company: str = "",
                 projected: bool = False, snoozed_until: date | None = None,
                 snooze_reason: str | None = None) -> None:
        fill(self, id, application_id, key, kind, channel, to, due, latest, status, rule,
              why, touch, via, done_on, company, projected, snoozed_until, snooze_reason)


class Event(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "id", "kind", "on", "note", "timeline", "recorded",
    )
    id: int
    kind: EventKind
    on: date
    note: str | None
    timeline: Timeline | None
    recorded: date | None  # the day it was entered into followup

    def __init__(self, id: int, kind: EventKind, on: date, note: str | None = None,
                 timeline: Timeline | None = None, recorded: date | None = None) -> None:
        fill(self, id, kind, on, note, timeline, recorded)


class Application(Value):
    __slots__ = (  # noqa: RUF023 (the order of __init__)
        "id", "company", "role", "status", "playbook", "holidays", "phase", "created",
        "interviews", "events", "steps", "notices", "notes", "journal", "holidays_from",
    )
    id: int
    company: str
    role: str
    status: AppStatus
    playbook: str
    holidays: str | None
    phase: str
    created: date
    interviews: tuple[Interview, ...]
    events: tuple[Event, ...]
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]
    notes: str | None
    journal: tuple[JournalEntry, ...]  # A4: the candidate's notes and retros
    holidays_from: str | None  # zone, setting, option; None: as given before it was kept

    def __init__(self, id: int, company: str, role: str, status: AppStatus, playbook: str,
                 holidays: str | None, phase: str, created: date,
                 interviews: tuple[Interview, ...] = (), events: tuple[Event, ...] = (),
                 steps: tuple[Step, ...] = (), notices: tuple[Notice, ...] = (),
                 notes: str | None = None, journal: tuple[JournalEntry, ...] = (),
                 holidays_from: str | None = None) -> None:
        fill(self, id, company, role, status, playbook, holidays, phase, created, interviews,
              events, steps, notices, notes, journal, holidays_from)

    @property
    def pending(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.status is StepStatus.PENDING)

    @property
    def decision_by(self) -> date | None:
        """The employer's current decision date (C1, F5): the newest one given in the latest
        round, at the interview or in a reply since (F12)."""
        return self.decided_by(self.interviews[-1]) if self.interviews else None

    def decided_by(self, iv: Interview) -> date | None:
        """A round's decision date as it stands, derived from the facts: the one given at
        the interview, then each one a reply of that round gave (F12), in order. What each
        said stays with it, dated (the interview's timeline, the reply's event)."""
        later = [i.day for i in self.interviews if i.day > iv.day or (
            i.day == iv.day and (i.id or 0) > (iv.id or 0))]
        found = iv.timeline.decision_by
        for e in self.events:
            if e.on < iv.day or (later and e.on >= min(later)):
                continue  # another round's
            if e.kind is EventKind.REOPENED:  # A3: a fresh start
                found = e.timeline.decision_by if e.timeline is not None else None
            elif e.timeline is not None and e.timeline.decision_by:
                found = e.timeline.decision_by
        return found
