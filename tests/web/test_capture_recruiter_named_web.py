"""Issue 23 on the web: the recruiter an invitation names only in its words is shown and
stored as the coordinator (tests/test_capture_recruiter_named.py holds the reader's cases)."""

from __future__ import annotations

from tests.test_capture_recruiter_named import INVITE
from web_helpers import Web, text_of


def test_the_page_proposes_and_stores_the_named_recruiter_as_coordinator(web: Web) -> None:
    ics = INVITE.format(said="Your recruiting contact is Jenna Park (jenna.park@brightline."
                             "example).", extra="")
    shown = text_of(web.post("/applications/from-invitation", {"ics_text": ics}).text)
    assert "Jenna Park" in shown
    assert web.post("/applications/from-invitation",
                    {"ics_text": ics, "confirm": "1"}).status_code == 303
    iv = web.store.load(1).interviews[0]
    assert iv.coordinator is not None and iv.coordinator.name == "Jenna Park"
    assert [p.name for p in iv.interviewers] == ["Marcus Liu"]
