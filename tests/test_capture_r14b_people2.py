"""Who is who, session 14 second round (issue 23): habits read from invitations of the UK,
Ireland, continental Europe and any world, each written here in another business's words
(none is copied from the fixtures)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.mentions import mentions
from followup.capture.present_too import present_too


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def _owner_writes(said: str) -> tuple[list[str], str | None]:
    return names(ics("Conversa – Sam", "CN=Tiago Mendes:mailto:tiago.mendes@icloud.com",
                     [ME], esc(said)))


def test_a_given_name_the_owner_says_will_be_there_too_is_in_the_talk() -> None:
    for said in ("Olá Sam, passe pela oficina na terça. A Joana também vai estar presente, "
                 "ela trata das encomendas.\nTiago Mendes",
                 "Olá Sam, passe pela oficina na terça. Vai estar também o Duarte, que gere "
                 "o armazém.\nTiago Mendes",
                 "Hola Sam, pasate por el taller el martes. Va a estar también Rocío, la "
                 "encargada de sala.\nTiago Mendes",
                 "Bonjour Sam, passez à l'atelier mardi. Mon associé Gaspard, qui gère les "
                 "commandes, sera là aussi.\nTiago Mendes",
                 "Hi Sam, drop by the workshop on Tuesday. Kamau from our accounts side will "
                 "sit in too.\nTiago Mendes"):
        staff, coord = _owner_writes(said)
        assert len(staff) == 2 and staff[0] == "Tiago Mendes" and coord is None, (said, staff)


def test_verb_first_names_no_one_without_a_capital_name_after() -> None:
    assert present_too("Vai estar também presente na reunião.", []) == []
    found = present_too("Estará también Lucía Ferrer, jefa de cocina.", [])
    assert [m.name for m in found] == ["Lucía Ferrer"]


def test_a_dutch_list_of_conversation_partners_joined_by_en_is_the_panel() -> None:
    got = mentions("Gesprekspartners: Wouter Peeters (Teamleider) en Ilse Maes (HR-adviseur).")
    assert [(m.name, m.context) for m in got] == [("Wouter Peeters", "interviewers"),
                                                  ("Ilse Maes", "interviewers")]
    got = mentions("Interviewers: Nils Dahl og Kari Berg.")
    assert [m.name for m in got] == ["Nils Dahl", "Kari Berg"]


def test_the_person_after_a_timed_slots_dash_is_met_whatever_their_family_name() -> None:
    got = mentions("2:00 PM - 2:45 PM  Pairing - Oscar Lind\n"
                   "2:45 PM - 3:15 PM  Meet the VP - Grace Hall\n")
    assert [m.name for m in got] == ["Oscar Lind", "Grace Hall"]


def test_a_slots_topic_before_the_dash_and_its_person_is_no_one() -> None:
    got = mentions("09:00 - 09:45  Capacity Deep-Dive - Hamid Rostami\n"
                   "09:45 - 10:30  Sales Roleplay - Ines Vaz, Kofi Asante\n"
                   "10:30 - 11:00  Jane Okoro - Engineering Manager\n")
    assert [m.name for m in got] == ["Hamid Rostami", "Ines Vaz", "Kofi Asante", "Jane Okoro"]


def test_a_second_person_in_a_slots_brackets_sits_in_it_too() -> None:
    got = mentions("13:00 – 13:45  Architecture – Mateo Ruiz (shadow: Aiko Sato)\n"
                   "13:45 – 14:30  Product sense – Olga Ivanova (observer – Tobias Lang)\n")
    assert {m.name for m in got} == {"Mateo Ruiz", "Aiko Sato", "Olga Ivanova", "Tobias Lang"}


def test_a_timed_line_whose_wide_spaces_part_its_columns_is_a_tables() -> None:
    got = mentions("09:00 AM - 09:45 AM   Coding: Data Modelling   Rosa Lindqvist\n"
                   "09:45 AM - 10:30 AM   Team Fit Conversation     Idris Bello\n")
    assert [m.name for m in got] == ["Rosa Lindqvist", "Idris Bello"]


def test_the_assistant_desk_of_the_management_who_signs_set_it_up() -> None:
    data = ics("Vorstellungsgespräch Controller/in",
               "CN=Gruber Martina:mailto:m.gruber@alpenholz.example",
               ["CN=Leitner Johann:mailto:j.leitner@alpenholz.example", ME],
               esc("Sehr geehrte/r Sam Candidate,\n\nIhr Gesprächspartner:\nJohann Leitner, "
                   "Leiter Finanzen\n\nMit freundlichen Grüßen\nMartina Gruber\nAssistenz der "
                   "Geschäftsleitung"))
    staff, coord = names(data)
    # (each named as the letter writes them: capture/name_order, session 17)
    assert staff == ["Johann Leitner"] and coord == "Martina Gruber"


def test_the_officers_of_a_one_line_legal_footer_are_no_one_met() -> None:
    got = mentions("Ihre Gesprächspartnerin:\nDr. Hanna Wolff, Leiterin Controlling\n\n"
                   "Mit freundlichen Grüßen\nIhr Recruiting-Team\n\n"
                   "Elbtal Energie AG · Sitz Dresden · Amtsgericht Dresden HRB 9876 · "
                   "Vorstand: Dr. Jens Keller (Vorsitzender), Mia Brandt")
    assert [m.name for m in got] == ["Dr. Hanna Wolff"]


def test_a_recruiter_label_alone_on_its_line_names_whoever_is_under_it() -> None:
    got = mentions("Interviewers:\nSingh, Arjun - Lead Engineer\n\nRecruiter:\nFalk, Johanna\n\n"
                   "This invitation was sent through our hiring system.")
    assert [(m.name, m.context) for m in got] == [("Arjun Singh", "interviewers"),
                                                  ("Johanna Falk", "coordinator")]


def test_a_panel_label_qualified_by_whose_side_and_joined_by_as_well_as() -> None:
    got = mentions("Gesprächspartner beim Kunden: Frau Dr. Albers (Leiterin Einkauf) sowie ein "
                   "Kollege aus der Personalabteilung.")
    assert [(m.name, m.context) for m in got] == [("Dr. Albers", "interviewers")]


def test_the_job_words_after_a_position_are_no_ones_name() -> None:
    got = mentions("Wir laden Sie für die Stelle Sachbearbeiter Technische Dokumentation ein.")
    assert got == []


def test_a_one_line_register_sentence_is_no_one() -> None:
    got = mentions("Oakmere Foods Ltd is a company registered in Scotland No. SC123456.")
    assert got == []
