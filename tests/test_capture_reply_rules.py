"""The reply rules of session 7 (issue 23), each with wordings of our own that neither
labelled corpus has: how employers say no, yes to another round and yes to the job, what is
not news, and the decision day (the writer's date order, a corrected day, a day confirmed
from the quoted message, none beside a rejection)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.capture import inbox
from followup.capture.matching import Facts, answering_machine, by_sender_name, settle
from followup.capture.replies import day_first, read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday


def outcome(text: str) -> str:
    return read_reply(text, SENT, "Europe/London").outcome


@pytest.mark.parametrize("text", [
    "We've paused hiring for this role until further notice.",
    "The team has put the role on hold for the foreseeable future.",
    "We are putting the search on hold while we restructure.",
    "Hiring for the position has been paused.",
    "There is now a hiring freeze across the department, so the vacancy is frozen.",
])
def test_a_role_on_hold_paused_or_frozen_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We haven't put the role on hold, don't worry.",
    "If the search is paused, I'll tell you straight away.",
    "The hiring freeze doesn't affect your role.",
    "We're pausing the search over the holidays and will pick it back up on 5 January.",
    "Is the role on hold?",
])
def test_a_hold_denied_conditional_asked_or_picked_up_again_is_not(text: str) -> None:
    assert outcome(text) != "rejected"


@pytest.mark.parametrize("text", [
    "Sadly you have been unsuccessful on this occasion.",
    "We won't be progressing your application any further.",
    "The hiring panel has decided not to proceed with your candidacy.",
    "Ultimately we went with a candidate who had more fintech exposure.",
    "We've made the difficult decision not to move ahead with your application.",
    "I'm sorry to let you know that we won't be offering you the role.",
    "You were a strong contender, but we've gone with someone who has led a larger team.",
])
def test_many_ways_of_saying_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "The panel were impressed and want to get you back in to go deeper on system design.",
    "We'd love to get you in front of our CEO for one last conversation.",
    "Everyone agreed you should go on to the last stage of our process.",
    "Could you send over details for two referees?",
    "We're now at the reference check stage and would like to contact your referees.",
    "Your application has progressed to the assessment stage.",
    "Your application for Line Cook at Saffron Row has moved to the Kitchen Trial stage.",
    "We'd love to have you back for a final round with the CTO.",
    "We would like you to complete a HackerRank coding challenge.",
])
def test_another_round_references_and_a_stage_moved_to(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize("text", [
    "This is a reminder of your final interview tomorrow at 2pm.",
    "Reminder: your panel interview starts at 9:30 on Thursday.",
    "We're wrapping up final interviews this week and will be in touch.",
    "Just confirming your second interview on Tuesday at 10am.",
    "Following your onsite, please send your train tickets with the expenses form.",
    "Can you confirm which of your references we may call?",
    "Your application has moved to the review stage.",
])
def test_an_interview_already_arranged_or_the_employers_own_is_no_next_round(
        text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "I'm happy to share a verbal offer with you today.",
    "We want to move ahead with an offer.",
    "The team has agreed to proceed with an offer for you.",
])
def test_offers_in_other_words(text: str) -> None:
    assert outcome(text) == "offer"


@pytest.mark.parametrize("text", [
    "Our verbal offer to another candidate was accepted.",
    "We won't move forward with an offer until the budget is signed off.",
    "Once approved, we'll proceed with an offer.",
])
def test_an_offer_to_someone_else_refused_or_conditional_is_none(text: str) -> None:
    assert outcome(text) != "offer"


@pytest.mark.parametrize(("text", "day"), [
    ("We were aiming to wrap this up by the 2nd, but it has slipped to the 9th.",
     date(2026, 12, 9)),
    ("We planned to decide on Friday; realistically it will be more like next Tuesday.",
     date(2026, 12, 8)),
    ("Our target was 4 December but we've pushed it back to 8 December.", date(2026, 12, 8)),
])
def test_the_new_day_of_a_corrected_date(text: str, day: date) -> None:
    assert read_reply(text, SENT, "Europe/London").day == day


def test_the_writers_date_order_from_the_signature_and_the_language_tag() -> None:
    assert day_first("jo@acme.com", text="Kind regards\nJo\nTel: +44 (0)20 7946 0123")
    assert day_first("jo@acme.com", text="Jo Bloggs\nRecruiter\n020 7946 0123")
    assert day_first("jo@acme.com", text="en-GB\nHi Sam")
    assert day_first("jo@acme.com.au") and day_first("aoife@acme.ie")
    assert not day_first("jo@acme.com", text="Jo\n+1 415 555 0101")
    assert not day_first("jo@acme.io")
    quoted = "Thanks!\n\nOn Mon, 30 Nov 2026, Sam wrote:\n> call me on +44 7700 900123"
    assert not day_first("jo@acme.com", text=quoted), "the candidate's own number, quoted"


def test_a_date_confirmed_from_the_message_it_answers() -> None:
    body = ("Hi Sam,\n\nYep, that timeline still holds. Speak soon!\n\nMo\n\n"
            "On Wed, 25 Nov 2026 at 09:12, Sam Candidate <sam@gmail.com> wrote:\n"
            "> Hi Mo, you said you hoped to reach a decision by Friday 4 December - is that"
            " still right?\n")
    got = read_reply(body, SENT, "Europe/London")
    assert (got.outcome, got.day) == ("decision", date(2026, 12, 4))
    plain = read_reply("Hi Sam, all good here, thanks!\n\n> we will decide by 4 December\n",
                       SENT, "Europe/London")
    assert plain.day is None, "a quoted day counts only when the reply says it still stands"


APPS = [{"id": 1, "company": "Saffron Row", "role": "Line Cook",
         "interviewers": [{"name": "Dev Okoro", "email": "dev@saffronrow.example"}],
         "coordinator": {"name": "Lise Brandt", "email": "lise@saffronrow.example"},
         "sent": []},
        {"id": 2, "company": "Ferngate Labs", "role": "Lab Technician",
         "interviewers": [{"name": "Ana Ruiz", "email": "ana@ferngate.example"}],
         "coordinator": None, "sent": []}]


def message(sender: str, body: str, extra: str = "", subject: str = "Update") -> bytes:
    return (f"From: {sender}\nTo: Sam <sam@gmail.com>\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <x1@example>\n{extra}"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def test_an_ats_notice_is_read_though_its_headers_say_a_machine_sent_it() -> None:
    raw = message("Saffron Row <no-reply@jobs.workablemail.com>",
                  "Hi Sam,\n\nGood news: you're through to the Kitchen Trial round for Line "
                  "Cook at Saffron Row. Pick a slot here: https://x.example/slot\n",
                  "Auto-Submitted: auto-generated\nList-Unsubscribe: <mailto:u@x.example>\n")
    got = inbox.evaluate(raw, APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"]) == (1, "next_round"), got
    assert answering_machine("automatic (auto-generated)", "no-reply@jobs.workablemail.com") \
        is False
    assert answering_machine("automatic (auto-replied)", "dev@saffronrow.example")


def test_a_hiring_manager_on_a_personal_address_is_matched_by_full_name() -> None:
    raw = message("Ana Ruiz <ana.ruiz.1987@yahoo.com>",
                  "Sam, sorry for the personal address - I'm off sick but wanted you to know "
                  "we'd like to make you an offer. Paperwork will be with you by 4 December.")
    got = inbox.evaluate(raw, APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"], got["day"]) == (2, "offer", "2026-12-04"), got
    assert "personal address" in got["why"]
    facts = [Facts(1, "Saffron Row", "Line Cook", ("Dev Okoro",))]
    assert by_sender_name(facts, "dev  OKORO") == [1]
    assert by_sender_name(facts, "Dev") == [], "a first name alone says too little"
    assert settle([], "", True, "dev@gmail.com", "Dev Smith", "", "", facts)[0] == []


def test_no_decision_day_beside_a_no_nor_on_the_days_own_afternoon() -> None:
    no = inbox.evaluate(message("Dev Okoro <dev@saffronrow.example>",
                                "It was close on Tuesday, but we've decided to offer the job "
                                "to someone with more pastry experience."),
                        APPS, frozenset({"sam@gmail.com"}))
    assert (no["outcome"], no["day"]) == ("rejected", None)
    yes = inbox.evaluate(message("Dev Okoro <dev@saffronrow.example>",
                                 "We'd like to offer you the job! I'll send the contract "
                                 "over this afternoon."), APPS, frozenset({"sam@gmail.com"}))
    assert (yes["outcome"], yes["day"]) == ("offer", None)
    later = inbox.evaluate(message("Dev Okoro <dev@saffronrow.example>",
                                   "We'd like you to join us as our new Line Cook. The contract "
                                   "will be with you by Thursday."), APPS,
                           frozenset({"sam@gmail.com"}))
    assert (later["outcome"], later["day"]) == ("offer", "2026-12-03")
    everyone = inbox.evaluate(message("Dev Okoro <dev@saffronrow.example>",
                                      "Could you come in for a trial day on 2/12? We'll let all "
                                      "the candidates know by 9/12.",
                                      "Content-Language: en-GB\n"),
                              APPS, frozenset({"sam@gmail.com"}))
    assert (everyone["outcome"], everyone["day"]) == ("next_round", "2026-12-09")


def test_back_tomorrow_is_read_on_the_writers_own_clock() -> None:
    from followup.capture.replies import back_day

    late = datetime.fromisoformat("2026-12-08T22:29:00-05:00")  # already the 9th in London
    text = "I'm away from my desk today and will be back tomorrow."
    assert back_day(text, late, "Europe/London") == date(2026, 12, 9)


@pytest.mark.parametrize(("text", "want"), [
    ("Unfortunately the hiring manager has left so we can't continue the process for this "
     "role.", "rejected"),
    ("The team loved your portfolio and we'd like to get a follow-up on the calendar with our "
     "design director.", "next_round"),
])
def test_the_learned_reader_names_what_no_rule_knows(text: str, want: str) -> None:
    assert read_reply(text, SENT, "Europe/London", learned=False).outcome == "reply"
    assert outcome(text) == want


@pytest.mark.parametrize("text", [
    "We haven't put the role on hold, don't worry.",
    "The hiring freeze doesn't affect your role.",
    "Your application has moved to the review stage.",
    "We hope to have the offer approved soon.",
    "Just checking you received the calendar invite for tomorrow's final interview.",
    "Thanks for your note, I'll chase the team and come back to you.",
])
def test_the_learned_reader_never_overrules_what_the_rules_judged(text: str) -> None:
    assert outcome(text) not in ("rejected", "next_round", "offer")


def test_without_its_model_file_the_rules_read_alone(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    from followup.capture import reply_model

    text = ("Unfortunately the hiring manager has left so we can't continue the process for "
            "this role.")
    with monkeypatch.context() as patch:
        patch.setattr(reply_model, "PATH", tmp_path / "gone.json")
        reply_model._model.cache_clear()
        assert outcome(text) == "reply"
    reply_model._model.cache_clear()
    assert outcome(text) == "rejected"
