"""Session 15, second replies round (issue 23): habits of employers' mail after an interview,
each written here in words of its own (new names, new employers): a "no" passed on by a
colleague who heard it, an offer taken back, a "no" said by a choice made the other way or a
post closed or frozen in German and French, an offer attached in Norwegian, a further meeting
wished for in French, an English decision cue with the writer's own word for "by", and an
out-of-office that answers no one application."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from followup.capture import inbox, reply_languages
from followup.capture.replies import read_reply, sentences
from followup.capture.reply_dates import named_only

AT = datetime(2027, 3, 2, 9, 30, tzinfo=UTC)


def _outcome(text: str) -> str:
    return read_reply(text, AT, "UTC").outcome


@pytest.mark.parametrize("text", [
    # a colleague passing on the "no" for a named role
    "Hi Sam - Marisol mentioned the panel went a different way for the analyst position. "
    "Really enjoyed our chat.",
    "Just heard from Tomas that they went another direction on the SRE role, sorry.",
    # an offer taken back
    "Because of the restructuring we are rescinding the offer we extended to you last week.",
    "Your application for Payments Analyst at Corvid Labs has been updated to: Closed "
    "(Offer rescinded).",
    "I'm afraid the offer has been withdrawn following the budget review.",
])
def test_a_no_passed_on_or_an_offer_taken_back_is_a_rejection(text: str) -> None:
    assert _outcome(text) == "rejected"


@pytest.mark.parametrize("text", [
    "We went a different way for the venue, so the final round is at our Leith office.",
    "We'd like to offer you a second interview; we'll send the offer letter for the slot "
    "tomorrow.",
    "Sorry we can't go ahead on that date - could you do Thursday instead?",
])
def test_a_thing_other_than_the_hire_is_no_rejection(text: str) -> None:
    assert _outcome(text) != "rejected"


@pytest.mark.parametrize("text, want", [
    ("Guten Tag Frau Sam, nach langer Überlegung haben wir uns für die Stelle als "
     "Controllerin leider anders entschieden.", "rejected"),
    ("Hi Sam, Uwe hat mir erzählt, dass es mit der Backend-Stelle leider nicht geklappt hat.",
     "rejected"),
    ("Gerne möchten wir Sie zum nächsten Schritt unseres Auswahlverfahrens einzuladen: "
     "einem Gespräch mit der Bereichsleitung.", "next_round"),
    ("Le poste de Chef de projet auquel vous avez postulé a été fermé. Merci de votre "
     "intérêt.", "rejected"),
    ("La direction a choisi de suspendre le recrutement jusqu'à l'automne.", "rejected"),
    ("Bonjour, Hélène souhaiterait vous rencontrer à nouveau pour un deuxième entretien avec "
     "l'équipe produit.", "next_round"),
    ("Hei Sam, vedlagt er vårt tilbud om stillingen som dataanalytiker.", "offer"),
])
def test_outcomes_in_the_writers_languages(text: str, want: str) -> None:
    assert _outcome(text) == want


def test_an_english_decision_with_the_writers_own_by_and_day() -> None:
    got = read_reply("Quick note in English: we will reach a decision on the analyst role "
                     "inden torsdag 11.03.", AT, "UTC")
    assert (got.outcome, got.day) == ("decision", date(2027, 3, 11))
    got = read_reply("We hope to have a decision for you, bis Mittwoch 10.03.", AT, "UTC")
    assert (got.outcome, got.day) == ("decision", date(2027, 3, 10))


def test_polish_do_is_no_by_in_an_english_sentence() -> None:
    said = sentences("We'll make a decision soon; do 3/4 of the team need to meet you?")
    assert reply_languages.decision_day(said, AT.date()) is None


_AWAY = (b"From: Lena Ostrova <lena@formerfirm.example>\r\nTo: sam@gmail.com\r\n"
         b"Subject: Automatic reply: lunch next week?\r\nAuto-Submitted: auto-replied\r\n"
         b"Date: Tue, 02 Mar 2027 08:00:00 +0000\r\nMessage-ID: <a1@formerfirm.example>\r\n"
         b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
         b"I'm on parental leave and will be back on Monday 12 April. For anything urgent "
         b"please write to office@formerfirm.example.\r\n\r\nLena\r\n")
_APPS = [{"id": 1, "company": "Brackenfield Ltd", "role": "Data Analyst",
          "interviewers": [{"name": "Ola Berg", "email": "ola@brackenfield.example"}],
          "coordinator": None, "sent": []}]


def test_an_out_of_office_for_no_application_still_gives_its_return_day() -> None:
    got = inbox.evaluate(_AWAY, _APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"], got["back"]) == (None, None, "2027-04-12")


def test_mail_for_no_application_that_is_not_away_gives_no_day() -> None:
    raw = _AWAY.replace(b"Automatic reply: ", b"").replace(b"Auto-Submitted: auto-replied\r\n",
                                                           b"").replace(
        b"I'm on parental leave and will be back on Monday 12 April.",
        b"Lunch would be great, I'm back in town on Monday 12 April.")
    got = inbox.evaluate(raw, _APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["back"]) == (None, None)


def test_a_period_narrowed_to_a_named_day_is_that_day() -> None:
    from followup.capture.inbox import decision_day
    from followup.capture.reply_dates import named_only

    at = datetime(2027, 5, 4, 15, 0, tzinfo=UTC)  # a Tuesday
    with named_only():
        assert decision_day("They'd like to decide by the end of next week, so Thursday 13th "
                            "realistically.", at, True) == date(2027, 5, 13)
        assert decision_day("They'd like to decide by the end of next week.", at, True) is None


@pytest.mark.parametrize("text, want", [
    # an emoji before a capital ends a sentence
    ("Ring me when you can, brilliant news from Dmitri 🎉 They want to make you an offer for "
     "the analyst role, £58k.", "offer"),
    # the outcome apologised for, the next try encouraged
    ("Sam - sorry again about the outcome, I argued for you.", "rejected"),
    ("Not the news you wanted, but I'd really encourage you to reapply in a year or so.",
     "rejected"),
    # not an outcome: an apology for a delay, a next try on a condition
    ("Sorry about the outcome delay - we'll be in touch soon.", "reply"),
    ("Should this not work out we encourage you to apply again next year.", "reply"),
])
def test_an_emoji_ends_a_sentence_and_a_no_said_by_its_regret(text: str, want: str) -> None:
    assert _outcome(text) == want


_FRI = datetime(2026, 10, 2, 10, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize("text, want", [
    # a go-between passes on when the employer will answer
    ("Caught up with Rahul at Veltmark - he'll let me know by Weds 10/7.", date(2026, 10, 7)),
    ("The client has promised to let us know by Tuesday 10/6, I'll call you straight after.",
     date(2026, 10, 6)),
    # the candidate's own deadline is still none
    ("Please let me know by Tuesday 10/6 if the offer works for you.", None),
])
def test_a_go_betweens_answer_to_come_is_the_decision_day(text: str, want: date | None) -> None:
    with named_only():
        assert read_reply(text, _FRI, "UTC").day == want


@pytest.mark.parametrize("text, want", [
    ("Before we decide, we'd love you to meet our COO on Wednesday 10/7.", None),
    ("Hi Sam - before making a final decision, could you join a call with Ines on Tuesday "
     "10/6?", None),
    ("Before we decide, the board meets on Tuesday 10/6, and we'll decide by Friday 10/9.",
     date(2026, 10, 9)),
])
def test_a_step_before_deciding_gives_no_decision_day(text: str, want: date | None) -> None:
    from followup.capture.inbox import decision_day

    with named_only():
        assert decision_day(text, _FRI) == want


def test_a_hedged_confirmation_beside_a_next_round_is_its_decision_day() -> None:
    from followup.capture.inbox import decision_day

    text = ("We've decided to move you to the reference stage. We hope to be able to confirm "
            "everything by Tuesday 10/6.")
    with named_only():
        assert decision_day(text, _FRI) == date(2026, 10, 6)
        assert decision_day("We'll need you to confirm the interview slot by Tuesday 10/6.",
                            _FRI) is None
