"""The add page's invitation box (issue 15): upload or paste an invitation, see the proposal
with its guesses marked, store it with one click. In-process, then in a real browser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from web_helpers import TZ, LiveServer, Web, fixed, text_of

from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

EX = Path(__file__).resolve().parents[1] / "fixtures" / "invites" / "examples"


def test_pasting_shows_the_proposal_then_stores(web: Web) -> None:
    ics = (EX / "outlook.ics").read_text()
    r = web.post("/applications/from-invitation", {"ics_text": ics})
    assert r.status_code == 200
    page = text_of(r.text)
    assert "a new application" in page
    assert "Northwind guessed" in page
    assert "Tue 01 Dec 2026 10:00 America/New_York" in page
    assert web.store.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    stored = web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
    assert stored.status_code == 303 and stored.headers["location"] == "/applications/1?added=1"
    app = web.store.load(1)
    assert [p.name for p in app.interviews[0].interviewers] == ["Jane Doe", "Omar Haddad"]
    shown = web.get("/applications/1").text
    assert "Where: Microsoft Teams Meeting" in text_of(shown)
    assert 'href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"' in shown
    again = web.post("/applications/from-invitation", {"ics_text": ics})
    assert "this invitation was read before" in text_of(again.text)


def test_uploading_a_file_and_bad_input(web: Web) -> None:
    r = web.client.post("/applications/from-invitation", data={"csrf": web.csrf},
                        files={"file": ("invite.ics", (EX / "calendly.ics").read_bytes(),
                                        "text/calendar")})
    assert r.status_code == 200 and "Li Wei" in r.text
    bad = web.post("/applications/from-invitation", {"ics_text": "not a calendar"})
    assert bad.status_code == 400 and "no calendar invitation found" in bad.text
    assert web.post("/applications/from-invitation", {"ics_text": "x"}, csrf=False
                    ).status_code == 403


@pytest.mark.parametrize(("name", "said"), [
    ("zone rule SECONDLY", "secondly"), ("5000 attendees", "more than 200 attendees"),
    ("multipart 2000 deep", "nested multipart"), ("sequence 100000000000", "SEQUENCE")])
def test_a_hostile_upload_is_refused_at_once(name: str, said: str, web: Web) -> None:
    """Issue 22: the 702-byte invitation that froze the dashboard at 3.4 GB."""
    from test_hostile_parsers import INVITATIONS

    r = web.client.post("/applications/from-invitation", data={"csrf": web.csrf},
                        files={"file": ("invite.ics", INVITATIONS[name], "text/calendar")})
    assert r.status_code == 400 and said in text_of(r.text)
    assert web.store.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0



@pytest.mark.slow
def test_upload_in_a_real_browser(browser: Any, tmp_path: Path) -> None:
    config = WebConfig(db_path=tmp_path / "followup.db", tz=TZ, clock=fixed(),
                       secrets=Secrets("b" * 43, "c" * 40), secrets_file=tmp_path / "web.json")
    page = browser.new_page()
    with LiveServer(config) as server:
        page.goto(server.url + "/applications/new")
        page.set_input_files("#invitation-file", str(EX / "outlook.ics"))
        page.click("#read-invitation")
        page.wait_for_selector("#store-invitation")
        assert "Northwind" in page.inner_text("#f-company")
        assert "America/New_York" in page.inner_text("#f-when")
        page.click("#store-invitation")
        page.wait_for_url(re.compile(r"/applications/1\?added=1$"))
        assert page.locator(".timeline").get_by_text("Thank-you email to Jane Doe").is_visible()
    page.close()
    store = Store(tmp_path / "followup.db")
    try:
        assert store.load(1).interviews[0].at.isoformat() == "2026-12-01T10:00:00-05:00"
    finally:
        store.close()


def test_the_inbox_page_confirms_a_proposal_with_a_click(web: Web) -> None:
    """What `followup inbox --confirm N` does, from the Today page's notice."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from web_helpers import add

    from followup.capture import inbox as cap
    from followup.mail.replies import Incoming

    app = add(web.store, "Acme")
    now = datetime(2026, 11, 27, 12, tzinfo=ZoneInfo(TZ))
    with web.store.write():
        row = web.store.mail.record_message(
            mailbox="m", uidvalidity=1, uid=7, message_id="<x@acme.example>",
            sender="Jane <jane@acme.example>", subject="Re: Thanks", sent_at=now,
            outcome="unsure", reason="from their domain", event_id=None,
            candidates=[app.id], now=now)
    head = Incoming(7, "<x@acme.example>", "Jane <jane@acme.example>", "jane@acme.example",
                    "Re: Thanks", now, (), None)
    made = cap.propose(web.store, now, mailbox="m", uidvalidity=1, mails=[cap.Mail(
        head, b"Subject: Re: Thanks\r\n\r\nWe regret to inform you that the role is filled.\r\n")],
        rows={7: (row, (app.id,), "unsure")}, own=frozenset(), fallback_tz=TZ)
    assert [m["kind"] for m in made] == ["rejected"]
    assert "1 message from your inbox waits for you" in text_of(web.get("/").text)
    page = text_of(web.get("/inbox").text)
    assert "Proposed: they turned you down" in page
    done = web.post(f"/inbox/{row}/confirm")
    assert done.status_code == 303 and done.headers["location"] == f"/applications/{app.id}"
    assert web.store.load(app.id).status.value == "rejected"
    assert "from your inbox wait" not in text_of(web.get("/").text)


