"""Never a dead end, never a wrong channel (C4): a message planned for someone goes by a way
that reaches them, and the plan says why when it is not the usual one. Pure."""

from __future__ import annotations

from datetime import timedelta

from followup.core.calendar import BusinessCalendar
from followup.core.model import Channel, Person, PlannedStep, StepKind, replace


def late_note(step: PlannedStep, cal: BusinessCalendar) -> PlannedStep:
    """T2, T7: a thank-you missed is owed to that person. When no later touch reaches them,
    the step becomes one short late note, due the business day after its window."""
    due = cal.on_or_after(step.latest + timedelta(days=1))
    how = f" {step.via}, who set up the interview, can pass it on (T6)." if step.via else ""
    return replace(step, due=due, latest=cal.add_business_days(due, 2), rule="T7", why=(
        f"Your thank-you to {step.to[0]} did not go out in time, and no later message reaches "
        f"them: send one short, late note of thanks (T2, T7).{how}"))


def unreachable_thanks(person: Person, channel: Channel, by: str) -> tuple[Channel, str, str]:
    """A thank-you to someone with no address on the chosen channel and nobody to relay it
    (C4, T6): by phone when there is a number, else a posted letter by `by` (T3, T4). Never
    LinkedIn or a text message (T4). (channel, rule, why)."""
    if channel is Channel.EMAIL and person.phone:
        return Channel.PHONE, "T4", (
            f"You have no email address for {person.name} and nobody to pass a note on, but "
            "you have their number: call to say thank you within 24 hours (T4, C4).")
    return Channel.LETTER, "T3", (
        f"You have no email address for {person.name} and nobody to pass a note on: write a "
        f"letter to them at the company and post it by {by}; fill in the address from their "
        "card or the company's site (T3, C4).")


def reachable(person: Person | None, via: str | None, kind: StepKind, channel: Channel,
              why: str, call_left: bool) -> tuple[StepKind, Channel, str]:
    """A later touch by email to someone without an address (C4): a call when there is a
    number and a call is left (F9), LinkedIn when they accept it (C5), else a posted letter.
    Anything else is left as it is."""
    if channel is not Channel.EMAIL or person is None or person.email or via is not None:
        return kind, channel, why
    who = person.name
    if person.phone and call_left:
        return StepKind.CALL, Channel.PHONE, why + (
            f" You have no email address for {who}, but a number: call instead, and leave a "
            "brief voicemail if nobody answers (C4, F9, M4).")
    if person.linkedin_ok:
        return kind, Channel.LINKEDIN, why + (
            f" You have no email address for {who}; they accept LinkedIn messages, so send "
            "it there (C4, C5).")
    return kind, Channel.LETTER, why + (
        f" You have no email address for {who} and nobody to pass it on: send it as a letter "
        "to them at the company, or record their address (followup interviewer ID --email) "
        "to email it (C4).")
