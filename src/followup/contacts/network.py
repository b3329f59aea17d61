"""Who do I know there? (A2) People at an application's company, and the optional step that
suggests asking the best of them for insight or a good word.

The step is never a follow-up with the employer: it carries no touch number (T7, F8 count
only employer touches), falls a few business days after the interview or reply, and never
after the day to move on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from followup.core.calendar import BusinessCalendar
from followup.core.companies import KeyPool, company_key, match_many
from followup.core.contacts import Acquaintance
from followup.core.model import (
    Application,
    Channel,
    Person,
    Phase,
    Plan,
    PlannedStep,
    Step,
    StepKind,
    StepStatus,
)
from followup.store import contacts as db
from followup.store.sqlite import Store

STEP_KEY = "network:A2"
AFTER_BUSINESS_DAYS = 3  # long enough for the thank-yous to land first (T2, T3)
WINDOW_BUSINESS_DAYS = 2


@dataclass(frozen=True)
class Network:
    application: Application
    key: str
    people: tuple[Acquaintance, ...]


def _own_people(app: Application) -> tuple[set[int], set[str]]:
    """This application's interviewers and coordinators: the employer, not the network."""
    ids: set[int] = set()
    names: set[str] = set()
    for iv in app.interviews:
        for p in (*iv.interviewers, *([iv.coordinator] if iv.coordinator else [])):
            if p.id is not None:
                ids.add(p.id)
            names.add(p.name.casefold())
    return ids, names


def acquaintances(store: Store, app: Application, limit: int = 1000,
                  first_only: bool = False) -> list[Acquaintance]:
    """Everyone known at `app`'s company, best match first; with `first_only`, stop at the
    best-matching company that has someone to write to. Call inside a transaction: a write
    one if company keys may be missing (db.needs_company_keys)."""
    target = company_key(app.company)
    if not target or not db.has_network(store):
        return []
    if db.needs_company_keys(store):
        db.refresh_company_keys(store)
    own_ids, own_names = _own_people(app)
    out: list[Acquaintance] = []
    for key, score in match_many([target], db.network_keys(store))[0]:
        for r in db.contacts_at(store, key, own_ids, limit):
            out.append(Acquaintance(
                name=r["name"], company=r["company"], position=r["title"], score=score,
                source="contact", id=int(r["id"]), email=r["email"], url=r["linkedin_url"]))
        for conn in db.connections_at(store, key, limit + len(own_names)):
            if conn.name.casefold() not in own_names:
                out.append(Acquaintance(
                    name=conn.name, company=conn.company, position=conn.position,
                    score=score, source="linkedin", id=conn.id, email=conn.email,
                    url=conn.url, connected_on=conn.connected_on))
        if first_only and any(_reach(a) for a in out):
            break
    out.sort(key=lambda a: (-a.score, a.source != "contact", a.email is None,
                            a.name.casefold(), a.id))
    return out[:limit]


def who_do_i_know(store: Store, app_id: int) -> Network:
    if db.needs_company_keys(store):  # interviewers added since: fill their keys in first
        with store.write():
            db.refresh_company_keys(store)
    with store.read():
        app = store.load(app_id)
        people = acquaintances(store, app)
    return Network(application=app, key=company_key(app.company), people=tuple(people))


# -- the optional step in the plan ------------------------------------------------------------


def _reach(a: Acquaintance) -> Channel | None:
    if a.email:
        return Channel.EMAIL
    if a.url:
        return Channel.LINKEDIN
    return None


def _window(phase: Phase, made: Plan, cal: BusinessCalendar) -> tuple[date, date] | None:
    """A few business days after the interview or reply, never after the close."""
    due = cal.add_business_days(phase.start, AFTER_BUSINESS_DAYS)
    latest = cal.add_business_days(due, WINDOW_BUSINESS_DAYS)
    close = next((s for s in made.steps if s.kind is StepKind.CLOSE), None)
    if close is not None:
        if due >= close.due:
            due = cal.add_business_days(phase.start, 1)
        if due >= close.due:
            return None
        latest = min(latest, close.due)
    return due, latest


