"""C4, A3: one person is one contact, whichever path names them (issue 11.1).

`core/identity` alone decides who is who: an address (any of a person's), then a phone
number in E.164 together with the same name, then the name with the company's normal form.
The found cases: a contact added by hand, then named with `--with` (bare, and with an address
the first already holds), made three people; `contacts add "Zed Q <zed@q.example>"` kept the
whole string as the name; `interviewer --phone` kept a national number as typed. Migration 12
folds the duplicates that older versions made, keeping every link.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.contacts import Card
from followup.core.identity import Identity, duplicate_groups, normal_phone, split_name
from followup.core.model import Person
from followup.store.migrations import LATEST, migrate, schema_version
from followup.store.sqlite import Store

Cli = Callable[..., Any]
TZ = "America/New_York"
NOW = datetime(2026, 11, 30, 18, tzinfo=ZoneInfo(TZ))
T = "2026-11-23T18:00:00-05:00"


def _rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as conn:
        return [tuple(r) for r in conn.execute(sql)]


def _ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json()


def _people(app: dict[str, Any]) -> list[int]:
    return [p["id"] for i in app["interviews"] for p in i["interviewers"]]


# -- the found cases, through the command line ------------------------------------------------


def test_a_contact_named_with_with_is_the_known_one(cli: Cli, db_path: Path) -> None:
    """C4: added by hand at "Stripe, Inc.", then met at "Stripe": one Priya throughout."""
    priya = _ok(cli("contacts", "add", "Priya Raman", "--company", "Stripe, Inc.",
                    "--email", "priya@stripe.example", "--email", "priya@home.example",
                    "--json"))
    again = cli("contacts", "add", "Priya Raman", "--company", "Stripe")
    assert again.code == 2 and f"already contact #{priya['id']}" in again.stderr
    first = _ok(cli("add", "Stripe", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
                    "--with", "Priya Raman", "--json"))
    second = _ok(cli("add", "Stripe", "--role", "Engineer", "--interviewed",
                     "2026-11-23 11:00", "--with", "Priya Raman <priya@home.example>",
                     "--json"))
    third = _ok(cli("interview", str(first["id"]), "--at", "2026-11-23 15:00",
                    "--with", "PRIYA  RAMAN", "--coordinator", "priya@home.example",
                    "--json"))
    assert _people(first) == _people(second) == [priya["id"]]
    assert set(_people(third)) == {priya["id"]}
    assert _rows(db_path, "SELECT coordinator_id FROM interviews WHERE coordinator_id IS NOT"
                 " NULL") == [(priya["id"],)]
    assert _rows(db_path, "SELECT count(*) FROM contacts") == [(1,)]
    shown = _ok(cli("contacts", "show", str(priya["id"]), "--json"))
    assert shown["emails"] == ["priya@stripe.example", "priya@home.example"]  # order kept
    assert len(shown["roles"]) >= 3


def test_with_a_new_address_completes_the_known_person(cli: Cli, db_path: Path) -> None:
    """A person kept without an address who is met again with one: the address is added."""
    cli("contacts", "add", "Li Wei", "--company", "Acme Inc.")
    _ok(cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
            "--with", "Li Wei <li@acme.example>", "--json"))
    assert _rows(db_path, "SELECT name, email FROM contacts") == [("Li Wei", "li@acme.example")]


def test_two_people_of_one_name_with_different_addresses_stay_two(cli: Cli,
                                                                  db_path: Path) -> None:
    cli("contacts", "add", "Sam Lee", "--company", "Acme", "--email", "sam@acme.example")
    _ok(cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
            "--with", "Sam Lee <samuel.lee@acme.example>", "--json"))
    assert _rows(db_path, "SELECT count(*) FROM contacts") == [(2,)]


def test_name_with_an_address_is_understood_by_contacts_add(cli: Cli, db_path: Path) -> None:
    made = _ok(cli("contacts", "add", "Zed Q <zed@q.example>", "--company", "Q", "--json"))
    assert (made["name"], made["emails"]) == ("Zed Q", ["zed@q.example"])
    twice = cli("contacts", "add", "Zed Quentin <ZED@q.example>")
    assert twice.code == 2 and "already contact" in twice.stderr
    edited = _ok(cli("contacts", "edit", str(made["id"]), "--name",
                     "Zed Quinn <zq@q.example>", "--json"))
    assert (edited["name"], edited["emails"]) == ("Zed Quinn", ["zq@q.example",
                                                                "zed@q.example"])


def test_an_address_belongs_to_one_contact(cli: Cli, db_path: Path) -> None:
    """contacts edit: giving someone another person's address is refused, nothing changed."""
    a = _ok(cli("contacts", "add", "Ann Baker", "--email", "ann@x.example", "--json"))
    b = _ok(cli("contacts", "add", "Bo Chen", "--email", "bo@x.example", "--json"))
    res = cli("contacts", "edit", str(b["id"]), "--email", "bo@x.example", "--email",
              "ANN@x.example")
    assert res.code == 2 and f"contact #{a['id']}'s address" in res.stderr
    assert res.stderr.count("\n") == 1
    assert _rows(db_path, "SELECT count(*) FROM contact_details") == [(0,)]


