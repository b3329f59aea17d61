"""Contact actions, one per user action, shared by the command line, the web and the tests.

Contacts outlive the applications they came from (A3): closing a process never removes one.
Every write runs in one transaction; an import commits whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from followup.core import details as fields
from followup.core.companies import company_key, same_company
from followup.core.contacts import Card, Contact, ImportReport, Problem
from followup.core.errors import BadInput, Conflict, SharedAddress
from followup.core.identity import (
    Identity,
    Match,
    card_from_typed,
    combine,
    fold,
    fuller_name,
    normal_phone,
    split_name,
)
from followup.core.model import REFUSED_CHANNELS, Channel, Person, replace

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path
    from typing import Any

    from followup.store.sqlite import Store

Progress = Callable[[int, int], None]


def _with_roles(store: Store, contacts: list[Contact]) -> list[Contact]:
    roles = store.contacts.roles([c.id for c in contacts])
    return [replace(c, roles=tuple(roles.get(c.id, []))) for c in contacts]


# -- reading -------------------------------------------------------------------------------


def list_contacts(store: Store, *, company: str | None = None,
                  search: str | None = None) -> list[Contact]:
    """Contacts by name. `company`: whoever works there or took part in an application there,
    past interviewers included (A3). `search`: words found in name, company, title or email."""
    with store.read():
        found = _with_roles(store, store.contacts.load())
    if company is not None:
        if not company_key(company):
            raise BadInput("--company: give a company name")
        found = [c for c in found if same_company(c.card.company, company)
                 or any(same_company(r.company, company) for r in c.roles)]
    if search:
        words = fold(search).split()
        found = [c for c in found if all(w in _haystack(c) for w in words)]
    return sorted(found, key=lambda c: (fold(c.name), c.id))


def _haystack(c: Contact) -> str:
    card = c.card
    return fold(" ".join([card.name, card.company or "", card.title or "", *card.emails,
                           *(r.company for r in c.roles)]))


class Line:
    """One person as a list shows them: the first email (else phone) is how to reach them."""

    __slots__ = ("company", "id", "name", "reach", "title")

    def __init__(self, id: int, name: str, title: str | None, company: str | None,
                 reach: str | None) -> None:
        self.id, self.name, self.title, self.company, self.reach = (
            id, name, title, company, reach)


_LISTED: Any = None  # Store -> (change mark, every person by name with what search sees)


def _listed(store: Store) -> list[tuple[str, Line]]:
    """Everyone by name, each with the words list_contacts searches, folded; kept per
    connection until anything is written to the database (by any process)."""
    global _LISTED
    import weakref

    from followup.store.reads_more import change_mark, contact_search_rows

    if _LISTED is None:
        _LISTED = weakref.WeakKeyDictionary()
    with store.read():
        mark = change_mark(store.conn)
        kept = _LISTED.get(store)
        if kept is not None and kept[0] == mark:
            listed: list[tuple[str, Line]] = kept[1]  # the caller only reads it
            return listed
        rows = contact_search_rows(store.conn)
    out = sorted(((fold(name), cid, fold(" ".join((name, company or "", title or "",
                                                   emails or "", roles)))),
                  Line(cid, name, title, company, reach))
                 for cid, name, title, company, reach, emails, roles in rows)
    found = [(hay, line) for (_name, _cid, hay), line in out]
    _LISTED[store] = (mark, found)
    return found


def contact_page(store: Store, search: str | None, offset: int, limit: int
                 ) -> tuple[list[Line], int]:
    """`limit` people from `offset`, by name, of those `search` finds (the words of
    list_contacts: name, company, title, email, or a company they took part in an
    application at), and how many it finds."""
    kept = _listed(store)
    for word in fold(search).split() if search else ():  # one pass a word: no generator a row
        kept = [(hay, line) for hay, line in kept if word in hay]
    return [line for _hay, line in kept[offset:offset + limit]], len(kept)


def show_contact(store: Store, contact_id: int) -> Contact:
    with store.read():
        return _with_roles(store, [store.contacts.get(contact_id)])[0]


def parse_id(raw: str, what: str = "ID") -> int:
    """A contact id as typed: "12" or "#12"."""
    from followup.core.validate import is_id

    text = raw.strip().removeprefix("#")
    if not is_id(text):
        raise BadInput(f"{what}: {raw!r} is not a contact id (a number, as `followup contacts` "
                       "shows)")
    return int(text)


# -- matching one person against those known ---------------------------------------------


def identify(store: Store, card: Card, region: str | None = None) -> Match:
    """Who `card` is among the contacts kept (core/identity). Call inside a write."""
    return Identity(((c.id, c.card) for c in store.contacts.candidates(card)), region).match(card)


def region_of_profile(store: Store) -> str | None:
    """Where the candidate's phone numbers without +CC are from: the profile's region."""

    try:
        return fields.check_region(fields.region_of(store.profile.get_profile().region))
    except BadInput:
        return None


def default_region(store: Store, holidays: str | None, region: str | None = None
                   ) -> str | None:
    """Where phone numbers written without +CC are from: `region` when given, else the
    profile's region, else the country of the holidays setting."""
    if region is not None:
        return fields.check_region(region)
    from followup.messages.drafts import get_profile

    for guess in (get_profile(store).region, fields.region_of(holidays)):
        try:
            found = fields.check_region(guess)
        except BadInput:  # an odd code elsewhere is no reason to refuse a contact
            continue
        if found:
            return found
    return None


