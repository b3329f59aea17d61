"""Correct a wrong guess about who is who in one step (issue 23): make a person the
coordinator or an interviewer of the interviews they are part of, or take them out (then
they are no contact either, unless another interview still has them); the plans follow,
and `followup undo` takes it back. An interview has one coordinator: making someone the
coordinator leaves the coordinator until then out of it (still a contact), and says so,
with the command that makes them an interviewer instead: never a person dropped from an
interview without a word. Whoever is taken out of an application's interviews (that
coordinator, or someone removed who is a contact still) stays the employer's side of that
application: never proposed as someone to ask there (A2, contacts/network.py)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from followup.core.errors import BadInput, NotFound
from followup.core.model import Application
from followup.store.sqlite import Store

ROLES = ("coordinator", "interviewer")


class Corrected(NamedTuple):
    """What a correction changed: the applications, replanned, and one sentence saying it."""

    apps: list[Application]
    said: str
    replaced: tuple[tuple[int, int], ...] = ()  # (contact, application): a coordinator until
    # now, out of that application's interviews


def set_role(store: Store, contact_id: int, now: datetime, *, role: str | None = None,
             remove: bool = False, app_id: int | None = None) -> Corrected:
    """`role`: "coordinator" or "interviewer"; `remove`: out of the interviews. Limited to
    application `app_id` when given. Returns the applications changed, replanned, and what
    was done, in a sentence."""
    from followup.contacts.network import STEP_KEY
    from followup.service import replan
    from followup.store import undo as undo_log

    if remove == (role is not None):
        raise BadInput("give --role coordinator|interviewer, or --remove")
    if role is not None and role not in ROLES:
        raise BadInput(f"--role is coordinator or interviewer, not {role!r}")
    person = store.get_contact(contact_id)
    apps = [a for a in store.applications_of_contact(contact_id)
            if app_id is None or a == app_id]
    joining = None  # with --app: a contact put into that application's latest interview
    if not apps and app_id is not None and role is not None:
        store.load(app_id)  # NotFound for no such application
        joining = store.capture.latest_interview_id(app_id) if store.capture.interview_count(
            app_id) else None
        apps = [app_id] if joining is not None else []
    if not apps:
        raise NotFound(f"{person.name} (#{contact_id}) is in no interview"
                       + (f" of application #{app_id}" if app_id is not None else ""))
    conn = store.conn
    what = (f"took {person.name} out of the interviews" if remove
            else f"made {person.name} the {role}")
    with store.write():  # one change that `followup undo` takes back
        replaced = store.capture.coordinators_replaced(contact_id, apps) \
            if role == "coordinator" else []
        what += "".join(f"; {name}, the coordinator until now, is no longer in the interview"
                        for _, name, _ in replaced)
        key = _company_key(store, contact_id) if remove else None
        also = [a for a in _live_at(store, key) if a not in apps]  # their A2 steps may change
        entry = undo_log.record(store.conn, what, [*apps, *also], now, [contact_id])
        for app in apps:
            was = store.capture.role_in(app, contact_id) if remove else None
            rows = conn.execute(
                "SELECT DISTINCT i.id FROM interviews i LEFT JOIN interviewers v "
                "ON v.interview_id = i.id WHERE i.application_id = ? AND "
                "(v.contact_id = ? OR i.coordinator_id = ?)",
                (app, contact_id, contact_id)).fetchall() or [(joining,)]
            for (iv,) in rows:
                conn.execute("DELETE FROM interviewers WHERE interview_id = ? AND "
                             "contact_id = ?", (iv, contact_id))
                conn.execute("UPDATE interviews SET coordinator_id = NULL WHERE id = ? AND "
                             "coordinator_id = ?", (iv, contact_id))
                if role == "coordinator":
                    conn.execute("UPDATE interviews SET coordinator_id = ? WHERE id = ?",
                                 (contact_id, iv))
                elif role == "interviewer":
                    conn.execute(
                        "INSERT INTO interviewers (interview_id, contact_id, position) "
                        "SELECT ?, ?, COALESCE(MAX(position), -1) + 1 FROM interviewers "
                        "WHERE interview_id = ?", (iv, contact_id, iv))
            if was is not None:
                store.contacts.keep_former(app, contact_id, was, now)
            elif role is not None:
                store.contacts.back_in(app, contact_id)
        for cid, _, app in replaced:
            store.contacts.keep_former(app, cid, "coordinator", now)
        for app in apps:  # the A2 step is chosen anew, never with someone of this application
            store.contacts.withdraw_step(app, STEP_KEY, now)
        if remove:
            _forget(store, contact_id)
        changed = [replan(store, a, now) for a in apps]
        if key:
            from followup.service.network import refresh_live_plans

            refresh_live_plans(store, now, [key])
        undo_log.seal(store.conn, entry)
    return Corrected(changed, what[0].upper() + what[1:] + ".",
                     tuple((cid, app) for cid, _, app in replaced))


def _company_key(store: Store, contact_id: int) -> str | None:
    row = store.conn.execute("SELECT company_key, company FROM contacts WHERE id = ?",
                             (contact_id,)).fetchone()
    if row is None:
        return None
    if row[0]:
        return str(row[0])
    from followup.core.companies import company_key

    return company_key(row[1]) if row[1] else None


def _live_at(store: Store, key: str | None) -> list[int]:
    from followup.service.network import live_at

    return live_at(store, [key]) if key else []


def _forget(store: Store, contact_id: int) -> None:
    """Someone read wrongly from an invitation (a room, a relay) and taken out: no longer a
    contact at the company, so no plan proposes writing to them (A2). A person still in some
    other interview stays a contact, and stays out of the network of the applications they
    were taken out of (store.contacts.former_of). `followup undo` brings them back (the undo
    entry keeps the contact and their details)."""
    conn = store.conn
    still = conn.execute(
        "SELECT 1 FROM interviewers WHERE contact_id = ? UNION ALL SELECT 1 FROM interviews "
        "WHERE coordinator_id = ? LIMIT 1", (contact_id, contact_id)).fetchone()
    if still is None:
        conn.execute("DELETE FROM contact_details WHERE contact_id = ?", (contact_id,))
        conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
