"""The job an invitation is for, read as a person reads it (issue 23, session 8): each rule
on a description written for this test, in a trade and a country the labelled corpora do
not have."""

from __future__ import annotations

import pytest

from followup.capture.roles import names_title, role


@pytest.mark.parametrize(("summary", "description", "company", "want"), [
    # a water utility in Chile: the title shortens, the letter writes the unit after a dash
    ("Entrevista técnica – Hydraulic Engineer",
     "Estimado Sam,\nThank you for applying for Hydraulic Engineer – Network Planning at "
     "Aguas del Maule. We look forward to meeting you.", "Aguas del Maule",
     "Hydraulic Engineer – Network Planning"),
    # a Canadian rail operator: grade after a comma, band in brackets, ended by "position"
    ("Interview: Signal Technician", "Dear Sam,\nWe are pleased to invite you to interview "
     "for the Signal Technician, Level II (Union) position with Prairie Rail.",
     "Prairie Rail", "Signal Technician, Level II (Union)"),
    # a museum in Scotland: the schedule line after "for" carries the bar and the team
    ("Assistant Curator interview", "Your interview for\nAssistant Curator | Natural Sciences\n"
     "has been arranged by Fenwick Museums.", "Fenwick Museums",
     "Assistant Curator | Natural Sciences"),
])
def test_the_description_writes_the_job_in_full(summary: str, description: str,
                                                company: str, want: str) -> None:
    assert role(summary, company, ["Sam Candidate"], description).value == want


@pytest.mark.parametrize(("summary", "description", "want"), [
    ("Panel: Senior QA Engineer | Sam", "Hi Sam, this panel is for the Senior Quality "
     "Assurance Engineer (Payments) opening.", "Senior Quality Assurance Engineer (Payments)"),
    ("Interview – HSE Officer", "We invite you to interview for Health & Safety & "
     "Environment Officer.", "HSE Officer"),  # three initials but four words: not it
    ("Interview – H&S Advisor", "Dear Sam, your interview for the Health & Safety Advisor "
     "role is confirmed.", "Health & Safety Advisor"),
])
def test_an_abbreviation_of_the_title_is_written_out_in_the_description(
        summary: str, description: str, want: str) -> None:
    assert role(summary, "Tokai Freight", ["Sam Candidate"], description).value == want


@pytest.mark.parametrize(("summary", "description", "place", "want"), [
    # what follows is where, not what: a place of work, or one bracketed word ending a line
    # that the title does not write
    ("Interview: Pharmacy Technician", "Applying for Pharmacy Technician, Ridgeway depot\n",
     "", "Pharmacy Technician"),
    ("Interview: Pharmacy Technician", "Interview for Pharmacy Technician (Dundee)\n", "",
     "Pharmacy Technician"),
    ("Interview: Pharmacy Technician (Nights)", "Interview for Pharmacy Technician (Nights)\n",
     "", "Pharmacy Technician (Nights)"),
    # not a time, a reference, a day, the candidate or the company
    ("Interview: Pharmacy Technician", "for Pharmacy Technician – 10:30 Tuesday", "",
     "Pharmacy Technician"),
    ("Interview: Pharmacy Technician", "for Pharmacy Technician, Ref. PT-20271.", "",
     "Pharmacy Technician"),
    ("Interview: Pharmacy Technician", "Topic: Pharmacy Technician (Sam C.)", "",
     "Pharmacy Technician"),
    ("Interview: Pharmacy Technician", "for the Pharmacy Technician – Kowhai Health role",
     "", "Pharmacy Technician"),
    # another, longer job is not this one's full name ("Deputy Pharmacy Technician")
    ("Interview: Pharmacy Technician", "Regards,\nDeputy Pharmacy Technician, Kowhai Ltd",
     "", "Pharmacy Technician"),
])
def test_what_is_not_the_jobs_qualifier(summary: str, description: str, place: str,
                                        want: str) -> None:
    assert role(summary, "Kowhai Health", ["Sam Candidate"], description, place).value == want


def test_a_lowercase_word_after_a_comma_ends_the_job() -> None:
    found = role("Interview for Site Supervisor", "Rand Build", [], "With reference to your "
                 "application for the post of Site Supervisor, please attend the interview.")
    assert found.value == "Site Supervisor"


@pytest.mark.parametrize(("word", "job"), [
    ("Radiographer", True), ("Hydrologist", True), ("Optician", True), ("Florist", True),
    ("Checklist", False), ("Christmas", False), ("Lindqvist", False), ("Blomkvist", False),
    ("Consist", False),
])
def test_a_practitioners_ending_names_a_job(word: str, job: bool) -> None:
    assert names_title(f"Senior {word}") is job


