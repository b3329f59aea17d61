"""What an invitation does to the database, through the usual services.

A new UID makes an application (or a new round of a known one: service.add_interview); the
same UID again changes nothing; a higher SEQUENCE moves the interview and its plan; a CANCEL
cancels it. `decide` only looks; `store_invitation` acts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from followup.capture.invitations import Invitation
from followup.capture.propose import Guessed, Known, KnownApp, Proposal, propose
from followup.core.errors import BadInput, Conflict
from followup.core.mailboxes import FREE_MAIL, domain
from followup.core.model import Application, replace
from followup.core.unknown import (
    TIME_FLAG,
    UNKNOWN_COMPANY,
    UNKNOWN_ROLE,
    flag,
    is_time_flag,
    unknown_fields,
)
from followup.store.sqlite import Store


class Given(NamedTuple):
    """What the candidate gave beside `--from`: it wins over what the file says."""

    interviewers: tuple[Any, ...] = ()  # --with (Persons); () keeps the file's
    coordinator: Any = None  # --coordinator (a Person)
    timeline: Mapping[str, Any] = {}  # --decision-by, --follow-up-on, ... parsed
    noted: tuple[str, ...] = ()
    at: datetime | None = None  # --interviewed: the real time of an all-day event


class Decision(NamedTuple):
    action: str  # new | round | same | move | cancel | ignore
    proposal: Proposal
    app_id: int | None
    interview_id: int | None
    why: str

    @property
    def keeps_stored(self) -> bool:
        """An invitation read before, moved, cancelled or the same: it changes the interview's
        time only, and the application keeps its company, role and people as stored (the
        corrections made since included)."""
        return self.action in ("move", "cancel", "same") and self.app_id is not None


def own_addresses(store: Store, settings: Mapping[str, str | None] | None = None
                  ) -> frozenset[str]:
    """The candidate's own addresses (the profile's, and the mail accounts' in `settings`):
    never an interviewer, never the employer's domain."""
    given = settings or {}
    found = {store.capture.profile_email(), given.get("smtp_user"), given.get("imap_user"),
             given.get("remind_to")}
    return frozenset(a.strip().lower() for a in found if a and "@" in a)


def snapshot(store: Store) -> Known:
    doms: dict[int, set[str]] = {}
    for app_id, address in store.capture.people_addresses():
        d = domain(address)
        if d and d not in FREE_MAIL:
            doms.setdefault(app_id, set()).add(d)
    apps = tuple(KnownApp(int(r["id"]), r["company"], r["role"], r["status"],
                          frozenset(doms.get(int(r["id"]), ())))
                 for r in store.capture.known_apps())
    companies: dict[str, str] = {}
    for address, name in store.capture.contact_companies():
        d = domain(address)
        if d and d not in FREE_MAIL:
            companies.setdefault(d, name)
    return Known(apps, companies)


def decide(store: Store, inv: Invitation, own: frozenset[str],
           company: str | None = None, role: str | None = None,
           known: Known | None = None) -> Decision:
    prop = propose(inv, own, known or snapshot(store))
    if company:
        prop = prop._replace(company=Guessed(company.strip(), False, "as you gave it"))
    if role:
        prop = prop._replace(role=Guessed(role.strip(), False, "as you gave it"))
    row = store.capture.invitation(inv.uid)
    if row is not None and row["interview_id"] is not None:
        app_id, iv_id = int(row["application_id"]), int(row["interview_id"])
        if inv.cancelled:
            if row["cancelled"]:
                return Decision("same", prop, app_id, iv_id, "already cancelled")
            return Decision("cancel", prop, app_id, iv_id, "the employer cancelled it")
        if inv.sequence > int(row["sequence"]):
            return Decision("move", prop, app_id, iv_id,
                            f"an update (sequence {inv.sequence} after {row['sequence']})")
        return Decision("same", prop, app_id, iv_id, "this invitation was read before")
    if inv.cancelled:
        return Decision("ignore", prop, None, None,
                        "a cancellation of an interview followup does not know")
    if prop.app_id is not None:
        return Decision("round", prop, prop.app_id, None,
                        f"a further round of application #{prop.app_id}")
    return Decision("new", prop, None, None, "a new application")


def store_invitation(store: Store, d: Decision, now: datetime, *, playbook: str,
                     holidays: str | None, given: Given = Given()) -> Application | None:
    """Carry out a decision; None when there is nothing to do. One transaction: the
    application (or its change) and the record of the invitation are kept together or not
    at all, so that reading the same file again, or its update, finds what it made."""
    with store.write():
        if d.action in ("new", "round"):  # another process may have stored it meanwhile
            row = store.capture.invitation(d.proposal.invitation.uid)
            if row is not None and row["interview_id"] is not None:
                from followup import service

                return service.show(store, int(row["application_id"]))
        return _carry_out(store, d, now, playbook=playbook, holidays=holidays,
                          given=given)


