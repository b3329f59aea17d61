"""Decision days and outcomes said the way people say them (issue 23, session 13, after
blind_dev21): a weekday after a week named in another clause ("off sick this week, so it'll
be Tuesday"), a process closed by a day, the answer a message will bring ("revert with the
outcome by 23/12"), a call to walk through details, an offer after the writer's own hedge,
references asked for without a "you", and a role named only to be set aside. Every example
is our own (no fixture's): councils, banks, start-ups, hospitals, agencies; UK, Irish, US,
Indian, Singaporean, South African and Australian writers, by hand and from systems."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from tests.test_capture_reply_matching import TWO_AT_ONE
from tests.test_capture_reply_s11_matching import read

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply
from followup.capture.reply_offer import is_offer
from followup.capture.reply_rounds import is_next_round
from followup.capture.reply_words import is_rejection

WED = datetime(2026, 12, 2, 10, tzinfo=ZoneInfo("Europe/London"))  # a Wednesday


def reading(text: str, dmy: bool = True) -> tuple[str, str | None]:
    got = read_reply(f"Hi Sam,\n\n{text}\n\nBest,\nJo\n", WED, "Europe/London", dmy=dmy)
    return got.outcome, got.day.isoformat() if got.day else None


@pytest.mark.parametrize(("text", "dmy", "day"), [
    # a day taken back, and the new one given after a week someone is away: the coming one
    ("I told you Thursday for our decision, but the VP is traveling this week, so we'll get "
     "back to you Monday instead.", False, "2026-12-07"),
    ("We'd planned to have an answer for you on Friday, but the panel chair is on leave this "
     "week, so expect to hear from us on Tuesday.", True, "2026-12-08"),
    ("Our MD is travelling this week hence we will revert on Monday.", True, "2026-12-07"),
    ("We'd said Thursday for a decision, but our director is away this week, so it'll now be "
     "Monday.", True, "2026-12-07"),
    ("We said Friday for the decision, but Ruth is off sick this week, so it'll be Tuesday "
     "instead.", False, "2026-12-08"),
    ("The panel sits this week, but we'll only have a decision on Tuesday.", True,
     "2026-12-08"),
    ("Kagiso is at a conference this week, which means we'll let you know on Monday.", True,
     "2026-12-07"),
    ("The panel sits next week, but I'll update you on Friday.", True, "2026-12-04"),
    # a day of the week named, in the same breath: that week's (as before)
    ("We're interviewing next week, so Friday at the earliest for a decision.", True,
     "2026-12-11"),
    ("We'll decide some time next week, Thursday at the latest.", True, "2026-12-10"),
    ("You'll hear from us later this week, Friday at the latest.", False, "2026-12-04"),
])
def test_a_weekday_in_a_clause_of_its_own_is_the_coming_one(text: str, dmy: bool,
                                                           day: str) -> None:
    assert reading(text, dmy) == ("decision", day)


@pytest.mark.parametrize(("text", "day"), [
    ("We should be able to close this by 14/12.", "2026-12-14"),
    ("Our CEO signs off tomorrow, so we hope to close it before Friday.", "2026-12-04"),
    ("We're aiming to close things by the 9th at the latest.", "2026-12-09"),
    ("The hiring lead expects to close this no later than 11 December.", "2026-12-11"),
    ("We will revert with the outcome by 18/12.", "2026-12-18"),
    ("Our HR team will write to you with the panel's decision on or before 16 December.",
     "2026-12-16"),
])
def test_the_process_closed_by_a_day_or_the_answer_brought_on_one(text: str, day: str) -> None:
    assert reading(text) == ("decision", day)


@pytest.mark.parametrize("text", [
    # a day that closes applications, a slot or the candidate's reply is no decision day
    "Applications close this Friday, 4/12.",
    "The posting will close on 18 December.",
    "Please revert with your availability by 15/12.",
    "Arjun will send you an invitation with the interview slots by Monday.",
    "Please close this by Friday by returning the signed contract.",
    "We need you to close it before the 18th.",
    "Could you close this out by the 11th with your references?",
    "Kindly revert to me by 10/12 with your notice period.",
    "Jordan will call you this afternoon to walk through the details.",
    "Ben will ring you tomorrow to walk you through the package.",
])
def test_days_that_bring_no_answer(text: str) -> None:
    assert reading(text)[1] is None


@pytest.mark.parametrize("text", [
    # the candidate's deadline, read from any cue of the sentence
    "Please let us know your decision by Friday.",
    "Kindly share your decision on the offer by 7/12.",
    "Could you confirm your decision by Monday?",
    "We'd appreciate your decision by the 9th.",
])
def test_the_candidates_deadline_whichever_cue_reads_it(text: str) -> None:
    assert reading(text)[1] is None


@pytest.mark.parametrize(("text", "day"), [
    # a body's step on a day, and the day the candidate hears after it
    ("Quick update: the board signs off on Thursday and I'll call you Friday with the news.",
     "2026-12-04"),
    ("The panel will make its decision at its meeting on 9 December, and we'll write to all "
     "candidates by 11 December.", "2026-12-11"),
    ("Our trustees approve the appointment at their meeting on 8/12; you'll hear from me by "
     "10/12.", "2026-12-10"),
    ("Finance is signing off on Monday, so I'll have an answer for you Tuesday.", "2026-12-08"),
    ("The shortlisting panel sits the week commencing 7 December, and we will email all of "
     "you by 11/12.", "2026-12-11"),
])
def test_a_bodys_step_before_the_day_the_candidate_hears(text: str, day: str) -> None:
    assert reading(text) == ("decision", day)


@pytest.mark.parametrize(("text", "day"), [
    ("We'd like you to meet our Managing Director as the final step. We will revert with the "
     "outcome by 23/12.", "2026-12-23"),
    ("Please come in for a case study on Monday. HR will be in touch with a final answer by "
     "Friday 11 December.", "2026-12-11"),
    ("We'd love you to do a take-home. We should be able to close this by 18/12.",
     "2026-12-18"),
])
def test_a_next_round_and_the_day_of_the_answer(text: str, day: str) -> None:
    assert reading(text)[0] == "next_round"
    assert decision_day(text, WED, True) is not None
    assert decision_day(text, WED, True).isoformat() == day  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "offer"), [
    # the writer's hedge before the news, in a clause of its own
    ("I'm not supposed to steal Jordan's thunder, but I couldn't resist: the team wants to "
     "move forward with an offer!", True),
    ("It's not official until HR signs off, but we'd like to make you an offer.", True),
    ("Don't tell anyone I told you, but we're going to make you an offer!", True),
    ("I shouldn't jump the gun; the board has approved your hire and we'd love to have you on "
     "board.", True),
    ("I wasn't sure we'd get here, but the board has approved your hire!", True),
    # a denial in the offer's own clause still denies it
    ("Unfortunately, we won't be able to move forward with an offer.", False),
    ("Unfortunately - we can't make you an offer at this time.", False),
    ("We're not in a position to make you an offer yet, but we'd like to keep talking.", False),
    ("I can't say much yet - the panel wants to move forward with an offer to another "
     "candidate.", False),
])
def test_an_offer_after_the_writers_own_hedge(text: str, offer: bool) -> None:
    assert is_offer(text) is offer


@pytest.mark.parametrize(("text", "asked"), [
    ("We'd like to take up references as the last step - Ciarán will be in touch to collect "
     "details.", True),
    ("The panel would like to start reference checks next week.", True),
    ("We'd like to check references and then confirm the offer.", True),
    ("As a final step we'd like to approach referees; Thandi will email for their details.",
     True),
    ("We would like to request references now, please.", True),
    # another applicant's references
    ("We'd like to take up references for our preferred candidate this week.", False),
    ("We're now checking references for the successful applicant.", False),
])
def test_references_asked_for_need_no_you(text: str, asked: bool) -> None:
    assert is_next_round(text) is asked


@pytest.mark.parametrize(("body", "app", "outcome"), [
    # in the Payroll Officer thread, news of the other role, the thread's named to set it aside
    ("Separately from the Payroll Officer process, I've got good news on your Finance Systems "
     "Analyst application: Amy would like to invite you to the final stage.", 2, "next_round"),
    ("Apart from the Payroll Officer post, Amy wants to move forward with an offer for the "
     "Finance Systems Analyst role!", 2, "offer"),
    ("Unrelated to the Payroll Officer role - the Finance Systems Analyst panel would like "
     "you to come in and present to the directors.", 2, "next_round"),
    # in the other role's words, the thread's role set aside is still the one decided when it
    # alone is named
    ("Separately, on the Payroll Officer post, Dev would like you to meet the finance "
     "director.", 1, "next_round"),
    ("Other than the Finance Systems Analyst post, which is still open, I have news: Dev "
     "would like you to come in and meet the payroll team for the Payroll Officer role.", 1,
     "next_round"),
])
def test_a_role_named_to_be_set_aside(body: str, app: int, outcome: str) -> None:
    got = read(body)
    assert (got["app"], got["outcome"]) == (app, outcome), got


@pytest.mark.parametrize(("text", "no"), [
    # the candidate not the one chosen, in the passive
    ("The hiring committee met on Monday and made its final selection; unfortunately you were "
     "not the candidate selected.", True),
    ("After careful review, you were not the candidate selected for the Payroll Officer post.",
     True),
    ("I'm sorry to say you weren't the applicant chosen this time.", True),
    ("Unfortunately you were not our preferred candidate on this occasion.", True),
    ("You were the candidate selected by the panel!", False),
    ("If you were not the candidate selected, we will still keep your CV.", False),
    # the job as "it", put to someone else
    ("In the end we've offered it to someone who has run a studio like ours before.", True),
    ("We've now offered it to an internal applicant.", True),
    ("Sadly we've given it to someone with more NHS experience.", True),
    ("We ended up offering it to the other finalist.", True),
    ("We've offered it to you!", False),
    ("We'd like to offer it to someone who can start in January.", False),
])
def test_a_no_said_in_the_passive_or_of_it(text: str, no: bool) -> None:
    assert is_rejection(text) is no


@pytest.mark.parametrize(("text", "asked"), [
    ("We'd like to get you into a final interview with our COO next week.", True),
    ("The team would love to bring you into an onsite loop in January.", True),
    ("Could we get you into a technical session with two of our engineers?", True),
    ("We want to bring you into the next stage of the process.", True),
    ("Kia ora Sam, we'd love to bring you into a panel with our GM.", True),
    ("When you arrive, reception will bring you into the interview room.", False),
    ("We brought the other finalists into a panel last week.", False),
])
def test_brought_into_a_step(text: str, asked: bool) -> None:
    assert is_next_round(text) is asked


@pytest.mark.parametrize(("body", "app"), [
    ("Using this thread, but this is about the other application, not the Payroll Officer "
     "process. The Finance Systems Analyst panel has gone with another candidate.", 2),
    ("This one's about your Finance Systems Analyst application, not your Payroll Officer "
     "one: Amy has appointed internally.", 2),
])
def test_a_role_said_not_to_be_the_one(body: str, app: int) -> None:
    got = read(body)
    assert (got["app"], got["outcome"]) == (app, "rejected"), got


def test_the_group_is_the_one_of_two_roles() -> None:
    assert [a["role"] for a in TWO_AT_ONE][:2] == ["Payroll Officer", "Finance Systems Analyst"]


# blind_dev21 (held-out set 12, retired unread), first read in this round: precision 0.978,
# recall 0.936, dates 0.88 (22/25) and one false day before it; blind_dev20's remaining misses
# read too: precision 0.977 -> 1.0, recall 0.915 -> 1.0 (its false day is a labelling call:
# "the formal letter today or tomorrow", which other writers label as the next update)
@pytest.mark.parametrize(("name", "precision", "recall", "dates"), [
    ("dev21", 0.995, 0.995, 0.995), ("dev20", 0.995, 0.995, 0.995)])
def test_the_folders_of_this_round_keep_their_figures(name: str, precision: float,
                                                      recall: float, dates: float) -> None:
    from tests.conftest import bench_module

    got = bench_module("capture_blind").replies(name, False)
    assert got["precision"] >= precision - 0.001 and got["recall"] >= recall, got
    assert got["dates_exact"] >= dates and got["ooo_exact"] >= 0.995, got
    assert got["false_dates"] <= (name == "dev20"), got


# blind_dev22 and blind_dev23: held-out set 13 (two writers, 100 replies each), scored before and
# after session 13's round with the same figures, then retired unread (dev23's dates 0.84 ->
# 0.88 in session 15)
@pytest.mark.parametrize(("name", "precision", "recall", "dates"), [
    ("dev22", 0.995, 0.93, 0.96), ("dev23", 0.955, 0.93, 0.88)])
def test_held_out_set_13_retired_keeps_its_figures(name: str, precision: float, recall: float,
                                                  dates: float) -> None:
    from tests.conftest import bench_module

    got = bench_module("capture_blind").replies(name, False)
    assert got["precision"] >= precision and got["recall"] >= recall, got
    assert got["dates_exact"] >= dates and got["false_dates"] == 0, got
