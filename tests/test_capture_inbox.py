"""`followup inbox` reads what replies say and proposes interviews from invitations (issue 15),
with the messages delivered to a real IMAP server (Debian's dovecot on loopback). Nothing
changes without `--confirm N`, except what F12 already stops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.test_capture_inbox_words import mail

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
TZ = ZoneInfo("America/New_York")
EX = Path(__file__).parent / "fixtures" / "invites" / "examples"
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def reply(sender: str, day: str, body: str, msgid: str, subject: str = "Re: Thank you"
          ) -> bytes:
    """A reply to the candidate's thank-you, quoting it."""
    return mail(sender, day, subject, body + "\n\nBest,\nJane\n\nOn Mon, Nov 23, 2026 Alex "
                "wrote:\n> Thank you! Unfortunately I forgot to ask: will you decide by Friday?\n",
                msgid)


@pytest.fixture
def acme(cli: Cli) -> dict[str, Any]:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    doc: dict[str, Any] = ok(cli(
        "add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00", "--tz",
        "America/New_York", "--with", "Jane Doe <jane@acme.example>", "--json",
        now="2026-11-23T18:00"))
    ok(cli("done", "1", "--json", now="2026-11-23T18:00"))
    return doc


def test_a_decision_date_in_a_reply_is_proposed_then_confirmed(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    dovecot.deliver(reply("Jane Doe <jane@acme.example>", "Tue, 01 Dec 2026 10:00:00 -0500",
                          "Thanks for your patience. We will decide by next Friday.",
                          "<d1@acme.example>"), datetime(2026, 12, 1, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-01T12:00"))
    assert [r["applications"] for r in res["replies"]] == [[1]], "F12 as before"
    assert res["proposals"][0]["kind"] == "decision"
    waiting = res["waiting"]
    assert waiting[0]["proposal"]["kind"] == "decision"
    assert "Fri 11 Dec" in waiting[0]["proposal"]["summary"]
    listed = ok(cli("inbox", "--pending", now="2026-12-01T12:00"))
    assert "proposed: they expect to decide by Fri 11 Dec" in listed
    before = ok(cli("show", "1", "--json", now="2026-12-01T12:00"))
    assert not [s for s in before["steps"] if s["status"] == "pending"
                and s["rule"] == "F5"], "nothing changes before --confirm"

    done = ok(cli("inbox", "--confirm", str(waiting[0]["id"]), "--json",
                  now="2026-12-01T12:00"))
    pending = [s for s in done["steps"] if s["status"] == "pending"]
    assert pending[0]["rule"] == "F5", "the plan waits for their date, then 2-3 days more"
    assert pending[0]["due"] > "2026-12-11"
    assert ok(cli("inbox", "--pending", "--json", now="2026-12-01T12:00")) == []


def test_a_rejection_waits_for_confirmation(cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    dovecot.deliver(reply("Jane Doe <jane@acme.example>", "Thu, 03 Dec 2026 09:00:00 -0500",
                          "After careful consideration we have decided to move forward with "
                          "other candidates.", "<n1@acme.example>"),
                    datetime(2026, 12, 3, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-03T12:00"))
    assert res["proposals"][0]["kind"] == "rejected"
    assert ok(cli("show", "1", "--json", now="2026-12-03T12:00"))["status"] == "responded"
    number = res["waiting"][0]["id"]
    done = ok(cli("inbox", "--confirm", str(number), "--json", now="2026-12-03T12:00"))
    assert done["status"] == "rejected"


def test_an_invitation_in_the_inbox_becomes_a_round(cli: Cli, acme: Any,
                                                    dovecot: Dovecot) -> None:
    ics = (EX / "outlook.ics").read_text().replace("northwind.example", "acme.example")
    msg = EmailMessage()
    msg["From"] = "Rita Recruiter <recruiting@acme.example>"
    msg["To"] = "alex@example.com"
    msg["Subject"] = "Invitation: second interview"
    msg["Date"] = "Fri, 27 Nov 2026 09:00:00 -0500"
    msg["Message-ID"] = "<inv1@acme.example>"
    msg.set_content("Please find the invitation attached.")
    msg.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                       filename="invite.ics")
    dovecot.deliver(bytes(msg), datetime(2026, 11, 27, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-11-27T12:00"))
    assert [p["kind"] for p in res["proposals"]] == ["invitation"]
    assert len(ok(cli("show", "1", "--json", now="2026-11-27T12:00"))["interviews"]) == 1
    number = next(w["id"] for w in res["waiting"] if w.get("proposal"))
    done = ok(cli("inbox", "--confirm", str(number), "--json", now="2026-11-27T12:00"))
    assert [i["at"] for i in done["interviews"]][-1] == "2026-12-01T10:00:00-05:00"
    again = ok(cli("inbox", "--json", now="2026-11-27T12:00"))
    assert again["read"] == 0 and again["proposals"] == []


def test_an_out_of_office_proposes_to_wait_for_the_return(cli: Cli, acme: Any,
                                                          dovecot: Dovecot) -> None:
    """Issue 23: the chase waits until a business day after the return day."""
    msg = reply("Jane Doe <jane@acme.example>", "Tue, 01 Dec 2026 10:00:00 -0500",
                "I am out of the office and will be back on Monday 14 December.",
                "<ooo1@acme.example>", subject="Automatic reply: Thank you")
    dovecot.deliver(msg, datetime(2026, 12, 1, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-01T12:00"))
    assert [p["kind"] for p in res["proposals"]] == ["away"]
    assert "Tue 15 Dec" in res["proposals"][0]["summary"]
    number = res["proposals"][0]["message"]
    done = ok(cli("inbox", "--confirm", str(number), "--json", now="2026-12-01T12:00"))
    pending = [s for s in done["steps"] if s["status"] == "pending"]
    assert pending[0]["due"] >= "2026-12-15", pending[0]
