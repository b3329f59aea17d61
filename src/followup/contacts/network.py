"""Who do I know there? (A2) People at an application's company, best match first. The
optional step that suggests asking one of them is the service's (service/network.py)."""

from __future__ import annotations

from followup.core.companies import company_key, match_many
from followup.core.contacts import Acquaintance
from followup.core.model import Application, Channel, Value, fill
from followup.store.sqlite import Store

STEP_KEY = "network:A2"


class Network(Value):
    __slots__ = ("application", "key", "people")
    application: Application
    key: str
    people: tuple[Acquaintance, ...]

    def __init__(self, application: Application, key: str, people: tuple[Acquaintance, ...]
                 ) -> None:
        fill(self, application, key, people)


def _own_people(store: Store, app: Application) -> tuple[set[int], set[str]]:
    """This application's interviewers and coordinators, and those taken out of its
    interviews (a coordinator replaced, someone removed who is a contact still): the
    employer's side of this application, never its network. Another application at the
    same company may still have them as network if they were never part of it."""
    ids: set[int] = set()
    names: set[str] = set()
    for iv in app.interviews:
        for p in (*iv.interviewers, *([iv.coordinator] if iv.coordinator else [])):
            if p.id is not None:
                ids.add(p.id)
            names.add(p.name.casefold())
    for cid, name in store.contacts.former_of(app.id):
        ids.add(cid)
        names.add(name.casefold())
    return ids, names


def acquaintances(store: Store, app: Application, limit: int = 1000,
                  first_only: bool = False) -> list[Acquaintance]:
    """Everyone known at `app`'s company, best match first; with `first_only`, stop at the
    best-matching company that has someone to write to. Call inside a transaction: a write
    one if company keys may be missing (db.needs_company_keys)."""
    target = company_key(app.company)
    if not target or not store.contacts.has_network():
        return []
    if store.contacts.needs_company_keys():
        store.contacts.refresh_company_keys()
    own_ids, own_names = _own_people(store, app)
    out: list[Acquaintance] = []
    for key, score in match_many([target], store.contacts.network_keys())[0]:
        for r in store.contacts.contacts_at(key, own_ids, limit):
            out.append(Acquaintance(
                name=r["name"], company=r["company"], position=r["title"], score=score,
                source="contact", id=int(r["id"]), email=r["email"], url=r["linkedin_url"]))
        for conn in store.contacts.connections_at(key, limit + len(own_names)):
            if conn.name.casefold() not in own_names:
                out.append(Acquaintance(
                    name=conn.name, company=conn.company, position=conn.position,
                    score=score, source="linkedin", id=conn.id, email=conn.email,
                    url=conn.url, connected_on=conn.connected_on))
        if first_only and any(reach(a) for a in out):
            break
    out.sort(key=lambda a: (-a.score, a.source != "contact", a.email is None,
                            a.name.casefold(), a.id))
    return out[:limit]


def who_do_i_know(store: Store, app_id: int) -> Network:
    if store.contacts.needs_company_keys():  # interviewers added since: fill their keys in first
        with store.write():
            store.contacts.refresh_company_keys()
    with store.read():
        app = store.load(app_id)
        people = acquaintances(store, app)
    return Network(application=app, key=company_key(app.company), people=tuple(people))


def reach(a: Acquaintance) -> Channel | None:
    """How `a` can be reached for the A2 step: email first, else a LinkedIn message."""
    if a.email:
        return Channel.EMAIL
    if a.url:
        return Channel.LINKEDIN
    return None
