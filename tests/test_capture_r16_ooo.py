"""An out-of-office from a person on several applications (issue 23, point 3): each open
application that person is on gets a proposal to pause the chase until the return day plus a
business day of its own calendar; a closed one gets none, a stranger's auto-reply none, and a
message read twice nothing new. Through a real SQLite file, the services and the CLI (with the
messages delivered to Debian's dovecot, as `followup inbox` reads them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from tests.test_capture_inbox_words import ok

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
LONDON = ZoneInfo("Europe/London")
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name
ME = "Robin Ashdown <robin@example.com>"
ORLA = "Orla Feeney <orla@northgate-talent.example>"


def auto_reply(sender: str, day: str, subject: str, body: str, msgid: str,
               automatic: bool = True) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Date"] = day
    msg["Message-ID"] = msgid
    if automatic:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return bytes(msg)


def three(cli: Cli) -> None:
    """One agency recruiter coordinating three applications: a London one, a New York one,
    and a third the candidate was turned down for."""
    ok(cli("me", "--name", "Robin Ashdown", "--email", "robin@example.com",
           now="2026-12-01T08:00"))
    for company, role, tz, who in (
            ("Kestrel Freight", "Fleet Planner", "Europe/London",
             "Hal Brock <hal@kestrelfreight.example>"),
            ("Maplestone Insurance", "Claims Analyst", "America/New_York",
             "Ines Duarte <ines@maplestone.example>"),
            ("Quayside Bakeries", "Buyer", "Europe/London",
             "Pete Lowry <pete@quayside.example>")):
        ok(cli("add", company, "--role", role, "--interviewed", "2026-12-14 10:00", "--tz", tz,
               "--with", who, "--coordinator", ORLA, "--json", now="2026-12-14T18:00"))
    for step in ("1", "6", "11"):  # each thank-you sent
        ok(cli("done", step, "--json", now="2026-12-14T18:00"))
    ok(cli("log", "3", "rejected", "--on", "2026-12-15", "--json", now="2026-12-15T18:00"))


def nexts(cli: Cli, app: str, now: str) -> list[str]:
    shown = ok(cli("show", app, "--json", now=now))
    return [st["due"] for st in shown["steps"]
            if st["status"] == "pending" and st["kind"] in ("follow_up", "call")]


def test_a_coordinator_away_over_christmas_pauses_each_open_application(
        cli: Cli, dovecot: Dovecot) -> None:
    three(cli)
    before = {a: nexts(cli, a, "2026-12-21T18:00") for a in ("1", "2")}
    assert all(d and d[0] < "2026-12-28" for d in before.values()), before
    # back on Thursday 24 December: the next business day is Tuesday 29 in England (Christmas
    # and the Boxing Day holiday moved to Monday), Monday 28 in New York
    raw = auto_reply(ORLA, "Mon, 21 Dec 2026 09:30:00 +0000", "Automatic reply: Checking in",
                     "Thank you for your email. I am out of the office until Thursday 24 "
                     "December with limited access to email.\n\nOrla\n", "<ooo1@northgate.example>")
    dovecot.deliver(raw, datetime(2026, 12, 21, 9, 30, tzinfo=LONDON))
    res = ok(cli("inbox", "--json", now="2026-12-21T18:00"))
    made = {p["application"]: p for p in res["proposals"]}
    assert sorted(made) == [1, 2], res["proposals"]  # not the one she turned down for
    assert all(p["kind"] == "away" for p in made.values())
    one, two = made[1]["summary"], made[2]["summary"]
    assert "Orla Feeney" in one and "Thu 24 Dec" in one and "Tue 29 Dec" in one, one
    assert "Mon 28 Dec" in two, two
    assert "#1 Kestrel Freight (Fleet Planner) and #2 Maplestone Insurance (Claims Analyst)" \
        in one, one
    assert "Quayside" not in one + two
    row = str(made[1]["message"])

    # the text listing shows it, and nothing changes before it is accepted
    listed = ok(cli("inbox", "--pending", now="2026-12-21T18:00"))
    assert "Tue 29 Dec" in listed and "Mon 28 Dec" in listed, listed
    assert {a: nexts(cli, a, "2026-12-21T18:00") for a in ("1", "2")} == before

    # the same message again (the server renumbered it): nothing new
    dovecot.deliver(raw, datetime(2026, 12, 21, 9, 31, tzinfo=LONDON))
    again = ok(cli("inbox", "--json", now="2026-12-22T18:00"))
    assert again["proposals"] == [], again
    waiting = ok(cli("inbox", "--pending", "--json", now="2026-12-22T18:00"))
    assert sorted(p["application"] for w in waiting for p in w["proposals"]) == [1, 2]

    # which one must be said; each is accepted on its own, once
    vague = cli("inbox", "--confirm", row, "--json", now="2026-12-22T18:00")
    assert vague.code != 0 and "--app" in vague.stderr, vague.stderr
    ok(cli("inbox", "--confirm", row, "--app", "1", "--json", now="2026-12-22T18:00"))
    twice = cli("inbox", "--confirm", row, "--app", "1", "--json", now="2026-12-22T18:00")
    assert twice.code != 0 and "Traceback" not in twice.stderr
    ok(cli("inbox", "--confirm", row, "--app", "2", "--json", now="2026-12-22T18:00"))
    assert nexts(cli, "1", "2026-12-22T18:00")[0] == "2026-12-29"
    assert nexts(cli, "2", "2026-12-22T18:00")[0] == "2026-12-28"
    assert nexts(cli, "3", "2026-12-22T18:00") == []
    # `today` reads the same steps: nothing of theirs while she is away, both once back
    assert ok(cli("today", "--json", now="2026-12-23T18:00")) == []
    back = ok(cli("today", "--json", now="2026-12-29T18:00"))
    assert sorted((s["application_id"], s["due"]) for s in back) == [
        (1, "2026-12-29"), (2, "2026-12-28")], back


def test_read_after_the_return_day_proposes_nothing(cli: Cli, dovecot: Dovecot) -> None:
    three(cli)
    dovecot.deliver(auto_reply(ORLA, "Mon, 21 Dec 2026 09:30:00 +0000", "Out of office",
                               "I'm out of the office until Thursday 24 December.\n",
                               "<ooo3@northgate.example>"),
                    datetime(2026, 12, 21, 9, 30, tzinfo=LONDON))
    res = ok(cli("inbox", "--since", "2026-12-20", "--json", now="2026-12-30T18:00"))
    assert res["proposals"] == [], res


def test_a_strangers_auto_reply_proposes_nothing(cli: Cli, dovecot: Dovecot) -> None:
    three(cli)
    dovecot.deliver(auto_reply("Vic Amory <vic@elsewhere-staffing.example>",
                               "Mon, 21 Dec 2026 09:30:00 +0000", "Out of office",
                               "I am out of the office until Monday 4 January.\n",
                               "<ooo2@elsewhere.example>"),
                    datetime(2026, 12, 21, 9, 30, tzinfo=LONDON))
    res = ok(cli("inbox", "--json", now="2026-12-21T18:00"))
    assert res["proposals"] == [], res
    assert ok(cli("inbox", "--pending", "--json", now="2026-12-21T18:00")) == []


def test_a_contact_filed_under_the_company_pauses_both_roles_there(
        cli: Cli, dovecot: Dovecot) -> None:
    """A contact the candidate keeps at one employer with two roles open: her auto-reply,
    naming neither role, pauses both, to the Monday after her Friday return."""
    ok(cli("me", "--name", "Robin Ashdown", "--email", "robin@example.com",
           now="2026-12-01T08:00"))
    for role, at in (("Fleet Planner", "2026-12-14 10:00"), ("Route Analyst", "2026-12-15 14:00")):
        ok(cli("add", "Kestrel Freight", "--role", role, "--interviewed", at, "--tz",
               "Europe/London", "--with", "Hal Brock <hal@kestrelfreight.example>", "--json",
               now="2026-12-15T18:00"))
    ok(cli("contacts", "add", "Bea Okoro", "--company", "Kestrel Freight", "--email",
           "bea@kestrelfreight.example", "--json", now="2026-12-15T18:00"))
    dovecot.deliver(auto_reply("Bea Okoro <bea@kestrelfreight.example>",
                               "Tue, 05 Jan 2027 08:00:00 +0000", "Automatic reply",
                               "I'm on annual leave until Friday 8 January.\n",
                               "<ooo4@kestrelfreight.example>"),
                    datetime(2027, 1, 5, 8, tzinfo=LONDON))
    res = ok(cli("inbox", "--json", now="2027-01-05T18:00"))
    assert sorted(p["application"] for p in res["proposals"]) == [1, 2], res["proposals"]
    assert all("Fri 08 Jan" in p["summary"] and "Mon 11 Jan" in p["summary"]
               for p in res["proposals"]), res["proposals"]
    row = str(res["proposals"][0]["message"])
    ok(cli("inbox", "--confirm", row, "--app", "2", "--json", now="2027-01-05T18:00"))
    assert nexts(cli, "2", "2027-01-05T18:00")[0] == "2027-01-11"
    dropped = ok(cli("inbox", "--dismiss", row, "--app", "1", "--json", now="2027-01-05T18:00"))
    assert dropped is not None
    assert nexts(cli, "1", "2027-01-05T18:00")[0] < "2027-01-11", "a dismissal changes nothing"
    assert ok(cli("inbox", "--pending", "--json", now="2027-01-05T18:00")) == []


def test_one_applications_pause_skips_the_holidays_as_the_snooze_does(
        cli: Cli, dovecot: Dovecot) -> None:
    """An interviewer on one application only: the summary's day and the day the chase moves
    to are one day, the return day's next business day in that application's calendar."""
    three(cli)
    raw = auto_reply("Hal Brock <hal@kestrelfreight.example>", "Mon, 21 Dec 2026 09:30:00 +0000",
                     "Automatic reply: Fleet Planner", "I am out of the office until Thursday 24 "
                     "December.\n\nHal\n", "<ooo-hal@kestrelfreight.example>")
    dovecot.deliver(raw, datetime(2026, 12, 21, 9, 30, tzinfo=LONDON))
    res = ok(cli("inbox", "--json", now="2026-12-21T18:00"))
    away = [p for p in res["proposals"] if p["kind"] == "away"]
    assert len(away) == 1, res["proposals"]
    # not Fri 25 Dec (Christmas Day) nor Mon 28 (the Boxing Day holiday moved): Tue 29
    assert "Tue 29 Dec" in away[0]["summary"], away[0]["summary"]
    ok(cli("inbox", "--confirm", str(away[0]["message"]), "--json", now="2026-12-21T18:00"))
    assert nexts(cli, "1", "2026-12-21T18:00")[0] == "2026-12-29"
