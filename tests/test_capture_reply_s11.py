"""Reply outcomes made general in session 11 (issue 23), after blind_dev15 was scored unseen
and read: each habit is tried first on wordings of our own that no labelled corpus has (a
bakery chain, a hospice, a ferry operator, a games studio, a seed merchant; British, Irish
and American writers), with its refusals beside it: what looks like it and is not one."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday


def outcome_of(text: str) -> str | None:
    got = read_reply(text, SENT, "Europe/London").outcome
    return got if got in ("rejected", "next_round", "offer") else None


# the job going to a person of their own, described by where they come from or how they
# applied, with no "candidate" or "applicant" said: "going to a baker from our Leeds branch"
@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nThe Shift Manager job at Crumb & Co is going to a baker from our Leeds "
    "branch who put in for it internally.\n\nThanks for coming in.",
    "Sorry Sam - the post ended up going to one of the nurses already on the ward.",
    "I wanted you to hear it from me: the deckhand position went to a lad who crewed for us "
    "all summer.",
])
def test_the_job_going_to_one_of_theirs_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "The role is going to a second panel before we decide, so bear with us.",
    "Your offer is going to a final sign-off from the board on Thursday.",
    "The job is going to a vote of the trustees who meet on the 9th.",
])
def test_the_job_going_to_a_panel_or_a_vote_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# a person described by a clause without "who": "gone with a candidate they already knew"
@pytest.mark.parametrize("text", [
    "I put you forward, but the client has gone with a candidate they'd worked with before.",
    "We've hired an applicant the team met at the open day.",
])
def test_a_person_described_without_who_is_still_someone_else(text: str) -> None:
    assert outcome_of(text) == "rejected"


# the way changed with the thing named between: "take things in a different direction"
@pytest.mark.parametrize("text", [
    "Hi Sam, we've decided to take things in a different direction - the hospice will share "
    "a fundraiser with the charity next door instead.",
    "Honestly, we're steering the role in another direction, so it won't be a fit.",
    "Sorry Sam, we've decided to take the post in a different direction.",
])
def test_a_change_of_direction_with_its_object_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We're taking the interview in a different direction: a case study instead of a panel.",
    "If we take things in a different direction, I'll let you know straight away.",
    "We're taking things in a different direction with the second round - more practical.",
])
def test_a_change_of_direction_of_a_round_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# the job filled, "it" standing for it: "we ended up filling it with someone who …"
@pytest.mark.parametrize("text", [
    "Where that leaves the Ticketing Lead spot is less good news, I'm afraid: we ended up "
    "filling it with someone who'd been temping with us since May.",
    "In the end we filled the spot with a chap who'd covered it over the summer.",
    "We've ended up filling it internally, sorry Sam.",
])
def test_the_job_filled_with_someone_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Thanks for filling it in with the dates you're free.",
    "We're filling the slot with someone from finance for your panel, so it stays at 2pm.",
    "Until we've filled the role with someone permanent, Jo covers the desk.",
])
def test_filling_a_form_or_a_slot_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


# a task asked of the candidate, whatever it is called: "we'd love you to do a short paper
# exercise", "could you have a go at a quick brief"
@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nCheers for the note! We'd love you to do a short paper exercise: a "
    "crossing timetable for a winter week.\n\nOisin",
    "Could you have a go at a quick pricing brief for our spring seed range this week?",
    "Next we'd like you to tackle a small level-design challenge - two hours, no more.",
])
def test_a_task_asked_of_the_candidate_is_a_next_round(text: str) -> None:
    assert outcome_of(text) == "next_round"


@pytest.mark.parametrize("text", [
    "Thanks for doing the paper exercise so quickly - we're reading it now.",
    "We asked the other finalists to do a short paper exercise too.",
    "Could you do a quick test of your microphone before the call?",
])
def test_a_task_done_or_set_for_others_is_not_a_next_round(text: str) -> None:
    assert outcome_of(text) != "next_round"


# news promised about a stage is not an invitation to it
@pytest.mark.parametrize("text", [
    "I've passed your details on to the hiring manager and will let you know the outcome of "
    "the next stage.",
    "We'll update you on the result of the second round once everyone has been seen.",
])
def test_news_promised_about_a_stage_is_not_a_next_round(text: str) -> None:
    assert outcome_of(text) != "next_round"


# what the reason after a dash puts off is the reason's: the "no" before it stands
@pytest.mark.parametrize("text", [
    "We've decided to go another way - we'll run the shop ourselves for now rather than hire "
    "a manager.",
    "Sorry Sam, the studio went in a different direction – a contractor until the spring.",
])
def test_a_reason_after_a_dash_does_not_put_off_the_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We haven't decided yet whether to go another way - it depends on the budget.",
    "We might go another way for now - a shorter panel - if that suits you better.",
])
def test_a_no_not_yet_made_is_still_put_off(text: str) -> None:
    assert outcome_of(text) != "rejected"


# beside a next round, the employer's word "getting back to" everyone by a day is its
# decision day, in any tense: "we're getting back to the shortlist by the 18th"
@pytest.mark.parametrize(("text", "day"), [
    ("We'd love you to do a short written exercise. We're getting back to everyone on the "
     "shortlist by the 18th.", date(2026, 12, 18)),
    ("Please book a slot for a final interview. Ana is coming back to all the finalists by Friday.",
     date(2026, 12, 4)),
])
def test_getting_back_to_everyone_beside_a_round_is_its_decision_day(text: str,
                                                                     day: date) -> None:
    assert outcome_of(text) == "next_round"
    assert decision_day(text, SENT, True) == day


def test_a_round_on_a_day_is_still_no_decision_day() -> None:
    text = "We'd love you to come in for a final interview on the 18th; we're getting back to you."
    assert decision_day(text, SENT, True) is None


# the job's title between "the" and "role" when it is given to someone else
@pytest.mark.parametrize("text", [
    "Sorry - we've offered the Ferry Operations Lead role to an internal candidate.",
    "We're giving the seed buyer job to a colleague from the Norwich shop.",
])
def test_the_job_given_away_by_its_title_is_a_no(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We've offered the other Planner role to an internal candidate; yours is still open.",
    "We're giving the second interview slot to a colleague, so yours moves to 3pm.",
])
def test_another_job_or_a_slot_given_away_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


@pytest.mark.parametrize("text", [
    "Thanks for your patience. The trustees met yesterday and the post will be going to a "
    "volunteer who has run the shop for years.",
    "Sam, the decision has gone against you this time, I'm afraid.",
    "We're no longer recruiting for this position after the merger.",
    "The Deckhand role's been scrapped in the reorg, sorry.",
])
def test_more_plain_nos(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "The role has not been scrapped, whatever you heard.",
    "The vote went against the proposal to move the office, so nothing changes for you.",
    "We're no longer recruiting for this position through agencies, so please apply direct.",
])
def test_what_is_not_a_plain_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


@pytest.mark.parametrize("text", [
    "Hi Sam, I wanted to let you know we've decided to go with a more senior hire.",
    "We've decided to keep the role open and continue looking.",
    "We're going to re-advertise the Ferry Planner post in the new year.",
    "The skipper has made his decision and it's not the news we'd hoped for.",
])
def test_a_no_in_other_plain_words(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "If nobody fits, we'll re-advertise the role in March - but you're very much in the mix.",
    "We'll meet you on Friday and continue looking for a second hire for the other team.",
    "I know it's not the news you wanted about the start date, but the offer stands.",
])
def test_what_only_looks_like_those_nos(text: str) -> None:
    assert outcome_of(text) != "rejected"


# the feedback was good and the candidate is taken on to a stage
@pytest.mark.parametrize("text", [
    "The feedback from the panel was really positive and they'd like to move you forward to "
    "the final stage - a 30 minute call with our MD.",
    "Feedback was great, so we're taking you through to the onsite round.",
])
def test_positive_feedback_with_a_stage_is_a_next_round(text: str) -> None:
    assert outcome_of(text) == "next_round"


def test_a_stage_still_discussed_is_not_a_next_round() -> None:
    text = "The feedback is in; we're still discussing whether to move you to the final stage."
    assert outcome_of(text) != "next_round"


# what asks something of the candidate and is no round of theirs: a sound check, a party, a
# new job pitched by an agency
@pytest.mark.parametrize("text", [
    "Hi Sam, can you do a quick video test with me before the panel? Just 5 minutes.",
    "Could you do a short sound check with our tech team on Monday?",
    "We'd like to invite you to our Christmas party as a thank you to all applicants.",
    "I'm a headhunter with Northway Search. I'd love to invite you to interview for an "
    "exciting Head of Ferry Operations role with a client of mine.",
])
def test_a_check_a_party_or_a_pitch_is_not_a_next_round(text: str) -> None:
    assert outcome_of(text) != "next_round"


def test_a_round_for_the_job_applied_for_is_still_one() -> None:
    assert outcome_of("My client would like to invite you to a second interview for the "
                      "Ferry Planner role.") == "next_round"


@pytest.mark.parametrize("text", [
    "Hi Sam, we're keen to keep you warm for a future role but won't be progressing this one.",
    "Sorry it's taken a while. The short version: we've gone internal.",
    "On reflection we don't think the post is the right step for you at this point.",
    "You were brilliant, but we've decided the role needs someone further along in their "
    "career.",
])
def test_a_no_in_few_words_or_said_of_the_job(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We won't be going ahead with this one until the budget is signed - hang tight.",
    "The role needs someone who can start in January - could you?",
    "We went internal for the panel, so Priya and Tom will interview you.",
])
def test_what_only_looks_like_a_no_in_few_words(text: str) -> None:
    assert outcome_of(text) != "rejected"


@pytest.mark.parametrize("text", [
    "I'm delighted to let you know the panel have recommended you for appointment.",
    "Dear Candidate, Status update: Offer Extended. Please log in to view your offer.",
    "We'd like to get you on board as soon as possible.",
])
def test_an_offer_in_public_sector_or_ats_words(text: str) -> None:
    assert outcome_of(text) == "offer"


@pytest.mark.parametrize("text", [
    "I'm pleased to extend an invitation to a final interview with our board.",
    "Happy to extend the deadline for your take-home to Monday.",
    "We need to get you on board with the new portal before your panel.",
])
def test_an_invitation_or_a_deadline_extended_is_not_an_offer(text: str) -> None:
    assert outcome_of(text) != "offer"


# a no for one role with another still open at the same employer: not this one's no
@pytest.mark.parametrize("text", [
    "Unfortunately the Senior Ferry Planner vacancy has been withdrawn. We'd still love to talk "
    "to you about the Ferry Planner post though.",
    "The Buyer role you also applied for has been filled, but your Planner application is very "
    "much alive.",
])
def test_a_no_for_another_role_beside_this_one_still_open(text: str) -> None:
    assert outcome_of(text) != "rejected"


def test_a_courtesy_after_a_no_does_not_take_it_back() -> None:
    assert outcome_of("We've appointed another candidate. We'd still love to hear from you "
                      "about future roles.") == "rejected"


@pytest.mark.parametrize("text", [
    "We'd love to see more of your work - could you put together a short deck on how you'd "
    "plan our spring sailings and walk us through it on Friday?",
    "Could you do a 45-minute pairing session with one of our engineers?",
    "Hana would like to meet you for coffee to talk about the role in more detail.",
])
def test_a_deck_a_session_or_a_meeting_asked_of_the_candidate_is_a_next_round(
        text: str) -> None:
    assert outcome_of(text) == "next_round"


@pytest.mark.parametrize("text", [
    "Hana would like to meet you at the careers fair stand if you're passing.",
    "Hana would like to meet you on Tuesday as arranged - see you at 10.",
    "Thanks for the deck you put together - we're reviewing it this week.",
])
def test_a_fair_an_arranged_meeting_or_a_deck_sent_is_not_a_next_round(text: str) -> None:
    assert outcome_of(text) != "next_round"


@pytest.mark.parametrize("text", [
    "Sorry for the wait. We've decided to go with another candidate for now, but I'd love to "
    "keep your details on file.",
    "Until last week we'd hoped to have two openings, but we've now filled the one role we "
    "have.",
    "Hi Sam, it's not a yes this time, I'm afraid.",
    "I fought your corner, but the skipper chose someone he'd sailed with before.",
    "The panel went with their gut and chose someone they'd worked with before.",
])
def test_a_no_with_for_now_or_now_or_a_bare_not_yes(text: str) -> None:
    assert outcome_of(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We've decided to pause the process for now and will pick it up in January.",
    "It's not a yes or a no yet - the board meets on Friday.",
    "We've chosen to hold the panels online for now, so no travel needed.",
])
def test_what_is_put_off_for_now_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"


@pytest.mark.parametrize("text", [
    "The offer is going to a colleague in HR who will send it over with the contract.",
    "The role will be going to the candidate who does best at Friday's assessment centre.",
    "The job will go to whoever the panel rates highest.",
])
def test_a_job_promised_to_whoever_wins_or_an_offer_passed_on_is_not_a_no(text: str) -> None:
    assert outcome_of(text) != "rejected"
