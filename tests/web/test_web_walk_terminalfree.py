"""Issue 25, "Done when", the settings part: after the dashboard is started, a new user does
everything in Debian's chromium, never at a terminal: chooses a password and signs in,
records an interview and sends the thank-you, sets up mail and tests the connection (a real
aiosmtpd and dovecot on loopback), reads the inbox, and makes and restores a backup.

The walk is a list of steps, each a function of one `Walk`: the contacts, templates, stats
and work-search record steps (test_web_walk_terminalfree_b.py) continue the same walk from
`walking` and `STEPS`."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from test_web_browser_plain import TERMINAL
from test_web_browser_settings import fill_mail
from web_helpers import SIZES, TZ, LiveServer

from followup.core.parse import parse_now
from followup.web import WebConfig
from followup.web.config import Secrets
from test_send_servers import Dovecot, Smtp, dovecot_server, no_mail_settings, smtp_server

pytestmark = pytest.mark.slow
__all__ = ["no_mail_settings"]  # autouse: no test reaches a real mail server
PASSWORD = "a walk in the park"


class Clock:
    """The dashboard's clock, moved on by the walk as days pass."""

    def __init__(self, now: str) -> None:
        self.moment = parse_now(now, TZ)

    def __call__(self) -> datetime:
        return self.moment

    def move_to(self, now: str) -> None:
        self.moment = parse_now(now, TZ)


@dataclass
class Walk:
    page: Any
    url: str
    folder: Path
    config: WebConfig
    clock: Clock
    smtp: Smtp
    dovecot: Dovecot
    seen: list[str]  # every page the walk read, checked for terminal words as it goes

    def go(self, path: str) -> None:
        self.page.goto(self.url + path)
        self.read(path)

    def read(self, where: str) -> None:
        """What the page says: never an option, a command or a backtick."""
        text = self.page.inner_text("body")
        assert TERMINAL.findall(text) == [], f"{where}: {TERMINAL.findall(text)}"
        self.seen.append(where)

    def notice(self, words: str) -> str:
        self.page.wait_for_selector(f".flash:has-text({words!r})")
        self.read(self.page.url)
        return str(self.page.inner_text(f".flash:has-text({words!r})"))


@contextlib.contextmanager
def walking(browser: Any, folder: Path, size: str) -> Iterator[Walk]:
    """A fresh dashboard as `followup web` starts it (no password yet), mail servers on
    loopback, the system keyring kept in a file, and a browser at `size`."""
    import keyring

    from caldav_servers import FileKeyring

    kept = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(folder / "keys.json"))
    clock = Clock("2026-11-23T18:00")
    config = WebConfig(db_path=folder / "followup.db", tz=TZ, clock=clock,
                       secrets=Secrets("w" * 43, "f" * 40), secrets_file=folder / "web.json")
    context = browser.new_context(viewport=SIZES[size], accept_downloads=True)
    try:
        with smtp_server(auth=True, auth_require_tls=False) as out, dovecot_server() as box, \
                LiveServer(config) as server:
            yield Walk(context.new_page(), server.url, folder, config, clock, out, box, [])
    finally:
        context.close()
        keyring.set_keyring(kept)


def sign_in(w: Walk) -> None:
    """Choose a password in the browser, sign out, and sign in with it."""
    w.go("/")
    w.page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    w.page.get_by_role("navigation", name="Settings").get_by_role("link",
                                                                  name="Password").click()
    w.page.get_by_label(re.compile("^New password")).fill(PASSWORD)
    w.page.get_by_label("The new password again").fill(PASSWORD)
    w.page.get_by_role("button", name="Save the password").click()
    w.notice("Password saved")
    w.go("/settings")
    w.page.get_by_role("button", name="Sign out").click()
    w.page.wait_for_url(re.compile(r"/login"))
    w.go("/pipeline")
    assert "/login" in w.page.url, "signed out: the dashboard asks for the password"
    w.page.get_by_label("Password").fill(PASSWORD)
    w.page.get_by_role("button", name="Sign in").click()
    w.page.wait_for_url(re.compile(r"/pipeline$"))


