"""One message about two applications at one company (issue 23, point 3): a proposal per
application it decides something about, each confirmed or dismissed on its own with
`followup inbox --confirm/--dismiss N --app ID`, with undo, never applied twice; as a user
would, through a real dovecot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.test_capture_inbox_words import mail, ok

from test_send_servers import Dovecot, dovecot, no_mail_settings

Cli = Callable[..., Any]
TZ = ZoneInfo("America/New_York")
__all__ = ["dovecot", "no_mail_settings"]  # fixtures, used by name
NOW = "2026-12-02T12:00"


@pytest.fixture
def two_roles(cli: Cli) -> None:
    """#1 Stonebridge Hospital, Payroll Officer; #2 the same, Finance Systems Analyst; one
    recruiter for both."""
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    for number, role in (("1", "Payroll Officer"), ("2", "Finance Systems Analyst")):
        ok(cli("add", "Stonebridge Hospital", "--role", role, "--interviewed",
               "2026-11-23 10:00", "--tz", "America/New_York", "--with",
               "Nadia Rahman <nadia.rahman@stonebridge.example>", "--json",
               now="2026-11-23T18:00"))
        ok(cli("done", number, "--json",
               now="2026-11-23T18:00"))


def deliver(dovecot: Dovecot, body: str, msgid: str,
            sender: str = "Nadia Rahman <nadia.rahman@stonebridge.example>") -> None:
    dovecot.deliver(mail(sender, "Wed, 02 Dec 2026 10:00:00 -0500", "Your applications",
                         f"Hi Alex,\n\n{body}\n", msgid), datetime(2026, 12, 2, 10, tzinfo=TZ))


def test_each_application_gets_its_own_proposal_confirmed_on_its_own(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    deliver(dovecot, "The Payroll Officer vacancy has been filled by an internal candidate, "
            "I'm afraid. On the other hand, the panel would like to invite you to a second "
            "interview for the Finance Systems Analyst role.", "<two1@stonebridge.example>")
    res = ok(cli("inbox", "--json", now=NOW))
    assert sorted((p["kind"], p["message"]) for p in res["proposals"]) == [
        ("next_round", res["proposals"][0]["message"]),
        ("rejected", res["proposals"][0]["message"])], res["proposals"]
    number = str(res["proposals"][0]["message"])
    waiting = ok(cli("inbox", "--pending", "--json", now=NOW))
    assert len(waiting) == 1, "one message"
    assert {(p["application"], p["kind"]) for p in waiting[0]["proposals"]} == {
        (1, "rejected"), (2, "next_round")}
    listed = ok(cli("inbox", "--pending", now=NOW))
    assert "proposed for #1 (--app 1): they turned you down" in listed
    assert "proposed for #2 (--app 2): a further round" in listed

    # which one? the message proposes two things: it asks, and nothing changes
    which = cli("inbox", "--confirm", number, now=NOW)
    assert which.code != 0 and "--app" in which.stderr and "Traceback" not in which.stderr
    assert ok(cli("show", "1", "--json", now=NOW))["status"] == "active"

    done = ok(cli("inbox", "--confirm", number, "--app", "1", "--json", now=NOW))
    assert done["id"] == 1 and done["status"] == "rejected"
    assert ok(cli("show", "2", "--json", now=NOW))["status"] != "rejected", "#2 untouched"
    again = cli("inbox", "--confirm", number, "--app", "1", "--json", now=NOW)
    assert again.code != 0, "never applied twice"

    # undo takes the rejection back, and the proposal waits again
    assert cli("undo", now=NOW).code == 0
    assert ok(cli("show", "1", "--json", now=NOW))["status"] != "rejected"
    waiting = ok(cli("inbox", "--pending", "--json", now=NOW))
    assert {p["application"] for p in waiting[0]["proposals"]} == {1, 2}
    ok(cli("inbox", "--confirm", number, "--app", "1", "--json", now=NOW))
    events = ok(cli("show", "1", "--json", now=NOW))["events"]
    assert [e["kind"] for e in events].count("rejected") == 1

    gone = ok(cli("inbox", "--dismiss", number, "--app", "2", "--json", now=NOW))
    assert gone == {"dismissed": int(number), "application": 2}
    assert ok(cli("show", "2", "--json", now=NOW))["status"] != "rejected"
    assert ok(cli("inbox", "--pending", "--json", now=NOW)) == []

    # the same mail read again proposes nothing new
    again_read = ok(cli("inbox", "--since", "2026-11-20", "--json", now=NOW))
    assert again_read["proposals"] == []
    # a week on, nothing has moved by itself
    late = ok(cli("show", "2", "--json", now="2026-12-09T12:00"))
    assert late["status"] != "rejected"


def test_the_issues_case_proposes_only_the_rejection_of_the_role_filled(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    deliver(dovecot, "We've filled the Payroll Officer position you also applied for. Your "
            "Finance Systems Analyst process is still very much active and we'll be in touch "
            "next week.", "<two2@stonebridge.example>")
    res = ok(cli("inbox", "--json", now=NOW))
    assert [p["kind"] for p in res["proposals"]] == ["rejected"]
    waiting = ok(cli("inbox", "--pending", "--json", now=NOW))
    assert [p["application"] for p in waiting[0]["proposals"]] == [1]
    done = ok(cli("inbox", "--confirm", str(waiting[0]["id"]), "--json", now=NOW))
    assert done["id"] == 1 and done["status"] == "rejected"
    assert ok(cli("show", "2", "--json", now=NOW))["status"] != "rejected"


def test_mail_that_names_the_employer_but_not_which_role_is_listed_not_guessed(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    """An applicant-tracking system's notice names the hospital but neither role: nothing is
    guessed; the message waits with both applications and the reason, and the candidate
    says which."""
    deliver(dovecot, "Thank you for your interest in Stonebridge Hospital. We regret to "
            "inform you that you have not been selected.", "<tal1@taleo.net>",
            sender="Stonebridge Hospital <no-reply@stonebridge.taleo.net>")
    res = ok(cli("inbox", "--json", now=NOW))
    assert res["proposals"] == [], "no outcome for a role it does not name"
    assert [r["applications"] for r in res["unsure"]] == [[1, 2]], res
    assert "does not say which of #1, #2" in res["unsure"][0]["reason"]
    number = str(res["unsure"][0]["id"])
    unsaid = cli("inbox", "--confirm", number, now=NOW)
    assert unsaid.code != 0 and "--app" in unsaid.stderr
    done = ok(cli("inbox", "--confirm", number, "--app", "2", "--json", now=NOW))
    assert done["id"] == 2 and done["status"] == "responded"
    assert ok(cli("show", "1", "--json", now=NOW))["status"] == "active"


def test_a_reply_logged_for_one_application_logs_its_own_for_the_other(
        cli: Cli, two_roles: None, store: Any) -> None:
    """A reply in the Payroll Officer thread was logged for it (F12); what it proposes for
    the Finance Systems Analyst application logs a reply there when confirmed."""
    from followup import service
    from followup.capture import inbox as cap
    from followup.core.model import EventKind
    from followup.mail.replies import Incoming

    now = datetime(2026, 12, 2, 10, tzinfo=TZ)
    with store.write():
        app = service.log_event(store, 1, EventKind.REPLY, now.date(), now, note="F12")
        row = store.mail.record_message(
            mailbox="m", uidvalidity=1, uid=9, message_id="<9@stonebridge.example>",
            sender="Nadia Rahman <nadia.rahman@stonebridge.example>", subject="Re: Thanks",
            sent_at=now, outcome="reply", reason="in reply to your email",
            event_id=app.events[-1].id, candidates=[1], now=now)
    head = Incoming(9, "<9@stonebridge.example>", "Nadia Rahman <nadia.rahman@stonebridge."
                    "example>", "nadia.rahman@stonebridge.example", "Re: Thanks", now, (), None)
    body = ("The Payroll Officer vacancy has been filled, I'm afraid. The panel would like to "
            "invite you to a second interview for the Finance Systems Analyst role.")
    made = cap.propose(store, now, mailbox="m", uidvalidity=1, mails=[cap.Mail(
        head, b"Subject: Re: Thanks\r\n\r\n" + body.encode() + b"\r\n")],
        rows={9: (row, (1,), "reply")}, own=frozenset(), fallback_tz="America/New_York")
    assert sorted(m["kind"] for m in made) == ["next_round", "rejected"], made
    before = len(store.load(2).events)
    done = ok(cli("inbox", "--confirm", str(row), "--app", "2", "--json", now=NOW))
    assert done["id"] == 2 and len(done["events"]) == before + 1
    assert done["events"][-1]["kind"] == "reply"


def test_one_proposal_of_a_message_about_two_says_which_application(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    """Found by a new user: "(#1, #2) … proposed: they turned you down" left them to guess
    which application was turned down."""
    deliver(dovecot, "The Payroll Officer vacancy has been filled by an internal candidate, "
            "I'm afraid. Your Finance Systems Analyst process is still very much active.",
            "<one1@stonebridge.example>")
    ok(cli("inbox", "--json", now=NOW))
    waiting = ok(cli("inbox", "--pending", "--json", now=NOW))
    assert [p["application"] for p in waiting[0]["proposals"]] == [1], waiting
    listed = " ".join(ok(cli("inbox", "--pending", now=NOW)).split())
    assert "(#1, #2)" in listed and "proposed for #1: they turned you down" in listed


def test_the_other_roles_decision_day_is_its_own_proposal_and_plan(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    """Session 11: a rejection of one role and a decision day for the other, each in a
    sentence naming its role: two proposals; confirming the day sets #2's decision date and
    leaves #1 alone; a week on, nothing moved by itself."""
    deliver(dovecot, "The Payroll Officer vacancy has been filled by an internal candidate, "
            "I'm afraid. For the Finance Systems Analyst post, the panel will decide by Friday "
            "11 December.", "<two9@stonebridge.example>")
    res = ok(cli("inbox", "--json", now=NOW))
    assert sorted(p["kind"] for p in res["proposals"]) == ["decision", "rejected"]
    waiting = ok(cli("inbox", "--pending", "--json", now=NOW))
    assert {(p["application"], p["kind"]) for p in waiting[0]["proposals"]} == {
        (1, "rejected"), (2, "decision")}
    number = str(waiting[0]["id"])
    before = ok(cli("show", "2", "--json", now=NOW))
    ok(cli("inbox", "--confirm", number, "--app", "2", "--json", now=NOW))
    after = ok(cli("show", "2", "--json", now=NOW))
    assert "2026-12-11" in str(after) and "2026-12-11" not in str(before), after
    assert ok(cli("show", "1", "--json", now=NOW))["status"] != "rejected", "#1 untouched"
    late = ok(cli("show", "1", "--json", now="2026-12-09T12:00"))
    assert late["status"] != "rejected"


