"""`followup add` in a terminal asks the capture questions (C1-C7): each answer is checked as it
is given, a summary is confirmed, and Ctrl-C keeps a draft. Driven through a real
pseudo-terminal (pexpect), as a person would type."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from followup.store.sqlite import Store

SRC = Path(__file__).resolve().parents[1] / "src"
NOW = "2026-11-23T18:00"


@pytest.fixture
def term(db_path: Path) -> Iterator[pexpect.spawn]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "FOLLOWUP_TZ": "America/New_York",
           "COLUMNS": "100", "NO_COLOR": "1"}
    child = pexpect.spawn(sys.executable, ["-m", "followup", "--db", str(db_path), "--now", NOW,
                                           "add"], env=env, encoding="utf-8", timeout=60,
                          dimensions=(40, 100))
    yield child
    child.close(force=True)


def say(child: pexpect.spawn, prompt: str, answer: str) -> None:
    child.expect_exact(prompt)
    child.sendline(answer)


def load(db_path: Path, app_id: int = 1):  # type: ignore[no-untyped-def]
    store = Store(db_path)
    try:
        return store.load(app_id)
    finally:
        store.close()


def test_each_answer_is_checked_and_asked_again(term: pexpect.spawn, db_path: Path) -> None:
    say(term, "Company", "Initech")
    say(term, "Role", "Backend Engineer")
    say(term, "Time zone", "Mars/Olympus")
    term.expect_exact("please try again")  # the zone is refused at once, not at the end
    say(term, "Time zone", "")  # Enter keeps the default shown
    say(term, "When was the interview?", "2026-11-31 10:00")
    term.expect_exact("not a real date")
    say(term, "When was the interview?", "2026-11-23 10:00")
    say(term, "Interviewer", "Bill <not an address>")
    term.expect_exact("please try again")
    say(term, "Interviewer", "Bill Lumbergh <bill@initech.example>")
    say(term, "One thing you talked about", "the TPS report cover sheets")
    say(term, "Interviewer", "")
    say(term, "Who arranged it", "Joan <joan@initech.example>")
    say(term, "In person, video or phone", "zoom")
    term.expect_exact("please try again")
    say(term, "In person, video or phone", "phone")
    say(term, "final round", "")
    say(term, "fit for you", "")
    say(term, "expect to decide", "2026-11-27")
    say(term, "Their words", "After the team offsite")
    say(term, "Will every candidate hear back", "perhaps")
    term.expect_exact("please try again")
    say(term, "Will every candidate hear back", "no")
    say(term, "agree a date", "")
    say(term, "call me in N days", "")
    say(term, "Anything they asked you to send", "The portfolio link")
    say(term, "Thank-you by", "sms")
    term.expect_exact("(T4)")
    say(term, "Thank-you by", "email")
    say(term, "public holidays", "")
    term.expect_exact("Your answers:")
    term.expect_exact("Company: Initech")
    term.expect_exact("Whose public holidays are days off: US")
    say(term, "Record it?", "yes")
    term.expect_exact("Backend Engineer")  # the stored plan is shown
    term.expect(pexpect.EOF)
    term.close()
    assert term.exitstatus == 0
    app = load(db_path)
    tl = app.interviews[0].timeline
    assert (app.company, app.role, app.holidays) == ("Initech", "Backend Engineer", "US")
    assert str(tl.decision_by) == "2026-11-27" and tl.note == "After the team offsite"
    assert tl.all_contacted is False and tl.needs == "The portfolio link"
    assert [n.rule for n in app.notices] == ["C2"]
    assert app.steps[0].rule == "T2" and "portfolio" in app.steps[0].why  # C6
    assert next(s.rule for s in app.steps if s.kind.value != "thank_you") == "F5"
    assert [p.name for p in app.interviews[0].interviewers] == ["Bill Lumbergh"]
    assert app.interviews[0].interviewers[0].noted == "the TPS report cover sheets"
    assert (app.interviews[0].medium, app.interviews[0].final) == ("phone", False)


def _to_summary(term: pexpect.spawn, *, when: str, fit: str = "yes") -> None:
    say(term, "Company", "Hooli")
    say(term, "Role", "Analyst")
    say(term, "Time zone", "")
    say(term, "When was the interview?", when)
    say(term, "Interviewer", "Gavin <gavin@hooli.example>")
    say(term, "One thing you talked about", "")
    say(term, "Interviewer", "")
    say(term, "Who arranged it", "")
    say(term, "In person, video or phone", "")
    say(term, "final round", "")
    say(term, "fit for you", fit)
    if fit == "yes":
        for prompt in ("expect to decide", "Their words", "Will every candidate",
                       "agree a date", "call me in N days", "Anything they asked"):
            say(term, prompt, "")
    say(term, "Thank-you by", "")
    say(term, "public holidays", "")
    term.expect_exact("Your answers:")


def test_a_poor_fit_asks_nothing_more_and_a_summary_answer_can_be_changed(
        term: pexpect.spawn, db_path: Path) -> None:
    _to_summary(term, when="2026-11-23 10:00", fit="no")
    term.expect_exact("Role: Analyst")
    say(term, "Record it?", "2")  # change the role
    say(term, "Role", "Senior Analyst")
    term.expect_exact("Role: Senior Analyst")
    say(term, "Record it?", "y")
    term.expect(pexpect.EOF)
    app = load(db_path)
    assert app.role == "Senior Analyst"
    assert [s.kind.value for s in app.steps] == ["thank_you", "close"]  # C7


def test_a_check_across_answers_sends_you_back_to_the_summary(term: pexpect.spawn,
                                                            db_path: Path) -> None:
    _to_summary(term, when="2024-11-23 10:00")
    say(term, "Record it?", "yes")
    # Two years ago: most likely a typo, so it asks; saying no goes back to the answers.
    say(term, "Record it anyway?", "n")
    term.expect_exact("Change the answer it is about")
    say(term, "Record it?", "4")
    say(term, "When was the interview?", "2026-11-23 10:00")
    say(term, "Record it?", "yes")
    term.expect(pexpect.EOF)
    assert load(db_path).interviews[0].at.year == 2026


def test_ctrl_c_keeps_a_draft_that_the_next_add_resumes(db_path: Path,
                                                        term: pexpect.spawn) -> None:
    say(term, "Company", "Umbrella")
    say(term, "Role", "Data Scientist")
    term.expect_exact("Time zone")
    term.sendintr()  # Ctrl-C
    say(term, "Keep your answers as a draft", "y")
    term.expect_exact("your answers are kept")
    term.expect(pexpect.EOF)
    term.close()
    assert term.exitstatus == 2
    draft = db_path.parent / "add-draft.json"
    assert draft.is_file() and (draft.stat().st_mode & 0o777) == 0o600
    assert not db_path.exists() or Store(db_path).application_ids() == []

    env = {**os.environ, "PYTHONPATH": str(SRC), "FOLLOWUP_TZ": "America/New_York"}
    again = pexpect.spawn(sys.executable, ["-m", "followup", "--db", str(db_path), "--now",
                                           NOW, "add"], env=env, encoding="utf-8", timeout=60)
    try:
        say(again, "Continue with them?", "")
        again.expect_exact("[Umbrella]")  # the kept answer is offered as the default
        again.sendline("")
        again.expect_exact("[Data Scientist]")
        again.sendintr()
        say(again, "Keep your answers as a draft", "n")
        again.expect_exact("nothing recorded")
        again.expect(pexpect.EOF)
    finally:
        again.close(force=True)
    assert not draft.exists()


def test_add_without_company_outside_a_terminal_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("add")
    assert res.code == 2
    assert "give the COMPANY" in res.stderr
