"""`followup inbox` reads what a message says when its headers tie it to nothing or to
several applications (issue 23, point 3): mail from an applicant-tracking system goes to the
application it names, and an outcome to the application whose role it names. The same
reading as bench/capture_blind.py (capture.inbox.reading_after), through a real dovecot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
TZ = ZoneInfo("America/New_York")
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def mail(sender: str, day: str, subject: str, body: str, msgid: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Alex Candidate <alex@example.com>"
    msg["Subject"] = subject
    msg["Date"] = day
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return bytes(msg)


@pytest.fixture
def two(cli: Cli) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    for company, role, who in (
            ("Lumen Health", "Senior Product Analyst", "Rita Moss <rita@lumenhealth.example>"),
            ("Brightwater Analytics", "Marketing Analyst",
             "Priya Raman <priya@brightwater.example>"),
            ("Brightwater Analytics", "Data Analyst",
             "Priya Raman <priya@brightwater.example>")):
        ok(cli("add", company, "--role", role, "--interviewed", "2026-11-23 10:00", "--tz",
               "America/New_York", "--with", who, "--json", now="2026-11-23T18:00"))
    for app in ("1", "2", "3"):
        ok(cli("done", app, "--json", now="2026-11-23T18:00"))


def test_mail_from_an_applicant_tracking_system_goes_to_the_application_it_names(
        cli: Cli, two: None, dovecot: Dovecot) -> None:
    dovecot.deliver(mail(
        "Lumen Health Recruiting <no-reply@us.greenhouse-mail.io>",
        "Tue, 01 Dec 2026 10:00:00 -0500", "Your application",
        "Hi Alex,\n\nThank you for interviewing for the Senior Product Analyst role at Lumen "
        "Health. After careful consideration we have decided to move forward with other "
        "candidates.\n\nLumen Health Talent Team\n", "<gh1@greenhouse-mail.io>"),
        datetime(2026, 12, 1, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-01T12:00"))
    assert [r["applications"] for r in res["unsure"]] == [[1]], "listed, for the candidate"
    assert "greenhouse-mail.io" in res["unsure"][0]["reason"], "with the reason shown"
    assert [p["kind"] for p in res["proposals"]] == ["rejected"]
    waiting = ok(cli("inbox", "--pending", "--json", now="2026-12-01T12:00"))
    done = ok(cli("inbox", "--confirm", str(waiting[0]["id"]), "--json",
                  now="2026-12-01T12:00"))
    assert done["id"] == 1 and done["status"] == "rejected"


def test_an_outcome_goes_to_the_role_it_names(cli: Cli, two: None, dovecot: Dovecot) -> None:
    dovecot.deliver(mail(
        "Priya Raman <priya@brightwater.example>", "Wed, 02 Dec 2026 10:00:00 -0500",
        "Update", "Hi Alex,\n\nA quick update: we've filled the Marketing Analyst position "
        "you also applied for, so that one is closed. Your Data Analyst process is still very "
        "much active and we'll be in touch next week.\n\nPriya\n", "<bw1@brightwater.example>"),
        datetime(2026, 12, 2, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-02T12:00"))
    assert [r["applications"] for r in res["unsure"]] == [[2, 3]] or \
        [r["applications"] for r in res["unsure"]] == [[2]]
    assert [(p["kind"]) for p in res["proposals"]] == ["rejected"]
    waiting = ok(cli("inbox", "--pending", "--json", now="2026-12-02T12:00"))
    assert waiting[0]["proposal"]["application"] == 2, "the Marketing Analyst application"
    done = ok(cli("inbox", "--confirm", str(waiting[0]["id"]), "--json",
                  now="2026-12-02T12:00"))
    assert done["id"] == 2 and done["status"] == "rejected"
    assert ok(cli("show", "3", "--json", now="2026-12-02T12:00"))["status"] == "active"


def test_an_ats_notice_sent_as_list_mail_still_proposes_its_outcome(
        cli: Cli, two: None, dovecot: Dovecot) -> None:
    raw = mail("Lumen Health <no-reply@jobs.ashbyhq.com>", "Tue, 01 Dec 2026 10:00:00 -0500",
               "Your Lumen Health application",
               "Hi Alex,\n\nYour application for Senior Product Analyst at Lumen Health has "
               "moved to the Case Presentation stage. Book a time with the team here: "
               "https://jobs.example/book\n", "<ash1@ashbyhq.com>")
    raw = b"Auto-Submitted: auto-generated\r\nList-Unsubscribe: <mailto:u@ashbyhq.com>\r\n" + raw
    dovecot.deliver(raw, datetime(2026, 12, 1, 10, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-01T12:00"))
    assert [r["applications"] for r in res["unsure"]] == [[1]], res
    assert [p["kind"] for p in res["proposals"]] == ["next_round"]


def test_a_hiring_manager_on_a_personal_address_is_listed_by_name(
        cli: Cli, two: None, dovecot: Dovecot) -> None:
    dovecot.deliver(mail("Rita Moss <ritamoss.home@gmail.com>", "Wed, 02 Dec 2026 21:00:00 -0500",
                         "quick one", "Alex - on my phone, so short: we're going to move ahead "
                         "with an offer. Formal paperwork to follow by Friday.\n\nRita\n",
                         "<rm1@mail.gmail.com>"), datetime(2026, 12, 2, 21, tzinfo=TZ))
    res = ok(cli("inbox", "--json", now="2026-12-03T08:00"))
    assert [r["applications"] for r in res["unsure"]] == [[1]], res
    assert "personal address" in res["unsure"][0]["reason"]
    assert [p["kind"] for p in res["proposals"]] == ["offer"]
    assert "Fri 04 Dec" in res["proposals"][0]["summary"], "the paperwork's day rides along"
