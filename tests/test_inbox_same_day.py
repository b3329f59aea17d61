"""Two messages from one employer on the same day: the first is logged as the reply, the
second is still read (it was once dropped unseen, because mail counted as new only from the
day after the last reply). A reply the candidate logged by hand still covers its whole day."""

from __future__ import annotations

from typing import Any

from test_inbox import Cli, acme, at, mail, ok
from test_send_servers import Dovecot, dovecot, dovecot_server, no_mail_settings

__all__ = ["acme", "dovecot", "dovecot_server", "no_mail_settings"]  # fixtures, by name
NOW = "2026-11-27T18:00"


def ats(day: str, msgid: str) -> bytes:
    return ("\r\n".join([
        "From: Acme Careers <no-reply@us.greenhouse-mail.io>",
        "To: Alex Candidate <alex@example.com>", "Subject: An update on your application",
        f"Date: {day}", f"Message-ID: {msgid}", "Content-Type: text/plain; charset=utf-8"])
        + "\r\n\r\nHi Alex,\r\n\r\nThank you for interviewing for the Data Analyst role at "
          "Acme. Your application is now with the hiring team.\r\n\r\nAcme Recruiting\r\n"
    ).encode()


def test_a_second_message_the_same_day_is_still_read(cli: Cli, acme: Any,
                                                     dovecot: Dovecot) -> None:
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Thanks", "Fri, 27 Nov 2026 "
                         "11:00:00 -0500", msgid="<j1@acme.example>"), at("2026-11-27T11:00"))
    dovecot.deliver(ats("Fri, 27 Nov 2026 11:40:00 -0500", "<g1@greenhouse-mail.io>"),
                    at("2026-11-27T11:40"))
    doc = ok(cli("inbox", "--json", now=NOW))
    assert doc["read"] == 2
    assert [r["applications"] for r in doc["replies"]] == [[1]]
    assert [r["applications"] for r in doc["unsure"]] == [[1]], doc
    assert "greenhouse-mail.io" in doc["unsure"][0]["reason"]


def test_an_older_message_than_the_logged_reply_is_not_a_new_one(cli: Cli, acme: Any,
                                                                 dovecot: Dovecot) -> None:
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Thanks", "Fri, 27 Nov 2026 "
                         "11:00:00 -0500", msgid="<j1@acme.example>"), at("2026-11-27T11:00"))
    ok(cli("inbox", "--json", now=NOW))
    # delivered late, written before the reply that was logged: not a reply of its own
    dovecot.deliver(ats("Fri, 27 Nov 2026 10:15:00 -0500", "<g0@greenhouse-mail.io>"),
                    at("2026-11-27T10:15"))
    doc = ok(cli("inbox", "--json", now=NOW))
    assert doc["read"] == 1 and doc["replies"] == [] and doc["unsure"] == []


def test_a_reply_logged_by_hand_covers_its_whole_day(cli: Cli, acme: Any,
                                                     dovecot: Dovecot) -> None:
    ok(cli("log", "1", "reply", "--on", "2026-11-27", now="2026-11-27T12:00"))
    dovecot.deliver(ats("Fri, 27 Nov 2026 11:40:00 -0500", "<g1@greenhouse-mail.io>"),
                    at("2026-11-27T11:40"))
    doc = ok(cli("inbox", "--json", now=NOW))
    assert doc["read"] == 1 and doc["replies"] == [] and doc["unsure"] == [], doc


def test_today_says_what_waits_in_the_inbox_as_the_web_does(cli: Cli, acme: Any,
                                                            dovecot: Dovecot,
                                                            monkeypatch: Any) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # the line is wrapped to the terminal (session 12)
    dovecot.deliver(ats("Fri, 27 Nov 2026 11:40:00 -0500", "<g1@greenhouse-mail.io>"),
                    at("2026-11-27T11:40"))
    assert "wait for you" not in ok(cli("today", now=NOW))
    ok(cli("inbox", "--json", now=NOW))
    said = " ".join(ok(cli("today", now="2026-12-04T09:00")).split())
    assert ("From your inbox: 1 message(s) wait for you (what a reply proposes is never "
            "applied silently): followup inbox --pending") in said
    assert max(map(len, ok(cli("today", now="2026-12-04T09:00")).splitlines())) <= 80
    ok(cli("inbox", "--dismiss", "1", now="2026-12-04T09:00"))
    assert "From your inbox" not in ok(cli("today", now="2026-12-04T09:00"))