def typed_changes(typed: dict[str, Any], region: Callable[[], str | None]) -> dict[str, Any]:
    """A contact's details as typed (on the command line or in a form; None: not given), checked
    and in the form a Card keeps them. `region` is asked only when a phone number is given."""
    from followup.core import parse

    get = typed.get
    out: dict[str, Any] = {}
    if get("name") is not None:
        out["name"] = parse.text(get("name"), "NAME", required=True, limit=200)
    for key in ("title", "company"):
        if get(key) is not None:
            out[key] = parse.text(get(key), f"--{key}", limit=200)
    emails: list[str] | None = get("emails")
    phones: list[str] | None = get("phones")
    if emails is not None:
        out["emails"] = tuple(dict.fromkeys(fields.email(e, "--email") for e in emails
                                            if e.strip()))
    if phones is not None:
        zone = region()
        out["phones"] = tuple(dict.fromkeys(fields.phone(p, zone, "--phone")
                                            for p in phones if p.strip()))
    if get("address") is not None:
        out["address"] = parse.text(get("address"), "--address")
    linkedin, prefers, ok = get("linkedin"), get("prefers"), get("linkedin_ok")
    if linkedin is not None:
        out["linkedin_url"] = fields.linkedin_url(linkedin) if linkedin.strip() else None
    if prefers is not None:
        out["preferred_channel"] = (parse.parse_channel(prefers, "--prefers")
                                    if prefers.strip() else None)
    if ok is not None:
        out["linkedin_ok"] = parse.parse_yes_no(ok, "--linkedin-ok") if ok.strip() else None
    if get("notes") is not None:
        out["notes"] = fields.notes(get("notes"))
    return out


def person_changes(store: Store, changes: dict[str, Any]) -> dict[str, Any]:
    """An interviewer's corrections in the form every contact is kept in: a name typed as
    "Name <email>" gives the address too; a phone number in E.164 where it can be read
    (the one normaliser, core/identity)."""
    out = dict(changes)
    if isinstance(out.get("name"), str):
        out["name"], email = split_name(out["name"], "--name")
        if email is not None and not out.get("email"):
            out["email"] = email
    if isinstance(out.get("phone"), str) and out["phone"].strip():
        out["phone"] = normal_phone(out["phone"], region_of_profile(store))
    return out


