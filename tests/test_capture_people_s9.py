"""Who is who in an invitation (issue 23, session 9): each rule on an invitation written for
this test, in a sector, country or shape the labelled corpora do not have (a parish council,
a dental practice, a Finnish shipyard, a Chilean winery …). A rule holds for invitations
nobody has read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics, kinds
from tests.test_capture_people_rules import ME, esc, invitation_mail, people_of


@pytest.mark.parametrize("seat", ["Parish Council Member", "School Governor", "Trustee",
                                  "Chairperson, Audit Committee", "Co-founder"])
def test_a_seat_on_a_board_beside_a_name_is_a_title_not_a_second_name(seat: str) -> None:
    data = ics("Interview – Community Development Officer",
               "CN=Helen Marsh:mailto:helen.marsh@bramford-pc.example",
               ["CN=Kofi Asante:mailto:kofi.asante@bramford-pc.example", ME],
               esc(f"10:00 – 10:40  Kofi Asante, Clerk; Ruth Adeyemi, {seat}\n\n"
                   "Helen Marsh\nHR Administrator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Kofi Asante", "Ruth Adeyemi"]
    assert coord == ("Helen Marsh", "helen.marsh@bramford-pc.example")


@pytest.mark.parametrize("team", ["Graduate Recruitment", "Campus Recruiting",
                                  "Student Recruitment", "Nurse Recruitment"])
def test_a_mailbox_named_for_whom_it_recruits_is_nobody(team: str) -> None:
    data = ics("Assessment Day – Marine Engineering Trainee",
               f"CN={team}:mailto:early@turku-yard.example",
               [f"CN={team}:mailto:early@turku-yard.example", ME],
               esc("If you need adjustments, contact Aino Virtanen, Early Talent Partner "
                   "(aino.virtanen@turku-yard.example)."))
    staff, coord = people_of(data)
    assert staff == []
    assert coord == ("Aino Virtanen", "aino.virtanen@turku-yard.example")


def test_a_schedule_is_the_whole_list_a_name_in_passing_is_no_interviewer() -> None:
    data = ics("Interview – Cellar Hand", "CN=Valentina Rojas:mailto:no-reply@teamtailor.com",
               [ME],
               esc("Your interview with Viña Los Boldos for the Cellar Hand vacancy.\n\n"
                   "09:00 – 09:30  Joaquín Fuentes, Winemaker\n"
                   "09:30 – 10:00  Camila Soto, Vineyard Supervisor\n\n"
                   "Any trouble, write to Valentina Rojas on valentina.rojas@losboldos.example"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Joaquín Fuentes", "Camila Soto"]
    assert coord == ("Valentina Rojas", "valentina.rojas@losboldos.example"), \
        "the address the text writes for her, not the relay's"


def test_one_named_as_met_without_a_schedule_still_interviews() -> None:
    data = ics("Video interview", "CN=Workable:mailto:noreply@workable.com", [ME],
               esc("Your interview with Mirela Popescu is confirmed."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Mirela Popescu"]


def test_an_address_in_the_text_that_spells_two_people_is_nobodys() -> None:
    data = ics("Interview – Dental Nurse", "CN=Li Wei:mailto:no-reply@bamboohr.com", [ME],
               esc("Interviewers: Wei Chen (Practice Owner)\n\nQuestions: w.li@smiledent.example"
                   "\n\nLi Wei\nPractice Coordinator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Wei Chen"]
    assert coord is not None and coord[0] == "Li Wei"


@pytest.mark.parametrize("said", ["Reply here and Bongani Dube will help.",
                                  "Bongani Dube can reschedule if the time does not suit.",
                                  "Bongani Dube is happy to answer any questions."])
def test_who_will_help_with_the_arrangements_is_the_contact(said: str) -> None:
    data = ics("Interview – Mine Surveyor", "CN=Bongani Dube:mailto:bongani@kopano.example",
               ["CN=Thandi Nkosi:mailto:thandi@kopano.example", ME],
               esc(f"14:00 – 15:00  Thandi Nkosi, Chief Surveyor\n\n{said}"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Thandi Nkosi"]
    assert coord == ("Bongani Dube", "bongani@kopano.example")


@pytest.mark.parametrize("said", [
    "My colleague Ana Lúcia Ferreira, who manages the shop floor, will join us.",
    "Dr. Henrik Lund will also sit in.",
    "Sione Taufa will be there as well."])
def test_a_full_name_that_will_join_the_writer_interviews(said: str) -> None:
    data = ics("Chat about the apprentice role", "CN=Paulo Mendes:mailto:paulo@oficina.example",
               ["CN=Paulo Mendes:mailto:paulo@oficina.example", ME],
               esc(f"Looking forward to it. {said}\n\nPaulo"))
    staff, coord = people_of(data)
    assert len(staff) == 2 and staff[0][0] == "Paulo Mendes"
    assert coord is None


@pytest.mark.parametrize("org", ["Grupo Vitivinícola Andes", "Banco Austral",
                                 "Fundación Mar Abierto", "Universidad del Pacífico"])
def test_an_organisations_first_word_makes_it_no_person(org: str) -> None:
    data = ics("Entrevista: Analista de Datos", "CN=Rocío Paz:mailto:rocio.paz@andes.example",
               ["CN=Rocío Paz:mailto:rocio.paz@andes.example", ME],
               esc(f"Hola Sam, una conversación con {org} sobre el puesto. Te llamo yo.\n\n"
                   "Rocío Paz"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Rocío Paz"]
    assert coord is None


@pytest.mark.parametrize("title", ["Personalreferentin", "Chargée RH",
                                   "Analista de Recursos Humanos", "HR-specialist",
                                   "Rekryteringskonsult", "Assistente di Direzione"])
def test_a_recruiting_title_in_the_language_of_the_letter(title: str) -> None:
    data = ics("Interview", "CN=Mara Lenz:mailto:mara.lenz@werft.example",
               ["CN=Jonas Vogt:mailto:jonas.vogt@werft.example", ME],
               esc(f"Ihr Gesprächspartner: Jonas Vogt\n\nMit freundlichen Grüßen\nMara Lenz\n"
                   f"{title}"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Jonas Vogt"]
    assert coord == ("Mara Lenz", "mara.lenz@werft.example")


@pytest.mark.parametrize("title", ["Assistante de Me Garnier", "PA to the Head of School",
                                   "Secretary to the Managing Partner"])
def test_who_keeps_anothers_diary_sets_the_meeting_up(title: str) -> None:
    cal = ics("Entretien – Juriste", "CN=\"Garnier, Sophie\":mailto:sophie.garnier@garnier.example",
              ["CN=\"Garnier, Sophie\":mailto:sophie.garnier@garnier.example", ME],
              esc(f"Maître Sophie Garnier vous recevra au cabinet.\n\nBien à vous,\n"
                  f"Lucie Marchand\n{title}"))
    staff, coord = people_of(invitation_mail(
        cal, "Sophie Garnier <sophie.garnier@garnier.example>",
        reply_to="Lucie <lucie.marchand@garnier.example>"))
    assert [n for n, _ in staff] == ["Sophie Garnier"]
    assert coord == ("Lucie Marchand", "lucie.marchand@garnier.example")


@pytest.mark.parametrize("summary", ["HR interview – Store Supervisor",
                                     "Entrevista con RRHH – Supervisor de Tienda",
                                     "HR-Gespräch: Filialleitung"])
def test_an_hr_interview_is_held_by_the_hr_person(summary: str) -> None:
    data = ics(summary, "CN=Scheduling:mailto:scheduling@tienda.example", [ME],
               esc("You will speak with Lucía Herrera, HR Business Partner."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Lucía Herrera"]
    assert coord is None


def test_the_video_meetings_host_is_in_it_beside_a_list() -> None:
    got = kinds(ics("Interview – Naval Architect", "CN=Talent:mailto:talent@meyer.example",
                    [ME], esc("Eeva Laine is inviting you to a scheduled Zoom meeting.\n"
                              "Also joining: Mikko Salo")))
    assert got["Eeva Laine"] == got["Mikko Salo"] == "interviewer"


@pytest.mark.parametrize("label", ["Event Name", "Event type", "Subject", "Interview type"])
def test_a_field_that_names_the_event_names_no_person(label: str) -> None:
    data = ics("Sam Candidate and Olusegun Bello",
               "CN=Olusegun Bello:mailto:o.bello@lagos-ss.example",
               ["CN=Olusegun Bello:mailto:o.bello@lagos-ss.example", ME],
               esc(f"{label}: Lesson Observation – Head of Mathematics\n"
                   "Location: Main Hall"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Olusegun Bello"]
    assert coord is None


@pytest.mark.parametrize("org", ["Brightwater Recruitment", "KHT Interviews"])
def test_a_mailbox_named_for_the_employer_by_its_first_word_or_initials_is_nobody(
        org: str) -> None:
    data = ics("Interview – Physiotherapist",
               f"CN={org}:mailto:interviews@brightwaterhealth.example",
               [f"CN={org}:mailto:interviews@brightwaterhealth.example", ME,
                "CN=Ama Owusu:mailto:ama.owusu@brightwaterhealth.example"],
               esc("Panel: Ama Owusu (Clinical Lead)\n\nKind regards\nFiona Reid\nPeople Team"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ama Owusu"]
    assert coord == ("Fiona Reid", None)


@pytest.mark.parametrize("said", ["Centre for Coastal Ecology", "Ministry for Primary Industries",
                                  "Fund for Sustainable Fisheries"])
def test_what_an_organisation_is_for_is_no_person(said: str) -> None:
    data = ics("Interview – Policy Analyst", "CN=Aroha Ngata:mailto:aroha@mpi.example",
               ["CN=Aroha Ngata:mailto:aroha@mpi.example", ME],
               esc(f"Kia ora Sam,\n\nAn interview with the {said} – policy team.\n\nAroha Ngata"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Aroha Ngata"]


@pytest.mark.parametrize("said", ["I will join at the start to introduce you and keep time.",
                                  "I'll also sit in, only to take notes."])
def test_the_organizer_in_the_room_only_to_introduce_or_take_notes_set_it_up(said: str) -> None:
    data = ics("Interview: Research Fellow", "CN=\"Osei, Abena\":mailto:a.osei@uni.example",
               ["CN=\"Osei, Abena\":mailto:a.osei@uni.example",
                "CN=\"Haddad, Karim\":mailto:k.haddad@uni.example", ME],
               esc(f"The panel will be Karim Haddad (Reader). {said}\n\nBest wishes\nAbena Osei\n"
                   "Faculty Office"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Karim Haddad"]
    assert coord == ("Abena Osei", "a.osei@uni.example")


def test_a_name_with_and_without_its_accents_is_one_person() -> None:
    data = ics("Interview", "CN=Scheduling:mailto:scheduling@hanoi-water.example",
               ["CN=Tran Thi Thu Ha:mailto:hatt@hanoi-water.example", ME],
               esc("Interviewers: Trần Thị Thu Hà (Deputy Director)"))
    staff, _ = people_of(data)
    assert staff == [("Tran Thi Thu Ha", "hatt@hanoi-water.example")]


@pytest.mark.parametrize("said", ["Meet with Associate Dean Dr. Ikaika Kahale",
                                  "Meet with Deputy Principal Ikaika Kahale",
                                  "Meet with Vice Provost Ikaika Kahale"])
def test_a_rank_before_a_name_is_a_title(said: str) -> None:
    data = ics("Interview", "CN=Scheduling:mailto:scheduling@manoa.example",
               [ME], esc(f"14:00–14:30  {said}"))
    staff, _ = people_of(data)
    assert [n.removeprefix("Dr. ") for n, _ in staff] == ["Ikaika Kahale"]


def test_an_hr_interview_by_the_organizer_who_signs_as_talent() -> None:
    data = ics("Ref 2027/044 – Grants Officer – preliminary HR interview",
               "CN=\"Banda, Chisomo\":mailto:c.banda@fund.example", [ME],
               esc("Dear Sam,\n\nI would like to invite you to a preliminary HR interview for the "
                   "post at the International Fund for Clean Cookstoves.\n\nBest regards,\n"
                   "Chisomo Banda\nHR Associate, Talent Acquisition"))
    staff, coord = people_of(data)
    assert staff == [("Chisomo Banda", "c.banda@fund.example")]
    assert coord is None


PANEL_LAYOUTS = {
    "a table with tabs": "Time\tInterviewer\tTitle\n10:00\tTomás Ruiz\tHead of Finance\n"
                         "10:45\tAnjali Desai\tAudit Manager",
    "a table with bars": "| Time | Interviewer | Title |\n|---|---|---|\n"
                         "| 10:00 | Tomás Ruiz | Head of Finance |\n"
                         "| 10:45 | Anjali Desai | Audit Manager |",
    "letters after the names": "Panel members:\nMr Tomás Ruiz FCCA, Head of Finance\n"
                               "Anjali Desai ACA MBA – Audit Manager",
    "family names first": "Interviewers: Ruiz, Tomás; Desai, Anjali",
    "family names first, a line each": "Interviewers:\nRuiz, Tomás\nDesai, Anjali",
    "titles first": "Interview panel:\nHead of Finance – Tomás Ruiz\nAudit Manager – Anjali Desai",
    "times after the names": "Tomás Ruiz (Head of Finance) – 10:00-10:45\n"
                             "Anjali Desai (Audit Manager) – 10:45-11:30",
    "a dash for a colon": "Interviewers - Tomás Ruiz, Head of Finance; Anjali Desai, Audit Manager",
    "numbered labels": "Interviewer 1: Tomás Ruiz\nInterviewer 2: Anjali Desai",
    "a field of who": "With: Tomás Ruiz, Anjali Desai",
    "stars for bold": "**Tomás Ruiz** – Head of Finance\n**Anjali Desai** – Audit Manager",
    "an html table": "<table><tr><td>10:00</td><td>Tomás Ruiz</td><td>Head of Finance</td></tr>"
                     "<tr><td>10:45</td><td>Anjali Desai</td><td>Audit Manager</td></tr></table>",
    "the time after the name": "Tomás Ruiz: 10:00–10:45\nAnjali Desai: 10:45–11:30",
}


@pytest.mark.parametrize("layout", PANEL_LAYOUTS.values(), ids=PANEL_LAYOUTS.keys())
def test_a_panel_typed_in_any_layout(layout: str) -> None:
    data = ics("Interview – Finance Officer",
               "CN=Recruitment:mailto:recruitment@shirecouncil.example", [ME],
               esc(f"{layout}\n\nKind regards,\nGrace Tan\nMedical Staffing Officer"))
    staff, coord = people_of(data)
    assert [n.removeprefix("Mr ") for n, _ in staff] == ["Tomás Ruiz", "Anjali Desai"]
    assert coord == ("Grace Tan", None)


@pytest.mark.parametrize("said", ["María de los Ángeles Pérez", "Karl af Klint"])
def test_particles_inside_a_family_name(said: str) -> None:
    data = ics("Interview", "CN=HR:mailto:hr@bodega.example", [ME],
               esc(f"You will meet {said} (Finance Director)."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == [said]


@pytest.mark.parametrize("said", ["I've set up your interview with my client, a builder.",
                                  "This interview is arranged on behalf of our client.",
                                  "Entretien organisé pour notre client."])
def test_an_agency_that_books_for_a_client_sets_it_up(said: str) -> None:
    data = ics("Interview – Site Manager", "CN=Declan Murphy:mailto:declan@hireright.example",
               ["CN=Declan Murphy:mailto:declan@hireright.example",
                "CN=Siobhan Kelly:mailto:siobhan.kelly@buildco.example", ME],
               esc(f"Hi Sam, {said}\n\nBest,\nDeclan Murphy\nSenior Consultant"))
    staff, coord = people_of(data)
    assert staff == [("Siobhan Kelly", "siobhan.kelly@buildco.example")]
    assert coord == ("Declan Murphy", "declan@hireright.example")


def test_an_agency_recruiter_alone_on_a_call_about_a_client_talks() -> None:
    data = ics("Call – Site Manager role", "CN=Declan Murphy:mailto:declan@hireright.example",
               ["CN=Declan Murphy:mailto:declan@hireright.example", ME],
               esc("A quick call about the role with my client.\n\nBest,\nDeclan Murphy"))
    staff, coord = people_of(data)
    assert staff == [("Declan Murphy", "declan@hireright.example")]
    assert coord is None


@pytest.mark.parametrize("closing", ["Warm wishes,\n\n", "Met vriendelijke groet,\n",
                                     "Kind regards, "])
def test_who_signs_the_letter_for_others_and_is_not_in_it_set_it_up(closing: str) -> None:
    data = ics("Interview – Archivist", "CN=Ines Moller:mailto:ines.moller@museum.example",
               ["CN=Ines Moller:mailto:ines.moller@museum.example", ME],
               esc(f"Dear Sam,\n\nYour interview with Ines Moller is below.\n\n{closing}"
                   "Tariq Aziz"))
    staff, coord = people_of(data)
    assert staff == [("Ines Moller", "ines.moller@museum.example")]
    assert coord == ("Tariq Aziz", None)


def test_the_interviewer_who_sent_it_and_signs_it_still_interviews() -> None:
    data = ics("Interview – Site Manager", "CN=Siobhan Kelly:mailto:siobhan.kelly@buildco.example",
               ["CN=Siobhan Kelly:mailto:siobhan.kelly@buildco.example",
                "CN=Paddy Byrne:mailto:paddy@buildco.example", ME],
               esc("Hi Sam, Paddy and I look forward to meeting you.\n\nKind regards,\n"
                   "Siobhan Kelly\nOperations Director"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Siobhan Kelly", "Paddy Byrne"]
    assert coord is None


def test_one_person_by_address_and_by_name_in_either_order() -> None:
    data = ics("Interview", "CN=\"Kelly, Siobhan\":mailto:siobhan.kelly@buildco.example",
               ["CN=\"Kelly, Siobhan\":mailto:siobhan.kelly@buildco.example",
                "CN=p.byrne@buildco.example:mailto:p.byrne@buildco.example", ME],
               esc("Interviewers:\n- Siobhan Kelly (siobhan.kelly@buildco.example), Director\n"
                   "- Dr Patrick Byrne, Engineering Lead"))
    staff, coord = people_of(data)
    assert staff == [("Siobhan Kelly", "siobhan.kelly@buildco.example"),
                     ("Dr Patrick Byrne", "p.byrne@buildco.example")]
    assert coord is None


@pytest.mark.parametrize("slot", ["Ihre Fragen", "Vos questions", "Sus preguntas"])
def test_a_slot_for_the_candidates_own_questions_names_nobody(slot: str) -> None:
    data = ics("Interview", "CN=Scheduling:mailto:scheduling@bremer.example", [ME],
               esc(f"14:00 – 14:40  Fachgespräch, Jonas Weber (Teamleiter)\n14:40 – 15:00  {slot}"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Jonas Weber"]


@pytest.mark.parametrize("team", ["Rekruttering – Fjordkraft", "Recrutement | Maison Verne",
                                  "Reclutamiento – Grupo Sol"])
def test_a_team_calendar_named_in_another_language_is_nobody(team: str) -> None:
    data = ics("Intervju", f"CN={team}:mailto:c_abc123@group.calendar.google.com", [ME],
               esc("09:30 – 10:15  Kari Nordmann, Design Lead\n\nHilsen,\nOla Hansen\n"
                   "Talent Partner"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Kari Nordmann"]
    assert coord == ("Ola Hansen", None)


@pytest.mark.parametrize("said", ["the Data Analyst, Retail Banking role",
                                  "the Store Manager, Eastgate Mall position",
                                  "the Nurse, Cardiac Theatres vacancy"])
def test_the_words_before_the_jobs_own_word_are_the_jobs(said: str) -> None:
    data = ics("Interview", "CN=Nia Jones:mailto:nia@agency.example", [
        "CN=Rhys Evans:mailto:rhys.evans@bank.example", ME],
               esc(f"Confirming your interview for {said}. You will meet Rhys Evans (Head of "
                   "Analytics).\n\nBest,\nNia Jones\nRecruitment Consultant"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Rhys Evans"]
    assert coord == ("Nia Jones", "nia@agency.example")


@pytest.mark.parametrize("said", ["Ich selbst bin nicht dabei.", "Je ne serai pas présente.",
                                  "No estaré presente en la entrevista.",
                                  "Ik ben er zelf niet bij."])
def test_the_organizer_who_says_in_her_language_she_is_not_there(said: str) -> None:
    data = ics("Kennenlernen", "CN=Petra Lang:mailto:petra.lang@suchwerk.example",
               ["CN=Jens Kühn:mailto:jens.kuehn@optik.example", ME],
               esc(f"Gesprächspartner: Jens Kühn (Werkleiter).\n{said}\n\nPetra Lang"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Jens Kühn"]
    assert coord == ("Petra Lang", "petra.lang@suchwerk.example")


def test_a_recruitment_consultancy_in_german_is_recruiting() -> None:
    data = ics("Kennenlernen", "CN=\"Petra Lang | Suchwerk Personalberatung\":"
               "mailto:petra.lang@suchwerk.example",
               ["CN=Jens Kühn:mailto:jens.kuehn@optik.example", ME])
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Jens Kühn"]
    assert coord == ("Petra Lang", "petra.lang@suchwerk.example")


@pytest.mark.parametrize("line", ["Interviewer: du Plessis, Marike (Head of Claims)",
                                  "9:00 AM - 9:45 AM  Interviewer: du Plessis, Marike",
                                  "Hiring Manager: du Plessis, Marike"])
def test_a_singular_label_then_the_family_name_first_is_one_person(line: str) -> None:
    data = ics("Interview", "CN=Karoo Insure:mailto:karoo@myworkday.com", [ME],
               esc(f"Interview Schedule\n{line}\nRecruiter: Naidoo, Priya"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Marike du Plessis"]
    assert coord == ("Priya Naidoo", None)


def test_an_address_in_the_brackets_beside_a_title_is_the_persons() -> None:
    data = ics("Technical deep-dive", "CN=Lerato Mokoena:mailto:lerato@kasi.example", [ME],
               esc("Lerato Mokoena is inviting you to a scheduled Zoom meeting.\n\nTan Wei Ming "
                   "(Platform Lead, weiming.tan@kasi.example) will pair with you on an exercise."))
    staff, coord = people_of(data)
    assert staff == [("Lerato Mokoena", "lerato@kasi.example"),
                     ("Tan Wei Ming", "weiming.tan@kasi.example")]
    assert coord is None


@pytest.mark.parametrize("said", ["Sie treffen Frau Dr. Hanna Roth und Herrn Lukas Wendt.",
                                  "Vous rencontrerez Mme Hanna Roth et M. Lukas Wendt.",
                                  "Te entrevistarán la Sra. Hanna Roth y el Sr. Lukas Wendt."])
def test_a_title_of_address_in_any_language_is_not_the_name(said: str) -> None:
    data = ics("Interview", "CN=Recruiting:mailto:recruiting@bodensee.example", [ME], esc(said))
    staff, _ = people_of(data)
    assert [n.removeprefix("Dr. ") for n, _ in staff] == ["Hanna Roth", "Lukas Wendt"]


@pytest.mark.parametrize("name", ["LEUNG Ka Wai", "NG Siew Ling", "Pauline MARCHETTI"])
def test_a_family_name_written_in_capitals(name: str) -> None:
    data = ics("Interview", "CN=Recruiting:mailto:recruiting@harbour.example", [ME],
               esc(f"Interview panel:\n{name} (Head of Operations)"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == [name]


@pytest.mark.parametrize("name", ["SVP Jane Doe", "NHS Lothian"])
def test_capitals_that_are_a_title_or_a_body_are_no_family_name(name: str) -> None:
    data = ics("Interview", "CN=Recruiting:mailto:recruiting@harbour.example", [ME],
               esc(f"Interview panel:\n{name}\nOla Berg (Nurse Manager)"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Ola Berg"]


def test_an_initial_and_a_family_name_are_the_attendee_of_that_name() -> None:
    data = ics("Interview", "CN=Rosa Lindgren:mailto:rosa.lindgren@kommun.example",
               ["CN=Rosa Lindgren:mailto:rosa.lindgren@kommun.example", ME],
               esc("Panel: R. Lindgren (Chair), P. Okoye (Finance)"))
    staff, coord = people_of(data)
    assert staff == [("Rosa Lindgren", "rosa.lindgren@kommun.example"), ("P. Okoye", None)]
    assert coord is None


@pytest.mark.parametrize("said", [
    "The panel will comprise Cllr Aled Price (Chair), Mererid Lloyd (Director of Housing) and "
    "Tom Reid (HR Advisor). Please bring photo ID.",
    "You will be interviewed by Mererid Lloyd (Director of Housing) and Tom Reid (HR Advisor)."])
def test_who_sits_on_a_panel_named_in_a_sentence_interviews_hr_too(said: str) -> None:
    data = ics("Interview – Housing Officer", "CN=Recruitment:mailto:recruitment@cyngor.example",
               [ME], esc(said))
    staff, coord = people_of(data)
    assert "Tom Reid" in [n for n, _ in staff] and "Mererid Lloyd" in [n for n, _ in staff]
    assert coord is None


@pytest.mark.parametrize(("cn", "address"), [("BambooHR", "notifications@bamboohr.com"),
                                             ("Personio", "noreply@personio.de"),
                                             ("Recruitee", "mailer@recruitee.com")])
def test_a_relay_named_for_its_own_service_is_nobody(cn: str, address: str) -> None:
    data = ics("Interview", f"CN={cn}:mailto:{address}",
               [ME, "CN=Ilse Janssen:mailto:ilse@bakkerij.example"],
               esc("Ilse Janssen has scheduled an interview with you."))
    staff, coord = people_of(data)
    assert staff == [("Ilse Janssen", "ilse@bakkerij.example")]
    assert coord is None


def test_an_attendee_who_declined_will_not_be_there() -> None:
    got = kinds(ics("Interview", "CN=Anna Berg:mailto:anna.berg@museum.example",
                    ["CN=Ines Moller;PARTSTAT=DECLINED:mailto:ines@museum.example",
                     "CN=Tariq Aziz;PARTSTAT=ACCEPTED:mailto:tariq@museum.example", ME],
                    esc("Anna Berg\nRecruitment Coordinator")))
    assert "Ines Moller" not in got
    assert got["Tariq Aziz"] == "interviewer" and got["Anna Berg"] == "coordinator"


def test_a_person_copied_for_information_is_no_room_and_no_interviewer() -> None:
    got = kinds(ics("Interview", "CN=Tariq Aziz:mailto:tariq@museum.example",
                    ["CN=Tariq Aziz:mailto:tariq@museum.example", ME,
                     "CN=Anna Berg;ROLE=NON-PARTICIPANT;CUTYPE=INDIVIDUAL:"
                     "mailto:anna.berg@museum.example",
                     "CN=Studio 2;ROLE=NON-PARTICIPANT:mailto:studio2@museum.example"]))
    assert got["Anna Berg"] == "coordinator" and got["Tariq Aziz"] == "interviewer"
    assert got["Studio 2"] == "resource"


def test_googles_who_heading_over_its_guests_is_no_panel() -> None:
    data = ics("Interview – Archivist", "CN=Anna Berg:mailto:anna.berg@museum.example",
               ["CN=Anna Berg:mailto:anna.berg@museum.example",
                "CN=Tariq Aziz:mailto:tariq@museum.example", ME],
               esc("Who:\n* Anna Berg - organiser\n* Tariq Aziz\n* sam@gmail.com\n\n"
                   "Anna Berg\nRecruitment Coordinator"))
    staff, coord = people_of(data)
    assert staff == [("Tariq Aziz", "tariq@museum.example")]
    assert coord == ("Anna Berg", "anna.berg@museum.example")


@pytest.mark.parametrize("said", ["Contact person: Jane Doe", "Recruiting Coordinator – Jane Doe",
                                  "For any questions please contact Jane Doe on 020 7946 0000."])
def test_the_contact_for_the_arrangements_in_other_words(said: str) -> None:
    data = ics("Interview", "CN=Scheduling:mailto:scheduling@acme.example",
               [ME, "CN=Bob Stone:mailto:bob.stone@acme.example"],
               esc(f"Interviewer – Bob Stone\n{said}"))
    staff, coord = people_of(data)
    assert staff == [("Bob Stone", "bob.stone@acme.example")]
    assert coord == ("Jane Doe", None)


def test_a_person_behind_a_relay_named_via_a_service() -> None:
    data = ics("Interview", "CN=Aroha Ngata via Greenhouse:mailto:no-reply@greenhouse.io",
               [ME, "CN=Bob Stone:mailto:bob.stone@acme.example"], esc("Interviewer: Bob Stone"))
    staff, coord = people_of(data)
    assert staff == [("Bob Stone", "bob.stone@acme.example")]
    assert coord == ("Aroha Ngata", None)


@pytest.mark.parametrize("said", ["採用担当: 田中 美咲", "招聘联系人：王 芳"])
def test_a_recruiting_contact_in_a_script_without_capitals(said: str) -> None:
    data = ics("面接のご案内", "CN=Recruiting:mailto:recruiting@sakura.example", [ME],
               esc(f"面接官: 佐藤 健 (部長)、鈴木 花子\n\n{said}"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["佐藤 健", "鈴木 花子"]
    assert coord is not None and coord[0] == said.split("：")[-1].split(": ")[-1]


def test_the_employer_after_a_bar_in_a_display_name_is_no_title() -> None:
    data = ics("Interview", "CN=Lim Jia Hui | Merlion Payments:mailto:jiahui@merlion.example",
               ["CN=Lim Jia Hui | Merlion Payments:mailto:jiahui@merlion.example", ME,
                "CN=Tan Wei:mailto:tan.wei@merlion.example"],
               esc("Interviewer: Tan Wei (Engineering Manager)\n\nLim Jia Hui\nTalent Acquisition"))
    staff, coord = people_of(data)
    assert staff == [("Tan Wei", "tan.wei@merlion.example")]
    assert coord == ("Lim Jia Hui", "jiahui@merlion.example")
