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
                    "It was stopped while the server was taking the message. Look in your "
                    "Sent folder (where your mail server keeps what it sends) or ask the "
                    f"recipient: if it went, run `followup done {step_id}`; if not, add "
                    "--resend to send it. Nothing sent.")


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
    blank = next((f.phrase for f in d.findings if f.category == "placeholder"), None)
    if blank is not None:  # a line left for the candidate never goes out, even with --force
        raise BadInput(f"the draft for step {step_id} still has a line for you to fill in "
                       f"(“{blank}”): give your words with --update \"...\", or edit the "
                       "draft and send it yourself. Nothing sent.")
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
    """Hand the message to the server, record it as sent with the copy it owes to the Sent
    folder (`copy`) and mark the step done (F1 re-plans), in one transaction; then save
    the copy. Killed before the copy is saved, a later `send` or `inbox` saves it
    (save_owed_copies), once, and the message is never sent again."""
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
    kept = None
    with store.write():  # recorded as sent, its copy owed, and the step done: all or none
        store.mail.finish_send(claimed[0], "sent", now)
        if copy is not None:
            store.mail.owe_copy(message_id, copy.folder, _as_text(msg), now)
        step = store.get_step(out.step_id)
        if step.status is not StepStatus.PENDING:
            app, done = service.show(store, step.application_id), False
        else:
            try:
                app, done = service.mark_done(store, out.step_id, None, now), True
            except FollowupError as exc:
                app, done = service.show(store, step.application_id), False
                kept = f"sent, but not marked done: {exc.message}"
    if copy is not None:
        problem = _save_copy(store, copy, message_id, copy.folder, _as_text(msg), now)
        kept = f"{kept}; {problem}" if kept and problem else kept or problem
    return Sent(message_id, recipient, subject, answer, app, done, kept)


def _as_text(msg: EmailMessage) -> str:
    """The message as the SMTP server took it, byte for byte, as text to keep."""
    from email.policy import SMTP

    return msg.as_bytes(policy=SMTP).decode("latin-1")


def _save_copy(store: Store, copy: SentCopy, message_id: str, folder: str, message: str,
               when: datetime) -> str | None:
    """Save an owed copy in the Sent folder, once; what went wrong with it, if anything (the
    message was sent; the copy stays owed, for the next `send` or `inbox`)."""
    from followup.mail import MailError
    from followup.mail.imap import save_copy

    try:
        save_copy(copy.server, copy.password, folder, message.encode("latin-1"), when,
                  message_id)
    except MailError as exc:
        return (f"sent, but no copy was saved in {folder}: {exc.message} (followup saves it "
                "on your next `send` or `inbox`)")
    with store.write():
        store.mail.copy_saved(message_id)
    return None


def owes_copies(store: Store) -> bool:
    """Whether an earlier send still owes its copy to the Sent folder."""
    with store.read():
        return bool(store.mail.owed_copies())


def save_owed_copies(store: Store, copy: SentCopy) -> tuple[list[str], str | None]:
    """The copies owed to the Sent folder by earlier sends (one killed after the server took
    its message, or whose copy failed), each saved once: (the subjects saved, what went
    wrong if one could not be)."""
    with store.read():
        owed = store.mail.owed_copies()
    saved: list[str] = []
    for row in owed:
        problem = _save_copy(store, copy, row["message_id"], row["folder"], row["message"],
                             datetime.fromisoformat(row["sent_at"]))
        if problem is not None:
            return saved, problem
        saved.append(f"{row['message_id']} in {row['folder']}")
    return saved, None


def mark_not_sent(store: Store, out: Outgoing, now: datetime) -> Application:
    """A letter or a call: followup cannot send it; the candidate did it, so it is done."""
    from followup import service

    return service.mark_done(store, out.step_id, None, now)
