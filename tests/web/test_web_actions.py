"""What the buttons do: plain POST + redirect (no JavaScript needed), or an htmx fragment."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from web_helpers import Web, add, text_of

from followup.core.model import AppStatus, Person, StepKind, StepStatus
from followup.messages import drafts as message_drafts

HX = {"HX-Request": "true"}


def _first(web: Web, app_id: int = 1) -> int:
    return web.store.load(app_id).pending[0].id


def test_mark_done_redirects_back_with_a_message(web: Web) -> None:
    add(web.store)
    step = _first(web)
    r = web.post(f"/steps/{step}/done", {"on": "2026-11-23", "return_to": "/"})
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert web.store.get_step(step).status is StepStatus.DONE
    page = text_of(web.get("/").text)
    assert "Acme: Done on Mon 23 Nov." in page
    assert "Thank-you email to Jane Doe" not in page


def test_mark_done_defaults_to_today_and_refuses_the_future(web: Web) -> None:
    add(web.store)
    step = _first(web)
    r = web.post(f"/steps/{step}/done", {"on": "2026-11-24", "return_to": "/"})
    assert r.status_code == 303
    assert "The date Tue 24 Nov 2026 is in the future" in web.get("/").text
    assert web.store.get_step(step).status is StepStatus.PENDING
    web.post(f"/steps/{step}/done", {})
    assert web.store.get_step(step).done_on == date(2026, 11, 23)


def test_mark_done_with_htmx_swaps_the_card_and_shows_the_next_step(web: Web) -> None:
    add(web.store)
    step = _first(web)
    r = web.post(f"/steps/{step}/done", {"on": "2026-11-23"}, headers=HX)
    assert r.status_code == 200
    assert r.text.lstrip().startswith(f'<article class="step step--done" id="step-{step}"')
    assert "Done on Mon 23 Nov." in r.text and "Next: Follow-up email to Jane Doe" in r.text


def test_htmx_errors_stay_in_the_card(web: Web) -> None:
    add(web.store)
    step = _first(web)
    web.post(f"/steps/{step}/done", {"on": "2026-11-23"})
    r = web.post(f"/steps/{step}/done", {"on": "2026-11-23"}, headers=HX)
    assert r.status_code == 200
    assert "already done on Mon 23 Nov 2026; nothing changed" in r.text
    assert 'class="step__error"' in r.text


def test_a_redirect_never_leaves_the_site(web: Web) -> None:
    add(web.store)
    for target in ("https://evil.example/", "//evil.example", "/\\evil.example",
                   "javascript:alert(1)", "/%0d%0aSet-Cookie:x=1"):
        step = _first(web)
        r = web.post(f"/steps/{step}/skip", {"return_to": target})
        assert r.status_code == 303
        location = r.headers["location"]
        assert location.startswith("/") and not location.startswith(("//", "/\\")), target
        assert "\n" not in location and "\r" not in location


def test_skip(web: Web) -> None:
    add(web.store)
    step = _first(web)
    web.post(f"/steps/{step}/skip", {"return_to": "/"})
    assert web.store.get_step(step).status is StepStatus.SKIPPED


def test_snooze_moves_a_step_to_a_later_business_day_with_the_reason(web: Web) -> None:
    add(web.store)
    step = next(s.id for s in web.store.load(1).pending if s.kind.value == "follow_up")
    r = web.post(f"/steps/{step}/snooze", {"until": "2026-12-05", "reason": "card arrives Fri",
                                          "return_to": "/"})
    assert r.status_code == 303
    moved = web.store.get_step(step)
    assert moved.due == date(2026, 12, 7)  # Sat 5 Dec: the next business day
    assert moved.status is StepStatus.PENDING
    assert "Put off to Mon 07 Dec: card arrives Fri." in moved.why
    # The rolling plan: the touch after it moves with it (F7, F1).
    after = [s for s in web.store.load(1).pending if s.due > moved.due]
    assert after and after[0].due >= date(2026, 12, 14)


def test_a_thank_you_can_wait_only_inside_its_window(web: Web) -> None:
    add(web.store)
    step = _first(web)
    web.post(f"/steps/{step}/snooze", {"until": "2026-11-24", "reason": "card arrives Tue",
                                      "return_to": "/"})
    assert web.store.get_step(step).due == date(2026, 11, 24)
    web.post(f"/steps/{step}/snooze", {"until": "2026-11-28", "reason": "later",
                                      "return_to": "/"})
    assert "past the thank-you&#39;s window" in web.get("/").text
    assert web.store.get_step(step).due == date(2026, 11, 24)


def test_a_snooze_lasts_through_a_re_plan(web: Web) -> None:
    add(web.store, people=(Person("Jane Doe", "jane@acme.example"), Person("Raj Patel")))
    first, second = (s.id for s in web.store.load(1).pending[:2])
    web.post(f"/steps/{second}/snooze", {"until": "2026-11-24", "reason": "asking Sam"})
    web.post(f"/steps/{first}/done", {"on": "2026-11-23"})  # re-plans the application
    assert web.store.get_step(second).due == date(2026, 11, 24)


@pytest.mark.parametrize(("until", "reason", "message"), [
    ("2026-11-23", "x", "is not after 2026-11-23"),
    ("", "x", "The new day is required"),
    ("2026-11-31", "x", "The new day: '2026-11-31' is not a real date"),
    ("2026-11-25", "", "The reason must not be empty"),
    ("2027-03-01", "x", "is past the thank-you's window"),
])
def test_snooze_refuses_with_a_reason(web: Web, until: str, reason: str, message: str) -> None:
    add(web.store)
    step = _first(web)
    before = web.store.get_step(step)
    web.post(f"/steps/{step}/snooze", {"until": until, "reason": reason, "return_to": "/"})
    assert message in web.get("/").text.replace("&#39;", "'")
    assert web.store.get_step(step) == before


def test_logging_a_reply_stops_the_sequence(web: Web) -> None:
    add(web.store)
    r = web.post("/applications/1/events", {"kind": "reply", "on": "2026-11-23",
                                            "note": "Still deciding"}, follow=True)
    page = text_of(r.text)
    assert "Acme: their reply is logged on Mon 23 Nov; the follow-up sequence stops (F12)." \
        in page
    app = web.store.load(1)
    assert app.status is AppStatus.RESPONDED
    # No date given: a wait the rules name, one question, then a move-on (F12, issue 20).
    assert [s.rule for s in app.pending] == ["F12", "F8"]
    assert "Still deciding" in page


def test_a_reply_with_a_date_makes_a_new_plan(web: Web) -> None:
    add(web.store)
    web.post("/applications/1/events", {"kind": "reply", "on": "2026-11-23",
                                        "decision_by": "2026-12-04"})
    app = web.store.load(1)
    assert app.pending and app.pending[0].rule == "F5"


@pytest.mark.parametrize(("kind", "status"), [("rejected", AppStatus.REJECTED),
                                              ("offer", AppStatus.OFFER),
                                              ("withdrawn", AppStatus.WITHDRAWN)])
def test_outcomes_end_the_plan(web: Web, kind: str, status: AppStatus) -> None:
    add(web.store)
    web.post("/applications/1/events", {"kind": kind, "on": "2026-11-23"})
    app = web.store.load(1)
    assert app.status is status and app.pending == ()


@pytest.mark.parametrize(("data", "message"), [
    ({"kind": "ghosted"}, "unknown event 'ghosted'"),
    ({"kind": "offer", "on": "2026-11-30"}, "is in the future"),
    ({"kind": "reply", "on": "2026-11-23", "call_in": "0"},
     "The days until the call: 0 is not a number"),
])
def test_bad_events_change_nothing(web: Web, data: dict[str, str], message: str) -> None:
    add(web.store)
    r = web.post("/applications/1/events", data, follow=True)
    assert message in r.text.replace("&#39;", "'")
    assert web.store.load(1).status is AppStatus.ACTIVE


def test_reopen(web: Web) -> None:
    add(web.store)
    web.post("/applications/1/events", {"kind": "rejected", "on": "2026-11-23"})
    r = web.post("/applications/1/reopen", {"on": "2026-11-23", "note": "They came back"},
                 follow=True)
    assert "Reopened" in r.text
    assert web.store.load(1).status is AppStatus.ACTIVE
    again = web.post("/applications/1/reopen", {"on": "2026-11-23"}, follow=True)
    assert "already active; nothing to reopen" in again.text


def test_the_journal_box_writes_the_journal_the_cli_reads(
        web: Web, cli: Callable[..., Any]) -> None:
    """A4: one journal, whichever front end writes it."""
    add(web.store)
    r = web.post("/applications/1/journal", {"note": "Ask about the team size.\nGo slower.",
                                             "improve": "Shorter answers"}, follow=True)
    assert "Written to the journal" in r.text
    shown = cli("journal", "1", "--show", "--json").json()
    assert "Ask about the team size." in json.dumps(shown)
    assert "Shorter answers" in json.dumps(shown)
    cli("journal", "1", "--note", "Written in the terminal")
    page = web.get("/applications/1").text
    assert "Written in the terminal" in page and "Shorter answers" in page
    assert web.store.load(1).notes is None  # the application's own notes are untouched
    empty = web.post("/applications/1/journal", {"note": "  "}, follow=True)
    assert "Write something first" in empty.text


def test_edit_an_interviewer(web: Web) -> None:
    add(web.store, people=(Person("Raj Patel"),))
    contact = web.store.load(1).interviews[0].interviewers[0].id
    r = web.post(f"/contacts/{contact}", {"name": "Raj Patel", "email": "raj@acme.example",
                                          "phone": "+1 555 0100", "prefers": "email",
                                          "linkedin_ok": "yes", "return_to": "/applications/1"})
    assert r.headers["location"] == "/applications/1"
    person = web.store.get_contact(contact)
    assert person.email == "raj@acme.example" and person.linkedin_ok is True
    bad = web.post(f"/contacts/{contact}", {"name": "Raj", "prefers": "text",
                                            "return_to": "/applications/1"}, follow=True)
    assert "not by text message or social media (T4)" in bad.text


def test_draft_needs_a_profile_first_then_shows_text_and_tone(web: Web) -> None:
    add(web.store)
    step = _first(web)
    first = text_of(web.get(f"/steps/{step}/draft").text)
    assert "First, who signs it?" in first
    assert web.get(f"/steps/{step}/draft.eml").status_code == 400
    web.post("/profile", {"name": "Alex Morgan", "email": "alex@example.com",
                          "return_to": f"/steps/{step}/draft"})
    r = web.get(f"/steps/{step}/draft")
    page = text_of(r.text)
    assert "Thank-you email" in page and "Alex Morgan" in page
    assert "mailto:jane@acme.example?subject=" in r.text
    assert "Copy the text" in page and "Tone check" in page
    eml = web.get(f"/steps/{step}/draft.eml")
    assert eml.status_code == 200 and eml.headers["content-type"].startswith("message/rfc822")
    assert b"X-Unsent: 1" in eml.content and b"jane@acme.example" in eml.content


def test_draft_is_the_one_the_cli_gives(web: Web) -> None:
    add(web.store)
    message_drafts.set_profile(web.store, {"name": "Alex Morgan"}, web.config.clock())
    step = _first(web)
    d = message_drafts.draft(web.store, step, web.config.clock(), phrasing=2)
    html = web.get(f"/steps/{step}/draft?phrasing=2").text
    assert d.body.splitlines()[0] in html


def test_edited_draft_is_checked_for_tone(web: Web) -> None:
    add(web.store)
    message_drafts.set_profile(web.store, {"name": "Alex Morgan"}, web.config.clock())
    step = _first(web)
    r = web.post(f"/steps/{step}/draft", {"body": "WHY HAVE YOU NOT ANSWERED ME YET?!"})
    assert r.status_code == 200
    assert 'class="findings"' in r.text
    assert "M5" in r.text


def test_profile_errors_are_shown(web: Web) -> None:
    r = web.post("/profile", {"email": "not an address", "return_to": "/settings"}, follow=True)
    assert r.status_code == 200
    assert 'flash--error' in r.text


def test_close_step_can_be_let_go(web: Web) -> None:
    add(web.store, at="2026-10-01 10:00", now="2026-10-01T18:00")
    app = web.store.load(1)
    for s in app.pending:
        if s.kind is not StepKind.CLOSE:
            web.post(f"/steps/{s.id}/skip", {})
    close = web.store.load(1).pending[0]
    assert close.kind is StepKind.CLOSE
    web.post(f"/steps/{close.id}/done", {"on": "2026-11-23"})
    assert web.store.load(1).status is AppStatus.CLOSED


def test_rotating_the_feed_token(web: Web) -> None:
    old = web.config.secrets.feed_token
    r = web.post("/settings/feed-token", {}, follow=True)
    assert "New calendar address made" in r.text
    assert old not in r.text
    assert web.get(f"/feed/{old}.ics").status_code == 404
