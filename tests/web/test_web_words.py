"""Plain language in the browser (issue 14, point 2): labels are words, errors carry their
field as data and read as a person would say them, and a refused action says what can be done."""

from __future__ import annotations

import re

import pytest
from web_helpers import Web, add, text_of

from followup.core.model import StepStatus
from followup.web.forms import plain

HX = {"HX-Request": "true"}


@pytest.mark.parametrize("url", ["/applications/new", "/applications/1",
                                 "/applications/1/interviews/new", "/", "/pipeline"])
def test_no_label_reads_like_a_flag(web: Web, url: str) -> None:
    add(web.store)
    page = web.get(url).text
    for label in re.findall(r"<(?:label|legend)[^>]*>(.*?)</(?:label|legend)>", page, re.S):
        words = text_of(label)
        assert not re.search(r"(^|\s)--[a-z]", words), words
        assert "COMPANY" not in words


@pytest.mark.parametrize(("message", "words"), [
    ("--role is required: the job you interviewed for",
     "The role is required: the job you interviewed for"),
    ("give --decision-by as YYYY-MM-DD", "give the decision date with the date picker"),
    ("--until 2026-12-07 is after the next step (follow_up on 2026-12-03)",
     "The new day Mon 7 Dec 2026 is after the next step (follow-up on Thu 3 Dec 2026)"),
    ("weekends only (the time zone names no country: --holidays CC sets one)",
     "weekends only (the time zone names no country: choose a country under Holidays to "
     "count its public holidays)"),
    ("Replace [...] with something specific; next time record it with --noted \"Name: ...\"",
     "Replace [...] with something specific; next time note it in the interview form"),
    ("they turned you down: log `rejected` (the plan ends)",
     "they turned you down: record “rejected” (the plan ends)"),
    ("unknown time zone 'Mars/Olympus': use an IANA name such as Europe/Paris",
     "unknown time zone 'Mars/Olympus': choose one from the list, such as Europe/Paris"),
    ("Undone: marked step 19 (thank-you → Ann Lee, Globex) done on Mon 07 Dec.",
     "Undone: marked the thank-you at Globex done on Mon 7 Dec."),
    ("Undone: logged reply for application 6 (Globex).", "Undone: logged the reply from Globex."),
    ("application 6 already has the status rejected", "This application already has the status "
     "rejected"),
    ("deleted; `followup undo` brings it back", "deleted; Undo brings it back"),
    # the terminal's weekday before an ISO day is said once, and is the day's own
    ("no reply since your last email (due Mon 2026-12-21)",
     "no reply since your last email (due Mon 21 Dec 2026)"),
    ("planned for 2026-12-22, before you recorded this",
     "planned for Tue 22 Dec 2026, before you recorded this"),
])
def test_messages_in_words(message: str, words: str) -> None:
    assert plain(message) == words


def test_api_errors_name_their_field(web: Web) -> None:
    add(web.store)
    step = web.store.load(1).steps[0].id
    r = web.api("POST", f"/api/steps/{step}/snooze", {"until": "2026-02-31", "reason": "x"})
    assert r.status_code == 400
    assert r.json()["field"] == "until"
    bad = web.api("GET", "/api/applications?limit=500")
    assert bad.status_code == 422 and bad.json()["field"] == "limit"


def test_a_refused_snooze_keeps_the_form_open_and_says_what_can_be_done(web: Web) -> None:
    add(web.store)
    app = web.store.load(1)
    first = next(s for s in app.steps if s.status is StepStatus.PENDING)
    r = web.post(f"/steps/{first.id}/snooze", {"until": "2027-03-01", "reason": "away"},
                 headers=HX)
    assert r.status_code == 200
    assert '<details class="more" open>' in r.text
    said = text_of(r.text)
    assert "The new day Mon 1 Mar 2027 is" in said and "or skip" in said  # what can be done
    assert "--until" not in said and "follow_up" not in said
    assert 'value="away"' in r.text  # what was typed stays


def test_the_form_macro_renders_its_attributes(web: Web) -> None:
    """Time-zone suggestions, limits, the numeric keypad and autocomplete reach the browser
    as attributes, never as escaped text (issue 25, point 4)."""
    page = web.get("/applications/new").text
    assert 'list="zones"' in page and 'inputmode="numeric"' in page
    assert 'min="1" max="365"' in page and 'autocomplete="organization"' in page
    assert "=&#34;" not in page  # an attribute written as text
    assert '<label for="invitation-file">' in page and '<label for="invitation-text">' in page


def test_a_thank_you_draft_offers_no_news_it_would_ignore(web: Web) -> None:
    add(web.store)
    web.post("/profile", {"name": "Alex Morgan", "email": "alex@example.com"})
    thank_you = next(s for s in web.store.load(1).steps if s.kind.value == "thank_you")
    page = text_of(web.get(f"/steps/{thank_you.id}/draft").text)
    assert "Add news about your search" not in page
    assert "news about your search goes in a later follow-up" in page


def test_the_board_move_has_no_default_and_a_blank_one_changes_nothing(web: Web) -> None:
    add(web.store)
    assert '<option value="" selected>Choose…</option>' in web.get("/pipeline").text
    web.post("/applications/1/events", {"kind": "", "return_to": "/pipeline"})
    assert "Choose what happened first; nothing was changed." in web.get("/pipeline").text
    assert web.store.load(1).status.value == "active"
