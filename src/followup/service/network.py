"""The optional A2 step (who do I know there?) in a plan, and `--with` naming someone already
known: the service side of the network.

The step is never a follow-up with the employer: it carries no touch number (T7, F8 count
only employer touches), falls a few business days after the interview or reply, and never
after the day to move on.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from followup.contacts.network import STEP_KEY, acquaintances, reach
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
    replace,
)
from followup.store.sqlite import Store

AFTER_BUSINESS_DAYS = 3  # long enough for the thank-yous to land first (T2, T3)
WINDOW_BUSINESS_DAYS = 2


# -- the optional step in the plan ------------------------------------------------------------


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
    channel = reach(best)
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
                  if reach(a) is not None]
        if people:
            step = network_step(people[0], app.company, phase, made, cal)
    return made if step is None else replace(made, steps=(*made.steps, step))


def _offer(steps: Iterable[Step]) -> tuple[str, ...] | None:
    return next((s.to for s in steps if s.key == STEP_KEY and s.status is StepStatus.PENDING),
                None)


def live_at(store: Store, companies: Iterable[str]) -> list[int]:
    """The live applications at `companies` (company keys) whose A2 step is still to do or not
    there yet: the plans that people coming, leaving or changing there remake."""
    from followup.service import LIVE

    pool = KeyPool(companies)
    if not pool.keys:
        return []
    rows = store.contacts.live_without_step_done([s.value for s in LIVE], STEP_KEY)
    hits = match_many([company_key(company) for _, company in rows], pool)
    return [app_id for (app_id, _), found in zip(rows, hits, strict=True) if found]


def refresh_live_plans(store: Store, now: datetime, companies: Iterable[str]) -> int:
    """After people at `companies` (company keys) came, left or changed: remake the plans of
    the live applications there whose A2 step is still to do or not there yet. How many
    now offer a new or different one."""
    from followup.service import replan

    changed = 0
    for app_id in live_at(store, companies):
        before = _offer(store.load(app_id).steps)
        store.contacts.withdraw_step(app_id, STEP_KEY, now)  # so that the person is chosen anew
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
        from followup.service.contacts import parse_id

        found_id = parse_id(text, what)
    else:
        person = parse_person(raw, what)
        if "<" in text or person.email is None:
            return person
        matches = store.contacts.ids_by_email([person.email])
        if len(matches) != 1:
            return person
        found_id = matches[0]
    card = store.contacts.get(found_id).card
    return Person(name=card.name, email=card.emails[0] if card.emails else None,
                  phone=card.phones[0] if card.phones else None, title=card.title,
                  preferred_channel=card.preferred_channel, linkedin_ok=card.linkedin_ok,
                  id=found_id)


def saved_contact(store: Store, person: Person, company: str, now: datetime,
                  shared: str | None = None) -> int:
    """The contact an interviewer or coordinator is kept as: core/identity decides
    (service.contacts.save_person)."""
    from followup.service.contacts import save_person

    return save_person(store, person, company, now, shared)
