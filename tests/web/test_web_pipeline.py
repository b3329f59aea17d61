"""The pipeline a job seeker recognises (issue 14, point 5): a board by status whose cards move
by logging what happened, search by company, role or interviewer, sort, and pages of at most
50 in the table and the list APIs."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from web_helpers import Web, add, text_of

from followup import pipeline
from followup.core.errors import BadInput
from followup.core.model import AppStatus, Person

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, tzinfo=ZoneInfo("America/New_York"))  # a moment that day


def _many(web: Web, n: int) -> None:
    for i in range(n):
        add(web.store, f"Company {i:03d}", role="Analyst" if i % 2 else "Engineer",
            people=(Person(f"Person {i:03d}", f"p{i}@x.example"),))


def test_search_by_company_role_or_interviewer(web: Web) -> None:
    add(web.store, "Acme", role="Data Analyst", people=(Person("Jane Doe", "j@acme.example"),))
    add(web.store, "Globex", role="Engineer", people=(Person("Raj Patel", "r@globex.example"),))
    add(web.store, "100% Natural_Foods", role="Buyer", people=(Person("Ana Lima"),))

    def found(q: str) -> list[str]:
        return [r.company for r in pipeline.page(web.store, NOW, query=q).rows]

    assert found("acme") == ["Acme"]
    assert found("ENGINEER") == ["Globex"]
    assert found("patel") == ["Globex"]
    assert found("100%") == ["100% Natural_Foods"]  # % and _ are literal, not wildcards
    assert found("0%_") == []
    assert found("  ") == sorted(found(""), key=found("").index)  # blank: everything


def test_sort_and_pages(web: Web) -> None:
    _many(web, 60)
    first = pipeline.page(web.store, NOW, sort="company")
    assert len(first.rows) == 50 and first.total == 60 and first.has_more
    second = pipeline.page(web.store, NOW, sort="company", offset=50)
    assert [r.company for r in second.rows] == [f"Company {i:03d}" for i in range(50, 60)]
    assert not second.has_more
    newest = pipeline.page(web.store, NOW, sort="newest", limit=1).rows[0]
    assert newest.company == "Company 059"
    with pytest.raises(BadInput, match="limit: show from 1 to 50"):
        pipeline.page(web.store, NOW, limit=51)
    with pytest.raises(BadInput, match="sort: 'sideways' is not a way to sort"):
        pipeline.page(web.store, NOW, sort="sideways")


def test_the_board_has_a_column_per_status_and_moves_a_card(web: Web) -> None:
    add(web.store, "Acme")
    add(web.store, "Globex")
    page = web.get("/pipeline")
    assert page.status_code == 200
    said = text_of(page.text)
    for title in ("Active", "Responded", "Offer", "Rejected", "Withdrawn"):
        assert f'id="lane-{title.lower()}"' in page.text
    assert "Acme" in said and "Globex" in said
    r = web.post("/applications/2/events", {"kind": "offer", "return_to": "/pipeline?view=board"})
    assert r.status_code == 303 and r.headers["location"] == "/pipeline?view=board"
    assert web.store.load(2).status is AppStatus.OFFER  # the same service as `followup log`
    board = web.get("/pipeline").text
    offer_lane = board.split('id="lane-offer"')[1].split("</section>")[0]
    assert "Globex" in offer_lane
    back = web.post("/applications/2/reopen", {"return_to": "/pipeline"})
    assert back.status_code == 303
    assert web.store.load(2).status is AppStatus.ACTIVE


def test_the_table_pages_by_50_and_keeps_the_search(web: Web) -> None:
    _many(web, 55)
    one = web.get("/pipeline?view=table&sort=company").text
    assert one.count("<tr>") == 51  # a header row and 50 applications
    assert 'rel="next" href="/pipeline?view=table&amp;sort=company&amp;page=2"' in one
    two = web.get("/pipeline?view=table&sort=company&page=2").text
    assert two.count("<tr>") == 6 and "Company 054" in two and 'rel="prev"' in two
    searched = web.get("/pipeline?view=table&q=Person+007").text
    assert "Company 007" in searched and "Company 008" not in searched
    assert 'value="Person 007"' in searched


def test_list_apis_are_paged(web: Web) -> None:
    _many(web, 55)
    r = web.api("GET", "/api/applications?sort=company")
    assert len(r.json()) == 50 and r.headers["x-total-count"] == "55"
    assert 'offset=50' in r.headers["link"] and 'rel="next"' in r.headers["link"]
    rest = web.api("GET", "/api/applications?sort=company&offset=50")
    assert len(rest.json()) == 5 and "link" not in rest.headers
    assert web.api("GET", "/api/applications?q=Person+003").json()[0]["company"] == \
        "Company 003"
    today = web.api("GET", "/api/today?limit=10")
    assert len(today.json()) == 10 and int(today.headers["x-total-count"]) >= 55
    assert web.api("GET", "/api/today?limit=51").status_code == 422


def test_next_sort_puts_the_soonest_step_first_and_nothing_planned_last(web: Web) -> None:
    add(web.store, "Later", at="2026-11-20 10:00")
    add(web.store, "Sooner", at="2026-11-16 10:00")
    add(web.store, "Ended")
    web.post("/applications/3/events", {"kind": "rejected", "on": "2026-11-23"})
    rows = pipeline.page(web.store, NOW, sort="next").rows
    assert [r.company for r in rows] == ["Sooner", "Later", "Ended"]
    assert rows[0].next_due is not None and rows[0].next_due <= rows[1].next_due  # type: ignore[operator]
    assert rows[2].next_due is None
