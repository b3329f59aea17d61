"""Steps as iCalendar components that re-import as updates, never as duplicates.

Each step gives a VTODO (for clients with task lists) and an all-day VEVENT with a VALARM at
the chosen local hour (for calendars that ignore tasks). Their UIDs are fixed per step; the
per-step SEQUENCE (stored, raised by the database whenever the step's dates or status
change) and LAST-MODIFIED tell a client which copy is newer. Done steps are COMPLETED, left-out
and withdrawn ones CANCELLED. icalendar escapes text and folds lines at 75 octets with CRLF.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from followup.core.errors import FollowupError
from followup.store.sqlite import Store

Row = sqlite3.Row | dict[str, Any]

PRODID = "-//followup//followup calendar export//EN"
HORIZON_DAYS = 90  # the next steps are shown this far ahead (every step with `everything`)
RECENT_DAYS = 30  # and the next actions due this far back (a calendar shows days, not a list)


def _names(names: list[str]) -> str:
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def summary(kind: str, to: list[str], via: str | None, company: str) -> str:
    """What the step is, in a few words: "Thank Jane Doe (Acme)"."""
    who = _names(to) or "them"
    if kind == "close":
        return f"Move on from {company}"
    text = {"thank_you": f"Thank {who}", "follow_up": f"Follow up with {who}",
            "call": f"Call {who}", "network": f"Ask {who} about the process"}.get(
                kind, f"{kind.replace('_', ' ').capitalize()}: {who}")
    if via:
        text += f" via {via}"
    return f"{text} ({company})"


def uid(row: Row, component: str) -> str:
    """Stable for the life of the step, different in every database."""
    seed = f"{row['application_id']}|{row['app_created']}|{row['key']}|{row['id']}"
    digest = hashlib.sha256(seed.encode()).hexdigest()[:12]
    return f"step-{row['id']}-{digest}-{component}@followup"


def _utc(stamp: str | None, fallback: datetime) -> datetime:
    if not stamp:
        return fallback.astimezone(UTC)
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b} {d.year}"


def _draft_text(store: Store, step_id: int, now: datetime) -> str:
    from followup.messages import drafts, forms

    try:
        return forms.plain(drafts.draft(store, step_id, now)).strip()
    except FollowupError as exc:
        return f"(No draft yet: {exc.message})"


def description(row: Row, now: datetime, store: Store | None) -> str:
    """Why, when, the draft and the commands of a step; without the store, only when and
    the commands (the short entries of the calendar of what is next)."""
    due, latest = date.fromisoformat(row["due"]), date.fromisoformat(row["latest"])
    why = row["why"] if row["rule"] in row["why"] else f"{row['why']} ({row['rule']})"
    status = row["status"]
    if status == "done":
        done = f"Done on {_day(date.fromisoformat(row['done_on']))}." if row["done_on"] else (
            "Done.")
        return f"{done}\n\n{why}"
    if status != "pending":
        said = {"skipped": "Left out",
                "missed": "Missed: its window has passed; the next touch carries your thanks"}
        return f"{said.get(status, 'Cancelled: the plan changed')}.\n\n{why}"
    when = f"Due {_day(due)}" + (f", at the latest {_day(latest)}" if latest != due else "")
    sid = row["id"]
    actions = (f"followup done {sid}" if row["kind"] == "close" else
               f"followup draft {sid} · followup send {sid} · followup done {sid}")
    if store is None:
        return f"{when} ({row['rule']}): followup done {sid}"
    return f"{why}\n{when}.\n\n{_draft_text(store, sid, now)}\n\n{actions}"


def _common(component: Any, row: Row, text: str, body: str, now: datetime,
            modified: datetime, short: bool) -> None:
    component.add("dtstamp", now.astimezone(UTC))
    component.add("last-modified", modified)
    component.add("sequence", int(row["ical_sequence"]))
    component.add("summary", text)
    component.add("description", body)
    if not short:
        component.add("categories", ["followup"])


def todo(row: Row, text: str, body: str, now: datetime, short: bool = False) -> Any:
    from icalendar import Todo

    modified = _utc(row["ical_modified"] or row["updated_at"], now)
    task = Todo()
    task.add("uid", uid(row, "task"))
    _common(task, row, text, body, now, modified, short)
    task.add("due", date.fromisoformat(row["due"]))
    status = row["status"]
    if status == "done":
        task.add("status", "COMPLETED")
        task.add("percent-complete", 100)
        done = date.fromisoformat(row["done_on"]) if row["done_on"] else modified.date()
        task.add("completed", modified if modified.date() == done
                 else datetime.combine(done, time(12), UTC))
    else:
        task.add("status", "NEEDS-ACTION" if status == "pending" else "CANCELLED")
    return task


def event(row: Row, text: str, body: str, now: datetime, alarm: time | None) -> Any:
    """An all-day event; `alarm` None: a short one (no end, which is the next day, no
    reminder and no category: the calendar of what is next)."""
    from icalendar import Alarm, Event

    modified = _utc(row["ical_modified"] or row["updated_at"], now)
    status = row["status"]
    day = date.fromisoformat(row["due"])
    if status == "done" and row["done_on"]:
        day, text = date.fromisoformat(row["done_on"]), f"Done: {text}"
    entry = Event()
    entry.add("uid", uid(row, "event"))
    _common(entry, row, text, body, now, modified, alarm is None)
    entry.add("dtstart", day)
    if alarm is not None:
        entry.add("dtend", day + timedelta(days=1))
    entry.add("transp", "TRANSPARENT")
    entry.add("status", "CANCELLED" if status in ("cancelled", "skipped") else "CONFIRMED")
    if status == "pending" and alarm is not None:
        ring = Alarm()
        ring.add("action", "DISPLAY")
        ring.add("description", text)
        ring.add("trigger", timedelta(hours=alarm.hour, minutes=alarm.minute))
        entry.add_component(ring)
    return entry


def upcoming(store: Store, now: datetime) -> list[Row]:
    """The next actions at `now` due in the last RECENT_DAYS and each application's next step
    in the next HORIZON_DAYS, as they stand then (core.upnext), earliest first."""
    from followup.service import upnext

    day = now.date()
    actions, nexts = upnext.upcoming(store, now, day + timedelta(days=HORIZON_DAYS))
    recent = day - timedelta(days=RECENT_DAYS)
    now_as: dict[int, dict[str, Any]] = {
        s.id: {"due": s.due.isoformat(), "latest": s.latest.isoformat(), "why": s.why,
               "status": s.status.value} for s in actions if s.due >= recent}
    for sid, due, latest in nexts:
        if due > day.isoformat():  # one due by `day` is a next action, or put off
            now_as.setdefault(sid, {"due": due, "latest": latest, "status": "pending"})
    with store.read():
        stored = store.mail.calendar_steps(ids=list(now_as))
    rows = [{**dict(r), **now_as[int(r["id"])]} for r in stored]
    return sorted(rows, key=lambda r: (r["due"], r["id"]))


def calendar(store: Store, now: datetime, *, alarm: time, only: str | None,
             everything: bool) -> str:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "followup")
    cal.add("x-wr-caldesc", "Your interview follow-ups, from followup")
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    if everything:
        with store.read():
            rows: list[Row] = list(store.mail.calendar_steps())
    else:  # one short event per step (or a to-do, when asked): ~330 bytes each
        rows, only = upcoming(store, now), only or "events"
    for row in rows:
        text = summary(row["kind"], list(json.loads(row["recipients"])), row["via"],
                       " ".join(str(row["company"]).split()))
        body = description(row, now, store if everything else None)
        if only != "events":
            cal.add_component(todo(row, text, body, now, short=not everything))
        if only != "tasks":
            cal.add_component(event(row, text, body, now, alarm if everything else None))
    data: bytes = cal.to_ical()
    return data.decode("utf-8")