@pytest.mark.parametrize(("summary", "description", "want"), [
    # Kenya, a hospital: the job only in a sentence that says what the call is about
    ("Sam / Wanjiku - first call", "Hi Sam, sharing the invite for our chat regarding "
     "Biomedical Engineer - Imaging Equipment. 30 mins.", "Biomedical Engineer - Imaging "
     "Equipment"),
    ("Sam / Wanjiku - first call", "Interview for SWE II: Mobile Payments", "SWE II: Mobile "
     "Payments"),
])
def test_the_description_names_the_job_when_the_title_does_not(summary: str,
                                                                description: str,
                                                                want: str) -> None:
    assert role(summary, "Nyali Medical", ["Wanjiku Mwangi", "Sam Candidate"],
                description).value == want


def test_german_interview_kinds_are_not_the_job() -> None:
    assert role("Probetag / Vorstellung Konditor (m/w/d)", "Backhaus Lindner", []
                ).value == "Konditor"


@pytest.mark.parametrize(("summary", "want"), [
    ("Entretien Agente Immobilière – Maison Ferrand", "Agente Immobilière"),
    ("Interview Day – Maison Ferrand", ""),  # one word after the kind: not a job
    ("Entretien Zoom Link – Maison Ferrand", ""),
    ("Entretien Claire Ferrand", ""),  # a person of the file
])
def test_the_words_after_the_kind_of_interview_are_the_job(summary: str, want: str) -> None:
    assert role(summary, "Maison Ferrand", ["Claire Ferrand"]).value == want


@pytest.mark.parametrize(("description", "want"), [
    # a vineyard in South Africa: capitalised before "position", in words we do not know
    ("Thank you for applying to the Cellar Hand, Harvest Season position (Req #88213).",
     "Cellar Hand, Harvest Season"),
    # a family garage in Ohio: lowercase, but words of a job before "job"
    ("Stop by the shop so we can talk about the service advisor job (weekdays).",
     "service advisor"),
    ("Stop by the shop so we can talk about the weekday rota job.", ""),
    # a ski resort in Japan: the place after the job is not the job's
    ("Panel interview – Guest Services Supervisor, Niseko Summit Resort", "Guest Services "
     "Supervisor"),
    # a requisition number before the job does not make it another job
    ("Interview for R-0098231 Respiratory Therapist - Pediatric ICU (Days) at Lakeshore "
     "Children's.", "Respiratory Therapist - Pediatric ICU (Days)"),
])
def test_the_job_in_running_text(description: str, want: str) -> None:
    title = "R-0098231 Respiratory Therapist - Pediatric ICU (Days)" if "R-0" in description \
        else "Interview - Sam"
    assert role(title, "Lakeshore Group", ["Sam Candidate"], description).value == want


@pytest.mark.parametrize(("event", "want"), [
    ("Event Name: LPN Residency Program – Panel (Harbor Care)", "LPN Residency Program"),
    ("Event Name: Graduate Surveyor Programme – Assessment Day", "Graduate Surveyor"),
])
def test_a_programme_is_the_job_unless_a_job_comes_before_it(event: str, want: str) -> None:
    assert role("Sam Candidate and Ruth Begay", "Harbor Care", ["Ruth Begay", "Sam Candidate"],
                event).value == want


@pytest.mark.parametrize(("summary", "want"), [
    ("Sollicitatiegesprek Planner Logistiek (m/v/x) – Van Houten", "Planner Logistiek"),
    ("Einladung: Fachinformatiker (w/m/div) | Kranwerk", "Fachinformatiker"),
    ("Kennenlernen Elektroniker (all genders) – Kranwerk", "Elektroniker"),
    ("Assessment Centre Graduate Engineer – Kranwerk", "Graduate Engineer"),
    ("Trial Shift Line Cook – Kranwerk", "Line Cook"),
    ("Working Interview Dental Hygienist – Kranwerk", "Dental Hygienist"),
    ("Interview – Risk Assessment Analyst", "Risk Assessment Analyst"),  # the job's own word
])
def test_gender_tags_and_kinds_of_interview_are_not_the_job(summary: str, want: str) -> None:
    assert role(summary, "Kranwerk", []).value == want


@pytest.mark.parametrize(("line", "want"), [
    ("Role applied for: Wind Turbine Technician", "Wind Turbine Technician"),
    ("Cargo: Analista de Compras Sr.", "Analista de Compras Sr"),
    ("Stilling: Prosjektleder Vei", "Prosjektleder Vei"),
    ("Stanowisko: Księgowa (k/m)", "Księgowa"),  # a Polish gender tag
    ("職種：経理スタッフ", "経理スタッフ"),
])
def test_a_labelled_field_names_the_job_in_other_languages(line: str, want: str) -> None:
    assert role("Interview", "Nordvik", [], f"Hello,\n{line}\nBest regards").value == want


@pytest.mark.parametrize("summary", [
    "Interview for the Staff Nurse post", "Chat about the Staff Nurse post - Mercy",
    "Interview | Staff Nurse post | Mercy Hospital",
])
def test_a_post_is_a_word_for_the_job_not_part_of_it(summary: str) -> None:
    assert role(summary, "Mercy Hospital", ["Priya Shah"]).value == "Staff Nurse"
