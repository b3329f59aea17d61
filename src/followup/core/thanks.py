"""A thank-you to one interviewer, and the real-time window of any step: pure, used by the
planner (core/planner.py) and by what is next (core/upnext.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from followup.core.calendar import after_hours
from followup.core.model import (
    THANK_YOU_CHANNELS,
    Channel,
    Interview,
    Person,
    Phase,
    PlannedStep,
    StepKind,
    Timeline,
)
from followup.core.reach import unreachable_thanks
from followup.core.when import day_starts


def fmt(day: date) -> str:
    return f"{day:%a} {day.isoformat()}"


def bounds(kind: StepKind, channel: Channel, due: date, latest: date, phase: Phase
            ) -> tuple[datetime, datetime]:
    opens = day_starts(due, phase.tz)
    closes = day_starts(latest + timedelta(days=1), phase.tz)
    iv = phase.interview
    if kind is StepKind.THANK_YOU and iv is not None:
        hours = 48 if channel is Channel.LETTER else 24
        opens = max(opens, iv.at.astimezone(UTC))  # listed from the interview on
        closes = min(closes, (iv.at + timedelta(hours=hours)).astimezone(UTC))
    return opens, closes


def thank_you(phase: Phase, tl: Timeline, iv: Interview, person: Person | None, index: int,
              soon: bool, key: Callable[[str], str]) -> PlannedStep:
    """One interviewer's thank-you (T1-T6): its channel (their preference, else what was
    agreed), its window (24 hours; 48 for a letter, T3; the same day when they decide the
next, F11), and who passes it on when there is no address (T6, C4)."""
    coordinator = iv.coordinator
    name = person.name if person else (coordinator.name if coordinator else "your interviewer")
    rule, channel = "T2", Channel.EMAIL
    if person and person.preferred_channel in THANK_YOU_CHANNELS:
        assert person.preferred_channel is not None
        channel, rule = person.preferred_channel, "T4"
    elif tl.thank_you_by is not None:
        channel = tl.thank_you_by
        rule = {Channel.LETTER: "T3", Channel.EMAIL: "T2"}.get(channel, "T4")
    hours = 48 if channel is Channel.LETTER else 24
    latest = after_hours(iv.at, hours)
    due = iv.day
    if channel is Channel.LETTER:
        why = (f"A handwritten note stands out: write to {name} and post it no later than "
               f"{fmt(latest)}, 48 hours after the interview (T3).")
    elif channel is Channel.PHONE:
        why = f"{name} prefers the phone, so call to say thank you within 24 hours (T4)."
    else:
        why = (f"Email {name} a short, separate thank-you today, within 24 hours of the "
               "interview (T1, T2).")
        if rule == "T4":
            why = f"{name} prefers email: send a short, separate thank-you today (T4, T2)."
    if soon and channel is Channel.LETTER:
        channel, rule, latest = Channel.EMAIL, "T3", due
        why = (f"They decide by {fmt(tl.decision_by or due)}: no time for the post, so "
               f"email {name} as soon as you can today (T3, F11).")
    elif soon and channel is Channel.PHONE:
        rule, latest = "F11", due
        why = (f"They decide by {fmt(tl.decision_by or due)}: call {name} today to say "
               "thank you, as they prefer (F11, T4).")
    elif soon:
        rule, latest = "F11", due
        why = (f"They decide by {fmt(tl.decision_by or due)}: email {name} your thank-you "
               "as soon as you get home (F11, T2).")
    via = None
    needs_address = (channel is Channel.EMAIL and not (person and person.email)) or (
        channel is Channel.PHONE and not (person and person.phone)
    )
    if person is None and coordinator is not None:
        rule = "T6"
        why = (f"No interviewer recorded: thank the team through {coordinator.name}, who "
               "set up the interview (T6).")
    elif person is not None and needs_address and coordinator is not None:
        via, rule = coordinator.name, "T6"
        why = (f"You have no address for {name}: ask {coordinator.name}, who set up the "
               "interview, to pass your thank-you on today (T6).")
    elif person is not None and needs_address and channel is Channel.EMAIL:
        channel, rule, why = unreachable_thanks(person, channel, fmt(latest),
                                                phase.company_missing)
    elif person is not None and needs_address and channel is not Channel.LETTER:
        why += " You have no number for them yet: ask the company for one (C4)."
    if tl.needs:
        why += f" Include what they asked for: {tl.needs} (C6)."
    ident = person.id if person and person.id is not None else f"n{index}"
    opens, closes = bounds(StepKind.THANK_YOU, channel, due, max(due, latest), phase)
    return PlannedStep(
        key=key(f"thank_you:{ident}"), kind=StepKind.THANK_YOU, channel=channel,
        to=(name,), due=due, latest=max(due, latest), rule=rule, why=why, touch=1, via=via,
        opens=opens, closes=closes,
    )
