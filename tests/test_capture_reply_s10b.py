"""Reply outcomes made general in session 10's second round (issue 23), after the eighth
blind reply set was retired into development (blind_dev13): each habit is tried first on
wordings of our own that no labelled corpus has (a dental practice, a games studio, a
brewery, a council, a freight firm's portal; British, Irish, American and Australian
writers), and each has its refusals beside it: what looks like it and is not an outcome."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.replies import read_reply, sentences

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday


def outcome_of(text: str) -> str | None:
    got = read_reply(text, SENT, "Europe/London").outcome
    return got if got in ("rejected", "next_round", "offer") else None


# a dash, like a full stop, ends the "no" before its reason: "we've gone another way – …"
@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nWe've decided to go another way – the practice wanted someone with more "
    "orthodontic experience.\n\nAll the best, Niamh",
    "Sorry Sam, the studio went in a different direction - a senior tools programmer.",
])
def test_a_dash_ends_a_no_before_its_reason(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We might go another way - a shorter panel - if that suits you better.",
    "We're taking another route — the interview will be on Teams, not in person.",
])
def test_a_dash_does_not_make_a_change_of_plan_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# spoken contractions: "gonna" is "going to"
@pytest.mark.parametrize("text", [
    "Mate, we're gonna pass this time. Budget got cut.",
    "Gonna pass on this one, sorry - the brewery's holding off on hires.",
])
def test_gonna_pass_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


# the job offer denied, said with "going to", "make" or "extend"
@pytest.mark.parametrize("text", [
    "After the panel we're not going to make you an offer, I'm afraid.",
    "The council isn't going to extend a formal offer for the Planning Officer post.",
])
def test_an_offer_denied_with_going_to_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We're not going to make an offer until the references are back.",
    "We can't make the offer call on Monday; could we do Tuesday?",
])
def test_an_offer_only_put_off_is_no_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# a portal's notice that the offer waits for the candidate, and yes said plainly
@pytest.mark.parametrize("text", [
    "Dear Sam,\n\nAn offer for the Yard Planner position with Harrow Freight is now available "
    "in your candidate home page. Please sign it by 10 December.\n\nHarrow Freight HR",
    "Your employment offer has been released - log in to view it.",
    "Sam! Loved Tuesday. Short version: we want you. Paperwork next week.",
])
def test_an_offer_waiting_or_said_plainly_is_an_offer(text: str) -> None:
    assert outcome_of(text) == "offer"


@pytest.mark.parametrize("text", [
    "Once your offer is ready, we'll email you a link to review it.",
    "We want you to feel prepared, so here is the agenda for Thursday.",
    "An offer for the other finalist is ready to go out tomorrow.",
])
def test_an_offer_spoken_of_is_not_one_made(text: str) -> None:
    assert outcome_of(text) != "offer"


# "one more …" with words between: "one more 45-minute product session"
@pytest.mark.parametrize("text", [
    "We'd like you to have one more 45-minute product session with our design lead.",
    "Could you do one last short case discussion with the partners next week?",
])
def test_one_more_step_with_words_between_is_a_next_round(text: str) -> None:
    assert outcome_of(text) == "next_round"


def test_one_more_step_already_done_is_not_a_next_round() -> None:
    assert outcome_of("Thanks for doing one more technical session with Priya "
                      "yesterday; we'll be in touch.") != "next_round"


# a question whose "do you" is left out, and lower case after a question mark
@pytest.mark.parametrize("text", [
    "hey Sam - up for a paid trial shift at the bakery? wear comfy shoes.",
    "Want to come in for a work trial on Friday? we'll sort lunch.",
])
def test_an_elided_question_asks_the_candidate(text: str) -> None:
    assert outcome_of(text) == "next_round"


def test_a_question_ends_a_sentence_before_lower_case() -> None:
    assert sentences("free Friday? bring a laptop.") == ["free Friday?", "bring a laptop."]
    assert sentences("See you on Dec. 18 at 10.") == ["See you on Dec 18 at 10."]


# the choice said in colloquial verbs: "plumped for", "landed on" someone else
@pytest.mark.parametrize("text", [
    "Bit of a grim one to write, sorry. The panel plumped for a chap from Dundee with more "
    "shipped titles.",
    "Hi Sam, sorry, we've landed on the other finalist.",
])
def test_someone_else_plumped_for_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We landed on Tuesday at 2pm for your final interview.",
    "The partners plumped for the Soho office as the venue.",
])
def test_a_day_or_a_place_landed_on_is_no_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# "gonna", "wanna" are "going to", "want to" for every outcome
@pytest.mark.parametrize(("text", "want"), [
    ("Honestly we're not gonna move forward with your application, sorry.", "rejected"),
    ("We wanna get you in for a final chat with the owners next week.", "next_round"),
    ("Good news - we wanna offer you the sous chef job!", "offer"),
])
def test_spoken_contractions_are_read_as_written_out(text: str, want: str) -> None:
    assert outcome_of(text) == want


def test_a_spoken_contraction_denied_is_still_denied() -> None:
    assert outcome_of("We're not gonna be offering you a second interview yet - "
                      "the budget is still being approved.") != "next_round"


# a no's courtesy ("I'll shout if something else comes up") does not hold the learned
# reader's no back; a real condition still does
@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nNot the email I wanted to send, sorry. The partners have gone with their gut "
    "and hired the ex-Deloitte fella. Honestly it was close. I will shout if something else "
    "comes up that suits you.\n\nMo",
    "Hi Sam,\n\nRotten news, I am afraid: we have offered it to the other lass from Leith. It "
    "was close. Keep in touch and I will ping you if anything comes up.\n\nIsla",
])
def test_a_nos_courtesy_does_not_hold_it_back(text: str) -> None:
    assert outcome_of(text) == "rejected"


def test_a_real_condition_still_holds_a_learned_no_back() -> None:
    from followup.capture.reply_model import vetoed

    text = ("Not the email I wanted to send, sorry. If the budget is not approved we will "
            "have to go with the contractor we already have.")
    assert vetoed("rejected", "If the budget is not approved", text)
    assert not vetoed("rejected", "The partners hired the ex-Deloitte fella.",
                      "Sorry. The partners hired the ex-Deloitte fella. I will shout if "
                      "something else comes up.")
