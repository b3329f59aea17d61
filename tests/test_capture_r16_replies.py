"""Outcomes read from what a sentence means in German, Dutch and French (capture/reply_meaning,
issue 23, session 16, after blind_dev31): "we … not … go on", an applicant chosen who is not
the reader, the other applicant who made the difference, the post filled otherwise, a
further step or a task offered; and the sentences that look like them but say something else
(a meeting not going on, the reader chosen, nothing decided yet). Also: the date order from
the Date header's offset, an absence said to include its last day, "after that" before a
deadline, an offer attached as the employment offer. Every example is our own."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.capture import date_order
from followup.capture.replies import back_day, read_reply
from followup.capture.reply_languages import outcome
from followup.capture.reply_offer import is_offer

THU = datetime(2027, 4, 8, 10, tzinfo=ZoneInfo("Europe/Amsterdam"))  # a Thursday


@pytest.mark.parametrize(("sentence", "want"), [
    # we … not … go on, with the reader or the application, or with no one named
    ("Wir haben beschlossen, den Prozess mit dir nicht weiterzuführen.", "rejected"),
    ("Helaas gaan wij niet door met jouw kandidatuur.", "rejected"),
    ("Na overleg hebben we besloten dat we niet verder gaan – sorry.", "rejected"),
    ("Nous avons décidé de ne pas poursuivre votre candidature.", "rejected"),
    ("Nous ne serons malheureusement pas en mesure de donner une suite positive.", "rejected"),
    # an applicant chosen who is not the reader, the verb first or last
    ("We hebben gekozen voor een sollicitant die al in de regio woont.", "rejected"),
    ("Wir haben uns am Ende für ein Profil mit mehr Cloud-Erfahrung entschieden.", "rejected"),
    ("Nous avons choisi un candidat déjà présent dans l'équipe.", "rejected"),
    # the other applicant who made the difference, with nothing still to come
    ("Den Ausschlag gab am Ende die Branchenerfahrung des anderen Bewerbers.", "rejected"),
    ("Uiteindelijk had de andere kandidaat net iets meer ervaring met Azure.", "rejected"),
    # the post filled otherwise, the regret said
    ("Wir werden die Stelle intern besetzen.", "rejected"),
    ("Nous sommes au regret de vous annoncer notre décision.", "rejected"),
    # a further step or a task offered
    ("Je souhaiterais vous inviter à un deuxième entretien avec notre CTO.", "next_round"),
    ("Graag nodigen we je uit voor een tweede gesprek met het team.", "next_round"),
    ("We willen je een praktijkcase voorstellen als volgende stap.", "next_round"),
    ("Gerne würden wir dich zu einer Fallstudie einladen.", "next_round"),
    ("Je vous propose un dernier échange avec notre directrice jeudi.", "next_round"),
])
def test_a_meaning_in_another_language(sentence: str, want: str) -> None:
    got = outcome([sentence])
    assert got is not None and got[0] == want


@pytest.mark.parametrize("sentence", [
    "Nous ne manquerons pas de vous tenir informé de la suite du processus.",
    "Nous n'avons pas encore choisi de candidat pour le poste.",
    "Wir haben noch nicht entschieden, welche Kandidaten wir einladen.",
    "Wir sprechen diese Woche noch mit der anderen Kandidatin und melden uns bis Freitag.",
    "We hebben nog geen kandidaat gekozen.",
    "Vous avez été retenu parmi les candidats pour la suite.",
    "Wir haben uns für Sie als Kandidatin entschieden.",
    "Wir haben Ihr Profil ausgewählt und möchten Sie kennenlernen.",
    "Nous avons retenu votre profil pour un entretien.",
    "Je vous propose un créneau pour notre premier entretien mardi.",
    "Wir laden Sie zu einem Vorstellungsgespräch ein.",
    "Wir können das Gespräch leider nicht wie geplant fortsetzen, wir verschieben auf Montag.",
    "We gaan niet verder met de planning tot maandag.",
    "Nous ne pouvons pas continuer l'entretien demain, je vous propose jeudi.",
    "Falls wir nicht weitermachen, sagen wir Ihnen Bescheid.",
    "Wir melden uns, ob wir Sie zur zweiten Runde einladen.",
])
def test_what_only_looks_like_one(sentence: str) -> None:
    assert outcome([sentence]) is None


def test_a_next_round_keeps_the_decision_day_beside_it() -> None:
    got = read_reply("Hallo Alex,\n\nwir möchten Sie gern zur dritten Runde einladen.\n\n"
                     "Wir planen, bis zum 23.04. eine Entscheidung zu treffen.\n\nGruß\nMia\n",
                     THU, "Europe/Berlin", dmy=True)
    assert got.outcome == "next_round"


def _raw(offset: str, lang: str = "") -> bytes:
    head = f"Date: Thu, 08 Apr 2027 09:00:00 {offset}\r\n"
    head += f"Content-Language: {lang}\r\n" if lang else ""
    return f"{head}Subject: x\r\n\r\nHi\r\n".encode()


@pytest.mark.parametrize(("offset", "want"), [
    ("+1000", True), ("+1300", True), ("+0930", True), ("+0100", True), ("+0530", True),
    ("+0000", False), ("+0800", False), ("+0900", False), ("-0500", False), ("-0300", False),
])
def test_the_date_order_of_a_writers_offset(offset: str, want: bool) -> None:
    assert date_order.day_first_offset(_raw(offset)) is want


def test_signs_keep_the_content_language() -> None:
    got = date_order.signs(_raw("+1100", "en-US"), "body")
    assert got.startswith("en-US") and date_order.DAY_FIRST_ZONE in got and got.endswith("body")


def test_an_absence_that_includes_its_last_day_wins_over_until() -> None:
    body = ("Ik ben afwezig t/m vrijdag 9/4 en lees mijn mail niet.\n\n"
            "I'm away until Friday 9/4 and not reading mail.\n")
    sent = datetime(2027, 4, 6, 8, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert back_day(body, sent, "Europe/Amsterdam", dmy=True) == date(2027, 4, 12)


def test_after_that_before_a_deadline_keeps_its_day() -> None:
    got = read_reply("Hi Sam,\n\nWould Monday 12/4 at 10:00 suit for the call with Ade? After "
                     "that we'll make our decision by Friday 16/4.\n\nBest,\nJo\n", THU,
                     "Europe/London", dmy=True)
    assert got.outcome == "decision" and got.day == date(2027, 4, 16)


def test_the_employment_offer_attached() -> None:
    assert is_offer("Attached you'll find your employment offer for the Analyst role.")
    assert is_offer("Enclosed is the job offer we discussed on the phone.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Budget got frozen so we can't hire for the analytics role right now.", True),
    ("We're unable to recruit for this position at the moment.", True),
    ("Your portfolio was great, but we needed deeper Go, which is why we went another way.",
     True),
    ("We can't hire for the role until the budget clears in March.", False),
    ("We went the other way round the building to reach the meeting room.", False),
])
def test_a_hold_or_the_other_way_said_alone(sentence: str, want: bool) -> None:
    from followup.capture.reply_words import is_rejection

    assert is_rejection(sentence) is want
