"""`followup inbox`: employers' replies in a real IMAP mailbox (Debian's dovecot, started by the
tests on loopback) stop their sequence (F12). Read-only, each message counted once, auto-replies
ignored, and what it is unsure of is left for the candidate to confirm."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from test_send_servers import Dovecot, Smtp, dovecot, dovecot_server, no_mail_settings, smtp

Cli = Callable[..., Any]
TZ = ZoneInfo("America/New_York")
NOW = "2026-11-30T09:00"
__all__ = ["dovecot", "no_mail_settings", "smtp"]  # fixtures, used by name


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def mail(sender: str, subject: str, day: str, *, msgid: str, in_reply_to: str | None = None,
         headers: tuple[str, ...] = ()) -> bytes:
    lines = [f"From: {sender}", "To: Alex Candidate <alex@example.com>", f"Subject: {subject}",
             f"Date: {day}", f"Message-ID: {msgid}", *headers]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(lines) + "\r\n\r\nThanks for your note. We will be in touch.\r\n"
            ).encode()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def status_and_steps(cli: Cli, app_id: int) -> tuple[str, list[tuple[str, str]]]:
    doc = ok(cli("show", str(app_id), "--json", now=NOW))
    return doc["status"], [(s["kind"], s["status"]) for s in doc["steps"]]


@pytest.fixture
def acme(cli: Cli) -> dict[str, Any]:
    """Acme, interviewed Mon 23 Nov; the thank-you went out the same day."""
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    doc: dict[str, Any] = ok(cli(
        "add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00", "--tz",
        "America/New_York", "--with", "Jane Doe <jane@acme.example>", "--noted",
        "the move to dbt", "--json", now="2026-11-23T18:00"))
    ok(cli("done", "1", "--json", now="2026-11-23T18:00"))
    return doc


def test_a_reply_to_a_sent_email_stops_the_sequence(cli: Cli, smtp: Smtp, dovecot: Dovecot,
                                                    db_path: Path) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    ok(cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
           "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>",
           "--noted", "the move to dbt", "--json", now="2026-11-23T18:00"))
    ok(cli("send", "1", "--yes", now="2026-11-23T18:00"))
    ours = smtp.received[0]["Message-ID"]
    # the answer comes from their recruiting system, on another domain, in the thread
    dovecot.deliver(mail("Talent Team <talent@ats.example>", "Re: Thank you", "Fri, 27 Nov "
                         "2026 11:00:00 -0500", msgid="<r1@ats.example>", in_reply_to=ours),
                    at("2026-11-27T11:00"))
    dovecot.deliver(mail("Deals <news@shop.example>", "Black Friday", "Fri, 27 Nov 2026 "
                         "08:00:00 -0500", msgid="<n1@shop.example>"), at("2026-11-27T08:00"))
    before = status_and_steps(cli, 1)
    assert before[0] == "active" and ("follow_up", "pending") in before[1]

    res = cli("inbox", now=NOW)
    assert res.code == 0, res.stderr
    assert "Read 2 new messages" in res.stdout
    assert ("#1 Fri 27 Nov Talent Team <talent@ats.example> “Re: Thank you” — in reply to "
            "your email") in " ".join(res.stdout.split())  # wrapped at the terminal's width
    status, steps = status_and_steps(cli, 1)
    assert status == "responded"
    assert ("follow_up", "cancelled") in steps, "the old sequence stops (F12)"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT kind, on_date, note FROM events").fetchall() == [
        ("reply", "2026-11-27", "Email from Talent Team <talent@ats.example>: “Re: Thank you”")]
    conn.close()

    again = cli("inbox", "--json", now=NOW)
    assert again.code == 0 and again.json()["read"] == 0, "each message counts once"
    # read-only: no message was flagged, not even \Seen; SELECT still finds them \Recent
    assert dovecot.flags() == ["1 (FLAGS (\\Recent))", "2 (FLAGS (\\Recent))"]


def test_a_known_sender_is_a_reply_its_domain_only_a_question(cli: Cli, acme: Any,
                                                               dovecot: Dovecot) -> None:
    dovecot.deliver(mail("HR <hr@acme.example>", "Your application", "Thu, 26 Nov 2026 "
                         "09:00:00 -0500", msgid="<h1@acme.example>"), at("2026-11-26T09:00"))
    res = cli("inbox", "--json", now=NOW)
    doc = res.json()
    assert doc["replies"] == [] and len(doc["unsure"]) == 1
    assert "from their domain acme.example" in doc["unsure"][0]["reason"]
    assert doc["waiting"][0]["applications"] == [1]
    assert status_and_steps(cli, 1)[0] == "active", "nothing is logged when unsure"
    pending = cli("inbox", "--pending", now=NOW)
    assert "[1] Thu 26 Nov  HR <hr@acme.example>  “Your application”  (#1)" in pending.stdout
    confirmed = cli("inbox", "--confirm", "1", "--json", now=NOW)
    assert confirmed.code == 0 and confirmed.json()["status"] == "responded"
    assert confirmed.json()["events"][-1]["on"] == "2026-11-26"
    assert cli("inbox", "--confirm", "1", now=NOW).code == 2  # already confirmed

    dovecot.deliver(mail("Jane Doe <Jane@Acme.example>", "Next steps", "Mon, 30 Nov 2026 "
                         "08:00:00 -0500", msgid="<j2@acme.example>"), at("2026-11-30T08:00"))
    res = cli("inbox", "--json", now=NOW)
    assert [r["applications"] for r in res.json()["replies"]] == [[1]], res.stdout
    assert "a person you know there" in res.json()["replies"][0]["reason"]


def test_auto_replies_and_old_mail_never_count(cli: Cli, acme: Any, dovecot: Dovecot) -> None:
    day = "Tue, 24 Nov 2026 09:00:00 -0500"
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Automatic reply: Thank you", day,
                         msgid="<a1@acme.example>", headers=("Auto-Submitted: auto-replied",
                                                             "X-Auto-Response-Suppress: All")),
                    at("2026-11-24T09:00"))
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Out of Office until 1 December", day,
                         msgid="<a2@acme.example>"), at("2026-11-24T09:01"))
    dovecot.deliver(mail("Acme Careers <jobs@acme.example>", "New roles at Acme", day,
                         msgid="<a3@acme.example>", headers=("Precedence: bulk",)),
                    at("2026-11-24T09:02"))
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Interview on Monday", "Fri, 20 Nov "
                         "2026 09:00:00 -0500", msgid="<old@acme.example>"),
                    at("2026-11-22T09:00"))
    res = cli("inbox", now=NOW)
    assert res.code == 0, res.stderr
    assert "Read 4 new messages" in res.stdout
    assert res.stdout.count("Ignored, sent by a machine") == 1
    flat = " ".join(res.stdout.split())  # wrapped at the terminal's width
    assert "automatic (auto-replied)" in flat
    assert "an out-of-office or automatic reply" in flat
    assert "bulk or list mail" in flat
    assert "Interview on Monday" not in res.stdout  # before the interview: not a reply
    assert status_and_steps(cli, 1)[0] == "active"


def test_unsure_cases_wait_for_the_candidate(cli: Cli, dovecot: Dovecot) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-16T08:00"))
    apps = [ok(cli("add", company, "--role", "Analyst", "--interviewed", day, "--with",
                   person, "--noted", "the roadmap", "--json",
                   now=f"{day[:10]}T18:00")) for company, day, person in (
            ("Initech", "2026-11-16 10:00", "Bill <bill@initech.example>"),
            ("Initech Labs", "2026-11-17 10:00", "Peter <peter@initech.example>"),
            ("Umbrella", "2026-11-18 10:00", "Zoe <zoe@umbrella.example>"))]
    close = next(s["id"] for s in apps[2]["steps"] if s["kind"] == "close")
    ok(cli("done", str(close), "--json", now="2026-11-20T10:00"))  # moved on from Umbrella
    assert status_and_steps(cli, 3)[0] == "closed"
    dovecot.deliver(mail("Recruiting <jobs@initech.example>", "Update", "Wed, 25 Nov 2026 "
                         "09:00:00 -0500", msgid="<i1@initech.example>"), at("2026-11-25T09:00"))
    dovecot.deliver(mail("Zoe <zoe@umbrella.example>", "Still interested?", "Thu, 26 Nov 2026 "
                         "09:00:00 -0500", msgid="<u1@umbrella.example>"), at("2026-11-26T09:00"))
    doc = cli("inbox", "--json", now=NOW).json()
    assert doc["replies"] == []
    reasons = {tuple(u["applications"]): u["reason"] for u in doc["unsure"]}
    assert "it could answer #1 Initech, #2 Initech Labs" in reasons[(1, 2)]
    assert "you had moved on from Umbrella: confirming reopens its plan (A3)" in reasons[(3,)]
    initech = next(u["id"] for u in doc["unsure"] if u["applications"] == [1, 2])
    res = cli("inbox", "--confirm", str(initech), now=NOW)
    assert res.code == 2 and "add --app ID" in res.stderr
    assert cli("inbox", "--confirm", str(initech), "--app", "2", "--json",
               now=NOW).json()["status"] == "responded"
    umbrella = next(u["id"] for u in doc["unsure"] if u["applications"] == [3])
    assert cli("inbox", "--dismiss", str(umbrella), now=NOW).code == 0
    assert status_and_steps(cli, 3)[0] == "closed"
    assert "Nothing is waiting" in cli("inbox", "--pending", now=NOW).stdout


def test_dry_run_records_nothing(cli: Cli, acme: Any, dovecot: Dovecot, db_path: Path) -> None:
    dovecot.deliver(mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Fri, 27 Nov 2026 "
                         "11:00:00 -0500", msgid="<d1@acme.example>"), at("2026-11-27T11:00"))
    res = cli("inbox", "--dry-run", now=NOW)
    assert res.code == 0 and res.stdout.startswith("Dry run: nothing logged or recorded.")
    assert "Would log as replies (F12):" in res.stdout
    assert status_and_steps(cli, 1)[0] == "active"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM inbox_marks").fetchone()[0] == 0
    conn.close()
    assert cli("inbox", "--json", now=NOW).json()["replies"][0]["applications"] == [1]


def test_the_same_message_counts_once_even_when_the_server_renumbers(acme: Any,
                                                                     db_path: Path) -> None:
    """A new UIDVALIDITY means new UIDs for old messages; their Message-ID still matches."""
    from followup.mail import inbox
    from followup.mail.replies import parse
    from followup.store.sqlite import Store

    raw = mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Fri, 27 Nov 2026 11:00:00 "
               "-0500", msgid="<once@acme.example>")
    now = at("2026-11-30T09:00")
    store = Store(db_path)
    try:
        first = inbox.run(store, now, mailbox="alex@imap/INBOX", uidvalidity=1,
                          messages=[parse(7, raw, None, now)], own=frozenset())
        second = inbox.run(store, now, mailbox="alex@imap/INBOX", uidvalidity=2,
                           messages=[parse(1, raw, None, now)], own=frozenset())
    finally:
        store.close()
    assert len(first.replies) == 1 and second.replies == [] and second.unsure == []


def test_starttls_and_a_wrong_password(cli: Cli, acme: Any,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with dovecot_server(tls=True) as server:
        assert server.cert is not None
        for name, value in server.env("starttls").items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cert))
        server.deliver(mail("Jane Doe <jane@acme.example>", "Re: Thank you", "Fri, 27 Nov 2026 "
                            "11:00:00 -0500", msgid="<t1@acme.example>"), at("2026-11-27T11:00"))
        good = cli("inbox", "--json", now=NOW)
        assert good.code == 0, good.stderr
        assert len(good.json()["replies"]) == 1
        monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "wrong")  # last: dovecot slows retries
        bad = cli("inbox", now=NOW)
        assert bad.code == 1 and "refused the login for alex" in bad.stderr
    res = cli("inbox", now=NOW)  # the server is gone
    assert res.code == 1 and "cannot reach the mail server 127.0.0.1" in res.stderr


@pytest.mark.parametrize(("headers", "subject", "expected"), [
    ({"auto-submitted": "auto-replied"}, "Re: Thank you", "automatic (auto-replied)"),
    ({"auto-submitted": "no"}, "Re: Thank you", None),
    ({"x-autoreply": "yes"}, "Re: Thank you", "an auto-reply"),
    ({"precedence": "bulk"}, "Open roles", "bulk or list mail"),
    ({"list-id": "<jobs.acme.example>"}, "Open roles", "a mailing list"),
    ({"content-type": "multipart/report; report-type=delivery-status"}, "Failure",
     "a delivery report"),
    ({}, "Automatic reply: Thank you", "an out-of-office or automatic reply"),
    ({}, "Out of Office: back on Monday", "an out-of-office or automatic reply"),
    ({}, "Abwesenheitsnotiz: Danke", "an out-of-office or automatic reply"),
    ({}, "Undeliverable: Thank you", "an out-of-office or automatic reply"),
    ({}, "Re: Thank you", None),
    ({}, "Next steps for the Data Analyst role", None),
])
def test_what_counts_as_sent_by_a_machine(headers: dict[str, str], subject: str,
                                           expected: str | None) -> None:
    from followup.mail.replies import automatic

    assert automatic(headers, subject, "jane@acme.example") == expected


def test_malformed_headers_are_read_without_failing() -> None:
    from followup.mail.replies import parse, same_org

    now = at("2026-11-30T09:00")
    raw = (b"From: =?utf-8?q?Zo=C3=AB?= <ZOE@Umbrella.example>\r\n"
           b"Subject: =?utf-8?b?UmU6IE1lcmNp?=\r\nDate: not a date\r\n"
           b"References: <a@x.example>\r\n <b@y.example> <a@x.example>\r\n\r\n")
    msg = parse(3, raw, None, now)
    assert (msg.sender, msg.address, msg.subject) == ("Zoë <zoe@umbrella.example>",
                                                      "zoe@umbrella.example", "Re: Merci")
    assert msg.at == now and msg.message_id is None
    assert msg.refs == ("<a@x.example>", "<b@y.example>")
    assert parse(4, b"Subject: no sender\r\n\r\n", None, now).address == ""
    assert same_org("acme.example", "talent.acme.example")
    assert not same_org("acme.co.uk", "other.co.uk")
