"""C4 on the web (issue 11.1): the add form and the contact form decide who is who by the
same rules as the command line (core/identity): a person already kept is reused."""

from __future__ import annotations

from web_helpers import NOW, Web, add

from followup.core.contacts import Card
from followup.core.model import Person
from followup.core.parse import parse_now
from followup.service import contacts as contacts

TZ = "America/New_York"


def test_the_add_form_reuses_a_known_contact(web: Web) -> None:
    now = parse_now(NOW, TZ)
    priya = contacts.add_contact(web.store, Card(
        "Priya Raman", company="Stripe, Inc.", emails=("priya@stripe.example",
                                                       "priya@home.example")), now)
    r = web.post("/applications", {
        "company": "Stripe", "role": "Analyst", "interviewed": "2026-11-23T10:00",
        "tz": TZ, "with": "Priya Raman\r\nPriya Raman <priya@home.example>",
        "coordinator": "priya@stripe.example", "fit": "yes", "thank_you_by": "email",
        "playbook": "default", "holidays": "US"})
    assert r.status_code == 303, r.text
    interview = web.store.load(1).interviews[0]
    assert {p.id for p in interview.interviewers} == {priya.id}
    assert interview.coordinator is not None and interview.coordinator.id == priya.id
    assert len(contacts.list_contacts(web.store)) == 1


def test_the_contact_form_reads_name_with_address(web: Web) -> None:
    add(web.store, people=(Person("Raj Patel"),))
    raj = web.store.load(1).interviews[0].interviewers[0].id
    r = web.post(f"/contacts/{raj}", {"name": "Raj Patel <raj@acme.example>", "email": "",
                                      "phone": "", "title": "", "prefers": "",
                                      "linkedin_ok": "", "return_to": "/applications/1"})
    assert r.status_code == 303
    person = web.store.get_contact(raj or 0)
    assert (person.name, person.email) == ("Raj Patel", "raj@acme.example")
