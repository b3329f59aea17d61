"""The dashboard as a complete app in a real browser (Debian's chromium through Playwright):
search, the board, paging, editing, undo and delete, at a laptop size (1366x768) and a phone
size (390x844), with and without JavaScript; on the phone nothing is wider than the screen,
even a 60-character unbroken name, and every tap target is at least 44 px tall."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from web_helpers import SIZES, TZ, LiveServer, add, fixed

from followup.core.model import AppStatus, Person
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

MODES = [(size, js) for size in SIZES for js in (True, False)]
LONG = ("Verylongcompanyname" * 4)[:60]  # 60 letters and not one place to break

pytestmark = pytest.mark.slow



def _seed(folder: Path, extra: int = 0) -> WebConfig:
    store = Store(folder / "followup.db")
    add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    add(store, "Globex", role="Product Manager",
        people=(Person("Raj Patel", "raj@globex.example"),))
    add(store, LONG, role="Analyst", people=(Person(LONG[:40] + " Person"),))
    for i in range(extra):
        add(store, f"Filler {i:03d}", role="Clerk")
    store.close()
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=Secrets("b" * 43, "c" * 40), secrets_file=folder / "web.json")


def _page(browser: Any, size: str, js: bool) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return context, page, errors


def _status(folder: Path, app_id: int) -> AppStatus:
    store = Store(folder / "followup.db")
    try:
        return store.load(app_id).status
    finally:
        store.close()


@pytest.mark.parametrize(("size", "js"), MODES)
def test_search_board_move_and_paging(browser: Any, tmp_path: Path, size: str, js: bool) -> None:
    context, page, errors = _page(browser, size, js)
    with LiveServer(_seed(tmp_path, extra=50)) as server:
        page.goto(server.url + "/pipeline")
        page.get_by_label("Search by company, role or interviewer").fill("patel")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url(re.compile(r"q=patel"))
        cards = page.locator("article.board-card")
        assert cards.count() == 1 and "Globex" in cards.first.inner_text()
        cards.first.get_by_label("What happened?").select_option("offer")
        cards.first.get_by_role("button", name="Move").click()
        page.wait_for_selector(".flash--ok")
        assert "Globex: the offer is logged" in page.inner_text(".flash--ok")
        assert "Globex" in page.inner_text("#lane-offer + article, section.lane--offer")
        assert _status(tmp_path, 2) is AppStatus.OFFER
        page.goto(server.url + "/pipeline?view=table&sort=company")
        assert page.locator("tbody tr").count() == 50
        page.get_by_role("link", name="Next page").click()
        page.wait_for_url(re.compile(r"page=2"))
        assert page.locator("tbody tr").count() == 3
        assert page.get_by_text("51–53 of 53").is_visible()
    context.close()
    assert errors == []


@pytest.mark.parametrize(("size", "js"), MODES)
def test_edit_an_application_and_an_interviewer(browser: Any, tmp_path: Path, size: str,
                                               js: bool) -> None:
    context, page, errors = _page(browser, size, js)
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/applications/1")
        page.get_by_role("link", name="Edit", exact=True).click()
        page.wait_for_url(re.compile(r"/applications/1/edit$"))
        page.get_by_label("Role").fill("Senior Data Analyst")
        page.get_by_label("When do they expect to decide?").fill("2026-11-25")
        page.get_by_role("button", name="Save the changes").click()
        page.wait_for_url(re.compile(r"/applications/1$"))
        assert "Saved. The plan now follows" in page.inner_text(".flash--ok")
        assert "Senior Data Analyst" in page.inner_text("h1")
        assert page.get_by_text("Decision by").first.is_visible()
        page.goto(server.url + "/applications/1/edit")
        page.get_by_text("Edit details").first.click()
        page.locator("input[name=phone]").first.fill("+1 212 555 0100")
        page.get_by_role("button", name="Save", exact=True).first.click()
        page.wait_for_selector(".flash--ok")
        assert "Jane Doe's details are saved" in page.inner_text(".flash--ok")
        # a bad answer is named in words next to its field
        page.goto(server.url + "/applications/1/edit")
        page.get_by_label("Company").fill(" ")
        page.get_by_role("button", name="Save the changes").click()
        assert page.locator("#err-company").inner_text() == "The company must not be empty"
    context.close()
    assert errors == []


@pytest.mark.parametrize(("size", "js"), MODES)
def test_undo_after_done(browser: Any, tmp_path: Path, size: str, js: bool) -> None:
    context, page, errors = _page(browser, size, js)
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/")
        page.locator("article.step").first.get_by_role("button", name="Mark done").click()
        page.get_by_role("button", name="Undo").click()
        page.wait_for_selector(".flash--ok")
        assert "Undone" in page.inner_text(".flash--ok")
    context.close()
    assert errors == []


@pytest.mark.parametrize(("size", "js"), MODES)
def test_delete_with_confirmation(browser: Any, tmp_path: Path, size: str, js: bool) -> None:
    context, page, errors = _page(browser, size, js)
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/applications/2/edit")
        page.get_by_role("link", name="Delete…").click()
        page.get_by_role("button", name="Yes, delete it").click()
        page.wait_for_url(re.compile(r"/pipeline$"))
        assert "a backup copy was made first" in page.inner_text(".flash--ok")
    context.close()
    assert errors == []


PHONE_PAGES = ["/", "/pipeline", "/pipeline?view=table", "/applications/3",
               "/applications/3/edit", "/applications/new", "/settings", "/steps/1/draft"]


def test_a_long_unbroken_name_never_widens_the_phone_page(browser: Any, tmp_path: Path) -> None:
    assert len(LONG) == 60
    context, page, errors = _page(browser, "phone", True)
    with LiveServer(_seed(tmp_path)) as server:
        for url in PHONE_PAGES:
            page.goto(server.url + url)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{url} is {width} px wide on a 390 px screen"
    context.close()
    assert errors == []


TAP_TARGETS = """() => Array.from(document.querySelectorAll(
  'a, button, summary, select, input:not([type=hidden]), textarea, label.choice'))
  .filter(e => { const r = e.getBoundingClientRect();
                 return r.width > 0 && r.height > 0 && r.right > 0; })  // not the skip link
  .filter(e => e.getBoundingClientRect().height < 44)
  .map(e => e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 30) + ' '
       + Math.round(e.getBoundingClientRect().height))"""


def test_every_tap_target_is_at_least_44_px_on_a_phone(browser: Any, tmp_path: Path) -> None:
    context, page, _ = _page(browser, "phone", True)
    with LiveServer(_seed(tmp_path)) as server:
        for url in PHONE_PAGES:
            page.goto(server.url + url)
            small = page.evaluate(TAP_TARGETS)
            assert small == [], f"{url}: {small}"
    context.close()


def test_user_text_carries_dir_auto(browser: Any, tmp_path: Path) -> None:
    store = Store(tmp_path / "followup.db")
    add(store, "شركة الأفق", role="محلل بيانات")
    store.close()
    context, page, _ = _page(browser, "laptop", True)
    config = WebConfig(db_path=tmp_path / "followup.db", tz=TZ, clock=fixed(),
                       secrets=Secrets("b" * 43, "c" * 40), secrets_file=tmp_path / "w.json")
    with LiveServer(config) as server:
        for url in ("/", "/pipeline", "/pipeline?view=table", "/applications/1"):
            page.goto(server.url + url)
            holders = page.locator("[dir=auto]").filter(has_text="شركة الأفق")
            assert holders.count() >= 1, url
    context.close()


def test_the_api_docs_render_from_local_assets(browser: Any, tmp_path: Path) -> None:
    context, page, errors = _page(browser, "laptop", True)
    outside: list[str] = []
    with LiveServer(_seed(tmp_path)) as server:
        page.on("request", lambda r: None if r.url.startswith(server.url)
                else outside.append(r.url))
        page.goto(server.url + "/api/docs")
        page.wait_for_selector(".opblock")
        assert "/api/applications" in page.inner_text("#swagger-ui")
    context.close()
    assert outside == [] and errors == []
