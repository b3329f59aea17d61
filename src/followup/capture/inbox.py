"""What the inbox proposes: interviews from invitations, and from replies a
decision date, an agreed follow-up day or an outcome. Nothing changes until the candidate
confirms one (`followup inbox --confirm N`), except what F12 already does on a reply.

A proposal belongs to the message it came from (its number in `followup inbox`), and is
carried out through the usual services: add_interview / add_application, log_event,
edit_application.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from followup.capture.away_said import AWAY as AWAY
from followup.capture.reply_words import THEM
from followup.core.errors import Conflict
from followup.core.model import Application, EventKind, Timeline
from followup.mail.replies import Incoming
from followup.store.sqlite import Store

KINDS = {"rejected": EventKind.REJECTED, "offer": EventKind.OFFER}
OUTCOMES = ("rejected", "next_round", "offer")
SAY = {
    "away": "away: put the next touch off to {day}",
    "rejected": "they turned you down: log `rejected` (the plan ends; contacts kept, A3)",
    "offer": "an offer: log `offer`",
    "next_round": "a further round: log their reply; the invitation will bring the interview",
    "decision": "they expect to decide by {day}: use it as the decision date (C1, F5)",
    "follow_up": "you agreed to follow up on {day}: plan it (C3, F6)",
}


@dataclass(frozen=True)
class Mail:
    """One message as read: its header fields and its raw bytes."""

    head: Incoming
    raw: bytes


def body_text(raw: bytes) -> str:
    """The message's text (plain, else HTML without its tags), read within the mail
    budgets: OverBudget when it breaks one."""
    from followup import budgets

    budgets.mail_shape(raw, "the message")
    return budgets.within(budgets.SECONDS, "the message", _body_text, raw)


def _body_text(raw: bytes) -> str:
    from email import message_from_bytes
    from email.policy import default

    try:
        msg = message_from_bytes(raw, policy=default)
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        text = part.get_content()
    except (LookupError, ValueError, AttributeError, TypeError):
        return ""
    if part.get_content_type() == "text/html":
        import re

        text = re.sub(r"<[^>]+>", " ", text)
    return str(text)


def fresh_text(raw: bytes, signed: bool = False) -> str:
    """A message's new text, without the quoted history (and its signature unless
    `signed`); empty when it breaks a budget (the proposals step reports it)."""
    from followup.capture.replies import new_text
    from followup.core.errors import BadInput

    try:
        return new_text(body_text(raw), signed=signed)
    except BadInput:
        return ""


def has_calendar(raw: bytes) -> bool:
    low = raw.lower()
    return b"begin:vcalendar" in low or b"text/calendar" in low or b"application/ics" in low


def app_zone(store: Store, app_id: int) -> str:
    app = store.load(app_id)
    return app.interviews[-1].tz if app.interviews else "UTC"


def propose(store: Store, now: datetime, *, mailbox: str, uidvalidity: int,
            mails: list[Mail], rows: dict[int, tuple[int, tuple[int, ...], str]],
            own: frozenset[str], fallback_tz: str,
            skipped: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Make the proposals for what was just read. `rows` maps a UID to the inbox row the
    reply matcher recorded (row id, applications, outcome). A message that breaks a reading
    budget is added to `skipped` and the others are read."""
    from followup.budgets import OverBudget
    from followup.capture import apply, away_many
    from followup.capture.invitations import calendar_bytes, read
    from followup.capture.matching import answering_machine
    from followup.core.errors import BadInput
    from followup.mail.inbox import facts, prospects, skipped_entry
    from followup.mail.replies import Verdict

    found = prospects(store)
    known = facts(found)
    addresses = {p.app_id: sorted(p.addresses) for p in found}
    made: list[dict[str, Any]] = []
    for m in mails:
        row = rows.get(m.head.uid)
        machine = answering_machine(m.head.automatic, m.head.address)
        if machine:  # an out-of-office: a pause for each open application its writer is on
            made += away_many.machine(store, m, row, now, mailbox, uidvalidity)
            continue
        if row is not None and row[2] == "ignored":
            continue
        if has_calendar(m.raw):
            try:
                inv = read(m.raw, fallback_tz)[0]
            except OverBudget as exc:
                if skipped is not None:
                    skipped.append(skipped_entry(m.head.uid, exc.message, m.head))
                continue
            except BadInput:
                continue
            d = apply.decide(store, inv, own)
            if d.action in ("same", "ignore"):
                continue
            inv = d.proposal.invitation  # in the zone its words state (stated_zone)
            summary = f"{d.why}: {d.proposal.company.value or '?'}, " \
                      f"{inv.at:%a %d %b %H:%M} {inv.tz}"
            payload = {"ics": calendar_bytes(m.raw).decode("utf-8", "replace")}
            with store.write():
                row_id = row[0] if row else store.mail.record_message(
                    mailbox=mailbox, uidvalidity=uidvalidity, uid=m.head.uid,
                    message_id=m.head.message_id, sender=m.head.sender,
                    subject=m.head.subject, sent_at=m.head.at, outcome="unsure",
                    reason="a calendar invitation", event_id=None,
                    candidates=[d.app_id] if d.app_id else [], now=now)
                if store.capture.add_proposal(f"m{row_id}", d.app_id, "invitation", payload,
                                    summary, now):
                    made.append({"message": row_id, "kind": "invitation",
                                 "summary": summary})
            continue
        if row is None or not row[1]:
            continue
        try:
            got = reading_after(m.head, m.raw, Verdict(row[2], row[1], ""), known, addresses,
                                lambda app: app_zone(store, app))
        except OverBudget as exc:
            if skipped is not None:
                skipped.append(skipped_entry(m.head.uid, exc.message, m.head))
            continue
        # away, said by hand ("Vacation responder: I'm traveling through Jan 11th")
        made += away_many.by_hand(store, m, row, got, now, mailbox, uidvalidity)
        for one in (got, *got["more"]):  # one per application it decides something about
            made += _proposals(store, row[0], one, now)
    return made


