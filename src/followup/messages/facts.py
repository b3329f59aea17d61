"""What a template may say about a step, gathered from the application, the step, the profile
and the options into a typed `DraftContext` (nothing a template could use to reach further,
and only what may be said to the employer: see audience.py). Pure: the clock arrives as
`now`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from followup.core.errors import BadInput
from followup.core.model import (
    Application,
    Channel,
    EventKind,
    Interview,
    Notice,
    Person,
    Phase,
    Step,
    StepKind,
    StepStatus,
)
from followup.core.profile import (
    Profile,
    missing,
    multiline,
    one_line,
    phone_display,
    phone_spoken,
)
from followup.core.unknown import missing_line, unknown_fields
from followup.messages import audience as said
from followup.messages import relation
from followup.messages.audience import Said
from followup.messages.catalog import TemplateInfo
from followup.messages.context import DraftContext
from followup.messages.tone import Expect
from followup.messages.voice import addressed, greeting, locale_for, sign_off, spoken_email

GENERIC = {"your interviewer", "the hiring team", "hiring team"}
# M3: news of another process, said to an employer only with a real deadline, as a question.
_ELSEWHERE = re.compile(r"\b(?:elsewhere|another (?:offer|company|interview|role)|other "
                        r"(?:offers?|interviews?|companies|processes)|competing)\b", re.I)
_DEADLINE = re.compile(r"\b(?:deadline|by (?:mon|tue|wed|thu|fri|sat|sun|\d|the end)|"
                       r"respond by|answer by|until)\b", re.I)


@dataclass(frozen=True, slots=True)
class Options:
    update: str | None = None  # M6: news of the candidate's own
    to: Person | None = None  # another addressee (a network contact, a recruiter)
    to_address: str | None = None  # the recipient's postal address, for a letter
    locale: str | None = None  # en-US or en-GB; default from the profile's region
    connection: str | None = None  # how the candidate knows a network contact (A2), as
    # the product words it from the recorded connection ("we connected here in 2021")
    position: str | None = None  # a network contact's recorded job at the company (A2)


@dataclass(frozen=True, slots=True)
class Facts:
    context: DraftContext
    to: Person | None  # None: the hiring team
    expect: Expect
    notices: tuple[Notice, ...]
    thread: Step | None = None  # the candidate's own email this one answers in its thread

    @property
    def variables(self) -> dict[str, Any]:
        return self.context.variables()


def long_day(day: date, today: date, locale: str = "en-US") -> str:
    from followup.messages.voice import long_day as voiced

    return voiced(day, today.year, locale)


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


def _last_sent(app: Application, step: Step, today: date) -> Step | None:
    """The candidate's last follow-up that really went out before this step (the thank-you
    goes without saying)."""
    done = [s for s in app.steps if s.status is StepStatus.DONE and s.done_on is not None
            and s.id != step.id and s.kind in (StepKind.FOLLOW_UP, StepKind.CALL)
            and s.done_on <= today and (s.due, s.id) < (step.due, step.id)]
    return max(done, key=lambda s: (s.done_on or s.due, s.id), default=None)


def _previous(last: Step | None, today: date, locale: str, speech: bool = False
              ) -> Said | None:
    """`last` (_last_sent) as a message can mention it: "my email of Friday 27 November",
    aloud "my email on Friday the 27th" (never "last Friday": it may be sent another day)."""
    if last is None or last.done_on is None:
        return None
    from followup.messages.voice import spoken_on

    what = "my call" if last.kind is StepKind.CALL else (
        "my letter" if last.channel is Channel.LETTER else "my email")
    if speech:  # said aloud: "my email on Friday the 27th", true on any day of the call
        return said.compose(what + " {}", said.day(spoken_on(last.done_on, today, locale)))
    when = said.day(long_day(last.done_on, today, locale))
    return said.compose(what + (" on {}" if last.kind is StepKind.CALL else " of {}"), when)


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
           else None)
    if to is None and info.delivery != "note":
        out.append(Notice("C4", "Nobody recorded to write to: the draft greets the hiring "
                          "team. Record who you met (--with) to make it personal."))
    elif to is not None and info.is_email and not to.email:
        how = (f"add it with: {fix} --email ADDRESS" if fix else
               f'draft again with --to "{one_line(to.name)} <address>"')
        out.append(Notice("C4", f"No email address for {one_line(to.name)}: fill in To "
                          f"yourself, or {how}"))
    elif to is not None and info.delivery == "phone" and not to.phone:
        out.append(Notice("C4", f"No phone number for {one_line(to.name)}: "
                          + (f"add it with: {fix} --phone NUMBER" if fix else
                             "look it up before you call")))
    if info.check == "thank_you" and needs:
        how = "Attach or paste in" if info.is_email else "Email them"
        out.append(Notice("C6", f"{how} what they asked for before the day is out: {needs}."))
    if info.check == "thank_you" and opts.update:
        out.append(Notice("T5", "A thank-you carries no status update, so --update was left "
                          "out; it belongs in the follow-ups (M6)."))
    if info.name in ("status_check", "call_status") and opts.update:
        out.append(Notice("M3", "Mention other interviews or offers only if they are real."))
    if step.kind in (StepKind.FOLLOW_UP, StepKind.CALL) and info.check != "thank_you":
        other = {Channel.IN_PERSON: "You agreed to follow up in person: use this as your "
                 "talking points.", Channel.LINKEDIN: "Send this on LinkedIn "
                 "as a message.", Channel.LETTER: "You agreed to follow up by "
                 "letter: print it and post it."}.get(step.channel)
        if other and info.is_email:
            out.append(Notice(step.rule, other))
    return out


def _noted(iv: Interview, to: Person | None, met: str | None) -> str | None:
    """What stood out with the person the message is about (else the whole conversation)."""
    names = {n.strip().lower() for n in (met, to.name if to else None) if n}
    for p in iv.interviewers:
        if p.noted and p.name.strip().lower() in names:
            return _clause(p.noted)
    if not names:  # to the whole team: every interviewer's specifics may be recalled
        found = [p.noted for p in iv.interviewers if p.noted]
        if found:
            return _clause("; ".join(found))
    return _clause(iv.noted)


def _last_reply(app: Application, step: Step, since: date, today: date, locale: str
                ) -> Said | None:
    """Their latest reply before this step was due (one that set no new date)."""
    replies = [e for e in app.events if e.kind is EventKind.REPLY and since <= e.on <= step.due]
    if not replies:
        return None
    last = max(replies, key=lambda e: (e.on, e.id))
    return said.compose("your message on {}", said.day(long_day(last.on, today, locale)))


def _listener_region(to: Person | None, iv: Interview, profile: Profile) -> str | None:
    """Where the person who hears the voicemail lives: their own number's country, else the
    interview's, else the candidate's (the number is read the way they write it, M4)."""
    if to is not None and to.phone:
        import phonenumbers

        try:
            found = phonenumbers.region_code_for_number(phonenumbers.parse(to.phone, None))
        except phonenumbers.NumberParseException:
            found = None
        if found and found != "ZZ":
            return str(found)
    from followup.core.calendar import country_of_zone

    return country_of_zone(iv.tz) or profile.region


def build(app: Application, step: Step, profile: Profile, info: TemplateInfo, variant: int,
          now: datetime, opts: Options, *, strict: bool = True) -> Facts:
    """The variables of the template `info` for `step`, or one BadInput naming what is
    missing (nothing half-filled). Not `strict`: only to check text already written.

    Every text goes through `audience` (the allow-list of what may be said to the employer);
    the draft speaks from the day the step was done or due (relation.as_of), knowing nothing
    that happened after it."""
    title = info.title[:1].lower() + info.title[1:]
    what = title if title.startswith(("the ", "a ", "an ")) else f"the {title}"
    for needed in info.needs:
        if strict and not getattr(profile, needed):
            raise missing(needed, what)
    locale = locale_for(profile.region, opts.locale)
    from followup.core.upnext import zone_of
    from followup.core.when import day_of

    today = relation.as_of(step, day_of(now, zone_of(app)))  # the day in the plan's zone
    app = relation.seen(app, today)
    phase = _phase(app, step)
    iv = _interview(app, phase)
    tl = phase.timeline
    # The employer's current date (F12): a reopening starts afresh and drops the old one.
    decision = tl.decision_by if phase.kind == "reopen" else (app.decision_by or tl.decision_by)
    to, met = _recipients(app, step, info, opts)
    formal = info.delivery == "letter"
    to_lines = multiline(opts.to_address, "--to-address", 6) if opts.to_address else (
        multiline(to.address, "the recorded address", 6) if to and to.address else None)
    direct = to is not None and met is not None and to.name.strip().lower() == met.lower()
    company, role = said.company(app), said.role(app)

    def day(d: date) -> Said:
        return said.day(long_day(d, today, locale))

    interview_date = day(iv.day)
    from followup.messages.voice import spoken_date, spoken_on

    speech = info.delivery == "phone"  # said aloud: "on Friday the 20th", never a full date
    # A date said aloud takes the listener's form: "December 4th" to a New Yorker.
    heard = locale_for(_listener_region(to, iv, profile)) if speech else locale
    # No relative day words ("last Friday") in what may go out on another day than drafted:
    # the day is named ("on Friday 20 November"); "today" only in a same-day thank-you.
    if iv.day == today and info.check == "thank_you":
        when = said.words("today")
    elif speech:
        when = said.day(spoken_on(iv.day, today, heard))
    else:
        when = said.compose("on {}", interview_date)
    spoke_by = relation.medium(iv)
    spoke = spoke_by != "in_person"
    when_said = {"reply": said.compose("In your message of {}", day(phase.start)),
                 "reopen": said.compose("When we spoke on {}", day(phase.start))}.get(
        phase.kind, said.compose("When we spoke {}" if spoke else "When we met {}", when))
    def on(d: date) -> Said:  # a day as written, or as said aloud ("on November 27th")
        return said.compose("on {}", said.day(spoken_date(d, heard)) if speech else day(d))

    agreed_day: date | None = tl.follow_up_on
    agreed_when = on(tl.follow_up_on) if tl.follow_up_on else None
    if tl.call_in is not None:  # "call me in four days": the script names the day (M2)
        agreed_day = phase.start + timedelta(days=tl.call_in)
        agreed_when = on(agreed_day)
    if info.check == "agreed" and agreed_when is None:
        agreed_day, agreed_when = step.due, on(step.due)
    agreed_today = agreed_day is not None and agreed_day == today
    if agreed_today and agreed_day is not None:
        agreed_when = said.words("today")  # the message carries its own date
    listener = _listener_region(to, iv, profile)
    hours = _business_hours(to, iv, now)
    spoken = phone_spoken(profile.phone, listener, "oh" if locale_for(
        listener) == "en-GB" else "zero") if profile.phone else None
    shown = phone_display(profile.phone, listener) if profile.phone else None
    name = one_line(profile.name or "")
    signature = profile.signature or "\n".join(
        x for x in (name, shown, profile.linkedin) if x)
    needs = said.needs(tl.needs) if phase.kind == "interview" else None
    update = None if info.check == "thank_you" else said.update(_sentence(opts.update))
    pressure = bool(update and _ELSEWHERE.search(update))
    if pressure and update and not _DEADLINE.search(update):
        update = None  # M3: another interview with no deadline reads as leverage
    if to_lines and not any(company.lower() in line.lower() for line in to_lines):
        to_lines = [company, *to_lines]
    # In the order they were recorded: the main contact first (issue 20).
    keep = list(dict.fromkeys(one_line(p.name) for iv_ in app.interviews for p in
                              (*iv_.interviewers, *((iv_.coordinator,) if iv_.coordinator
                                                    else ()))))
    noted = said.noted(_noted(iv, to, met))
    owed, thanked = relation.thanks(app, step, met if direct else (
        None if to is None else to.name), today)
    relayed = False
    if not direct and to is not None:
        # Through a coordinator the thanks is not theirs to receive: they pass it on (T6, T7).
        relayed = bool(met) and relation.thanks(app, step, met, today)[0]
        owed = False
    others = relation.panel(iv, met)
    from followup.messages.voice import short_day

    met_person = _lookup(_people(app), met) if met else None
    sent = _last_sent(app, step, today)
    ctx = DraftContext(
        variant=variant, app_id=app.id, step_id=step.id, reason=said.rule(step.rule),
        locale=locale, british=locale == "en-GB",
        my_name=said.mine(profile, name) or said.words(""),
        my_email=said.mine(profile, profile.email),
        my_phone=said.mine(profile, shown), my_phone_spoken=said.mine(profile, spoken),
        my_linkedin=said.mine(profile, profile.linkedin),
        signature=said.mine(profile, signature) or said.words(""),
        my_address_lines=tuple(said.mine(profile, line) or said.words("") for line in
                               (profile.address or "").split("\n") if profile.address),
        to_name=said.name_text(addressed(to.name)) if to else None,
        dear=said.greeting_text(greeting(to, locale, formal)),
        formal=formal, sign_off=said.words(sign_off(locale)),
        to_address_lines=tuple(said.address(line) for line in to_lines or ()),
        dial=said.number(phone_display(to.phone, profile.region)) if to and to.phone
        else None,
        linkedin_ok=bool(to and to.linkedin_ok),
        linkedin=step.channel is Channel.LINKEDIN or (
            info.name == "network_note" and to is not None and not to.email),
        interviewer=said.name_text(met) if met else None, direct=direct,
        met_dear=said.greeting_text(greeting(met_person, locale)) if met_person else None,
        interview_ref=said.words("our interview") if direct else (
            said.compose("my interview with {}", said.name_text(met)) if met
            else said.words("my interview")),
        company=company, role=role, round=iv.round, final=bool(getattr(iv, "final", False)),
        again=relation.met_before(app, iv, met), spoke=spoke,
        medium=said.words(spoke_by.replace("_", " ")),
        panel=said.name_text(_join([greeting(_lookup(_people(app), n), locale)
                                    for n in others])) if others else None,
        panel_turn=relation.panel_turn(iv, met),
        interview_date=interview_date, interview_when=when, when_they_said=when_said,
        decision_date=(said.day(spoken_date(decision, heard)) if speech else day(decision))
        if decision else None,
        decision_ahead=day(decision) if decision and decision >= today else None,
        agreed_when=agreed_when,
        agreed_channel=said.words(tl.follow_up_by.value) if tl.follow_up_by else None,
        previous=_previous(sent, today, heard, speech),
        last_reply=(said.compose("your message on {}", day(phase.start))
                    if phase.kind == "reply" and step.rule == "F12" else None
                    if phase.kind == "reply" else _last_reply(
                        app, step, phase.start if phase.kind == "reopen" else iv.day, today,
                        locale)),
        connection=said.words(opts.connection) if opts.connection else None,
        position=said.position(opts.position) if opts.position else None,
        reopened=day(phase.start) if phase.kind == "reopen" else None,
        needs=needs, update=update,
        keep=said.name_text(_join(keep)) if keep else None,
        today=said.day(short_day(today, locale)), week_end=today.weekday() >= 3,
        noted=noted, fit=tl.fit,
        thanks_missed=owed, thanked=thanked, thanks_relayed=relayed,
        late=step.rule == "T7", agreed_today=agreed_today, pressure=pressure,
        hours=said.words(hours) if hours and info.delivery == "phone" else None,
        email_instead=said.mine(profile, spoken_email(profile.email)) if profile.email
        and spoken and spoken.startswith(
            "plus") and info.delivery == "phone" else None,
        us_ear=speech and heard == "en-US",
        available=said.words(_available(today, locale)) if phase.kind == "reopen" else None,
    )
    known = " ".join(x for x in (company, role, name, needs or "", noted or "", *keep) if x)
    expect = Expect(
        thank_you=info.check == "thank_you",
        # M1: a reminder of who you are, except in answer to a message of theirs (F12, A3).
        reminders=info.check in ("follow_up", "agreed") and not (
            step.rule == "F12" or phase.kind == "reopen"),
        name=name or None, role=role or None, interview_day=None if speech else iv.day,
        day_words=(str(when),) if iv.day == today or speech else (),
        agreed=info.check == "agreed",
        agreed_day=None if agreed_today else agreed_day,
        agreed_days=None if agreed_today else tl.call_in,
        voicemail_number=spoken if info.delivery == "phone" else None,
        known_words=frozenset(w.upper() for w in re.findall(r"[\w'’]+", known)),
        word_limit=220 if info.delivery == "phone" else 150,
    )
    notices = _notices(info, step, to, opts, needs) + _unknowns(app, info)
    if info.delivery == "letter" and not profile.address:
        notices.append(Notice("T3", "No postal address of yours: fill in the placeholder, or "
                              'set it with: followup me --address "Street\\nCity"'))
    if info.delivery == "letter" and not to_lines:
        fix = (f"followup interviewer {to.id} --address" if to is not None and to.id
               else "followup draft ... --to-address")
        notices.append(Notice("T3", "No postal address for the recipient: fill in the "
                              f"placeholder, or record it with: {fix} \"Street\\nCity\""))
    if noted is None and phase.kind != "reopen" and info.name in (
            "thank_you_email", "thank_you_letter", "thank_you_relay", "follow_up",
            "late_thanks"):
        notices.append(Notice("T5", "Nothing specific from the conversation was recorded, so "
                              "the draft speaks of it in general: add one thing you talked "
                              "about, or record it with --noted \"Name: ...\""))
    if opts.update and pressure and update is None:
        notices.append(Notice("M3", "Your news of another process was left out: with no "
                              "deadline it reads as pressure. Give the real deadline (\"I have "
                              "an offer to answer by Friday 4 December\") to ask about their "
                              "timeline."))
    if info.is_email and (phase.kind == "reopen" or (
            phase.kind == "reply" and step.rule == "F12")):
        notices.append(Notice("A3" if phase.kind == "reopen" else "F12",
                              "They got back in touch: send this as a reply in their "
                              "own email thread, so it keeps their subject."))
        if phase.kind == "reopen" and info.name == "follow_up" and update is None:
            notices.append(Notice("A3", "The draft cannot know what their message asked: "
                                  "answer it on the line in brackets (or give your answer "
                                  "with --update \"...\"), or delete that line."))
    elif (info.name == "touch_base" and ctx.last_reply is None and ctx.previous is not None
          and str(ctx.previous).startswith("my email")):
        notices.append(Notice("F3", "Send this as a reply to your last email, in the same "
                              "thread, so they have the context."))
    # F3, F7: a nudge after an email of the candidate's goes in that email's thread.
    thread = sent if (info.name == "touch_base" and ctx.last_reply is None and sent is not None
                      and sent.kind is StepKind.FOLLOW_UP and sent.channel is Channel.EMAIL
                      and (sent.to, sent.via) == (step.to, step.via)) else None
    return Facts(ctx, to, expect, tuple(notices), thread)


def _unknowns(app: Application, info: TemplateInfo) -> list[Notice]:
    """One line for each of the company and role nobody has given (core.unknown): the draft
    does without it, and the candidate is told how to give it."""
    if info.name == "moving_on":  # the candidate's own note: nothing goes to the employer
        return []
    return [Notice("M1", missing_line(f, app.id))
            for f in unknown_fields(app.company, app.role)]


def _available(today: date, locale: str) -> str:
    """Two business days ahead the candidate can offer to talk on (weekdays only), with a
    window of hours."""
    days: list[date] = []
    on = today
    while len(days) < 2:
        on += timedelta(days=1)
        if on.weekday() < 5:
            days.append(on)
    # A window as well as the days, so one answer can settle it (no second round of emails).
    hours = "between 10am and 4pm" if locale == "en-GB" else "between 10 a.m. and 4 p.m."
    return " or ".join(long_day(d, today, locale) for d in days) + ", " + hours


def _business_hours(to: Person | None, iv: Interview, now: datetime) -> str | None:
    """A hint for a call to a number in another time zone: how far behind or ahead they are,
    so the call lands in their working day."""
    if to is None or not to.phone:
        return None
    from zoneinfo import ZoneInfo

    import phonenumbers
    from phonenumbers import timezone as number_zones

    try:
        zones = number_zones.time_zones_for_number(phonenumbers.parse(to.phone, None))
    except phonenumbers.NumberParseException:
        return None
    if len(zones) != 1 or "/" not in zones[0]:
        return None
    try:
        theirs, mine = ZoneInfo(zones[0]), ZoneInfo(iv.tz)
    except (KeyError, ValueError):
        return None
    gap = (now.astimezone(mine).utcoffset() or timedelta()) - (
        now.astimezone(theirs).utcoffset() or timedelta())
    hours = round(gap.total_seconds() / 3600)
    if hours == 0:
        return None
    place = zones[0].rsplit("/", 1)[1].replace("_", " ")
    side = "behind" if hours > 0 else "ahead of"
    # Well inside their working day (not first thing, not the end of it), which also keeps
    # the call out of the candidate's late evening when the gap is large.
    start = (10 + hours) % 24
    n = abs(hours)
    end = (16 + hours) % 24
    return (f"Their number is on {place} time, {n} hour{'s' if n != 1 else ''} {side} you: "
            f"call in their working day, between {start:02d}:00 and {end:02d}:00 your time "
            "(10:00 to 16:00 theirs).")


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
