"""`followup inbox`: replies found in the mailbox stop their sequence (F12).

What it is sure of, it logs as a reply (the plan is remade by service.log_event); what it is
unsure of, it keeps for the candidate to confirm or dismiss. Each message counts once: the
highest UID read is kept per mailbox and UIDVALIDITY, and every message acted on is kept with
its UID and Message-ID.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from followup.core.errors import BadInput, Conflict, FollowupError
from followup.core.model import Application, EventKind
from followup.mail.replies import Incoming, Prospect, Verdict
from followup.store.sqlite import Store

LOOKBACK_DAYS = 1


@dataclass
class Report:
    mailbox: str
    read: int = 0
    dry_run: bool = False
    replies: list[dict[str, Any]] = field(default_factory=list)
    unsure: list[dict[str, Any]] = field(default_factory=list)
    ignored: list[dict[str, Any]] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)  # over a reading budget

    def to_json(self) -> dict[str, Any]:
        return {"mailbox": self.mailbox, "read": self.read, "dry_run": self.dry_run,
                "replies": self.replies, "unsure": self.unsure, "ignored": self.ignored,
                "proposals": self.proposals, "skipped": self.skipped}


def skipped_entry(uid: int, reason: str, head: Incoming | None = None) -> dict[str, Any]:
    """A message left unread because it breaks a reading budget (followup.budgets)."""
    return {"uid": uid, "from": head.sender if head else "", "subject":
            head.subject if head else "", "reason": reason}


def read_heads(raw: list[tuple[int, bytes, datetime | None]], now: datetime,
               too_large: Sequence[tuple[int, int]] = ()
               ) -> tuple[list[tuple[Incoming, bytes]], list[dict[str, Any]]]:
    """Each message's header fields, read within the mail budgets: a message that breaks
    one is skipped and reported, and the others are read. `too_large` are (uid, size) of
    the messages the server said were over the size budget, never downloaded."""
    from followup import budgets
    from followup.mail.replies import parse

    read: list[tuple[Incoming, bytes]] = []
    skipped: list[dict[str, Any]] = []
    for uid, size in too_large:
        skipped.append(skipped_entry(uid, f"message {uid} is {size:,} bytes, over the "
                                     f"{budgets.MAIL_BYTES:,} bytes one message may have: "
                                     "not downloaded"))
    for uid, data, received in raw:
        try:
            budgets.mail_shape(data, f"message {uid}")
            head = budgets.within(budgets.SECONDS, f"message {uid}", parse, uid, data,
                                  received, now)
        except BadInput as exc:
            skipped.append(skipped_entry(uid, exc.message))
            continue
        read.append((head, data))
    return read, skipped


def prospects(store: Store) -> list[Prospect]:
    addresses: dict[int, set[str]] = {}
    for app_id, address in store.mail.application_addresses():
        addresses.setdefault(app_id, set()).add(address.strip().lower())
    names: dict[int, list[str]] = {}
    for app_id, name in store.mail.application_names():
        names.setdefault(app_id, []).append(name)
    out = []
    for r in store.mail.matchable_applications():
        if not r["last_interview"]:
            continue
        zone = ZoneInfo(r["tz"])
        after = datetime.fromisoformat(r["last_interview"])
        if r["last_reply"]:
            after = max(after, _replied_until(r, zone))
        out.append(Prospect(int(r["id"]), r["company"], r["status"], r["tz"], after,
                            frozenset(addresses.get(int(r["id"]), ())),
                            bool(r["thanks_pending"]), str(r["role"]),
                            tuple(names.get(int(r["id"]), ()))))
    return out


def _replied_until(r: Any, zone: ZoneInfo) -> datetime:
    """Mail counts as a new reply only after the last one: after the moment of the message
    the inbox logged it from, so that a second message of the same day (the ATS's letter an
    hour after the recruiter's note) is still read; after the whole day when the candidate
    logged it by hand, since that reply's own message may still be in the mailbox."""
    if r["last_reply_mail_at"] and not r["last_reply_by_hand"]:
        return datetime.fromisoformat(r["last_reply_mail_at"])
    next_day = date.fromisoformat(r["last_reply"]) + timedelta(days=1)
    return datetime.combine(next_day, time(), zone)


def facts(found: list[Prospect]) -> list[Any]:
    """What the text matcher (capture/matching.py) knows of each application."""
    from followup.capture.matching import Facts

    return [Facts(p.app_id, p.company, p.role, p.names) for p in found]


def by_words(msg: Incoming, verdict: Verdict, signed: str, found: list[Prospect]) -> Verdict:
    """The header matcher's verdict, settled by what the message says (capture/matching.py):
    mail from an applicant-tracking system goes to the application it names, and mail that
    could answer several applications to the one whose role it names. Either waits for the
    candidate to confirm, with the reason shown."""
    from followup.capture import matching
    from followup.mail.replies import domain, free_mail

    ats = verdict.outcome == "none" and (matching.is_ats(msg.address)
                                         or free_mail(domain(msg.address))
                                         or bool(matching.sender_people(msg.display_name)))
    if not (ats or len(verdict.app_ids) > 1) or matching.answering_machine(msg.automatic,
                                                                          msg.address):
        return verdict
    after = {p.app_id: p.after for p in found}
    from followup.capture.replies import unsigned

    ids, why = matching.settle(list(verdict.app_ids), verdict.reason,
                               verdict.outcome == "none", msg.address, msg.display_name,
                               msg.subject, unsigned(signed), facts(found), signed)
    ids = [i for i in ids if i in after and msg.at > after[i]]
    companies = {p.company.lower() for p in found if p.app_id in ids}
    if len(ids) > 1 and verdict.outcome == "none" and len(companies) == 1:
        # it names the employer but not which of its roles: listed, for the candidate to say
        return Verdict("unsure", tuple(ids), f"{why}; it does not say which of "
                       f"{', '.join(f'#{i}' for i in ids)} it is about")
    if len(ids) != 1:
        return verdict
    return Verdict("unsure", tuple(ids), why)


def earliest(found: list[Prospect]) -> date | None:
    """How far back to read: the day before the oldest date a reply could count from."""
    if not found:
        return None
    return min(p.after for p in found).date() - timedelta(days=LOOKBACK_DAYS)


def _row(msg: Incoming, verdict: Verdict, row_id: int | None = None) -> dict[str, Any]:
    return {"id": row_id, "uid": msg.uid, "from": msg.sender, "subject": msg.subject,
            "date": msg.at.isoformat(), "applications": list(verdict.app_ids),
            "reason": verdict.reason}


def _reply_day(msg_at: datetime, tz: str, now: datetime) -> date:
    return min(msg_at.astimezone(ZoneInfo(tz)).date(), now.date())


def _note(sender: str, subject: str) -> str:
    text = f"Email from {sender}: “{subject}”" if subject else f"Email from {sender}"
    return text[:500]


def run(store: Store, now: datetime, *, mailbox: str, uidvalidity: int,
        messages: list[Incoming], own: frozenset[str], dry_run: bool = False,
        skipped: list[dict[str, Any]] | None = None,
        texts: Callable[[Incoming], str] | None = None) -> Report:
    """Match what was read and act on it; `messages` are in UID order. `skipped` are the
    messages left unread (over a budget): reported, and counted as read. `texts` gives a
    message's new text (without the quoted history, with its signature), for what the
    headers leave open."""
    from followup import service
    from followup.mail.replies import classify

    report = Report(mailbox, len(messages) + len(skipped or ()), dry_run,
                    skipped=list(skipped or ()))
    sent = store.mail.sent_message_ids()
    found = prospects(store)
    by_id = {p.app_id: p for p in found}
    top = max((int(e["uid"]) for e in report.skipped), default=0)
    for msg in messages:
        top = max(top, msg.uid)
        if store.mail.message_known(mailbox, uidvalidity, msg.uid, msg.message_id):
            continue
        verdict = classify(msg, found, sent, own)
        if texts is not None:
            verdict = by_words(msg, verdict, texts(msg), found)
        if verdict.outcome == "none":
            continue
        entry = _row(msg, verdict)
        if dry_run:
            getattr(report, {"reply": "replies"}.get(verdict.outcome, verdict.outcome)
                    ).append(entry)
            continue
        with store.write():  # the reply logged and the message recorded: both or neither
            event_id = None
            if verdict.outcome == "reply":
                p = by_id[verdict.app_ids[0]]
                try:
                    app = service.log_event(store, p.app_id, EventKind.REPLY,
                                            _reply_day(msg.at, p.tz, now), now,
                                            note=_note(msg.sender, msg.subject))
                    event_id = app.events[-1].id
                    entry["status"] = app.status.value
                except FollowupError as exc:
                    verdict = Verdict("unsure", verdict.app_ids, f"{verdict.reason}; not "
                                      f"logged: {exc.message}")
                    entry = _row(msg, verdict)
            entry["id"] = store.mail.record_message(
                mailbox=mailbox, uidvalidity=uidvalidity, uid=msg.uid,
                message_id=msg.message_id, sender=msg.sender, subject=msg.subject,
                sent_at=msg.at, outcome=verdict.outcome, reason=verdict.reason,
                event_id=event_id, candidates=verdict.app_ids, now=now)
            if event_id is not None:  # mail counts as new from this message's moment on
                found = prospects(store)
                by_id = {q.app_id: q for q in found}
        getattr(report, {"reply": "replies"}.get(verdict.outcome, verdict.outcome)
                ).append(entry)
    if top and not dry_run:
        with store.write():
            store.mail.set_inbox_mark(mailbox, uidvalidity, top, now)
    return report


def awaiting(store: Store) -> list[dict[str, Any]]:
    """The messages kept for the candidate to confirm, oldest first, each with what it
    proposes when it says more than "a reply": `proposals`, one per application (the first
    also as `proposal`)."""
    from followup.capture.inbox import open_proposals

    with store.read():
        proposed = open_proposals(store)
        rows = {int(r["id"]): r for r in store.mail.messages_with("unsure")}
        for row_id in proposed:
            if row_id not in rows:
                rows[row_id] = store.mail.inbox_message(row_id)
        out = []
        for row_id, r in sorted(rows.items(), key=lambda kv: (kv[1]["sent_at"], kv[0])):
            entry = {"id": row_id, "from": r["sender"], "subject": r["subject"],
                     "date": r["sent_at"], "applications": store.mail.candidates_of(row_id),
                     "reason": r["reason"]}
            if row_id in proposed:  # one per application it decides something about
                entry["proposal"] = proposed[row_id][0]
                entry["proposals"] = proposed[row_id]
            out.append(entry)
        return out


def _unsure(store: Store, row_id: int) -> Any:
    row = store.mail.inbox_message(row_id)
    if row["outcome"] != "unsure":
        said = {"reply": "logged as a reply", "ignored": "ignored (sent by a machine)"}
        raise Conflict(f"message {row_id} is already {said.get(row['outcome'], row['outcome'])}"
                       "; nothing changed")
    return row


def confirm(store: Store, row_id: int, app_id: int | None, now: datetime) -> Application:
    """The candidate says message `row_id` is a reply: log it, and the plan is remade."""
    with store.write():  # looked up, logged and settled at once: a second confirm refuses
        return _confirm(store, row_id, app_id, now)


def _confirm(store: Store, row_id: int, app_id: int | None, now: datetime) -> Application:

    candidates = store.mail.candidates_of(row_id)
    if app_id is not None and app_id in candidates and \
            store.mail.inbox_message(row_id)["outcome"] in ("confirmed", "reply"):
        return _also(store, row_id, app_id, now)
    row = _unsure(store, row_id)
    if app_id is None:
        if len(candidates) != 1:
            listed = ", ".join(f"#{c}" for c in candidates)
            raise BadInput(f"message {row_id} could answer {listed}: add --app ID")
        app_id = candidates[0]
    result = _log_reply(store, row, store.load(app_id), now)
    store.mail.settle(row_id, "confirmed", result.events[-1].id)
    return result


def _log_reply(store: Store, row: Any, app: Application, now: datetime) -> Application:
    """Message `row` logged as a reply of application `app`, on the day it was sent there
    (never before its first interview)."""
    from followup import service

    tz = app.interviews[-1].tz if app.interviews else "UTC"
    day = max(_reply_day(datetime.fromisoformat(row["sent_at"]), tz, now),
              app.interviews[0].day if app.interviews else date.min)
    return service.log_event(store, app.id, EventKind.REPLY, day, now,
                             note=_note(row["sender"], row["subject"]))


def _also(store: Store, row_id: int, app_id: int, now: datetime) -> Application:
    """A message that answers two applications ("we've filled the Marketing Analyst post …
    your Data Analyst process is still active"), confirmed for one already: a reply for the
    other too, once. Its proposals table row says it was logged, so a second time refuses."""

    row = store.mail.inbox_message(row_id)
    key = f"m{row_id}"
    done = store.capture.proposal_for(key, app_id)
    app = store.load(app_id)
    first = any(e.id == row["event_id"] for e in app.events)  # the reply logged from it
    if first or (done is not None and done["state"] == "confirmed"):
        raise Conflict(f"message {row_id} is already logged for #{app_id}; nothing changed")
    if done is not None and done["state"] == "open":
        raise BadInput(f"message {row_id} proposes something for #{app_id}: confirm it with "
                       f"--confirm {row_id} --app {app_id}")
    # kept as not logged before the reply's undo entry is taken, confirmed after it: undo
    # puts it back to not logged, and it can be logged again
    mark = int(done["id"]) if done is not None else store.capture.add_proposal(
        key, app_id, "reply", {}, "a reply", now)
    if mark and done is None:
        store.capture.settle_proposal(mark, "dismissed")
    result = _log_reply(store, row, app, now)
    if mark:
        store.capture.settle_proposal(mark, "confirmed")
    return result


def dismiss(store: Store, row_id: int) -> None:
    """Not a reply: it stays out of every plan."""
    with store.write():
        _unsure(store, row_id)
        store.mail.settle(row_id, "dismissed", None)


def marker(store: Store) -> Callable[[str, int], Any]:
    """What the IMAP reader calls to keep a mailbox's UIDVALIDITY and how far it has read."""
    return lambda key, validity: store.mail.inbox_mark(key, validity)
