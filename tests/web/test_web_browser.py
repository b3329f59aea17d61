"""End to end in a real headless browser (Debian's chromium, driven by Playwright): a new user
runs the whole process, at a laptop size and a phone size, with and without JavaScript.

Screenshots go to artifacts/screenshots/ (git-ignored). With FOLLOWUP_DOCS_SCREENSHOT=1 the
Today page of the demo search is also saved as docs/screenshot-today.png.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from web_helpers import NOW, TZ, LiveServer, add, fixed

from followup.core.model import AppStatus
from followup.core.parse import parse_now
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
SIZES = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}

pytestmark = pytest.mark.slow



def _config(folder: Path) -> WebConfig:
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=Secrets("b" * 43, "c" * 40), secrets_file=folder / "web.json")


class Shots:
    def __init__(self, page: Any, size: str) -> None:
        self.page, self.size, self.n = page, size, 0
        SHOTS.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str) -> None:
        self.n += 1
        self.page.screenshot(path=str(SHOTS / f"{self.size}-{self.n:02d}-{name}.png"),
                             full_page=True)


def _no_dialogs(page: Any) -> list[str]:
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append(d.message), d.dismiss()))
    return seen


@pytest.mark.parametrize("size", list(SIZES))
def test_a_new_user_runs_the_whole_process(browser: Any, tmp_path: Path, size: str) -> None:
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    dialogs = _no_dialogs(page)
    shot = Shots(page, size)
    with LiveServer(_config(tmp_path)) as server:
        page.goto(server.url + "/")
        assert page.get_by_text("Nothing is due").is_visible()
        shot("today-empty")

        # add an interview, answering the capture questions (C1-C7)
        page.get_by_role("link", name=re.compile(r"\+ Add")).click()
        page.fill("#f-company", "Acme Analytics")
        page.fill("#f-role", "Data Analyst")
        page.fill("#f-interviewed", "2026-11-23T10:00")
        page.fill("#f-tz", "Mars/Olympus")
        page.fill("#f-with", "Jane Doe <jane.doe@acme.example>")  # the change checks #f-tz
        page.wait_for_selector("#err-tz:has-text('unknown time zone')")
        shot("add-inline-error")
        page.fill("#f-tz", "America/New_York")
        page.fill("#f-decision_by", "2026-11-25")  # the change checks #f-tz again
        page.wait_for_selector("#err-tz:empty", state="attached")
        page.fill("#f-timeline", "They decide on Wednesday and will call everyone.")
        page.get_by_role("button", name="Record it and make the plan").click()
        page.wait_for_url(re.compile(r"/applications/1\?added=1$"))
        assert page.get_by_text("Acme Analytics is recorded. Here is your plan.").is_visible()
        assert page.locator(".timeline").get_by_text("Thank-you email to Jane Doe").is_visible()
        shot("plan")

        # Today: mark the thank-you done (htmx swaps the card)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
        card = page.locator("article.step").filter(has_text="Thank-you email to Jane Doe")
        shot("today")
        card.get_by_role("button", name="Mark done").click()
        page.wait_for_selector("article.step--done")
        assert page.locator("article.step--done").get_by_text("Done on Mon 23 Nov.").is_visible()
        shot("thank-you-done")

        # open the next step's draft: first who signs it, then the text and the tone check
        page.goto(server.url + "/applications/1")
        page.get_by_role("link", name="Read the draft").first.click()
        assert page.get_by_text("First, who signs it?").is_visible()
        page.fill("input[name=name]", "Alex Morgan")
        page.fill("input[name=email]", "alex.morgan@example.com")
        page.get_by_role("button", name="Save").click()
        page.wait_for_selector("#draft-body")
        body = page.input_value("#draft-body")
        assert "Alex Morgan" in body and "Jane" in body
        assert page.get_by_role("link", name="Open in your mail program").get_attribute(
            "href").startswith("mailto:jane.doe@acme.example?subject=")
        assert page.get_by_role("link", name="Download .eml").is_visible()
        assert page.get_by_role("heading", name="Tone check").is_visible()
        shot("draft")

        # they replied: the sequence stops (F12)
        page.goto(server.url + "/applications/1")
        page.fill("details.action[open] input[name=note]", "Still deciding, will write soon")
        page.get_by_role("button", name="Log the reply").click()
        page.wait_for_selector(".flash--ok")
        assert "the follow-up sequence stops (F12)" in page.inner_text(".flash--ok")
        assert page.inner_text(".badge").strip().lower() == "responded"
        # the old sequence stops; a reply without a date waits, then asks once (F12)
        assert page.locator(".timeline .tl--soon, .timeline .tl--due, .timeline .tl--late"
                            ).count() == 1
        shot("after-reply")
        store = Store(tmp_path / "followup.db")
        try:
            app = store.load(1)
            assert app.status is AppStatus.RESPONDED
            assert [s.rule for s in app.pending] == ["F12", "F8"]
        finally:
            store.close()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Pipeline").click()
        shot("pipeline")
        page.goto(server.url + "/settings")
        shot("settings")
    context.close()
    assert errors == [] and dialogs == []


def test_the_basic_flows_work_without_javascript(browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport=SIZES["laptop"], java_script_enabled=False)
    page = context.new_page()
    with LiveServer(_config(tmp_path)) as server:
        page.goto(server.url + "/applications/new")
        page.fill("#f-company", "Globex")
        page.fill("#f-role", "Product Manager")
        page.fill("#f-interviewed", "2026-11-23T09:30")
        page.fill("#f-with", "Maria Garcia <maria@globex.example>")
        page.get_by_role("button", name="Record it and make the plan").click()
        page.wait_for_url(re.compile(r"/applications/1\?added=1$"))
        page.goto(server.url + "/")
        page.locator("article.step").first.get_by_role("button", name="Mark done").click()
        page.wait_for_url(server.url + "/")
        assert page.get_by_text("Globex: Done on Mon 23 Nov.").is_visible()
        page.goto(server.url + "/applications/1")
        page.get_by_text("An outcome: offer, rejection, or you withdrew").click()
        page.get_by_role("button", name="Rejected").click()
        page.wait_for_selector(".flash--ok")
        assert page.inner_text(".badge").strip().lower() == "rejected"
        Shots(page, "nojs")("rejected")
    context.close()


def test_a_hostile_company_name_stays_text(browser: Any, tmp_path: Path) -> None:
    store = Store(tmp_path / "followup.db")
    add(store, "<script>alert(1)</script>", role="<img src=x onerror=alert(2)>")
    store.close()
    context = browser.new_context(viewport=SIZES["laptop"])
    page = context.new_page()
    dialogs = _no_dialogs(page)
    with LiveServer(_config(tmp_path)) as server:
        for url in ("/", "/pipeline", "/applications/1"):
            page.goto(server.url + url)
            assert page.get_by_text("<script>alert(1)</script>").first.is_visible()
    context.close()
    assert dialogs == []


def test_docs_screenshot_of_today(browser: Any, tmp_path: Path) -> None:
    """The demo search's Today page, at a laptop size (the README's picture)."""
    from followup import demo
    from followup.messages import drafts

    store = Store(tmp_path / "followup.db")
    demo.build(store, parse_now(NOW, TZ), TZ)
    drafts.set_profile(store, {"name": "Alex Morgan"}, parse_now(NOW, TZ))
    store.close()
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    with LiveServer(_config(tmp_path)) as server:
        page.goto(server.url + "/")
        assert page.locator("article.step").count() >= 3
        Shots(page, "docs")("today")
        if os.environ.get("FOLLOWUP_DOCS_SCREENSHOT") == "1":
            target = ROOT / "docs" / "screenshot-today.png"
            target.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(target), full_page=False)
    context.close()
