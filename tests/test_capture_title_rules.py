"""The company and the job in an invitation's title (issue 23, session 7b): each rule on an
invitation written for this test, in a trade and a country the labelled corpora do not
have."""

from __future__ import annotations

import pytest
from tests.test_capture_people import OWN, ics
from tests.test_capture_people_rules import esc

from followup.capture.invitations import read
from followup.capture.propose import Known, Proposal, propose

ME = "CN=Sam Candidate:mailto:sam@gmail.com"


def proposal(summary: str, organizer: str, description: str = "") -> Proposal:
    return propose(read(ics(esc(summary), organizer, [ME], esc(description)), "UTC")[0], OWN,
                   Known((), {}))


@pytest.mark.parametrize(("summary", "organizer", "description", "company", "role"), [
    # a council in New Zealand: the ward after the job is the job's, the council is in the
    # signature
    ("Interview: Building Consents Officer – Northern Ward",
     "CN=Aroha Ngata:mailto:aroha.ngata@whenuacouncil.example", "Ngā mihi,\nAroha Ngata\n"
     "Team Leader Consents | Whenua District Council", "Whenua District Council",
     "Building Consents Officer – Northern Ward"),
    # a hospital in Kenya: the unit and shift after a hyphen, the hospital in the organizer
    ("Interview for Clinical Officer - Paediatrics, Days",
     "CN=Mbali Referral Hospital Recruitment:mailto:jobs@mbali-hospital.example", "",
     "Mbali Referral Hospital", "Clinical Officer - Paediatrics, Days"),
])
def test_the_words_after_a_dash_that_follows_the_job_are_the_jobs(
        summary: str, organizer: str, description: str, company: str, role: str) -> None:
    p = proposal(summary, organizer, description)
    assert (p.company.value, p.role.value) == (company, role)


def test_a_company_after_the_job_is_still_the_company_when_something_confirms_it() -> None:
    p = proposal("Interview - Process Engineer - Tanaka Seiki",
                 "CN=Yui Mori:mailto:y.mori@tanakaseiki.example")
    assert (p.company.value, p.role.value) == ("Tanaka Seiki", "Process Engineer")


@pytest.mark.parametrize(("summary", "role"), [
    ("Interview: Technical Lead Pastry Chef", "Technical Lead Pastry Chef"),
    ("Video Interview: Technical Sales Representative", "Technical Sales Representative"),
    ("Technical Interview – Structural Engineer", "Structural Engineer"),
])
def test_technical_before_the_jobs_words_is_the_jobs_not_the_interviews(summary: str,
                                                                        role: str) -> None:
    p = proposal(summary, "CN=Lena Vogt:mailto:lena.vogt@brueckenbau.example")
    assert p.role.value == role


@pytest.mark.parametrize(("summary", "role"), [
    ("Entrevista: REQ-20931 Auxiliar de Farmacia", "Auxiliar de Farmacia"),
    ("Interview - 00481 Legal Secretary", "Legal Secretary"),
])
def test_a_requisition_number_before_the_job_is_not_the_job(summary: str, role: str) -> None:
    p = proposal(summary, "CN=Ana Ruiz:mailto:ana.ruiz@boticasur.example")
    assert p.role.value == role


def test_a_piece_after_the_job_is_the_company_when_the_domain_spells_one_of_its_words() -> None:
    p = proposal("Entrevista Enfermera – Clínica Aurora",
                 "CN=Lucía Paredes:mailto:lucia.paredes@aurora-salud.example")
    assert (p.company.value, p.role.value) == ("Clínica Aurora", "Enfermera")


def test_an_ampersand_reads_and_where_the_domain_spells_the_name() -> None:
    p = proposal("Phone Screen (20 min) - Sam Candidate and Tomasz Nowak",
                 "CN=Tomasz Nowak:mailto:tomasz.nowak@birchandvale.example",
                 "Role: Conveyancing Paralegal – Birch & Vale Solicitors\nA short first call.")
    assert (p.company.value, p.role.value) == ("Birch & Vale Solicitors",
                                              "Conveyancing Paralegal")


def test_a_domain_that_spells_the_initials_of_a_name_in_the_file_names_the_employer() -> None:
    data = ics(esc("Interview: Staff Nurse – Theatre, Days"),
               "CN=Wanjiru Kamau:mailto:w.kamau@kmh-care.example", [ME],
               esc("Please come to the Theatre suite, Block C.\n\nWanjiru Kamau\nNurse Manager"))
    data = data.replace(b"SUMMARY:", b"LOCATION:Kilimani Mission Hospital\\, Ngong Road\r\n"
                                     b"SUMMARY:")
    p = propose(read(data, "UTC")[0], OWN, Known((), {}))
    assert (p.company.value, p.role.value) == ("Kilimani Mission Hospital",
                                              "Staff Nurse – Theatre, Days")