def away_proposal(store: Store, m: Mail, row_id: int, app_id: int, now: datetime
                   ) -> list[dict[str, Any]]:
    """The proposal to pause the chase for an out-of-office with a return day, if any."""
    away = _away(store, m, app_id)
    if away is None:
        return []
    with store.write():
        if store.capture.add_proposal(f"m{row_id}", app_id, "away", away[0], away[1], now):
            return [{"message": row_id, "kind": "away", "summary": away[1]}]
    return []


def _proposals(store: Store, row_id: int, got: dict[str, Any], now: datetime
               ) -> list[dict[str, Any]]:
    """The proposal of one reply, as `reading_after` read it: an outcome (with the decision
    day stated beside it), a decision day, or an agreed follow-up day."""
    kind = got["kind"]
    if kind not in SAY or got["app"] is None:
        return []
    day = got["follow_up"] if kind == "follow_up" else got["day"]
    on = date.fromisoformat(day) if day else None
    summary = SAY[kind].format(day=f"{on:%a %d %b}" if on else "")
    if kind in OUTCOMES and on is not None:
        summary += f"; they expect to decide by {on:%a %d %b}: the decision date too"
    from followup.core.excerpt import quote  # cut between words, the day kept inside

    summary += f" — “{quote(got['evidence'], 140)}”"
    with store.write():
        if store.capture.add_proposal(f"m{row_id}", got["app"], kind,
                                      {"day": day, "evidence": got["evidence"],
                                       "why": got["why"]}, summary, now):
            return [{"message": row_id, "kind": kind, "summary": summary}]
    return []


