"""Titles a scheduling tool writes from people's names are nobody's employer, and an interview
day is no part of the job (issue 23; found by a new user's walk-through in session 8: Calendly's
"Jordan Ellis and Sarah Lindgren" gave the company "Jordan Ellis", Zoom's "Wei Chen's Zoom
Meeting" the company "Wei Chen's Zoom Meeting", "Lab Manager onsite interview day" the role
"Lab Manager day"). Every example is new, with a candidate who is not the fixtures' Sam."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics

from followup.capture.invitations import read
from followup.capture.propose import Known, propose
from followup.capture.roles import role

ME = "CN=Noor Haddad:mailto:noor.haddad@gmail.com"
OWN = frozenset({"noor.haddad@gmail.com"})


def _proposed(summary: str, organizer: str) -> tuple[str, str]:
    p = propose(read(ics(summary, organizer, [ME]), "UTC")[0], OWN, Known((), {}))
    return p.company.value, p.role.value


@pytest.mark.parametrize(("summary", "organizer", "company"), [
    ("Noor Haddad and Tomasz Wrobel", "CN=Tomasz Wrobel:mailto:tomasz@kestrelmarine.example",
     "Kestrel Marine"),
    ("30 Minute Meeting between Tomasz Wrobel and Noor Haddad",
     "CN=Tomasz Wrobel:mailto:tomasz@kestrelmarine.example", "Kestrel Marine"),
    ("Tomasz Wrobel's Zoom Meeting", "CN=Tomasz Wrobel:mailto:tomasz@kestrelmarine.example",
     "Kestrel Marine"),
    ("Ana Ruiz's Personal Meeting Room", "CN=Ana Ruiz:mailto:ana.ruiz@orvalle.example",
     "Orvalle"),
])
def test_a_title_made_of_peoples_names_names_no_employer(summary: str, organizer: str,
                                                          company: str) -> None:
    got, _ = _proposed(summary, organizer)
    assert got.lower().replace(" ", "") == company.lower().replace(" ", ""), got


@pytest.mark.parametrize(("title", "job"), [
    ("Fenwick Labs - Lab Manager onsite interview day", "Lab Manager"),
    ("Harrow Trust: Selection Day - Graduate Surveyor", "Graduate Surveyor"),
    ("Interview day: Staff Accountant", "Staff Accountant"),
    ("Pastry Chef interview day at Maison Loubet", "Pastry Chef"),
])
def test_a_day_of_interviews_is_no_part_of_the_job(title: str, job: str) -> None:
    company = next(c for c in ("Fenwick Labs", "Harrow Trust", "Maison Loubet", "")
                   if c in title)
    assert role(title, company, []).value == job