def test_the_place_and_the_candidates_own_name_after_the_job_are_not_the_jobs() -> None:
    data = ics(esc("Interview - Store Manager - Pietermaritzburg (Sam Candidate)"),
               "CN=Thandi Dlamini:mailto:thandi.dlamini@umgeni-retail.example",
               ["CN=sam@gmail.com:mailto:sam@gmail.com"])
    data = data.replace(b"SUMMARY:", b"LOCATION:Pietermaritzburg store\\, Church St\r\nSUMMARY:")
    p = propose(read(data, "UTC")[0], OWN, Known((), {}))
    assert p.role.value == "Store Manager"
    p = proposal("Interview - Junior Solicitor - Conveyancing (Sam Candidate)",
                 "CN=Ruth Okoro:mailto:ruth.okoro@okorolaw.example")
    assert p.role.value == "Junior Solicitor - Conveyancing"


def test_a_requisition_number_in_the_position_field_is_not_the_job() -> None:
    p = proposal("Interview", "CN=Mei Tan:mailto:mei.tan@harbourcouncil.example",
                 "Position: REQ-5521 Payroll Officer\nVenue: Civic Centre")
    assert p.role.value == "Payroll Officer"


def test_the_candidates_name_from_their_own_address_is_not_the_jobs_qualifier() -> None:
    data = ics(esc("Interview - Lab Technician - Microbiology (Sam Candidate)"),
               "CN=Ivana Horvat:mailto:ivana.horvat@zagrebdiag.example",
               ["CN=sam@gmail.com:mailto:sam@gmail.com"])
    assert propose(read(data, "UTC")[0], OWN, Known((), {})).role.value == \
        "Lab Technician - Microbiology"


@pytest.mark.parametrize("ref", ["(Job ID 40917)", "(Req #2031-118)", "(Ref: HR-2207)"])
def test_a_bracketed_requisition_after_the_job_is_not_the_jobs(ref: str) -> None:
    p = proposal(f"Interview: Sous Chef – Banquets {ref}",
                 "CN=Ahmed Farouk:mailto:a.farouk@nilehotels.example")
    assert p.role.value == "Sous Chef – Banquets"


def test_the_organisation_after_a_bar_in_the_organizers_display_name() -> None:
    p = proposal("Interview for Site Supervisor",
                 "CN=Nguyen Van An | Saigon Steelworks:mailto:an.nguyen@sgsw.example",
                 "Hi Sam, we meet at the Thu Duc yard.\n\nOr call in (audio only)\n"
                 "+84 28 5555 0199\\,\\,2214# Ho Chi Minh City\\, Vietnam")
    assert p.company.value == "Saigon Steelworks"


def test_a_company_field_in_the_description_names_the_company() -> None:
    p = proposal("Entrevista - Cajero", "CN=Scheduling:mailto:noreply@smartrecruiters.com",
                 "Empresa: Supermercados Andinos\nEntrevistadores:\n"
                 "Valentina Rojas – Jefa de Tienda, Providencia")
    assert p.company.value == "Supermercados Andinos"


def test_the_role_fields_words_are_the_jobs_not_the_company() -> None:
    p = proposal("Interview", "CN=Ngaio Parata:mailto:nparata@tpk.example",
                 "Role: Community Support Worker, Waikato\nScheduled on behalf of "
                 "Te Puna Kōrero Trust.")
    assert (p.company.value, p.role.value) == ("Te Puna Kōrero Trust",
                                              "Community Support Worker, Waikato")


def test_an_abbreviated_name_is_written_in_full_when_the_file_spells_it() -> None:
    p = proposal("Harlow NHS FT: Ward Sister interview",
                 "CN=Grace Adeyemi:mailto:grace.adeyemi@harlownhsft.example",
                 "Interview: Ward Sister – Harlow NHS Foundation Trust\nSee you at reception.")
    assert p.company.value == "Harlow NHS Foundation Trust"


def test_a_place_of_work_after_a_comma_is_where_the_job_is_not_the_job() -> None:
    p = proposal("Interview – Pharmacy Manager, Westgate branch",
                 "CN=Oluwaseun Bello:mailto:s.bello@medplus-ng.example",
                 "Thanks for applying for the Pharmacy Manager, Westgate branch role.")
    assert p.role.value == "Pharmacy Manager"


def test_a_scheduling_pages_event_name_field_is_read_as_the_title() -> None:
    p = proposal("Sam Candidate and Karin Lindqvist",
                 "CN=Karin Lindqvist:mailto:karin@norrsken-mek.example",
                 "Event Type: Norrsken Mekanik: Maintenance Planner chat\n\nPowered by "
                 "a booking page")
    assert p.role.value == "Maintenance Planner"


