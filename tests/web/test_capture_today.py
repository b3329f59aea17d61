"""Proposals from the inbox on the Today page (issue 15): a compact card per proposal, what
was understood, and Confirm / Dismiss through the same services as `followup inbox
--confirm/--dismiss`; with htmx the card is swapped, without JavaScript the page comes back.
In-process, then in Debian's chromium at a phone (390x844) and a laptop (1366x768) size."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from web_helpers import SIZES, TZ, LiveServer, Web, add, fixed, text_of

from followup.core.model import Application, Person
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets


def propose(store: Store, app: Application, uid: int, text: str) -> int:
    """A reply from the application's interviewer, read into a proposal as `inbox` does."""
    from followup.capture import inbox as cap
    from followup.mail.replies import Incoming

    now = datetime(2026, 11, 24, 12, tzinfo=ZoneInfo(TZ))
    with store.write():
        row = store.mail.record_message(
            mailbox="m", uidvalidity=1, uid=uid, message_id=f"<{uid}@acme.example>",
            sender="Jane <jane@acme.example>", subject="Re: Thanks", sent_at=now,
            outcome="unsure", reason="from their domain", event_id=None,
            candidates=[app.id], now=now)
    head = Incoming(uid, f"<{uid}@acme.example>", "Jane <jane@acme.example>",
                    "jane@acme.example", "Re: Thanks", now, (), None)
    made = cap.propose(store, now, mailbox="m", uidvalidity=1, mails=[cap.Mail(
        head, b"Subject: Re: Thanks\r\n\r\n" + text.encode() + b"\r\n")],
        rows={uid: (row, (app.id,), "unsure")}, own=frozenset(), fallback_tz=TZ)
    assert len(made) == 1
    return int(row)


def test_today_shows_the_proposals_and_a_click_confirms(web: Web) -> None:
    app = add(web.store, "Acme")
    row = propose(web.store, app, 7, "We will decide by next Friday.")
    page = text_of(web.get("/").text)
    assert "From your inbox 1" in page
    assert "Understood: they expect to decide by Fri 4 Dec" in page
    done = web.post(f"/inbox/{row}/confirm", {"return_to": "/"})
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert str(web.store.load(app.id).decision_by) == "2026-12-04"
    after = text_of(web.get("/").text)
    assert "Acme: done; the plan is remade from it." in after
    assert "From your inbox" not in after


def test_with_htmx_the_card_is_swapped(web: Web) -> None:
    app = add(web.store, "Acme")
    first = propose(web.store, app, 8, "We have decided to go with another candidate.")
    second = propose(web.store, app, 9, "We will decide by Friday.")  # a day, not a period
    hx = {"hx-request": "true"}
    gone = web.post(f"/inbox/{first}/dismiss", {"return_to": "/"}, headers=hx)
    assert gone.status_code == 200 and f'id="proposal-{first}"' in gone.text
    assert "Dismissed; nothing changed." in text_of(gone.text)
    assert web.store.load(app.id).status.value == "active", "a dismissal changes nothing"
    ok = web.post(f"/inbox/{second}/confirm", {"return_to": "/"}, headers=hx)
    assert "Acme: done; the plan is remade from it. See the plan" in text_of(ok.text)
    again = web.post(f"/inbox/{second}/confirm", {"return_to": "/"}, headers=hx)
    assert again.status_code == 200 and 'role="alert"' in again.text
    # as with `inbox --dismiss N`: the proposal is gone, the message may still be a reply
    assert "from their domain: is it a reply?" in text_of(web.get("/").text)
    web.post(f"/inbox/{first}/dismiss", {"return_to": "/"}, headers=hx)
    assert "From your inbox" not in text_of(web.get("/").text)
    assert "Nothing is waiting for you." in text_of(web.get("/inbox").text)


def test_the_inbox_page_keeps_the_full_list(web: Web) -> None:
    app = add(web.store, "Acme")
    for uid in range(20, 27):
        propose(web.store, app, uid, f"We will decide by December {uid - 10}.")
    today = text_of(web.get("/").text)
    assert today.count("Understood:") == 5 and "See all 7 on the inbox page" in today
    assert text_of(web.get("/inbox").text).count("Proposed:") == 7



@pytest.mark.slow
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("js", [True, False])
def test_proposals_on_today_in_a_browser(browser: Any, tmp_path: Path, size: str,
                                         js: bool) -> None:
    store = Store(tmp_path / "followup.db")
    app = add(store, "Acme", people=(Person("Jane Doe", "jane@acme.example"),))
    decide = propose(store, app, 31, "We will decide by next Friday.")
    propose(store, app, 32, "Thanks, we will be in touch by December 8.")
    store.close()
    config = WebConfig(db_path=tmp_path / "followup.db", tz=TZ, clock=fixed(),
                       secrets=Secrets("b" * 43, "c" * 40), secrets_file=tmp_path / "web.json")
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    with LiveServer(config) as server:
        page.goto(server.url + "/")
        card = page.locator(f"#proposal-{decide}")
        assert "they expect to decide by Fri 4 Dec" in card.inner_text()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= SIZES[size]["width"], "nothing wider than the screen"
        card.get_by_role("button", name="Confirm").click()
        if js:  # htmx swaps the card in place
            page.wait_for_selector(f"#proposal-{decide} [role=status]")
            assert "the plan is remade" in page.inner_text(f"#proposal-{decide}")
        else:  # the form posts and Today comes back with the news
            page.wait_for_selector(".flash--ok")
            assert "Acme: done; the plan is remade from it." in page.inner_text(".flash--ok")
        other = page.locator("article.proposal-card").filter(has_text="by December 8")
        other.get_by_role("button", name="Dismiss").click()
        if js:
            page.wait_for_selector("article.proposal-card >> text=Dismissed; nothing changed.")
        else:
            page.wait_for_selector(".flash--ok >> text=Dismissed; nothing changed.")
            assert page.locator("article.proposal-card").count() == 1, "now: is it a reply?"
    context.close()
    assert errors == []
    store = Store(tmp_path / "followup.db")
    try:
        assert str(store.load(app.id).decision_by) == "2026-12-04"
    finally:
        store.close()
