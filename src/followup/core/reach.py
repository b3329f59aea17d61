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


def nowhere(person: Person, company_missing: str | None) -> str | None:
    """C4: a letter needs somewhere to go: the person's postal address, else "at the
    company", which needs the company. None when a letter can go; else what is missing and
    what to add to unlock a way (`company_missing`: the command that gives the unknown
    company, core.unknown; None when it is known)."""
    if (person.address and person.address.strip()) or company_missing is None:
        return None
    who = f"followup interviewer {person.id}" if person.id is not None else \
        "followup interviewer ID"
    return (f"No way reaches {person.name} yet: no email, number or postal address, and the "
            f"company is unknown. Add their email ({who} --email ADDRESS) or number (--phone "
            f"NUMBER), or the company ({company_missing}) or their address (--address TEXT) "
            "to post a letter (C4).")


def unreachable_thanks(person: Person, channel: Channel, by: str,
                       company_missing: str | None = None) -> tuple[Channel, str, str]:
    """A thank-you to someone with no address on the chosen channel and nobody to relay it
    (C4, T6): by phone when there is a number, else a posted letter by `by` (T3, T4), to
    their postal address or at the company; with neither, no channel: what is missing
    (nowhere). Never LinkedIn or a text message (T4). (channel, rule, why)."""
    if channel is Channel.EMAIL and person.phone:
        return Channel.PHONE, "T4", (
            f"You have no email address for {person.name} and nobody to pass a note on, but "
            "you have their number: call to say thank you within 24 hours (T4, C4).")
    missing = nowhere(person, company_missing)
    if missing is not None:
        return Channel.NONE, "C4", (
            f"{missing} Write your thank-you now, while the interview is fresh, and send it "
            f"by {by} once you can (T3).")
    if person.address and person.address.strip():
        return Channel.LETTER, "T3", (
            f"You have no email address for {person.name} and nobody to pass a note on: write "
            f"a letter to them at the postal address you recorded and post it by {by} (T3, "
            "C4).")
    return Channel.LETTER, "T3", (
        f"You have no email address for {person.name} and nobody to pass a note on: write a "
        f"letter to them at the company and post it by {by}; fill in the address from their "
        "card or the company's site (T3, C4).")


def reachable(person: Person | None, via: str | None, kind: StepKind, channel: Channel,
              why: str, call_left: bool, company_missing: str | None = None
              ) -> tuple[StepKind, Channel, str]:
    """A later touch by email to someone without an address (C4): a call when there is a
    number and a call is left (F9), LinkedIn when they accept it (C5), else a posted letter
    when it has somewhere to go, else no channel and what is missing (nowhere); a call to
    someone with no number and no address at an unknown company, the same. Anything else is
    left as it is."""
    if person is None or person.email or via is not None:
        return kind, channel, why
    if kind is StepKind.CALL and not person.phone:  # a call with no number, nor the company's
        missing = nowhere(person, company_missing)
        return (kind, Channel.NONE, f"{why} {missing}") if missing else (kind, channel, why)
    if channel is not Channel.EMAIL:
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
    missing = nowhere(person, company_missing)
    if missing is not None:
        return kind, Channel.NONE, f"{why} {missing}"
    where = ("at the postal address you recorded" if person.address and person.address.strip()
             else "at the company")
    return kind, Channel.LETTER, why + (
        f" You have no email address for {who} and nobody to pass it on: send it as a letter "
        f"to them {where}, or record their address (followup interviewer ID --email) "
        "to email it (C4).")
