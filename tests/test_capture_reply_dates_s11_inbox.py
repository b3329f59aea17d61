"""Issue 23, point 3 (session 11), end to end: `followup inbox` over a real IMAP server
(Debian's dovecot on loopback) proposes the day a writer named, counted from the writer's own
day, and no day for a period; a week later nothing has moved by itself."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.test_capture_inbox import TZ, Cli, acme, ok, reply

from test_send_servers import Dovecot, dovecot, no_mail_settings

__all__ = ["acme", "dovecot", "no_mail_settings"]  # fixtures, used by name


def _proposed(cli: Cli, dovecot: Dovecot, date: str, body: str, now: str) -> list[Any]:
    """The proposals `followup inbox` makes at `now` for one reply from Jane at Acme."""
    msg = reply("Jane Doe <jane@acme.example>", date, body, f"<{sum(map(ord, body))}@acme.example>")
    dovecot.deliver(msg, datetime.fromisoformat(now).replace(tzinfo=TZ))
    return list(ok(cli("inbox", "--json", now=now))["proposals"])


def test_tomorrow_written_late_in_the_evening_is_the_writers_tomorrow(
        cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    # 21:40 in Los Angeles on Monday 14 December is Tuesday in UTC and in New York
    got = _proposed(cli, dovecot, "Mon, 14 Dec 2026 21:40:00 -0800",
                    "Quick note: the panel is wrapping up and I'll have our decision for you "
                    "tomorrow.", "2026-12-15T08:00")
    assert [(p["kind"], "Tue 15 Dec" in p["summary"]) for p in got] == [("decision", True)], got


def test_a_period_is_proposed_as_no_day(cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    got = _proposed(cli, dovecot, "Wed, 16 Dec 2026 10:00:00 -0500",
                    "Our offices close for the holidays on Friday, so we'll come back to you "
                    "with a decision early in the new year.", "2026-12-16T11:00")
    assert not [p for p in got if p["kind"] == "decision"], got
    later = ok(cli("inbox", "--json", now="2026-12-23T09:00"))  # a week on: still no day
    assert not [p for p in later["proposals"] if p["kind"] == "decision"], later["proposals"]
