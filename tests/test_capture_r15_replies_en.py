"""Replies of session 15 in English (issue 23, after blind_dev27 and blind_dev30): a "no" said
again by someone at the employer, in a phone's few words ("sorry it didn't work out this
round", "we ended up going internal", "the other guy had more Rust"); an offer told of by a
colleague ("the offer's out") and not another employer's letter the candidate is asked for; the
outcome a next round's message promises ("we will share the final outcome by …", "they'll
confirm by …"); a numeric day read in the order that puts a promised answer within weeks.
Every example is our own (no fixture's): employers, people and wordings invented here."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply
from followup.capture.reply_offer import is_offer
from followup.capture.reply_words import is_rejection

THU = datetime(2027, 1, 21, 16, 5, tzinfo=ZoneInfo("Europe/London"))  # a Thursday


def reading(text: str, dmy: bool = False) -> tuple[str, str | None]:
    got = read_reply(f"Hi Sam,\n\n{text}\n\nCheers,\nDev\n", THU, "Europe/London", dmy=dmy)
    return got.outcome, got.day.isoformat() if got.day else None


@pytest.mark.parametrize("sentence", [
    "Shame it didn't work out this time - best of luck with the search.",
    "Sorry it didn't work out, you were a strong second.",
    "Gutted we couldn't make it work with the relocation timing.",
    "Really sorry again for how it turned out.",
    "Heard about the headcount freeze - really sorry, mate.",
    "We went internal in the end.",
    "Tough one - the other applicant had deeper Terraform experience.",
    "Honestly the other finalist just edged it.",
])
def test_a_no_said_again_in_few_words(sentence: str) -> None:
    assert is_rejection(sentence)
    assert reading(sentence)[0] == "rejected"


@pytest.mark.parametrize("sentence", [
    "Sorry Wednesday didn't work out for you - how about Friday?",
    "Sorry it didn't work out for the 3rd; can we try the 5th?",
    "Sorry we couldn't work out a time this week, I'll send new slots.",
    "We went internal for the first screen, so Dana will run it.",
    "The other candidate had to withdraw, so we'd like to meet you again.",
    "Sorry about how rushed the call felt.",
])
def test_what_only_looks_like_a_no_said_again(sentence: str) -> None:
    assert not is_rejection(sentence)
    assert reading(sentence)[0] != "rejected"


@pytest.mark.parametrize(("sentence", "offer"), [
    ("Marta tells me the offer's out - congratulations!", True),
    ("Great news, your offer has gone out this morning.", True),
    ("Please bring your current offer letter and last three payslips.", False),
    ("Could you send a copy of any competing offer before the HR call?", False),
    ("The offer is out to another candidate, so we'll wait to hear.", False),
])
def test_an_offer_told_of_not_another_employers(sentence: str, offer: bool) -> None:
    assert is_offer(sentence) is offer


def test_a_next_round_carries_the_outcome_it_promises() -> None:
    text = ("Congratulations on clearing the technical round! The final step is a call with "
            "our CTO on 26th Jan at 3 PM. We will share the final outcome by 29th January.")
    assert reading(text)[0] == "next_round"
    assert decision_day(text, THU, dmy=True) == date(2027, 1, 29)
    refs = ("Brindle are moving to references for the Platform Lead role! "
            "They'll confirm by Fri 29/1 once both referees have replied.")
    assert reading(refs)[0] == "next_round"
    assert decision_day(refs, THU, dmy=True) == date(2027, 1, 29)


def test_a_third_party_confirming_a_meeting_is_no_decision() -> None:
    text = ("Great news, they'd like you in for the final round! "
            "She'll confirm the interview time by Monday 25/1.")
    assert decision_day(text, THU, dmy=True) is None


@pytest.mark.parametrize(("text", "day"), [
    # month first would be three months off; day first is a fortnight away
    ("We're seeing one more person next week and will be in touch by 5/2 at the latest.",
     "2027-02-05"),
    # month first within weeks stays month first (an American "3/2" is 2 March)
    ("We'll have a decision for you by 3/2.", "2027-03-02"),
])
def test_a_numeric_day_is_read_within_weeks(text: str, day: str) -> None:
    assert reading(text) == ("decision", day)


@pytest.mark.parametrize("sentence", [
    "The panel were really pleased with the final stage and are meeting on Monday to compare.",
    "Everyone was impressed by your second interview and the team is debriefing tomorrow.",
])
def test_a_round_praised_is_over(sentence: str) -> None:
    assert reading(sentence)[0] != "next_round"


def test_someone_senior_asking_for_a_conversation_is_a_next_round() -> None:
    text = ("Before we wrap up, our Head of Product would like a 45-minute conversation with "
            "you - could you do Tuesday 2/2?")
    assert reading(text)[0] == "next_round"


@pytest.mark.parametrize(("text", "day"), [
    # a slip put right in the same breath
    ("The client will confirm by Monday 1/2 - sorry, Tuesday 2/2, Ines is off that Monday.",
     "2027-02-02"),
    # a correction that names a holiday first: the last day put in place
    ("We'll decide by the 29th. Correction: Friday is a bank holiday here, so realistically "
     "by Monday 1 February.", "2027-02-01"),
])
def test_the_day_put_right_is_the_decision_day(text: str, day: str) -> None:
    assert reading(text, dmy=True) == ("decision", day)


def test_a_revised_offer_and_the_answer_wanted_of_the_candidate() -> None:
    text = ("Good news - they've come up to 120k base. Revised offer letter to follow from "
            "Noor. They'd appreciate an answer by Fri 29/1 if possible.")
    assert reading(text, dmy=True) == ("offer", None)
    assert decision_day(text, THU, dmy=True) is None


@pytest.mark.parametrize("text", [
    "hey Sam, great call. fancy a paid trial day next week w/ Priyanka? lmk what works",
    "loved meeting you too. want to do a take-home over the weekend? no pressure",
    "If you haven't been snapped up already, would you be up for one more chat with our CTO?",
    "If you're still keen, we'd like to set up a final conversation with Omar next week.",
])
def test_an_invitation_on_the_candidates_own_terms(text: str) -> None:
    assert reading(text)[0] == "next_round"


def test_an_invitation_on_the_employers_terms_is_not_yet_one() -> None:
    assert reading("If the budget is approved, we'd like to invite you to a final round.")[0] \
        != "next_round"


def test_a_contractor_chosen_is_a_no() -> None:
    text = ("In the end we went with a freelancer we've used before - we needed someone who "
            "could start Monday.")
    assert reading(text) == ("rejected", None)


def test_a_schedule_already_confirmed_is_no_new_round() -> None:
    text = "Here is your confirmed schedule for your onsite with Brackenfield for the SRE role."
    assert reading(text)[0] != "next_round"
    assert reading("Could we schedule a work trial day with Idris next week?")[0] == "next_round"
