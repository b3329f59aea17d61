"""Issue 23, point 2, on the web: the invitation's preview has a field for the company and
one for the role, filled with what was read (the guess said as a guess, the unknown said as
unknown). What the candidate leaves there is stored: a correction wins over the guess, a field
emptied is stored as unknown and flagged, never as the guess they removed."""

from __future__ import annotations

import re
from pathlib import Path

from web_helpers import Web, text_of

EX = Path(__file__).resolve().parents[1] / "fixtures" / "invites" / "examples"
NO_ROLE = (EX / "outlook.ics").read_text().replace(
    "SUMMARY;LANGUAGE=en-US:Interview: Data Analyst (Northwind)",
    "SUMMARY;LANGUAGE=en-US:Intro call (Northwind)")


def _value(page: str, name: str) -> str:
    m = re.search(rf'<input id="i-{name}" name="{name}" type="text" value="([^"]*)"', page)
    assert m, page
    return m.group(1)


def test_the_preview_offers_both_fields_filled_with_the_reading(web: Web) -> None:
    assert "Intro call (Northwind)" in NO_ROLE
    r = web.post("/applications/from-invitation", {"ics_text": NO_ROLE})
    assert r.status_code == 200
    assert _value(r.text, "company") == "Northwind" and _value(r.text, "role") == ""
    page = text_of(r.text)
    assert "The invitation does not say: type it, or leave it blank" in page
    assert "Guessed (named in the title): correct it if it is wrong." in page


def test_what_is_typed_is_stored(web: Web) -> None:
    r = web.post("/applications/from-invitation", {"ics_text": NO_ROLE, "confirm": "1",
                                                   "company": "Northwind Traders",
                                                   "role": "  Data Engineer "})
    assert r.status_code == 303
    app = web.store.load(1)
    assert (app.company, app.role) == ("Northwind Traders", "Data Engineer")
    assert not app.notes, "nothing is left unknown: no flag"


def test_a_field_emptied_is_unknown_and_flagged_not_the_guess(web: Web) -> None:
    ics = (EX / "calendly.ics").read_text()
    r = web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1",
                                                   "company": " ", "role": "Product Designer"})
    assert r.status_code == 303
    app = web.store.load(1)
    assert app.company != "Globex Corp" and "company" in (app.notes or "")
    shown = text_of(web.get("/applications/1").text)
    assert "Globex Corp" not in shown


def test_a_value_the_add_form_refuses_stores_nothing(web: Web) -> None:
    r = web.post("/applications/from-invitation", {"ics_text": NO_ROLE, "confirm": "1",
                                                   "role": "x" * 600})
    assert r.status_code == 400
    assert web.store.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_a_further_round_offers_no_fields(web: Web) -> None:
    ics = (EX / "outlook.ics").read_text()
    assert web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"}
                    ).status_code == 303
    again = web.post("/applications/from-invitation",
                     {"ics_text": (EX / "outlook-round2.ics").read_text()})
    assert 'id="i-company"' not in again.text and 'id="i-role"' not in again.text


SCHEDULE_ONLY = "\r\n".join((
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN",
    "METHOD:REQUEST", "BEGIN:VEVENT", "UID:gh-s12-walk@greenhouse.io",
    "DTSTAMP:20261125T160000Z", "DTSTART;TZID=America/Chicago:20261203T130000",
    "DTEND;TZID=America/Chicago:20261203T143000",
    "ORGANIZER;CN=Maya Chen:mailto:maya.chen@bluefin.example",
    "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam.candidate@gmail.com",
    "SUMMARY:Interview for Data Scientist at Bluefin Logistics",
    "DESCRIPTION:Your schedule (Central Time):\\n\\n1:00 PM - 1:45 PM Dr. Amara Okafor\\, "
    "Director of Data Science\\n1:45 PM - 2:30 PM Tom Brennan\\, Senior Data Scientist"
    "\\n\\nBest\\,\\nMaya Chen\\nRecruiting Coordinator",
    "END:VEVENT", "END:VCALENDAR", ""))


def test_a_person_without_an_address_is_shown_by_name_alone(web: Web) -> None:
    """Found by session 12's new-user walk: the preview printed "Tom Brennan <None>"."""
    r = web.post("/applications/from-invitation", {"ics_text": SCHEDULE_ONLY})
    assert r.status_code == 200
    page = text_of(r.text)
    assert "Tom Brennan" in page and "Okafor" in page
    assert "None" not in page and "<>" not in page


def test_the_update_preview_on_the_web_says_the_same(web: Web) -> None:
    """An update moves the time only: the corrections since are kept (session 12)."""
    web.post("/applications/from-invitation", {"ics_text": (EX / "outlook.ics").read_text(),
                                               "confirm": "1"})
    r = web.post("/applications/from-invitation",
                 {"ics_text": (EX / "outlook-moved.ics").read_text()})
    assert r.status_code == 200
    assert 'id="invitation-keeps"' in r.text and 'id="f-interviewers"' not in r.text
    assert 'href="/applications/1"' in r.text
