"""Issue 23, point 3 (session 11), end to end: `followup inbox` over a real IMAP server
(Debian's dovecot on loopback) proposes the day a writer named, counted from the writer's own
day, and no day for a period; a week later nothing has moved by itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.test_capture_inbox import TZ, Cli, acme, ok, reply

from test_send_servers import Dovecot, dovecot, no_mail_settings

__all__ = ["acme", "dovecot", "no_mail_settings"]  # fixtures, used by name


def test_tomorrow_written_late_in_the_evening_is_the_writers_tomorrow(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    # 21:40 in Los Angeles on Monday 14 December is Tuesday in UTC and in New York
    msg = reply("Jane Doe <jane@acme.example>", "Mon, 14 Dec 2026 21:40:00 -0800",
                "Quick note: the panel is wrapping up and I'll have our decision for you "
                "tomorrow.", "<t11@acme.example>")
    dovecot.deliver(msg, datetime(2026, 12, 15, 1, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-15T08:00"))
    assert [p["kind"] for p in res["proposals"]] == ["decision"]
    assert "Tue 15 Dec" in res["proposals"][0]["summary"], res["proposals"][0]


def test_a_period_is_proposed_as_no_day(cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    msg = reply("Jane Doe <jane@acme.example>", "Wed, 16 Dec 2026 10:00:00 -0500",
                "Our offices close for the holidays on Friday, so we'll come back to you with "
                "a decision early in the new year.", "<p11@acme.example>")
    dovecot.deliver(msg, datetime(2026, 12, 16, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-16T11:00"))
    assert not [p for p in res["proposals"] if p["kind"] == "decision"], res["proposals"]
    later = ok(cli("inbox", "--json", now="2026-12-23T09:00"))  # a week on: still no day
    assert not [p for p in later["proposals"] if p["kind"] == "decision"], later["proposals"]
