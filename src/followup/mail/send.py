"""`followup send`: a step's email goes out once, through the candidate's own SMTP server.

At most once: a row 'sending' is committed right before the SMTP DATA command and becomes
'sent' right after it, so a crash anywhere leaves a record that stops a second send until
the candidate says --resend. Letters and calls are never sent by followup: they are marked
done. The tone check (M5, T5) guards what leaves.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING

from followup.core.errors import BadInput, Conflict, FollowupError
from followup.core.model import Application, AppStatus, StepStatus
from followup.store.sqlite import Store

if TYPE_CHECKING:
    from followup.mail.config import Server
    from followup.messages.drafts import Draft
    from followup.messages.facts import Options


@dataclass(frozen=True)
class Outgoing:
    """What `send` is about to do for a step, checked before anything is asked or sent."""

    step_id: int
    delivery: str  # email | letter | phone
    draft: Draft | None  # None: a letter or call whose draft needs more than we have
    message: EmailMessage | None
    previous: sqlite3.Row | None  # an earlier send of this step ('sent' or 'sending')
    problem: str | None = None  # why a letter or call has no draft


@dataclass(frozen=True)
class Sent:
    message_id: str
    recipient: str
    subject: str
    answer: str  # the server's reply to the message
    application: Application
    marked_done: bool
    note: str | None = None


def _when(stamp: str) -> str:
    return datetime.fromisoformat(stamp).strftime("%a %d %b %Y %H:%M")


def refusal(step_id: int, previous: sqlite3.Row, pending: bool) -> Conflict:
    """Why a step is not sent again, and what to do about it."""
    mid = previous["message_id"]
    if previous["state"] == "sent":
        todo = (f" It is not marked done yet: `followup done {step_id}`." if pending else "")
        return Conflict(f"step {step_id} was sent on {_when(previous['finished_at'])} "
                        f"(Message-ID {mid}); nothing sent. Add --resend to send it again."
                        + todo)
    return Conflict(f"step {step_id} may already have gone out: a send began on "
                    f"{_when(previous['started_at'])} and did not finish (Message-ID {mid}). "
                    "Look in your Sent folder (with sent_folder set, followup saves a copy "
                    "there as soon as the server has taken a message): if it is there, it "
                    f"went: run `followup done {step_id}`; if not, add --resend to send it. "
                    "Nothing sent.")


def _message(d: Draft, now: datetime) -> EmailMessage:
    """The draft's own .eml (messages.forms), made ready to send: no X-Unsent, a Message-ID."""
    import email
    from email.policy import default
    from email.utils import make_msgid

    from followup.messages import forms

    msg = email.message_from_bytes(forms.eml(d, now), policy=default)
    assert isinstance(msg, EmailMessage)
    del msg["X-Unsent"]
    domain = (d.from_email or "followup.invalid").rpartition("@")[2]
    msg["Message-ID"] = make_msgid(domain=domain)
    return msg


def prepare(store: Store, step_id: int, now: datetime, *, options: Options | None = None,
            phrasing: int | None = None, resend: bool = False, force: bool = False
            ) -> Outgoing:
    """Everything checked that can be checked without the network."""
    from followup.messages import catalog, drafts

    step = store.get_step(step_id)
    app = store.load(step.application_id)
    info = catalog.choose(step, rejected=app.status is AppStatus.REJECTED)
    if info.delivery == "note":
        raise Conflict(f"step {step_id} is the day to move on, not a message to send; when "
                       f"you are ready, run `followup done {step_id}`")
    if info.delivery != "email":
        if step.status is not StepStatus.PENDING:
            raise Conflict(f"step {step_id} is already {step.status.value}; nothing changed")
        try:
            d: Draft | None = drafts.draft(store, step_id, now, options=options,
                                           phrasing=phrasing)
        except FollowupError as exc:
            return Outgoing(step_id, info.delivery, None, None, None, exc.message)
        return Outgoing(step_id, info.delivery, d, None, None)
    previous = store.mail.last_send(step_id)
    if previous is not None and not resend:
        raise refusal(step_id, previous, step.status is StepStatus.PENDING)
    if step.status is not StepStatus.PENDING and not resend:
        raise Conflict(f"step {step_id} is already {step.status.value}; nothing sent (add "
                       "--resend to send its email anyway)")
    d = drafts.draft(store, step_id, now, options=options, phrasing=phrasing)
    if d.findings and not force:
        found = "; ".join(f"{f.rule} “{f.phrase}”" for f in d.findings)
        raise BadInput(f"the draft for step {step_id} fails the tone check ({found}): see "
                       f"`followup check {step_id}`; fix your template, or add --force to "
                       "send it as it is. Nothing sent.")
    if not d.to_email:
        who = d.to_name or "the recipient"
        raise BadInput(f"no valid email address for {who}: add it (see `followup "
                       "interviewer --help`), then send again")
    if not d.from_email:
        raise BadInput("your own address is needed as the sender: followup me --email "
                       "you@example.com")
    return Outgoing(step_id, "email", d, _message(d, now), previous)