def _carry_out(store: Store, d: Decision, now: datetime, *, playbook: str,
               holidays: str | None, given: Given = Given()) -> Application | None:
    from followup import service
    from followup.core.model import Timeline

    inv, prop = d.proposal.invitation, d.proposal
    if d.action in ("same", "ignore"):
        return service.show(store, d.app_id) if d.app_id is not None else None
    if d.action == "move":
        assert d.app_id is not None and d.interview_id is not None
        app = service.move_interview(store, d.app_id, d.interview_id, inv.at, inv.tz, now)
        _keep(store, inv, d.interview_id, now)
        return _placed(app, d.interview_id, inv)
    if d.action == "cancel":
        assert d.app_id is not None and d.interview_id is not None
        app = service.cancel_interview(store, d.app_id, d.interview_id, now)
        with store.write():
            store.capture.keep_invitation(inv.uid, None if app.interviews and all(
                i.id != d.interview_id for i in app.interviews) else d.interview_id,
                inv.sequence, inv.location, inv.video, True, now)
        return app
    refused = refusal(prop)
    if refused:
        raise BadInput(refused)
    at = given.at or inv.at
    iv = service.NewInterview(at=at, tz=str(getattr(at.tzinfo, "key", "") or inv.tz),
                              interviewers=given.interviewers or prop.interviewers,
                              coordinator=given.coordinator or prop.coordinator,
                              timeline=Timeline(**given.timeline), noted=given.noted)
    if d.action == "round":
        assert d.app_id is not None
        # The date comes from the employer's invitation, not from typing: no typo to ask about.
        app = service.add_interview(store, d.app_id, iv, now, confirmed=True)
    else:
        flags = [f for f in unknowns(prop) if not (given.at and is_time_flag(f))]
        app = service.add_application(store, company=prop.company.value or UNKNOWN_COMPANY,
                                      role=prop.role.value or UNKNOWN_ROLE,
                                      interview=iv, now=now, playbook=playbook,
                                      holidays=holidays, confirmed=True,
                                      notes="; ".join(flags) or None)
    assert app.id is not None
    with store.write():
        iv_id = store.capture.latest_interview_id(app.id)
        store.capture.keep_invitation(inv.uid, iv_id, inv.sequence, inv.location, inv.video,
                            False, now)
    return _placed(app, iv_id, inv)


def refusal(prop: Proposal) -> str | None:
    """Why a new application could not be stored from this proposal, or None: a company
    or a role the invitation does not say is stored as unknown and flagged in the notes
    (issue 23: ask less, never refuse what can be stored)."""
    del prop
    return None


def unknowns(prop: Proposal) -> list[str]:
    """What the invitation did not say, as the flags stored on the application."""
    out = []
    out += [flag(f) for f in unknown_fields(prop.company.value, prop.role.value)]
    if prop.invitation.all_day:
        out.append(TIME_FLAG)
    return out


def time_on_its_day(inv: Invitation, said: str) -> datetime:
    """The time the candidate gives for an all-day invitation ("14:30"), on its day and in
    its zone: BadInput when it is not a time."""
    from followup.core import parse

    return parse.parse_when(f"{inv.at:%Y-%m-%d} {said.strip()}", inv.tz, "the time")


def _placed(app: Application, iv_id: int, inv: Invitation) -> Application:
    """The application as the service returned it, with the place of the interview just
    kept (the service read it back before the invitation row was written)."""
    interviews = tuple(replace(i, location=inv.location, video=inv.video) if i.id == iv_id
                       else i for i in app.interviews)
    return replace(app, interviews=interviews)


def _keep(store: Store, inv: Invitation, iv_id: int, now: datetime) -> None:
    with store.write():
        store.capture.keep_invitation(inv.uid, iv_id, inv.sequence, inv.location, inv.video,
                            inv.cancelled, now)


def person_json(p: Any) -> dict[str, Any]:
    return {"name": p.name, "email": p.email}


def proposal_json(d: Decision) -> dict[str, Any]:
    """The proposal as printed by `add --from --json` without --yes."""
    inv, p = d.proposal.invitation, d.proposal

    def field(value: Any, guessed: bool, how: str) -> dict[str, Any]:
        return {"value": value, "guessed": guessed, "how": how}

    return {
        "action": d.action, "why": d.why, "application_id": d.app_id,
        "uid": inv.uid, "sequence": inv.sequence, "method": inv.method,
        "fields": {
            "company": field(p.company.value, p.company.guessed, p.company.how),
            "role": field(p.role.value, p.role.guessed, p.role.how),
            "at": field(inv.at.isoformat(), inv.tz_guessed or inv.all_day, inv.tz_how),
            "tz": field(inv.tz, inv.tz_guessed, inv.tz_how),
            "interviewers": field([person_json(x) for x in p.interviewers], p.people_guessed,
                                  p.people_how),
            "coordinator": field(person_json(p.coordinator) if p.coordinator else None,
                                 p.people_guessed, p.people_how),
            "location": field(inv.location, False, "from the invitation"),
            "video": field(inv.video, False, "from the invitation"),
        },
        "notes": list(p.notes),
        "questions": unknowns(p) if d.action == "new" else [],
    }


def check_action(d: Decision) -> None:
    if d.action == "ignore":
        raise Conflict(f"{d.why}; nothing changed")
