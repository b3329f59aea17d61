"""Drafts that know the story (issue 13): what stood out (--noted), greetings, the history of
the application, cancelled steps, the rejection reply, LinkedIn notes, letters and the voice
of each locale. Through the command line, against a real database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
CONNECTIONS = Path(__file__).parent / "fixtures" / "contacts" / "Connections.csv"
ADD = ("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
       "--tz", "America/New_York")


@pytest.fixture
def me(cli: Cli) -> Cli:
    assert cli("me", "--name", "Ana Lima", "--email", "ana@mail.example", "--phone",
               "212 555 0147", "--region", "US").code == 0
    return cli


def _steps(cli: Cli, app_id: int) -> list[dict[str, Any]]:
    return list(cli("show", str(app_id), "--all", "--json").json()["steps"])


def _step(cli: Cli, app_id: int, kind: str, n: int = 0) -> int:
    return int([s for s in _steps(cli, app_id) if s["kind"] == kind][n]["id"])


def test_what_stood_out_reaches_each_interviewers_thank_you(me: Cli) -> None:
    res = me(*ADD, "--with", "Jane Doe <jane@acme.example>", "--with",
             "Raj Patel <raj@acme.example>", "--noted", "Jane: the dbt migration",
             "--noted", "Raj: the on-call rota", "--json")
    assert res.code == 0, res.stderr
    jane, raj = (me("draft", str(_step(me, 1, "thank_you", n)), "--json").json()
                 for n in (0, 1))
    assert "the dbt migration" in jane["body"] and "on-call" not in jane["body"]
    assert "the on-call rota" in raj["body"] and "dbt" not in raj["body"]
    week1 = me("draft", str(_step(me, 1, "follow_up")), "--json").json()
    assert "the dbt migration" in week1["body"]
    assert "what stood out: Jane Doe: the dbt migration; Raj Patel: the on-call rota" in \
        me("show", "1").stdout
    assert me("check", str(_step(me, 1, "thank_you"))).code == 0


def test_without_a_note_the_draft_has_no_placeholder_and_says_how_to_add_one(me: Cli
                                                                            ) -> None:
    """Nothing noted: the draft speaks of the conversation in general, never "[...]"; the
    notice says how to make it specific; a placeholder typed in is still flagged."""
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>").code == 0
    step = _step(me, 1, "thank_you")
    res = me("draft", str(step))
    assert "[" not in res.stdout and "one thing you talked about" not in res.stdout
    assert "--noted" in res.stderr  # how to record it next time
    assert me("check", str(step)).code == 0
    piped = me("check", "-", input=res.stdout.replace(
        "Kind regards", "I enjoyed [one thing you talked about].\n\nKind regards").replace(
        "Best regards", "I enjoyed [one thing you talked about].\n\nBest regards").replace(
        "With thanks", "I enjoyed [one thing you talked about].\n\nWith thanks"))
    assert piped.code == 1 and "one thing you talked about" in piped.stdout


def test_noted_on_a_further_round(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>").code == 0
    res = me("interview", "1", "--at", "2026-11-30 10:00", "--with",
             "Kim Lee <kim@acme.example>", "--noted", "Kim: the pricing model",
             now="2026-11-30T18:00")
    assert res.code == 0, res.stderr
    steps = [s for s in _steps(me, 1) if s["kind"] == "thank_you" and s["status"] == "pending"]
    body = me("draft", str(steps[-1]["id"]), "--json", now="2026-11-30T18:00").json()["body"]
    assert "the pricing model" in body


@pytest.mark.parametrize("noted", ["Bobby: the roadmap", "x" * 300])
def test_a_bad_note_is_refused_and_changes_nothing(me: Cli, db_path: Path, noted: str) -> None:
    res = me(*ADD, "--with", "Bob Stone <bob@acme.example>", "--noted", noted)
    assert res.code == 2 and res.stderr.count("\n") == 1 and "--noted" in res.stderr
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    conn.close()


def test_a_greeting_of_their_own(me: Cli) -> None:
    assert me(*ADD, "--with", "Jo Anne Smith-Kim <jo@acme.example>",
              "--noted", "Jo Anne: the dbt migration").code == 0
    step = str(_step(me, 1, "thank_you"))
    assert "Dear Jo Anne," in me("draft", step).stdout
    pid = me("show", "1", "--json").json()["interviews"][0]["interviewers"][0]["id"]
    shown = me("interviewer", str(pid), "--greeting", "Ms. Smith-Kim", "--json")
    assert shown.code == 0 and shown.json()["greeting"] == "Ms. Smith-Kim"
    assert "Dear Ms. Smith-Kim," in me("draft", step).stdout


def test_not_a_fit_thanks_without_claiming_interest(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>", "--fit", "no",
              "--noted", "Jane: the team's tools").code == 0
    for phrasing in ("1", "2", "3"):
        body = me("draft", str(_step(me, 1, "thank_you")), "--phrasing", phrasing).stdout
        assert "interest" not in body.lower() and "next steps" not in body
        assert "hope to hear" not in body


def test_a_rejection_offers_the_reply_and_cancelled_steps_warn(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>").code == 0
    follow_up = _step(me, 1, "follow_up")
    logged = me("log", "1", "rejected")
    assert logged.code == 0 and "draft --app 1 --as rejection-reply" in logged.stderr
    stale = me("draft", str(follow_up))
    assert stale.code == 0 and "cancelled" in stale.stderr and "rejection" in stale.stderr
    assert "--as rejection-reply" in stale.stderr
    reply = me("draft", "--app", "1", "--as", "rejection-reply")
    assert reply.code == 0 and "Dear Jane," in reply.stdout and "cancelled" not in reply.stderr
    assert me("draft", "--app", "1").code == 2  # --app needs --as
    assert me("draft", "1", "--app", "1", "--as", "withdrawal").code == 2
    assert me("draft", "--app", "99", "--as", "withdrawal").code == 1


def test_the_second_status_check_knows_their_reply(me: Cli) -> None:
    from followup.messages.drafts import content_sentences

    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>", "--decision-by", "2026-11-25",
              "--noted", "Jane: the dbt migration").code == 0
    first = next(s for s in _steps(me, 1) if s["rule"] == "F5")
    before = me("draft", str(first["id"]), "--json", now="2026-11-27T09:00").json()["body"]
    assert me("done", str(first["id"]), now="2026-11-27T09:30").code == 0  # sent: it thanked
    assert me("log", "1", "reply", "--on", "2026-12-01", "--note", "Still deciding",
              "--decision-by", "2026-12-08", now="2026-12-01T18:00").code == 0
    second = next(s for s in _steps(me, 1) if s["rule"] == "F5" and s["status"] == "pending")
    after = me("draft", str(second["id"]), "--json", now="2026-12-10T18:00").json()["body"]
    assert "your message of Tuesday, December 1" in after and "December 8" in after
    assert not content_sentences(before) & content_sentences(after)


def test_a_done_step_warns(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>").code == 0
    step = _step(me, 1, "thank_you")
    assert me("done", str(step)).code == 0
    res = me("draft", str(step))
    assert res.code == 0 and "already done" in res.stderr


def test_a_missed_thank_you_is_carried_by_the_next_touch(me: Cli, store: Any) -> None:
    """The rolling plan marks a thank-you whose window passed `missed`; the week +1
    note then thanks them properly."""
    from dataclasses import replace
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.core.model import StepKind, StepStatus
    from followup.messages import catalog, drafts, facts, render

    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>",
              "--noted", "Jane: the dbt migration").code == 0
    stored = store.load(1)
    week1 = next(s for s in stored.steps if s.kind is StepKind.FOLLOW_UP)
    app = replace(stored, steps=tuple(  # thanked on time
        replace(s, status=StepStatus.DONE, done_on=s.due)
        if s.kind is StepKind.THANK_YOU else s for s in stored.steps))
    missed = replace(stored, steps=tuple(replace(s, status=StepStatus.MISSED)
                                      if s.kind is StepKind.THANK_YOU else s
                                      for s in stored.steps))
    info = catalog.TEMPLATES["follow_up"]
    now = datetime(2026, 11, 30, 18, tzinfo=ZoneInfo("America/New_York"))
    profile = drafts.get_profile(store)
    for variant in range(3):
        plain = facts.build(app, week1, profile, info, variant, now, facts.Options())
        late = facts.build(missed, week1, profile, info, variant, now, facts.Options())
        assert not plain.variables["thanks_missed"] and late.variables["thanks_missed"]
        before = render.render("follow_up", plain.context).split("\n\n")[2]
        after = render.render("follow_up", late.context).split("\n\n")[2]
        assert "again" in before or "once more" in before
        assert "again" not in after and "once more" not in after and "thank" in after


def test_voicemails_name_the_company(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>", "--call-in", "4").code == 0
    call = str(_step(me, 1, "call"))
    for phrasing in ("1", "2", "3"):
        body = me("draft", call, "--phrasing", phrasing).stdout
        voicemail = body.split("If you reach voicemail:")[1]
        assert "Acme" in voicemail and "Data Analyst" in voicemail
        assert voicemail.count("two-one-two, five-five-five") == 2
        assert "Where does the process stand?" not in body


def test_an_update_reads_as_one_sentence(me: Cli) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>",
              "--noted", "Jane: the dbt migration").code == 0
    week1 = str(_step(me, 1, "follow_up"))
    for phrasing in ("1", "2", "3"):
        body = me("draft", week1, "--phrasing", phrasing, "--update",
                  "I have since finished my AWS certification.").stdout
        assert "I have since finished my AWS certification." in body
        assert "since we spoke, i have some news" not in body.lower()


def test_a_network_note_takes_the_address_the_import_holds(me: Cli) -> None:
    assert me("add", "Stripe", "--role", "Data Engineer", "--interviewed", "2026-11-23 10:00",
              "--with", "Jane Doe <jane@stripe.example>").code == 0
    assert me("network", "import", str(CONNECTIONS)).code == 0
    step = next(s for s in _steps(me, 1) if s["kind"] == "network")
    assert step["to"] == ["Priya Raman"]
    doc = me("draft", str(step["id"]), "--json").json()
    assert "priya.raman@mail.example" in str(doc["to"]) and doc["subject"]
    res = me("draft", str(step["id"]))
    assert "--email" not in res.stderr and "agreed" not in res.stderr


def test_a_note_on_linkedin_is_short_with_no_subject(me: Cli) -> None:
    """Sam Lee's export row has no address: the note is a LinkedIn message."""
    assert me("add", "Stripe", "--role", "Data Engineer", "--interviewed", "2026-11-23 10:00",
              "--with", "Jane Doe <jane@stripe.example>").code == 0
    assert me("network", "import", str(CONNECTIONS)).code == 0
    close = str(_step(me, 1, "close"))
    doc = me("draft", close, "--as", "network", "--to", "Sam Lee", "--json").json()
    assert doc["subject"] is None and doc["channel"] == "linkedin"
    assert len(doc["body"]) < 500 and not doc["body"].lower().startswith("subject")
    res = me("draft", close, "--as", "network", "--to", "Sam Lee")
    assert "Subject:" not in res.stdout and "agreed" not in res.stderr


@pytest.mark.parametrize(("locale", "present", "absent"), [
    ("en-US", ["Monday, November 23,"], ["learnt", "organising", "reach me on"]),
    # A US listener hears "Monday, November 23rd" in a call script; never written US dates.
    ("en-GB", ["Monday 23 November"],
     ["organizing", "Monday, November 23,", "Monday, November 23 "]),
])
def test_the_voice_of_the_locale(me: Cli, locale: str, present: list[str],
                                 absent: list[str]) -> None:
    assert me(*ADD, "--with", "Jane Doe <jane@acme.example>", "--with", "Raj Patel",
              "--coordinator", "Sam Rivera <sam@acme.example>",
              "--noted", "Jane: the dbt migration").code == 0
    texts = []
    for s in _steps(me, 1):
        for phrasing in ("1", "2", "3"):
            res = me("draft", str(s["id"]), "--locale", locale, "--phrasing", phrasing)
            assert res.code == 0, res.stderr
            texts.append(res.stdout)
    text = "\n".join(texts)
    assert all(p in text for p in present)
    assert not [a for a in absent if a in text]
    assert me("draft", "1", "--locale", "fr-FR").code == 2