@pytest.mark.parametrize(("description", "company", "role"), [
    ("Olá Sam! Conversa sobre a vaga de Enfermeiro Chefe na empresa Hospital Santa Clara "
     "Ltda. Até breve.", "Hospital Santa Clara Ltda", "Enfermeiro Chefe"),
    ("Hola Sam, te esperamos para el puesto de Abogado Junior en el despacho Ortega & "
     "Ibarra Abogados. Saludos.", "Ortega & Ibarra Abogados", "Abogado Junior"),
])
def test_the_job_and_the_firm_in_a_sentence_of_portuguese_or_spanish(
        description: str, company: str, role: str) -> None:
    p = proposal("Entrevista – Sam Candidate",
                 "CN=Ana Ferreira:mailto:ana.ferreira@icloud.com", description)
    assert (p.company.value.rstrip("."), p.role.value) == (company, role)


@pytest.mark.parametrize(("summary", "company", "role"), [
    ("Aldergrove Council: Planning Officer (Heritage)", "Aldergrove Council",
     "Planning Officer (Heritage)"),
    ("Aldergrove Council: Planning Officer (Remote)", "Aldergrove Council",
     "Planning Officer"),
    ("Interview: Planning Officer (Aldergrove)", "Aldergrove", "Planning Officer"),
])
def test_one_bracketed_word_after_the_job_is_the_jobs_when_the_title_names_the_employer(
        summary: str, company: str, role: str) -> None:
    p = proposal(summary, "CN=Fiona Doherty:mailto:f.doherty@aldergrove.example")
    assert (p.company.value, p.role.value) == (company, role)


def test_an_estate_or_a_crescent_is_a_place_not_an_interviewer() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Sam - look round the bakery", "CN=Rhys Morgan:mailto:rhys@morganbakes.example",
               [ME], esc("Hi Sam,\nWe're at Unit 7, Kingsmead Trading Estate (the blue gate), "
                         "off Pengam Crescent.\n\nRhys Morgan\nMorgan Bakes"))
    assert [n for n, _ in people_of(data)[0]] == ["Rhys Morgan"]


def test_leitung_in_a_signature_is_a_title_not_a_second_person() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Vorstellungsgespräch: Sachbearbeiter Einkauf (m/w/d)",
               "CN=Petra Lange:mailto:petra.lange@nordmuehle.example", [ME],
               esc("Hallo,\nGesprächspartner: Petra Lange (Leitung Einkauf)\n\nPetra Lange\n"
                   "Leitung Einkauf\nNordmühle AG"))
    assert [n for n, _ in people_of(data)[0]] == ["Petra Lange"]


@pytest.mark.parametrize(("cn", "name"), [
    ("Mensah\\, Kofi PhD", "Kofi Mensah"),
    ("Aiko Tanaka\\, RN\\, MSN", "Aiko Tanaka"),
    ("Dr. Lucía Gómez MD", "Dr. Lucía Gómez"),
])
def test_letters_after_a_name_are_credentials_not_the_name(cn: str, name: str) -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Interview: Clinical Pharmacist", "CN=Careers:mailto:careers@stluke.example",
               [ME, f'CN="{cn}":mailto:someone@stluke.example'])
    assert [n for n, _ in people_of(data)[0]] == [name]


def test_your_interview_with_someone_names_the_interviewer_and_the_organizer_set_it_up() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Korle Bu Teaching Hospital | Theatre Nurse | Sam Candidate",
               "CN=Efua Boateng:mailto:efua.boateng@korlebu.example",
               [ME, "CN=Efua Boateng:mailto:efua.boateng@korlebu.example",
                "CN=Kwabena Asante:mailto:kwabena.asante@korlebu.example"],
               esc("Hello Sam,\n\nYour interview with Kwabena Asante (Head of Theatres) is on "
                   "Monday. To move it, let Efua know."))
    assert people_of(data) == ([("Kwabena Asante", "kwabena.asante@korlebu.example")],
                               ("Efua Boateng", "efua.boateng@korlebu.example"))


def test_a_take_home_exercise_has_no_interviewer_its_recruiter_set_it() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Written assessment – Sam Candidate",
               "CN=Ilse de Wet:mailto:ilse.dewet@karoo-wines.example", [ME],
               esc("Hi Sam,\n\nThe brief arrives at 09:00; send your answers back by 12:00.\n\n"
                   "Ilse de Wet\nTalent Acquisition Partner, Karoo Wines"))
    assert people_of(data) == ([], ("Ilse de Wet", "ilse.dewet@karoo-wines.example"))


