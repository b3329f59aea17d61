"""Reply rules made general after the third blind reply set was retired into development
(issue 23), each tried on wordings of our own that no labelled corpus has (hospitals,
councils, universities, retailers, law firms, charities; UK, Irish, US, Canadian and
Australian writers): an ATS's own mail domain, a "no" said to a group that includes you,
rounds the employer has finished or already confirmed, the candidates under any name, a
day given up in an earlier sentence, and the employer's next word beside an offer or a
next round."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import bench_module

from followup.capture import inbox
from followup.capture.matching import is_ats
from followup.capture.replies import read_reply

SENT = datetime(2026, 11, 30, 10, tzinfo=ZoneInfo("Europe/London"))  # a Monday
OWN = frozenset({"sam@gmail.com"})


def outcome(text: str) -> str:
    return read_reply(text, SENT, "Europe/London").outcome


def test_an_ats_sends_from_its_own_name_with_mail_joined_on() -> None:
    for a in ("no-reply@teamtailor-mail.com", "jobs@workablemail.com",
              "notify@greenhousemail.io", "x@mail-recruitee.com", "x@jobvite-notifications.com"):
        assert is_ats(a), a
    for a in ("jo@gmail.com", "jo@hotmail.com", "jo@mail.com", "jo@email.com",
              "hr@mailchimp.com", "hr@stvincents.ie", "hr@levermann-law.com"):
        assert not is_ats(a), a


@pytest.mark.parametrize("text", [
    "The trust has decided not to continue with any of the shortlisted applicants, "
    "including you, as the post is being regraded.",
    "Following the restructure we are no longer moving forward with the remaining "
    "candidates, including yourself.",
    "We won't be taking forward anyone from this round, including you, I'm afraid.",
])
def test_a_no_said_to_a_group_that_includes_you_is_a_no(text: str) -> None:
    assert outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We're still weighing up three applicants, including you.",
    "The council is considering a handful of people for the post, including you.",
])
def test_a_group_still_considered_that_includes_you_is_no_no(text: str) -> None:
    assert outcome(text) != "rejected"


@pytest.mark.parametrize("text", [
    "We completed the panel interviews on Friday and the partners want to meet as a group "
    "before deciding.",
    "The charity finished all the second interviews yesterday, so we'll be in touch soon.",
    "Your in-person interview at the Carlton store has been confirmed for Thursday 3 December "
    "at 10:00.",
    "Your technical interview is now booked: Tuesday 8 December, 2pm, Room 4.12.",
])
def test_a_round_finished_by_the_employer_or_already_confirmed_is_no_next_round(
        text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "We'd like to invite you to a final interview, which is scheduled for 9 December.",
    "Good news - the panel would love to see you for a second interview; it's booked in for "
    "the 10th unless that clashes.",
])
def test_an_invitation_that_gives_the_rounds_day_is_still_a_next_round(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize(("text", "day"), [
    ("Realistically the hiring committee won't be getting back to people until the 14th.",
     date(2026, 12, 14)),
    ("We expect to come back to all interviewed applicants by Friday 11 December.",
     date(2026, 12, 11)),
    ("The school initially intended to get back to every shortlisted candidate by 2 December, "
     "but it is now more realistic to say 9 December.", date(2026, 12, 9)),
])
def test_getting_back_to_the_candidates_under_any_name(text: str, day: date) -> None:
    got = read_reply(text, SENT, "Europe/London")
    assert (got.outcome, got.day) == ("decision", day)


def test_a_day_given_up_gives_way_to_the_next_sentences_day() -> None:
    text = ("Apologies, we had planned to confirm the outcome by the 1st and that has come and "
            "gone. The board sits on 7/12 and I will write to you by 9/12 at the latest.")
    got = read_reply(text, SENT, "Europe/London", dmy=True)
    assert (got.outcome, got.day) == ("decision", date(2026, 12, 9))
    alone = read_reply("We had hoped to decide by the 4th.", SENT, "Europe/London")
    assert alone.day == date(2026, 12, 4), "a day given up is still the only one said"


def mail(sender: str, body: str, extra: str = "") -> bytes:
    return (f"From: {sender}\nTo: Sam <sam@gmail.com>\nSubject: Your application\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <g1@example>\n{extra}"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def evaluate(sender: str, body: str, extra: str = "") -> dict[str, object]:
    apps = [{"id": 1, "company": "Kestrel Legal", "role": "Trainee Solicitor",
             "interviewers": [{"name": "Niamh Doyle", "email": "niamh@kestrel-legal.ie"}],
             "coordinator": None, "sent": []}]
    return inbox.evaluate(mail(sender, body, extra), apps, OWN)


@pytest.mark.parametrize(("body", "day"), [
    ("Delighted to offer you the traineeship! The formal letter will go out in the post by "
     "4/12; meanwhile do ring me about the start date.", "2026-12-04"),
    ("We'd love to offer you the position. You'll receive the official letter by Thursday.",
     "2026-12-03"),
    ("We'd like you to come in for a second interview with two of the partners; the firm will "
     "make a final call by 11/12.", "2026-12-11"),
    ("We'd like you to complete a written exercise. We'll give you feedback on it by 8/12.",
     "2026-12-08"),
    ("We'd like to invite you to an assessment day on 3/12, and we'll let all assessment-day "
     "candidates know by 10/12.", "2026-12-10"),
    ("We'd like to invite you to a panel interview on 2/12; we will notify every interviewee "
     "of the result by 9/12.", "2026-12-09"),
    ("Congratulations, the job is yours! Expect the formal offer from our people team by 4/12; "
     "please sign it by 11/12.", "2026-12-04"),
])
def test_the_employers_next_word_beside_an_offer_or_a_round(body: str, day: str) -> None:
    got = evaluate("Niamh Doyle <niamh@kestrel-legal.ie>", body)
    assert got["outcome"] in ("offer", "next_round") and got["day"] == day, got


def test_an_ats_on_its_own_mail_domain_is_matched_by_the_company_it_names() -> None:
    got = evaluate("Kestrel Legal <no-reply@teamtailor-mail.com>",
                   "Hi Sam, Kestrel Legal would like to invite you to the final interview for "
                   "the Trainee Solicitor role. Pick a time here: https://x.example/b",
                   "Auto-Submitted: auto-generated\n")
    assert (got["app"], got["outcome"]) == (1, "next_round"), got


def test_the_development_parts_of_the_blind_reply_corpus() -> None:
    ev = bench_module("capture_blind")
    # every blind_dev* folder: blind_dev … blind_dev5 (614 replies, read by session 8) at what
    # session 8 reached (1.0); blind_dev6 (the fourth held-out set retired) and blind_dev7,
    # blind_dev8 (written blind in session 9), 300 replies read by session 9's round, at what
    # it reached for outcomes (one miss left, blind_dev6 reply-010, is a matching one);
    # dates where they stood when it stopped (the dates round raises that floor)
    parts = [ev.replies(name, False) for name in ("dev", "dev2", "dev3", "dev4", "dev5")]
    got = ev._reply_figures({k: sum(p["_counts"][k] for p in parts) for k in parts[0]["_counts"]})
    assert got["replies"] >= 614
    assert got["precision"] >= 0.995 and got["recall"] >= 0.995, got
    assert got["matched"] >= 0.995, got
    new = [ev.replies(name, False) for name in ("dev6", "dev7", "dev8", "dev9")]
    fresh = ev._reply_figures({k: sum(p["_counts"][k] for p in new) for k in new[0]["_counts"]})
    assert fresh["replies"] >= 400
    assert fresh["precision"] >= 0.99 and fresh["recall"] >= 0.99, fresh
    # blind_dev9 (the fifth held-out set, retired; first read in session 9's second round):
    # P 0.955, R 0.894, matched 0.988 when first read; 0.979, 1.0, 1.0 after it (its one
    # wrong outcome left is a labelling question, reply-008)
    dev9 = ev.replies("dev9", False)
    assert dev9["precision"] >= 0.975 and dev9["recall"] >= 0.995, dev9
    assert dev9["matched"] >= 0.995, dev9
    assert got["dates_exact"] >= 0.99 and got["ooo_exact"] >= 0.95, got
    # blind_dev10, blind_dev11 (the sixth and seventh held-out sets, retired) and blind_dev12
    # (written blind in session 10), 300 replies read by session 10's outcomes round: P 0.977,
    # 0.917, 0.955 and R 0.933, 0.957, 0.933 before it; 1.0, 1.0, 0.978 and 1.0 after it
    # (the one wrong outcome left, blind_dev12 reply-025, a self-scheduling link labelled
    # none where every other writer labels one a next round, is a labelling question)
    s10 = [ev.replies(name, False) for name in ("dev10", "dev11", "dev12")]
    late = ev._reply_figures({k: sum(p["_counts"][k] for p in s10) for k in s10[0]["_counts"]})
    assert late["replies"] >= 300
    assert late["precision"] >= 0.99 and late["recall"] >= 0.995, late
    assert late["matched"] >= 0.995, late
    # blind_dev13 (the eighth held-out set, retired; first read in session 10's second round):
    # P 1.0, R 0.851, dates 1.0 when first read; 1.0, 1.0, 1.0 after it
    dev13 = ev.replies("dev13", False)
    assert dev13["replies"] >= 100
    assert dev13["precision"] >= 0.995 and dev13["recall"] >= 0.995, dev13
    assert dev13["matched"] >= 0.995 and dev13["dates_exact"] >= 0.99, dev13


@pytest.mark.parametrize("text", [
    "I'll sit down with the practice manager tomorrow to go through your application.",
    "The recruiter needs to talk to the head of nursing and will come back to you.",
    "We must speak with the board before we can say more.",
])
def test_the_employers_own_meeting_is_no_next_round(text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize("text", [
    "Could you pop in on Thursday to meet the store manager?",
    "Next step would be a coffee with one of our partners.",
    "We'd like you to chat with the clinical lead next week.",
])
def test_a_meeting_the_candidate_is_asked_to_is_a_next_round(text: str) -> None:
    assert outcome(text) == "next_round"


@pytest.mark.parametrize("text", [
    "The selection committee has agreed to offer you the post, subject to satisfactory "
    "references.",
    "We're thrilled to offer you a place on our 2027 graduate programme.",
    "Good on you - we'd love you to come on board!",
])
def test_offers_of_a_post_a_place_or_coming_on_board(text: str) -> None:
    assert outcome(text) == "offer"


def test_an_offer_of_a_post_refused_is_none() -> None:
    assert outcome("I'm sorry, we are unable to offer you the post.") != "offer"


@pytest.mark.parametrize(("text", "dmy", "day"), [
    ("The trustees will make their final selection by Thursday week.", False, date(2026, 12, 10)),
    ("We hope to be appointing to the role by 9 December.", True, date(2026, 12, 9)),
    ("Results go out in the week of 7 December, by the 10th at the latest.", True,
     date(2026, 12, 10)),
    ("Expect an answer ten days from today at the latest, on December 10.", False,
     date(2026, 12, 10)),
    ("The interview board sits on the 8th and we should reach a decision within two days of "
     "that.", False, date(2026, 12, 10)),
])
def test_selection_words_the_day_held_to_and_a_span_counted_from_a_named_day(
        text: str, dmy: bool, day: date) -> None:
    got = read_reply(text, SENT, "Europe/London", dmy=dmy)
    assert (got.outcome, got.day) == ("decision", day)


def two_roles() -> list[dict[str, object]]:
    return [{"id": i, "company": "Wattle Council", "role": role,
             "interviewers": [{"name": "Mei Tan", "email": "mei.tan@wattle.nsw.gov.au"}],
             "coordinator": None, "sent": []}
            for i, role in ((1, "Library Officer"), (2, "Events Coordinator"))]


def test_public_sector_and_enterprise_systems_are_read_as_ats_mail() -> None:
    for a in ("noreply@jobs.nhs.uk", "donotreply@taleo.net", "x@career5.successfactors.eu",
              "alerts@governmentjobs.com", "x@publicjobs.ie", "x@pageuppeople.com"):
        assert is_ats(a), a
    raw = mail("Wattle Council <noreply@pageuppeople.com>",
               "Dear Sam, thank you for applying for the Events Coordinator position with "
               "Wattle Council. We regret that your application has not been successful.")
    got = inbox.evaluate(raw, two_roles(), OWN)
    assert (got["app"], got["outcome"]) == (2, "rejected"), got


def test_a_sentence_naming_two_roles_is_read_clause_by_clause() -> None:
    raw = mail("Mei Tan <mei.tan@wattle.nsw.gov.au>",
               "Hi Sam, the Library Officer job has gone to an internal applicant, whereas the "
               "Events Coordinator process is still open and you're in it.")
    got = inbox.evaluate(raw, two_roles(), OWN)
    assert (got["app"], got["outcome"]) == (1, "rejected"), got


@pytest.mark.parametrize("text", [
    "Applicants who are successful at this stage will be invited to a practical assessment.",
    "Should you be shortlisted, the second interview would take place in Galway.",
    "Keep Friday free in case we go to a final panel.",
    "We're finalising our list for the next round and will be in touch.",
    "Heads up: your panel interview has been pushed back to 3pm.",
    "The top candidates will then meet the chief executive.",
    "Know someone great? Invite your colleagues to apply for our new graduate roles.",
])
def test_a_round_for_those_chosen_or_on_condition_or_moved_is_no_invitation(
        text: str) -> None:
    assert outcome(text) != "next_round"


@pytest.mark.parametrize(("text", "no"), [
    ("Please see attached the person specification and our staff handbook.", "offer"),
    ("Shame you've pulled out - good luck in the new job!", "rejected"),
    ("Noted that you have accepted a position elsewhere; all the best.", "rejected"),
])
def test_the_learned_reader_needs_a_word_of_the_job_given_and_never_reads_a_withdrawal(
        text: str, no: str) -> None:
    assert outcome(text) != no


@pytest.mark.parametrize(("text", "dmy", "back"), [
    ("Thanks for your message. I'm on study leave until Tuesday 5 January.", False,
     date(2027, 1, 5)),
    ("The HR team is away from 23 December through 3 January; emails will be answered after "
     "that.", True, date(2027, 1, 4)),
    ("I'm unavailable till 08/01 inclusive.", True, date(2027, 1, 11)),
    ("Our offices are shut for Christmas and re-open on Monday 4 January.", False,
     date(2027, 1, 4)),
    ("Abwesenheitsnotiz / out of office: back on 07.01.2027.", False, date(2027, 1, 7)),
])
def test_an_out_of_office_return_day_in_other_words(text: str, dmy: bool, back: date) -> None:
    from followup.capture.replies import back_day

    friday = datetime(2026, 12, 18, 10, tzinfo=ZoneInfo("Europe/Dublin"))
    assert back_day(text, friday, "Europe/Dublin", dmy) == back


@pytest.mark.parametrize(("text", "day"), [
    ("Either way you'll have a yes or a no from me by Thursday.", date(2026, 12, 3)),
    ("Offers and regrets go out to all applicants on or about 10 December.", date(2026, 12, 10)),
    ("We'd like to close the search off by Friday 11 December.", date(2026, 12, 11)),
    ("Will get back to y'all by Wednesday!", date(2026, 12, 2)),
])
def test_plain_and_chatty_words_of_the_answer_to_come(text: str, day: date) -> None:
    got = read_reply(text, SENT, "Europe/London")
    assert (got.outcome, got.day) == ("decision", day)


@pytest.mark.parametrize(("text", "want"), [
    ("As a next step, please sit our online verbal reasoning assessment before Monday.",
     "next_round"),
    ("Could you complete the situational judgement test in the link?", "next_round"),
    ("The governors have agreed to appoint you as Deputy Head of Science.", "offer"),
])
def test_a_test_named_by_its_kind_and_an_appointment_offered(text: str, want: str) -> None:
    assert outcome(text) == want


def test_an_appointment_refused_or_a_test_already_sat_is_neither() -> None:
    assert outcome("We are unable to appoint you on this occasion.") != "offer"
    assert outcome("Thanks for completing the numerical reasoning test yesterday.") \
        != "next_round"


def test_a_company_is_named_with_or_without_its_legal_form() -> None:
    from followup.capture.matching import Facts, company_named

    text = "A message from the recruitment team at Tidemark Foods about your application"
    assert company_named(Facts(1, "Tidemark Foods Pty Ltd", "Buyer", ()), text)
    assert company_named(Facts(1, "Tidemark Foods, Inc.", "Buyer", ()), text)
    assert not company_named(Facts(1, "Tidemark Group Ltd", "Buyer", ()), text)
