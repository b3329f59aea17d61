"""Session 17, replies: the post that went to someone else, a third person's sentence that
turns to the writer after "but", a no's courtesy about the same post coming back, an offer
sent by a system in the company's name, a job to join "as a" title, and a further step asked
for beside a promised decision day (invented mail; no fixture's text)."""

from __future__ import annotations

from datetime import date, datetime

from followup.capture.replies import read_reply
from followup.capture.reply_chosen import chosen_other
from followup.capture.reply_model import vetoed
from followup.capture.reply_offer import is_offer


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_post_given_to_or_taken_by_another_person_is_a_no() -> None:
    assert chosen_other("As you know, the position of Grants Officer has been offered to and "
                        "accepted by a different applicant.")
    assert chosen_other("I'm afraid our hiring decision stands, since the other finalist "
                        "has accepted.")
    assert chosen_other("In the end the vacancy went to an internal applicant.")
    got = read_reply("Dear Lior,\n\nThank you for your patience. The role of Archivist has "
                     "been offered to and accepted by another candidate.\n\nRegards,\nBeth",
                     _at("2027-04-06T10:00:00+01:00"), "Europe/London", dmy=True)
    assert got.outcome == "rejected"


def test_another_person_taking_a_step_or_a_question_is_no_no() -> None:
    assert not chosen_other("Another applicant has taken the assessment already.")
    assert not chosen_other("The other candidate has accepted the interview slot.")
    assert not chosen_other("Has the other candidate accepted?")
    assert not chosen_other("If the other candidate has accepted, I'll let you know.")


def test_a_third_persons_sentence_keeps_what_the_writer_says_after_but() -> None:
    text = ("Mira has likely written to you already, but I wanted to add that your case study "
            "wasn't quite the depth we need for this one.")
    assert not vetoed("rejected", "your case study wasn't quite the depth we need", text)
    only_her = "Mira has been promoted to head of design."
    assert vetoed("rejected", only_her, only_her)


def test_a_no_with_a_courtesy_about_the_post_coming_back_is_not_held_back() -> None:
    text = ("Truly sorry, you were my top pick. If the req reopens in spring I'll call "
            "you first.")
    assert not vetoed("rejected", "Truly sorry, you were my top pick.", text)
    held = "Sorry for the wait. If it works for you, we'll decide next week."
    assert vetoed("rejected", "Sorry for the wait.", held)


def test_an_offer_sent_to_you_in_the_companys_name_and_a_job_joined_as_a_title() -> None:
    assert is_offer("Harbourline Foods has sent you an offer for Payroll Analyst.")
    assert is_offer("We're emailing you an offer this afternoon.")
    assert not is_offer("We have sent an offer to the other finalist.")
    assert not is_offer("We sent an offer for the Payroll role to another applicant.")
    assert is_offer("Thrilled to say we'd love you to join the finance team as a Payroll "
                    "Analyst.")


def test_a_step_asked_for_beside_a_promised_decision_day_is_a_next_round() -> None:
    got = read_reply("Hi Omar,\n\nLoved the take-home. Want to do a final with me and our "
                     "technical advisor? Thinking Thurs 18th. We'll decide by Mon 22nd.\n\nK",
                     _at("2027-03-10T18:00:00-06:00"), "America/Chicago")
    assert (got.outcome, got.day) == ("next_round", date(2027, 3, 22))
    moved = read_reply("Hi Omar,\n\nNo problem, I've moved your final to Thursday 18 March. "
                       "We'll decide by Monday 22 March.\n\nK",
                       _at("2027-03-10T18:00:00-06:00"), "America/Chicago")
    assert (moved.outcome, moved.day) == ("decision", date(2027, 3, 22))


def test_the_decision_in_another_persons_favour_is_a_no_in_english_and_german() -> None:
    from followup.capture.reply_languages import outcome

    assert chosen_other("We decided in favour of a candidate with more retail experience.")
    assert not chosen_other("The panel voted in favour of moving you forward.")
    said = ["Leider fiel die Wahl zugunsten einer anderen Bewerberin mit Laborerfahrung aus."]
    assert outcome(said) is not None and outcome(said)[0] == "rejected"  # type: ignore[index]
    assert outcome(["Die Entscheidung fiel zugunsten Ihrer Bewerbung aus."]) is None


def test_reference_calls_asked_before_the_decision_are_a_next_round() -> None:
    got = read_reply("Hi Tove,\n\nWe'd like to run three reference calls before we decide on "
                     "the Product Analyst post. We'll decide by Friday 9 April.\n\nBest,\nAri",
                     _at("2027-04-01T11:00:00+02:00"), "Europe/Stockholm", dmy=True)
    assert got.outcome == "next_round"


def test_sympathy_after_news_someone_else_gave_confirms_a_no() -> None:
    from followup.capture.reply_condolence import sympathy_after_news

    at = _at("2027-05-04T19:00:00+01:00")
    for note in ("Hi Jo, Marta will have told you about the freeze. So sorry, you were the "
                 "one I wanted.\n\nPete",
                 "Jo - heard the news. Gutted for you, genuinely.\n\nPete",
                 "Jo, Marta told me she'd written to you. Such a shame, sorry.\n\nP"):
        assert read_reply(note, at, "Europe/London", dmy=True).outcome == "rejected"
    assert sympathy_after_news("Heard the news - congratulations, welcome aboard!") is None
    assert sympathy_after_news("Sorry for the slow reply. Marta will have told you we are "
                               "still deciding.") is None
    assert sympathy_after_news("Sorry I missed you on Friday, Marta will have told you how "
                               "the day went.") is None
    assert sympathy_after_news("Marta will have told you the panel is Thursday. Sorry, can "
                               "you send your availability?") is None


def test_a_weekday_that_week_counts_from_the_day_named_before() -> None:
    got = read_reply("Hi Jo,\n\nAll sorted: your panel is now on Tuesday 9 March. Leah hopes to "
                     "decide by Thursday that week.\n\nMo",
                     _at("2027-03-01T10:00:00+00:00"), "Europe/London", dmy=True)
    assert (got.outcome, got.day) == ("decision", date(2027, 3, 11))
