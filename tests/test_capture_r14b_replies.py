"""Replies of session 14's second round (issue 23, after blind_dev26 and blind_dev27): a tool
whose domain adds "hq" to its name known by the name alone; a further talk named in one German
word; offers handed over or made conditional; an ordinal day before its month that ends no
sentence; a day and month joined by dashes. Every example is our own (no fixture's):
employers, people and wordings invented for these tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture.matching import is_ats
from followup.capture.replies import read_reply, sentences
from followup.capture.reply_languages import dates, outcome
from followup.capture.reply_languages import decision_day as other_day
from followup.capture.reply_offer import is_offer
from followup.capture.reply_rounds import is_next_round

MON = datetime(2027, 3, 8, 9, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))  # a Monday


@pytest.mark.parametrize("address", [
    "noreply@jobs.ashby-mail.example",
    "talent@ashby.eu",
    "hello@careers.pinpoint-mail.example",
])
def test_a_tool_whose_domain_adds_hq_is_known_by_its_name_alone(address: str) -> None:
    assert is_ats(address)


@pytest.mark.parametrize("address", ["mo@ashbyfarm.example", "hq@northhq.example"])
def test_a_name_that_only_holds_the_tools_letters_is_not_the_tool(address: str) -> None:
    assert not is_ats(address)


@pytest.mark.parametrize(("text", "kind"), [
    ("Gerne möchten wir Sie zu einem Folgegespräch mit unserer Bereichsleiterin einladen.",
     "next_round"),
    ("Wir laden dich herzlich zum Fachgespräch ein – wir möchten dich dazu gern einladen.",
     "next_round"),
    ("Wir freuen uns, Ihnen die Position als Projektleiterin anbieten zu können.", "offer"),
    ("Unsere Personalerin schickt dir morgen das schriftliche Angebot.", "offer"),
    ("Das Angebot hängt an, schau es dir in Ruhe an.", "offer"),
    ("Wir würden Sie sehr gerne als Teamleiter Einkauf einstellen.", "offer"),
    ("Schade, dass es dieses Mal nicht geklappt hat.", "rejected"),
    ("Jammer dat het deze keer niet gelukt is, we houden contact.", "rejected"),
    ("Uw sollicitatie voor de functie Planner is gesloten.", "rejected"),
])
def test_other_languages_say_the_outcome_in_these_words(text: str, kind: str) -> None:
    got = outcome([text])
    assert got is not None and got[0] == kind


@pytest.mark.parametrize("text", [
    "Ob wir Sie zu einem Zweitgespräch einladen, entscheiden wir nächste Woche.",
    "Wir können Ihnen die Stelle leider nicht anbieten.",
    "Je sollicitatie is nog niet gesloten; we laten snel iets weten.",
])
def test_the_same_words_negated_or_open_are_no_outcome(text: str) -> None:
    got = outcome([text])
    assert got is None


@pytest.mark.parametrize("text", [
    "Your offer for Lead Analyst at Harbourline is now ready to review.",
    "Please find your official offer for the Platform Engineer role attached.",
    "As discussed, our offer is contingent on a clean background check.",
])
def test_an_offer_handed_over_or_conditional_on_checks_is_made(text: str) -> None:
    assert is_offer(text)


@pytest.mark.parametrize("text", [
    "If all goes well, our offer is conditional on references.",
    "Please find the offer of a call slot below.",
])
def test_an_offer_spoken_of_as_a_condition_is_not_made(text: str) -> None:
    assert not is_offer(text)


@pytest.mark.parametrize("text", [
    "Great news: the partners would like to see you for a case panel.",
    "Great feedback from the team - they would like you back for the final stage with Priya.",
])
def test_asked_back_or_to_be_seen_for_a_round_is_a_next_round(text: str) -> None:
    assert is_next_round(text)


def test_an_ordinal_before_its_month_ends_no_sentence() -> None:
    said = sentences("Wir melden uns spätestens am 3. März bei Ihnen. Danke für Ihre Geduld.")
    assert said == ["Wir melden uns spätestens am 3. März bei Ihnen.",
                    "Danke für Ihre Geduld."]
    assert sentences("Punkt 3. Danach kommt der Rest.") == ["Punkt 3.", "Danach kommt der Rest."]


def test_a_day_and_month_joined_by_dashes_is_a_date() -> None:
    assert dates("Je hoort uiterlijk 19-03 van ons.", date(2027, 3, 8)) == [
        (19, date(2027, 3, 19))]
    assert other_day(["Je hoort uiterlijk 19-03 van ons."], date(2027, 3, 8)) is not None
    assert dates("Bel ons tussen 09-17 uur.", date(2027, 3, 8)) == []  # no 17th month


def test_a_german_decision_day_after_an_ordinal_is_read() -> None:
    body = ("Hallo Sam,\n\nvielen Dank für das Gespräch. Herr Olbrich meldet sich spätestens "
            "am Freitag, 19. März, bei Ihnen.\n\nGrüße\nMo\n")
    got = read_reply(body, MON, "Europe/Berlin", dmy=True)
    assert got.outcome == "decision" and got.day == date(2027, 3, 19)
