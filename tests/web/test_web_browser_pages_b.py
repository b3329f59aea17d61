"""Contacts, the numbers and the templates in Debian's chromium through Playwright (issue 25,
point 1), at a phone's and a laptop's size, with and without JavaScript: each works by plain
forms, fits the screen, and its controls are labelled 44 px targets."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_web_browser_app import TAP_TARGETS
from web_helpers import SIZES, TZ, LiveServer, add, fixed

from followup.core.contacts import Card
from followup.core.model import Person
from followup.core.parse import parse_now
from followup.service import contacts as contacts_service
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

pytestmark = pytest.mark.slow

NOW = parse_now("2026-11-23T18:00", TZ)
CARDS = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Byron\r\nORG:Analytical\r\n"
         b"EMAIL:ada@analytical.example\r\nEND:VCARD\r\n")
PAGES = ("/contacts", "/contacts/1", "/contacts/merge?ids=1&ids=3", "/contacts/new",
         "/contacts/import", "/contacts/linkedin", "/stats", "/templates",
         "/templates/thank_you_email")
WIDER = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def _seed(folder: Path) -> WebConfig:
    store = Store(folder / "followup.db")
    add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),),
        at="2026-11-09 10:00", now="2026-11-09T18:00")
    add(store, "Globex", role="Engineer", people=(Person("Raj Patel", "raj@globex.example"),))
    contacts_service.add_contact(store, Card("J. Doe", company="Acme",
                                             phones=("+12125550100",)), NOW)
    store.close()
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=Secrets("b" * 43, "c" * 40), secrets_file=folder / "web.json")


@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_each_page_fits_the_screen_with_44_px_targets(browser: Any, tmp_path: Path,
                                                      size: str) -> None:
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        for url in PAGES:
            page.goto(server.url + url)
            assert page.evaluate(WIDER) <= 0, f"{url}: wider than the screen"
            if size == "phone":
                small = page.evaluate(TAP_TARGETS)
                assert small == [], f"{url}: {small}"
        page.goto(server.url + "/")
        assert page.get_by_role("link", name="Contacts").count() >= 1
        assert page.get_by_role("link", name="Numbers").count() == 1
    context.close()


@pytest.mark.parametrize(("size", "js"), [("phone", False), ("laptop", True)])
def test_contacts_are_searched_edited_merged_and_imported(browser: Any, tmp_path: Path,
                                                          size: str, js: bool) -> None:
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/contacts")
        page.get_by_label("Search by name, company, job title or email").fill("acme")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url(re.compile(r"q=acme"))
        assert page.get_by_role("link", name="Raj Patel").count() == 0
        page.get_by_label("Choose Jane Doe to merge").check()
        page.get_by_label("Choose J. Doe to merge").check()
        page.get_by_role("button", name="Merge the people ticked").click()
        page.wait_for_url(re.compile(r"/contacts/merge"))
        page.get_by_role("radio", name=re.compile(r"Jane Doe")).check()
        page.get_by_role("button", name="Merge them").click()
        page.wait_for_selector(".flash--ok")
        assert "folded into Jane Doe" in page.inner_text(".flash--ok")
        page.get_by_label("Job title").fill("Head of Data")
        page.get_by_label("Prefers to be followed up by").select_option("phone")
        page.get_by_role("button", name="Save the details").click()
        page.wait_for_selector(".flash--ok")
        assert page.get_by_label("Job title").input_value() == "Head of Data"
        assert "+12125550100" in page.get_by_label("Phone numbers").input_value()
        page.goto(server.url + "/contacts/import")
        page.get_by_label("The vCard file").set_input_files(
            {"name": "cards.vcf", "mimeType": "text/vcard", "buffer": CARDS})
        page.get_by_label("Keep it as a separate person").check()
        page.get_by_role("button", name="Import the cards").click()
        page.wait_for_selector("#import-report")
        assert "1 new" in page.inner_text("#import-report")
        page.goto(server.url + "/contacts?q=analytical")
        assert page.get_by_role("link", name="Ada Byron").count() == 1
    context.close()


@pytest.mark.parametrize(("size", "js"), [("phone", False), ("laptop", True)])
def test_the_numbers_draw_without_script_and_give_their_table(browser: Any, tmp_path: Path,
                                                              size: str, js: bool) -> None:
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/stats")
        charts = page.locator("svg.chart")
        assert charts.count() >= 3
        box = charts.first.bounding_box()
        assert box is not None and 0 < box["width"] <= SIZES[size]["width"]
        assert page.get_by_role("img", name="Funnel").count() == 1
        section = page.locator("section", has=page.get_by_role("heading", name="Funnel"))
        section.locator("summary", has_text="The numbers as a table").click()
        funnel = page.get_by_role("table", name="Funnel")
        assert funnel.is_visible() and "interviewed" in funnel.inner_text()
        page.get_by_label("Only applications from").fill("2026-11-16")
        page.get_by_role("button", name="Show").click()
        page.wait_for_url(re.compile(r"since=2026-11-16"))
        assert "Applications since Mon 16 Nov 2026" in page.inner_text("main")
    context.close()


def test_a_template_is_edited_with_a_preview_in_the_browser(browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/")
        page.goto(server.url + "/templates")
        page.get_by_role("link", name="Follow-up email a week on").click()
        box = page.get_by_label("The template")
        box.fill("Subject: Checking in on {{ role }}\n\n{{ dear }}\n\nStill keen.\n\n"
                 "{{ signature }}\n")
        page.get_by_role("button", name="Preview").click()
        page.wait_for_selector("#preview-text, .flash--error")
        shown = page.inner_text("main")
        assert "Preview" in shown
        page.get_by_label("The template").fill("{{ role")
        page.get_by_role("button", name="Save my copy").click()
        page.wait_for_selector(".flash--error")
        assert "syntax error" in page.inner_text(".flash--error")
        assert page.get_by_label("The template").input_value() == "{{ role"  # kept to fix
    context.close()
