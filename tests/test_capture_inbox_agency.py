"""`followup inbox` with one agency recruiter for two employers (issue 23, session 8): the
recruiter's news goes to the employer the text names, with the reason shown; when the text
names neither, nothing is guessed and the message waits for the candidate to say which. Real
IMAP (dovecot on loopback)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.test_capture_inbox import ok
from tests.test_capture_inbox_words import mail

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
TZ = ZoneInfo("Australia/Sydney")
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name
AGENT = "Gemma Holt <gemma@talentbridge.example>"


@pytest.fixture
def agency(cli: Cli) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    for company, role, person in (("Orchid Bank", "Risk Analyst", "Tom Hale <tom@orchid.example>"),
                                  ("Copperleaf Mining", "Data Engineer",
                                   "Ana Ruiz <ana@copperleaf.example>")):
        ok(cli("add", company, "--role", role, "--interviewed", "2026-11-23 10:00", "--tz",
               "Australia/Sydney", "--with", person, "--coordinator", AGENT, "--json",
               now="2026-11-23T18:00"))


def test_the_employer_the_recruiter_names_gets_the_news(cli: Cli, agency: None,
                                                        dovecot: Dovecot) -> None:
    dovecot.deliver(mail(AGENT, "Thu, 03 Dec 2026 09:00:00 +1100", "Update",
                         "Hi Alex, Copperleaf have come back to me: they've gone with another "
                         "candidate. Sorry!", "<a1@talentbridge.example>"),
                    datetime(2026, 12, 3, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-03T12:00"))
    assert [(p["kind"]) for p in res["proposals"]] == ["rejected"]
    number = res["proposals"][0]["message"]
    waiting = next(w for w in res["waiting"] if w["id"] == number)
    assert waiting["proposal"]["application"] == 2, waiting
    done = ok(cli("inbox", "--confirm", str(number), "--json", now="2026-12-03T12:00"))
    assert (done["id"], done["status"]) == (2, "rejected")
    assert ok(cli("show", "1", "--json", now="2026-12-03T12:00"))["status"] != "rejected"


def test_news_that_names_neither_employer_is_not_guessed(cli: Cli, agency: None,
                                                         dovecot: Dovecot) -> None:
    dovecot.deliver(mail(AGENT, "Thu, 03 Dec 2026 09:00:00 +1100", "Update",
                         "Hi Alex, the client has gone with another candidate. Sorry!",
                         "<a2@talentbridge.example>"), datetime(2026, 12, 3, 9, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-03T12:00"))
    assert res["proposals"] == []
    listed = ok(cli("inbox", "--pending", now="2026-12-03T12:00"))
    assert "Orchid Bank" in listed and "Copperleaf Mining" in listed, listed
    for app in (1, 2):
        assert ok(cli("show", str(app), "--json", now="2026-12-03T12:00"))["status"] != \
            "rejected"