def test_interviewer_phone_is_kept_in_e164(cli: Cli, db_path: Path) -> None:
    """One normaliser: `interviewer --phone` as `contacts edit --phone` (profile region)."""
    cli("me", "--name", "Alex Candidate", "--region", "US")
    app = _ok(cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
                  "--with", "Raj Patel", "--json"))
    raj = _people(app)[0]
    person = _ok(cli("interviewer", str(raj), "--phone", "(415) 555-0134", "--json"))
    assert person["phone"] == "+14155550134"
    person = _ok(cli("interviewer", str(raj), "--name", "Raj Patel <raj@acme.example>",
                     "--json"))
    assert (person["name"], person["email"]) == ("Raj Patel", "raj@acme.example")


def test_the_web_form_understands_name_with_address(store: Store) -> None:
    """The web's contact form goes through service.edit_person: the same rules."""
    app = service.add_application(
        store, company="Acme", role="Dev", now=NOW,
        interview=service.NewInterview(at=NOW.replace(hour=9), tz=TZ,
                                       interviewers=(Person("Raj Patel"),)))
    raj = app.interviews[0].interviewers[0].id
    assert raj is not None
    person = service.edit_person(store, raj, NOW, name="Raj Patel <raj@acme.example>",
                                 phone="+1 555 0100")
    assert (person.name, person.email, person.phone) == (
        "Raj Patel", "raj@acme.example", "+1 555 0100")  # a +CC number stays as typed


# -- the rules, alone ---------------------------------------------------------------------


def test_phone_counts_only_with_the_same_name() -> None:
    index = Identity([(1, Card("Raj Patel", company="Acme", phones=("+16465550182",)))])
    same = index.match(Card("raj  patel", company="Globex", phones=("+1 646 555 0182",)))
    assert (same.id, same.how, same.sure) == (1, "phone", True)
    other = index.match(Card("Rajesh", phones=("+16465550182",)))
    assert (other.id, other.how, other.sure) == (1, "phone", False)  # a conflict, not him


def test_name_and_company_through_the_company_matcher() -> None:
    index = Identity([(1, Card("Zoë Adams", company="Stripe, Inc.")),
                      (2, Card("Sam Lee", company="Acme", emails=("sam@acme.example",)))])
    assert index.match(Card("Zoe ADAMS", company="The Stripe Company")).id == 1
    assert index.match(Card("Zoë Adams", company="Stripe Labs Ltd")).id == 1
    assert index.match(Card("Zoë Adams", company="Stripes")).id is None
    clash = index.match(Card("Sam Lee", company="Acme", emails=("sl@acme.example",)))
    assert (clash.id, clash.sure) == (2, False)
    assert index.match(Card("X", emails=("SAM@acme.example",))).how == "email"


@pytest.mark.parametrize(("typed", "expected"), [
    ("Zed Q <zed@q.example>", ("Zed Q", "zed@q.example")),
    ("Zed Q", ("Zed Q", None)),
    ("<b>Jane</b>", ("<b>Jane</b>", None)),
])
def test_split_name(typed: str, expected: tuple[str, str | None]) -> None:
    assert split_name(typed) == expected


@pytest.mark.parametrize(("typed", "region", "kept"), [
    ("(415) 555-0134", "US", "+14155550134"),
    ("020 7946 0958", "GB", "+442079460958"),
    ("+1 212 555 0100", None, "+12125550100"),
    ("0044 20 7946 0958", "US", "+442079460958"),
    ("ext. 12", "US", "ext. 12"),
    ("555-0134", None, "555-0134"),
])
def test_normal_phone(typed: str, region: str | None, kept: str) -> None:
    assert normal_phone(typed, region) == kept


# -- migration 12: the duplicates already kept ------------------------------------------------

DUPLICATES: dict[str, list[dict[str, Any]]] = {
    "contacts": [
        {"id": 1, "name": "Priya Raman", "company": "Stripe, Inc.",
         "email": "priya@stripe.example", "phone": "+16465550182", "created_at": T},
        {"id": 2, "name": "Priya Raman", "company": "Stripe", "title": "Recruiter",
         "created_at": T},
        {"id": 3, "name": "Priya Raman", "company": "Stripe", "email": "priya@home.example",
         "greeting": "Hi Priya", "created_at": T},
        {"id": 4, "name": "priya raman", "company": "Google", "phone": "+1 646 555 0182",
         "created_at": T},
        {"id": 5, "name": "Priya Raman", "company": "Stripe", "email": "pr@other.example",
         "created_at": T},
        {"id": 6, "name": "Jane Doe", "company": "Stripe", "email": "jane@stripe.example",
         "created_at": T},
    ],
    "contact_details": [
        {"contact_id": 1, "kind": "email", "value": "priya@home.example", "position": 1}],
    "applications": [
        {"id": 1, "company": "Stripe", "role": "Analyst", "status": "active",
         "playbook": "default", "phase": "i1", "created_at": T, "updated_at": T}],
    "interviews": [
        {"id": 1, "application_id": 1, "round": 1, "at": "2026-11-23T10:00:00-05:00",
         "tz": TZ, "coordinator_id": 3, "created_at": T},
        {"id": 2, "application_id": 1, "round": 2, "at": "2026-11-25T10:00:00-05:00",
         "tz": TZ, "coordinator_id": 6, "created_at": T}],
    "interviewers": [
        {"interview_id": 1, "contact_id": 2, "position": 0, "noted": "dbt"},
        {"interview_id": 1, "contact_id": 3, "position": 1},
        {"interview_id": 1, "contact_id": 6, "position": 2},
        {"interview_id": 2, "contact_id": 4, "position": 0},
        {"interview_id": 2, "contact_id": 5, "position": 1}],
    "journal": [{"id": 1, "application_id": 1, "interview_id": 1, "written_on": "2026-11-23",
                 "note": "Priya twice", "created_at": T}],
}