def record_an_interview(w: Walk) -> None:
    """Acme's interview this morning, with Jane Doe; the thank-you is sent (marked done)."""
    w.go("/applications/new")
    w.page.fill("#f-company", "Acme")
    w.page.fill("#f-role", "Data Analyst")
    w.page.fill("#f-interviewed", "2026-11-23T10:00")
    w.page.fill("#f-tz", TZ)
    w.page.fill("#f-with", "Jane Doe <jane@acme.example>")
    w.page.get_by_role("button", name="Record it and make the plan").click()
    w.page.wait_for_url(re.compile(r"/applications/1\?added=1$"))
    w.go("/")
    card = w.page.locator("article.step").filter(has_text="Thank-you email to Jane Doe")
    card.get_by_role("button", name="Mark done").click()
    w.page.wait_for_selector("article.step--done")


def set_up_mail(w: Walk) -> None:
    """Both servers and their passwords; the connection test logs in to each."""
    w.go("/settings/mail")
    fill_mail(w.page, w.smtp, w.dovecot)
    w.read("mail saved")
    w.page.get_by_role("button", name="Test the connection").click()
    w.page.wait_for_selector("#tried-head")
    tried = w.page.inner_text(".tried")
    assert "Outgoing: it works" in tried and "Incoming: it works" in tried, tried
    w.read("connection test")
    assert w.smtp.logins == ["alex"] and w.smtp.received == []


def read_the_inbox(w: Walk) -> None:
    """Four days on, Jane answers; "Check my inbox now" logs it and the follow-ups stop."""
    from test_inbox import at, mail

    w.clock.move_to("2026-11-27T12:00")
    w.dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Fri, 27 Nov 2026 "
                           "11:00:00 -0500", msgid="<r1@acme.example>"), at("2026-11-27T11:00"))
    w.go("/inbox")
    w.page.get_by_role("button", name="Check my inbox now").click()
    said = w.notice("Read 1 new message")
    assert "1 logged as replies" in said, said
    assert "Reply from Jane Doe" in w.page.inner_text(".flash-undo")
    w.go("/applications/1")
    assert "Replied" in w.page.inner_text("main") or "replied" in w.page.inner_text("main")


def back_up_and_restore(w: Walk) -> None:
    """A backup now; a mistaken application after it; the backup put back, after asking."""
    w.go("/settings/backups")
    w.page.get_by_role("button", name="Make a backup now").click()
    w.notice("Backup made")
    w.go("/applications/new")
    w.page.fill("#f-company", "Mistake Inc")
    w.page.fill("#f-role", "Tester")
    w.page.fill("#f-interviewed", "2026-11-26T10:00")
    w.page.fill("#f-tz", TZ)
    w.page.get_by_role("button", name="Record it and make the plan").click()
    w.page.wait_for_url(re.compile(r"/applications/2\?added=1$"))
    w.go("/settings/backups")
    w.page.get_by_role("link", name=re.compile("^Restore the backup")).first.click()
    w.read("restore confirmation")
    w.page.get_by_role("button", name="Yes, restore it").click()
    w.notice("Restored the backup of")
    w.go("/pipeline")
    assert w.page.get_by_role("link", name="Mistake Inc").count() == 0
    assert w.page.get_by_role("link", name="Acme").count() == 1
    w.go("/applications/1")  # the reply read before the backup is still there
    assert "Jane Doe" in w.page.inner_text("main")


STEPS: tuple[Callable[[Walk], None], ...] = (
    sign_in, record_an_interview, set_up_mail, read_the_inbox, back_up_and_restore)


@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_mail_inbox_and_backups_with_no_terminal(browser: Any, tmp_path: Path,
                                                 size: str) -> None:
    with walking(browser, tmp_path, size) as w:
        for step in STEPS:
            step(w)
        assert len(w.seen) > 10


def test_the_whole_product_with_no_terminal(browser: Any, tmp_path: Path) -> None:
    """Issue 25's "Done when" in one walk: sign in, set up mail, read the inbox, make and
    restore a backup, then import a vCard and a LinkedIn export, edit a template, read the
    numbers and download the work-search record; no terminal after `followup web`."""
    from test_web_walk_terminalfree_b import contacts_templates_numbers_record

    with walking(browser, tmp_path, "laptop") as w:
        for step in STEPS:
            step(w)
        contacts_templates_numbers_record(w.page, w.url, w.read, "2026-11-27T09:00")
        assert len(w.seen) > 15