def open_proposals(store: Store) -> dict[int, list[dict[str, Any]]]:
    """message number -> its open proposals, one per application it decides something
    about ("we've filled the Marketing Analyst position … your Data Analyst process is still
    active" proposes for one application; an outcome for each of two roles, for both)."""
    out: dict[int, list[dict[str, Any]]] = {}
    for r in store.capture.proposals():
        out.setdefault(int(str(r["message_key"])[1:]), []).append({
            "kind": r["kind"], "summary": r["summary"], "application": r["application_id"],
            "proposal": int(r["id"])})
    return out


def pending_for(store: Store, row_id: int, app_id: int | None = None) -> Any:
    """The open proposal of message `row_id` (for application `app_id` when given), or
    None; BadInput when the message proposes for several applications and `app_id` does
    not say which."""
    from followup.core.errors import BadInput

    mine = [r for r in store.capture.proposals() if r["message_key"] == f"m{row_id}"]
    if app_id is not None:
        return next((r for r in mine if r["application_id"] == app_id), None)
    if len(mine) > 1:
        listed = " and ".join(f"#{r['application_id']}" for r in mine)
        raise BadInput(f"message {row_id} proposes something for {listed}: say which with "
                       f"--app ID (each is confirmed or dismissed on its own)")
    return mine[0] if mine else None


def _message_day(row: Any, tz: str, now: datetime) -> date:
    return min(datetime.fromisoformat(row["sent_at"]).astimezone(ZoneInfo(tz)).date(),
               now.date())


def carry_out(store: Store, row_id: int, proposal: Any, now: datetime, own: frozenset[str],
              fallback_tz: str) -> Application:
    """Confirm a proposal through the same services as `log`, `edit` and `add`: the change
    and the proposal's settling in one transaction (never logged twice, never left open)."""
    with store.write():
        current = store.capture.proposal(int(proposal["id"]))
        if current is None or current["state"] != "open":  # a second click, another process
            raise Conflict(f"message {row_id} is already "
                           f"{current['state'] if current else 'gone'}; nothing changed")
        return _carry_out(store, row_id, current, now, own, fallback_tz)


def _carry_out(store: Store, row_id: int, proposal: Any, now: datetime, own: frozenset[str],
               fallback_tz: str) -> Application:
    from followup import service

    msg = store.mail.inbox_message(row_id)
    kind = str(proposal["kind"])
    payload = json.loads(proposal["payload"])
    result: Application | None
    if kind == "invitation":
        from followup.capture import apply
        from followup.capture.invitations import read

        inv = read(payload["ics"].encode(), fallback_tz)[0]
        d = apply.decide(store, inv, own)
        apply.check_action(d)
        result = apply.store_invitation(store, d, now, playbook="default", holidays=None)
        if result is None:
            raise Conflict("the invitation changes nothing; nothing changed")
        event_id = None
    else:
        app_id = int(proposal["application_id"])
        app = store.load(app_id)
        tz = app.interviews[-1].tz if app.interviews else "UTC"
        day = max(_message_day(msg, tz, now), app.interviews[0].day)
        note = f"Email from {msg['sender']}: “{msg['subject']}”"[:500]
        # the reply F12 logged is this application's (a proposal for another application of
        # the same message logs its own)
        logged = msg["event_id"] is not None and any(e.id == msg["event_id"]
                                                     for e in app.events)
        if kind in KINDS:
            result = service.log_event(store, app_id, KINDS[kind], day, now, note=note)
        else:
            on = date.fromisoformat(payload["day"]) if payload.get("day") else None
            if kind == "away" and on is not None:
                return _pause(store, app_id, on, payload, proposal, now)
            fields: dict[str, Any] = (
                {"decision_by": on} if kind in ("decision", "next_round") and on else
                {"follow_up_on": on} if kind == "follow_up" and on else {})
            if logged and fields:
                result = service.edit_application(store, app_id, now, timeline=fields)
            elif logged:
                result = store.load(app_id)
            else:
                result = service.log_event(store, app_id, EventKind.REPLY, day, now,
                                           note=note, timeline=Timeline(**fields)
                                           if fields else None)
        event_id = result.events[-1].id if result.events else None
    store.capture.settle_proposal(int(proposal["id"]), "confirmed")
    if msg["outcome"] == "unsure":
        store.mail.settle(row_id, "confirmed", event_id)
    return result