def test_a_wrong_guess_is_corrected_on_the_application_page(web: Web) -> None:
    """Issue 23: make an interviewer the coordinator, or remove them, in one step."""
    ics = (EX / "outlook.ics").read_text()
    web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
    app = web.store.load(1)
    jane = next(p for p in app.interviews[0].interviewers if p.name == "Jane Doe")
    page = web.get("/applications/1").text
    assert f'action="/applications/1/people/{jane.id}"' in page
    r = web.post(f"/applications/1/people/{jane.id}", {"role": "coordinator"})
    assert r.status_code == 303 and r.headers["location"] == "/applications/1"
    iv = web.store.load(1).interviews[0]
    assert iv.coordinator is not None and iv.coordinator.name == "Jane Doe"
    assert [p.name for p in iv.interviewers] == ["Omar Haddad"]
    web.post(f"/applications/1/people/{jane.id}", {"role": "remove"})
    assert web.store.load(1).interviews[0].coordinator is None


def test_what_an_invitation_did_not_say_is_asked_for_on_the_page(web: Web) -> None:
    """Issue 23, point 2: a role or company stored as unknown is a field on the web."""
    chat = EX.parent / "people_dev" / "x04.ics"  # a coffee chat: no job named anywhere
    stored = web.post("/applications/from-invitation",
                      {"ics_text": chat.read_text(), "confirm": "1"})
    assert stored.status_code == 303
    app_id = int(stored.headers["location"].split("/")[2].split("?")[0])
    page = web.get(f"/applications/{app_id}").text
    assert "The invitation did not say which job it is for" in text_of(page)
    assert 'name="role"' in page
    nothing = web.post(f"/applications/{app_id}/name", {"role": "  "})
    assert nothing.status_code == 303
    assert "Nothing was filled in" in text_of(web.get(f"/applications/{app_id}").text)
    saved = web.post(f"/applications/{app_id}/name", {"role": "Product Marketing Manager"})
    assert saved.status_code == 303
    assert web.store.load(app_id).role == "Product Marketing Manager"
    after = web.get(f"/applications/{app_id}").text
    assert "The invitation did not say" not in text_of(after)
    assert web.post(f"/applications/{app_id}/name", {"role": "x"}, csrf=False
                    ).status_code == 403


def test_an_all_day_invitation_asks_for_its_time(web: Web) -> None:
    """Issue 23, point 2: the proposal has a time field; a bad one is one line, nothing kept."""
    day = (EX.parent / "people_dev" / "g06.ics").read_text()
    shown = web.post("/applications/from-invitation", {"ics_text": day})
    assert 'name="time"' in shown.text and "The invitation gives no time" in text_of(shown.text)
    bad = web.post("/applications/from-invitation", {"ics_text": day, "confirm": "1",
                                                     "time": "25:61"})
    assert bad.status_code == 400
    assert web.store.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    stored = web.post("/applications/from-invitation", {"ics_text": day, "confirm": "1",
                                                        "time": "14:30"})
    assert stored.status_code == 303
    assert web.store.load(1).interviews[0].at.strftime("%H:%M") == "14:30"
    assert "time unknown" not in (web.store.load(1).notes or "")
