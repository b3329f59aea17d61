"""An out-of-office written by hand by a recruiter on several applications (issue 23, point
3), read into proposals as `followup inbox` does, then on the Today page and /inbox: one pause
per open application she is on (none for the one the candidate withdrew from), each accepted
with its own click through the same services as `followup inbox --confirm N --app ID`; the
later day then shows in the plan, the application's page and the calendar feed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from web_helpers import TZ, Web, add, text_of

from followup import service
from followup.core.model import EventKind, Person
from followup.store.sqlite import Store

SUNITA = Person("Sunita Kale", "sunita@brightpath-recruit.example")
SAID = (b"Hi,\r\n\r\nI'm currently out of the office until Friday 4 December and will reply "
        b"to your message when I return.\r\n\r\nSunita\r\n")


def read(store: Store, uid: int, sender: str, address: str, apps: tuple[int, ...],
         outcome: str = "unsure", row_id: int = 0) -> list[dict[str, object]]:
    """The message as `followup inbox` keeps it (the reply matcher's row), then its
    proposals."""
    from followup.capture import inbox as cap
    from followup.mail.replies import Incoming

    at = datetime(2026, 11, 24, 9, tzinfo=ZoneInfo(TZ))
    now = datetime(2026, 11, 24, 12, tzinfo=ZoneInfo(TZ))
    mid = f"<away{uid}@brightpath.example>"
    with store.write():
        row = int(row_id) if row_id else store.mail.record_message(
            mailbox="m", uidvalidity=1, uid=uid, message_id=mid, sender=sender,
            subject="Re: Following up", sent_at=at, outcome=outcome, reason="it could answer "
            "several", event_id=None, candidates=list(apps), now=now)
    head = Incoming(uid, mid, sender, address, "Re: Following up", at, (), None)
    mail = cap.Mail(head, b"Subject: Re: Following up\r\n\r\n" + SAID)
    return cap.propose(store, now, mailbox="m", uidvalidity=1, mails=[mail],
                       rows={uid: (row, apps, outcome)}, own=frozenset(), fallback_tz=TZ)


def three(store: Store) -> tuple[int, int, int]:
    dental = add(store, "Larchmont Dental", role="Practice Manager", people=(SUNITA,))
    labs = add(store, "Corvid Labs", role="Lab Technician", people=(SUNITA,))
    est = add(store, "Pellow & Sons", role="Estimator", people=(SUNITA,))
    service.log_event(store, est.id, EventKind.WITHDRAWN, est.interviews[0].day,
                      datetime(2026, 11, 23, 19, tzinfo=ZoneInfo(TZ)))
    return dental.id, labs.id, est.id


def test_each_open_application_gets_its_pause_and_the_page_carries_it_out(web: Web) -> None:
    dental, labs, est = three(web.store)
    made = read(web.store, 7, "Sunita Kale <sunita@brightpath-recruit.example>",
                "sunita@brightpath-recruit.example", (dental, labs))
    assert sorted(p["application"] for p in made) == [dental, labs], made  # type: ignore
    # back on Friday 4 December: the pause runs to the Monday after the weekend
    assert all("Fri 04 Dec" in str(p["summary"]) and "Mon 07 Dec" in str(p["summary"])
               for p in made), made
    assert read(web.store, 7, "Sunita Kale <sunita@brightpath-recruit.example>",
                "sunita@brightpath-recruit.example", (dental, labs), row_id=1) == [], "once"

    listed = text_of(web.get("/inbox").text)
    assert f"Proposed for #{dental}" in listed and f"Proposed for #{labs}" in listed, listed
    assert f"#{est}" not in listed.split("Proposed for")[1]
    hx = {"hx-request": "true"}
    before = [s.due for s in web.store.load(labs).pending]
    done = web.post("/inbox/1/confirm", {"return_to": "/", "app": str(dental)}, headers=hx)
    assert "Larchmont Dental: done" in text_of(done.text), text_of(done.text)
    nxt = [s for s in web.store.load(dental).pending if s.kind.value != "thank_you"]
    assert nxt[0].due.isoformat() == "2026-12-07", nxt
    assert [s.due for s in web.store.load(labs).pending] == before, "the other waits its click"
    assert f"Confirm #{labs}" in text_of(done.text) and f"Confirm #{dental}" not in done.text
    page = text_of(web.get(f"/applications/{dental}").text)
    assert "Put off to Mon 7 Dec: away until Fri 4 Dec" in page, page

    from followup.ics import feed

    shown = feed(web.store, datetime(2026, 11, 24, 12, tzinfo=ZoneInfo(TZ)))
    assert "DTSTART;VALUE=DATE:20261207" in shown, shown


def test_a_strangers_auto_reply_gets_nothing(web: Web) -> None:
    """An auto-reply from an address no application knows: the reply matcher keeps no row of
    it, and nothing is proposed (nor the message kept)."""
    from followup.capture import inbox as cap
    from followup.mail.replies import Incoming

    three(web.store)
    at = datetime(2026, 11, 24, 9, tzinfo=ZoneInfo(TZ))
    head = Incoming(9, "<x9@elsewhere.example>", "Vic Amory <vic@elsewhere-staffing.example>",
                    "vic@elsewhere-staffing.example", "Out of office", at, (), "auto-replied")
    made = cap.propose(web.store, at, mailbox="m", uidvalidity=1,
                       mails=[cap.Mail(head, b"Subject: Out of office\r\n\r\n" + SAID)],
                       rows={}, own=frozenset(), fallback_tz=TZ)
    assert made == [], made
    assert "Proposed for" not in text_of(web.get("/inbox").text)
