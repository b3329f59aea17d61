"""SQL for contacts and the LinkedIn network (migration 3): the Contacts sub-store
(`store.contacts`). The caller opens the transaction (store.write()), so an import commits
whole or not at all."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from weakref import WeakKeyDictionary

from followup.core.companies import KeyPool, company_key
from followup.core.contacts import Card, Connection, Contact, Role
from followup.core.errors import NotFound
from followup.core.model import Channel
from followup.store.sqlite import Area, Store

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

_CONNECTION_COLUMNS = ("first_name", "last_name", "url", "email", "company", "company_key",
                       "position", "connected_on")


# Company keys change only through the writers below (or another process): each bumps this,
# so the pool of keys to match against is built once, not once per application.
_generation = 0
_POOLS: WeakKeyDictionary[Store, tuple[tuple[int, int], KeyPool]] = WeakKeyDictionary()


def _changed() -> None:
    global _generation
    _generation += 1


# -- contacts ------------------------------------------------------------------------------


def _merge(primary: str | None, extra: list[str]) -> tuple[str, ...]:
    seen: list[str] = [primary] if primary else []
    seen += [v for v in extra if v.lower() not in {s.lower() for s in seen}]
    return tuple(seen)


def _contact(row: sqlite3.Row, details: dict[str, list[str]]) -> Contact:
    channel = row["preferred_channel"]
    ok = row["linkedin_ok"]
    card = Card(
        name=row["name"], title=row["title"], company=row["company"],
        emails=_merge(row["email"], details.get("email", [])),
        phones=_merge(row["phone"], details.get("phone", [])),
        address=row["address"], adr=adr_from_json(row["adr"]), linkedin_url=row["linkedin_url"],
        preferred_channel=Channel(channel) if channel else None,
        linkedin_ok=None if ok is None else bool(ok), notes=row["notes"],
    )
    return Contact(id=int(row["id"]), card=card, created=row["created_at"],
                   updated=row["updated_at"])


def _values(card: Card) -> tuple[Any, ...]:
    return (card.name, card.title, card.company, company_key(card.company),
            card.emails[0] if card.emails else None,
            card.phones[0] if card.phones else None, card.address, adr_json(card.adr),
            card.linkedin_url, card.preferred_channel.value if card.preferred_channel else None,
            card.linkedin_ok, card.notes)


def normalise_phones(conn: sqlite3.Connection) -> int:
    """Migration 18: keep every number typed with its +CC the way new cards keep it (E.164
    by core/identity.normal_phone), so that an older file shows and matches numbers as a new
    one does. A number without +CC stays as typed (its region was never recorded). How many
    numbers changed."""
    typed = conn.execute(
        "SELECT 'contacts', id, phone FROM contacts WHERE phone LIKE '+%' UNION ALL"
        " SELECT 'details', contact_id, value FROM contact_details WHERE kind = 'phone'"
        " AND value LIKE '+%'").fetchall()
    if not typed:
        return 0  # nothing to read: phonenumbers stays unloaded
    from followup.core.identity import normal_phone

    changed = 0
    for table, contact_id, number in typed:
        new = normal_phone(number)
        if new == number:
            continue
        changed += 1
        if table == "contacts":
            conn.execute("UPDATE contacts SET phone = ? WHERE id = ?", (new, contact_id))
            conn.execute("DELETE FROM contact_details WHERE contact_id = ? AND kind = 'phone'"
                         " AND value = ?", (contact_id, new))
            continue
        kept = conn.execute(  # the same number typed twice on one card: keep it once
            "SELECT 1 FROM contacts WHERE id = :c AND phone = :n UNION ALL SELECT 1 FROM"
            " contact_details WHERE contact_id = :c AND kind = 'phone' AND value = :n",
            {"c": contact_id, "n": new}).fetchone()
        if kept:
            conn.execute("DELETE FROM contact_details WHERE contact_id = ? AND kind = 'phone'"
                         " AND value = ?", (contact_id, number))
        else:
            conn.execute("UPDATE contact_details SET value = ? WHERE contact_id = ? AND"
                         " kind = 'phone' AND value = ?", (new, contact_id, number))
    return changed


def merge_duplicates(conn: sqlite3.Connection) -> int:
    """Migration 12: fold the people kept twice into the oldest record, by the rules of
    core/identity; their interviews, coordinator roles and details go with them. How
    many records were folded away."""
    from followup.core.identity import combine, duplicate_groups

    def select(sql: str) -> list[sqlite3.Row]:
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row  # whatever the connection's own factory is
        return cur.execute(sql).fetchall()

    details: dict[int, dict[str, list[str]]] = {}
    for r in select("SELECT * FROM contact_details ORDER BY contact_id, kind, position"):
        details.setdefault(int(r["contact_id"]), {}).setdefault(r["kind"], []).append(
            r["value"])
    people = {int(r["id"]): _contact(r, details.get(int(r["id"]), {}))
              for r in select("SELECT * FROM contacts ORDER BY id")}
    region = None
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'profile'").fetchone():
        row = conn.execute("SELECT region FROM profile WHERE id = 1").fetchone()
        region = (row[0] or "").split("-")[0].upper() or None if row else None
    folded = 0
    for group in duplicate_groups([(i, c.card) for i, c in people.items()], region):
        keep, others = group[0], group[1:]
        card = people[keep].card
        for other in others:
            card = combine(card, people[other].card)
        for other in others:
            conn.execute("UPDATE OR IGNORE interviewers SET contact_id = ? WHERE contact_id = ?",
                         (keep, other))
            conn.execute("DELETE FROM interviewers WHERE contact_id = ?", (other,))
            conn.execute("UPDATE interviews SET coordinator_id = ? WHERE coordinator_id = ?",
                         (keep, other))
            conn.execute("UPDATE contacts SET greeting = coalesce(greeting, (SELECT greeting"
                         " FROM contacts WHERE id = ?)) WHERE id = ?", (other, keep))
            conn.execute("DELETE FROM contact_details WHERE contact_id = ?", (other,))
            conn.execute("DELETE FROM contacts WHERE id = ?", (other,))
            folded += 1
        values = _values(card)
        conn.execute(
            "UPDATE contacts SET name = ?, title = ?, company = ?, email = ?, phone = ?,"
            " address = ?, adr = ?, linkedin_url = ?, preferred_channel = ?, linkedin_ok = ?,"
            " notes = ? WHERE id = ?", (*values[:3], *values[4:], keep))
        conn.execute("DELETE FROM contact_details WHERE contact_id = ?", (keep,))
        rows = [(keep, "email", v, i) for i, v in enumerate(card.emails[1:], start=1)]
        rows += [(keep, "phone", v, i) for i, v in enumerate(card.phones[1:], start=1)]
        conn.executemany("INSERT OR IGNORE INTO contact_details (contact_id, kind, value,"
                         " position) VALUES (?, ?, ?, ?)", rows)
    _changed()
    return folded


# -- the LinkedIn network ------------------------------------------------------------------


def adr_json(parts: tuple[str, ...] | None) -> str | None:
    """A postal address's seven vCard parts as they are kept (a JSON list)."""
    return json.dumps(list(parts)) if parts else None


