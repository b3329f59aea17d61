"""The planner: one phase of an application in, a dated plan out. Pure: no clock, no I/O.

A phase is an interview (thank-yous first, T7) or a reply/reopening that gave new dates
(F12, A3). Steps that were already carried out arrive as `outcomes`; later steps are anchored
on the day they actually happened (F1).

The plan rolls: given `today`, a touch still not made counts as made today at the earliest,
so the touches after an overdue one move forward with it (they are marked `projected`), the
close comes only after the last touch (F8, F10), and a thank-you whose window has passed is
`missed` and handed to the next touch (T2, T7). No later touch is due before the day the
phase was recorded: an interview entered late gets one catch-up touch, not a pile.

One clock, one notion of a day: the plan's dates are days in the interview's zone. Given a
moment `now`, today is the date there (`when.day_in`), and a step's window is real time
(`window`: `opens`, `closes`): a thank-you's from the interview to 24 hours later (48 for a
letter, T2, T3), any other step's from the start of its day to the end of its latest day in
that zone. A thank-you is missed once that moment has passed, whatever the candidate's own
date says. Thank-yous get their window here; the service gives the others theirs before it
stores a plan (planning throughput: most plans are made to be read, not stored).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from followup.core.calendar import BusinessCalendar
from followup.core.model import (
    SETTLED,
    Channel,
    Interview,
    Notice,
    Outcome,
    Person,
    Phase,
    Plan,
    PlannedStep,
    Playbook,
    StepKind,
    StepStatus,
    Timeline,
    replace,
)
from followup.core.reach import late_note, reachable, unreachable_thanks
from followup.core.thanks import bounds, thank_you
from followup.core.thanks import fmt as _fmt
from followup.core.when import day_in
from followup.core.words import MISSED_THANKS

WEEK = timedelta(days=7)
DEFAULT_WAIT = 14  # F8, F12: days to wait after an answer without a date (two weeks)
_NO_OUTCOMES: Mapping[str, Outcome] = {}


def _channel_words(channel: Channel) -> str:
    return {
        Channel.EMAIL: "by email",
        Channel.LETTER: "by a posted letter",
        Channel.PHONE: "by phone",
        Channel.IN_PERSON: "in person",
        Channel.LINKEDIN: "on LinkedIn",
    }.get(channel, "")


class _Builder:
    def __init__(
        self,
        phase: Phase,
        playbook: Playbook,
        cal: BusinessCalendar,
        outcomes: Mapping[str, Outcome],
        today: date | datetime | None = None,
    ) -> None:
        self.phase = phase
        # a moment: today is its date in the plan's zone, windows are compared with it
        self.now = today if isinstance(today, datetime) else None
        self.today = day_in(today, phase.tz) if isinstance(today, datetime) else today
        self.tl: Timeline = phase.timeline
        self.pb = playbook
        self.cal = cal
        self.outcomes = outcomes
        self.steps: list[PlannedStep] = []
        self.notices: list[Notice] = []
        self.touches = 0
        self.calls = 0
        self.last_kind: StepKind | None = None
        # F1: the planned due of the last weekly touch and the weekly day it stands for
        self.cadence: tuple[date, date] | None = None
        self.blocked = False  # a touch before this one is still to be made
        self.missed_thanks = False  # T2/T3: a thank-you window passed unsent

    # -- helpers -------------------------------------------------------------------------

    def actual(self, step: PlannedStep) -> date:
        """The day a step happened if it did (F1); a skipped one counts from its day or the
        day it was left out, whichever is later; one still to do counts as done today at the
        earliest. A thank-you not sent keeps its own day: the weekly day stays (F1)."""
        out = self.outcomes.get(step.key)
        if out is not None and out.on is not None:
            if out.status is StepStatus.DONE:
                return out.on
            if out.status is StepStatus.SKIPPED:
                return max(step.due, out.on)
        if step.kind is StepKind.THANK_YOU or self.today is None:
            return step.due
        return max(step.due, self.today)

    def settled(self, key: str) -> bool:
        out = self.outcomes.get(key)
        return out is not None and out.status in SETTLED

    def skipped(self, step: PlannedStep) -> bool:
        out = self.outcomes.get(step.key)
        return out is not None and out.status is StepStatus.SKIPPED

    def placed(self, key: str, due: date, latest: date, why: str) -> tuple[date, date, str]:
        """A later touch's day, moved to the day the phase was recorded at the earliest, and
        to the day the candidate put it off to (a snooze)."""
        wanted = due
        floor = self.phase.recorded
        if floor is not None and due < floor:
            due = self.cal.on_or_after(floor)
            why += (f" Planned for {_fmt(wanted)}, before you recorded this; do it now as a "
                    "catch-up.")
        out = self.outcomes.get(key)
        if (out is not None and out.status is not StepStatus.DONE and out.until is not None
                and out.until > due):  # a step put off, then perhaps left out, keeps its day
            due = out.until
            why += f" Put off to {due:%a %d %b}" + (f": {out.reason}." if out.reason else ".")
        if due != wanted:
            latest = self.cal.add_business_days(due, 1) if latest > wanted else due
        return due, max(due, latest), why

    def key(self, name: str) -> str:
        return f"{self.phase.key}:{name}"

    def window(self, step: PlannedStep) -> PlannedStep:
        return window(step, self.phase)

    def passed(self, step: PlannedStep) -> bool:
        """Whether a thank-you's window has passed: in real time given a moment, else by
        its latest day."""
        if self.now is not None:
            assert step.closes is not None
            return self.now >= step.closes
        return self.today is not None and step.latest < self.today

    def lead(self) -> tuple[Person | None, str | None]:
        """Who later touches reach: the first interviewer with contact details, else the
        coordinator (T6), else whoever is known."""
        iv = self.phase.interview
        people = iv.interviewers if iv else ()
        coordinator = iv.coordinator if iv else None
        for p in people:
            if p.reachable:
                return p, None
        if people and coordinator is not None:
            return people[0], coordinator.name
        if coordinator is not None:
            return coordinator, None
        if people:
            return people[0], None
        return self.phase.contact, None

    def add_touch(
        self, name: str, kind: StepKind, channel: Channel, due: date, latest: date,
        rule: str, why: str,
    ) -> date | None:
        """Add a later touch unless a cap forbids it (F8, F9); return its anchor day."""
        if self.touches >= self.pb.max_touches:
            return None
        if kind is StepKind.CALL and self.calls >= self.pb.max_calls:
            return None
        person, via = self.lead()
        if rule != "F6":  # C3: an agreed time and channel override every default
            kind, channel, why = reachable(person, via, kind, channel, why,  # F9: a call kept
                                           self.calls + 1 < self.pb.max_calls,
                                           self.phase.company_missing)
        to = (person.name,) if person else ("the hiring team",)
        if self.touches == 1 and self.missed_thanks:
            why += " " + MISSED_THANKS
        self.touches += 1
        if kind is StepKind.CALL:
            self.calls += 1
        key = self.key(name)
        due, latest, why = self.placed(key, due, latest, why)
        step = PlannedStep(
            key=key, kind=kind, channel=channel, to=to, due=due,
            latest=max(due, latest), rule=rule, why=why, touch=self.touches, via=via,
            projected=self.blocked,
        )
        self.steps.append(step)
        self.last_kind = kind
        if not self.settled(key):
            self.blocked = True
        return self.actual(step)

    def add_close(self, due: date, rule: str, why: str) -> None:
        key = self.key("close")
        due, _, why = self.placed(key, due, due, why)
        self.steps.append(
            PlannedStep(
                key=key, kind=StepKind.CLOSE, channel=Channel.NONE, to=(),
                due=due, latest=due, rule=rule, why=why, projected=self.blocked,
            )
        )

    # -- thank-yous (T1-T7) ----------------------------------------------------------------

    def thank_yous(self, iv: Interview) -> date:
        tl = self.tl
        soon = tl.decision_by is not None and tl.decision_by <= iv.day + timedelta(days=1)
        people: tuple[Person | None, ...] = iv.interviewers or (None,)
        if not iv.interviewers:
            self.notices.append(
                Notice("C4", "No interviewer recorded: add each one with --with so that each "
                       "gets their own thank-you (T1).")
            )
        anchor: date | None = None
        for index, person in enumerate(people):
            step = thank_you(self.phase, self.tl, iv, person, index, soon, self.key)
            out = self.outcomes.get(step.key)
            if out is not None and out.until is not None and out.until > step.due:
                until = min(out.until, step.latest)  # never past its window (T2, T3)
                step = self.window(replace(
                    step, due=until, why=f"{step.why} Put off to {until:%a %d %b}"
                    + (f": {out.reason}." if out.reason else ".")))
            day = self.actual(step)
            if self.passed(step) and not self.settled(step.key):
                if self.reached_later(person):
                    step = replace(step, missed=True)  # T2, T3: the next touch carries it
                    self.missed_thanks = True
                else:
                    step = self.window(late_note(step, self.cal))
            self.steps.append(step)
            anchor = day if anchor is None else max(anchor, day)
        self.touches = 1  # T7: the thank-yous are the first touch
        self.last_kind = StepKind.THANK_YOU
        assert anchor is not None
        return anchor

    def reached_later(self, person: Person | None) -> bool:
        """Whether a later touch will reach `person` directly (T7): the lead, when the plan
        goes on after the thank-yous."""
        lead, via = self.lead()
        if not self.tl.fit or self.pb.max_touches <= 1 or via is not None:
            return False
        if person is None or lead is None:
            return person is None and lead is None
        return lead.name.strip().lower() == person.name.strip().lower()

    def owed_notes(self) -> None:
        """T7: after a reply or a reopening, each interviewer never thanked gets one short
        late note, by a way that reaches them (C4)."""
        start = self.cal.on_or_after(self.phase.start)
        contact = self.phase.contact
        touched = any(s.kind not in (StepKind.THANK_YOU, StepKind.CLOSE) for s in self.steps)
        for i, person in enumerate(self.phase.owed):
            if touched and contact is not None and contact.name == person.name:
                continue  # the next touch to them carries the thanks (T7)
            key = self.key(f"late_thanks:{person.id if person.id is not None else f'n{i}'}")
            due, latest, why = self.placed(key, start, self.cal.add_business_days(start, 2),
                                           "")
            channel, _, how = unreachable_thanks(person, Channel.EMAIL, _fmt(latest),
                                                 self.phase.company_missing)
            via, relay = None, self.phase.coordinator
            if person.email:
                channel, how = Channel.EMAIL, (
                    f"Your thank-you to {person.name} never went out: send one short, late "
                    "note of thanks (T2, T7).")
            elif relay is not None and relay.email and relay.name != person.name:
                channel, via, how = Channel.EMAIL, relay.name, (
                    f"Your thank-you to {person.name} never went out, and you have no address "
                    f"for them: ask {relay.name}, who set up the interview, to pass on one "
                    "short, late note of thanks (T2, T6, T7).")
            self.steps.append(PlannedStep(
                key=key, kind=StepKind.THANK_YOU, channel=channel, to=(person.name,), due=due,
                latest=latest, rule="T7", why=how + why, touch=1, via=via))

    def agreed(self) -> date | None:
        """F6: the agreed follow-up, exactly when and how it was agreed."""
        tl = self.tl
        channel = tl.follow_up_by or (Channel.PHONE if tl.call_in is not None else Channel.EMAIL)
        if tl.follow_up_on is not None:
            wanted = tl.follow_up_on
            said = f"on {_fmt(wanted)}"
        else:
            assert tl.call_in is not None
            wanted = self.phase.start + timedelta(days=tl.call_in)
            said = f"in {tl.call_in} days"
        due = self.cal.on_or_after(wanted)
        if due != wanted:
            self.notices.append(
                Notice("F6", f"The agreed day {_fmt(wanted)} is not a business day; the "
                       f"follow-up moves to {_fmt(due)}.")
            )
        kind = StepKind.CALL if channel is Channel.PHONE else StepKind.FOLLOW_UP
        how = "call" if kind is StepKind.CALL else f"follow up {_channel_words(channel)}"
        why = f"You agreed to {how} {said}: do exactly that, and say it was agreed (F6, M2)."
        return self.add_touch("agreed", kind, channel, due, due, "F6", why)

    def after_decision(self) -> date | None:
        """F5: two to three business days past the employer's own date."""
        assert self.tl.decision_by is not None
        decision = self.tl.decision_by
        channel = self.tl.follow_up_by or Channel.EMAIL
        kind = StepKind.CALL if channel is Channel.PHONE else StepKind.FOLLOW_UP
        due = self.cal.add_business_days(decision, 2)
        latest = self.cal.add_business_days(decision, 3)
        why = (f"They meant to decide by {_fmt(decision)}; give them two or three business "
               "days more, then ask politely whether you are still being considered (F5, M3).")
        return self.add_touch("decision", kind, channel, due, latest, "F5", why)

    def retry(self, name: str, prev: date, kind: StepKind, channel: Channel) -> date | None:
        """F7: three to four business days after an unanswered touch."""
        due = self.cal.add_business_days(prev, 3)
        latest = self.cal.add_business_days(prev, 4)
        if kind is StepKind.CALL and self.calls >= 1:
            why = ("No answer yet: call once more three or four business days later; this is "
                   "the last call (F7, F9).")
            rule = "F9"
        elif kind is StepKind.CALL:
            why = ("No answer to your emails: three or four business days on, call; leave a "
                   "brief voicemail if nobody picks up (F7, F9, M4).")
            rule = "F7"
        else:
            why = ("No answer to your last message: wait three or four business days, then "
                   "try once more (F7).")
            rule = "F7"
        return self.add_touch(name, kind, channel, due, latest, rule, why)

    def weekly(self, name: str, prev: date, week: int) -> date | None:
        """F1-F4: the weekday of the thank-you is the follow-up day."""
        wanted = prev + WEEK
        if self.cadence is not None and self.cadence[0] == prev:
            wanted = self.cadence[1] + WEEK  # F1: a holiday moved that touch, not the weekday
        due = self.cal.on_or_after(wanted)
        latest = self.cal.add_business_days(due, 1)
        moved = "" if due == wanted else f" {_fmt(wanted)} is no business day: {due:%A}."
        if week == 1 and self.phase.interview is None:
            why = ("A week after they got back in touch: say you are glad to pick things up "
                   "again, share any news, ask if they need anything else and to be kept "
                   f"posted (F1, F2, A3).{moved}")
            kind, channel, rule = StepKind.FOLLOW_UP, Channel.EMAIL, "F2"
        elif week == 1:
            why = ("A week after your thank-you: thank them for the interview, share any news, "
                   f"ask if they need anything else and to be kept posted (F1, F2).{moved}")
            kind, channel, rule = StepKind.FOLLOW_UP, Channel.EMAIL, "F2"
        elif week == 2:
            why = (f"Still no news a week later: a short touch-base email with any update of "
                   f"yours (F3).{moved}")
            kind, channel, rule = StepKind.FOLLOW_UP, Channel.EMAIL, "F3"
        else:
            why = ("Third week of silence: call, and leave a brief voicemail if nobody picks up; "
                   f"this is the last touch (F4, F9).{moved}")
            kind, channel, rule = StepKind.CALL, Channel.PHONE, "F4"
        day = self.add_touch(name, kind, channel, due, latest, rule, why)
        self.cadence = (day, wanted) if day == due else None
        return day

    def last_made(self) -> tuple[str, str, bool]:
        """What the close waits on (F8, F10): the last touch not left out, in words, when it
        was (or is to be) made, and whether it was a call."""
        for step in reversed(self.steps):
            if step.kind is StepKind.CLOSE or self.skipped(step):
                continue
            what = {
                StepKind.CALL: "your call",
                StepKind.THANK_YOU: "your thank-you",
            }.get(step.kind) or {
                Channel.LETTER: "your letter", Channel.IN_PERSON: "your visit",
                Channel.PHONE: "your call",
            }.get(step.channel, "your last email")
            out = self.outcomes.get(step.key)
            if out is not None and out.status is StepStatus.DONE and out.on is not None:
                when = f"on {_fmt(out.on)}"
            else:
                when = f"(due {_fmt(self.actual(step))})"
            return what, when, step.kind is StepKind.CALL
        return "the interview", "", False

    def close_after(self, prev: date, days: int = 7) -> None:
        due = self.cal.on_or_after(prev + timedelta(days=days))
        what, when, call = self.last_made()
        since = f"{what} {when}".strip()
        if call:
            why = (f"A week since {since} and no reply: let go, keep the contacts, keep "
                   "applying; a late answer can still reopen it (F10, A3).")
            self.add_close(due, "F10", why)
        else:
            why = (f"A week since {since} and no answer, and the attempts you set have run "
                   "out: move on and put your energy into the rest of your search; a late "
                   "answer can still reopen it (F8, A1, A3).")
            self.add_close(due, "F8", why)

    # -- playbooks ---------------------------------------------------------------------------

    def first(self, prev: date) -> tuple[date | None, StepKind, Channel]:
        """The first later touch that every playbook shares: an agreement wins (C3, F6)."""
        tl = self.tl
        if tl.agreed:
            day = self.agreed()
        elif tl.decision_by is not None:
            day = self.after_decision()
        else:
            day = self.weekly("week1", prev, 1)
        step = self.steps[-1]
        return day, step.kind, step.channel

    def sequence(self, anchor: date) -> None:
        pb, tl = self.pb.name, self.tl
        if pb == "weekly":
            prev: date | None = anchor
            first = self.agreed() if tl.agreed else self.weekly("week1", anchor, 1)
            prev = first
            for week in (2, 3):
                if prev is not None:
                    prev = self.weekly(f"week{week}", prev, week) or prev
            self.close_after(prev or anchor)
        elif pb == "estimate":
            if tl.agreed or tl.decision_by is not None:
                first = self.agreed() if tl.agreed else self.after_decision()
            else:  # no date of theirs yet (a reopened process): a week on, as C1 asks
                self.notices.append(Notice("F5", "No decision date of theirs to wait for yet: "
                                           "a check-in a week on until they give one."))
                first = self.weekly("week1", anchor, 1)
            self.close_after(first or anchor)
        elif pb == "agreed":
            first_day, kind, channel = self.first(anchor)
            prev = self.retry("retry", first_day or anchor, kind, channel) or first_day
            self.close_after(prev or anchor)
        elif pb == "two-weeks":
            self.two_weeks(anchor)
        elif pb == "call":
            self.calls_only(anchor)
        else:
            self.default(anchor)

    def default(self, anchor: date) -> None:
        tl = self.tl
        first_day, kind, channel = self.first(anchor)
        prev = first_day or anchor
        if tl.agreed or tl.decision_by is not None:
            prev = self.retry("retry", prev, kind, channel) or prev
            if not tl.agreed:
                prev = self.retry("call", prev, StepKind.CALL, Channel.PHONE) or prev
        else:
            for week in (2, 3):
                prev = self.weekly(f"week{week}", prev, week) or prev
        self.close_after(prev)

    def two_weeks(self, anchor: date) -> None:
        period = self.pb.period_days or 14
        n = self.pb.max_touches
        prev = anchor
        if self.tl.agreed:
            prev = self.agreed() or prev
        for k in range(1, n):
            if self.touches >= n:
                break
            wanted = self.cal.on_or_after(anchor + timedelta(days=round(period * k / n)))
            due = max(wanted, self.cal.add_business_days(prev, 3))
            why = (f"You set yourself {n - 1} follow-ups inside {period} days, spaced three or "
                   "more business days apart (F8, F7).")
            prev = self.add_touch(
                f"try{k}", StepKind.FOLLOW_UP, Channel.EMAIL, due,
                self.cal.add_business_days(due, 1), "F8", why,
            ) or prev
        end = self.cal.on_or_after(anchor + timedelta(days=period))
        end = max(end, self.cal.add_business_days(prev, 3))  # F7: room for an answer
        self.add_close(
            end, "F8",
            f"{period} days without feedback: as you decided up front, move on; keep the "
            "contacts and keep applying (F8, A1, A3).",
        )

    def calls_only(self, anchor: date) -> None:
        tl = self.tl
        if tl.agreed:
            first = self.agreed()
        elif tl.decision_by is not None:
            due = self.cal.add_business_days(tl.decision_by, 2)
            why = (f"They meant to decide by {_fmt(tl.decision_by)}: call two or three "
                   "business days later (F5, F9).")
            first = self.add_touch("call1", StepKind.CALL, Channel.PHONE, due,
                                   self.cal.add_business_days(tl.decision_by, 3), "F5", why)
        else:
            due = self.cal.on_or_after(anchor + WEEK)
            why = ("Nobody said when to call: call a week after your thank-you, and leave a "
                   "brief voicemail if nobody answers (F9, M4).")
            first = self.add_touch("call1", StepKind.CALL, Channel.PHONE, due,
                                   self.cal.add_business_days(due, 1), "F9", why)
        prev = self.retry("call2", first or anchor, StepKind.CALL, Channel.PHONE) or first
        self.close_after(prev or anchor)

    # -- the whole plan ------------------------------------------------------------------

    def build(self) -> Plan:
        iv = self.phase.interview
        if iv is None and self.phase.kind == "reply" and not (
            self.tl.agreed or self.tl.decision_by
        ):
            return self.wait_after_reply()
        if iv is not None:
            anchor = self.thank_yous(iv)
        else:
            anchor = self.phase.start
            self.touches = 1  # the reply or reopening stands where the thank-you stood
        if not self.tl.fit:
            thanks = [s.latest for s in self.steps] or [anchor]
            self.add_close(
                self.cal.on_or_after(max(thanks) + timedelta(days=1)), "C7",
                "It was clear this role is not a fit: the thank-you is the only follow-up; "
                "move on and put the time into better matches (C7, A1).",
            )
        elif iv is None and self.pb.name == "weekly" and self.tl.decision_by is not None:
            self.default(anchor)  # F12: the plan follows the date they gave, not the weeks
        else:
            self.sequence(anchor)
        self.owed_notes()
        if self.tl.fit:
            self.notices.extend(self.capture_notices())
        order = {s.key: i for i, s in enumerate(self.steps)}
        steps = sorted(self.steps, key=lambda s: (s.due, order[s.key]))
        return Plan(steps=tuple(steps), notices=tuple(self.notices))

    def wait_after_reply(self) -> Plan:
        """F12: they answered without a date. The sequence stops; after the period the
        playbook sets (F8; two weeks by default) ask once where things stand, then move on a
        week later if nothing comes."""
        self.touches = 1
        start = self.phase.start
        period = self.pb.period_days or DEFAULT_WAIT
        due = self.cal.on_or_after(start + timedelta(days=period))
        said = _fmt(start)
        why = (f"They answered on {said} without a date, so the sequence stopped. "
               f"{period} days on, ask politely where things stand (F12, F8, M3).")
        prev = self.add_touch("wait", StepKind.FOLLOW_UP, Channel.EMAIL, due,
                              self.cal.add_business_days(due, 1), "F12", why) or due
        self.close_after(prev)
        self.owed_notes()
        notice = Notice("F12", "They replied without a date: the plan waits "
                        f"{period} days, then asks once. If they gave a date, record it "
                        "(followup edit ID --decision-by / --follow-up-on) to plan the next "
                        "touch from it.")
        return Plan(steps=tuple(self.steps), notices=(notice,))

    def capture_notices(self) -> list[Notice]:
        tl, out = self.tl, []
        if tl.all_contacted is False and not tl.agreed:
            out.append(Notice("C2", "They will not contact every candidate: the plan sets its "
                              "own follow-up dates; agree one with them if you can (C3)."))
        if self.phase.interview is not None and tl.decision_by is None and not tl.agreed:
            out.append(Notice("C1", "No timeline recorded: if you learn when they decide, add "
                              "it (--decision-by) and the plan will follow it (F5)."))
        return out


def window(step: PlannedStep, phase: Phase) -> PlannedStep:
    """`step` with its window in real time (UTC), in the plan's zone: from the start of its
    day to the end of its latest day; a thank-you's from the interview to 24 hours later (48
    for a letter), never past the end of its latest day (T2, T3, F11)."""
    opens, closes = bounds(step.kind, step.channel, step.due, step.latest, phase)
    return replace(step, opens=opens, closes=closes)


def plan(
    phase: Phase,
    playbook: Playbook,
    calendar: BusinessCalendar,
    outcomes: Mapping[str, Outcome] = _NO_OUTCOMES,
    today: date | datetime | None = None,
) -> Plan:
    """The dated plan for one phase as it stands on `today` (None: as first made). Steps are
    sorted by due date, the close comes last. `today` is best a moment (aware): the day is
    then the plan's own (its interview's zone) and a thank-you's window is real time; a bare
    date is taken as the day in that zone."""
    return _Builder(phase, playbook, calendar, outcomes, today).build()
