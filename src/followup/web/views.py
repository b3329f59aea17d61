"""How things read on a page: the words for kinds, channels and days, in one place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment

from followup.core.model import Application, AppStatus, Channel, Step, StepKind, StepStatus
from followup.pipeline import StepChange
from followup.service import Overview
from followup.store.sqlite import Store

KIND = {
    StepKind.THANK_YOU: "Thank-you",
    StepKind.FOLLOW_UP: "Follow-up",
    StepKind.CALL: "Call",
    StepKind.NETWORK: "Network",
    StepKind.CLOSE: "Move on",
}
CHANNEL = {
    Channel.EMAIL: "email", Channel.LETTER: "letter", Channel.PHONE: "phone",
    Channel.IN_PERSON: "in person", Channel.LINKEDIN: "LinkedIn", Channel.NONE: "",
}
STATUS_ORDER = tuple(AppStatus)
STATUS_TITLE = {
    AppStatus.ACTIVE: "Active", AppStatus.RESPONDED: "Responded", AppStatus.OFFER: "Offer",
    AppStatus.REJECTED: "Rejected", AppStatus.WITHDRAWN: "Withdrawn",
    AppStatus.CLOSED: "Closed (moved on)",
}


def day(d: date | None, today: date | None = None) -> str:
    if d is None:
        return "—"
    if today is not None and d.year != today.year:
        return f"{d:%a %-d %b %Y}"
    return f"{d:%a %-d %b}"


def relative(d: date | None, today: date) -> str:
    if d is None:
        return ""
    n = (d - today).days
    if n == 0:
        return "today"
    if n == -1:
        return "yesterday"
    if n == 1:
        return "tomorrow"
    return f"{-n} days ago" if n < 0 else f"in {n} days"


def what(s: Step) -> str:
    """"Thank-you email to Jane Doe via Sam Rivera"."""
    if s.kind is StepKind.CLOSE:
        return "Move on: let this one go"
    to = ", ".join(s.to) or "the hiring team"
    how = "" if s.kind is StepKind.CALL or s.channel is Channel.NONE else f" {CHANNEL[s.channel]}"
    via = f" via {s.via}" if s.via else ""
    return f"{KIND[s.kind]}{how} to {to}{via}"


def urgency(s: Step, today: date) -> str:
    """late (past its latest day), due (within its window), today, soon, or the status."""
    if s.status is not StepStatus.PENDING:
        return s.status.value
    if s.projected and s.due > today:
        return "projected"  # its day assumes the step before it is made on time
    if today > s.latest:
        return "late"
    if s.due < today:
        return "due"
    if s.due == today:
        return "today"
    return "soon"


def due_text(s: Step, today: date) -> str:
    """When a step is due, in words: "late · was due Mon 16 Nov (by Wed 18 Nov)"."""
    u = urgency(s, today)
    if u == "late":
        return f"late · was due {day(s.due, today)} (by {day(s.latest, today)})"
    if u == "due":
        return f"due {day(s.due, today)} · by {day(s.latest, today)}"
    if u == "today":
        return "today" + (f" · by {day(s.latest, today)}" if s.latest != s.due else "")
    if u == "soon":
        return f"{day(s.due, today)} · {relative(s.due, today)}"
    if u == "projected":
        return f"about {day(s.due, today)} · later if the step before is late"
    return URGENCY_LABEL[u] + (f" {day(s.done_on, today)}" if s.done_on else "")


# How the command line is told to do something, inside a sentence written for both front ends:
# " (followup edit ID --decision-by / --follow-up-on)", " (--decision-by)", ": set it with:
# followup me --name ...". The page has its own place for it.
_COMMAND_HINT = re.compile(r" \((?:followup [^()]*|--[a-z][^()]*)\)")
_SET_WITH = re.compile(r": set it with: followup [^\n]*$")


def page_words(text: str, where: str = "on the Edit page") -> str:
    """A planner's or a draft's sentence as a page says it: a command to run becomes where
    on the dashboard to do it ("add it (--decision-by)" -> "add it on the Edit page")."""
    from followup.web.forms import plain  # what is left of the terminal's words

    return plain(_SET_WITH.sub(": fill it in below", _COMMAND_HINT.sub(" " + where, text)))


URGENCY_LABEL = {"late": "late", "due": "due now", "today": "today", "soon": "planned",
                 "projected": "about", "done": "done", "skipped": "skipped",
                 "cancelled": "cancelled", "missed": "missed: the next message thanks them"}


def since(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return "today"
    if days < 0:
        return f"in {-days} d"
    return f"{days} d ago"


@dataclass(frozen=True)
class Lane:
    status: AppStatus | None
    title: str
    rows: Sequence[Overview]
    total: int


@dataclass(frozen=True)
class Entry:
    """One line of an application's history."""

    on: date
    what: str
    detail: str | None = None
    kind: str = "event"


