"""What a template may say about a step, gathered from the application, the step, the profile
and the options as plain strings (nothing a template could use to reach further). Pure: the
clock arrives as `now`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from followup.core.errors import BadInput
from followup.core.model import (
    Application,
    Channel,
    Interview,
    Notice,
    Person,
    Phase,
    Step,
    StepKind,
    StepStatus,
)
from followup.messages.catalog import TemplateInfo
from followup.messages.profile import (
    Profile,
    missing,
    multiline,
    one_line,
    phone_display,
    phone_spoken,
)
from followup.messages.tone import Expect, number_words

GENERIC = {"your interviewer", "the hiring team", "hiring team"}
_TITLES = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"}


@dataclass(frozen=True, slots=True)
class Options:
    update: str | None = None  # M6: news of the candidate's own
    to: Person | None = None  # another addressee (a network contact, a recruiter)
    to_address: str | None = None  # the recipient's postal address, for a letter


@dataclass(frozen=True, slots=True)
class Facts:
    variables: dict[str, Any]
    to: Person | None  # None: the hiring team
    expect: Expect
    notices: tuple[Notice, ...]


def long_day(day: date, today: date) -> str:
    text = f"{day:%A}, {day:%B} {day.day}"
    return text if day.year == today.year else f"{text}, {day.year}"


def greeting(person: Person | None) -> str:
    """Dear ___: the first name; a title with the surname; the team when nobody is known."""
    if person is None:
        return "Hiring Team"
    words = one_line(person.name).split()
    if len(words) > 1 and words[0].rstrip(".").lower() in _TITLES:
        return f"{words[0]} {words[-1]}"
    return words[0] if words else "Hiring Team"


def _clause(note: str | None) -> str | None:
    """Their words, ready to sit in brackets mid-sentence."""
    if not note:
        return None
    text = one_line(note).rstrip(" .;:")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _sentence(update: str | None) -> str | None:
    if update is None or not update.strip():
        return None
    text = one_line(update)
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _phase(app: Application, step: Step) -> Phase:
    from followup.service import current_phase

    try:
        return current_phase(replace(app, phase=step.key.split(":", 1)[0]))
    except (StopIteration, ValueError, IndexError):
        return current_phase(app)


def _interview(app: Application, phase: Phase) -> Interview:
    if phase.interview is not None:
        return phase.interview
    earlier = [i for i in app.interviews if i.day <= phase.start]
    return (earlier or list(app.interviews))[-1]


def _people(app: Application) -> dict[str, Person]:
    index: dict[str, Person] = {}
    for iv in reversed(app.interviews):
        for p in (*iv.interviewers, *((iv.coordinator,) if iv.coordinator else ())):
            index.setdefault(p.name.strip().lower(), p)
    return index


def _lookup(people: dict[str, Person], name: str | None) -> Person | None:
    if not name or name.strip().lower() in GENERIC:
        return None
    return people.get(name.strip().lower()) or Person(name=name)


def _last_touch(app: Application, step: Step) -> Step | None:
    """The latest touch, done or planned; one that was cancelled (by a rejection, say) only
    when there is nothing else."""
    touches = [s for s in app.steps if s.kind is not StepKind.CLOSE and s.id != step.id]
    return max(touches, default=None, key=lambda s: (
        s.status is not StepStatus.CANCELLED, s.done_on or s.due, s.id))


def _previous(app: Application, step: Step, today: date) -> str | None:
    """The candidate's last follow-up that really went out, as a message can mention it
    (the thank-you goes without saying)."""
    done = [s for s in app.steps if s.status is StepStatus.DONE and s.done_on is not None
            and s.id != step.id and s.kind in (StepKind.FOLLOW_UP, StepKind.CALL)]
    if not done:
        return None
    last = max(done, key=lambda s: (s.done_on or s.due, s.id))
    assert last.done_on is not None
    when = long_day(last.done_on, today)
    if last.kind is StepKind.CALL:
        return f"my call on {when}"
    return f"my {'letter' if last.channel is Channel.LETTER else 'email'} of {when}"


def _recipients(app: Application, step: Step, info: TemplateInfo, opts: Options
                ) -> tuple[Person | None, str | None]:
    """(who the message goes to, the interviewer it is about)."""
    people = _people(app)
    to: Person | None
    if opts.to is not None:
        known = people.get(opts.to.name.strip().lower())
        to = replace(known, email=opts.to.email or known.email) if known else opts.to
    elif info.name == "network_note":
        if step.kind is not StepKind.NETWORK or not step.to:
            raise BadInput('a note to a network contact needs their name: give --to "Name '
                           '<email>" (A2)')
        to = _lookup(people, step.to[0])
    else:
        source = _last_touch(app, step) if step.kind is StepKind.CLOSE else step
        name = (source.via or source.to[0]) if source and (source.via or source.to) else None
        to = _lookup(people, name)
    about = step if step.kind is not StepKind.CLOSE else _last_touch(app, step)
    met = about.to[0] if about and about.to else None
    if met and met.strip().lower() in GENERIC:
        met = None
    if info.name == "thank_you_relay" and not step.via:
        met = None  # T6 with nobody recorded: thanks to the whole team
    return to, met


def _notices(info: TemplateInfo, step: Step, to: Person | None, opts: Options,
             needs: str | None) -> list[Notice]:
    out: list[Notice] = []
    fix = (f"followup interviewer {to.id}" if to is not None and to.id is not None
           else 'followup draft ... --to "Name <email>"')
    if to is None and info.delivery != "note":
        out.append(Notice("C4", "Nobody recorded to write to: the draft greets the hiring "
                          "team. Record who you met (--with) to make it personal."))
    elif to is not None and info.is_email and not to.email:
        out.append(Notice("C4", f"No email address for {one_line(to.name)}: fill in To "
                          f"yourself, or add it with: {fix} --email ADDRESS"))
    elif to is not None and info.delivery == "phone" and not to.phone:
        out.append(Notice("C4", f"No phone number for {one_line(to.name)}: add it with: "
                          f"{fix} --phone NUMBER"))
    if info.check == "thank_you" and needs:
        how = "Attach" if info.is_email else "Email them"
        out.append(Notice("C6", f"{how} what they asked for before the day is out: {needs}."))
    if info.check == "thank_you" and opts.update:
        out.append(Notice("T5", "A thank-you carries no status update, so --update was left "
                          "out; it belongs in the follow-ups (M6)."))
    if info.name in ("status_check", "call_status") and opts.update:
        out.append(Notice("M3", "Mention other interviews or offers only if they are real."))
    if info.check != "thank_you" and step.kind is not StepKind.CLOSE:
        other = {Channel.IN_PERSON: "You agreed to follow up in person: use this as your "
                 "talking points.", Channel.LINKEDIN: "You agreed to follow up on LinkedIn: "
                 "send it there as a message.", Channel.LETTER: "You agreed to follow up by "
                 "letter: print it and post it."}.get(step.channel)
        if other and info.is_email:
            out.append(Notice(step.rule, other))
    return out


def build(app: Application, step: Step, profile: Profile, info: TemplateInfo, variant: int,
          now: datetime, opts: Options, *, strict: bool = True) -> Facts:
    """The variables of the template `info` for `step`, or one BadInput naming what is
    missing (nothing half-filled). Not `strict`: only to check text already written."""
    what = f"the {info.title[:1].lower()}{info.title[1:]}"
    for needed in info.needs:
        if strict and not getattr(profile, needed):
            raise missing(needed, what)
    to_lines = multiline(opts.to_address, "--to-address", 6) if opts.to_address else None
    if strict and info.delivery == "letter" and not to_lines:
        raise BadInput(f'{what} needs the recipient\'s postal address: give --to-address '
                       '"Company\\nStreet\\nCity" (T3)')
    today = now.date()
    phase = _phase(app, step)
    iv = _interview(app, phase)
    tl = phase.timeline
    to, met = _recipients(app, step, info, opts)
    direct = to is not None and met is not None and to.name.strip().lower() == met.lower()
    company, role = one_line(app.company), one_line(app.role)
    interview_date = long_day(iv.day, today)
    ago = (today - iv.day).days
    when = {0: "today", 1: "yesterday"}.get(ago, f"on {interview_date}")
    said = {"reply": f"In your message of {long_day(phase.start, today)}",
            "reopen": f"When we spoke on {long_day(phase.start, today)}"}.get(
                phase.kind, "When we met")
    agreed_day: date | None = tl.follow_up_on
    agreed_when = f"on {long_day(tl.follow_up_on, today)}" if tl.follow_up_on else None
    if tl.call_in is not None:
        agreed_day = phase.start + timedelta(days=tl.call_in)
        agreed_when = f"in {number_words(tl.call_in)} days"
    if info.check == "agreed" and agreed_when is None:
        agreed_day, agreed_when = step.due, f"on {long_day(step.due, today)}"
    spoken = phone_spoken(profile.phone, profile.region) if profile.phone else None
    shown = phone_display(profile.phone, profile.region) if profile.phone else None
    name = one_line(profile.name or "")
    signature = profile.signature or "\n".join(
        x for x in (name, shown, profile.linkedin) if x)
    needs = one_line(tl.needs) if tl.needs else None
    update = None if info.check == "thank_you" else _sentence(opts.update)
    if to_lines and not any(company.lower() in line.lower() for line in to_lines):
        to_lines = [company, *to_lines]
    keep = sorted({one_line(p.name) for iv_ in app.interviews for p in
                   (*iv_.interviewers, *((iv_.coordinator,) if iv_.coordinator else ()))})
    variables: dict[str, Any] = {
        "variant": variant, "app_id": app.id, "step_id": step.id, "reason": step.rule,
        "my_name": name, "my_email": profile.email, "my_phone": shown,
        "my_phone_spoken": spoken, "my_linkedin": profile.linkedin, "signature": signature,
        "my_address_lines": (profile.address or "").split("\n") if profile.address else [],
        "to_name": one_line(to.name) if to else None, "dear": greeting(to),
        "to_address_lines": to_lines or [], "dial": to.phone if to else None,
        "linkedin_ok": bool(to and to.linkedin_ok),
        "interviewer": one_line(met) if met else None, "direct": direct,
        "interview_ref": "our interview" if direct else (
            f"my interview with {one_line(met)}" if met else "my interview"),
        "company": company, "role": role, "round": iv.round,
        "interview_date": interview_date, "interview_when": when, "when_they_said": said,
        "decision_date": long_day(tl.decision_by, today) if tl.decision_by else None,
        "agreed_when": agreed_when, "previous": _previous(app, step, today),
        "next_steps": _clause(tl.note), "needs": needs, "update": update,
        "notes": app.notes, "keep": _join(keep) if keep else None,
        "today": f"{today:%B} {today.day}, {today.year}",
    }
    known = " ".join(x for x in (company, role, name, needs or "", *keep) if x)
    expect = Expect(
        thank_you=info.check == "thank_you", reminders=info.check in ("follow_up", "agreed"),
        name=name or None, role=role, interview_day=iv.day, agreed=info.check == "agreed",
        agreed_day=agreed_day, agreed_days=tl.call_in,
        voicemail_number=spoken if info.delivery == "phone" else None,
        known_words=frozenset(w.upper() for w in re.findall(r"[\w'’]+", known)),
        word_limit=220 if info.delivery == "phone" else 150,
    )
    notices = _notices(info, step, to, opts, needs)
    return Facts(variables, to, expect, tuple(notices))


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