def _away(store: Store, m: Mail, app_id: int) -> tuple[dict[str, Any], str] | None:
    """An out-of-office with a return day: pause the chase until a business day after it
    (as the sales-cadence tools do), the day capture.away_many gives each application."""
    from followup.capture.away_many import back_day_of, until_day

    app = store.load(app_id)
    back = back_day_of(store, m, app)
    if back is None:
        return None
    until = until_day(app, back)
    return ({"day": until.isoformat(), "back": back.isoformat()},
            f"{m.head.sender} is away until {back:%a %d %b}: put the next touch off to "
            f"{until:%a %d %b}")


def _pause(store: Store, app_id: int, until: date, payload: dict[str, Any], proposal: Any,
           now: datetime) -> Application:
    """Put the next open touch off to `until` (capture.away_many.pause)."""
    from followup.capture.away_many import pause

    return pause(store, app_id, until, payload, proposal, now)


def dismiss(store: Store, proposal: Any) -> None:
    with store.write():
        store.capture.settle_proposal(int(proposal["id"]), "dismissed")


def evaluate(raw: bytes, apps: list[dict[str, Any]], own: frozenset[str]) -> dict[str, Any]:
    """What the inbox would make of one message, without a database (bench/capture_blind.py):
    `apps` as in the blind corpus's applications.json."""
    from followup.capture.matching import Facts
    from followup.mail.replies import Prospect, parse

    prospects: list[Prospect] = []
    sent: dict[str, int] = {}
    facts = []
    domains: dict[int, list[str]] = {}
    for a in apps:
        people = [*a["interviewers"], *([a["coordinator"]] if a.get("coordinator") else [])]
        prospects.append(Prospect(a["id"], a["company"], "active", "UTC",
                                  datetime(2000, 1, 1, tzinfo=ZoneInfo("UTC")),
                                  frozenset(p["email"].lower() for p in people
                                            if p.get("email")), False))
        sent |= {s["message_id"]: a["id"] for s in a.get("sent", [])}
        facts.append(Facts(a["id"], a["company"], a["role"],
                           tuple(p["name"] for p in people if p.get("name"))))
        domains[a["id"]] = [p["email"] for p in people if p.get("email")]
    from followup.clock import utc_now

    head = parse(1, raw, None, utc_now())
    return reading_of(head, raw, prospects, sent, own, facts, domains)


def reading_of(head: Incoming, raw: bytes, prospects: list[Any], sent: dict[str, int],
               own: frozenset[str], facts: list[Any], addresses: dict[int, list[str]],
               tz_of: Callable[[int], str] = lambda _: "UTC") -> dict[str, Any]:
    """Which application a message is about and what it proposes: {app, outcome, kind, day,
    back, why, evidence}. The header matcher first, then what the text names
    (capture/matching.py); an outcome goes to the application whose role it names. The one
    reading of a message, for `followup inbox` and for the bench alike."""
    from followup.mail.replies import classify

    verdict = classify(head, prospects, sent, own)
    return reading_after(head, raw, verdict, facts, addresses, tz_of)


def reading_after(head: Incoming, raw: bytes, verdict: Any, facts: list[Any],
                  addresses: dict[int, list[str]], tz_of: Callable[[int], str]
                  ) -> dict[str, Any]:
    """As `reading_of`, given the header matcher's verdict; a day is proposed only when the
    writer named it (a period is none: capture.reply_dates.named_only)."""
    from followup.capture.reply_dates import named_only

    with named_only():
        return _reading_after(head, raw, verdict, facts, addresses, tz_of)


