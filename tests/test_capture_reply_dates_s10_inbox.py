"""Issue 23, point 3 (session 10), end to end: `followup inbox` over a real IMAP server
(Debian's dovecot on loopback) proposes the return day and the decision day read the session-10
way, the plan follows once confirmed, and a week later nothing has moved by itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.test_capture_inbox import TZ, Cli, acme, ok, reply

from test_send_servers import Dovecot, dovecot, no_mail_settings

__all__ = ["acme", "dovecot", "no_mail_settings"]  # fixtures, used by name


def test_a_return_day_months_away_in_one_order_is_read_in_the_near_one(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    msg = reply("Jane Doe <jane@acme.example>", "Fri, 18 Dec 2026 18:00:00 +0000",
                "I am out of the office, returning 11/01/2027. For anything urgent, please "
                "contact the front desk.", "<ooo10@acme.example>",
                subject="Automatic reply: Thank you")
    dovecot.deliver(msg, datetime(2026, 12, 18, 13, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-18T14:00"))
    assert [p["kind"] for p in res["proposals"]] == ["away"]
    assert "Mon 11 Jan" in res["proposals"][0]["summary"], res["proposals"][0]
    done = ok(cli("inbox", "--confirm", str(res["proposals"][0]["message"]), "--json",
                  now="2026-12-18T14:00"))
    pending = [s for s in done["steps"] if s["status"] == "pending"]
    assert pending[0]["due"] >= "2027-01-12", pending[0]
    later = ok(cli("show", "1", "--json", now="2026-12-25T09:00"))
    assert next(s["due"] for s in later["steps"] if s["status"] == "pending") >= "2027-01-12"


def test_the_day_after_a_meeting_is_proposed_as_the_decision_day(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    msg = reply("Jane Doe <jane@acme.example>", "Fri, 18 Dec 2026 16:00:00 -0500",
                "The directors don't meet until 1/7, so I'm afraid you won't hear anything "
                "definite from me until the day after.", "<d10@acme.example>")
    dovecot.deliver(msg, datetime(2026, 12, 18, 16, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-18T17:00"))
    assert [p["kind"] for p in res["proposals"]] == ["decision"]
    assert "Fri 08 Jan" in res["proposals"][0]["summary"], res["proposals"][0]
    assert ok(cli("inbox", "--pending", "--json", now="2026-12-25T09:00"))  # still waiting
