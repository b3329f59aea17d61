"""Every page, in-process: what a reader sees, escaped, and the error pages."""

from __future__ import annotations

import pytest
from web_helpers import Web, add, text_of

from followup import service
from followup.core.model import EventKind, Person
from followup.core.parse import parse_now


def test_today_empty_invites_a_first_interview(web: Web) -> None:
    r = web.get("/")
    assert r.status_code == 200
    page = text_of(r.text)
    assert "Nothing is due" in page
    assert 'href="/applications/new"' in r.text
    assert "No active application:" in page  # A1 nudge


def test_today_lists_due_steps_with_why_and_rule(web: Web) -> None:
    add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"), Person("Raj Patel")))
    page = text_of(web.get("/").text)
    assert "Thank-you email to Jane Doe" in page
    assert "Thank-you letter to Raj Patel" in page  # no address, nobody to relay (C4)
    assert "within 24 hours" in page  # the why (T2)
    assert "T2" in page
    assert "2 steps to take" in page


def test_today_splits_overdue_from_due(web: Web) -> None:
    add(web.store, "Oldco", at="2026-11-10 10:00", now="2026-11-10T18:00")
    add(web.store, "Newco")
    r = web.get("/")
    late, due = r.text.split('id="due-h"')
    assert "Oldco" in late and "Overdue" in text_of(late)
    assert "Newco" in due


def test_pipeline_groups_by_status_with_next_step_and_days_since(web: Web) -> None:
    a = add(web.store, "Acme")
    b = add(web.store, "Globex", at="2026-11-16 10:00", now="2026-11-16T18:00")
    service.log_event(web.store, b.id, EventKind.REJECTED, parse_now("2026-11-20", "UTC").date(),
                      parse_now("2026-11-23T18:00", "America/New_York"))
    html = web.get("/pipeline").text
    page = text_of(html)
    assert "Active 1" in page and "Rejected 1" in page
    active = text_of(html.split('id="lane-active"')[1].split('id="lane-rejected"')[0])
    assert "Acme" in active and "Thank-you" in active and "Globex" not in active
    assert "3 d ago" in page  # Globex: the rejection on Fri 20 Nov was the last contact
    assert a.id != b.id


def test_pipeline_filter_by_status(web: Web) -> None:
    add(web.store, "Acme")
    r = web.get("/pipeline?status=active")
    assert r.status_code == 200
    assert 'aria-current="page">Active' in r.text
    assert "Acme" in r.text
    assert "Acme" not in web.get("/pipeline?status=offer").text


def test_pipeline_nudges_when_thin(web: Web) -> None:
    add(web.store, "Acme")
    assert "Only 1 active application:" in text_of(web.get("/pipeline").text)


def test_application_page_shows_interviews_people_plan_and_log(web: Web) -> None:
    app = add(web.store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),),
              decision_by=parse_now("2026-11-25", "UTC").date())
    page = text_of(web.get(f"/applications/{app.id}").text)
    assert "Acme Data Analyst" in page
    assert "Jane Doe" in page and "jane@acme.example" in page
    assert "Decision by Wed 25 Nov" in page
    assert "Thank-you email to Jane Doe" in page and "F5" in page
    assert "Interview, round 1" in page  # the history
    assert "They replied" in page and "Rejected" in page and "Offer" in page
    assert "I withdrew" in page and "Record a new round" in page
    assert "Who you know there" in page and "Journal" in page


def test_application_page_offers_reopen_when_closed(web: Web) -> None:
    app = add(web.store, "Acme")
    service.log_event(web.store, app.id, EventKind.REJECTED, parse_now("2026-11-23", "UTC").date(),
                      parse_now("2026-11-23T18:00", "America/New_York"))
    page = text_of(web.get(f"/applications/{app.id}").text)
    assert "Reopen" in page and "They replied" not in page


def test_new_application_form_asks_the_capture_questions(web: Web) -> None:
    page = text_of(web.get("/applications/new").text)
    for rule in ("C1", "C2", "C3", "C4", "C6", "C7", "T4"):
        assert rule in page, rule
    assert "America/New_York" in web.get("/applications/new").text  # the configured zone


def test_new_round_form(web: Web) -> None:
    app = add(web.store, "Acme")
    r = web.get(f"/applications/{app.id}/interviews/new")
    assert r.status_code == 200
    assert "A new round at Acme" in text_of(r.text)
    assert 'name="_round"' in r.text


def test_settings_shows_the_feed_url_and_profile(web: Web) -> None:
    r = web.get("/settings")
    assert r.status_code == 200
    assert f"/feed/{web.config.secrets.feed_token}.ics" in r.text
    assert "--set-password" not in r.text  # words, not a command to run


@pytest.mark.parametrize("url", ["/applications/999", "/applications/999/interviews/new",
                                 "/steps/999/draft", "/steps/999/draft.eml", "/no/such/page"])
def test_unknown_things_get_a_404_page(web: Web, url: str) -> None:
    r = web.get(url)
    assert r.status_code == 404
    assert "Back to Today" in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize("url", ["/applications/abc", "/applications/0",
                                 f"/applications/{2**70}", "/pipeline?status=x"])
def test_malformed_ids_are_refused_cleanly(web: Web, url: str) -> None:
    r = web.get(url)
    assert r.status_code in (200, 404, 422)  # an unknown status just shows everything
    assert "Traceback" not in r.text


def test_wrong_method_gets_a_405_page(web: Web) -> None:
    r = web.client.put("/")
    assert r.status_code == 405
    assert "does not take that kind of request" in r.text


def test_server_error_page_hides_the_traceback(web: Web, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "agenda", boom)
    r = web.get("/")
    assert r.status_code == 500
    assert "secret internals" not in r.text
    assert "Something broke" in r.text


def test_a_script_company_renders_as_text(web: Web) -> None:
    evil = "<script>alert(1)</script>"
    app = add(web.store, evil, role='"><img src=x onerror=alert(2)>',
              people=(Person("<b>Jane</b>", "jane@acme.example"),))
    for url in ("/", "/pipeline", f"/applications/{app.id}", "/steps/1/draft"):
        html = web.get(url).text
        assert "<script>alert(1)" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>Jane</b>" not in html, url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in web.get("/").text


def test_static_files_and_security_headers(web: Web) -> None:
    css = web.get("/static/style.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    js = web.get("/static/htmx.min.js")
    assert js.status_code == 200 and js.text.startswith("/*! htmx 2")
    r = web.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert web.get("/favicon.ico").status_code == 204


def test_pages_use_no_cdn(web: Web) -> None:
    add(web.store, "Acme")
    for url in ("/", "/pipeline", "/applications/1", "/applications/new", "/settings"):
        html = web.get(url).text
        assert "http://" not in html.replace("http://testserver", "") or url == "/settings"
        assert "https://" not in html, url


def test_today_shows_the_first_cards_and_how_many_more(web: Web) -> None:
    """A long agenda keeps the page small: the first cards of each section, the totals, and
    a link to all of them."""
    from followup.web import pages

    for i in range(55):
        add(web.store, f"Company {i}")
    page = web.get("/").text
    assert page.count("Mark done") <= 2 * pages.TODAY_LIMIT
    assert "Show all 55" in text_of(page) and "/?page=1" in page
    first = web.get("/?page=1").text
    assert first.count("Mark done") == 50  # every list page is paged, 50 at a time
    assert 'rel="next" href="/?page=2"' in first
    rest = web.get("/?page=2").text
    assert rest.count("Mark done") == 5 and 'rel="prev" href="/?page=1"' in rest
