"""Issue 25, points 2 to 4, in Debian's chromium through Playwright at a phone (390x844) and a
laptop (1366x768) size: every page and form error reads in plain words (no option, no command,
no backtick), axe-core finds nothing serious or critical on the product's own pages, and a
reply, an outcome and a board move are each undone from the notice that reports them.

axe-core is the npm package, installed by .ci/run into .ci/node and injected from that file
(never a CDN); without it the axe test skips, saying how to install it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_capture_today import propose
from test_web_browser_app import TAP_TARGETS
from web_helpers import SIZES, TZ, LiveServer, add, fixed

from followup import service
from followup.core.model import EventKind, Person
from followup.core.parse import parse_now
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"
TERMINAL = re.compile(r"(?<![\w-])--[a-zA-Z]|`|followup ", re.I)
SERIOUS = """() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
  .filter(v => v.impact === 'serious' || v.impact === 'critical')
  .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))
  .join(' | ')))"""
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
       "UID:1@initech.example\r\nDTSTAMP:20261120T120000Z\r\n"
       "DTSTART;TZID=America/New_York:20261120T100000\r\nDTEND;TZID=America/New_York:"
       "20261120T110000\r\nSUMMARY:Interview: Analyst at Initech\r\n"
       "ORGANIZER;CN=Bill Lumbergh:mailto:bill@initech.example\r\n"
       "ATTENDEE;CN=Peter Gibbons:mailto:peter@initech.example\r\nEND:VEVENT\r\n"
       "END:VCALENDAR\r\n")


def _seed(folder: Path) -> WebConfig:
    """Acme (an inbox proposal waits for it), Globex (a reply without a date: the planner
    says so), Hooli (a thank-you by letter with no address: the draft says so)."""
    store = Store(folder / "followup.db")
    acme = add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    add(store, "Globex", role="Engineer", people=(Person("Raj Patel", "raj@globex.example"),))
    add(store, "Hooli", role="Designer", people=(Person("Gavin Belson", "gavin@hooli.example"),),
        thank_you_by="letter")
    day = parse_now("2026-11-23T18:00", TZ)
    service.log_event(store, 2, EventKind.REPLY, day.date(), day)
    propose(store, acme, 7, "Thanks, we will decide by December 4.")
    store.close()
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(),
                     secrets=Secrets("b" * 43, "c" * 40), secrets_file=folder / "web.json")


def _pages(config: WebConfig) -> list[str]:
    store = Store(config.db_path)
    drafts = [f"/steps/{s.id}/draft" for a in (1, 2, 3) for s in store.load(a).pending[:2]
              if s.kind.value != "close"]
    store.close()
    return ["/", "/pipeline", "/pipeline?view=table", "/pipeline?q=nothing-matches",
            "/applications/1", "/applications/2", "/applications/3", "/applications/1/edit",
            "/applications/1/interviews/new", "/applications/new", "/applications/1/delete",
            "/settings", "/inbox", "/report", "/no/such/page", *drafts,
            "/settings/general", "/settings/mail", "/settings/password", "/settings/backups",
            # every command has a page (issue 25.1): contacts, the numbers, the templates
            "/contacts", "/contacts?q=acme", "/contacts/1", "/contacts/merge?ids=1&ids=2",
            "/contacts/new", "/contacts/import", "/contacts/linkedin", "/stats",
            "/stats?since=2026-11-01",
            "/templates", "/templates/thank_you_email"]


def _form_errors(page: Any, url: str) -> list[str]:
    """Each form refused for a reason the service or the parser gives; the pages it leaves."""
    seen = []
    page.goto(url + "/applications/new")
    page.get_by_role("button", name="Record it and make the plan").click()
    page.wait_for_selector(".flash--error")
    seen.append("blank add form")
    page.goto(url + "/applications/new")
    page.fill("#f-company", "Initech")
    page.fill("#f-role", "Analyst")
    page.fill("#f-interviewed", "2026-11-20T10:00")
    page.fill("#f-tz", "Mars/Olympus")
    page.fill("#f-holidays", "ZZ")
    page.get_by_role("button", name="Record it and make the plan").click()
    page.wait_for_selector(".flash--error")
    seen.append("bad time zone and holidays")
    page.goto(url + "/applications/1/edit")
    page.fill("#f-holidays", "ZZ")
    page.get_by_role("button", name="Save the changes").click()
    page.wait_for_selector(".flash--error")
    seen.append("unknown holidays on edit")
    page.goto(url + "/applications/new")
    page.fill("#invitation-text", "not a calendar at all")
    page.get_by_role("button", name="Read the invitation").click()
    page.wait_for_selector(".flash--error")
    seen.append("not an invitation")
    return seen


def _check(page: Any, where: str, axe: bool) -> None:
    text = page.inner_text("body")
    assert TERMINAL.findall(text) == [], f"{where}: {TERMINAL.findall(text)}"
    if axe:
        page.add_script_tag(path=str(AXE))
        found = page.evaluate(SERIOUS)
        assert found == [], f"{where}: {found}"


def _preview(page: Any, url: str) -> None:
    """The add page's invitation box, read: the preview with Store it and Cancel."""
    page.goto(url + "/applications/new")
    page.fill("#invitation-text", ICS)
    page.get_by_role("button", name="Read the invitation").click()
    page.wait_for_selector("#store-invitation")