def save_person(store: Store, person: Person, company: str, now: datetime,
                shared: str | None = None) -> int:
    """The contact an interviewer or coordinator given with --with (or a form) is kept as:
    the one `person.id` names when the name agrees, else whoever identity finds, with the
    details typed filled in (the fuller name, the known addresses kept), else a new one.
    An address someone else already has under another name is a conflict: `shared` says
    what the candidate chose, "merge" (that person, as they are kept) or "new" (another
    person with that address); without it nothing is stored and the choice is asked for."""
    if person.id is not None:
        known = store.contacts.load([person.id])
        if known and known[0].card.name == person.name:
            return person.id
    name, typed_email = split_name(person.name, "--with")
    email = person.email or typed_email
    card = Card(name=name, title=person.title, company=company or None,
                emails=(email,) if email else (),
                phones=(person.phone,) if person.phone else (),
                preferred_channel=person.preferred_channel, linkedin_ok=person.linkedin_ok)
    found = identify(store, card)
    if found.how == "email" and not found.sure and found.id is not None and shared != "new":
        old = store.contacts.get(found.id).card
        if shared != "merge":
            raise SharedAddress(
                f"{name} <{email}>: that address is {old.name}'s (contact #{found.id}); "
                f"nothing changed. Add --merge if it is {old.name} (kept as they are), or "
                f"--new if {name} is another person at that address", "shared")
        merged = combine(old, card)  # their name and first address stay
        if merged != old:
            store.contacts.update(found.id, merged, now)
        return found.id
    if not found.sure or found.id is None:
        return store.contacts.insert(card, now)
    old = store.contacts.get(found.id).card
    new = combine(card, old, keep_order_of=old)
    new = replace(new, name=fuller_name(old.name, card.name))
    new = replace(new, company=old.company or new.company, address=old.address, adr=old.adr,
                  linkedin_url=old.linkedin_url, notes=old.notes,
                  phones=combine(card, old).phones)
    if new != old:
        store.contacts.update(found.id, new, now)
    return found.id


def _refresh(store: Store, now: datetime, cards: Iterable[Card]) -> int:
    """People at these cards' companies changed: the A2 steps there are chosen anew."""
    from followup.service.network import refresh_live_plans

    return refresh_live_plans(store, now, {company_key(c.company) for c in cards})


def _replan_people(store: Store, contact_ids: Iterable[int], now: datetime) -> None:
    """Steps name and reach people (T1, T4, T6): remake the plans these people are in."""
    from followup.service import replan

    apps: set[int] = set()
    for cid in contact_ids:
        apps.update(store.applications_of_contact(cid))
    for app_id in sorted(apps):
        replan(store, app_id, now)


# -- writing -------------------------------------------------------------------------------


def _check(card: Card) -> None:
    """The one set of checks, whichever front end built the card."""
    from followup.core import validate

    if not card.name.strip():
        raise BadInput("a contact needs a name")
    validate.one_line(card.name, "NAME", "name", required=True)
    for key, kind in (("title", "title"), ("company", "company"), ("address", "address"),
                      ("linkedin_url", "url")):
        validate.one_line(getattr(card, key), f"--{key.replace('_url', '')}", kind)
    for address in card.emails:
        validate.email(address, "--email")
    for number in card.phones:
        validate.one_line(number, "--phone", "phone")
    validate.text_block(card.notes, "--notes")
    channel = card.preferred_channel
    if channel is not None and (channel is Channel.NONE or channel.value in REFUSED_CHANNELS):
        raise BadInput("a preferred channel cannot be a text message or social media (T4)")


