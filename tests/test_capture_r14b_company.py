"""The employer of an invitation, session 14's second company round (issue 23): general
habits behind people_dev48..52's misses, each with a new example (no fixture's)."""

from __future__ import annotations

from tests.test_capture_company import company

from followup.capture.employer_not_names import not_a_name


def test_the_meetings_own_words_are_no_employer() -> None:
    assert not_a_name("Entretien", []) == "the meeting's own name"
    assert not_a_name("Dia de Avaliação", []) == "the meeting's own name"
    assert not_a_name("Bewerbungsgespräch Auftraggeber", []) == "the meeting's own name"
    assert not_a_name("Premier Foods", []) == ""
    # a title that is the meeting's name and a trade's word: the domain's name instead
    got = company("Rencontre – poste de fleuriste",
                  "CN=Odile Marchand:mailto:odile@fleursdumarais.example")
    assert "Rencontre" not in got


def test_a_person_addressed_with_an_honorific_is_no_employer() -> None:
    assert not_a_name("Mrs. Halima Osei", []) == "a person, addressed with an honorific"
    assert not_a_name("Dr. Weber", []) == "a person, addressed with an honorific"
    assert not_a_name("Mrs Fields Bakery", []) == "a person, addressed with an honorific"
    assert not_a_name("Sirocco Partners", []) == ""
    assert not_a_name("Misty Harbour Foods", []) == ""


def test_a_time_zones_region_is_no_employer() -> None:
    texts = ["Starts 10:00 AM Central Time (US and Canada)\nJoin Zoom Meeting"]
    assert not_a_name("US and Canada", texts) == "a time zone's region"
    assert not_a_name("Canada Post", texts) == ""


def test_a_hiring_systems_domain_is_never_the_employer() -> None:
    got = company("Bewerbungsgespräch – Lagerleitung", "mailto:noreply@softgarden.io")
    assert got.lower() != "softgarden"


def test_the_parties_joined_by_a_times_sign_are_split_like_an_x() -> None:
    got = company("Fernhill × Sam – Systems design (Staff Engineer)",
                  "CN=Ola Brandt:mailto:ola.brandt@fernhill.example",
                  "Ola Brandt\nFernhill Instruments GmbH")
    assert "×" not in got and got.startswith("Fernhill")
