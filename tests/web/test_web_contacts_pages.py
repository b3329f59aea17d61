"""Contacts in the browser (issue 25, point 1): the list and its search, a person's details,
merging duplicates, and the vCard and LinkedIn imports with the command line's choices, each
through the same service call as `followup contacts` and `followup network import`."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from web_helpers import Web, add, body_of, text_of

from followup.core.contacts import Card
from followup.core.model import Person
from followup.core.parse import parse_now
from followup.service import contacts as service

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"
NOW = parse_now("2026-11-23T18:00", "America/New_York")
TERMINAL = re.compile(r"(?<![\w-])--[a-zA-Z]|`|followup |#\d")
CARDS = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rajesh Patel\r\nTEL:+1 (646) 555-0182\r\n"
         "TITLE:Director\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Byron\r\n"
         "ORG:Analytical\r\nEMAIL:ada@analytical.example\r\nEND:VCARD\r\n")


def _upload(web: Web, url: str, name: str, data: bytes, **fields: str) -> object:
    return web.client.post(url, data={"csrf": web.csrf, **fields},
                           files={"file": (name, data, "application/octet-stream")})


def _plain(html: str) -> str:
    page = unescape(text_of(body_of(html)))
    assert TERMINAL.findall(page) == [], [page[max(0, m.start() - 80):m.end() + 20]
                                          for m in TERMINAL.finditer(page)]
    return page


def test_the_list_searches_and_pages_like_the_command_line(web: Web) -> None:
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    for n in range(60):
        service.add_contact(web.store, Card(f"Person {n:02d}", company="Globex",
                                            emails=(f"p{n}@globex.example",)), NOW)
    page = _plain(web.get("/contacts").text)
    assert "61 people" in page and "Jane Doe" in page and "1–50 of 61" in page
    assert "Person 48" in page and "Person 49" not in page  # by name: on the second page
    assert "Person 59" in _plain(web.get("/contacts?page=2").text)
    found = _plain(web.get("/contacts?q=acme").text)
    assert "1 person match" in found and "Jane Doe" in found and "Person" not in found
    same = [c.name for c in service.list_contacts(web.store, search="globex 4")]
    shown = text_of(web.get("/contacts?q=globex+4").text)
    assert same and all(name in shown for name in same)
    assert "Nobody matches" in text_of(web.get("/contacts?q=zzzz").text)


def test_a_person_is_edited_with_every_detail_and_a_mistake_changes_nothing(web: Web) -> None:
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    form = {"name": "Jane Q. Doe", "title": "Head of Data", "company": "Acme",
            "emails": "jane@acme.example\r\njane.doe@mail.example", "phones": "+1 212 555 0100",
            "address": "1 Main St, Springfield", "linkedin": "https://www.linkedin.com/in/janedoe",
            "prefers": "phone", "linkedin_ok": "yes", "notes": "met at the fair"}
    r = web.post("/contacts/1/edit", form, follow=True)
    assert r.status_code == 200 and "details are saved" in text_of(r.text)
    card = service.show_contact(web.store, 1).card
    assert card.name == "Jane Q. Doe" and card.emails == ("jane@acme.example",
                                                          "jane.doe@mail.example")
    assert card.phones == ("+12125550100",) and card.linkedin_ok is True
    assert card.preferred_channel is not None and card.preferred_channel.value == "phone"
    bad = web.post("/contacts/1/edit", {**form, "emails": "not an address", "name": "Zed"})
    assert bad.status_code == 400
    page = _plain(bad.text)
    assert "not an address" in page  # what was typed stays in the form
    assert service.show_contact(web.store, 1).card.name == "Jane Q. Doe"
    assert web.post("/contacts/1/edit", {**form, "prefers": "sms"}).status_code == 400
    assert web.get("/contacts/999").status_code == 404
    assert 'action="/undo"' in r.text  # the edit offers its Undo, as every change does
    undone = web.post("/undo", {"return_to": "/contacts/1"}, follow=True)
    assert "Undone: edited contact 1 (Jane Doe)" in text_of(undone.text)
    card = service.show_contact(web.store, 1).card
    assert card.name == "Jane Doe" and card.emails == ("jane@acme.example",)


def test_duplicates_are_merged_after_a_confirmation(web: Web) -> None:
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    service.add_contact(web.store, Card("J. Doe", company="Acme", phones=("+12125550100",)), NOW)
    confirm = web.get("/contacts/merge?ids=1&ids=2")
    assert confirm.status_code == 200
    page = _plain(confirm.text)
    assert "Whose details to keep" in page and "cannot be undone" in page
    assert len(service.list_contacts(web.store)) == 2  # nothing changed yet
    r = web.post("/contacts/merge", {"ids": ["1", "2"], "keep": "1"}, follow=True)
    assert "1 duplicate folded into Jane Doe" in text_of(r.text)
    kept = service.list_contacts(web.store)
    assert [c.name for c in kept] == ["Jane Doe"] and kept[0].card.phones == ("+12125550100",)
    assert kept[0].roles  # the interview stays hers
    alone = web.get("/contacts/merge?ids=1", follow_redirects=True)
    assert "at least two people" in text_of(alone.text)


def test_a_vcard_import_offers_the_command_lines_three_choices(web: Web) -> None:
    service.add_contact(web.store, Card("Raj Patel", company="Acme", phones=("+16465550182",)),
                        NOW)
    r = _upload(web, "/contacts/import", "cards.vcf", CARDS.encode())
    page = _plain(r.text)
    assert r.status_code == 200
    assert "1 new, 0 updated" in page and "1 not imported because they may be someone" in page
    assert "shares a phone number with one of your contacts" in page
    assert len(service.list_contacts(web.store)) == 2
    merged = _plain(_upload(web, "/contacts/import", "cards.vcf", CARDS.encode(),
                            conflicts="merge").text)
    assert "0 new, 1 updated, 1 already up to date" in merged
    raj = service.list_contacts(web.store, search="raj")[0]
    assert raj.name == "Raj Patel" and raj.card.title == "Director"  # the name stays
    apart = _plain(_upload(web, "/contacts/import", "cards.vcf", CARDS.encode(),
                           conflicts="new").text)
    assert "1 new" in apart and len(service.list_contacts(web.store)) == 3
    phone = _upload(web, "/contacts/import", "iphone.vcf",
                    (FIXTURES / "iphone-export.vcf").read_bytes())
    assert phone.status_code == 200 and "new" in text_of(phone.text)


def test_a_wrong_or_missing_file_is_one_plain_line_and_nothing_changes(web: Web) -> None:
    for url, name, data in (("/contacts/import", "x.vcf", b"hello, no card here"),
                            ("/contacts/linkedin", "cards.vcf",
                             (FIXTURES / "broken.vcf").read_bytes()),
                            ("/contacts/linkedin", "other.zip",
                             (FIXTURES / "not-linkedin.zip").read_bytes())):
        r = _upload(web, url, name, data)
        assert r.status_code == 400, url
        assert "flash--error" in r.text and "Traceback" not in r.text
        _plain(r.text)
    empty = web.client.post("/contacts/import", data={"csrf": web.csrf})
    assert empty.status_code == 400 and "choose a vcard file" in text_of(empty.text).lower()
    assert service.list_contacts(web.store) == []
    no_token = web.client.post("/contacts/import", files={"file": ("a.vcf", CARDS.encode())})
    assert no_token.status_code == 403 and service.list_contacts(web.store) == []


def test_the_linkedin_export_is_imported_and_the_application_page_links_to_it(web: Web) -> None:
    app = add(web.store, "Stripe", people=(Person("Jane Doe", "jane@stripe.example"),))
    before = text_of(web.get(f"/applications/{app.id}").text)
    assert "import your LinkedIn connections" in before
    assert 'href="/contacts/linkedin"' in web.get(f"/applications/{app.id}").text
    r = _upload(web, "/contacts/linkedin", "Connections.csv",
                (FIXTURES / "Connections.csv").read_bytes())
    page = _plain(r.text)
    assert r.status_code == 200 and re.search(r"\b[1-9]\d* new\b", page)
    again = _plain(_upload(web, "/contacts/linkedin", "export.zip", (
        FIXTURES / "Basic_LinkedInDataExport_11-20-2026.zip").read_bytes()).text)
    assert re.search(r"\b\d+ new, [1-9]\d* updated, [1-9]\d* already up to date", again)
    assert "Priya Raman" in text_of(web.get(f"/applications/{app.id}").text)
    assert "Get a copy of your data" in _plain(web.get("/contacts/linkedin").text)


def test_every_details_mistake_reads_in_the_pages_words(web: Web) -> None:
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    base = {"name": "Jane Doe", "emails": "jane@acme.example"}
    for key, value, words in (("phones", "555 0100", "country code"),
                              ("linkedin", "not a url", "LinkedIn profile address"),
                              ("emails", "x@", "not an email address"),
                              ("prefers", "sms", "never by sms"),
                              ("name", "", "name must not be empty"),
                              ("title", "x" * 300, "too long"),
                              ("address", "a\nb", "one line"),
                              ("company", "y" * 300, "too long"),
                              ("linkedin_ok", "maybe", "yes or no")):
        r = web.post("/contacts/1/edit", {**base, key: value})
        assert r.status_code == 400, key
        said = re.search(r'flash--error" role="alert"><p>(.*?)</p>', r.text, re.S)
        assert said is not None, key
        message = unescape(said.group(1))
        assert words in message and TERMINAL.findall(message) == [], (key, message)
        assert message[0].isupper(), message
    assert service.show_contact(web.store, 1).card.phones == ()


def test_a_person_is_added_by_hand_once_and_everyone_downloads_as_a_vcard(web: Web) -> None:
    form = {"name": "Ada Byron", "company": "Analytical", "emails": "ada@analytical.example",
            "phones": "+44 20 7946 0000", "title": "", "address": "", "linkedin": "",
            "prefers": "", "linkedin_ok": "", "notes": ""}
    assert "Add a person" in _plain(web.get("/contacts/new").text)
    r = web.post("/contacts/new", form, follow=True)
    assert r.status_code == 200 and "Ada Byron is added" in _plain(r.text)
    again = web.post("/contacts/new", {**form, "name": "A. Byron"})
    assert again.status_code == 400 and "already one of your contacts" in _plain(again.text)
    assert [c.name for c in service.list_contacts(web.store)] == ["Ada Byron"]
    card = web.get("/contacts/export.vcf")
    assert card.status_code == 200 and card.headers["content-type"].startswith("text/vcard")
    assert b"FN:Ada Byron" in card.content and card.content.count(b"BEGIN:VCARD") == 1
