"""`followup remind`: one email a day with what is due today and what is overdue.

At most one digest a day per recipient, however often it runs: the day is claimed in the
database right before the SMTP DATA command, and a digest that may have gone out keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING

from followup.core.errors import FollowupError
from followup.core.model import Step
from followup.store.sqlite import Store

if TYPE_CHECKING:
    import sqlite3

    from followup.mail.config import Server

WHAT = {"thank_you": "thank-you", "follow_up": "follow-up", "call": "call",
        "network": "note to a contact", "close": "move on"}


@dataclass(frozen=True)
class Item:
    step: Step
    subject: str | None  # the draft's subject, for an email
    problem: str | None  # why there is no draft yet


@dataclass(frozen=True)
class Digest:
    day: date
    recipient: str
    sender: str
    overdue: list[Item]
    due: list[Item]
    message: EmailMessage

    @property
    def count(self) -> int:
        return len(self.overdue) + len(self.due)


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _item(store: Store, step: Step, now: datetime) -> Item:
    from followup.messages import drafts

    if step.kind.value == "close":
        return Item(step, None, None)
    try:
        d = drafts.draft(store, step.id, now)
    except FollowupError as exc:
        return Item(step, None, exc.message)
    return Item(step, d.subject if d.sent_by_email else None, None)


def _lines(item: Item, today: date) -> list[str]:
    s = item.step
    what = WHAT.get(s.kind.value, s.kind.value)
    channel = f" {s.channel.value}" if s.kind.value in ("thank_you", "follow_up") else ""
    to = f" → {', '.join(s.to)}" if s.to and s.kind.value != "close" else ""
    via = f" via {s.via}" if s.via else ""
    out = [f"#{s.id}  {s.company} — {what}{channel}{to}{via}"]
    if s.due < today:
        last = ("its last day was" if s.latest < today else "it can still go out until")
        out.append(f"      due {_day(s.due)}; {last} {_day(s.latest)}")
    if item.subject:
        out.append(f"      Subject: {item.subject}")
    if item.problem:
        out.append(f"      (no draft yet: {item.problem})")
    out.append(f"      Why ({s.rule}): {s.why}")
    if s.kind.value == "close":
        out.append(f"      When you are ready: followup done {s.id}")
    elif item.subject:
        out.append(f"      Send it: followup send {s.id}   (or: followup draft {s.id})")
    else:
        out.append(f"      Script: followup draft {s.id}   then: followup done {s.id}")
    return out


def _body(day: date, overdue: list[Item], due: list[Item]) -> str:
    parts = [f"{len(due)} due today, {len(overdue)} overdue" if overdue else
             f"{len(due)} due today"]
    lines = [f"Your follow-ups for {day:%A} {day.day} {day:%B %Y}: {parts[0]}.", ""]
    for title, items in (("OVERDUE", overdue), ("DUE TODAY", due)):
        if items:
            lines.append(title)
            for item in items:
                lines += _lines(item, day)
            lines.append("")
    lines += ["Mark each one done when it is done: followup done STEP_ID.",
              "A reply from an employer stops its sequence: followup log ID reply (F12), or "
              "let followup inbox find it.", "",
              "-- ", "followup remind: at most one of these a day."]
    return "\n".join(lines) + "\n"


def build(store: Store, now: datetime, recipient: str, sender: str) -> Digest | None:
    """Today's digest, or None when nothing is due or overdue."""
    from email.policy import default
    from email.utils import format_datetime, make_msgid

    from followup import service

    today = now.date()
    steps = service.today(store, now)
    if not steps:
        return None
    items = [_item(store, s, now) for s in steps]
    overdue = [i for i in items if i.step.due < today]
    due = [i for i in items if i.step.due >= today]
    msg = EmailMessage(policy=default)
    msg["From"] = sender
    msg["To"] = recipient
    late = f" ({len(overdue)} overdue)" if overdue else ""
    msg["Subject"] = (f"followup: {len(items)} step{'s' if len(items) != 1 else ''} for "
                      f"{_day(today)}{late}")
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "followup.invalid")
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to it
    msg.set_content(_body(today, overdue, due))
    return Digest(today, recipient, sender, overdue, due, msg)


def already(store: Store, day: date, recipient: str) -> sqlite3.Row | None:
    """Today's digest for `recipient` if one went out or may have."""
    found = store.mail.digest_for(day, recipient)
    return found if found is not None and found["state"] != "failed" else None


class Taken(FollowupError):
    """Another run claimed today's digest first."""

    exit_code = 0


def send(store: Store, digest: Digest, srv: Server, password: str | None, now: datetime
         ) -> str:
    """Deliver the digest once; returns the server's answer."""
    from followup.mail.smtp import MaybeSent, NotSent, deliver

    message_id = str(digest.message["Message-ID"])

    def claim() -> None:
        with store.write():
            if not store.mail.claim_digest(digest.day, digest.recipient, message_id,
                                    digest.count, now):
                raise Taken(f"today's digest has already gone to {digest.recipient}; "
                            "nothing sent")

    try:
        answer = deliver(srv, password, digest.message, digest.sender, [digest.recipient],
                         claim)
    except NotSent as exc:
        if exc.refused_data:
            with store.write():
                store.mail.finish_digest(digest.day, digest.recipient, "failed", now,
                                  exc.message)
        raise NotSent(f"{exc.message}; no digest was sent (the next run tries again)"
                      ) from None
    except MaybeSent as exc:
        raise MaybeSent(f"{exc.message}. Today's digest may have arrived, so no other is "
                        "sent today.") from None
    with store.write():
        store.mail.finish_digest(digest.day, digest.recipient, "sent", now)
    return answer
