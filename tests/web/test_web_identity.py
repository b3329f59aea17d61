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


def test_the_web_form_offers_the_choice_and_keeps_the_name(web: Web) -> None:
    """Issue 22.2: an address kept for Jane under another name renames nobody; the form
    asks whether it is her or someone else."""
    form = {"company": "Acme", "role": "Dev", "interviewed": "2026-11-23T10:00",
            "tz": "Europe/London", "with": "Jane Doe2 <jane2@acme2.example>", "fit": "yes",
            "thank_you_by": "email", "playbook": "default", "holidays": "GB"}
    assert web.post("/applications", form).status_code == 303
    other = {**form, "company": "Acme2", "with": "Bob Other <jane2@acme2.example>"}
    r = web.post("/applications", other)
    assert r.status_code == 400 and 'name="shared"' in r.text and "Jane Doe2" in r.text
    assert web.store.load(1).interviews[0].interviewers[0].name == "Jane Doe2"
    r = web.post("/applications", {**other, "shared": "merge"})
    assert r.status_code == 303, r.text
    assert web.store.load(2).interviews[0].interviewers[0].name == "Jane Doe2"