def add_contact(store: Store, card: Card, now: datetime, region: str | None = None) -> Contact:
    """A new person (C4). Someone already known by email, phone, or name and company is
    refused with their id, so that nobody is kept twice."""
    card = card_from_typed(card)  # "Zed Q <zed@q.example>": a name and an address
    _check(card)
    with store.write():
        known = identify(store, card, region).id
        if known is not None:
            raise Conflict(f"{card.name} is already contact #{known}: change it with "
                           f"`followup contacts edit {known}`; nothing was added")
        contact_id = store.contacts.insert(card, now)
        _refresh(store, now, [card])
    return show_contact(store, contact_id)


def edit_contact(store: Store, contact_id: int, changes: dict[str, Any],
                 now: datetime) -> Contact:
    """Change some details; every plan the person is part of is remade (T4, T6). `followup
    undo` takes it back, with the plans it remade."""
    from followup.service import undoable_change
    from followup.service.network import live_at

    with store.write():
        card = store.contacts.get(contact_id).card
        if "address" in changes:
            changes = {**changes, "adr": None}
        changed = replace(card, **changes)
        if "name" in changes:  # "Zed Q <zed@q.example>": a name and an address
            changed = card_from_typed(changed)
        _check(changed)
        apps = sorted({*store.applications_of_contact(contact_id),
                       *live_at(store, {company_key(c.company) for c in (card, changed)})})
        with undoable_change(store, f"edited contact {contact_id} ({card.name})", apps, now,
                     contacts=[contact_id]):
            _write_edit(store, contact_id, card, changed, now)
    return show_contact(store, contact_id)


def _write_edit(store: Store, contact_id: int, card: Card, changed: Card,
                now: datetime) -> None:
    known = {e.lower() for e in card.emails}
    for address in (e for e in changed.emails if e.lower() not in known):
        owner = next((i for i in store.contacts.ids_by_email([address]) if i != contact_id),
                     None)
        if owner is not None:  # one address, one person (core/identity)
            raise Conflict(f"{address} is contact #{owner}'s address: if they are one "
                           f"person, `followup contacts merge {contact_id} {owner}`; "
                           "nothing was changed")
    store.contacts.update(contact_id, changed, now)
    _replan_people(store, [contact_id], now)
    _refresh(store, now, [card, changed])


def merge_contacts(store: Store, keep: int, others: Sequence[int], now: datetime) -> Contact:
    """Fold duplicates into `keep`: its details win, the others fill gaps, and everything
    they took part in is now theirs."""
    if not others:
        raise BadInput("give the contact to keep and at least one to merge into it")
    if keep in others or len(set(others)) != len(others):
        raise BadInput("each contact may be named once")
    with store.write():
        card = store.contacts.get(keep).card
        before = [card, *(store.contacts.get(other).card for other in others)]
        for old in before[1:]:
            card = combine(card, old)
        for other in others:
            store.contacts.move_roles(other, keep)
            store.contacts.delete(other)
        store.contacts.update(keep, card, now)
        _replan_people(store, [keep], now)
        _refresh(store, now, before)
    return show_contact(store, keep)


def _conflict(card: Card, old: Card) -> str | None:
    """Why folding `card` into `old` (found by a phone number or a name, not an email)
    would change who the person is: a different name, or a primary email they never had."""
    if fold(" ".join(card.name.split())) != fold(" ".join(old.name.split())):
        return f"named {old.name!r} there"
    if card.emails and old.emails and card.emails[0].lower() not in {
            e.lower() for e in old.emails}:
        return f"written to at {old.emails[0]} there"
    return None


