"""Who is who in an invitation (issue 23, session 9, second round): each rule on an
invitation written for this test, in a sector, country or shape the labelled corpora do not
have (a hospital ward, a Czech brewery, a Philippine utility, a Kenyan insurer …). A rule
holds for invitations nobody has read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


@pytest.mark.parametrize("listed", [
    "Ward Manager Olumide Bakare, Charge Nurse Wren Halloway",
    "Charge Nurse Wren Halloway; Ward Manager Olumide Bakare",
    "Senior Manager Anna Maria Rossi, Head Chef Rafael Moreno",
])
def test_a_job_title_written_before_a_listed_name_is_its_title(listed: str) -> None:
    data = ics("Interview – Staff Nurse, Cardiology",
               "CN=Nurse Recruitment:mailto:recruit@stbarts-ward.example", [ME],
               esc(f"Interview panel: {listed}\n\nPlease bring your registration number."))
    staff, _ = people_of(data)
    want = {"Olumide Bakare", "Wren Halloway", "Anna Maria Rossi", "Rafael Moreno"}
    assert {n for n, _ in staff} == {x for x in want if x in listed}


@pytest.mark.parametrize("honorific", ["Eng.", "Engr."])
def test_an_engineers_title_of_address_stays_with_the_name_as_a_doctors(honorific: str) -> None:
    data = ics("Interview – Substation Technician",
               "CN=Maricel Dizon:mailto:maricel.dizon@luzongrid.example", [ME],
               esc(f"Panel:\n09:00 – 09:45  {honorific} Ramon Villareal, Grid Operations Head\n"
                   "09:45 – 10:15  Liza Manalo, Safety Officer\n\n"
                   "Scheduled by Maricel Dizon, HR Associate."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == [f"{honorific} Ramon Villareal", "Liza Manalo"]
    assert coord is not None and coord[0] == "Maricel Dizon"


@pytest.mark.parametrize("line", [
    "10:00 – 11:00  Wanjiru Kamau, Motor Claims; Otieno Ochieng, Underwriting Risk; Achieng Odera",
    "Wanjiru Kamau, Motor Claims; Otieno Ochieng, Underwriting Risk; Achieng Odera",
])
def test_where_semicolons_part_the_people_the_words_after_a_comma_are_a_title(line: str) -> None:
    data = ics("Interview – Claims Analyst",
               "CN=Grace Njeri:mailto:grace.njeri@jamii-insure.example", [ME],
               esc(f"Panel:\n{line}\n\nRegards,\nGrace Njeri | People Team"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Wanjiru Kamau", "Otieno Ochieng", "Achieng Odera"]


@pytest.mark.parametrize("title", ["Vedoucí Výroby", "Kierownik Produkcji", "Dyrektor Zakładu",
                                  "Tuotantopäällikkö", "Ředitel Pivovaru"])
def test_a_job_title_in_a_central_european_or_nordic_language_is_no_second_name(
        title: str) -> None:
    data = ics("Pohovor – Sládek", "CN=Petra Horáková:mailto:petra.horakova@pivovar.example",
               [ME], esc(f"Interview team:\n13:00 – 13:30  Jiří Dvořák, {title}\n"
                         "13:30 – 14:00  Tomáš Novák, Shift Leader"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Jiří Dvořák", "Tomáš Novák"]


@pytest.mark.parametrize("said", ["Imani Oduya from Actuarial will join us.",
                                  "Imani Oduya of Reinsurance will sit in.",
                                  "Someone at Underwriting will join us too."])
def test_the_team_someone_comes_from_is_not_who_sits_in(said: str) -> None:
    data = ics("Interview – Actuarial Analyst",
               "CN=Baraka Mwangi:mailto:baraka.mwangi@jamii-insure.example",
               ["CN=Baraka Mwangi:mailto:baraka.mwangi@jamii-insure.example", ME],
               esc(f"Hi Sam,\n\nLooking forward to our talk. {said}\n\nBest,\nBaraka Mwangi"))
    staff, _ = people_of(data)
    assert "Actuarial" not in [n for n, _ in staff]
    assert not {"Reinsurance", "Underwriting"} & {n for n, _ in staff}


@pytest.mark.parametrize("where", ["(Sala Orinoco)", "(Raum Elbe)", "(Meeting Room Kauri)"])
def test_a_room_named_beside_a_slot_is_nobody(where: str) -> None:
    data = ics("Entrevista – Analista de Riesgos",
               "CN=Lucía Ferrer:mailto:lucia.ferrer@banco-llanos.example", [ME],
               esc(f"10:00 – 10:45  Andrés Quintero, Jefe de Riesgos {where}\n"
                   f"10:45 – 11:30  Paola Díaz, Risk Analyst {where}\n\n"
                   "Saludos,\nLucía Ferrer\nTalent Acquisition"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Andrés Quintero", "Paola Díaz"]
    assert coord is not None and coord[0] == "Lucía Ferrer"


def test_a_family_name_that_is_a_rooms_word_is_still_a_person() -> None:
    data = ics("Colloquio – Controller", "CN=Giulia Neri:mailto:giulia.neri@vini-sala.example",
               [ME], esc("Interviewers: Marco Sala (CFO), Elena Conti (Controller)\n\n"
                         "Giulia Neri\nTalent Acquisition"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Marco Sala", "Elena Conti"]


@pytest.mark.parametrize("job", ["the role of Brand Manager: Frozen Desserts",
                                 "la vacante de Jefe de Planta – Lácteos Andinos",
                                 "the position of Senior Buyer - Fresh Produce"])
def test_words_after_a_jobs_colon_or_dash_are_the_jobs_not_a_person(job: str) -> None:
    data = ics("Interview", "CN=Talent Team:mailto:talent@granja-sur.example", [ME],
               esc(f"Your interview for {job} (R-2231) is confirmed.\n\n"
                   "Interviewers: Beatriz Lagos (Plant Director)\n\n"
                   "Questions? Write to Tomás Vial, Recruiting Coordinator."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Beatriz Lagos"]
    assert coord is not None and coord[0] == "Tomás Vial"


@pytest.mark.parametrize("slot", [
    "8:30 AM - 9:15 AM EST  Mensah, Kwabena - Director, Field Operations",
    "08:30–09:15  Mensah, Kwabena (Director, Field Operations)",
    "8.30am  Mensah, Kwabena | Director, Field Operations",
])
def test_a_schedule_slot_written_family_name_first(slot: str) -> None:
    data = ics("Interview: Field Technician", "CN=Harbor Power:mailto:harborpower@myworkday.com",
               [ME], esc(f"Interview Schedule:\n{slot}\n9:15 AM - 10:00 AM EST  Byrne, Siobhan - "
                         "Principal Engineer\n\nQuestions: contact Dana Whitfield at "
                         "dana.whitfield@harborpower.example."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Kwabena Mensah", "Siobhan Byrne"]
    assert coord == ("Dana Whitfield", "dana.whitfield@harborpower.example")


@pytest.mark.parametrize("said", [
    "Je spreekt met Pieter Jansen (teamleider Water) en Sanne de Wit (HR-adviseur).",
    "You will speak with Pieter Jansen (Water Team Lead) and Sanne de Wit (HR Advisor) at our "
    "Utrecht office.",
    "Sie sprechen mit Pieter Jansen (Teamleiter Wasser) und Sanne de Wit (HR-Referentin).",
])
def test_whom_the_candidate_speaks_with_interviews_even_from_hr(said: str) -> None:
    data = ics("Tweede gesprek Adviseur Water",
               "CN=\"Jansen, Pieter\":mailto:p.jansen@waterschap-eem.example",
               ["CN=\"Wit, Sanne de\":mailto:s.dewit@waterschap-eem.example", ME],
               esc(f"Beste Sam,\n\n{said}\n\nMet vriendelijke groet,\nPieter"))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Pieter Jansen", "Sanne de Wit"]
    assert coord is None


@pytest.mark.parametrize("cn", ["\"Broek-Smit, Anouk van den\"", "\"Hoek, Joost van der\"",
                                "\"Berg, Lieke ten\""])
def test_a_display_name_family_first_with_the_particles_after_the_given_name(cn: str) -> None:
    data = ics("Sollicitatiegesprek Inkoper", f"CN={cn}:mailto:hr@eemdijk-bouw.example",
               [f"CN={cn}:mailto:hr@eemdijk-bouw.example", ME])
    staff, _ = people_of(data)
    name = staff[0][0]
    assert name.split()[0] in {"Anouk", "Joost", "Lieke"} and "," not in name


@pytest.mark.parametrize("lead", ["You will meet with", "Interviewers:",
                                  "The panel will comprise"])
def test_an_oxford_comma_before_and_in_a_list_of_whom_one_meets(lead: str) -> None:
    data = ics("Interview – Night Pharmacist",
               "CN=Riverbend Health:mailto:riverbend@myworkday.com", [ME],
               esc(f"{lead} Tamsin Achebe, PharmD, Pharmacy Manager, and Hollis "
                   "Varga, Lead Technician.\nPlease arrive early."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Tamsin Achebe", "Hollis Varga"]