def adr_from_json(raw: str | None) -> tuple[str, ...] | None:
    if not raw:
        return None
    parts = json.loads(raw)
    return tuple(str(p) for p in parts) if isinstance(parts, list) and len(parts) == 7 else None


class Contacts(Area):
    """The SQL for contacts, their details and the LinkedIn network (`store.contacts`)."""

    def _details(self, ids: Sequence[int] | None) -> dict[int, dict[str, list[str]]]:
        where, args = "", tuple[int, ...]()
        if ids is not None:
            where = f"WHERE contact_id IN ({','.join('?' * len(ids))})"
            args = tuple(ids)
        out: dict[int, dict[str, list[str]]] = {}
        for r in self.rows(f"SELECT * FROM contact_details {where} ORDER BY contact_id, kind,"
                    f" position", args):
            out.setdefault(int(r["contact_id"]), {}).setdefault(r["kind"], []).append(r["value"])
        return out

    def load(self, ids: Sequence[int] | None = None) -> list[Contact]:
        """Contacts by id order (all of them when `ids` is None), without their roles."""
        if ids is not None and not ids:
            return []
        where = f"WHERE id IN ({','.join('?' * len(ids))})" if ids is not None else ""
        rows = self.rows(f"SELECT * FROM contacts {where} ORDER BY id", ids or ())
        details = self._details(ids)
        return [_contact(r, details.get(int(r["id"]), {})) for r in rows]

    def get(self, contact_id: int) -> Contact:
        found = self.load([contact_id])
        if not found:
            raise NotFound(f"no contact with id {contact_id}")
        return found[0]

    def roles(self, ids: Sequence[int] | None = None) -> dict[int, list[Role]]:
        """What each contact did in which application (C4, T6), oldest first."""
        out: dict[int, list[Role]] = {}
        few = ids is not None and len(ids) <= 500  # one person's page: only their rows
        marks = ",".join("?" * len(ids)) if few and ids is not None else ""
        rows = self.rows(
            "SELECT v.contact_id AS cid, 'interviewer' AS part, a.id AS app, a.company,"
            " a.role, a.status, substr(i.at, 1, 10) AS day FROM interviewers v"
            " JOIN interviews i ON i.id = v.interview_id"
            " JOIN applications a ON a.id = i.application_id"
            + (f" WHERE v.contact_id IN ({marks})" if few else "")
            + " UNION ALL SELECT i.coordinator_id, 'coordinator', a.id, a.company, a.role,"
            " a.status, substr(i.at, 1, 10) FROM interviews i"
            " JOIN applications a ON a.id = i.application_id"
            " WHERE i.coordinator_id IS NOT NULL"
            + (f" AND i.coordinator_id IN ({marks})" if few else "")
            + " ORDER BY day, app", (*(ids or ()), *(ids or ())) if few else ())
        wanted = set(ids) if ids is not None else None
        for r in rows:
            cid = int(r["cid"])
            if wanted is not None and cid not in wanted:
                continue
            out.setdefault(cid, []).append(Role(
                application_id=int(r["app"]), company=r["company"], role=r["role"], part=r["part"],
                on=date.fromisoformat(r["day"]), status=r["status"]))
        return out

    def _write_details(self, contact_id: int, card: Card) -> None:
        self.conn.execute("DELETE FROM contact_details WHERE contact_id = ?", (contact_id,))
        rows = [(contact_id, "email", v, i) for i, v in enumerate(card.emails[1:], start=1)]
        rows += [(contact_id, "phone", v, i) for i, v in enumerate(card.phones[1:], start=1)]
        self.conn.executemany("INSERT OR IGNORE INTO contact_details (contact_id, kind, value,"
                               " position) VALUES (?, ?, ?, ?)", rows)

    def insert(self, card: Card, now: datetime) -> int:
        cur = self.conn.execute(
            "INSERT INTO contacts (name, title, company, company_key, email, phone, address, adr,"
            " linkedin_url, preferred_channel, linkedin_ok, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_values(card), now.isoformat(), now.isoformat()))
        contact_id = int(cur.lastrowid or 0)
        self._write_details(contact_id, card)
        _changed()
        return contact_id

    def update(self, contact_id: int, card: Card, now: datetime) -> None:
        """Write every field of `card` over contact `contact_id`."""
        self.conn.execute(
            "UPDATE contacts SET name = ?, title = ?, company = ?, company_key = ?, email = ?,"
            " phone = ?,"
            " address = ?, adr = ?, linkedin_url = ?, preferred_channel = ?, linkedin_ok = ?,"
            " notes = ?, updated_at = ? WHERE id = ?",
            (*_values(card), now.isoformat(), contact_id))
        self._write_details(contact_id, card)
        _changed()

    def move_roles(self, from_id: int, to_id: int) -> None:
        """Whatever `from_id` did in any interview, `to_id` did (merge)."""
        self.conn.execute("UPDATE OR IGNORE interviewers SET contact_id = ? WHERE contact_id = ?",
                           (to_id, from_id))
        self.conn.execute("DELETE FROM interviewers WHERE contact_id = ?", (from_id,))
        self.conn.execute("UPDATE interviews SET coordinator_id = ? WHERE coordinator_id = ?",
                           (to_id, from_id))
        self.conn.execute("UPDATE OR IGNORE former_people SET contact_id = ? WHERE"
                           " contact_id = ?", (to_id, from_id))

    def keep_former(self, app_id: int, contact_id: int, was: str, now: datetime) -> None:
        """`contact_id` was the `was` of `app_id`'s interviews and is taken out of them: the
        employer's side of that application still, never its network (A2)."""
        self.conn.execute("INSERT OR REPLACE INTO former_people (application_id, contact_id,"
                           " was, left_at) VALUES (?, ?, ?, ?)",
                           (app_id, contact_id, was, now.isoformat()))

    def keep_formers_of(self, interview_id: int, now: datetime) -> None:
        """The people of an interview about to go (a later round the employer cancelled):
        former ones of its application (keep_former)."""
        self.conn.execute(
            "INSERT OR IGNORE INTO former_people (application_id, contact_id, was, left_at)"
            " SELECT i.application_id, p.contact_id, p.was, ? FROM interviews i JOIN ("
            " SELECT interview_id, contact_id, 'interviewer' AS was FROM interviewers UNION ALL"
            " SELECT id, coordinator_id, 'coordinator' FROM interviews WHERE coordinator_id"
            " IS NOT NULL) p ON p.interview_id = i.id WHERE i.id = ?",
            (now.isoformat(), interview_id))

    def back_in(self, app_id: int, contact_id: int) -> None:
        """`contact_id` is in `app_id`'s interviews again: no longer a former one there."""
        self.conn.execute("DELETE FROM former_people WHERE application_id = ? AND"
                           " contact_id = ?", (app_id, contact_id))

    def former_of(self, app_id: int) -> list[tuple[int, str]]:
        """(id, name) of those taken out of `app_id`'s interviews (keep_former)."""
        return [(int(r[0]), str(r[1])) for r in self.conn.execute(
            "SELECT c.id, c.name FROM former_people f JOIN contacts c ON c.id = f.contact_id"
            " WHERE f.application_id = ? ORDER BY c.id", (app_id,))]

    def ids_by_email(self, emails: Sequence[str]) -> list[int]:
        """Contacts holding any of these addresses, main or extra, compared case-blind."""
        wanted = sorted({e.strip().lower() for e in emails if e.strip()})
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        return [int(r[0]) for r in self.conn.execute(
            f"SELECT id FROM contacts WHERE lower(email) IN ({marks}) UNION SELECT contact_id"
            f" FROM contact_details WHERE kind = 'email' AND lower(value) IN ({marks}) ORDER BY 1",
            (*wanted, *wanted))]

    def candidates(self, card: Card) -> list[Contact]:
        """Whoever might be the person on `card`: the same address or phone number, or the same
        name at the same company; core/identity decides which one is. Call
        inside a write transaction: company keys missing since an older version are filled in
        first."""
        if self.needs_company_keys():
            self.refresh_company_keys()
        ids = set(self.ids_by_email(card.emails))
        if card.phones:
            from followup.core.identity import phone_key

            numbers = sorted({*card.phones, *(phone_key(p) for p in card.phones)})
            marks = ",".join("?" * len(numbers))
            ids.update(int(r[0]) for r in self.conn.execute(
                f"SELECT id FROM contacts WHERE phone IN ({marks}) UNION SELECT contact_id FROM"
                f" contact_details WHERE kind = 'phone' AND value IN ({marks})",
                (*numbers, *numbers)))
        key = company_key(card.company)
        from followup.core.identity import fold

        # One company's people (an index range) of the same name, folded as identity folds it:
        # a plain ASCII name folds to its lower case, so only the others need the Python fold.
        self.conn.create_function("followup_fold", 1, fold, deterministic=True)
        name = fold(card.name)
        ids.update(int(r[0]) for r in self.conn.execute(
            "SELECT id FROM contacts WHERE company_key = ? AND (lower(name) = ? OR"
            " ((name GLOB '*[^ -~]*' OR name GLOB '*  *' OR name != trim(name))"
            " AND followup_fold(name) = ?))", (key, name, name)))
        return self.load(sorted(ids))

    def delete(self, contact_id: int) -> None:
        self.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        _changed()

    def connection_index(self) -> dict[str, tuple[Any, ...]]:
        """key -> (id, first_name, last_name, url, email, company, company_key, position,
        connected_on), for comparing a new export with what is kept."""
        cols = ", ".join(_CONNECTION_COLUMNS)
        return {r[0]: tuple(r[1:]) for r in self.conn.execute(
            f"SELECT key, id, {cols} FROM connections")}

    def insert_connections(self, rows: Sequence[tuple[Any, ...]], now: datetime) -> None:
        """Rows of (key, first_name, last_name, url, email, company, company_key, position,
        connected_on)."""
        stamp = now.isoformat()
        self.conn.executemany(
            f"INSERT INTO connections (key, {', '.join(_CONNECTION_COLUMNS)}, imported_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r, stamp, stamp) for r in rows])
        _changed()

    def update_connections(self, rows: Sequence[tuple[Any, ...]], now: datetime) -> None:
        """Rows of (id, first_name, ..., connected_on)."""
        sets = ", ".join(f"{c} = ?" for c in _CONNECTION_COLUMNS)
        self.conn.executemany(f"UPDATE connections SET {sets}, updated_at = ? WHERE id = ?",
                               [(*r[1:], now.isoformat(), r[0]) for r in rows])
        _changed()

    def connection_company_keys(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT company_key FROM connections WHERE company_key != ''")]

    def connections_at(self, key: str, limit: int = 1000) -> list[Connection]:
        """Connections at one company (a company_key), those with an email first."""
        return [Connection(
            id=int(r["id"]), first_name=r["first_name"], last_name=r["last_name"], url=r["url"],
            email=r["email"], company=r["company"], position=r["position"],
            connected_on=date.fromisoformat(r["connected_on"]) if r["connected_on"] else None)
            for r in self.rows("SELECT * FROM connections WHERE company_key = ?"
                        " ORDER BY email IS NULL, last_name, first_name, id LIMIT ?", (key, limit))]

    def count_connections(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM connections").fetchone()[0])

    def needs_company_keys(self) -> bool:
        row = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM contacts WHERE company_key IS NULL)").fetchone()
        return bool(row[0])

    def refresh_company_keys(self) -> None:
        """Contacts saved elsewhere (an interviewer given with --with) have no company_key yet:
        fill it in. Call inside a write transaction."""
        rows = self.conn.execute("SELECT id, company FROM contacts WHERE company_key IS NULL"
                                  ).fetchall()
        if not rows:
            return
        keys = [(company_key(r["company"]), r["id"]) for r in rows]
        before = _POOLS.get(self.store)
        fresh = before is not None and before[0] == self._stamp()
        self.conn.executemany("UPDATE contacts SET company_key = ? WHERE id = ?", keys)
        _changed()
        if before is not None and fresh:  # one new interviewer need not rebuild the whole pool
            known = before[1].present
            added = {k for k, _ in keys if k and k not in known}
            pool = KeyPool([*before[1].keys, *added]) if added else before[1]
            _POOLS[self.store] = (self._stamp(), pool)

    def _stamp(self) -> tuple[int, int]:
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        return version, _generation

    def network_keys(self) -> KeyPool:
        """The company keys of every connection and contact, kept until one of them changes."""
        stamp = self._stamp()
        cached = _POOLS.get(self.store)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        pool = KeyPool([*self.connection_company_keys(), *self.contact_company_keys()])
        _POOLS[self.store] = (stamp, pool)
        return pool

    def contact_company_keys(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT company_key FROM contacts WHERE company_key != ''")]

    def contacts_at(self, key: str, exclude: Iterable[int] = (),
                    limit: int = 1000) -> list[sqlite3.Row]:
        """Contacts at one company (a company_key), those with an email first: id, name,
        title, company, email, linkedin_url. Light rows, not whole contacts."""
        skip = tuple(exclude)
        return self.rows("SELECT id, name, title, company, email, linkedin_url FROM contacts"
                  f" WHERE company_key = ? AND id NOT IN ({','.join('?' * len(skip))})"
                  " ORDER BY email IS NULL, name, id LIMIT ?", (key, *skip, limit))

    def withdraw_step(self, app_id: int, key: str, now: datetime) -> None:
        """Cancel a pending step before a re-plan, so that the plan makes it anew."""
        self.conn.execute("UPDATE steps SET status = 'cancelled', updated_at = ? WHERE"
                           " application_id = ? AND key = ? AND status = 'pending'",
                           (now.isoformat(), app_id, key))

    def has_network(self) -> bool:
        """Whether anyone could be matched at all: a cheap check before any matching."""
        row = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM connections) OR EXISTS (SELECT 1 FROM contacts"
            " WHERE company IS NOT NULL AND company != '')").fetchone()
        return bool(row[0])

    def live_without_step_done(self, statuses: list[str], key: str) -> list[tuple[int, str]]:
        """(id, company) of the applications in `statuses` whose step `key` is not done or
        skipped (the A2 step may still be offered or chosen anew)."""
        marks = ",".join("?" * len(statuses))
        return [(int(r[0]), str(r[1])) for r in self.conn.execute(
            f"SELECT id, company FROM applications a WHERE status IN ({marks}) AND NOT EXISTS"
            " (SELECT 1 FROM steps s WHERE s.application_id = a.id AND s.key = ?"
            " AND s.status IN ('done', 'skipped'))", (*statuses, key))]
