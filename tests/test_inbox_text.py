"""What `followup inbox` prints, as a new user met it (issue 23, point 2): lines wrapped at
the terminal's width, a proposal's quote cut between words with its day inside, a machine's
message that proposes something listed once, `--app` with a wrong number and a message
already logged said in words, and "edit ID" hints with the application's number."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.core.excerpt import quote
from followup.core.unknown import with_number
from followup.store.sqlite import Store

Cli = Callable[..., Any]
SAID = ("Thank you again for coming in on Tuesday to meet the whole team; everyone enjoyed the "
        "conversation and we expect to decide by Friday, January 29 at the latest.")


def test_a_quote_keeps_the_day_it_justifies_and_cuts_between_words() -> None:
    got = quote(SAID, 120)
    assert len(got) <= 120
    assert "Friday, January 29" in got
    words = set(SAID.replace(",", " ").replace(";", " ").replace(".", " ").split())
    inner = got.strip("…").replace(",", " ").replace(";", " ").replace(".", " ").split()
    assert set(inner) <= words, "no word is cut in two"
    assert quote("An update for you by 3/12.", 120) == "An update for you by 3/12."
    short = quote("We will be in touch soon about the role and the team, with more details "
                  "about the process and the people you would meet next time.", 60)
    assert len(short) <= 60 and short.endswith("…") and " " not in short[-2:]


def test_a_hint_names_the_application() -> None:
    assert with_number("role unknown (followup edit ID --role ROLE)", 7) == \
        "role unknown (followup edit 7 --role ROLE)"


@pytest.fixture
def eighty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def test_the_report_wraps_at_80_and_lists_an_out_of_office_once(
        eighty: None, capsys: pytest.CaptureFixture[str]) -> None:
    from followup.cli.mail import _print_report, _print_waiting
    from followup.mail.inbox import Report

    sender = "Charlotte Davies-Worthington <charlotte.davies-worthington@fenwickhale.co.uk>"
    ooo = {"id": 12, "from": sender, "subject": "Out of Office: Thank you - Client Services "
           "Executive", "date": "2027-01-20T11:02:00-06:00", "reason": "automatic "
           "(auto-replied), from charlotte.davies@fenwickhale.co.uk, a person you know there"}
    bot = {**ooo, "id": 14, "subject": "Your application was received"}
    report = Report("me@example.test/INBOX", read=2, ignored=[ooo, bot])
    waiting = [{**ooo, "applications": [17], "proposal": {
        "summary": "they are away until Mon 01 Feb: pause the chase until then — “" +
        quote(SAID, 140) + "”"}}]
    _print_report(report, {12})
    _print_waiting(waiting)
    out = capsys.readouterr().out
    assert max(map(len, out.splitlines())) <= 80, out
    assert out.count("Out of Office") == 1, "once, where it proposes something"
    flat = " ".join(out.split())
    ignored = flat.split("Ignored, sent by a machine:")[1].split("Waiting for you")[0]
    assert "Your application was received" in ignored and "Out of Office" not in ignored
    assert "Friday, January 29" in flat


def test_confirm_with_a_wrong_app_and_a_message_already_logged(cli: Cli, store: Store
                                                              ) -> None:
    sent = datetime(2027, 1, 20, 9, tzinfo=ZoneInfo("UTC"))
    with store.write():
        row = store.mail.record_message(
            mailbox="me@example.test/INBOX", uidvalidity=1, uid=7, message_id="<m7@x.test>",
            sender="Omar Haddad <omar@quarrystone.example>", subject="Timing",
            sent_at=sent, outcome="reply", reason="from omar@quarrystone.example",
            event_id=None, candidates=[], now=sent)
    wrong = cli("inbox", "--confirm", str(row), "--app", "99", now="2027-01-21T10:00")
    assert wrong.code != 0 and "no application with id 99" in wrong.stderr
    again = cli("inbox", "--confirm", str(row), now="2027-01-21T10:00")
    assert again.code != 0
    assert f"message {row} is already logged as a reply; nothing changed" in again.stderr
