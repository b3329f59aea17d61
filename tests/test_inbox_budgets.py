"""Issue 22.1: a stranger's mail cannot stop `followup inbox`. A message that breaks a reading
budget (followup.budgets) is skipped and reported, and the rest of the mailbox is read: the
reply after it is still logged (F12), and the next run does not read the skipped ones again.
Against a real dovecot on loopback, as tests/test_inbox.py."""

from __future__ import annotations

from typing import Any

import pytest

from test_hostile_parsers import ZONED, ics, nested_mail, vtimezone
from test_inbox import NOW, Cli, acme, at, mail, ok
from test_send_servers import Dovecot, dovecot, no_mail_settings

__all__ = ["acme", "dovecot", "no_mail_settings"]  # fixtures, used by name


def invitation(sender: str, calendar: bytes, msgid: str) -> bytes:
    return (f"From: {sender}\r\nTo: alex@example.com\r\nSubject: Invitation\r\n"
            f"Date: Wed, 25 Nov 2026 09:00:00 -0500\r\nMessage-ID: {msgid}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
            ).encode() + calendar


def test_messages_over_budget_are_skipped_and_the_rest_is_read(cli: Cli, acme: Any,
                                                               dovecot: Dovecot) -> None:
    dovecot.deliver(nested_mail(2000).replace(b"Subject: Invitation", b"Subject: Deep\r\n"
                                              b"Date: Tue, 24 Nov 2026 09:00:00 -0500"),
                    at("2026-11-24T09:00"))
    dovecot.deliver(invitation("Stranger <x@evil.example>", ics(
        start=ZONED, zone=vtimezone("RRULE:FREQ=SECONDLY")), "<s1@evil.example>"),
        at("2026-11-25T09:00"))
    dovecot.deliver(invitation("Stranger <x@evil.example>", ics(event_extra="".join(
        f"ATTENDEE:mailto:p{i}@evil.example\r\n" for i in range(5000))), "<s2@evil.example>"),
        at("2026-11-25T10:00"))
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Thu, 26 Nov 2026 "
                         "09:00:00 -0500", msgid="<r1@acme.example>"), at("2026-11-26T09:00"))
    res = cli("inbox", "--json", now=NOW)
    doc = ok(res)
    assert doc["read"] == 4
    skipped = {e["uid"]: e["reason"] for e in doc["skipped"]}
    assert set(skipped) == {1, 2, 3}, doc
    assert "nested multipart" in skipped[1]
    assert "secondly" in skipped[2] and "more than 200 attendees" in skipped[3]
    assert [r["applications"] for r in doc["replies"]] == [[1]]
    again = ok(cli("inbox", "--json", now=NOW))
    assert again["read"] == 0 and again["skipped"] == []


def test_the_plain_report_names_each_skipped_message(cli: Cli, acme: Any,
                                                     dovecot: Dovecot) -> None:
    dovecot.deliver(nested_mail(100), at("2026-11-24T09:00"))
    res = cli("inbox", now=NOW)
    assert res.code == 0, res.stderr
    assert "Skipped, over a reading budget (the rest was read):" in res.stdout
    assert "message 1" in res.stdout and "nested multipart" in res.stdout


def test_a_message_over_the_size_budget_is_never_downloaded(
        cli: Cli, acme: Any, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server is asked each message's size (RFC822.SIZE) first: one over the budget is
    reported once and never fetched, and the reply after it is still logged (F12)."""
    from imapclient import IMAPClient

    from followup import budgets

    monkeypatch.setattr(budgets, "MAIL_BYTES", 40_000)
    asked: list[tuple[list[int], list[str]]] = []
    fetch = IMAPClient.fetch

    def spy(self: IMAPClient, messages: Any, data: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append(([int(m) for m in messages], [str(d) for d in data]))
        return fetch(self, messages, data, *args, **kwargs)

    monkeypatch.setattr(IMAPClient, "fetch", spy)
    big = mail("Stranger <x@evil.example>", "Huge", "Tue, 24 Nov 2026 09:00:00 -0500",
               msgid="<big@evil.example>") + (b"y" * 76 + b"\r\n") * 600
    assert len(big) > 40_000
    dovecot.deliver(big, at("2026-11-24T09:00"))
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Thu, 26 Nov 2026 "
                         "09:00:00 -0500", msgid="<r1@acme.example>"), at("2026-11-26T09:00"))
    doc = ok(cli("inbox", "--json", now=NOW))
    assert doc["read"] == 2
    assert [e["uid"] for e in doc["skipped"]] == [1], doc
    assert "not downloaded" in doc["skipped"][0]["reason"]
    assert [r["applications"] for r in doc["replies"]] == [[1]]
    bodies = [uids for uids, items in asked if any("BODY" in i for i in items)]
    assert bodies == [[2]], asked
    again = ok(cli("inbox", "--json", now=NOW))
    assert again["read"] == 0 and again["skipped"] == []
