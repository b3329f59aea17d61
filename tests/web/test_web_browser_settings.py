"""Issue 25, point 1, in Debian's chromium through Playwright at a phone and a laptop size
(the laptop without JavaScript): the settings area's pages work as a person uses them, read
in plain words, pass axe-core (nothing serious or critical), and every target is 44 px on a
phone. Mail against a real aiosmtpd and dovecot, the keyring kept in a file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser_app import TAP_TARGETS
from test_web_browser_plain import AXE, _check
from test_web_settings_pages import keys
from web_helpers import PASSWORD, SIZES, TZ, LiveServer, add, fixed

from followup.core.model import Person
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets, hash_password, reset_path
from test_send_servers import Dovecot, Smtp, dovecot_server, no_mail_settings, smtp_server

pytestmark = pytest.mark.slow
__all__ = ["keys", "no_mail_settings"]  # fixtures, used by name
CASES = [("phone", True), ("laptop", False)]


def config(folder: Path, *, password: str | None = None, now: str = "2026-11-23T18:00"
           ) -> WebConfig:
    store = Store(folder / "followup.db")
    add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    store.close()
    return WebConfig(db_path=folder / "followup.db", tz=TZ, clock=fixed(now),
                     secrets=Secrets("b" * 43, "c" * 40,
                                     hash_password(password) if password else None),
                     secrets_file=folder / "web.json")


@pytest.fixture
def servers() -> Iterator[tuple[Smtp, Dovecot]]:
    with smtp_server(auth=True, auth_require_tls=False) as out, dovecot_server() as box:
        yield out, box


def look(page: Any, where: str, size: str) -> None:
    """Plain words always; axe (installed, and the page runs scripts) and 44 px targets on
    a phone; the laptop runs without JavaScript."""
    _check(page, where, axe=AXE.exists() and size == "phone")
    if size == "phone":
        small = page.evaluate(TAP_TARGETS)
        assert small == [], f"{where}: {small}"


def context(browser: Any, size: str, js: bool) -> Any:
    return browser.new_context(viewport=SIZES[size], java_script_enabled=js,
                               bypass_csp=True, accept_downloads=True)


def fill_mail(page: Any, out: Smtp, box: Dovecot) -> None:
    """The mail page filled in as a person would, for the test servers."""
    outgoing = page.get_by_role("group", name="Sending (outgoing server)")
    outgoing.get_by_label("Server name").fill("127.0.0.1")
    outgoing.get_by_label(re.compile("^Port")).fill(str(out.port))
    outgoing.get_by_label("Security").select_option("none")
    outgoing.get_by_label("Login").fill("alex")
    outgoing.get_by_label("Password").fill("app-password")
    incoming = page.get_by_role("group", name="Reading replies (incoming server)")
    incoming.get_by_label("Server name").fill("127.0.0.1")
    incoming.get_by_label(re.compile("^Port")).fill(str(box.port))
    incoming.get_by_label("Security").select_option("none")
    incoming.get_by_label("Login").fill(box.user)
    incoming.get_by_label("Password").fill(box.password)
    page.get_by_role("button", name="Save the mail settings").click()
    page.wait_for_selector(".flash--ok:has-text('Mail settings saved')")


@pytest.mark.parametrize(("size", "js"), CASES)
def test_mail_is_set_up_tried_and_the_inbox_read(browser: Any, tmp_path: Path, size: str,
                                                 js: bool, keys: Any,
                                                 servers: tuple[Smtp, Dovecot]) -> None:
    out, box = servers
    ctx = context(browser, size, js)
    page = ctx.new_page()
    with LiveServer(config(tmp_path)) as server:
        page.goto(server.url + "/settings")
        page.get_by_role("navigation", name="Settings").get_by_role("link", name="Mail").click()
        page.wait_for_url(re.compile(r"/settings/mail$"))
        look(page, "mail page", size)
        # a server beyond this machine without security is refused, in plain words
        page.get_by_role("group", name="Sending (outgoing server)").get_by_label(
            "Server name").fill("smtp.example.com")
        page.get_by_role("group", name="Sending (outgoing server)").get_by_label(
            "Security").select_option("none")
        page.get_by_role("button", name="Save the mail settings").click()
        page.wait_for_selector(".flash--error")
        assert "unencrypted" in page.inner_text(".flash--error")
        look(page, "mail page refused", size)
        page.goto(server.url + "/settings/mail")
        fill_mail(page, out, box)
        page.get_by_role("button", name="Test the connection").click()
        page.wait_for_selector("#tried-head")
        tried = page.inner_text(".tried")
        assert "Outgoing: it works" in tried and "Incoming: it works" in tried, tried
        look(page, "connection test", size)
        page.get_by_role("button", name="Check my inbox now").click()
        page.wait_for_url(re.compile(r"/inbox$"))
        assert "Read 0 new messages" in page.inner_text("main")
        look(page, "inbox read", size)
    ctx.close()
    assert out.received == []


@pytest.mark.parametrize(("size", "js"), CASES)
def test_the_password_is_set_changed_and_reset_from_this_machine(
        browser: Any, tmp_path: Path, size: str, js: bool) -> None:
    cfg = config(tmp_path)
    ctx = context(browser, size, js)
    page = ctx.new_page()
    with LiveServer(cfg) as server:
        page.goto(server.url + "/settings/password")
        look(page, "set a password", size)
        page.get_by_label(re.compile("^New password")).fill("short")
        page.get_by_label("The new password again").fill("short")
        page.evaluate("document.querySelectorAll('input').forEach(i => i.minLength = 0)")
        page.get_by_role("button", name="Save the password").click()
        page.wait_for_selector(".flash--error")
        look(page, "too short", size)
        page.get_by_label(re.compile("^New password")).fill(PASSWORD)
        page.get_by_label("The new password again").fill(PASSWORD)
        page.get_by_role("button", name="Save the password").click()
        page.wait_for_selector(".flash--ok:has-text('Password saved')")
        assert page.get_by_role("heading", name="Change the password").is_visible()
        look(page, "change the password", size)
        page.goto(server.url + "/settings")
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(re.compile(r"/login"))
        page.get_by_role("link", name="Forgot the password?").click()
        look(page, "reset", size)
        page.get_by_role("button", name="Write a code on that computer").click()
        path = reset_path(cfg.secrets_file)
        page.wait_for_selector("code.path")
        assert page.inner_text("code.path") == str(path)
        look(page, "reset code written", size)
        code = json.loads(path.read_text())["code"]
        page.get_by_label("The code from the file").fill(code)
        page.get_by_label(re.compile("^New password")).fill("a brand new one")
        page.get_by_label("The new password again").fill("a brand new one")
        page.get_by_role("button", name="Save the new password").click()
        page.wait_for_selector(".flash--ok:has-text('New password saved')")
        assert page.get_by_role("heading", name="Today").count() >= 0
        page.goto(server.url + "/settings/password")
        assert page.get_by_label("Current password").is_visible(), "signed in with it"
    ctx.close()


@pytest.mark.parametrize(("size", "js"), CASES)
def test_time_zone_holidays_week_start_and_profile(browser: Any, tmp_path: Path, size: str,
                                                   js: bool) -> None:
    ctx = context(browser, size, js)
    page = ctx.new_page()
    with LiveServer(config(tmp_path)) as server:
        page.goto(server.url + "/settings/general")
        look(page, "general", size)
        tz = page.get_by_label("Your time zone")
        assert tz.get_attribute("list") == "zones", "suggestions, not an escaped attribute"
        assert page.locator("#zones option").count() > 300
        tz.fill("Mars/Olympus")
        page.get_by_role("button", name="Save the calendar settings").click()
        page.wait_for_selector(".flash--error")
        look(page, "general refused", size)
        page.get_by_label("Your time zone").fill("Europe/Berlin")
        page.get_by_label("Public holidays of").fill("DE")
        page.get_by_label("Weeks start on").select_option("monday")
        page.get_by_role("button", name="Save the calendar settings").click()
        page.wait_for_selector(".flash--ok:has-text('Saved')")
        page.get_by_label("Your postal address").fill("12 Orchard Lane\nBrooklyn, NY 11201")
        page.get_by_label("Your signature").fill("Alex")
        page.get_by_label("Your name").fill("Alex Candidate")
        page.locator("form[action='/profile']").get_by_role("button", name="Save").click()
        page.wait_for_selector(".flash--ok:has-text('profile is saved')")
        assert page.get_by_label("Your postal address").input_value().startswith("12 Orchard")
        page.goto(server.url + "/applications/new")
        assert page.locator("#f-tz").input_value() == "Europe/Berlin"
        page.goto(server.url + "/report")
        assert page.get_by_label("Weeks start on").input_value() == "monday"
    ctx.close()


@pytest.mark.parametrize(("size", "js"), CASES)
def test_a_backup_is_made_downloaded_and_restored_after_a_confirmation(
        browser: Any, tmp_path: Path, size: str, js: bool) -> None:
    cfg = config(tmp_path)
    ctx = context(browser, size, js)
    page = ctx.new_page()
    with LiveServer(cfg) as server:
        page.goto(server.url + "/settings/backups")
        look(page, "no backups", size)
        page.get_by_role("button", name="Make a backup now").click()
        page.wait_for_selector(".flash--ok:has-text('Backup made')")
        look(page, "one backup", size)
        with page.expect_download() as got:
            page.get_by_role("link", name=re.compile("^Download the backup")).click()
        saved = tmp_path / "downloaded.db"
        got.value.save_as(saved)
        assert saved.read_bytes()[:16] == b"SQLite format 3\x00"
        store = Store(cfg.db_path)
        add(store, "Globex")
        store.close()
        page.get_by_role("link", name=re.compile("^Restore the backup")).click()
        look(page, "restore confirmation", size)
        page.get_by_role("link", name="Cancel").click()
        page.goto(server.url + "/pipeline")
        assert page.get_by_role("link", name="Globex").count() == 1, "Cancel changes nothing"
        page.goto(server.url + "/settings/backups")
        page.get_by_role("link", name=re.compile("^Restore the backup")).click()
        page.get_by_role("button", name="Yes, restore it").click()
        page.wait_for_selector(".flash--ok:has-text('Restored the backup of')")
        look(page, "restored", size)
        page.goto(server.url + "/pipeline")
        assert page.get_by_role("link", name="Globex").count() == 0
        assert page.get_by_role("link", name="Acme").count() == 1
    ctx.close()


@pytest.mark.parametrize(("size", "js"), CASES)
def test_an_interviewers_greeting_and_address(browser: Any, tmp_path: Path, size: str,
                                              js: bool) -> None:
    ctx = context(browser, size, js)
    page = ctx.new_page()
    with LiveServer(config(tmp_path)) as server:
        page.goto(server.url + "/applications/1")
        card = page.locator(".person", has_text="Jane Doe").first
        card.get_by_text("Edit details").click()
        card.get_by_label("How drafts greet them").fill("Ms Doe")
        card.get_by_label("Postal address").fill("Acme Ltd\n1 Main Street\nSpringfield")
        card.get_by_role("button", name="Save").click()
        page.wait_for_selector(".flash--ok:has-text('details are saved')")
        look(page, "interviewer saved", size)
        card = page.locator(".person", has_text="Jane Doe").first
        card.get_by_text("Edit details").click()
        assert card.get_by_label("How drafts greet them").input_value() == "Ms Doe"
        assert "1 Main Street" in card.get_by_label("Postal address").input_value()
    ctx.close()


def test_a_press_on_save_is_not_lost_when_the_fields_check_moves_the_button(
        browser: Any, tmp_path: Path) -> None:
    """Leaving a field checks it, and its message pushes the button down. When the field is
    left by pressing that button, the message waits until the press is over: the answer to the
    check arrives while the button is held (the order a busy machine produced in CI), and the
    release still submits the form."""
    ctx = context(browser, "phone", True)
    page = ctx.new_page()
    with LiveServer(config(tmp_path)) as server:
        page.goto(server.url + "/settings/general")
        page.evaluate("window.checked = 0; document.addEventListener('htmx:afterRequest',"
                      " function () { window.checked += 1; });")
        tz = page.get_by_label("Your time zone")
        tz.fill("Mars/Olympus")
        heading = page.get_by_role("heading", name="Your calendar", exact=True)
        heading.scroll_into_view_if_needed()
        heading = heading.bounding_box()
        page.mouse.move(heading["x"] + 5, heading["y"] + 5)
        page.mouse.down()
        page.wait_for_function("window.checked > 0")
        page.mouse.up()
        page.wait_for_selector("#err-tz:has-text('unknown time zone')")
        tz.fill("Europe/Berlin")
        tz.blur()
        page.wait_for_function("window.checked > 1")
        tz.fill("Mars/Olympus")
        save = page.get_by_role("button", name="Save the calendar settings")
        save.scroll_into_view_if_needed()
        box = save.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.wait_for_function("window.checked > 2")
        assert save.bounding_box() == box, "the button stays under the pointer while pressed"
        page.mouse.up()
        page.wait_for_selector(".flash--error")
        assert "unknown time zone" in page.locator(".flash--error").inner_text()
    ctx.close()
