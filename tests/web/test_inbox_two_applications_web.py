"""One message proposing for two applications (issue 23), on the Today page and /inbox: a
line per application with its own Confirm and Dismiss, through the same services as
`followup inbox --confirm/--dismiss N --app ID`; with htmx the card comes back with what is
still open. In-process, then in Debian's chromium at a phone and a laptop size."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from web_helpers import SIZES, TZ, LiveServer, Web, add, fixed, text_of

from followup.core.model import Person
from followup.store.sqlite import Store
from followup.web import WebConfig
from followup.web.config import Secrets

SAID = ("Hi Sam, the Payroll Officer vacancy has been filled internally, I'm afraid. On the "
        "other hand, the panel would like to invite you to a second interview for the Finance "
        "Systems Analyst role.")


def two(store: Store) -> tuple[int, int, int]:
    """Two roles at one hospital with one recruiter, and her message about both, read into
    proposals as `inbox` does: (message, payroll, finance)."""
    from followup.capture import inbox as cap
    from followup.mail.replies import Incoming

    nadia = (Person("Nadia Rahman", "nadia@stonebridge.example"),)
    pay = add(store, "Stonebridge Hospital", role="Payroll Officer", people=nadia)
    fin = add(store, "Stonebridge Hospital", role="Finance Systems Analyst", people=nadia)
    now = datetime(2026, 11, 24, 12, tzinfo=ZoneInfo(TZ))
    with store.write():
        row = store.mail.record_message(
            mailbox="m", uidvalidity=1, uid=5, message_id="<5@stonebridge.example>",
            sender="Nadia Rahman <nadia@stonebridge.example>", subject="Your applications",
            sent_at=now, outcome="unsure", reason="it could answer both",
            event_id=None, candidates=[pay.id, fin.id], now=now)
    head = Incoming(5, "<5@stonebridge.example>", "Nadia Rahman <nadia@stonebridge.example>",
                    "nadia@stonebridge.example", "Your applications", now, (), None)
    made = cap.propose(store, now, mailbox="m", uidvalidity=1, mails=[cap.Mail(
        head, b"Subject: Your applications\r\n\r\n" + SAID.encode() + b"\r\n")],
        rows={5: (row, (pay.id, fin.id), "unsure")}, own=frozenset(), fallback_tz=TZ)
    assert sorted(m["kind"] for m in made) == ["next_round", "rejected"], made
    return int(row), pay.id, fin.id


def test_each_application_is_confirmed_or_dismissed_on_its_own(web: Web) -> None:
    row, pay, fin = two(web.store)
    today = text_of(web.get("/").text)
    assert "Understood, for 2 applications:" in today
    assert f"#{pay} : they turned you down" in today and f"#{fin} : a further round" in today
    listed = text_of(web.get("/inbox").text)
    assert f"Proposed for #{pay} : they turned you down" in listed
    hx = {"hx-request": "true"}
    done = web.post(f"/inbox/{row}/confirm", {"return_to": "/", "app": str(pay)}, headers=hx)
    said = text_of(done.text)
    assert "Stonebridge Hospital: done; the plan is remade from it." in said
    assert f"#{fin} : a further round" in said and f"#{pay} : they turned" not in said
    assert web.store.load(pay).status.value == "rejected"
    assert web.store.load(fin).status.value != "rejected"
    twice = web.post(f"/inbox/{row}/confirm", {"return_to": "/", "app": str(pay)}, headers=hx)
    assert 'role="alert"' in twice.text or "already" in text_of(twice.text)
    assert [e.kind.value for e in web.store.load(pay).events].count("rejected") == 1
    gone = web.post(f"/inbox/{row}/dismiss", {"return_to": "/inbox", "app": str(fin)},
                    headers=hx)
    assert "Dismissed; nothing changed." in text_of(gone.text)
    assert "Dismiss #" not in text_of(gone.text), "nothing more to act on in the card"
    assert web.store.load(fin).status.value == "active", "a dismissal changes nothing"
    assert "Understood" not in text_of(web.get("/").text)


def test_without_saying_which_the_page_says_so_and_changes_nothing(web: Web) -> None:
    row, pay, fin = two(web.store)
    page = web.post(f"/inbox/{row}/confirm", {"return_to": "/"}, follow=True)
    assert "--app" in text_of(page.text) or "say which" in text_of(page.text)
    assert web.store.load(pay).status.value != "rejected"
    assert web.store.load(fin).status.value != "rejected"


@pytest.mark.slow
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("js", [True, False])
def test_two_proposals_of_one_message_in_a_browser(browser: Any, tmp_path: Path, size: str,
                                                   js: bool) -> None:
    store = Store(tmp_path / "followup.db")
    row, pay, fin = two(store)
    store.close()
    config = WebConfig(db_path=tmp_path / "followup.db", tz=TZ, clock=fixed(),
                       secrets=Secrets("b" * 43, "c" * 40), secrets_file=tmp_path / "web.json")
    context = browser.new_context(viewport=SIZES[size], java_script_enabled=js)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    with LiveServer(config) as server:
        page.goto(server.url + "/")
        card = page.locator(f"#proposal-{row}")
        assert "they turned you down" in card.inner_text()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= SIZES[size]["width"], "nothing wider than the screen"
        page.locator(f"#proposal-{row}-{fin}").get_by_role(
            "button", name=f"Confirm #{fin}").click()
        if js:  # htmx swaps the card: the other application's proposal is still there
            page.wait_for_selector(f"#proposal-{row} [role=status]")
            assert page.locator(f"#proposal-{row}-{pay}").count() == 1
        else:
            page.wait_for_selector(".flash--ok")
        page.goto(server.url + "/")
        assert page.locator(f"#proposal-{row}-{fin}").count() == 0
        page.locator(f"#proposal-{row}-{pay}").get_by_role(
            "button", name=f"Dismiss #{pay}").click()
        if js:
            page.wait_for_selector(f"#proposal-{row} >> text=Dismissed; nothing changed.")
        else:
            page.wait_for_selector(".flash--ok >> text=Dismissed; nothing changed.")
    context.close()
    assert errors == []
    store = Store(tmp_path / "followup.db")
    try:
        assert store.load(fin).status.value != "rejected"
        assert store.load(pay).status.value == "active", "dismissed: nothing changed"
    finally:
        store.close()