@dataclass(frozen=True)
class SentCopy:
    """Where `send` saves a copy of what it hands over: an IMAP server and folder."""

    server: Server
    password: str | None
    folder: str


def send(store: Store, out: Outgoing, srv: Server, password: str | None, now: datetime,
         copy: SentCopy | None = None) -> Sent:
    """Hand the message to the server, save a copy in the Sent folder (`copy`), and record
    it; mark the step done (F1 re-plans). The copy is made as soon as the server has taken
    the message and before the send is recorded, so after a crash the Sent folder tells
    whether a send that did not finish went out."""
    from followup import service
    from followup.mail.smtp import MaybeSent, NotSent, deliver

    assert out.draft is not None and out.message is not None
    d, msg = out.draft, out.message
    message_id, sender, recipient = str(msg["Message-ID"]), str(d.from_email), str(d.to_email)
    subject = str(msg["Subject"])
    claimed: list[int] = []

    def claim() -> None:
        with store.write():
            current = store.mail.last_send(out.step_id)
            known = out.previous["id"] if out.previous is not None else None
            if (current["id"] if current is not None else None) != known:
                raise Conflict(f"step {out.step_id} is being sent by another followup right "
                               "now; nothing sent")
            claimed.append(store.mail.claim_send(out.step_id, message_id, sender, recipient,
                                          subject, now))

    try:
        answer = deliver(srv, password, msg, sender, [recipient], claim)
    except NotSent as exc:
        if claimed:
            with store.write():
                store.mail.finish_send(claimed[0], "failed", now, exc.message)
        raise NotSent(f"{exc.message}; nothing was sent") from None
    except MaybeSent as exc:
        raise MaybeSent(f"{exc.message}. It may or may not have arrived, so followup will "
                        f"not send step {out.step_id} again by itself: look in your Sent "
                        f"folder, then `followup done {out.step_id}` if it went, or `followup "
                        f"send {out.step_id} --resend`.") from None
    kept = _save_copy(copy, msg, now)
    with store.write():  # recorded as sent and the step done: both or neither
        store.mail.finish_send(claimed[0], "sent", now)
        step = store.get_step(out.step_id)
        if step.status is not StepStatus.PENDING:
            return Sent(message_id, recipient, subject, answer, service.show(store, step.
                        application_id), False, kept)
        try:
            app = service.mark_done(store, out.step_id, None, now)
        except FollowupError as exc:
            note = f"sent, but not marked done: {exc.message}"
            return Sent(message_id, recipient, subject, answer, service.show(
                store, step.application_id), False, f"{note}; {kept}" if kept else note)
        return Sent(message_id, recipient, subject, answer, app, True, kept)


def _save_copy(copy: SentCopy | None, msg: EmailMessage, now: datetime) -> str | None:
    """The copy in the Sent folder; what went wrong with it, if anything (it was sent)."""
    if copy is None:
        return None
    from email.policy import SMTP

    from followup.mail import MailError
    from followup.mail.imap import save_copy

    try:
        save_copy(copy.server, copy.password, copy.folder, msg.as_bytes(policy=SMTP), now)
    except MailError as exc:
        return f"sent, but no copy was saved in {copy.folder}: {exc.message}"
    return None


def mark_not_sent(store: Store, out: Outgoing, now: datetime) -> Application:
    """A letter or a call: followup cannot send it; the candidate did it, so it is done."""
    from followup import service

    return service.mark_done(store, out.step_id, None, now)
