"""Issue 23 on the web (C4): with the company unknown and no address for the interviewer,
the application's page offers no letter "at the company"; it says what to add
(tests/test_reach_unknown_company.py holds the plan's cases)."""

from __future__ import annotations

from tests.test_reach_unknown_company import NOBODY_NAMED
from web_helpers import Web, text_of


def test_the_page_says_what_is_missing_instead_of_a_letter(web: Web) -> None:
    r = web.post("/applications/from-invitation", {"ics_text": NOBODY_NAMED, "confirm": "1"})
    assert r.status_code == 303, r.text
    said = text_of(web.get("/applications/1").text)
    assert "No way reaches Dr. Amara Okafor yet" in said
    assert "Thank-you to Dr. Amara Okafor" in said
    assert "at the company" not in said and "letter to Dr. Amara Okafor" not in said
