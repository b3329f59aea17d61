"""Replies of session 17, second round (issue 23, after blind_dev34): mechanisms, not wordings.
A gender mark inside a German word ("Bewerber:in") no longer cuts the word in two; a sentence
never ends inside a bracket, and a bracket's aside is read around; the letter a note forwards
is read when the note decides nothing; an out-of-office from a person on two applications
still gives its return day. Every example is our own (no fixture's)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture import inbox
from followup.capture.asides import closed_brackets, without_asides
from followup.capture.gender_marks import unmarked
from followup.capture.replies import read_reply, sentences
from followup.capture.reply_forwarded import forwarded_letter

AT = datetime(2027, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _outcome(text: str) -> str:
    return read_reply(f"Hallo Sam,\n\n{text}\n\nBeste Grüße\nRia\n", AT, "Europe/Berlin",
                      dmy=True).outcome


@pytest.mark.parametrize(("marked", "plain"), [
    ("eine:n andere:n Bewerber:in", "einen anderen Bewerberin"),
    ("Liebe*r Kandidat*in", "Lieber Kandidatin"),
    ("Sehr geehrte_r Frau Ulm", "Sehr geehrter Frau Ulm"),
    ("Mitarbeiter·innen und Kolleg/-innen", "Mitarbeiterinnen und Kolleginnen"),
])
def test_a_gender_mark_is_taken_out_of_the_word_it_splits(marked: str, plain: str) -> None:
    assert unmarked(marked) == plain


@pytest.mark.parametrize("text", ["Hinweis: in Hamburg", "w/e", "um 10:30 Uhr", "and/or"])
def test_a_label_a_time_or_a_short_slash_is_no_gender_mark(text: str) -> None:
    assert unmarked(text) == text


def test_a_no_written_with_gender_marks_is_read() -> None:
    assert _outcome("Leider haben wir uns nach reiflicher Überlegung für eine:n andere:n "
                    "Kandidat:in entschieden.") == "rejected"


def test_a_sentence_does_not_end_inside_a_bracket() -> None:
    said = sentences("Wir laden Sie zu einem Fachgespräch (Dauer ca. 90 Minuten) ein. Passt "
                     "Ihnen Freitag?")
    assert said == ["Wir laden Sie zu einem Fachgespräch (Dauer ca. 90 Minuten) ein.",
                    "Passt Ihnen Freitag?"]
    assert closed_brackets(["a (b.", "c) d.", "e."]) == ["a (b. c) d.", "e."]
    assert without_asides("zum Gespräch (vor Ort, ca. 2 Std.) einladen") == \
        "zum Gespräch einladen"


def test_a_next_step_read_around_a_bracketed_aside() -> None:
    assert _outcome("Gerne möchten wir Sie zu einem zweiten Gespräch (online, ca. 1 Std.) "
                    "einladen.") == "next_round"


_NOTE = ("Hi Sam, passing on what the hiring team sent me this morning.\n\nPriya\n\n"
         "---------- Forwarded message ---------\nFrom: Tom Reyes <tom@quarrylane.example>\n"
         "Date: Mon, 1 Mar 2027 at 10:02\nSubject: Analyst - feedback\n"
         "To: Priya Shah <priya@stafflink.example>\n\n{letter}\n\nTom\n")


def test_the_letter_a_note_forwards_is_read_when_the_note_decides_nothing() -> None:
    letter = ("Thanks for sending Sam over. Unfortunately we've decided to go with a "
              "candidate who has more retail experience.")
    assert forwarded_letter(_NOTE.format(letter=letter)).startswith("Thanks for sending Sam")
    got = read_reply(_NOTE.format(letter=letter), AT, "UTC")
    assert got.outcome == "rejected"
    nothing = read_reply(_NOTE.format(letter="Thanks, we'll look at the CV this week."), AT,
                         "UTC")
    assert nothing.outcome not in ("rejected", "next_round", "offer")


def test_a_replys_quoted_history_is_no_forwarded_letter() -> None:
    body = ("Thanks Sam, speak soon.\n\nOn Mon, 1 Mar 2027 at 10:02, Tom wrote:\n> Unfortunately "
            "we have decided not to progress your application.\n")
    assert forwarded_letter(body) is None


_AWAY = (b"From: Ines Vidal <ines@harrowgate.example>\r\nTo: sam@gmail.com\r\n"
         b"Subject: Automatic reply: next steps\r\nAuto-Submitted: auto-replied\r\n"
         b"Date: Tue, 02 Mar 2027 08:00:00 +0000\r\nMessage-ID: <a9@harrowgate.example>\r\n"
         b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
         b"I'm out of the office and will be back on Monday 15 March.\r\n\r\nInes\r\n")
_APPS = [{"id": i, "company": "Harrowgate Foods", "role": role,
          "interviewers": [{"name": "Ola Berg", "email": "ola@harrowgate.example"}],
          "coordinator": {"name": "Ines Vidal", "email": "ines@harrowgate.example"},
          "sent": []} for i, role in ((1, "Buyer"), (2, "Category Analyst"))]


def test_an_out_of_office_from_a_person_on_two_applications_gives_its_return_day() -> None:
    got = inbox.evaluate(_AWAY, _APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"], got["back"]) == (None, None, "2027-03-15")


@pytest.mark.parametrize("text", [
    "Since we spoke, a colleague applied for the platform role and the directors decided to "
    "fill it internally.",
    "Quick note: the Ops Lead position, which Marta ended up filling internally, is closed.",
])
def test_the_post_named_then_filled_from_inside_by_a_word_pointing_back_is_a_no(
        text: str) -> None:
    assert read_reply(f"Hi Sam,\n\n{text}\n\nBest,\nJo\n", AT, "UTC").outcome == "rejected"


@pytest.mark.parametrize("text", [
    "The role won't be filled internally after all, so we'll decide by Friday 12 March.",
    "If the position, which we may fill internally, stays open, I'll call you.",
])
def test_a_post_not_filled_from_inside_or_only_perhaps_is_no_no(text: str) -> None:
    assert read_reply(f"Hi Sam,\n\n{text}\n\nBest,\nJo\n", AT, "UTC").outcome != "rejected"


def test_a_start_date_confirmed_as_a_day_is_no_decision_day() -> None:
    got = read_reply("Hi Sam,\n\nGreat to have you on board. Your start date is confirmed as "
                     "Tuesday 6 April.\n\nRuth\n", AT, "UTC")
    assert got.day is None
    got = read_reply("Hi Sam,\n\nWe'll confirm the outcome by Friday 5 March, as promised."
                     "\n\nRuth\n", AT, "UTC")
    assert got.day is not None and got.day.isoformat() == "2027-03-05"