def _build_with_duplicates(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, upto=11)
    for table, rows in DUPLICATES.items():
        for row in rows:
            conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                         f"({', '.join('?' * len(row))})", tuple(row.values()))
    conn.close()


def test_migration_12_folds_the_duplicates_keeping_every_link(db_path: Path) -> None:
    _build_with_duplicates(db_path)
    store = Store(db_path)  # upgrades
    try:
        assert schema_version(store.conn) == LATEST >= 12
        kept = _rows(db_path, "SELECT id, name, company, title, email, phone, greeting"
                     " FROM contacts ORDER BY id")
        assert kept == [
            (1, "Priya Raman", "Stripe, Inc.", "Recruiter", "priya@stripe.example",
             "+16465550182", "Hi Priya"),
            (5, "Priya Raman", "Stripe", None, "pr@other.example", None, None),  # apart
            (6, "Jane Doe", "Stripe", None, "jane@stripe.example", None, None)]
        assert _rows(db_path, "SELECT interview_id, contact_id, position, noted FROM"
                     " interviewers ORDER BY interview_id, position") == [
            (1, 1, 0, "dbt"), (1, 6, 2, None), (2, 1, 0, None), (2, 5, 1, None)]
        assert _rows(db_path, "SELECT id, coordinator_id FROM interviews ORDER BY id") == [
            (1, 1), (2, 6)]
        assert _rows(db_path, "SELECT contact_id, kind, value FROM contact_details") == [
            (1, "email", "priya@home.example")]
        assert _rows(db_path, "SELECT note FROM journal") == [("Priya twice",)]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        app = store.load(1)
        assert [p.name for p in app.interviews[0].interviewers] == ["Priya Raman",
                                                                    "Jane Doe"]
    finally:
        store.close()


def test_duplicate_groups_are_transitive_and_oldest_first() -> None:
    people = [(3, Card("A B", emails=("a@x.example",))),
              (1, Card("A B", company="X Corp")),
              (2, Card("A B", company="X", emails=("a@x.example",))),
              (4, Card("C D"))]
    assert duplicate_groups(people) == [[1, 2, 3]]


def test_migration_18_keeps_numbers_typed_with_a_country_code_in_e164(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 15")  # as a file made before numbers were normalised
    conn.execute("DELETE FROM schema_migrations WHERE version = 18")
    made = "2026-11-01T09:00:00+00:00"
    conn.executemany("INSERT INTO contacts (id, name, phone, created_at) VALUES (?, ?, ?, ?)",
                     [(1, "Rita Recruiter", "+1 (212) 555-0100", made),
                      (2, "Ann Local", "020 7946 0958", made),  # no +CC: its region unknown
                      (3, "Ext Person", "+1 212 555 0100 ext. 7", made)])
    conn.executemany("INSERT INTO contact_details (contact_id, kind, value, position) VALUES"
                     " (?, 'phone', ?, ?)", [(1, "+44 20 7946 0958", 1),
                                             (1, "+12125550100", 2),  # the main one again
                                             (2, "+44 (0)20 7946 0959", 1)])
    conn.commit()
    conn.close()
    Store(db_path).close()  # upgrades
    assert _rows(db_path, "SELECT id, phone FROM contacts ORDER BY id") == [
        (1, "+12125550100"), (2, "020 7946 0958"), (3, "+1 212 555 0100 ext. 7")]
    assert _rows(db_path, "SELECT contact_id, value FROM contact_details ORDER BY contact_id,"
                 " position") == [(1, "+442079460958"), (2, "+442079460959")]
    assert _rows(db_path, "SELECT max(version) FROM schema_migrations") == [(LATEST,)]


def test_a_number_with_an_extension_keeps_it() -> None:
    assert normal_phone("+1 212 555 0100 ext. 7") == "+1 212 555 0100 ext. 7"
    assert normal_phone("212 555 0100 x12", "US") == "212 555 0100 x12"
    assert normal_phone("0044 20 7946 0958") == "+442079460958"
