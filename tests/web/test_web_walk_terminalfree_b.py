"""Issue 25's "Done when", the contacts, templates and numbers part: once `followup web` runs,
a new user signs in and, in the browser only, records an interview, imports a vCard and a
LinkedIn export (from the link the application page gives), edits a template and sees it in
a draft, reads the numbers and downloads the work-search record. No terminal, no command."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from web_helpers import PASSWORD, SIZES, TZ, LiveServer, fixed

from followup.web import WebConfig
from followup.web.config import Secrets, hash_password

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"
CARD = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Scully\r\nORG:Stripe\r\nTITLE:Recruiter\r\n"
        b"EMAIL:dana@stripe.example\r\nTEL:+1 212 555 0199\r\nEND:VCARD\r\n")
MARK = "I enjoyed the whiteboard exercise in particular."
TERMINAL = re.compile(r"(?<![\w-])--[a-zA-Z]|`|followup ", re.I)


def _config(folder: Path) -> WebConfig:
    secrets = Secrets("b" * 43, "c" * 40)
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=replace(secrets, password_hash=hash_password(PASSWORD)),
                     secrets_file=folder / "web.json")


def _plain(page: Any, where: str) -> None:
    text = page.inner_text("body")
    assert TERMINAL.findall(text) == [], f"{where}: {TERMINAL.findall(text)}"


def contacts_templates_numbers_record(page: Any, url: str, check: Callable[[str], None],
                                      interviewed: str = "2026-11-23T10:00") -> None:
    """After signing in: an interview at Stripe, a vCard and a LinkedIn export imported, a
    template edited and seen in a draft, the numbers read and the record downloaded; `check`
    reads each page for terminal words (the walk of test_web_walk_terminalfree.py too)."""
    # an interview, recorded with the add form
    page.get_by_role("link", name=re.compile(r"Add")).first.click()
    page.fill("#f-company", "Stripe")
    page.fill("#f-role", "Data Analyst")
    page.fill("#f-interviewed", interviewed)  # this morning: the thank-you is today's
    page.fill("#f-with", "Jane Doe <jane@stripe.example>")
    page.get_by_role("button", name="Record it and make the plan").click()
    page.wait_for_url(re.compile(r"/applications/\d+\?added=1$"))
    application = page.url.split("?")[0]

    # a business card, imported from the Contacts page
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Contacts").click()
    page.get_by_role("link", name="Import business cards").click()
    page.get_by_label("The vCard file").set_input_files(
        {"name": "dana.vcf", "mimeType": "text/vcard", "buffer": CARD})
    page.get_by_role("button", name="Import the cards").click()
    page.wait_for_selector("#import-report")
    assert "1 new" in page.inner_text("#import-report")
    check("vCard imported")

    # LinkedIn's export, from the link the application page gives
    page.goto(application)
    page.get_by_role("link", name="import your LinkedIn connections").click()
    page.wait_for_url(re.compile(r"/contacts/linkedin$"))
    page.get_by_label("LinkedIn's Connections.csv, or the whole ZIP").set_input_files(
        str(FIXTURES / "Connections.csv"))
    page.get_by_role("button", name="Import the connections").click()
    page.wait_for_selector("#import-report")
    assert re.search(r"\b[1-9]\d* new\b", page.inner_text("#import-report"))
    check("LinkedIn imported")
    page.goto(application)
    known = page.inner_text("#know-h + *, section[aria-labelledby=know-h]")
    assert "Priya Raman" in known  # a connection at Stripe (A2)

    # a draft, signed from the draft page; then its template edited and saved
    page.locator("a[href^='/steps/'][href$='/draft']").first.click()  # the plan's next step
    page.wait_for_url(re.compile(r"/steps/\d+/draft"))
    draft = page.url
    if page.get_by_label("Your name").count():
        page.get_by_label("Your name").fill("Alex Candidate")
        page.get_by_label("Your email").fill("alex@mail.example")
        page.get_by_role("button", name=re.compile(r"Save")).first.click()
        page.wait_for_url(re.compile(r"/steps/\d+/draft"))
    assert MARK not in page.get_by_label(re.compile(r"^Text")).input_value()
    page.get_by_role("link", name="change the template").click()
    page.wait_for_url(re.compile(r"/templates/\w+$"))
    box = page.get_by_label("The template")
    text = box.input_value()
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if "{{ signature" in line
              or "{{ sign_off" in line)
    box.fill("\n".join([*lines[:at], MARK, "", *lines[at:]]))
    page.get_by_role("button", name="Preview").click()
    page.wait_for_selector("#preview-text")
    assert MARK in page.inner_text("#preview-text")
    page.get_by_role("button", name="Save my copy").click()
    page.wait_for_selector(".flash--ok")
    check("template saved")
    page.goto(draft)
    assert MARK in page.get_by_label(re.compile(r"^Text")).input_value()

    # the numbers
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Numbers").click()
    page.wait_for_url(re.compile(r"/stats$"))
    assert re.search(r"Heard back from the employer \d+ of \d+",
                     " ".join(page.inner_text("main").split()))
    assert page.get_by_role("img", name="Funnel").count() == 1
    check("numbers")

    # the work-search record, downloaded
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Record").click()
    page.wait_for_url(re.compile(r"/report"))
    with page.expect_download() as got:
        page.get_by_role("link", name="Spreadsheet (CSV)").click()
    body = Path(got.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert any("Stripe" in cell for row in rows for cell in row)


def test_contacts_templates_numbers_and_the_record_without_a_terminal(
        browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport=SIZES["laptop"], accept_downloads=True)
    page = context.new_page()
    with LiveServer(_config(tmp_path)) as server:
        url = server.url
        # sign in
        page.goto(url + "/")
        page.wait_for_url(re.compile(r"/login"))
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(url + "/")

        contacts_templates_numbers_record(page, url, lambda where: _plain(page, where))
    context.close()