def test_confirmed_for_one_it_can_still_be_logged_for_the_other_once(
        cli: Cli, two_roles: None, dovecot: Dovecot) -> None:
    """Found by session 12's new-user walk: "we've filled the Payroll Officer position …
    your Finance Systems Analyst process is still very much active" confirmed without --app
    rejected #1 and closed the message, and `--confirm N --app 2` then said "already
    confirmed": #2 never had its reply logged and its follow-up stayed due. Now the
    confirmation says the message could answer #2 too, logging it there works once, and a
    second time refuses."""
    deliver(dovecot, "We've filled the Payroll Officer position you also applied for. Your "
            "Finance Systems Analyst process is still very much active and Greg will be in "
            "touch.", "<two12@stonebridge.example>")
    ok(cli("inbox", "--json", now=NOW))
    number = str(ok(cli("inbox", "--pending", "--json", now=NOW))[0]["id"])
    said = " ".join(ok(cli("inbox", "--confirm", number, now=NOW)).split())
    assert f"could also answer #2: `followup inbox --confirm {number} --app 2`" in said
    assert ok(cli("show", "1", "--json", now=NOW))["status"] == "rejected"
    before = ok(cli("show", "2", "--json", now=NOW))
    done = ok(cli("inbox", "--confirm", number, "--app", "2", "--json", now=NOW))
    assert done["id"] == 2 and done["status"] != "rejected"
    assert len(done["events"]) == len(before["events"]) + 1
    assert done["events"][-1]["kind"] == "reply"
    twice = cli("inbox", "--confirm", number, "--app", "2", now=NOW)
    assert twice.code != 0 and "already logged for #2" in twice.stderr
    assert "Traceback" not in twice.stderr
    assert len(ok(cli("show", "2", "--json", now=NOW))["events"]) == len(done["events"])
    back = cli("inbox", "--confirm", number, "--app", "1", now=NOW)
    assert back.code != 0, "never applied twice for #1 either"
    # undo takes #2's reply back, and it can be logged again
    assert cli("undo", now=NOW).code == 0
    assert len(ok(cli("show", "2", "--json", now=NOW))["events"]) == len(before["events"])
    again = ok(cli("inbox", "--confirm", number, "--app", "2", "--json", now=NOW))
    assert len(again["events"]) == len(done["events"])
