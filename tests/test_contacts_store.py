"""Migration 3 keeps every contact of an older database, and the contacts SQL round-trips."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from followup.core.contacts import Card
from followup.core.model import Channel
from followup.store.migrations import LATEST, migrate, schema_version
from followup.store.sqlite import Store

NOW = datetime(2026, 11, 23, 18, 0)


def test_a_version_1_database_keeps_its_contacts(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, upto=1)
    conn.execute("INSERT INTO contacts (name, email, phone, title, company, preferred_channel,"
                 " linkedin_ok, notes, created_at) VALUES ('Jane Doe', 'jane@acme.example',"
                 " '+12125550100', 'Lead', 'Acme Inc.', 'phone', 1, 'kind', '2026-01-01')")
    conn.close()
    store = Store(db_path)
    try:
        assert schema_version(store.conn) == LATEST >= 3
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
        assert 3 in versions
        jane = store.contacts.get(1)
        assert jane.card == Card(name="Jane Doe", title="Lead", company="Acme Inc.",
                                 emails=("jane@acme.example",), phones=("+12125550100",),
                                 preferred_channel=Channel.PHONE, linkedin_ok=True,
                                 notes="kind")
        assert store.contacts.contact_company_keys() == []
        with store.write():
            store.contacts.refresh_company_keys()
        assert store.contacts.contact_company_keys() == ["acme"]
        assert store.get_contact(1).name == "Jane Doe"  # the older code still reads it
    finally:
        store.close()


def test_contacts_round_trip_with_several_emails_and_phones(store: Store) -> None:
    card = Card(name="Åsa", company="Spotify AB", emails=("a@x.example", "b@y.example"),
                phones=("+46701234567", "+46701234568", "+46701234569"),
                address="Regeringsgatan 19, Stockholm",
                adr=("", "", "Regeringsgatan 19", "Stockholm", "", "", ""),
                linkedin_url="https://www.linkedin.com/in/asa")
    with store.write():
        cid = store.contacts.insert(card, NOW)
    assert store.contacts.get(cid).card == card
    person = store.get_contact(cid)  # the rest of the app sees the first of each
    assert (person.email, person.phone) == ("a@x.example", "+46701234567")
    with store.write():
        store.contacts.update(cid, Card(name="Åsa L."), NOW)
    assert store.contacts.get(cid).card == Card(name="Åsa L.")
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0


def test_deleting_a_contact_takes_its_details(store: Store) -> None:
    with store.write():
        cid = store.contacts.insert(Card(name="X", emails=("a@x.example", "b@x.example")), NOW)
        store.contacts.delete(cid)
    assert store.contacts.load() == []
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0