def import_vcards(store: Store, path: Path, now: datetime, region: str | None = None,
                  decide: str | None = None) -> ImportReport:
    """Business cards from a .vcf file (C4). Someone already known by email is updated, not
    doubled. A card that matches someone only by phone number or by name and company, or
    by an address they are kept under with another name, is
    never allowed to rename them or change where their mail goes: it is listed
    as a conflict, and `decide` says what to do with such cards: "merge" (fill in what the
    known person lacks, keeping their name and first email) or "new" (a separate person)."""
    from followup.contacts import vcard

    if decide not in (None, "merge", "new"):
        raise BadInput("choose --merge or --new, not both")
    parsed = vcard.parse_file(path, region)
    report = ImportReport(file=path.name, format="vcard", skipped=parsed.skipped,
                          warnings=parsed.warnings, stripped=parsed.stripped)
    touched: set[int] = set()
    listed: set[int] = set()
    with store.write():
        known = {c.id: c.card for c in store.contacts.load()}
        index = Identity(known.items(), region)
        for line, card in parsed.cards:
            match = index.match(card)
            found, how = match.id, match.how
            why = _conflict(card, known[found]) if found is not None and (
                how != "email" or not match.sure) else None
            if why is not None and decide is None:
                shares = {"email": "an email address", "phone": "a phone number"}.get(how,
                                                                                    "a name")
                report.conflicts.append(Problem(line, f"{card.name} shares {shares} with "
                                                f"contact #{found}, {why}; not imported"))
                continue
            if found is None or (why is not None and decide == "new"):
                contact_id = store.contacts.insert(card, now)
                known[contact_id] = card
                report.imported += 1
            else:
                contact_id = found
                merged = (combine(known[found], card) if why is not None
                          else combine(card, known[found], keep_order_of=known[found]))
                if merged == known[found]:
                    report.unchanged += 1
                else:
                    store.contacts.update(found, merged, now)
                    known[found] = merged
                    touched.add(found)
                    report.updated += 1
                card = known[found]
            index.add(contact_id, card)
            if contact_id not in listed:  # a set: linear however many cards
                listed.add(contact_id)
                report.ids.append(contact_id)
        _replan_people(store, touched, now)
        report.plans = _refresh(store, now, [known[i] for i in report.ids])
    return report


def export_vcards(store: Store, path: Path, version: str = "3.0", *,
                  company: str | None = None, ids: Sequence[int] | None = None) -> int:
    """Write contacts to a .vcf file; how many were written."""
    from followup.contacts import vcard

    if ids:
        with store.read():
            chosen = [store.contacts.get(i) for i in ids]
    else:
        chosen = list_contacts(store, company=company)
    text = vcard.write(chosen, version)
    from followup import private

    try:
        private.write(path, text.encode("utf-8"))
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(chosen)


def import_network(store: Store, path: Path, now: datetime,
                   progress: Progress | None = None) -> ImportReport:
    """LinkedIn connections from Connections.csv or the data-export ZIP (A2). A connection
    already kept (same profile address, else same name and company) is updated, never
    doubled."""
    from followup.contacts import linkedin
    from followup.service.network import refresh_live_plans

    counts: dict[str, int] = {}
    name, items = linkedin.read(path, counts)
    report = ImportReport(file=name, format="linkedin")
    total = max(items[-1].line if items else 1, 1)
    seen: dict[str, int] = {}
    moved: set[str] = set()
    with store.write():
        existing = store.contacts.connection_index()
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for n, item in enumerate(items):
            if progress is not None and n % 500 == 0:
                progress(item.line, total)
            if isinstance(item, Problem):
                report.skipped.append(item)
                continue
            if item.key in seen:
                report.skipped.append(Problem(item.line, f"the same person as line "
                                              f"{seen[item.key]}"))
                continue
            seen[item.key] = item.line
            values = item.values()
            old = existing.get(item.key)
            if old is None:
                inserts.append((item.key, *values))
                report.imported += 1
            elif tuple(old[1:]) == values:
                report.unchanged += 1
            else:
                updates.append((old[0], *values))
                moved.add(str(old[6]))  # whoever they were with may no longer be there
                report.updated += 1
        report.stripped = counts.get("controls", 0)
        store.contacts.insert_connections(inserts, now)
        store.contacts.update_connections(updates, now)
        report.plans = refresh_live_plans(store, now,
                                          moved | {r[6] for r in (*inserts, *updates)})
        if progress is not None:
            progress(total, total)
    return report
