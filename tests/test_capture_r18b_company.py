"""The employer of an invitation, session 18's second round (issue 23): a shop named for its
owner where the location names it, a house number with a capital letter, a pronoun that
starts a sentence, and a recruiter who keeps the client back. Invitations written here, none
a fixture's."""

from __future__ import annotations

import pytest
from tests.test_capture_company import company

from followup.capture.pronoun_words import is_pronoun

FREE = "CN=Inès Caron:mailto:ines.caron@icloud.com"


def test_a_shop_named_for_its_owner_is_the_employer_where_the_location_names_it() -> None:
    # the title writes the shop, the location writes it before its address: the owner's
    # given name inside it is the shop's name, no line addressed to her
    assert company("Entretien Sam – Boulangerie Inès", FREE,
                   "Bonjour Sam, passez après le service.\nInès",
                   location="Boulangerie Inès, 8 Rue des Tanneurs, 31000 Toulouse") == \
        "Boulangerie Inès"
    # … but the same words in the title with no such location stay a line to her
    assert company("Entretien Sam – Bonjour Inès", FREE, "À bientôt") != "Bonjour Inès"


@pytest.mark.parametrize("street", ["Havenkade 21B", "Storgatan 3A", "Dorfstraße 12C",
                                    "Via Roma 7B", "Hoofdweg 4a"])
def test_a_house_number_with_its_letter_is_a_street_after_the_business(street: str) -> None:
    organizer = "CN=Tijs Bremer:mailto:tijsbremer@icloud.com"
    assert company("Gesprek Sam", organizer, "Kom gerust langs. Groet Tijs",
                   location=f"Brouwerij Tarwe, {street}, 3511 AB Utrecht") == "Brouwerij Tarwe"


@pytest.mark.parametrize("word", ["They", "Sie", "Ils", "Ellos", "Eles", "Loro", "Zij", "De",
                                  "Oni", "Они", "Onlar", "Mereka", "Sila", "Hulle", "他们"])
def test_a_personal_pronoun_is_no_employer(word: str) -> None:
    assert is_pronoun(word) == (word != "De")  # "De" is a preposition as often: left out
    assert not is_pronoun("IT") and not is_pronoun("Tarwe")


def test_a_pronoun_that_starts_a_sentence_is_not_taken_for_the_employer() -> None:
    got = company("Call: Sam / Odile", "CN=Odile Marsh:mailto:odile.marsh@outlook.com",
                  "Hi Sam,\nThey are hiring a Plant Manager for a new site.\nOdile")
    assert got != "They"


@pytest.mark.parametrize("kept", [
    "my client (name shared after this first call, under NDA) is a regional bank",
    "the client is a regional bank; name withheld for now",
    "un cliente confidencial del sector bancario",
    "een vertrouwelijke opdrachtgever in de bankensector",
])
def test_a_recruiter_from_free_mail_who_keeps_the_client_back_names_no_employer(
        kept: str) -> None:
    # the recruitment firm only in the signature, the mail a free one: the employer is asked,
    # never the firm
    got = company("Call: Sam / Odile – Risk Manager",
                  "CN=Odile Marsh:mailto:odile.marsh@outlook.com",
                  f"Hi Sam,\nAs discussed, {kept}. They are hiring a Risk Manager.\n\n"
                  "Odile Marsh\nHollowfield Search – Financial Services")
    assert got == ""


@pytest.mark.parametrize("form", ["PT", "CV", "UAB", "SIA", "ООО"])
def test_a_legal_form_written_before_the_name_is_never_initials_to_spell_out(form: str) -> None:
    from followup.capture.employer import spelled_out

    # "PT Sarana Teh" is a company with its form first, not the "Project Tracker" the
    # file writes elsewhere
    assert spelled_out(f"{form} Sarana Teh", "Project Tracker: Ops Analyst") == ""
    assert spelled_out("KIH", "Kallang Infrastructure Holdings") == \
        "Kallang Infrastructure Holdings"


def test_from_free_mail_the_firm_signed_with_its_legal_form_beats_a_one_word_guess() -> None:
    # the town after the firm's form and in the location is its seat, not the employer
    got = company("Razgovor za posao - električar",
                  "CN=Ivo Barić:mailto:ivo.baric@outlook.com",
                  "Poštovani,\n\npotvrđujem razgovor u Rovinju u radionici.\n\nLijep pozdrav,\n"
                  "Ivo Barić\nIstra Elektro d.o.o., Rovinj\n091 555 0000",
                  location="Marina Rovinj, hala 3")
    assert got == "Istra Elektro d.o.o."
