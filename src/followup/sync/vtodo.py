"""A next action as a CalDAV task (an RFC 5545 VTODO), and what a phone's copy says back.

DUE is the step's day (a DATE: task apps show it as a day, not an hour); the VALARM rings at
the alarm hour (calendar_alarm, 09:00) of that day in the step's zone, the interview's. A
date-time a phone writes back is read in that same zone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from followup.core.errors import FollowupError
from followup.core.model import Step, StepStatus

PRODID = "-//followup//followup task sync//EN"
MAX_TASK = 256 * 1024  # a phone's task larger than this is not read


class Malformed(FollowupError):
    """The server sent something that is not a task followup can read."""


def _names(names: tuple[str, ...]) -> str:
    if not names:
        return "them"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def summary(step: Step) -> str:
    """What to do, as a person says it: "Thank-you email to Jane Doe — Acme"."""
    who = _names(step.to)
    company = " ".join(step.company.split())
    kind, channel = step.kind.value, step.channel.value
    via = f" via {step.via}" if step.via else ""
    if kind == "close":
        return f"Move on from {company}"
    what = {"thank_you": "Thank-you", "follow_up": "Follow-up"}.get(kind)
    if what is not None:
        how = {"phone": "call", "linkedin": "LinkedIn message", "in_person": "word",
               "none": "message"}.get(channel, channel)
        text = f"{what} {how} to {who}"
    elif kind == "call":
        text = f"Call {who}"
    elif kind == "network":
        text = f"Note to {who}"
    else:
        text = f"{kind.replace('_', ' ').capitalize()}: {who}"
    return f"{text}{via} — {company}"


def description(step: Step, subject: str | None, opening: str | None) -> str:
    """The why, and the draft's subject and first lines when there is a draft."""
    why = step.why if step.rule in step.why else f"{step.why} ({step.rule})"
    parts = [why]
    if subject:
        parts.append(f"Subject: {subject}")
    if opening:
        parts.append(opening)
    action = (f"followup done {step.id}" if step.kind.value == "close" else
              f"followup send {step.id} · followup done {step.id}")
    parts.append(f"Tick it off here when it is done, or: {action}")
    return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class Task:
    uid: str
    text: str  # the VCALENDAR, CRLF line ends
    fingerprint: str  # of the facts it is made from (see `fingerprint`)


def fingerprint(step: Step, zone: str, alarm: time) -> str:
    """What a task is made from, in short: when it is unchanged, so is the task, and a sync
    need not build it (its draft is the costly part) to know there is nothing to write."""
    facts = (step.id, step.kind.value, step.channel.value, step.to, step.due, step.latest,
             step.status.value, step.rule, step.why, step.via, step.done_on, step.company,
             zone, alarm)
    return hashlib.sha256(repr(facts).encode()).hexdigest()[:20]


def build(step: Step, uid: str, zone: str, alarm: time, text: str, body: str,
          now: datetime) -> Task:
    from icalendar import Alarm, Calendar, Todo

    task = Todo()
    task.add("uid", uid)
    task.add("summary", text)
    task.add("description", body)
    task.add("due", step.due)
    task.add("categories", ["followup"])
    done = step.status is StepStatus.DONE
    task.add("status", "COMPLETED" if done else "NEEDS-ACTION")
    if done:
        task.add("percent-complete", 100)
        when = step.done_on or now.date()
        task.add("completed", datetime.combine(when, time(12), ZoneInfo(zone)).astimezone(UTC))
    else:
        ring = Alarm()
        ring.add("action", "DISPLAY")
        ring.add("description", text)
        moment = datetime.combine(step.due, alarm, ZoneInfo(zone)).astimezone(UTC)
        ring.add("trigger", moment)
        task.add_component(ring)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add_component(task)
    task.add("dtstamp", now.astimezone(UTC))
    task.add("last-modified", now.astimezone(UTC))
    return Task(uid, cal.to_ical().decode("utf-8"), fingerprint(step, zone, alarm))


@dataclass(frozen=True, slots=True)
class Reading:
    """What the server's copy of a task says."""

    completed: date | None  # the day it was ticked off, in the step's zone
    due: date | None
    cancelled: bool = False  # STATUS:CANCELLED: read as a deletion (a skip, proposed)


def _day(value: object, zone: str) -> date | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.date()  # a floating time: the day as written
        return value.astimezone(ZoneInfo(zone)).date()
    if isinstance(value, date):
        return value
    return None


def read(data: str, uid: str, zone: str, today: date) -> Reading:
    """The task `uid` in `data`. Raises Malformed for anything else."""
    if len(data) > MAX_TASK:
        raise Malformed(f"a task on the server is larger than {MAX_TASK // 1024} KiB; nothing "
                        "changed")
    try:
        from icalendar import Calendar

        cal = Calendar.from_ical(data)
        todos = [c for c in cal.walk("VTODO") if str(c.get("uid", "")) == uid]
        if len(todos) != 1:
            raise Malformed(f"the server's copy of task {uid} holds no such task; nothing "
                            "changed")
        todo = todos[0]
        status = str(todo.get("status", "")).upper()
        completed = todo.get("completed")
        due = todo.get("due")
        done_day = _day(completed.dt, zone) if completed is not None else None
        due_day = _day(due.dt, zone) if due is not None else None
    except Malformed:
        raise
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError and more
        raise Malformed(f"the server's copy of task {uid} cannot be read ({exc}); nothing "
                        "changed") from None
    if status in ("NEEDS-ACTION", "IN-PROCESS", "CANCELLED"):
        done_day = None  # a COMPLETED left behind by an app that reopened it
    elif status == "COMPLETED" and done_day is None:
        done_day = today  # ticked off without a date: the day it is seen
    if done_day is not None:
        done_day = min(done_day, today)
    return Reading(done_day, due_day, status == "CANCELLED")


def bundle(tasks: list[Task], name: str) -> str:
    """Many tasks as one calendar named `name` (X-WR-CALNAME): a new list filled at once."""
    from icalendar import vText

    blocks = []
    for task in tasks:
        start = task.text.index("BEGIN:VTODO")
        end = task.text.rindex("END:VTODO") + len("END:VTODO\r\n")
        blocks.append(task.text[start:end])
    head = (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n"
            f"X-WR-CALNAME:{vText(name).to_ical().decode('utf-8')}\r\n")
    return head + "".join(blocks) + "END:VCALENDAR\r\n"