def network_step(
    best: Acquaintance, company: str, phase: Phase, made: Plan, cal: BusinessCalendar,
) -> PlannedStep | None:
    """The A2 step for `best`, or None when there is no room for it before the close."""
    channel = _reach(best)
    window = _window(phase, made, cal)
    if channel is None or window is None:
        return None
    where = f"{best.position} at {best.company}" if best.position else f"at {best.company}"
    how = "by email" if channel is Channel.EMAIL else "with a LinkedIn message"
    known = "a LinkedIn connection" if best.source == "linkedin" else "one of your contacts"
    why = (f"{best.name} ({where}) is {known}. Optional: {how}, ask kindly whether they know "
           f"how things stand at {company}, or would put in a word for you. This is not a "
           "follow-up with the employer and does not count as one (A2).")
    return PlannedStep(key=STEP_KEY, kind=StepKind.NETWORK, channel=channel, to=(best.name,),
                       due=window[0], latest=window[1], rule="A2", why=why, touch=0)


def offer_network_step(
    store: Store, app: Application, phase: Phase, made: Plan, cal: BusinessCalendar,
) -> Plan:
    """The plan with the A2 step added when someone at the company is known. Not when the
    candidate is not a fit (C7: a thank-you and move on).

    The person is chosen once: a re-plan keeps a pending step's person and only moves its
    dates; it is chosen anew when people at the company change (refresh_live_plans)."""
    if not made.steps or not phase.timeline.fit:
        return made
    kept = next((s for s in app.steps if s.key == STEP_KEY), None)
    if kept is not None and kept.status in (StepStatus.DONE, StepStatus.SKIPPED):
        return made  # save_plan leaves it as it was
    step: PlannedStep | None = None
    if kept is not None and kept.status is StepStatus.PENDING:
        window = _window(phase, made, cal)
        if window is not None:
            step = PlannedStep(key=STEP_KEY, kind=StepKind.NETWORK, channel=kept.channel,
                               to=kept.to, due=window[0], latest=window[1], rule="A2",
                               why=kept.why, touch=0)
    else:
        people = [a for a in acquaintances(store, app, limit=5, first_only=True)
                  if _reach(a) is not None]
        if people:
            step = network_step(people[0], app.company, phase, made, cal)
    return made if step is None else replace(made, steps=(*made.steps, step))


def _offer(steps: Iterable[Step]) -> tuple[str, ...] | None:
    return next((s.to for s in steps if s.key == STEP_KEY and s.status is StepStatus.PENDING),
                None)


def refresh_live_plans(store: Store, now: datetime, companies: Iterable[str]) -> int:
    """After people at `companies` (company keys) came, left or changed: remake the plans of
    the live applications there whose A2 step is still to do or not there yet. How many
    now offer a new or different one."""
    from followup.service import LIVE, replan

    pool = KeyPool(companies)
    if not pool.keys:
        return 0
    rows = store.conn.execute(
        "SELECT id, company FROM applications a WHERE status IN (?, ?) AND NOT EXISTS"
        " (SELECT 1 FROM steps s WHERE s.application_id = a.id AND s.key = ?"
        " AND s.status IN ('done', 'skipped'))",
        (*(s.value for s in LIVE), STEP_KEY)).fetchall()
    hits = match_many([company_key(r["company"]) for r in rows], pool)
    changed = 0
    for row, found in zip(rows, hits, strict=True):
        if not found:
            continue
        app_id = int(row["id"])
        before = _offer(store.load(app_id).steps)
        db.withdraw_step(store, app_id, STEP_KEY, now)  # so that the person is chosen anew
        after = _offer(replan(store, app_id, now).steps)
        changed += after is not None and after != before
    return changed


# -- --with naming someone already known ------------------------------------------------------


def resolve_person(store: Store, raw: str, what: str = "--with") -> Person:
    """`--with "#12"` is contact 12; a bare address that one contact already has is that
    contact (its name kept); anything else is the person as typed ("Name <email>")."""
    from followup.core.parse import parse_person

    text = raw.strip()
    if text.startswith("#"):
        from followup.contacts.service import parse_id

        found_id = parse_id(text, what)
    else:
        person = parse_person(raw, what)
        if "<" in text or person.email is None:
            return person
        matches = db.ids_by_email(store, [person.email])
        if len(matches) != 1:
            return person
        found_id = matches[0]
    card = db.get(store, found_id).card
    return Person(name=card.name, email=card.emails[0] if card.emails else None,
                  phone=card.phones[0] if card.phones else None, title=card.title,
                  preferred_channel=card.preferred_channel, linkedin_ok=card.linkedin_ok,
                  id=found_id)


def saved_contact(store: Store, person: Person, company: str, now: datetime) -> int:
    """The contact an interviewer or coordinator is kept as: core/identity decides
    (contacts.service.save_person)."""
    from followup.contacts.service import save_person

    return save_person(store, person, company, now)
