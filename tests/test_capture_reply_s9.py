"""Reply outcomes made general in session 9 (issue 23), each tried first on wordings of our
own that no labelled corpus has (a Welsh health board, a Singapore bank, a Brazilian
manufacturer, an Ohio machine shop, a Kenyan university, a Danish shipping line; formal,
terse and non-native English): a hope of reopening is no "still open", the one chosen
described by who they are, the process continued with others, the job offered in a
wish or an ATS notice, a meeting asked for in plain words, rounds held for others."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.replies import read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday


def outcome(text: str) -> str:
    return read_reply(text, SENT, "Europe/London").outcome


@pytest.mark.parametrize("text", [
    # a hope that the post opens again is no sign that it is still open
    "The health board has frozen all band 6 recruitment, so the analyst post is on hold. "
    "Should the vacancy be reopened next year, we will contact you first.",
    "Regrettably the requisition was cancelled after the merger. If it is reopened I will "
    "let you know straight away.",
])
def test_a_post_closed_with_a_hope_of_reopening_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


def test_a_post_said_to_be_reopened_is_still_no_no() -> None:
    assert outcome("The cancelled role has been reopened and we are sorry it was closed "
                   "earlier. Your application is unaffected.") != "rejected"


@pytest.mark.parametrize("text", [
    # the one chosen described by who they are, with or without an adjective before
    "In the end the partners chose to appoint the other shortlisted applicant.",
    "We decided to go with a lady who had run the Jurong depot for six years.",
    "The bank has offered the role to a colleague who covered it during the maternity leave.",
    "We have decided to hire another very strong candidate with treasury background.",
    # the process continued with someone else, in non-native word order
    "After analysis the company decided to continue the recruitment process with other "
    "candidate, which experience is more matching.",
    "We will proceed the process with another applicants for this position.",
])
def test_the_job_given_to_someone_described_by_who_they_are_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We decided to go with a format that lets you meet the whole team at once, so we'd like "
    "to invite you to a panel interview on Friday.",
    "We will continue the process with you and two other candidates next week - please "
    "book a slot for the final interview.",
])
def test_going_on_with_a_plan_or_with_you_is_no_no(text: str) -> None:
    assert outcome(text) != "rejected"


@pytest.mark.parametrize("text", [
    "On behalf of the faculty I am glad to say the selection committee wishes to offer you "
    "this lectureship, subject to references.",
    "Maersk Line Copenhagen has extended an offer to you for the role of Voyage Planner. "
    "Please log in to review and accept your offer.",
    "Me and the wife talked it over and we want you on board from January.",
])
def test_an_offer_made_in_a_wish_an_ats_notice_or_plain_words(text: str) -> None:
    assert outcome(text) == "offer"


@pytest.mark.parametrize("text", [
    "We have extended an offer to another applicant for the role.",
    "Unfortunately we extended the offer to a candidate who could start sooner.",
])
def test_an_offer_extended_to_someone_else_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "I'd like you to come and meet our plant manager in Curitiba, can you do Wednesday?",
    "We'd love to have you back to see the wards with the matron before we decide.",
    "A member of the hiring committee will contact you to schedule your on-site interview.",
    "Your application status has changed to: Shortlisted - Panel Interview",
])
def test_a_further_meeting_asked_in_plain_words_or_a_status_is_a_next_round(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize("text", [
    "We've had to add another interview day for the external applicants, so we'll decide "
    "after that.",
    "Three final interviews are taking place this week and we hope to update you after.",
    "The second-round interviews are now under way with the remaining applicants.",
])
def test_rounds_held_with_others_or_under_way_are_no_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "You're our preferred candidate and the director would like to move to reference checks; "
    "could you send contact details for two referees?",
    "Good news - we'd like to take up your references now, so please send me names and phone "
    "numbers of two previous managers.",
])
def test_references_asked_for_are_a_next_round(text: str) -> None:
    assert outcome(text) == "next_round"


def test_a_system_notice_that_says_it_is_automated_still_says_its_outcome() -> None:
    body = ("Dear Applicant,\n\nYour application for Lab Technician (req 5521) has moved to the "
            "next stage. The recruiting team would like to invite you to a technical interview "
            "and will send times shortly.\n\nThis is an automated e-mail from SuccessFactors; "
            "please do not reply to this message.")
    assert outcome(body) == "next_round"


def test_an_out_of_office_that_names_an_interview_is_still_no_news() -> None:
    body = ("I am out of the office until Monday 7 December with limited access to e-mail. "
            "For questions about interview scheduling please contact recruiting@example.org.")
    assert outcome(body) == "auto"


@pytest.mark.parametrize("text", [
    # the post filled by someone described by who they are
    "The ministry decided to fill the policy adviser vacancy with a secondee who knows the "
    "brief.",
    # the candidate's file closed, or the post not pursued, "for now" or not
    "We may recruit again next spring, but for the time being we are closing your application.",
    "The co-operative has decided not to proceed with the warehouse supervisor role for now, "
    "because the new depot is delayed.",
])
def test_a_post_filled_or_a_file_closed_for_now_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We won't be making a decision for now, as two panel members are away.",
    "If you don't reply by Friday we will close your application.",
])
def test_a_decision_put_off_or_a_file_closed_on_a_condition_is_no_no(text: str) -> None:
    assert outcome(text) != "rejected"


@pytest.mark.parametrize("text", [
    "The partners are still discussing your final interviews and will come back to you on "
    "the 14th.",
    "Our directors are reviewing the second-round interviews this week.",
])
def test_a_round_under_review_is_over_not_a_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "Lets set up a short skills test for Thursday, I will mail the link.",
    "Following your panel interview we would like to move to the next stage and take up "
    "references.",
    "After the site visit we want to request references from two of your former managers.",
    "Your candidate profile at Fjordline AS was moved to the stage: Case interview.",
    "The status of your application has been updated to: Assessment centre",
])
def test_a_step_asked_after_a_past_round_or_a_stage_set_by_a_system(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize("text", [
    "Thanks for attending the second interview yesterday; the panel will meet on Monday.",
    "Your application status has changed to: Under review",
])
def test_a_round_thanked_for_or_a_review_status_is_no_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "As agreed on the phone, this note confirms our verbal offer for the Logistics Planner role.",
    "We are happy to inform you that you are selected for the position of Site Engineer.",
])
def test_an_offer_for_the_role_and_a_selection_in_the_present_tense(text: str) -> None:
    assert outcome(text) == "offer"


def test_a_verbal_offer_to_someone_else_is_no_offer() -> None:
    assert outcome("We made a verbal offer to the other finalist, who accepted.") != "offer"


def test_going_on_to_references_in_any_verb_is_a_next_round() -> None:
    assert outcome("We would now like to proceed to reference checks.") == "next_round"


def test_a_meeting_moved_with_regret_is_no_no() -> None:
    assert outcome("Unfortunately the chair is unwell so we have to shift your panel "
                   "interview.") != "rejected"


@pytest.mark.parametrize("text", [
    "We regret that we are not in position to propose you this contract.",
    "Having met all four applicants, the trustees resolved not to appoint at this stage.",
    "Thank you for waiting so patiently. We have now appointed to the clinical coder post.",
    "The practice has decided to hold off on recruiting for the receptionist job indefinitely.",
    "Head office asked us to put the search on pause for the foreseeable future.",
])
def test_a_no_in_formal_or_non_native_words(text: str) -> None:
    assert outcome(text) == "rejected"


def test_holding_off_on_decisions_is_no_no() -> None:
    assert outcome("We're holding off on hiring decisions until the new year.") != "rejected"


@pytest.mark.parametrize("text", [
    "Your contract of employment will be issued by People Services next week.",
    "The registrar will send you a contract of employment in the post.",
    "Congratulations, you have been recommended for appointment to the post of Librarian.",
])
def test_an_offer_said_by_its_contract_or_an_appointment(text: str) -> None:
    assert outcome(text) == "offer"


def test_an_employer_excited_to_offer_roles_to_all_is_no_offer() -> None:
    assert outcome("We are excited to offer new apprenticeships in 2027 - apply now.") != "offer"


def test_a_check_asked_for_with_please_anywhere_is_a_next_round() -> None:
    # references, not a background screening: that is an offer's paperwork (session 10,
    # tests/test_capture_reply_s10.py)
    assert outcome("We'd like to take up your references; please complete the consent "
                   "form linked below.") == "next_round"


def test_news_about_a_colleague_is_no_no() -> None:
    assert outcome("Oluwaseun has been offered a post in our Abuja office, so he won't be on "
                   "your panel after all.") != "rejected"


@pytest.mark.parametrize("text", [
    "The chair has a family emergency, so we must rearrange tomorrow's panel interview; "
    "would Monday suit?",
    "Could we switch Thursday's final interview to the afternoon?",
])
def test_a_round_rearranged_or_switched_is_no_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


def test_someone_senior_asking_for_a_coffee_with_you_is_a_next_round() -> None:
    assert outcome("Our managing director would love to have lunch with you next week, are "
                   "you free on Wednesday?") == "next_round"


@pytest.mark.parametrize("text", [
    "Your background is impressive, but it isn't quite a fit for what the unit needs.",
    "The council has concluded the recruitment and appointed a candidate.",
    "Appreciate the time, but we're going to pass.",
])
def test_a_no_as_a_fit_denied_an_appointment_made_or_a_pass(text: str) -> None:
    assert outcome(text) == "rejected"


def test_passing_on_an_invitation_is_no_no() -> None:
    assert outcome("We're going to pass on the team lunch this week, so the interview is at "
                   "noon instead.") != "rejected"


@pytest.mark.parametrize("text", [
    "The hospital would be delighted for you to join us as Ward Clerk.",
    "We would like you to accept the post of Assistant Registrar.",
])
def test_an_offer_as_a_wish_that_you_join_or_accept(text: str) -> None:
    assert outcome(text) == "offer"


def test_a_step_asked_of_you_before_a_decision_is_a_next_round() -> None:
    assert outcome("We will require two referees before we can decide; could you send their "
                   "details?") == "next_round"


def test_a_round_whose_guests_are_not_chosen_is_no_invitation() -> None:
    assert outcome("The last stage will be a panel, but the board has yet to decide who to "
                   "invite.") != "next_round"


@pytest.mark.parametrize("text", [
    # words carried over from German, Dutch, Polish or Portuguese
    "The management has given preference to another applicant with SAP experience.",
    "In the end the selection fell on a candidate from our Porto team.",
    "We are sorry that we must give you a negative answer.",
    "The vacancy is already occupied.",
])
def test_a_no_in_words_carried_over_from_other_languages(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We are glad to propose you the position of Quality Engineer in Gdansk.",
    "You have been accepted for the role of Trainee Surveyor.",
    "Good news, we want to give you the job!",
    "Let's make things official - can you start on 11 January?",
])
def test_an_offer_in_plain_or_non_native_words(text: str) -> None:
    assert outcome(text) == "offer"


def test_a_job_not_given_is_no_offer() -> None:
    assert outcome("I'm sorry, we can't give you the job this time.") != "offer"


@pytest.mark.parametrize("head", [
    "Van: Anna Berg <anna@berg.nl>\nVerzonden: maandag 23 november 2026 10:02\nAan: Sam "
    "<sam@gmail.com>\nOnderwerp: RE: Gesprek\n\n",
    "Från: Anna Berg <anna@berg.se>\nSkickat: den 23 november 2026 10:02\nTill: Sam "
    "<sam@gmail.com>\nÄmne: SV: Intervju\n\n",
    "Od: Anna Berg <anna@berg.pl>\nWysłano: poniedziałek, 23 listopada 2026 10:02\nDo: Sam "
    "<sam@gmail.com>\nTemat: RE: Rozmowa\n\n",
    "Op ma 23 nov 2026 om 10:02 schreef Anna Berg <anna@berg.nl>:\n",
    "Den 23 nov. 2026 kl. 10:02 skrev Anna Berg <anna@berg.se>:\n",
])
def test_history_quoted_by_a_mail_program_in_another_language_is_cut(head: str) -> None:
    body = ("Hi Sam,\n\nNo news yet, sorry - we will be in touch next week.\n\n" + head +
            "Hi Sam,\n\nUnfortunately we have decided to move forward with another candidate.\n")
    assert outcome(body) not in ("rejected", "next_round", "offer")


@pytest.mark.parametrize("text", [
    "Our next step will be to make a final decision, which we expect by Friday.",
    "The next step is for the panel to compare notes on Thursday.",
    "Would you be open to a second interview if the board asks for one? I'll know next week.",
    "Quick note that your panel interview will now be in the Boardroom rather than Room 2.",
])
def test_the_employers_own_step_a_round_on_their_condition_or_a_detail_changed(
        text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "We'd like to invite you to a final interview, which should take about an hour.",
    "We'd love to invite you to a second interview, if you're still interested.",
    "We'd like to invite you to a final interview, on Teams rather than in person this time.",
])
def test_an_invitation_with_a_condition_of_yours_or_a_detail_is_still_one(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize(("text", "want"), [
    ("We would like to offer you a final interview with the managing partner.", "next_round"),
    ("I am pleased to offer you a place at our selection day on 12 December.", "next_round"),
    ("We'd like to offer you a short feedback call - are you free on Friday?", "reply"),
    ("Happy to offer you a couple of times for the call: Monday 9am or Tuesday 3pm.", "reply"),
    ("We'd like to offer you the post of Pharmacy Technician.", "offer"),
])
def test_what_is_offered_may_be_a_round_a_time_or_feedback(text: str, want: str) -> None:
    got = outcome(text)
    assert got == want or (want == "reply" and got not in ("offer", "next_round", "rejected"))


@pytest.mark.parametrize("text", [
    "The interview board did not feel that you demonstrated the required competencies.",
    "Your assessment score did not reach the pass mark for this grade.",
    "Unfortunately you did not meet all of the essential criteria at interview.",
    "Status: Vacancy withdrawn",
])
def test_a_bar_not_reached_or_a_status_withdrawn_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We don't expect every applicant to meet all the criteria, so do apply.",
    "If you did not meet the criteria you would not have been shortlisted, so well done.",
])
def test_a_bar_spoken_of_in_general_or_on_a_condition_is_no_no(text: str) -> None:
    assert outcome(text) != "rejected"


@pytest.mark.parametrize(("text", "want"), [
    ("Provisional offer - Healthcare Assistant, Band 3. Log in to TRAC to accept.", "offer"),
    ("If you are successful, a conditional offer will follow.", "reply"),
])
def test_a_conditional_offer_made_or_promised(text: str, want: str) -> None:
    got = outcome(text)
    assert got == want or (want == "reply" and got != "offer")


@pytest.mark.parametrize("text", [
    "The partners have decided to end the process with you at this point.",
    "Sadly this is where the journey ends for you.",
    "After a lot of thought we have decided to part ways at this stage.",
    "It just wasn't meant to be on this occasion.",
    "The deputy head post will be filled from within.",
    "The board has decided to appoint from within.",
    "The trust is closing the vacancy without appointing.",
])
def test_a_process_ended_a_post_filled_from_within_or_closed_without_a_hire(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Would you be free to meet our MD on Thursday afternoon?",
    "The coding exercise is attached - please return it by Monday.",
])
def test_someone_senior_by_initials_or_a_task_to_return_is_a_next_round(text: str) -> None:
    assert outcome(text) == "next_round"


def test_being_asked_to_become_the_new_one_is_an_offer() -> None:
    assert outcome("We would love you to become our new practice manager.") == "offer"
