"""A domain under a top-level domain that is a word (lumen.design, vela.health, kestrel.app):
the label before it names the employer, and the top-level word is never taken for the company
nor cut out of the role (issue 23, point 1; found by a new user: "Designer" was the company
of "Lumen: Senior Product Designer, Growth interview")."""

from __future__ import annotations

import pytest

from followup.capture.invitations import read
from followup.capture.org_domains import domain_words, org_label
from followup.capture.propose import Known, propose

OWN = frozenset({"sam.carter@fastmail.com"})


def ics(summary: str, domain: str) -> bytes:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:tld-1@google.com", "DTSTAMP:20261124T100000Z",
        "DTSTART:20261201T210000Z", "DTEND:20261201T220000Z", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Nadia Haddad:mailto:nadia@{domain}",
        f"ATTENDEE;CN=Nadia Haddad;PARTSTAT=ACCEPTED:mailto:nadia@{domain}",
        "ATTENDEE;CN=Sam Carter;PARTSTAT=NEEDS-ACTION:mailto:sam.carter@fastmail.com",
        "END:VEVENT", "END:VCALENDAR", ""]).encode()


@pytest.mark.parametrize(("domain", "label"), [
    ("lumen.design", "lumen"), ("mail.lumen.design", "lumen"), ("vela.health", "vela"),
    ("kestrel.app", "kestrel"), ("orbit.studio", "orbit"), ("hillcrest.ac.za", "hillcrest"),
    ("eu.acme.com", "acme"), ("sbenergy.example", "sbenergy"), ("acme.co.uk", "acme"),
])
def test_the_label_before_the_public_suffix(domain: str, label: str) -> None:
    assert org_label(domain) == label


def test_the_name_a_word_domain_spells() -> None:
    assert domain_words("northwind-traders.energy") == "Northwind Traders"


@pytest.mark.parametrize(("summary", "domain", "company", "role"), [
    ("Lumen: Senior Product Designer\\, Growth interview", "lumen.design", "Lumen",
     "Senior Product Designer, Growth"),
    ("Vela: Health Data Analyst interview", "vela.health", "Vela", "Health Data Analyst"),
    ("Portfolio review", "lumen.design", "Lumen", ""),
    ("Intro call", "vela.dev", "Vela", ""),
    ("Intro call", "brightwater.finance", "Brightwater", ""),
])
def test_a_word_top_level_domain_is_neither_company_nor_cut_from_the_role(
        summary: str, domain: str, company: str, role: str) -> None:
    p = propose(read(ics(summary, domain), "UTC")[0], OWN, Known((), {}))
    assert (p.company.value, p.role.value) == (company, role)
