"""An out-of-office from a person on several of the candidate's applications (issue 23, point
3): a recruiter or coordinator who handles two of them, or whose auto-reply names no company
or role. Each open application that person is on (as an interviewer, a coordinator, a contact
filed under its company, or someone the candidate wrote to for it: the store's one list,
`store.mail.application_addresses`) gets its own proposal to pause the chase until the return
day plus a business day of that application's calendar, of the same kind as the one
application's (`capture.inbox`'s "away"), so confirming it is the same pause (`service.snooze`
through `capture.inbox.carry_out`). Closed applications get none; a sender the store does not
know gets none, as before."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from followup.core.model import LIVE, Application
from followup.store.sqlite import Store

CHASE = ("follow_up", "call")


def machine(store: Store, m: Any, row: tuple[int, tuple[int, ...], str] | None, now: datetime,
            mailbox: str, uidvalidity: int) -> list[dict[str, Any]]:
    """The proposals of an auto-reply (`m` a capture.inbox.Mail, `row` the reply matcher's
    record of it, if any)."""
    single = row[1][0] if row is not None and len(row[1]) == 1 else None
    return _proposals(store, m, row, single, now, mailbox, uidvalidity)


def by_hand(store: Store, m: Any, row: tuple[int, tuple[int, ...], str], got: dict[str, Any],
            now: datetime, mailbox: str, uidvalidity: int) -> list[dict[str, Any]]:
    """The proposals of a message that says in its first lines that its writer is away
    ("I'm out of the office until …"), sent by a person, that decides nothing (`got`, its
    reading by capture.inbox.reading_after)."""
    from followup.capture.away_said import AWAY
    from followup.capture.inbox import fresh_text

    if got["kind"] is not None:
        return []
    if got["app"] is not None and not got["back"]:
        return []  # a reply to one application, not an out-of-office
    if got["app"] is None and not AWAY.search(fresh_text(m.raw)[:400]):
        return []
    return _proposals(store, m, row, got["app"], now, mailbox, uidvalidity)


def open_apps_of(store: Store, address: str) -> list[Application]:
    """The open applications (a plan runs for them) that `address` is a known person of."""
    address = address.strip().lower()
    if not address:
        return []
    ids = sorted({app for app, known in store.mail.application_addresses()
                  if known.strip().lower() == address})
    apps = [store.load(i) for i in ids]
    return [a for a in apps if a.status in LIVE]


def until_day(app: Application, back: date) -> date:
    """The return day plus one business day of the application's calendar (its country's
    holidays and weekends skipped)."""
    from followup.core.rolling import calendar

    return calendar(app).add_business_days(back, 1)


def _proposals(store: Store, m: Any, row: tuple[int, tuple[int, ...], str] | None,
               single: int | None, now: datetime, mailbox: str, uidvalidity: int
               ) -> list[dict[str, Any]]:
    from followup.capture.inbox import away_proposal

    apps = open_apps_of(store, m.head.address)
    if not apps or (single is not None and [a.id for a in apps] == [single]):
        # no known person, or one on that application only: the one application's proposal
        return away_proposal(store, m, row[0], single, now) if (
            single is not None and row is not None) else []
    from followup.core.rolling import today_of

    # a return day already past (mail read late) leaves nothing to put off
    days = {a.id: d for a in apps if (d := back_day_of(store, m, a)) is not None
            and until_day(a, d) > today_of(a, now)}
    apps = [a for a in apps if a.id in days]
    if not apps:
        return []
    listed = _listed(apps)
    made: list[dict[str, Any]] = []
    with store.write():
        row_id = row[0] if row is not None else _record(store, m, apps, listed, now, mailbox,
                                                        uidvalidity)
        if row_id is None:
            return []
        for a in apps:
            back = days[a.id]
            until = until_day(a, back)
            summary = (f"{m.head.sender}, on {listed}, is away until {back:%a %d %b}: put "
                       f"the next touch of #{a.id} off to {until:%a %d %b}")
            if store.capture.add_proposal(f"m{row_id}", a.id, "away",
                                          {"day": until.isoformat(), "back": back.isoformat()},
                                          summary, now):
                made.append({"message": row_id, "kind": "away", "summary": summary,
                             "application": a.id})
    return made


def back_day_of(store: Store, m: Any, app: Application) -> date | None:
    """The day the writer says they are back, read in the application's zone (a named day
    only: "back next week" is none)."""
    from followup.capture.inbox import app_zone, body_text, signs
    from followup.capture.replies import back_day, day_first
    from followup.capture.reply_dates import named_only
    from followup.core.errors import BadInput

    try:
        body = body_text(m.raw)
    except BadInput:
        return None
    with named_only():
        return back_day(body, m.head.at, app_zone(store, app.id),
                        day_first(m.head.address, text=signs(m.raw, body)))


def _name(app: Application) -> str:
    return f"{app.company} ({app.role})" if app.role else app.company


def _listed(apps: list[Application]) -> str:
    names = [f"#{a.id} {_name(a)}" for a in apps]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _record(store: Store, m: Any, apps: list[Application], listed: str, now: datetime,
            mailbox: str, uidvalidity: int) -> int | None:
    """The message kept in the inbox's table (the reply matcher left it: no application
    it could be a reply of), unless it was read before."""
    h = m.head
    if store.mail.message_known(mailbox, uidvalidity, h.uid, h.message_id):
        return None
    return int(store.mail.record_message(
        mailbox=mailbox, uidvalidity=uidvalidity, uid=h.uid, message_id=h.message_id,
        sender=h.sender, subject=h.subject, sent_at=h.at, outcome="ignored",
        reason=f"an out-of-office from {h.address}, a person you know on {listed}",
        event_id=None, candidates=[a.id for a in apps], now=now))


def pause(store: Store, app_id: int, until: date, payload: dict[str, Any], proposal: Any,
          now: datetime) -> Application:
    """Put the next open touch off to `until` (service.snooze: the later ones move too; the
    one place a pause lives, read by the plan, `today`, the web and the calendar feed). Once
    that day has come, there is nothing left to put off: the proposal is settled as is."""
    from followup import service
    from followup.core.rolling import calendar, today_of

    app = store.load(app_id)
    over = calendar(app).on_or_after(until) <= today_of(app, now)
    # the chase's next touch: a follow-up or a call (a thank-you keeps its window; a word
    # to a contact of the candidate's network is no touch of the employer's, A2)
    step = None if over else next((s for s in app.pending if s.kind.value in CHASE
                                   and s.due < until), None)
    result = app if step is None else service.snooze(
        store, step.id, until, f"away until {payload.get('back', until)}", now)
    with store.write():
        store.capture.settle_proposal(int(proposal["id"]), "confirmed")
    return result
