"""A cancelled interview on the web (issue 23; tests/test_cancelled_interview.py holds the
CLI's cases): the application's page says the employer cancelled it, and the list shows no
last contact from a meeting that never happened."""

from __future__ import annotations

from pathlib import Path

from web_helpers import Web, text_of

EXAMPLES = Path(__file__).parent.parent / "fixtures" / "invites" / "examples"


def test_the_page_says_the_interview_was_cancelled_and_counts_no_contact(web: Web) -> None:
    for name in ("outlook.ics", "outlook-cancelled.ics"):
        ics = (EXAMPLES / name).read_text(encoding="utf-8")
        r = web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
        assert r.status_code == 303, r.text
    assert web.store.load(1).interviews[0].cancelled
    said = text_of(web.get("/applications/1").text)
    assert "cancelled by the employer" in said
    [row] = web.api("GET", "/api/applications").json()
    assert row["last_contact"] is None, row