def _walk(page: Any, url: str, config: WebConfig, *, axe: bool) -> None:
    for path in _pages(config):
        page.goto(url + path)
        _check(page, path, axe=axe)
    _preview(page, url)
    _check(page, "invitation preview", axe=axe)


@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_every_page_and_form_error_in_plain_words(browser: Any, tmp_path: Path,
                                                  size: str) -> None:
    config = _seed(tmp_path)
    context = browser.new_context(viewport=SIZES[size], bypass_csp=True)
    page = context.new_page()
    with LiveServer(config) as server:
        _walk(page, server.url, config, axe=False)
        for step in _form_errors(page, server.url):
            assert step
        _check(page, "last form error", axe=False)
    context.close()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: "
                    "npm install --prefix .ci/node axe-core@4 (as .ci/run does)")
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_axe_finds_nothing_serious(browser: Any, tmp_path: Path, size: str) -> None:
    config = _seed(tmp_path)
    context = browser.new_context(viewport=SIZES[size], bypass_csp=True)
    page = context.new_page()
    outside: list[str] = []
    with LiveServer(config) as server:
        page.on("request", lambda r: None if r.url.startswith(server.url)
                else outside.append(r.url))
        _walk(page, server.url, config, axe=True)
        page.goto(server.url + "/applications/new")
        page.get_by_role("button", name="Record it and make the plan").click()
        page.wait_for_selector(".flash--error")
        _check(page, "blank add form", axe=True)
        page.set_content("<html lang=en><title>t</title><main><input type=text></main>")
        page.add_script_tag(path=str(AXE))
        assert any(" label: " in f for f in page.evaluate(SERIOUS))  # the check does run
    context.close()
    assert outside == []


def test_the_targets_the_issue_names_are_44_px_on_a_phone(browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        for url in ("/inbox", "/"):
            page.goto(server.url + url)
            assert page.get_by_role("link", name="See the plan").count() >= 1, url
            assert page.evaluate(TAP_TARGETS) == [], url
        _preview(page, server.url)
        cancel = page.get_by_role("link", name="Cancel").bounding_box()
        assert cancel["height"] >= 44 and cancel["width"] >= 44
        page.goto(server.url + "/settings")
        copy = page.get_by_role("button", name="Copy", exact=True).bounding_box()
        assert copy["height"] < 60  # one line: "Copy", never "Cop/y"
        # a link that wraps keeps ordinary line spacing (no 44 px gaps between its lines)
        page.set_content("<link rel=stylesheet href='" + server.url + "/static/style.css'>"
                         "<p style='width:120px'><a href=#>a link long enough to wrap over "
                         "several lines</a></p>")
        box = page.locator("a").bounding_box()
        assert 44 <= box["height"] < 44 * 3
    context.close()


@pytest.mark.parametrize(("size", "js"), [("phone", True), ("laptop", False)])
def test_a_reply_and_a_board_move_are_undone_from_their_notice(browser: Any, tmp_path: Path,
                                                               size: str, js: bool) -> None:
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    with LiveServer(_seed(tmp_path)) as server:
        page.goto(server.url + "/applications/3")
        page.get_by_role("button", name="Log the reply").click()
        notice = page.locator(".flash-undo").first
        assert "Hooli: their reply is logged" in notice.inner_text()
        notice.get_by_role("button", name=re.compile("^Undo")).click()
        page.wait_for_selector(".flash--ok:has-text('Undone')")
        said = page.inner_text(".flash--ok")
        assert "reply" in said and "Hooli" in said and not re.search(r"\d+ \(", said)
        page.goto(server.url + "/pipeline")
        card = page.locator("article", has_text="Hooli").first
        assert card.locator("select[name=kind]").input_value() == ""  # no default outcome
        card.locator("select[name=kind]").select_option("rejected")
        card.get_by_role("button", name="Move").click()
        page.wait_for_selector(".flash-undo")
        assert "Hooli: the rejection is logged" in page.inner_text(".flash-undo")
        page.locator(".flash-undo").last.get_by_role("button", name=re.compile("^Undo")).click()
        page.wait_for_selector(".flash--ok:has-text('Undone')")
        page.goto(server.url + "/applications/3")
        assert page.get_by_role("button", name="Log the reply").count() == 1  # live again
    context.close()
