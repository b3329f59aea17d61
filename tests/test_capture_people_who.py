"""Who is who in an invitation (issue 23, session 8): each rule on an invitation written for
this test, in a sector, country or shape the labelled corpora do not have. A rule holds for
invitations nobody has read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics, kinds
from tests.test_capture_people_rules import ME, esc, invitation_mail, people_of

ZOOM_BLOCK = ("Join Zoom Meeting\nhttps://acme.zoom.us/j/5550001111?pwd=abc\n\n"
              "Meeting ID: 555 000 1111\nPasscode: 778899\n\n---\n\nOne tap mobile\n"
              "+61370182005,,5550001111# Australia\n\nFind your local number: "
              "https://acme.zoom.us/u/abcd\n\n")


def test_html_paragraphs_and_list_items_end_a_line() -> None:
    data = ics("Interview – Pharmacist", "CN=Noor Aziz:mailto:noor.aziz@kestrel.example",
               ["CN=Ikaika Kealoha:mailto:ikaika@kestrel.example",
                "CN=Wanjiru Mwangi:mailto:wanjiru@kestrel.example", ME],
               esc("<p>Hi Sam,</p><ol><li>9:00 – 9:40 Ikaika Kealoha, Chief Pharmacist</li>"
                   "<li>9:40 – 10:00 Wanjiru Mwangi, Dispensary Manager</li></ol>"
                   "<div>Scheduled for you by our team</div>"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ikaika Kealoha", "Wanjiru Mwangi"]
    assert coord == ("Noor Aziz", "noor.aziz@kestrel.example")


def test_what_follows_a_video_services_block_is_the_writers_again() -> None:
    data = ics("Technical interview – Site Reliability Engineer",
               "CN=Kookaburra Zoom:mailto:zoom@kookaburra.example", [ME],
               esc("Tane Whaanga is inviting you to a scheduled Zoom meeting.\n\n"
                   + ZOOM_BLOCK + "Panel: Tane Whaanga (SRE Lead), Mele Tupou (Staff SRE)\n"
                   "Your scheduler: Ruby Okonjo"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Tane Whaanga", "Mele Tupou"]
    assert coord == ("Ruby Okonjo", None)


@pytest.mark.parametrize("org", ["Nordlicht Versicherung AG", "Lumbini Textiles Pvt Ltd",
                                 "Banco Serrano S.A.", "Kowhai Dairy Ltd"])
def test_a_legal_form_ends_a_companys_name_never_a_persons(org: str) -> None:
    data = ics("Interview: Claims Handler", f"CN={org}:mailto:nordlicht@myworkday.com", [ME],
               esc("Interviewer: Anneliese Vogt; Baraka Otieno"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Anneliese Vogt", "Baraka Otieno"]
    assert coord is None


@pytest.mark.parametrize("title", ["Early Careers Adviser", "Resourcing Partner",
                                   "Graduate Hiring Lead", "Campus Hiring Specialist"])
def test_recruiting_titles_in_other_words(title: str) -> None:
    data = ics("Interview – Civil Engineer", "CN=Ola Nordmann:mailto:ola@fjell.example",
               ["CN=Ola Nordmann:mailto:ola@fjell.example",
                "CN=Kari Berg:mailto:kari@fjell.example", ME],
               esc(f"Looking forward to meeting you.\n\nBest wishes,\nOla Nordmann\n{title}"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Kari Berg"]
    assert coord == ("Ola Nordmann", "ola@fjell.example")


def test_a_hiring_manager_is_no_recruiter() -> None:
    data = ics("Interview – Chef de Partie", "CN=Luca Bianchi:mailto:luca@osteria.example",
               ["CN=Luca Bianchi:mailto:luca@osteria.example", ME],
               esc("See you then,\nLuca Bianchi\nHiring Manager, Kitchen"))
    assert people_of(data) == ([("Luca Bianchi", "luca@osteria.example")], None)


@pytest.mark.parametrize("cue", ["Arranged by", "Organised by", "Set up by", "Booked by"])
def test_who_arranged_the_interview_is_its_coordinator(cue: str) -> None:
    data = ics("Interview: Veterinary Nurse", "CN=Elif Demir:mailto:elif@pawsvet.example",
               ["CN=Elif Demir:mailto:elif@pawsvet.example",
                "CN=Goran Petrovic:mailto:goran@pawsvet.example", ME],
               esc(f"Goran Petrovic, Clinical Director, will interview you.\n\n"
                   f"{cue} Elif Demir, Practice Administrator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Goran Petrovic"]
    assert coord == ("Elif Demir", "elif@pawsvet.example")


@pytest.mark.parametrize("label", ["Selection Committee:", "Interview Board:",
                                   "Panel members:", "11:30 – 12:15  Panel interview"])
def test_names_under_a_panels_heading_are_the_panel(label: str) -> None:
    data = ics("Interview: Senior Planner", "CN=Council HR:mailto:jobs@waikato-dc.example",
               [ME], esc(f"{label}\n  Cllr Hemi Walker, Chair\n  Aroha Ngata, HR Advisor\n"
                         "  Dr Ben Liu, Planning Manager\n\nPlease bring ID."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Cllr Hemi Walker", "Aroha Ngata", "Dr Ben Liu"]
    assert coord is None


def test_an_attendee_with_only_an_address_is_the_person_it_spells() -> None:
    data = ics("Interview – Hydrologist", "CN=Ama Owusu:mailto:ama.owusu@volta.example",
               ["ROLE=REQ-PARTICIPANT:mailto:k.mensah@volta.example", ME],
               esc("Interviewer: Dr Kwabena Mensah (Principal Hydrologist)\n"
                   "Ama Owusu, Recruitment Officer"))
    staff, coord = people_of(data)
    assert staff == [("Dr Kwabena Mensah", "k.mensah@volta.example")]
    assert coord == ("Ama Owusu", "ama.owusu@volta.example")


@pytest.mark.parametrize("team", ["Legal Recruitment", "Finance Hiring", "Nursing Recruitment"])
def test_a_departments_recruiting_mailbox_is_nobody(team: str) -> None:
    local = team.lower().replace(" ", ".")
    data = ics("Interview – Trainee Solicitor", f"CN={team}:mailto:{local}@hale.example",
               ["CN=Imogen Hale:mailto:imogen.hale@hale.example", ME],
               esc("Imogen Hale, Partner, will interview you."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Imogen Hale"]
    assert coord is None


@pytest.mark.parametrize(("summary", "said"), [
    ("Interview: Store Manager – Tamil Nadu (Chennai)",
     "Your interview for Store Manager – Tamil Nadu (Chennai) is booked."),
    ("Interview – Ward Sister, Maple Ward (Nights)",
     "We look forward to meeting you about Ward Sister – Maple Ward (Nights)."),
    ("Interview: Research Fellow in Soil Carbon (Part Time)",
     "You are invited to interview for the post of Research Fellow in Soil Carbon (Part "
     "Time), Ref. 2026-77."),
])
def test_words_of_the_job_in_the_title_are_no_person(summary: str, said: str) -> None:
    data = ics(summary, "CN=Talia Cohen:mailto:talia@ofek.example",
               ["CN=Talia Cohen:mailto:talia@ofek.example", ME], esc(said))
    assert people_of(data) == ([("Talia Cohen", "talia@ofek.example")], None)


@pytest.mark.parametrize("said", [
    "We are pleased to invite you to interview for the position of Staff Nurse, Cardiac Care.",
    "This is for the role Account Executive, Public Sector, based in Nairobi.",
])
def test_what_continues_the_jobs_name_after_a_comma_is_no_person(said: str) -> None:
    data = ics("Interview", "CN=Grace Achieng:mailto:grace@savanna.example",
               ["CN=Grace Achieng:mailto:grace@savanna.example", ME], esc(said))
    assert people_of(data) == ([("Grace Achieng", "grace@savanna.example")], None)


@pytest.mark.parametrize(("organizer", "said"), [
    ("CN=Tarragon Foods:mailto:tarragonfoods@talent.icims.com",
     "You have been invited to interview with Tarragon Foods for the Buyer role."),
    ("CN=Priti Shah:mailto:priti.shah@kavach-sec.example",
     "Your interview with Kavach Security for Analyst is confirmed."),
    ("CN=Recruiting:mailto:no-reply@smartrecruiters.com",
     "Your interview with Marula Brewing is confirmed. Questions: jobs@marulabrewing.example"),
])
def test_the_employers_name_is_no_person(organizer: str, said: str) -> None:
    data = ics("Interview", organizer, ["CN=Ruth Abebe:mailto:ruth.abebe@gmail.com", ME],
               esc(said + "\nInterviewer: Ruth Abebe"))
    names = [n for n, _ in people_of(data)[0]]
    assert names == ["Ruth Abebe"]


def test_a_job_named_in_two_languages_is_no_person() -> None:
    data = ics("Entrevista – Warehouse Supervisor", "CN=Ana Souza:mailto:ana@ipe.example",
               ["CN=Ana Souza:mailto:ana@ipe.example", ME],
               esc("Entrevista – Encarregado Armazém (Warehouse Supervisor)\n\n"
                   "Conversa com Ana Souza (Diretora de Operações)."))
    assert people_of(data) == ([("Ana Souza", "ana@ipe.example")], None)


@pytest.mark.parametrize("title", ["Responsable de Recursos Humanos", "Hoofd Personeelszaken",
                                   "Jefe de Almacén"])
def test_a_job_title_in_another_language_is_no_second_name(title: str) -> None:
    data = ics("Entrevista", "CN=Marta Gil:mailto:marta@ribes.example",
               ["CN=Marta Gil:mailto:marta@ribes.example", ME],
               esc(f"10:00 – 10:30  Pau Ferrer Soler, {title}"))
    names = [n for n, _ in people_of(data)[0]]
    assert "Pau Ferrer Soler" in names and not any("de" in n.split() for n in names)


def test_fundraising_is_no_recruiting() -> None:
    data = ics("Gesprek – Fondsenwerver", "CN=Joost Bakker:mailto:joost@zeehond.example",
               ["CN=Joost Bakker:mailto:joost@zeehond.example", ME],
               esc("Gesprek met Joost Bakker (Manager Fondsenwerving)."))
    assert people_of(data) == ([("Joost Bakker", "joost@zeehond.example")], None)


def test_an_assessment_day_run_by_a_recruiter_keeps_her_its_coordinator() -> None:
    data = ics("Assessment Day: Graduate Surveyor Programme",
               "CN=Careers:mailto:c_77aa@group.calendar.google.com",
               ["CN=Nia Jones:mailto:nia.jones@tir.example", ME],
               esc("The day includes a group task and a panel interview.\n\n"
                   "Diolch,\nNia Jones\nGraduate Recruitment Officer"))
    assert people_of(data) == ([], ("Nia Jones", "nia.jones@tir.example"))


def test_a_recruiter_alone_on_a_phone_screen_still_talks() -> None:
    data = ics("Phone screen – Barista Trainer",
               "CN=Zanele Dube:mailto:zanele@roastery.example",
               ["CN=Zanele Dube:mailto:zanele@roastery.example", ME],
               esc("Speak soon!\nZanele Dube\nTalent Partner"))
    assert kinds(data)["Zanele Dube"] == "interviewer"


def test_a_teams_calendar_named_with_an_abbreviation_is_nobody() -> None:
    data = ics("Panel Interview | Data Engineer", "CN=TA Auckland – Interviews:mailto:"
               "c_91ab@group.calendar.google.com",
               ["CN=Wiremu Parata:mailto:wiremu@kauri.example", ME],
               esc("Interviewer: Wiremu Parata (Data Lead)"))
    assert people_of(data) == ([("Wiremu Parata", "wiremu@kauri.example")], None)


@pytest.mark.parametrize("label", ["Assessors on the day:", "Interviewers for this round:",
                                   "Panel for Thursday:"])
def test_a_panels_label_with_words_after_it(label: str) -> None:
    data = ics("Assessment – Graduate Chemist", "CN=Lerato Khumalo:mailto:lerato@sasol.example",
               ["CN=Lerato Khumalo:mailto:lerato@sasol.example", ME],
               esc(f"{label} Johan Botha (Plant Manager) and Zodwa Mthembu (Talent Development "
                   "Lead).\n\nRegards\nLerato Khumalo\nGraduate Recruitment"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Johan Botha", "Zodwa Mthembu"]
    assert coord == ("Lerato Khumalo", "lerato@sasol.example")


@pytest.mark.parametrize("description", [
    "10:00 – 10:45  Arjun Mehta, Head, Treasury Markets\n"
    "10:45 – 11:30  Lim Bee Hoon, Director, Corporate Lending",
    "Interviewers:\n- Arjun Mehta, Head, Treasury Markets\n"
    "- Lim Bee Hoon, Director, Corporate Lending",
    "Interviewer: Arjun Mehta, VP, Treasury Markets; Lim Bee Hoon",
])
def test_after_a_name_and_its_title_the_department_is_more_of_the_title(
        description: str) -> None:
    data = ics("Interview – Treasury Analyst", "CN=Scheduling:mailto:scheduling@dbank.example",
               [ME], esc(description))
    assert [n for n, _ in people_of(data)[0]] == ["Arjun Mehta", "Lim Bee Hoon"]


@pytest.mark.parametrize("rank", ["Professor", "Associate Professor", "Assistant Professor",
                                  "Adjunct Professor"])
def test_an_academic_rank_before_a_name_is_a_title(rank: str) -> None:
    data = ics("Interview – Research Officer", "CN=Jobs:mailto:jobs@unisa.example",
               ["CN=\"Moodley, Kershia\":mailto:k.moodley@unisa.example", ME],
               esc(f"Interview panel:\n{rank} Kershia Moodley, Chair\nDr Thabo Nkosi, Member"))
    staff, _ = people_of(data)
    assert staff == [("Kershia Moodley", "k.moodley@unisa.example"), ("Dr Thabo Nkosi", None)]


def test_an_emails_sender_whose_address_spells_a_name_gives_it_to_that_person() -> None:
    cal = ics("Interview – Actuary", "CN=Careers:mailto:careers@mutual.example", [ME],
              esc("Interviewer: Kofi Boateng\n\nRegards,\nAkosua Mensah\nRecruitment Officer"))
    staff, coord = people_of(invitation_mail(cal, "Akosua <a.mensah@mutual.example>"))
    assert [n for n, _ in staff] == ["Kofi Boateng"]
    assert coord == ("Akosua Mensah", "a.mensah@mutual.example")


def test_a_signature_with_the_family_name_first_and_an_english_name_after() -> None:
    data = ics("Interview: Data Analyst", "CN=Peter Lau:mailto:no-reply@smartrecruiters.com",
               ["CN=Ho Wing Sze:mailto:ho.wingsze@kln.example", ME],
               esc("Interviewer: Ho Wing Sze (Analytics Manager)\n\nBest regards,\n"
                   "Lau Chi Keung, Peter\nHuman Resources"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ho Wing Sze"]
    assert coord is not None and coord[0] == "Peter Lau"


def test_who_comes_from_the_people_department_sets_it_up() -> None:
    data = ics("Interview for Procurement Lead", "CN=Omar Farouk:mailto:omar@nile.example",
               ["CN=\"Hassan, Mona\":mailto:mona.hassan@nile.example", ME],
               esc("Dear Sam,\nMrs. Mona Hassan from Human Capital will join for the "
                   "introductions only.\n\nBest regards,\nOmar Farouk\nHead of Procurement"))
    staff, coord = people_of(data)
    assert staff == [("Omar Farouk", "omar@nile.example")]
    assert coord == ("Mona Hassan", "mona.hassan@nile.example")


@pytest.mark.parametrize("document", ["Working with Vulnerable People Check",
                                      "Police Clearance Certificate", "Blue Card"])
def test_the_name_of_a_document_to_bring_is_no_person(document: str) -> None:
    data = ics("Interview – Youth Worker", "CN=Kylie Nguyen:mailto:kylie@ymca.example",
               ["CN=Kylie Nguyen:mailto:kylie@ymca.example", ME],
               esc(f"Please bring your {document} with you."))
    assert people_of(data) == ([("Kylie Nguyen", "kylie@ymca.example")], None)


def test_meeting_you_at_the_office_is_no_greeting_at_reception() -> None:
    data = ics("Interview – Conveyancer", "CN=Nurul Huda:mailto:nurul@lawco.example",
               ["CN=Tan Boon Kiat:mailto:boonkiat@lawco.example",
                "CN=Rachel Koh:mailto:rachel.koh@lawco.example", ME],
               esc("Our partners Mr Tan Boon Kiat and Ms Rachel Koh will meet you at our "
                   "office.\n\nBest regards,\nMdm Nurul Huda binte Ismail\n"
                   "Executive Assistant to the Managing Partner"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Tan Boon Kiat", "Rachel Koh"]
    assert coord == ("Nurul Huda", "nurul@lawco.example")


def test_an_interview_for_a_job_and_its_department_is_no_person() -> None:
    data = ics("Interview", "CN=Mia Wong:mailto:mia@kiwibank.example",
               ["CN=Mia Wong:mailto:mia@kiwibank.example", ME],
               esc("Here are the details of your interview for Product Owner, Home Loans."))
    assert people_of(data) == ([("Mia Wong", "mia@kiwibank.example")], None)


def test_a_name_whose_initials_are_the_employers_domain_is_the_employer() -> None:
    data = ics("Interview: Cargo Planner", "CN=Ali Rahman:mailto:ali.rahman@gsa.example",
               ["CN=Ali Rahman:mailto:ali.rahman@gsa.example", ME],
               esc("Your interview with Gulf Star Airways is confirmed."))
    assert people_of(data) == ([("Ali Rahman", "ali.rahman@gsa.example")], None)


@pytest.mark.parametrize("where", [
    "Come to 77 W Wacker Dr, Chicago IL, 3rd floor.",
    "We're at 2210 Kingsway Ave N, Vancouver BC.",
    "Dirección: Torre Reforma Latino, Av. Reforma 296, CDMX",
    "Endereço: Edifício Faria Lima Square, Rua Funchal 418",
    "Office: Ridgeway Point, Suite 4",
])
def test_an_address_is_no_person(where: str) -> None:
    data = ics("Interview – Line Cook", "CN=Dolores Ruiz:mailto:dolores@cantina.example",
               ["CN=Dolores Ruiz:mailto:dolores@cantina.example", ME], esc(where))
    assert people_of(data) == ([("Dolores Ruiz", "dolores@cantina.example")], None)


def test_a_webex_block_is_the_services_and_a_toll_line_no_person() -> None:
    data = ics("Interview – Payroll Officer", "CN=Nkem Obi:mailto:nkem@lagoon.example",
               ["CN=Nkem Obi:mailto:nkem@lagoon.example", ME],
               esc("Nkem Obi invites you to join this Webex meeting.\n\nMeeting number: 2551 "
                   "000 111\nPassword: abc\n\nJoin by phone\n+234-1-555-0100 Nigeria Toll "
                   "(Lagos)\nAccess code: 2551 000 111\n"))
    assert people_of(data) == ([("Nkem Obi", "nkem@lagoon.example")], None)


@pytest.mark.parametrize("said", ["Your coordinator is Min-seo Park (minseo.park@hana.example).",
                                  "Questions? Ask our recruiter, Daniel Hall."])
def test_a_surname_like_a_place_with_a_persons_cue(said: str) -> None:
    data = ics("Interview: UX Writer", "CN=Interviews:mailto:interviews@hana.example",
               ["CN=Jae Kim:mailto:jae.kim@hana.example", ME], esc(said))
    staff, coord = people_of(data)
    assert staff == [("Jae Kim", "jae.kim@hana.example")]
    assert coord is not None and coord[0] in ("Min-seo Park", "Daniel Hall")


def test_a_phone_number_is_no_title_and_an_authority_no_person() -> None:
    data = ics("Interview – Planner", "CN=Jobs:mailto:jobs@harbour-auth.example",
               ["CN=Kwame Addo:mailto:kwame.addo@harbour-auth.example", ME],
               esc("Interviewer: Kwame Addo\n\nThank you,\nLena Schultz\nHR Assistant\n"
                   "Port of Tema Harbour Authority\n+233 30 555 0199"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Kwame Addo"]
    assert coord == ("Lena Schultz", None)


@pytest.mark.parametrize(("slot", "talks"), [
    ("10:00 – 10:30  Siosaia Fonua, Head of People", True),
    ("10:00 – 10:10  Welcome – Siosaia Fonua, Head of People", False),
    ("10:00 – 10:10  Siosaia Fonua, Head of People (wrap-up)", False),
])
def test_a_slot_of_ones_own_in_the_schedule_is_interviewing(slot: str, talks: bool) -> None:
    data = ics("Interview – Store Manager", "CN=Scheduling:mailto:scheduling@tonga.example",
               [ME], esc(f"{slot}\n10:30 – 11:15  Mele Vaipulu, Regional Manager"))
    staff, coord = people_of(data)
    assert ("Siosaia Fonua" in [n for n, _ in staff]) is talks
    assert (coord is not None and coord[0] == "Siosaia Fonua") is not talks


def test_the_emails_own_words_name_people_too() -> None:
    cal = ics("Interview – Volunteer Manager", "CN=Ines Alves:mailto:ines@abrigo.example",
              ["CN=Ines Alves:mailto:ines@abrigo.example", ME], "")
    staff, _ = people_of(invitation_mail(
        cal, "Ines Alves <ines@abrigo.example>", "Hi Sam,\nIt will be me and our Chief "
        "Executive, Tomás Pereira, for about an hour.\n\nInes"))
    assert [n for n, _ in staff] == ["Ines Alves", "Tomás Pereira"]


@pytest.mark.parametrize("said", ["Gracias por tu interés en Cafetal Andino.",
                                  "Thank you for applying to Kereru Kitchens.",
                                  "Obrigada pelo interesse em Ipê Amarelo."])
def test_who_you_applied_to_is_the_employer(said: str) -> None:
    data = ics("Entrevista inicial", "CN=Luz Marina Ortiz:mailto:lmortiz@ca.example",
               ["CN=Luz Marina Ortiz:mailto:lmortiz@ca.example", ME],
               esc(said + "\n\nLuz Marina Ortiz\nReclutadora"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Luz Marina Ortiz"] and coord is None


def test_a_calendar_emails_own_chrome_names_nobody_new() -> None:
    cal = ics("Interview – Geologist", "CN=Lena Fischer:mailto:lena@erz.example",
              ["CN=Lena Fischer:mailto:lena@erz.example",
               "CN=Marco Rossi:mailto:marco@erz.example",
               "CN=Aroha Smith:mailto:sam@gmail.com"], "")
    staff, coord = people_of(invitation_mail(
        cal, "Lena Fischer <lena@erz.example>",
        "When: Tuesday 9 March 2027 10:00 – 11:00 (UTC-03:00) Buenos Aires, Georgetown\n"
        "Where: Erz Mining, Level 3\n\nGuests\nLena Fischer - organizer\nMarco Rossi\n"
        "Aroha Smith\nView all guest info\n\nInvitation from Google Calendar\n"
        "You are receiving this email because you are an attendee."))
    assert [n for n, _ in staff] == ["Lena Fischer", "Marco Rossi"] and coord is None


def test_the_candidates_own_name_in_the_description_is_no_interviewer() -> None:
    data = ics("Interview – Geologist", "CN=Lena Fischer:mailto:lena@erz.example",
               ["CN=Lena Fischer:mailto:lena@erz.example",
                "CN=\"Smith, Aroha\":mailto:sam@gmail.com"],
               esc("Interview with Aroha Smith, applicant for Senior Geologist."))
    assert people_of(data) == ([("Lena Fischer", "lena@erz.example")], None)


def test_a_telephone_number_under_a_name_is_no_title() -> None:
    data = ics("Interview – Dental Nurse", "CN=Bookings:mailto:bookings@smile.example",
               ["CN=Farid Haidari:mailto:farid@smile.example", ME],
               esc("Interviewer: Farid Haidari\n\nKia ora,\n\nTe Aroha Dental Group Limited\n"
                   "+64 9 555 0101"))
    assert people_of(data) == ([("Farid Haidari", "farid@smile.example")], None)
