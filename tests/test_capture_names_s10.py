"""Who is named in an invitation (issue 23, session 10): every person its text names, and
nothing taken for a person that is not one. Each rule on text written for this test, in a
sector, country or shape the labelled corpora do not have (a Ghanaian cocoa board, a Basque
cooperative, a Welsh council, a Québec hospital …): a rule holds for invitations nobody has
read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.mentions import mentions, usable_text
from followup.capture.names import valid


def named(text: str) -> list[str]:
    return [m.name for m in mentions(text)]


def test_an_html_character_reference_is_the_character_it_stands_for() -> None:
    text = ("<p>10:00 – 10:15 Welcome – Ama Owusu, Recruitment &amp; Onboarding Lead<br>"
            "10:15 – 11:00 Kwesi Boateng (Quality &amp; Grading)</p>")
    assert "Recruitment & Onboarding Lead" in usable_text(text)
    found = {m.name: m.title for m in mentions(text)}
    assert found["Ama Owusu"] == "Recruitment & Onboarding Lead"


@pytest.mark.parametrize("rule", ["---", "\n——————", "=====\n", "\n* * *\n"])
def test_what_the_writer_adds_below_a_video_block_after_a_rule_line_is_read(rule: str) -> None:
    text = ("Join Zoom Meeting\nhttps://acme.zoom.us/j/123456789\n\nMeeting ID: 123 456 789\n"
            f"Passcode: 1234\n{rule}\nYou will present to Eluned Pritchard (Head of Planning) "
            "and Gethin Rowlands (Principal Planner).")
    assert named(text) == ["Eluned Pritchard", "Gethin Rowlands"]


@pytest.mark.parametrize("line", ["Hello! I'm Ngaire, the recruiter for this role.",
                                  "Hi there – we're Tamsin and Joel from the talent team.",
                                  "You'll Meet Rangi Parata on the day."])
def test_a_contraction_is_never_a_word_of_a_name(line: str) -> None:
    assert not any("'" in n or "’" in n for n in named(line))


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "III", "II"])
def test_a_generational_suffix_belongs_to_the_name(suffix: str) -> None:
    data = ics("Interview: Groundskeeper", "CN=Parks HR:mailto:noreply@cityparks.example",
               [ME], esc(f"You will meet with Tyrone Beaumont {suffix}, Grounds Supervisor, "
                         "at the depot gate."))
    staff, _ = people_of(data)
    assert [n.split()[:2] for n, _ in staff] == [["Tyrone", "Beaumont"]]
    assert staff[0][0].split()[-1].strip(".") == suffix.strip(".")


@pytest.mark.parametrize("words", ["de Operaciones", "van Onderhoud", "da Silva", "di Marketing"])
def test_a_name_starts_with_a_capitalised_word_not_a_particle(words: str) -> None:
    assert not valid(words)


def test_a_title_in_another_language_after_the_comma_is_the_listed_persons() -> None:
    data = ics("Elkarrizketa – Arduraduna", "CN=Giza Baliabideak:mailto:noreply@erkide.example",
               [ME], esc("Entrevistador: Joseba Agirre Etxeberria, Jefe de Producción\n"
                         "Entrevistadora: Miren Zubiri, Directora de Calidad"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Joseba Agirre Etxeberria", "Miren Zubiri"]


@pytest.mark.parametrize("text", [
    "im Namen von Frau Keller lade ich Sie ein.",
    "Termin im Auftrag von Herrn Dr. Vogt (Chefarzt).",
    "On behalf of Mr Okonkwo, please find the details below.",
])
def test_the_words_before_a_title_of_address_are_no_part_of_the_name(text: str) -> None:
    assert all(n.split()[0] in ("Frau", "Herrn", "Mr", "Dr.", "Dr") or n in ("Keller", "Vogt",
                                                                              "Okonkwo")
               for n in named(text))


@pytest.mark.parametrize("line", [
    "Cocoa Board Annex, Airport Residential Area, Accra",
    "Harbour View Ltd, Marina Bay, Singapore",
    "Teal Lagoon Resort, Pigeon Island, Saint Lucia",
    "Maple Health, Lake Louise, Alberta",
])
def test_an_address_line_names_no_person(line: str) -> None:
    assert named(f"Questions before the call? Reply to this e-mail.\n\n{line}") == []


def test_the_words_after_a_persons_title_are_its_department_even_before_a_remark() -> None:
    text = ("The two of us will meet you:\n"
            "- Ana Beatriz Figueira, Manager, Cold Chain Logistics (hiring manager)\n"
            "- Wiremu Tane, Senior Planner")
    found = {m.name: m.title for m in mentions(text)}
    assert set(found) == {"Ana Beatriz Figueira", "Wiremu Tane"}
    assert found["Ana Beatriz Figueira"].startswith("Manager, Cold Chain Logistics")


def test_a_title_after_a_dash_ends_where_the_list_of_people_goes_on() -> None:
    text = ("You will meet with Marie-Ève Tremblay – Nurse Manager, Oncology, and "
            "Jean-François Gagnon, Clinical Educator.")
    found = {m.name: m.title for m in mentions(text)}
    assert set(found) == {"Marie-Ève Tremblay", "Jean-François Gagnon"}
    assert found["Jean-François Gagnon"] == "Clinical Educator"


@pytest.mark.parametrize("label", ["Your panel:", "Panel:", "Interviewers:"])
def test_a_list_on_the_labels_line_ends_with_its_sentence(label: str) -> None:
    text = (f"Thanks for applying. {label} Siân Llewellyn (Planning Officer) and Bogdan "
            "Nowakowski (Senior Surveyor). Bring photo ID (passport; licence).")
    assert named(text) == ["Siân Llewellyn", "Bogdan Nowakowski"]


@pytest.mark.parametrize("joined", ["&", "and", "und", "og", "et"])
def test_a_name_joined_to_the_person_before_is_read_like_it(joined: str) -> None:
    text = f"Topic: Final round – Sam Candidate with Dr. Akosua Mensah {joined} Kofi Ansah-Tetteh"
    assert named(text) == ["Dr. Akosua Mensah", "Kofi Ansah-Tetteh"]


@pytest.mark.parametrize("line", ["Noor, Recruiting", "Tamar – People team, Galilee Foods",
                                  "Kiri | Talent", "– Ngaio, HR"])
def test_a_given_name_signed_with_a_team_is_the_writer(line: str) -> None:
    text = f"You'll meet Dov Shapiro (Plant Manager).\n\n{line}"
    found = [m for m in mentions(text) if m.context == "signature"]
    assert len(found) == 1 and found[0].title
    given = found[0].name
    data = ics("Galilee Foods | Onsite – Shift Supervisor",
               f"CN={given} Levi:mailto:{given.lower()}.levi@galileefoods.example",
               [ME, "CN=Dov Shapiro:mailto:dov.shapiro@galileefoods.example"], esc(text))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dov Shapiro"]
    assert coord == (f"{given} Levi", f"{given.lower()}.levi@galileefoods.example")


@pytest.mark.parametrize("line", ["Lunch – Talent team", "Panel, Recruiting", "Thanks, HR",
                                  "Entrevue – Conseillère RH"])
def test_a_slot_or_a_closing_with_a_team_is_no_signed_name(line: str) -> None:
    assert named(f"See you soon.\n\n{line}") == []


def test_a_heading_with_a_job_is_no_signed_name() -> None:
    assert named("Intervju – Lagerleder\n\nDu treffer Ola Nordmann (Driftssjef).") == [
        "Ola Nordmann"]


@pytest.mark.parametrize(("text", "context"), [
    ("Para cualquier cambio escribe a Nerea Olano (nerea.olano@erkide.example), que coordina "
     "el proceso.", "coordinator"),
    ("Pour toute question, écrivez à Chloé Dubuc (chloe.dubuc@chuq.example), qui coordonne "
     "les entrevues.", "coordinator"),
    ("Any questions, drop a line to Rhodri Price <rhodri.price@powys.example>.", "prose"),
])
def test_a_name_followed_by_its_own_address_is_a_person(text: str, context: str) -> None:
    found = mentions(text)
    assert [(m.name, m.context) for m in found] == [(found[0].name, context)]
    assert found[0].email and found[0].email.startswith(found[0].name.split()[0].lower()[:4])


@pytest.mark.parametrize(("text", "name"), [
    ("Vamos conversar eu e a minha sócia, Teresa. Traz o portátil.", "Teresa"),
    ("Estará también Koldo, mi hermano, que lleva el taller.", "Koldo"),
    ("It'll be me and my business partner, Aroha.", "Aroha"),
    ("Mon associée, Léonie, sera aussi présente.", "Léonie"),
])
def test_a_given_name_in_apposition_to_my_or_our_noun_is_a_person(text: str, name: str) -> None:
    assert named(text) == [name]


@pytest.mark.parametrize("text", [
    "Dear Sam, my apologies for the late notice.",
    "Hi Sam, our office is on the second floor.",
    "Hola Sam, mi equipo te espera.",
])
def test_the_greeted_candidate_is_no_apposition(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize("text", [
    "This confirms your interview for Staff Nurse, Renal Unit at Korle Bu.",
    "Thank you for applying for Site Engineer, Northern Region.",
    "We are pleased to invite you to interview for Senior Pharmacist, Aseptic Services.",
])
def test_the_job_after_interview_for_or_applying_for_is_no_person(text: str) -> None:
    assert named(text) == []


def test_a_possessive_is_no_part_of_the_name() -> None:
    assert not any(n.endswith(("'s", "’s")) for n in named(
        "A quick chat with Harbour Lights' team lead and Tui Rāwiri's deputy."))


def test_pronouns_after_a_signed_name_are_dropped() -> None:
    found = mentions("Thanks,\nBongani Dube (he/him)\nWorkshop Manager")
    assert [(m.name, m.title, m.context) for m in found] == [
        ("Bongani Dube", "Workshop Manager", "signature")]


@pytest.mark.parametrize("line", ["Cancel | Reschedule", "Accept, Decline", "Edit – Reschedule"])
def test_a_booking_pages_links_are_no_signed_name(line: str) -> None:
    assert named(f"Quick chat about the role.\n\n{line}\n\nPowered by Bookwell") == []


@pytest.mark.parametrize("closing", ["Freundliche Grüsse", "Liebe Gruesse", "Beste Grüße"])
def test_a_closing_in_any_spelling_is_no_name(closing: str) -> None:
    text = f"Ihr Gespräch mit Urs Käslin (Leiter Werkstatt).\n\n{closing}\nIhr Bergbahn HR-Team"
    assert named(text) == ["Urs Käslin"]


@pytest.mark.parametrize("team", ["Equipo de Selección – Bodegas Ribera",
                                  "Équipe Sélection – Maison Ardent",
                                  "Ufficio Selezione, Gruppo Tessile Biellese"])
def test_a_recruiting_team_and_a_title_in_another_language_are_no_person(team: str) -> None:
    assert named(f"Entrevistador: Íñigo Berasategui, Enólogo\n\nUn saludo,\n{team}") == [
        "Íñigo Berasategui"]


@pytest.mark.parametrize(("slot", "name"), [
    ("14:00 – 14:45  Capacity Planning – Olumide Bakare, Network Manager", "Olumide Bakare"),
    ("9:30am  Fraud Analytics – Thandiwe Mokoena, Head of Risk", "Thandiwe Mokoena"),
])
def test_a_slots_subject_before_a_person_with_a_title_is_no_person(slot: str, name: str) -> None:
    assert named(f"Your itinerary:\n{slot}") == [name]


@pytest.mark.parametrize(("text", "want"), [
    ("You will meet with Rosalind M. Achterberg, Chief Pharmacist, and Dwayne L. Fontenot "
     "(Pharmacy Buyer).", ["Rosalind M. Achterberg", "Dwayne L. Fontenot"]),
    ("08:30 – 09:15  Priya R. Natarajan, Director of Nursing", ["Priya R. Natarajan"]),
    ("Many thanks,\nCornelius J. Abernathy\nPlant Manager", ["Cornelius J. Abernathy"]),
    ("Your interview with Dr. K. A. Boateng is confirmed.", ["Dr. K. A. Boateng"]),
])
def test_a_middle_initial_stays_inside_the_name(text: str, want: list[str]) -> None:
    assert named(text) == want


def test_the_person_after_a_title_and_a_comma_and_is_no_department() -> None:
    found = {m.name: m.title for m in mentions(
        "You'll meet with Halima Yusuf, Store Manager, and Chidi Eze.")}
    assert found == {"Halima Yusuf": "Store Manager", "Chidi Eze": ""}


def test_a_name_never_starts_inside_a_word_and_and_is_said_in_any_language() -> None:
    text = "Bạn sẽ gặp Phạm Thị Lan Anh (Trưởng phòng) và Đỗ Quang Huy."
    assert named(text) == ["Phạm Thị Lan Anh", "Đỗ Quang Huy"]
    assert named("Rozmowę poprowadzą Ewa Kowalczyk (Kierownik Zmiany) i Marek Wójcik.") == [
        "Ewa Kowalczyk", "Marek Wójcik"]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("You'll be meeting our CFO, Lindiwe Khumalo, and Senior Accountant Pieter Botha.",
     "Pieter Botha", "Senior Accountant"),
    ("On the day, Recruitment Coordinator Hana Novak will meet you at the gate.",
     "Hana Novak", "Recruitment Coordinator"),
])
def test_a_job_title_written_before_a_name_in_prose_is_its_title(
        text: str, name: str, title: str) -> None:
    found = {m.name: m.title for m in mentions(text)}
    assert found[name] == title


def test_an_organisations_first_word_is_no_title_before_a_name() -> None:
    assert named("You'll meet Ana Lima (Planner).\n\nLakehead Regional Transit") == ["Ana Lima"]


def test_meet_the_team_labels_a_list() -> None:
    found = mentions("Meet the team: Thabo (plant lead) and Naledi (quality)")
    assert [(m.name, m.context) for m in found] == [("Thabo", "interviewers"),
                                                    ("Naledi", "interviewers")]


@pytest.mark.parametrize(("text", "want"), [
    ("Cheers,\nMaya (she/her)\nRecruiting Coordinator", [("Maya", "Recruiting Coordinator")]),
    ("Ngā mihi,\nAroha", []),  # a closing the reader does not know: no signature
    ("Kind regards,\nTeam Talent", []),
    ("Warm wishes,\nIfeoma", [("Ifeoma", "")]),
])
def test_a_given_name_alone_under_a_closing_signs(text: str, want: list[tuple[str, str]]) -> None:
    assert [(m.name, m.title) for m in mentions(text) if m.context == "signature"] == want


def test_a_family_name_that_is_also_a_place_needs_a_title_beside_it() -> None:
    assert named("You will meet Anna Bay (Head of Sales) and Tom Downs, Plant Manager.") == [
        "Anna Bay", "Tom Downs"]
    assert named("Venue: the pavilion.\n\nHarbour Lights Ltd, Marina Bay, Singapore") == []