CAUSE = {
    "reply": "their reply stopped the sequence (F12)",
    "offer": "the offer ended the plan (A3)",
    "rejected": "the rejection ended the plan (A3)",
    "withdrawn": "your withdrawal ended the plan (A3)",
}


def why_cancelled(cause: str | None) -> str:
    """Why a step was cancelled, in words, from what happened at the same moment."""
    if cause is None:
        return "the plan was remade after a change"
    if cause.startswith("round "):
        return f"a new interview ({cause}) started a new plan"
    return CAUSE.get(cause, "the plan was remade after a change")


def history(app: Application, changes: Sequence[StepChange] = ()) -> list[Entry]:
    """Interviews, what the employer or the candidate did, the steps carried out, and the
    steps put off, left out or cancelled: the event log of one application, oldest first."""
    out = [Entry(iv.day, f"Interview, round {iv.round}"
                 + (" (cancelled by the employer)" if iv.cancelled else ""),
                 ", ".join(p.name for p in iv.interviewers) or None, "interview")
           for iv in app.interviews]
    out += [Entry(e.on, e.kind.value.capitalize(), e.note, "event") for e in app.events]
    out += [Entry(s.done_on, f"Done: {what(s)}", None, "done") for s in app.steps
            if s.status is StepStatus.DONE and s.done_on]
    steps = {s.id: s for s in app.steps}
    for c in changes:
        s = steps.get(c.step_id)
        if s is None:
            continue
        if c.snoozed_until is not None and s.status is StepStatus.PENDING:
            out.append(Entry(c.on, f"Snoozed to {day(c.snoozed_until)}: {what(s)}",
                             c.snooze_reason, "change"))
        if s.status is StepStatus.SKIPPED:
            out.append(Entry(c.on, f"Skipped: {what(s)}", None, "change"))
        elif s.status is StepStatus.CANCELLED:
            out.append(Entry(c.on, f"Cancelled: {what(s)} (was due {day(s.due)})",
                             why_cancelled(c.cause), "change"))
    order = {"interview": 0, "done": 1, "event": 2, "change": 3}
    return sorted(out, key=lambda e: (e.on, order[e.kind]))


def zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def _plain(text: str | None) -> str:
    from followup.web.forms import plain

    return plain(text or "")


def install(env: Environment) -> None:
    from followup.service import holidays_words

    env.filters.update(day=day, relative=relative, what=what, urgency=urgency, since=since,
                       due_text=due_text, page_words=page_words, plain=_plain)
    env.globals.update(holidays_words=holidays_words)
    env.globals.update(KIND=KIND, CHANNEL=CHANNEL, URGENCY_LABEL=URGENCY_LABEL,
                       STATUS_TITLE={s.value: t for s, t in STATUS_TITLE.items()},
                       KIND_BY_VALUE={k.value: t for k, t in KIND.items()}, zones=zones())



def people_you_know(store: Store, app: Application) -> list[dict[str, str]]:
    """A2: friends or former colleagues at the company, best match first (at most ten)."""
    from followup.contacts.network import who_do_i_know

    return [
        {"name": p.name,
         "how": " · ".join(x for x in (p.position, "LinkedIn" if p.source == "linkedin"
                                       else "a contact") if x),
         "email": p.email or ""}
        for p in who_do_i_know(store, app.id).people[:10]
    ]