def _reading_after(head: Incoming, raw: bytes, verdict: Any, facts: list[Any],
                   addresses: dict[int, list[str]], tz_of: Callable[[int], str]
                   ) -> dict[str, Any]:
    from followup.capture import away_alone, matching, other_apps, several
    from followup.capture.replies import back_day, day_first, new_text, read_reply, unsigned
    from followup.capture.reply_languages import written_day

    out: dict[str, Any] = {"app": None, "outcome": None, "kind": None, "day": None,
                           "follow_up": None, "back": None, "why": verdict.reason, "evidence": "",
                           "more": []}
    if has_calendar(raw):
        return out
    body = body_text(raw)
    signed = new_text(body, signed=True)
    fresh = unsigned(signed)
    ids, why = matching.settle(list(verdict.app_ids), verdict.reason,
                               verdict.outcome == "none", head.address, head.display_name,
                               head.subject, fresh, facts, signed)
    if len(ids) > 1:
        return _one_role(out, head, raw, fresh, ids, why, facts, addresses, tz_of)
    if not ids:  # no one application; an out-of-office's return day still read
        return away_alone.away_alone(out, head, body, fresh)
    known = {a.lower() for i in ids for a in addresses.get(i, [])}
    if verdict.outcome != "none" and not head.refs and head.address not in known and \
            not matching.about_hiring([f for f in facts if f.app_id in ids], head.display_name,
                                      head.subject, fresh):
        return out  # from the employer's domain, by no one known, of nothing of hiring
    app = ids[0]
    dmy = day_first(head.address, *addresses.get(app, []), text=signs(raw, body))
    out["why"] = why
    machine = matching.answering_machine(head.automatic, head.address)
    if machine or (AWAY.search(fresh[:400]) and read_reply(
            body, head.at, tz_of(app), dmy=dmy).outcome not in (*OUTCOMES, "decision")):
        # a person who says they are away and still gives news is read for the news
        out["app"] = app
        back = back_day(body, head.at, tz_of(app), dmy)
        out["back"] = back.isoformat() if back else None
        return out
    sibs = matching.siblings(facts, app)
    me = next((f for f in facts if f.app_id == app), None)
    reading = read_reply(body, head.at, tz_of(app), dmy=dmy)
    told = fresh  # the text about `app`: where a day beside its outcome is read
    named = matching.roles_named([me, *sibs], fresh) if me is not None else []
    if me is not None and me not in named and len(named) == 1:
        # the text names only the other role: it is about that one, whatever thread it is in
        app, why = named[0].app_id, f"{why}; it names the {named[0].role} role"
        out["why"] = why
        reading = read_reply(body, head.at, tz_of(app), dmy=dmy)
    elif me is not None and sibs and any(f in named for f in sibs):
        group = [me, *sibs]
        parts = several.role_parts(group, fresh, head.at, tz_of, lambda _: dmy)
        for f, part, text in parts:
            if part.outcome in OUTCOMES or f is me or (
                    part.outcome == "decision" and reading.outcome not in (*OUTCOMES, "decision")):
                # "nothing new on the Marketing role; on the Data side, a decision by Monday"
                app, reading, told = f.app_id, part, text
                if part.outcome in OUTCOMES:
                    out["why"] = f"{why}; the outcome names the {f.role} role"
                    break
        out["more"] = several.more(parts, app, group, why, head.at, lambda _: dmy)
    out["app"] = app
    if reading.outcome not in OUTCOMES and me is not None and (
            mine := other_apps.without_others(told, me, facts)) is not None:
        reading = read_reply(mine, head.at, tz_of(app), dmy=dmy)  # "Wisła is still live"
    if reading.outcome in SAY:
        out["kind"], out["evidence"] = reading.outcome, reading.evidence
        out["outcome"] = reading.outcome if reading.outcome in OUTCOMES else None
        day = reading.day if reading.outcome == "decision" else None
        if reading.outcome == "follow_up" and reading.day is not None:
            out["follow_up"] = reading.day.isoformat()
        if reading.outcome in ("next_round", "offer"):  # a round's own day is no decision day
            day = decision_day(told, head.at, dmy) or (  # an offer is the decision made
                written_day(told, head.at, tz_of(app)) if reading.outcome != "offer" else None)
        out["day"] = day.isoformat() if day else None
    return out


