"""Each rule of who is who (issue 23, session 7), on invitations written for these tests in
shapes and languages the labelled corpora do not have: a rule must hold for invitations
nobody has seen, not for the files it was read from."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest
from tests.test_capture_people import OWN, ics, kinds

from followup.capture.invitations import read
from followup.capture.people import classify
from followup.capture.propose import Known, propose
from followup.capture.spelling import spells


def esc(text: str) -> str:
    """RFC 5545 TEXT: commas, semicolons and line breaks escaped."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace(
        "\n", "\\n")


def people_of(data: bytes) -> tuple[list[tuple[str, str | None]], tuple[str, str | None] | None]:
    p = propose(read(data, "UTC")[0], OWN, Known((), {}))
    coord = (p.coordinator.name, p.coordinator.email) if p.coordinator else None
    return [(x.name, x.email) for x in p.interviewers], coord


ME = "CN=Sam Candidate:mailto:sam@gmail.com"


def test_a_list_on_the_labels_line_splits_on_commas_and_and_outside_brackets() -> None:
    data = ics("Loop – Staff Engineer", "CN=Interviews:mailto:interviews@brisa.example", [ME],
               esc("Your panel: Ngozi Eze (Head of Research and Development), Pieter de Wit "
                   "(Staff Engineer, Payments) and Leilani Kahale\n\nSee you soon."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ngozi Eze", "Pieter de Wit", "Leilani Kahale"]
    assert coord is None
    found = {s.name: s.title for s in classify(read(data, "UTC")[0], OWN)}
    assert found["Pieter de Wit"] == "Staff Engineer, Payments"


@pytest.mark.parametrize(("description", "want"), [
    ("Vos intervieweurs :\nÉlodie Château (Directrice technique)\nØrjan Ødegård – Développeur",
     ["Élodie Château", "Ørjan Ødegård"]),
    ("面试官：王伟（技术总监）、李娜（产品经理）", ["王伟", "李娜"]),
    ("Ihre Gesprächspartnerinnen: Dr. Šárka Nováková und Łucja Żak", ["Dr. Šárka Nováková",
                                                                     "Łucja Żak"]),
    ("Panelists\n10:00 – 10:40  Mateus Conceição, Tech Lead\n10:40 – 11:20  Zoë Ó Súilleabháin",
     ["Mateus Conceição", "Zoë Ó Súilleabháin"]),
])
def test_a_labelled_list_in_any_language_and_script(description: str, want: list[str]) -> None:
    data = ics("Interview", "CN=Hiring:mailto:scheduling@lumo.example", [ME], esc(description))
    assert [n for n, _ in people_of(data)[0]] == want


def test_a_title_written_before_the_name() -> None:
    data = ics("Product Analyst interview", "CN=Talent:mailto:talent@orla.example", [ME],
               esc("Hi Sam,\nYou'll be speaking with our hiring manager, Tevita Fifita, about "
                   "the Product Analyst role. Your talent partner, Siobhán Ní Bhriain, will "
                   "send the agenda."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Tevita Fifita"]
    assert coord == ("Siobhán Ní Bhriain", None)


def test_a_title_after_is_and_a_clause_that_is_no_title() -> None:
    data = ics("Platform Engineer – technical interview", "CN=Jobs:mailto:jobs@kelp.example",
               [ME], esc("Your call with Ravi Shankar, has been scheduled by our tooling. "
                         "Kwame Asante is your recruiting coordinator for the day "
                         "(kwame.asante@kelp.example)."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ravi Shankar"]
    assert coord == ("Kwame Asante", "kwame.asante@kelp.example")


def test_who_says_hello_and_hands_over_sets_the_day_up() -> None:
    data = ics("Onsite – Data Scientist", "CN=Lena Fischer:mailto:lena.fischer@gruen.example",
               ["CN=Lena Fischer:mailto:lena.fischer@gruen.example",
                "CN=Marco Rossi:mailto:marco.rossi@gruen.example",
                "CN=Aiko Tanaka:mailto:aiko.tanaka@gruen.example", ME],
               esc("Lena will kick things off and introduce you to Marco and Aiko."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Marco Rossi", "Aiko Tanaka"]
    assert coord == ("Lena Fischer", "lena.fischer@gruen.example")


@pytest.mark.parametrize(("said", "organizer_interviews"), [
    ("I'll bring you up from the lobby, then Omar takes it from there.", False),
    ("Omar and I will meet you at reception and talk through your portfolio.", True),
])
def test_the_organizer_who_only_greets_and_who_interviews(said: str,
                                                          organizer_interviews: bool) -> None:
    data = ics("Design interview", "CN=Ines Duarte:mailto:ines@palha.example",
               ["CN=Omar Haddad:mailto:omar@palha.example", ME], esc(said))
    got = kinds(data)
    assert got["Ines Duarte"] == ("interviewer" if organizer_interviews else "coordinator")
    assert got["Omar Haddad"] == "interviewer"


def test_a_name_the_employers_domain_spells_is_the_employer_not_a_person() -> None:
    data = ics("Interview: Marine Surveyor", "CN=Ana Lima:mailto:ana.lima@harbourline.example",
               ["CN=Ana Lima:mailto:ana.lima@harbourline.example", ME],
               esc("Thanks for your interest in the role with Harbourline Marine Services. "
                   "You will meet with Ana Lima."))
    assert set(kinds(data)) == {"Ana Lima", "Sam Candidate"}


def test_a_person_whose_first_name_is_the_employers_domain_stays_a_person() -> None:
    data = ics("Interview: Clinician", "CN=Ada Lovelace:mailto:ada.lovelace@ada.example",
               ["CN=Ada Lovelace:mailto:ada.lovelace@ada.example", ME],
               esc("You will meet with Ada Lovelace, our Medical Director, at Ada Health."))
    assert kinds(data)["Ada Lovelace"] == "interviewer"


def test_private_mail_attendees_of_a_group_assessment_are_other_candidates() -> None:
    data = ics("Assessment centre – Graduate Analyst",
               "CN=Early Careers:mailto:earlycareers@fenwick.example",
               [ME, "CN=Priya Nair:mailto:priya.nair99@hotmail.co.uk",
                "CN=Tom Reid:mailto:tomreid@yahoo.example",
                "CN=Hannah Berg:mailto:hannah.berg@fenwick.example",
                "CN=Dele Ade:mailto:dele.ade@fenwick.example"],
               esc("Assessors: Hannah Berg and Dele Ade"))
    got = kinds(data)
    assert got["Priya Nair"] == got["Tom Reid"] == "candidate"
    assert got["Hannah Berg"] == got["Dele Ade"] == "interviewer"


def invitation_mail(cal: bytes, sender: str, text: str = "Please see the invitation.",
                    reply_to: str = "") -> bytes:
    """An e-mail that carries the invitation, as calendar systems send them."""
    msg = EmailMessage()
    msg["From"] = sender
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["To"] = "sam@gmail.com"
    msg["Subject"] = "Interview"
    msg.set_content(text)
    msg.add_attachment(cal, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_a_reply_to_gives_the_person_behind_a_relay_their_own_address() -> None:
    cal = ics("Interview – Store Manager – Cardamom Grocers",
              "CN=Rosa Delgado:mailto:noreply@icims.com", [ME],
              esc("Interviewer: Bilal Khan (Area Manager)\n\nRosa Delgado\nTalent Acquisition"))
    staff, coord = people_of(invitation_mail(
        cal, "Cardamom Grocers via iCIMS <noreply@icims.com>",
        reply_to="Rosa Delgado <r.delgado@cardamom.example>"))
    assert [n for n, _ in staff] == ["Bilal Khan"]
    assert coord == ("Rosa Delgado", "r.delgado@cardamom.example")


@pytest.mark.parametrize(("local", "name", "mine"), [
    ("jweiss", "Jürgen Weiß", True),
    ("juergen.weiss", "Jürgen Weiß", True),
    ("kahwai.teo", "Teo Kah Wai", True),
    ("s.nibhriain", "Siobhán Ní Bhriain", True),
    ("info", "Ida Nora Fox Olsen", False),
    ("hr", "Hana Reyes", False),
    ("jane.doe", "John Doe", False),
])
def test_an_address_is_a_persons_when_its_local_part_spells_their_name(
        local: str, name: str, mine: bool) -> None:
    assert spells(local, name) is mine


@pytest.mark.parametrize("room", ["Huddle Space 3 (4)", "Level 12 - Boardroom",
                                  "Salle Everest [10]", "Besprechungsraum Alster",
                                  "Room 4\\, East Wing", "DUB-3-Liffey"])
def test_a_room_by_its_name_without_cutype(room: str) -> None:
    data = ics("Interview", "CN=Mo Farah:mailto:mo@quay.example",
               [f"CN={room}:mailto:space1@quay.example", ME])
    got = classify(read(data, "UTC")[0], OWN)
    assert [s.kind for s in got if s.email == "space1@quay.example"] == ["resource"]
    assert "\\" not in next(s.name for s in got if s.email == "space1@quay.example")


@pytest.mark.parametrize(("summary", "organizer", "description", "company"), [
    ("Interview w/ Brightwater (Data Engineer)", "CN=Kai Moana:mailto:no-reply@hire.lever.co",
     "", "Brightwater"),
    ("Interview – Hollis & Grey Inc. – Paralegal", "CN=Jo Hollis:mailto:jo@hollisgrey.example",
     "", "Hollis & Grey Inc."),
    ("Tallis – Practice Nurse interview", "CN=Uma Rao:mailto:uma@tallis.example", "", "Tallis"),
    ("Entretien – Responsable de boutique", "CN=Notifications:mailto:noreply@teamtailor.com",
     "Nous avons le plaisir de vous recevoir chez Boulangerie Marchand.",
     "Boulangerie Marchand"),
    ("Interview Scheduled – Dental Nurse", "mailto:notifications@harrowgate.bamboohr.com",
     "Your interview at Harrowgate Dental Group is confirmed.", "Harrowgate Dental Group"),
    ("Interview – Data Analyst", "CN=Acme Recruiting (via Lever):mailto:no-reply@hire.lever.co",
     "", "Acme"),
    ("Your interview is confirmed", "CN=Jo Bloggs:mailto:no-reply@hire.lever.co",
     "Thank you for your interest in Quorn Foods.", "Quorn Foods"),
    ("Interview with Jane Doe", "CN=Jane Doe:mailto:jane@ar-labs.example",
     "Looking forward to it!\nJane Doe\nHead of Product | Acme Robotics", "Acme Robotics"),
    ("Interview with Jane Doe", "CN=Jane Doe:mailto:jane@ar-labs.example",
     "Talk soon,\nJane (Acme Robotics)", "Acme Robotics"),
    ("Invitation: Sam / Jane @ Thu 3 Dec 2026 10am - 11am (EST) (sam@gmail.com)",
     "CN=Jane Doe:mailto:jane@kestrel.example", "", "Kestrel"),
])
def test_the_company_as_the_file_writes_it(summary: str, organizer: str, description: str,
                                           company: str) -> None:
    data = ics(summary, organizer, [ME], esc(description)).replace(
        b"END:VEVENT", b"LOCATION:Tallis Health Centre\\, 3 Mill Lane\r\nEND:VEVENT")
    assert propose(read(data, "UTC")[0], OWN, Known((), {})).company.value == company


@pytest.mark.parametrize(("summary", "description", "role"), [
    ("Interview – Logistics", "Job title: Logistics Coordinator (Req #48213)\nWhere: Depot 2",
     "Logistics Coordinator"),
    ("Einladung: Projektleiterin Bau (w/m/d)", "", "Projektleiterin Bau"),
    ("Développeur Python (H/F) – Entretien", "", "Développeur Python"),
    ("Interview – Site Reliability Engineer",
     "Thanks for applying for our Site Reliability Engineer (Observability) position.",
     "Site Reliability Engineer (Observability)"),
    ("Interview: Tax Accountant", "Interview for Tax Accountant (Leeds)", "Tax Accountant"),
    ("Data Scientist – Sam Candidate", "", "Data Scientist"),
    ("Intro call: Sam / Maya Levi (Talent Partner) – Vireo",
     "A first chat with Maya about the Backend Engineer role.", "Backend Engineer"),
    ("面接のご案内", "株式会社ミナト の Data Analyst ポジションの面接です。", "Data Analyst"),
    ("Assessment day – Graduate Engineer Scheme", "", "Graduate Engineer"),
    ("Interview – Business Analyst, Payments – Final Round", "", "Business Analyst, Payments"),
    ("Vireo, Risk Analyst, Final Round – Sam Candidate", "", "Risk Analyst"),
    ("Interview for the position of Data Analyst", "", "Data Analyst"),
    ("Einladung zum Vorstellungsgespräch als Data Analyst (m/w/d)", "", "Data Analyst"),
    ("Entretien pour le poste de Chargé de clientèle", "", "Chargé de clientèle"),
    ("Interview with Vireo for Customer Support Representative role", "",
     "Customer Support Representative"),
])
def test_the_role_as_a_careful_reader_writes_it(summary: str, description: str,
                                                role: str) -> None:
    data = ics(summary, "CN=Maya Levi:mailto:maya.levi@vireo.example", [ME], esc(description))
    assert propose(read(data, "UTC")[0], OWN, Known((), {})).role.value == role


def test_guards_a_sign_off_team_a_lone_private_address_a_local_part_like_a_mailbox() -> None:
    """What the rules must not catch: "The Hiring Team" signing a letter is no list's
    heading; one attendee on private mail beside a named panel may be an interviewer (an
    adviser, a founder); jobrien@ is a person, not a jobs@ mailbox."""
    data = ics("Interview – Product Owner", "CN=Dara Quinn:mailto:dara@tessel.example",
               ["CN=Jo O'Brien:mailto:jobrien@tessel.example",
                "CN=Frank Adeyemi:mailto:frank.adeyemi@gmail.com", ME],
               esc("Interviewers: Dara Quinn and Jo O'Brien\n\nBest,\nThe Hiring Team\n"
                   "Tessel Works Ltd"))
    got = kinds(data)
    assert got["Jo O'Brien"] == got["Frank Adeyemi"] == got["Dara Quinn"] == "interviewer"
    assert "Tessel Works Ltd" not in got


@pytest.mark.parametrize(("address", "room"), [
    ("confroom4b@quay.example", True), ("room.4b@quay.example", True),
    ("raum.elbe312@quay.example", True), ("boardroom@quay.example", True),
    ("conference-room-2@quay.example", True), ("rmartin@quay.example", False),
    ("salazar@quay.example", False), ("conrad@quay.example", False),
])
def test_a_room_by_its_mailbox_when_it_has_no_name(address: str, room: bool) -> None:
    data = ics("Interview", "CN=Mo Farah:mailto:mo@quay.example",
               [f"RSVP=TRUE:mailto:{address}", ME])
    got = [s.kind for s in classify(read(data, "UTC")[0], OWN) if s.email == address]
    assert got == (["resource"] if room else ["interviewer"])


@pytest.mark.parametrize(("cn", "name", "kind"), [
    ('"Smith, John (HR)"', "John Smith", "coordinator"),
    ('"John Smith | Recruiter"', "John Smith", "coordinator"),
    ('"John Smith - Talent Acquisition"', "John Smith", "coordinator"),
    ('"Lee, Amy [Engineering]"', "Amy Lee", "interviewer"),
    ('"Amy Lee (Engineering Manager)"', "Amy Lee", "interviewer"),
    ('"Mac Giolla Phádraig, Tadhg"', "Tadhg Mac Giolla Phádraig", "interviewer"),
    ('"Dr. Amy Lee (she/her)"', "Dr. Amy Lee", "interviewer"),
    ('"Ember & Oak Recruiting"', None, "relay"),
])
def test_a_display_name_read_as_on_an_envelope(cn: str, name: str | None, kind: str) -> None:
    """Outlook's "Last, First (Department)", a title after a bar or a dash or in brackets; a
    team's name on an ordinary address is a shared mailbox, nobody to thank."""
    data = ics("Interview – Data Analyst", f"CN={cn}:mailto:organizer@acme.example",
               ["CN=Bob Roe:mailto:bob.roe@acme.example", ME])
    got = [s for s in classify(read(data, "UTC")[0], OWN) if s.email == "organizer@acme.example"]
    assert [(s.name or None, s.kind) for s in got] == [(name, kind)]


SCHEDULES = {
    "greenhouse agenda": "Agenda\n10:00 AM - 10:45 AM EST: Technical Interview with Jane Doe "
                         "(Staff Engineer)\n10:45 AM - 11:30 AM EST: Hiring Manager Interview "
                         "with John Roe (Engineering Manager)\n\nRecruiter: Mia Wong",
    "goodtime columns": "Interview Schedule:\n9:00am – 9:45am | Hiring Manager Interview | "
                        "Jane Doe\n9:45am – 10:30am | Technical | John Roe\n\nYour recruiting "
                        "coordinator, Mia Wong, will send details.",
    "lever heading": "Your interview with Acme is confirmed.\n\nInterviewers\nJane Doe, Staff "
                     "Engineer\nJohn Roe, Engineering Manager\n\nMia Wong\nRecruiter at Acme",
    "ashby meet with": "Meet with Jane Doe (Engineering Manager) · 45 min\nMeet with John Roe "
                       "(Staff Engineer) · 45 min\n\nQuestions? Reply to Mia Wong, Recruiting "
                       "Coordinator.",
    "icims fields": "Interview Type: Phone\nInterviewer(s): Jane Doe; John Roe\nRecruiter: "
                    "Mia Wong",
    "smartrecruiters titles as labels": "Hiring Manager: Jane Doe\nTeam Lead: John Roe\n"
                                        "Recruiter: Mia Wong",
    "calendly host": "Event Name: Interview with Jane\nHost: Jane Doe\nAlso joining: John Roe"
                     ", Staff Engineer\n\nScheduled for you by Mia Wong (Talent Partner)",
    "prose": "Hi Sam, you'll meet Jane Doe, our Head of Data, and John Roe from the platform "
             "team. Best, Mia Wong, Recruiting Coordinator",
    "webex host": "Jane Doe invites you to join this Webex meeting.\nAlso attending: John Roe\n"
                  "Recruiter: Mia Wong",
}


@pytest.mark.parametrize("description", SCHEDULES.values(), ids=SCHEDULES.keys())
def test_each_systems_way_of_naming_the_panel_from_a_team_mailbox(description: str) -> None:
    """A team mailbox named for the employer ("Acme Scheduling" <scheduling@acme…>) is
    nobody; the description names two interviewers and a recruiter, each in the manner of
    one scheduling system."""
    data = ics("Interview – Data Analyst", "CN=Acme Scheduling:mailto:scheduling@acme.example",
               [ME], esc(description))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Jane Doe", "John Roe"]
    assert coord == ("Mia Wong", None)


def test_an_emails_sender_via_a_scheduling_system_names_the_company() -> None:
    """ "Tessellate Labs via Greenhouse" <no-reply@greenhouse.io>: the employer; "Calendly"
    <notifications@calendly.com> or a title that is a sentence: never."""
    def sent(sender: str) -> str:
        cal = ics("Your interview is confirmed", "mailto:no-reply@greenhouse.io", [ME])
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = "sam@gmail.com"
        msg["Subject"] = "Interview confirmed"
        msg.set_content("See the invitation.")
        msg.add_attachment(cal, maintype="text", subtype="calendar", filename="invite.ics")
        return propose(read(msg.as_bytes(), "UTC")[0], OWN, Known((), {})).company.value

    assert sent("Tessellate Labs via Greenhouse <no-reply@greenhouse.io>") == "Tessellate Labs"
    assert sent("Greenhouse <no-reply@greenhouse.io>") == ""


def _acme(organizer: str, attendees: list[str], description: str) -> tuple[Any, Any]:
    return people_of(ics("Interview – Data Analyst – Acme", organizer, [*attendees, ME],
                         esc(description)))


def test_the_same_name_on_a_relay_and_on_an_own_address_is_one_person() -> None:
    staff, coord = _acme("CN=Olivia Pemberton:mailto:no-reply@greenhouse.io",
                         ["CN=Olivia Pemberton:mailto:olivia@acme.example",
                          "CN=Bob Roe:mailto:bob@acme.example"],
                         "Interviewer: Bob Roe\n\nOlivia Pemberton\nRecruiting Coordinator")
    assert staff == [("Bob Roe", "bob@acme.example")]
    assert coord == ("Olivia Pemberton", "olivia@acme.example")


@pytest.mark.parametrize(("said", "organizer_interviews"), [
    ("Hi Sam, Bob from our data team will interview you. Olivia", False),
    ("Bob Roe and Ann Lee will take you through the case study.", False),
    ("Bob and I will interview you together.", True),
    ("Bob will interview you first, then I'll take you through the offer process.", True),
])
def test_the_organizer_who_writes_of_the_interviewers_in_the_third_person(
        said: str, organizer_interviews: bool) -> None:
    staff, coord = _acme("CN=Olivia Pemberton:mailto:olivia@acme.example",
                         ["CN=Bob Roe:mailto:bob@acme.example"], said)
    assert (coord is None) is organizer_interviews
    assert ("Olivia Pemberton", "olivia@acme.example") in [*staff, coord]


@pytest.mark.parametrize(("schedule", "organizer_interviews"), [
    ("Schedule:\n10:00-10:45 Bob Roe\n10:45-11:30 Ann Lee", False),
    ("Schedule:\n10:00-10:45 Bob Roe\n10:45-11:30 Olivia Pemberton", True),
])
def test_an_attending_organizer_left_off_the_schedule_set_it_up(
        schedule: str, organizer_interviews: bool) -> None:
    staff, coord = _acme("CN=Olivia Pemberton:mailto:olivia@acme.example",
                         ["CN=Olivia Pemberton:mailto:olivia@acme.example",
                          "CN=Bob Roe:mailto:bob@acme.example",
                          "CN=Ann Lee:mailto:ann@acme.example"], schedule)
    assert (coord is None) is organizer_interviews
    assert len(staff) == 2 + organizer_interviews


LISTS = {
    "bullets": "Interviewers:\n• Jane Doe, Staff Engineer\n• John Roe (Engineering Manager)",
    "dash bullets": "You'll meet:\n- Jane Doe (Staff Engineer)\n- John Roe – EM\n",
    "numbered": "Panel:\n1. Jane Doe, Staff Engineer\n2) John Roe, Engineering Manager",
    "french times": "Programme\n10h00 – 10h45 : Jane Doe, Responsable data\n10h45 – 11h30 : "
                    "John Roe, Directeur technique",
    "dotted times": "Schedule\n10.00–10.45 Jane Doe, Staff Engineer\n10.45–11.30 John Roe",
    "uhr": "Ablauf\n14:00 Uhr – Jane Doe (Teamleiterin)\n14:45 Uhr – John Roe (CTO)",
    "pronouns": "Interviewers: Jane Doe (she/her), Staff Engineer; John Roe (he/him), CTO",
}


@pytest.mark.parametrize("description", LISTS.values(), ids=LISTS.keys())
def test_bullets_numbers_clock_styles_and_pronouns_in_a_list(description: str) -> None:
    data = ics("Interview – Data Analyst", "CN=Acme Scheduling:mailto:scheduling@acme.example",
               [ME], esc(description))
    assert [n for n, _ in people_of(data)[0]] == ["Jane Doe", "John Roe"]


def test_an_address_in_angle_brackets_is_no_html_tag() -> None:
    data = ics("Interview – Data Analyst", "CN=Acme Scheduling:mailto:scheduling@acme.example",
               [ME], esc("<p>Interviewers:</p>\nJane Doe <jane.doe@acme.example> – Staff "
                         "Engineer<br>John Roe <jroe@acme.example>"))
    assert people_of(data)[0] == [("Jane Doe", "jane.doe@acme.example"),
                                  ("John Roe", "jroe@acme.example")]


def test_in_a_recruiter_screen_the_labelled_recruiter_is_the_one_who_talks() -> None:
    staff, coord = people_of(ics("Recruiter Screen – Data Analyst", "CN=Hiring:mailto:"
                                 "scheduling@acme.example", [ME],
                                 esc("Recruiter: Jane Doe (jane.doe@acme.example)")))
    assert staff == [("Jane Doe", "jane.doe@acme.example")] and coord is None


def test_a_first_name_in_a_list_is_the_attendee_of_that_name_and_a_group_is_nobody() -> None:
    data = ics("Interview – Data Analyst", "CN=Acme Scheduling:mailto:scheduling@acme.example",
               ["CN=Dagny Solberg:mailto:dagny@acme.example",
                "CN=Emeka Obi:mailto:emeka@acme.example",
                "CUTYPE=GROUP;CN=Data Team:mailto:data-team@acme.example", ME],
               esc("Interviewers: Dagny (Head of Controls), Emeka"))
    assert people_of(data) == ([("Dagny Solberg", "dagny@acme.example"),
                                ("Emeka Obi", "emeka@acme.example")], None)
