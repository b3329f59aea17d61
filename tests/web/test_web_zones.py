"""Issue 21, one notion of a day, on the dashboard: a Tokyo interview recorded from New York
an hour after it (still the day before on the candidate's calendar). The Today page (first
cards and its paged view) calls the thank-you "today", the day of its plan's zone, and the
pipeline counts the days since the interview on that calendar (0, not -1)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from web_helpers import TZ, Web, fixed

from followup import service
from followup.core.model import Person
from followup.core.when import parse_now
from followup.web import WebConfig

HOUR_AFTER = "2026-11-24T21:00"  # New York; 11:00 on 25 Nov in Tokyo


@pytest.fixture
def tokyo(web_config: WebConfig) -> Iterator[Web]:
    w = Web(replace(web_config, clock=fixed(HOUR_AFTER)))
    interview = service.NewInterview(
        at=parse_now("2026-11-25T10:00", "Asia/Tokyo"), tz="Asia/Tokyo",
        interviewers=(Person("Ken Sato", "ken@acme.example"),))
    service.add_application(w.store, company="Acme", role="Dev", interview=interview,
                            now=parse_now(HOUR_AFTER, TZ))
    yield w
    w.close()


def test_the_thank_you_is_today_in_the_interviews_zone(tokyo: Web) -> None:
    for url in ("/", "/?page=1"):
        page = tokyo.get(url)
        assert page.status_code == 200
        assert 'class="step step--today"' in page.text, url
        assert 'class="step step--soon"' not in page.text, url


def test_the_days_since_the_interview_are_counted_there(tokyo: Web) -> None:
    rows = tokyo.get("/api/applications").json()
    found = rows["items"] if isinstance(rows, dict) else rows
    assert [r["days_since_contact"] for r in found] == [0]


def test_the_application_page_dates_by_the_plans_zone(tokyo: Web) -> None:
    page = tokyo.get("/applications/1")
    assert page.status_code == 200
    assert 'class="due due--today"' in page.text
    assert 'max="2026-11-25"' in page.text  # "done on" may name the plan's own today
