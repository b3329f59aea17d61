"""Where an employer's name ends (issue 23, session 17): a unit's words, a meeting's common
noun, a person's given name, a street, each told by the file itself. New examples only."""

from __future__ import annotations

from tests.test_capture_company import company

from followup.capture.employer_holds_person import holds_given_name
from followup.capture.name_edges import a_street, common_lead, given_with_work


def test_a_unit_after_on_behalf_of_is_not_added_to_the_name() -> None:
    got = company("Tidemark Logistics - Data Analyst Interview - Sam Candidate",
                  "CN=Tidemark Talent:mailto:talent@tidemark.example",
                  "Your interview with Tidemark Logistics Oy has been scheduled.\n\n"
                  "Booked by Aino Virtanen on behalf of Tidemark Logistics Talent "
                  "Acquisition.\nThis message was sent by an assistant.")
    assert "Talent" not in got and got.startswith("Tidemark Logistics")


def test_a_common_noun_of_the_files_language_heads_a_title_not_a_name() -> None:
    texts = ["Sollicitatie Ploegwerk - Backend Developer",
             "Fijn dat je wilt komen voor een sollicitatie bij Ploegwerk Studio."]
    assert common_lead("Sollicitatie Ploegwerk", texts, ["jan@ploegwerk.example"]) == \
        "Ploegwerk"
    # the address spells the word: the firm's own ("Café Lumen" at cafelumen)
    texts = ["Café Lumen - barista", "Kom langs in het café Lumen, wij wachten."]
    assert common_lead("Café Lumen", texts, ["ana@cafelumen.example"]) == "Café Lumen"
    # never written in small letters: a name's word
    texts = ["Ploegwerk Studio - Backend", "Welkom bij Ploegwerk Studio."]
    assert common_lead("Ploegwerk Studio", texts, []) == "Ploegwerk Studio"
    # the rest never written apart from the word: the whole is the name
    texts = ["Harbour Vets - vet nurse", "Our harbour clinic is at Harbour Vets."]
    assert common_lead("Harbour Vets", texts, []) == "Harbour Vets"


def test_a_titles_meeting_word_in_another_language_is_left_off() -> None:
    got = company("Videochamada Rio Claro - Analista Financeiro",
                  "CN=Beatriz Lima:mailto:beatriz@rioclaro.example",
                  "Olá Sam,\nConvidamos você para uma videochamada sobre a vaga de "
                  "Analista Financeiro na Rio Claro.\n\nAbraços,\nBeatriz Lima")
    assert got == "Rio Claro"


def test_a_given_name_with_their_work_in_brackets_is_a_person() -> None:
    texts = ["", "Pop in after lunch, Marek (sous chef) will show you the line."]
    assert given_with_work("Marek", texts)
    assert not given_with_work("Parking", ["Parking (free) behind the hall"])
    assert not given_with_work("Marek", ["Ask Tomas Marek (Head of Ops)"])
    got = company("Trial shift", "CN=Lou Carter:mailto:lou.carter.cook@gmail.com",
                  "Come round the side door at 2, Marek (sous chef) will show you the line. "
                  "Ask for Marek.\n\nLou Carter\nBrass Lantern Bistro, Fitzroy",
                  location="Brass Lantern Bistro, 12 Gertrude St, Fitzroy VIC 3065")
    assert got != "Marek"


def test_a_street_the_location_numbers_is_not_the_employer() -> None:
    assert a_street("Vilniaus", "Kavinė Pupa\nVilniaus 14b, 01402 Vilnius")
    assert not a_street("Kavinė Pupa", "Kavinė Pupa\nVilniaus 14b, 01402 Vilnius")
    assert not a_street("Room", "Room 12:30")
    got = company("Pokalbis / Sam", "CN=Rūta Kazlauskė:mailto:ruta.k@icloud.com",
                  "Labas Sam! Coffee at Vilniaus first, then the office.\n\n"
                  "About the Data Engineer role at Linavo.",
                  location="Kavinė Pupa\nVilniaus 14b, 01402 Vilnius")
    assert got != "Vilniaus"


def test_a_business_named_for_its_owner_holds_the_owners_given_name() -> None:
    assert not holds_given_name("La Cave de Solène", ["Solène Marchal"])
    assert not holds_given_name("Chez Ana", ["Ana Ribeiro"])
    assert holds_given_name("Interview Solène", ["Solène Marchal"])


def test_the_title_word_stays_when_no_address_spells_the_rest() -> None:
    texts = ["Sollicitatie Ploegwerk - Backend", "Bedankt voor je sollicitatie."]
    assert common_lead("Sollicitatie Ploegwerk", texts, ["jan@gmail.com"]) == \
        "Sollicitatie Ploegwerk"


def test_a_shared_mailboxs_own_name_after_the_firms_is_its_unit() -> None:
    from followup.capture.name_edges import mailbox_tail

    assert mailbox_tail("Ostmark Rekrytointi", ["rekrytointi@ostmark.example"]) == "Ostmark"
    assert mailbox_tail("Fenlow Talent", ["talent@fenlow.example", "sam@gmail.com"]) == \
        "Fenlow"
    # the domain spells the word too: the firm's own name ("Acme Careers" at acmecareers)
    assert mailbox_tail("Acme Careers", ["careers@acmecareers.example"]) == "Acme Careers"
    # a person's mailbox is no unit's
    assert mailbox_tail("Fenlow Talent", ["jo@fenlow.example"]) == "Fenlow Talent"
