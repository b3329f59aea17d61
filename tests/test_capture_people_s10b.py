"""Who is who in an invitation (issue 23, session 10, second round): each rule on an
invitation written for this test, a variant the labelled corpora do not have."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def test_a_catalan_or_portuguese_and_inside_a_family_name_is_kept() -> None:
    # "i" (Catalan) and "e" (Portuguese) join two family names as "y" does in Spanish
    data = ics("Panel: Port Operations Planner – Sam Candidate",
               "CN=Recruiting:mailto:no-reply@hire.lever.co", [ME],
               esc("Bon dia Sam,\n\n10:00 – 10:40  Montserrat Vidal i Ferrer (Terminal "
                   "Manager)\n10:40 – 11:20  João Pereira e Sousa (Yard Planning Lead)"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Montserrat Vidal i Ferrer", "João Pereira e Sousa"]


def test_a_department_after_a_job_is_no_person() -> None:
    # "the Lab Technician, Sample Logistics interviews": the team of the job, not a name
    data = ics("Lab Technician, Sample Logistics – Harrowgate Diagnostics",
               "CN=Priya Natarajan:mailto:pnatarajan@harrowgate.example",
               ["CN=Tobias Lindqvist:mailto:tlindqvist@harrowgate.example", ME],
               esc("Hi Sam,\n\nHere is the plan for the Lab Technician, Quality Assurance "
                   "Development interviews at Harrowgate.\n\n"
                   "2:00 PM – 2:45 PM  Tobias Lindqvist, Manager, Product Development\n\n"
                   "Priya Natarajan\nRecruiting Coordinator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Tobias Lindqvist"]
    assert coord == ("Priya Natarajan", "pnatarajan@harrowgate.example")


def test_the_employer_in_brackets_after_the_organizers_name_is_no_title() -> None:
    # Outlook's directory name "Family, Given (Employer)": the signature gives the title
    data = ics("Harbourline Logistics - Freight Planner - Interview",
               'CN="Van Rooyen, Annelie (Harbourline Logistics)":mailto:avr@hbl.example',
               ["CN=Pieter Botha:mailto:pbotha@hbl.example", ME],
               esc("Sam,\n\nYou will meet:\n- Pieter Botha, Head of Freight Planning\n\n"
                   "Kind regards,\nAnnelie Van Rooyen\nPeople Partner"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Pieter Botha"]
    assert coord == ("Annelie Van Rooyen", "avr@hbl.example")


def test_a_listed_name_written_family_first_is_one_person() -> None:
    # copied from a directory: "Family, Given – title" in a list of interviewers
    data = ics("Interview – Payroll Analyst",
               "CN=Grace Mwangi:mailto:gmwangi@tallowmere.example",
               ["CN=\"Achterberg, Wouter\":mailto:wachterberg@tallowmere.example",
                "CN=Leilani Kahale:mailto:lkahale@tallowmere.example", ME],
               esc("Sam,\n\nInterviewers:\n- Leilani Kahale, Payroll Manager\n"
                   "- Achterberg, Wouter – Finance Systems Lead\n\nGrace Mwangi\n"
                   "Recruitment Coordinator"))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Leilani Kahale", "Wouter Achterberg"]
    assert coord == ("Grace Mwangi", "gmwangi@tallowmere.example")


def test_an_attendee_said_to_be_from_recruiting_is_the_coordinator() -> None:
    # "Mirela from Talent is copied": a first name and the recruiting team it comes from
    data = ics("Vantor Grid | Grid Analyst – hiring manager call",
               "CN=\"Kowalczyk, Marek\":mailto:mkowalczyk@vantorgrid.example",
               ["CN=Sam Candidate:mailto:sam@gmail.com",
                "CN=\"Dragan, Mirela\";ROLE=OPT-PARTICIPANT:mailto:mdragan@vantorgrid.example"],
               esc("Hi Sam – a first conversation about the Grid Analyst role. Mirela from "
                   "Talent is copied so she has the time; she won't be on the call.\n\nMarek"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Marek Kowalczyk"]
    assert coord == ("Mirela Dragan", "mdragan@vantorgrid.example")


def test_an_and_between_two_nouns_is_no_family_name() -> None:
    from followup.capture.names import valid

    assert valid("Pau Roca i Puig") and valid("Ana Silva e Costa")
    assert not valid("Vendas e Marketing") and not valid("Compres i Logística")


def test_a_name_written_only_in_the_title_is_an_interviewer() -> None:
    # the title alone names who holds it; nobody else is in the meeting to interview
    data = ics("Interview with Thandeka Mokoena – Site Reliability Engineer",
               "CN=Bongani Khumalo:mailto:bkhumalo@karoo-cloud.example",
               ["CN=Bongani Khumalo:mailto:bkhumalo@karoo-cloud.example", ME],
               esc("Hi Sam, I have booked this slot for you. Bongani, Talent Acquisition"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Thandeka Mokoena"]
    assert coord == ("Bongani Khumalo", "bkhumalo@karoo-cloud.example")


def test_an_honorific_and_a_family_name_is_the_attendee_of_that_name() -> None:
    # "Dr. Lindqvist" in the text, "Astrid Lindqvist" in the attendees: one person
    data = ics("Clinical Pharmacist interview – Norrland Care",
               "CN=Elin Berg:mailto:eberg@norrlandcare.example",
               ["CN=Astrid Lindqvist:mailto:alindqvist@norrlandcare.example", ME],
               esc("Dear Sam,\n\nYou will meet Dr. Lindqvist, Chief Pharmacist, on the "
                   "ward.\n\nElin Berg\nRecruitment Coordinator"))
    staff, coord = people_of(data)
    assert staff == [("Dr. Astrid Lindqvist", "alindqvist@norrlandcare.example")] or \
        staff == [("Astrid Lindqvist", "alindqvist@norrlandcare.example")]
    assert coord == ("Elin Berg", "eberg@norrlandcare.example")


def test_a_paragraph_after_the_video_block_is_read() -> None:
    from followup.capture.mentions import usable_text

    text = ("Hi Sam,\n\nJoin Zoom Meeting\nhttps://zoom.us/j/123456789\nMeeting ID: 123 456 "
            "789\nPasscode: 4411\n\n--- Your interviewers ---\nHemi Walker, Head of Sales")
    assert "Hemi Walker" in usable_text(text)


def test_the_writers_paragraph_after_the_video_block_is_read_though_it_says_join() -> None:
    from followup.capture.mentions import usable_text

    block = ("Hi Sam,\n\nJoin Zoom Meeting\nhttps://zoom.us/j/123456789\nMeeting ID: 123 456 "
             "789\nPasscode: 4411\n\nJoin with Google Meet\n\n")
    for tail in ("--- Hemi Walker (Head of Sales) will join you ---",
                 "Mere Tapsell will join too; ask me if you need help."):
        text = usable_text(block + tail)
        assert tail.strip("- ")[:10] in text and "Passcode" not in text
        assert "Google Meet" not in text


def test_the_title_names_nobody_when_its_words_are_a_job_or_the_candidate_is_unnamed() -> None:
    from followup.capture.people_cues import named_in_title

    assert named_in_title("Entrevue Groupe Laurier – Conseiller, Transition Énergétique") == []
    assert named_in_title("Coffee chat w/ Hemi Walker | Kōwhai Tech") == ["Hemi Walker"]
    # the candidate on the invitation without a name: the title may be theirs
    data = ics("Interview with Jordan Okeke", "CN=Lena Voss:mailto:lvoss@brightmoor.example",
               ["CN=Ravi Menon:mailto:rmenon@brightmoor.example", "mailto:sam@gmail.com"],
               esc("Ravi Menon, Head of Data, will interview you.\n\nLena Voss, Recruiter"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Ravi Menon"]


def test_a_person_from_a_team_who_will_interview_is_no_coordinator() -> None:
    data = ics("Analyst interview – Kestrel Insurance",
               "CN=Kestrel Careers:mailto:no-reply@kestrel.example",
               ["CN=Priya Raman:mailto:praman@kestrel.example",
                "CN=Rowan Hale:mailto:rhale@kestrel.example", ME],
               esc("Hi Sam,\n\nPriya from People Analytics will interview you on the day."
                   "\n\nRowan Hale\nTalent Partner"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Priya Raman"]
    assert coord == ("Rowan Hale", "rhale@kestrel.example")


@pytest.mark.parametrize("said", [
    "Interviewers: Prof. Lindqvist and Jonas Ek",
    "You will be interviewed by Dr Lindqvist (Chief Pharmacist) and Jonas Ek."])
def test_a_title_of_address_and_a_family_name_is_the_attendee(said: str) -> None:
    data = ics("Clinical Pharmacist interview – Norrland Care",
               "CN=Elin Berg:mailto:eberg@norrlandcare.example",
               ["CN=Astrid Lindqvist:mailto:alindqvist@norrlandcare.example",
                "CN=Jonas Ek:mailto:jek@norrlandcare.example", ME],
               esc(f"{said}\n\nElin Berg\nRecruitment Coordinator"))
    staff, coord = people_of(data)
    assert [e for _, e in staff] == ["alindqvist@norrlandcare.example",
                                     "jek@norrlandcare.example"]
    assert coord == ("Elin Berg", "eberg@norrlandcare.example")


def test_a_family_name_two_people_share_is_nobodys() -> None:
    from followup.capture.people import _Entry
    from followup.capture.people_match import by_family_name as _by_family_name

    two = [_Entry("Li Wei", None, False, True), _Entry("Chen Wei", None, False, True)]
    assert _by_family_name("Dr Wei", two) is None
    assert _by_family_name("Dr Wei", two[:1]) is two[0]
    assert _by_family_name("Wei Li", two) is None
