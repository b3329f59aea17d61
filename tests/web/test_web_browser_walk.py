"""What the new user's walk through the whole app (bench/web_walk.py, issue 14) found, kept
fixed in Debian's chromium through Playwright: a deletion is undone from the page that says
it happened, no sentence on a page tells the reader to type a command-line flag, and the
links inside the A1 nudge are tap targets of 44 px on a phone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from web_helpers import SIZES, TZ, LiveServer, add, fixed

from followup import service
from followup.core.model import EventKind, Person
from followup.core.parse import parse_now
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")

pytestmark = pytest.mark.slow



def _config(folder: Path) -> WebConfig:
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=Secrets("b" * 43, "c" * 40), secrets_file=folder / "web.json")


def _seed(folder: Path) -> WebConfig:
    store = Store(folder / "followup.db")
    add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    add(store, "Globex", role="Engineer", people=(Person("Raj Patel", "raj@globex.example"),))
    store.close()
    return _config(folder)


@pytest.mark.parametrize(("size", "js"), [("phone", True), ("laptop", False)])
def test_a_deletion_is_undone_from_the_page_that_reports_it(browser: Any, tmp_path: Path,
                                                            size: str, js: bool) -> None:
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/applications/2/delete")
        page.get_by_role("button", name="Yes, delete it").click()
        page.wait_for_url(re.compile(r"/pipeline$"))
        assert "Globex (Engineer) is deleted" in page.inner_text(".flash--ok")
        page.get_by_role("button", name="Undo").click()
        page.wait_for_selector(".flash--ok:has-text('Undone')")
        assert page.get_by_role("link", name="Globex").count() == 1
        page.goto(server.url + "/applications/2")
        assert "Globex" in page.inner_text("h1")
    context.close()


def test_no_page_asks_for_a_command_line_flag(browser: Any, tmp_path: Path) -> None:
    """The planner's notices (C1: no timeline; F12: a reply without a date) and a draft that
    needs the candidate's name say where on the dashboard to act, not which option to type."""
    config = _seed(tmp_path)
    store = Store(config.db_path)
    day = parse_now("2026-11-23T18:00", TZ)
    service.log_event(store, 2, EventKind.REPLY, day.date(), day)
    store.close()
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    with LiveServer(config) as server:
        page.goto(server.url + "/applications/1")
        assert "add it on the Edit page and the plan will follow it" in page.inner_text(
            ".notice")
        page.goto(server.url + "/applications/2")
        assert "record it on the Edit page to plan the next touch" in page.inner_text("main")
        page.goto(server.url + "/applications/1")
        page.get_by_role("link", name="Read the draft").first.click()
        assert page.get_by_text("First, who signs it?").is_visible()
        for url in ("/applications/1", "/applications/2", page.url):
            page.goto(url if url.startswith("http") else server.url + url)
            assert FLAG.findall(page.inner_text("body")) == [], url
    context.close()


def test_the_nudge_links_are_tap_targets_on_a_phone(browser: Any, tmp_path: Path) -> None:
    from test_web_browser_app import TAP_TARGETS

    config = _seed(tmp_path)  # two active applications: the A1 nudge shows
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    with LiveServer(config) as server:
        for url in ("/", "/pipeline"):
            page.goto(server.url + url)
            assert page.locator("aside.nudge a").count() >= 1, url
            assert page.evaluate(TAP_TARGETS) == [], url
    context.close()
