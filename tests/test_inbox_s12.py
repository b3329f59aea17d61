"""As a new user would, through a real dovecot (issue 23, session 12): a terse offer with the
contract's day, a responder set by hand with its return day, and mail from the employer's
applicant-tracking system about a job the candidate does not track here, which is left
alone; then a week later, nothing proposed twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tests.test_capture_inbox_words import mail, ok

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
TZ = ZoneInfo("Europe/London")
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name
NOW = "2026-12-17T18:00"


def test_an_offer_a_responder_and_another_jobs_mail(cli: Cli, dovecot: Dovecot) -> None:
    ok(cli("me", "--name", "Sam Candidate", "--email", "sam@example.com",
           now="2026-12-01T08:00"))
    ok(cli("add", "Copperline Electrical", "--role", "Site Supervisor", "--interviewed",
           "2026-12-10 10:00", "--tz", "Europe/London", "--with",
           "Steve Pollard <steve@copperline.example>", "--json", now="2026-12-10T18:00"))
    ok(cli("done", "1", "--json", now="2026-12-10T18:00"))
    at = datetime(2026, 12, 17, 12, tzinfo=TZ)
    dovecot.deliver(mail("Steve Pollard <steve@copperline.example>",
                         "Thu, 17 Dec 2026 12:04:00 +0000", "Job",
                         "Sam,\n\nJob's yours if you want it. £36k like we said. I'll get Jo to "
                         "send the contract over Monday.\n\nSteve\n", "<o1@copperline.example>"),
                    at)
    dovecot.deliver(mail("Copperline Electrical <no-reply@us.greenhouse-mail.io>",
                         "Thu, 17 Dec 2026 12:10:00 +0000", "Your application",
                         "Hi Sam,\n\nThank you for your interest in the Estimator role at "
                         "Copperline Electrical. Unfortunately we have decided to move forward "
                         "with other candidates.\n", "<a1@greenhouse.example>"), at)
    res = ok(cli("inbox", "--json", now=NOW))
    assert [p["kind"] for p in res["proposals"]] == ["offer"], res["proposals"]
    assert "Mon 21 Dec" in res["proposals"][0]["summary"], "the contract's day beside it"

    dovecot.deliver(mail("Steve Pollard <steve@copperline.example>",
                         "Fri, 18 Dec 2026 09:00:00 +0000", "Re: Job",
                         "Vacation responder: I'm travelling until 3 Jan. Back at my desk on "
                         "the 4th.\n", "<v1@copperline.example>"),
                    datetime(2026, 12, 18, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-18T18:00"))
    assert [p["kind"] for p in res["proposals"]] == ["away"], res["proposals"]
    assert "4 Jan" in res["proposals"][0]["summary"], res["proposals"]
    away = str(res["proposals"][0]["message"])

    # a week on, having done nothing: nothing new, nothing twice
    late = ok(cli("inbox", "--json", now="2026-12-25T18:00"))
    assert late["proposals"] == [], late
    waiting = ok(cli("inbox", "--pending", "--json", now="2026-12-25T18:00"))
    assert sorted(p["kind"] for w in waiting for p in w["proposals"]) == ["away", "offer"]

    # confirmed, the chase waits for the return: no touch before Tue 5 Jan
    ok(cli("inbox", "--confirm", away, "--json", now="2026-12-25T18:00"))
    again = cli("inbox", "--confirm", away, "--json", now="2026-12-25T18:00")
    assert again.code != 0 and "Traceback" not in again.stderr, "never applied twice"
    shown = ok(cli("show", "1", "--json", now="2026-12-25T18:00"))
    nxt = [st for st in shown["steps"] if st["status"] == "pending" and st["kind"] != "close"]
    assert [st["due"] for st in nxt] == ["2027-01-05"], nxt