def signs(raw: bytes, body: str) -> str:
    """What may show the writer's date order besides the address: the message's
    Content-Language, its Date's offset and its text (capture.date_order)."""
    from followup.capture.date_order import signs as shown

    return shown(raw, body)


def _one_role(out: dict[str, Any], head: Incoming, raw: bytes, fresh: str, ids: list[int],
              why: str, facts: list[Any], addresses: dict[int, list[str]],
              tz_of: Callable[[int], str]) -> dict[str, Any]:
    """A message that could answer several applications at one company (one recruiter for
    two roles): its outcome goes to the application whose role the outcome names; when it
    decides something about two of them, each in a sentence naming its role, the second is
    a proposal of its own (`more`)."""
    from followup.capture import away_alone, several
    from followup.capture.replies import day_first

    group = [f for f in facts if f.app_id in ids]
    one = len({f.company.lower() for f in group}) == 1
    listed = ", ".join(f"#{f.app_id} {f.role if one else f.company}" for f in group)
    out = out | {"why": f"{why}; it does not say which of {listed} it is about: not guessed"}

    def dmy_of(app_id: int) -> bool:
        return day_first(head.address, *addresses.get(app_id, []), text=signs(raw, fresh))

    parts = several.role_parts(group, fresh, head.at, tz_of, dmy_of)
    hits = [(f, part, text) for f, part, text in parts if part.outcome in OUTCOMES]
    if len(hits) > 1:  # one outcome each: only those said in a sentence naming the role
        hits = [h for h in hits if several.names_its_role(h[0], group, h[1].evidence)]
    if not hits:  # an out-of-office's return day is the same for each of them
        return away_alone.away_alone(out, head, body_text(raw), fresh)
    f, reading, text = hits[0]
    day = None if reading.outcome == "rejected" else decision_day(text, head.at,
                                                                   dmy_of(f.app_id))
    return out | {"app": f.app_id, "outcome": reading.outcome, "kind": reading.outcome,
                  "evidence": reading.evidence, "day": day.isoformat() if day else None,
                  "why": f"{why}; the outcome names the {f.role if one else f.company} "
                         f"{'role' if one else 'application'}",
                  "more": several.more(parts, f.app_id, group, why, head.at, dmy_of)}