def test_a_signature_name_bar_title_bar_company_makes_the_coordinator() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Interview - Marine Pilot Trainee - Sam Candidate",
               "CN=Interview Scheduling:mailto:interviews@durbanport.example",
               [ME, "CN=Sipho Nkosi:mailto:sipho.nkosi@durbanport.example"],
               esc("Sam,\nYou'll meet Sipho Nkosi (Chief Pilot).\nReply to me at "
                   "thandeka.zulu@durbanport.example.\n\nThandeka Zulu | Recruitment "
                   "Coordinator | Durban Port Authority"))
    assert people_of(data) == ([("Sipho Nkosi", "sipho.nkosi@durbanport.example")],
                               ("Thandeka Zulu", "thandeka.zulu@durbanport.example"))


def test_a_family_name_that_is_also_a_places_word_is_a_name_before_a_title() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Onsite – Process Engineer", "CN=Talent:mailto:talent@hanwool.example", [ME],
               esc("Schedule\n10:00 – 10:45  Min-jun Park, Plant Manager\n10:45 – 11:30  "
                   "Grace Hall, Head of Quality\n\nPark in the visitor bays by Riverside "
                   "Park, Gate 2."))
    assert [n for n, _ in people_of(data)[0]] == ["Min-jun Park", "Grace Hall"]


@pytest.mark.parametrize("label", ["Deelnemers", "Participants", "Partecipanti"])
def test_a_list_of_participants_names_those_who_sit_in_the_interview(label: str) -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Sollicitatiegesprek Controller",
               "CN=Pieter Jansen:mailto:p.jansen@dijkbouw.example",
               [ME, "CN=Sanne de Boer:mailto:s.deboer@dijkbouw.example"],
               esc(f"Beste Sam,\n\n{label}: Pieter Jansen (Hoofd Financiën), Sanne de Boer "
                   "(HR Adviseur)\n\nMet vriendelijke groet,\nPieter Jansen"))
    staff, coord = people_of(data)
    assert ([n for n, _ in staff], coord) == (["Pieter Jansen", "Sanne de Boer"], None)


def test_a_first_name_who_will_sit_in_is_an_interviewer() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Sam – trial shift at the bakery",
               "CN=Omar Haddad:mailto:omar@haddadbakery.example", [ME],
               esc("Hi Sam,\nCome by at 6am. Fatima, our head baker, will sit in for the "
                   "tasting. They will show you the ovens.\n\nOmar"))
    assert [n for n, _ in people_of(data)[0]] == ["Omar Haddad", "Fatima"]


def test_the_last_word_of_a_full_name_who_will_join_is_no_second_person() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Coffee – Sam", "CN=Nomvula Dube:mailto:nomvula@ubuntu-tea.example",
               [ME, "CN=Pieter van der Merwe:mailto:pieter@ubuntu-tea.example"],
               esc("Hi Sam, my co-founder Pieter van der Merwe will join us later.\n– Nomvula"))
    assert [n for n, _ in people_of(data)[0]] == ["Nomvula Dube", "Pieter van der Merwe"]


@pytest.mark.parametrize("who", ["Finance", "Marketing", "Nursing", "Legal"])
def test_a_department_that_will_sit_in_is_nobody_to_thank(who: str) -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Interview", "CN=Ana Ruiz:mailto:ana@quinta-verde.example", [ME],
               esc(f"Hola Sam, {who} will also sit in for the last ten minutes."))
    assert [n for n, _ in people_of(data)[0]] == ["Ana Ruiz"]


def test_after_a_gender_tagged_job_the_dashed_piece_is_its_department() -> None:
    p = proposal("Vorstellungsgespräch – Elektroniker (m/w/d) – Produktion",
                 "CN=Schulz, Anna:mailto:anna.schulz@weber-maschinen.example",
                 "Mit freundlichen Grüßen\nAnna Schulz\nPersonalabteilung | Weber Maschinenbau "
                 "GmbH")
    assert p.company.value == "Weber Maschinenbau GmbH"


def test_a_hiring_mailbox_in_french_is_a_teams_and_its_name_the_employers() -> None:
    p = proposal("Entretien : Chargé de mission – Direction Régionale",
                 "CN=Mairie de Lyon:mailto:recrutement@mairie-lyon.example")
    assert p.company.value == "Mairie de Lyon"


def test_with_no_employer_address_the_piece_after_the_job_is_the_employer() -> None:
    p = proposal("Interview: Barista – Kopi Kita", "CN=Siti Rahman:mailto:siti.rahman@gmail.com")
    assert (p.company.value, p.role.value) == ("Kopi Kita", "Barista")
