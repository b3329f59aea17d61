"""Who is who in an invitation (issue 23, session 10): each rule on an invitation written for
this test, in a sector, country or shape the labelled corpora do not have. A rule holds for
invitations nobody has read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def test_an_html_description_is_read_as_its_text() -> None:
    data = ics("Assessment day – Clinical Pharmacist",
               "CN=Kilifi County Hospital:mailto:c_4f1a@group.calendar.google.com",
               ["CN=Wambui Njoroge:mailto:w.njoroge@kilifihealth.example",
                "CN=Otieno Odhiambo:mailto:o.odhiambo@kilifihealth.example", ME],
               esc("08:45 – 09:00 Welcome &amp; orientation – Wambui Njoroge, People &amp; "
                   "Culture Officer<br>"
                   "09:00 – 09:45 Dr. Otieno Odhiambo, Head of Pharmacy &amp; Therapeutics<br>"
                   "09:45 – 10:00 Close"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dr. Otieno Odhiambo"]
    assert coord == ("Wambui Njoroge", "w.njoroge@kilifihealth.example")


@pytest.mark.parametrize("signed", [
    "Tanvir, Recruiting", "Tanvir – People team, Meghna Textiles",
    "Tanvir Hossain | Talent Acquisition", "Tanvir Hossain\nHR Officer",
    "— Tanvir (Resourcing)"])
def test_the_organizers_own_signature_gives_their_title(signed: str) -> None:
    data = ics("Meghna Textiles – Merchandiser interview",
               "CN=Tanvir Hossain:mailto:tanvir@meghna.example",
               ["CN=Tanvir Hossain;PARTSTAT=ACCEPTED:mailto:tanvir@meghna.example",
                "CN=Farzana Akter:mailto:farzana@meghna.example", ME],
               esc("Dear Sam,\n\nYou'll be meeting with Farzana Akter (Head of "
                   f"Merchandising) at our Gulshan office.\n\n{signed}"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Farzana Akter"]
    assert coord == ("Tanvir Hossain", "tanvir@meghna.example")


@pytest.mark.parametrize("says", ["I'll walk you through the role and how we work",
                                  "I'll take you through the process"])
def test_walking_someone_through_a_subject_is_talking_with_them(says: str) -> None:
    data = ics("Sam Candidate and Mele Tupou",
               "CN=Mele Tupou:mailto:mele@reefline.example",
               ["CN=Mele Tupou;PARTSTAT=ACCEPTED:mailto:mele@reefline.example", ME],
               esc(f"Event Name: 20 Minute Chat\n\nA short call with Reefline's people lead. "
                   f"{says}, and answer your questions."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Mele Tupou"]
    assert coord is None


def test_walking_someone_to_a_room_is_still_showing_them_in() -> None:
    data = ics("Onsite – Quality Engineer", "CN=Ilse Janssen:mailto:ilse@dijkstra.example",
               ["CN=Ilse Janssen:mailto:ilse@dijkstra.example",
                "CN=Ruud Bakker:mailto:ruud@dijkstra.example", ME],
               esc("Hi Sam, I'll walk you to the lab at 10:00, where Ruud Bakker will "
                   "interview you."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ruud Bakker"]
    assert coord == ("Ilse Janssen", "ilse@dijkstra.example")


@pytest.mark.parametrize("summary", ["Sam / Hemi – portfolio chat",
                                     "Portfolio chat: Hemi Walker <> Sam Candidate",
                                     "Portfolio review w/ Hemi (Tauranga studio)"])
def test_the_one_the_title_names_is_the_one_met(summary: str) -> None:
    data = ics(summary, "CN=Priya Nair:mailto:priya@kowhaidesign.example",
               ["CN=Priya Nair;PARTSTAT=ACCEPTED:mailto:priya@kowhaidesign.example",
                "CN=Hemi Walker:mailto:hemi@kowhaidesign.example", ME],
               esc("Please bring three projects you are proud of."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Hemi Walker"]
    assert coord == ("Priya Nair", "priya@kowhaidesign.example")


def test_a_family_firm_whose_name_holds_the_relays_persons_family_name() -> None:
    data = ics("Okonkwo & Sons Joinery: bench test w/ Sam",
               "CN=Chidi Okonkwo;EMAIL=chidi@okonkwojoinery.example:mailto:2_gq3tmnzy@imip.me.com",
               ["CN=Chidi Okonkwo;EMAIL=chidi@okonkwojoinery.example;ROLE=CHAIR:"
                "mailto:2_gq3tmnzy@imip.me.com", ME],
               esc("Bring your own chisels."))
    staff, coord = people_of(data)
    assert staff == [("Chidi Okonkwo", "chidi@okonkwojoinery.example")]
    assert coord is None


@pytest.mark.parametrize(("title", "kind"), [("Head of Nursing, Ward 7", "interviewer"),
                                             ("Recruitment Officer", "coordinator")])
def test_a_manager_who_greets_you_still_interviews(title: str, kind: str) -> None:
    data = ics("Interview – Staff Nurse", "CN=Hannah Lindqvist:mailto:hannah@vastra.example",
               ["CN=Mikael Berg:mailto:mikael@vastra.example", ME],
               esc("Hi Sam, I'll meet you at the main reception. Mikael Berg will join us "
                   f"for the second half.\n\nBest regards,\nHannah Lindqvist\n{title}"))
    staff, coord = people_of(data)
    if kind == "interviewer":
        assert [n for n, _ in staff] == ["Hannah Lindqvist", "Mikael Berg"] and coord is None
    else:
        assert [n for n, _ in staff] == ["Mikael Berg"]
        assert coord == ("Hannah Lindqvist", "hannah@vastra.example")


@pytest.mark.parametrize("cn", ["Grupo Inmobiliario Albero", "Banco Atlântico Sul",
                                "University of Otago Careers", "Hospital Universitario Ruber"])
def test_an_organisation_on_a_relay_is_nobody(cn: str) -> None:
    data = ics("Entrevista: Analista de Riesgos", f"CN={cn}:mailto:noreply@smartrecruiters.com",
               ["CN=Lucía Ferreira:mailto:lferreira@albero.example", ME],
               esc("Entrevistadora: Lucía Ferreira, Head of Risk"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Lucía Ferreira"]
    assert coord is None


@pytest.mark.parametrize("local", ["seleccion", "selezione", "rrhh", "personal"])
def test_a_selection_or_personnel_teams_mailbox_is_nobody(local: str) -> None:
    data = ics("Entrevista – Sous Chef", f"CN=Clínica Brisa:mailto:{local}@brisa.example",
               ["CN=Marta Ruiz:mailto:marta@brisa.example", ME],
               esc("Entrevistadora: Marta Ruiz, Head Chef"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Marta Ruiz"] and coord is None


@pytest.mark.parametrize("room", ["AKL-3.14 Rangitoto", "B2-314 Kauri", "HQ 5.02 (6)",
                                  "Tokomaru 2.07"])
def test_a_building_code_and_room_number_name_a_room(room: str) -> None:
    data = ics("Interview – Port Planner", "CN=Aroha Ngata:mailto:aroha@portnz.example",
               [f"CN={room}:mailto:room-x@portnz.example",
                "CN=Wiremu Tane:mailto:wiremu@portnz.example", ME])
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Aroha Ngata", "Wiremu Tane"] and coord is None


@pytest.mark.parametrize(("says", "kind"), [
    ("I'm the recruiter for this role and will be your point of contact.", "coordinator"),
    ("As your talent partner I'll keep you posted after the day.", "coordinator"),
    ("I am PA to Professor Mwangi and have kept the afternoon free.", "coordinator"),
    ("Soy la reclutadora del proceso; cualquier duda, escríbeme.", "coordinator"),
    ("I'll be your main point of contact on the day.", "coordinator"),
    ("I'm the hiring manager for the Nairobi team.", "interviewer"),
    ("I'm free to reschedule if the time does not suit.", "interviewer")])
def test_what_the_writer_says_they_are(says: str, kind: str) -> None:
    data = ics("Interview – Research Fellow", "CN=Achieng Otieno:mailto:achieng@kemri.example",
               ["CN=Achieng Otieno;PARTSTAT=ACCEPTED:mailto:achieng@kemri.example",
                "CN=Baraka Mwangi:mailto:baraka@kemri.example",
                "CN=Zawadi Kimani:mailto:zawadi@kemri.example", ME],
               esc(f"Dear Sam,\n\n{says}\n\nAchieng"))
    staff, coord = people_of(data)
    if kind == "coordinator":
        assert [n for n, _ in staff] == ["Baraka Mwangi", "Zawadi Kimani"]
        assert coord == ("Achieng Otieno", "achieng@kemri.example")
    else:
        assert [n for n, _ in staff] == ["Achieng Otieno", "Baraka Mwangi", "Zawadi Kimani"]
        assert coord is None


@pytest.mark.parametrize(("says", "arranged"), [
    ("I've booked your interview with Dr Lindiwe Dube at our Sandton clinic.", True),
    ("He programado tu entrevista con Lindiwe Dube para el jueves.", True),
    ("I have gone ahead and set up a video call with Lindiwe.", True),
    ("I've set up a call with Lindiwe Dube and me for Thursday.", False)])
def test_who_says_they_booked_the_meeting_with_another_set_it_up(says: str,
                                                                 arranged: bool) -> None:
    data = ics("Interview – Physiotherapist", "CN=Thabo Nkosi:mailto:thabo@sandtonphysio.example",
               ["CN=Thabo Nkosi;PARTSTAT=ACCEPTED:mailto:thabo@sandtonphysio.example",
                "CN=Lindiwe Dube:mailto:lindiwe@sandtonphysio.example", ME],
               esc(f"Hi Sam,\n\n{says}\n\nThabo"))
    staff, coord = people_of(data)
    if arranged:
        assert [n for n, _ in staff] == ["Lindiwe Dube"] or [n for n, _ in staff] == [
            "Dr Lindiwe Dube"]
        assert coord == ("Thabo Nkosi", "thabo@sandtonphysio.example")
    else:
        assert coord is None and len(staff) == 2


def test_a_title_ends_with_its_sentence() -> None:
    data = ics("Interview – Data Analyst", "CN=Interviews:mailto:interviews@tasman.example",
               ["CN=Bob Tairua:mailto:bob@tasman.example", ME],
               esc("You'll meet Bob Tairua, our Head of Data, on Thursday. Let me know if "
                   "you need to reschedule."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Bob Tairua"] and coord is None


@pytest.mark.parametrize(("says", "kind"), [
    ("If you need to reschedule, please contact Chloé Martin.", "coordinator"),
    ("Pour tout changement, écrivez à chloe.martin@vignoble.example.", "coordinator"),
    ("Chloé Martin, qui coordonne les entretiens, vous accueillera.", "coordinator"),
    ("Running late or can't find the cellar? Call Chloé on +33 5 55 01 02 03.", "coordinator"),
    ("If you have questions about the role, ask Chloé Martin.", "interviewer")])
def test_who_the_candidate_is_sent_to_about_changes_set_it_up(says: str, kind: str) -> None:
    data = ics("Entretien – Maître de chai",
               "CN=Vignoble Doré:mailto:c_91ab@group.calendar.google.com",
               ["CN=Chloé Martin:mailto:chloe.martin@vignoble.example",
                "CN=Henri Dubois:mailto:henri.dubois@vignoble.example", ME],
               esc(f"Bonjour Sam,\n\nVous rencontrerez Henri Dubois (Directeur technique).\n\n"
                   f"{says}"))
    staff, coord = people_of(data)
    if kind == "coordinator":
        assert [n for n, _ in staff] == ["Henri Dubois"]
        assert coord == ("Chloé Martin", "chloe.martin@vignoble.example")
    else:
        assert [n for n, _ in staff] == ["Chloé Martin", "Henri Dubois"] and coord is None


def test_the_only_one_to_contact_about_changes_still_holds_the_call() -> None:
    data = ics("Phone screen – Store Manager", "CN=Kiri Rangi:mailto:no-reply@lever.co",
               [ME], esc("Kiri Rangi will call you. To reschedule, reply to "
                         "kiri.rangi@kumara.example."))
    staff, coord = people_of(data)
    assert staff == [("Kiri Rangi", "kiri.rangi@kumara.example")] and coord is None


def test_who_sends_for_a_manager_set_it_up() -> None:
    data = ics("Interview – Registrar, Emergency Medicine",
               "CN=Dr Farid Haddad;SENT-BY=\"mailto:noura.saleh@gulfcare.example\":"
               "mailto:farid.haddad@gulfcare.example",
               ["CN=Dr Farid Haddad:mailto:farid.haddad@gulfcare.example", ME],
               esc("Dear Sam, please find the details of your interview below."))
    staff, coord = people_of(data)
    assert staff == [("Dr Farid Haddad", "farid.haddad@gulfcare.example")]
    assert coord is not None and coord[1] == "noura.saleh@gulfcare.example"


def test_who_sends_from_the_teams_mailbox_set_it_up_and_signs() -> None:
    data = ics("Interview – Bridge Engineer",
               "CN=Careers;SENT-BY=\"mailto:tomasz.nowak@mostbud.example\":"
               "mailto:careers@mostbud.example",
               ["CN=Agnieszka Wrona:mailto:agnieszka.wrona@mostbud.example", ME],
               esc("Dear Sam,\n\nYou will meet Agnieszka Wrona (Chief Engineer).\n\n"
                   "Tomasz Nowak"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Agnieszka Wrona"]
    assert coord == ("Tomasz Nowak", "tomasz.nowak@mostbud.example")


def test_who_sends_a_screen_from_the_teams_mailbox_holds_it() -> None:
    data = ics("Recruiter screen – Bridge Engineer",
               "CN=Careers;SENT-BY=\"mailto:tomasz.nowak@mostbud.example\":"
               "mailto:careers@mostbud.example", [ME], esc("Talk soon!"))
    staff, coord = people_of(data)
    assert [e for _, e in staff] == ["tomasz.nowak@mostbud.example"] and coord is None


def test_an_organizer_who_declines_their_own_meeting_set_it_up() -> None:
    data = ics("Rozmowa kwalifikacyjna – Inżynier procesu",
               "CN=Ewa Lis:mailto:ewa.lis@hutnik.example",
               ["CN=Ewa Lis;PARTSTAT=DECLINED:mailto:ewa.lis@hutnik.example",
                "CN=Marek Zając;PARTSTAT=ACCEPTED:mailto:marek.zajac@hutnik.example",
                "CN=Ola Wójcik;PARTSTAT=TENTATIVE:mailto:ola.wojcik@hutnik.example", ME])
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Marek Zając", "Ola Wójcik"]
    assert coord == ("Ewa Lis", "ewa.lis@hutnik.example")


def test_someone_met_at_reception_is_not_the_one_to_call_about_changes() -> None:
    data = ics("Interview – Sous Chef", "CN=Bookings:mailto:bookings@harbourkitchen.example",
               ["CN=Ana Ruiz:mailto:ana@harbourkitchen.example", ME],
               esc("You'll meet Ana Ruiz at the pass. Running late? Call the front desk on "
                   "+61 2 5550 1234."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ana Ruiz"] and coord is None


@pytest.mark.parametrize("writes", ["As the hiring manager, Lwazi will run the session.",
                                    "As a reminder, Lwazi will run the session."])
def test_as_a_title_names_the_writer_only_before_i(writes: str) -> None:
    data = ics("Interview – Mine Surveyor", "CN=Thandi Zulu:mailto:thandi@goldreef.example",
               ["CN=Thandi Zulu:mailto:thandi@goldreef.example",
                "CN=Lwazi Dlamini:mailto:lwazi@goldreef.example", ME],
               esc(f"Dear Sam,\n\n{writes}\n\nThandi"))
    staff, coord = people_of(data)
    assert coord is None or coord[0] != "Lwazi Dlamini"
    assert "Lwazi Dlamini" in [n for n, _ in staff]


def test_who_greets_the_candidate_of_a_call_for_two_holds_it() -> None:
    data = ics("Sam Candidate and Nilufar Rahimova",
               "CN=Nilufar Rahimova:mailto:nilufar@silkroadtravel.example",
               ["CN=Nilufar Rahimova;PARTSTAT=ACCEPTED:mailto:nilufar@silkroadtravel.example",
                ME],
               esc("I'll kick things off with an overview of the team, then we'll talk about "
                   "your experience with group tours."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Nilufar Rahimova"] and coord is None


@pytest.mark.parametrize("box", ["talentacquisition", "hrteam", "peopleops", "careers.team",
                                 "humanresources"])
def test_a_teams_mailbox_with_its_teams_word_joined_is_nobody(box: str) -> None:
    data = ics("Interview – Warehouse Supervisor", f"CN=Nomsa Khumalo:mailto:{box}@vuka.example",
               ["CN=Sipho Ndlovu:mailto:sipho@vuka.example", ME],
               esc("Interviewer: Sipho Ndlovu, Operations Manager\n\nNomsa Khumalo\n"
                   "Talent Acquisition"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Sipho Ndlovu"]
    assert coord is not None and coord[0] == "Nomsa Khumalo" and coord[1] is None


@pytest.mark.parametrize("room", ["Mötesrum Ek", "Møterom Fløyen", "Kokoushuone Aalto",
                                  "Ruang Rapat Melati", "Phòng họp Sen", "회의실 3", "Aula Magna"])
def test_a_meeting_room_named_in_its_own_language_is_a_room(room: str) -> None:
    data = ics("Interview – Logistics Planner", "CN=Ingrid Berg:mailto:ingrid@nordfrakt.example",
               [f"CN={room}:mailto:rum-17@nordfrakt.example",
                "CN=Jonas Ek:mailto:jonas@nordfrakt.example", ME])
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ingrid Berg", "Jonas Ek"] and coord is None


def test_who_signs_a_scheduling_systems_letter_writes_it() -> None:
    data = ics("Interview – Credit Analyst", "CN=Workday:mailto:andesbank@myworkday.com",
               ["CN=Camila Rojas:mailto:camila.rojas@andesbank.example", ME],
               esc("Hola Sam,\n\nI've scheduled your interview with Camila Rojas for the "
                   "Credit Analyst role.\n\nSaludos,\nValentina Soto"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Camila Rojas"]
    assert coord is not None and coord[0] == "Valentina Soto"