# Beside a next round or an offer, only the employer's own next word is a decision day ("we'll
# decide by the 9th", "I'll send the written offer by Tuesday", "the contract will be with
# you by 12/02"); a call, a start date, a meeting or the candidate's own deadline ("let us
# know your decision by the 23rd") is not, nor the message's own day ("I'll email the
# paperwork over this afternoon"). A rejection closes the process: no day beside it.
_PAPERS = r"(?:offer|paperwork|contract|(?:formal|written|offer|official) letter)s?"
BESIDE = re.compile(rf"decid|decision|finali[sz]e|conclude|\beither way\b|"
                    rf"(?:get|gets|getting|come|comes|coming) back to {THEM}\b|"
                    r"hear back|be in touch|"
                    # the answer in other words: "a final answer for you by 1/8", "close it out
                    # by Monday", "wrap things up by the 11th"
                    r"\banswer (?:for|to) you\b|\b(?:close|wrap) (?:it|this|things|the \w+) "
                    r"(?:out|off|up)\b|\bwrap(?:ping)?(?: up)? (?=by\b)|\b(?:we|i)(?:'ll|'d|"
                    r"'re|'ve)?\s(?:(?!you\b)[\w-]+ ){0,5}?clos(?:e|ing) (?:this|it|things) "
                    r"(?=(?:by|before|on or before|no later than)\b)|"
                    # the answer a message will bring: "we will revert with the outcome by
                    # 23/12", "HR will write with the panel's decision on Monday"
                    r"\bwith (?:the|our|an?|its|\w+'s) (?:final |formal )?(?:outcome|"
                    r"decision|verdict|answer|result)s?\b|\brevert(?:ing)? (?:back )?to "
                    rf"{THEM}\b|"
                    r"select(?:ion)?s?\b|who(?:'s| is) (?:going|moving) (?:through|forward)|"
                    rf"make (?:a|the|our) (?:final )?call\b|final call\b|let {THEM} know|"
                    rf"(?:inform|notify|tell|advise|update) {THEM}\b|"
                    rf"{_PAPERS}\b(?: letter)?[^.;]{{0,25}}?\b(?:to you|with you|"
                    r"will follow|follows?|to follow|on its way|in your inbox|reach you|in the "
                    r"post|in the mail)|"
                    r"(?:have|get|send|email|post|put|receive|expect|issue|prepare|draw up) "
                    rf"(?:you )?(?:\w+ ){{0,3}}{_PAPERS}\b|"
                    rf"{_PAPERS}\b[^.;]{{0,30}}?\b(?:(?:will|should|is going to|'ll) "
                    r"(?:come|arrive|land|reach|be (?:sent|issued|with you|in your))|"
                    r"(?:is )?(?:coming|arriving))|"
                    rf"{_PAPERS}\b[^.;]{{0,60}}?\b(?:send|email|get|have|post) it\b|"
                    # the papers as "it" later on: "the letter needs our COO's sign-off, so it
                    # will follow by 1/22"
                    rf"{_PAPERS}\b[^.;]{{0,90}}?\bit(?:'ll| will| should| is going to)? "
                    r"(?:follow|come|arrive|reach you|be with you|land)\b|"
                    r"(?:confirm|share|send|have|get|give) (?:you )?(?:the |our |any |some )?"
                    r"(?:final )?(?:outcomes?|results?|news|feedback)|"
                    r"\b(?:i|we|they|s?he)(?:'d|'ll| w(?:ill|ould)| should| can)?(?: \w+){0,3}"
                    r"(?: able to)? confirm\b(?! (?:the |your |our )?(?:interview|call|meeting|"
                    r"slot|time|date))|\b(?:an?|the|our|final|definite|firm) answer\b|"
                    r"\bwrap(?:ping)? (?:this|it|things|everything) up\b|"
                    r"update you|send (?:you )?(?:the |a |your )?(?:written |formal )?"
                    r"(?:offer|paperwork|contract)", re.IGNORECASE)
MEETING_DAY = re.compile(r"\b(?:round|interview|call|meeting|chat|conversation|session)s? "
                         r"(?:is |will be )?(?:on|at|for)\b", re.IGNORECASE)


def _after_meeting(sentence: str) -> str:
    """The sentence less a meeting's day written before its cue ("a final interview on the
    23rd. We aim to decide by the 30th" read as one sentence)."""
    m = MEETING_DAY.search(sentence)
    cue = BESIDE.search(sentence)
    return sentence[cue.start():] if m and cue and m.start() < cue.start() else sentence


def decision_day(text: str, sent_at: datetime, dmy: bool = False) -> date | None:
    """A decision day stated beside an outcome ("… and we'll decide by the 15th"): one
    message can carry both proposals."""
    from followup.capture.replies import sentences, writers_day
    from followup.capture.reply_dates import DAY_FIRST, pick
    from followup.capture.reply_words import NOT_DECIDING

    token = DAY_FIRST.set(dmy)
    try:
        today = writers_day(sent_at, "UTC")  # the writer's own day, in the Date's offset
        parts = [p for s in sentences(text) for p in s.split(";")]  # a thought each
        return next((d for i, s in enumerate(parts) if BESIDE.search(s)
                     and not NOT_DECIDING.search(s) and (d := pick(
                         _after_meeting(s), today, BESIDE, after=True,
                         before=" ".join(parts[:i])))), None)
    finally:
        DAY_FIRST.reset(token)
