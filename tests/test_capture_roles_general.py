"""The job of an invitation, session 9's rules (issue 23, point 1's role): references that
are not the job, terms of work that are not its name, a field's name that starts with a kind
of interview's adjective, a scheme named for its job. Every example is new (no fixture's),
with a variant the development folders do not have."""

from __future__ import annotations

import pytest

from followup.capture.roles import names_kind, of_scheme, role


@pytest.mark.parametrize(("summary", "description", "want"), [
    # a reference alone in a labelled field is no job; the title says it
    ("Interview: Occupational Therapist – Stroke Unit", "Requisition: JR-77120\nPanel below.",
     "Occupational Therapist – Stroke Unit"),
    # a reference token of letters, digits and dashes before the job is not the job's
    ("Interview", "Requisition: 27-HHS-0412 Benefits Technician 1 - Eligibility",
     "Benefits Technician 1 - Eligibility"),
    # a reference in brackets with words before its number
    ("Interview: Librarian (Competition No. 2027/0311)", "", "Librarian"),
])
def test_references_are_not_the_job(summary: str, description: str, want: str) -> None:
    assert role(summary, "Harrowgate Council", ["Sam Candidate"], description).value == want


def test_what_ends_one_job_in_the_text_starts_the_next() -> None:
    # the employer's name first on the line, then the job, each after a dash
    assert role("Technical Interview: Sam Candidate <> Tidewater Institute", "Tidewater "
                "Institute", ["Sam Candidate"],
                "Tidewater Institute – Hydrographic Surveyor - Coastal Mapping\n\nPanel: …"
                ).value == "Hydrographic Surveyor - Coastal Mapping"


def test_employment_words_before_the_job_and_a_place_for_it() -> None:
    assert role("Interview - Sam", "Oakum Trust", ["Sam Candidate"],
                "This is for the fixed-term Events & Volunteer Officer post (3 days/wk)."
                ).value == "Events & Volunteer Officer"
    assert role("Chat - Sam", "Saddlers", ["Sam Candidate"],
                "about the saddlery apprentice place at the workshop").value == \
        "saddlery apprentice"


def test_a_place_word_counts_only_right_after_the_qualifier() -> None:
    got = role("Interview: Grants Officer (Capital Funds) - Sam Candidate", "Ellery College",
               ["Sam Candidate"], "Job: R0099 Grants Officer (Capital Funds) - Office of "
               "Research")
    assert got.value.startswith("Grants Officer (Capital Funds)")


def test_the_job_after_a_spaced_hyphen_before_a_gender_tag() -> None:
    assert role("Zweites Gespräch - Lagerlogistiker (m/w/d)", "Brenner", ["Sam Candidate"]
                ).value == "Lagerlogistiker"


def test_a_scheme_named_for_a_job_is_that_job_wherever_it_is_read() -> None:
    assert of_scheme("Graduate Economist Scheme") == "Graduate Economist"
    assert of_scheme("Nurse Residency Program") == "Nurse Residency Program"
    assert role("Interview - Sam", "Treasury", ["Sam Candidate"],
                "Event Name: Graduate Economist Scheme – Assessment Day").value == \
        "Graduate Economist"


def test_a_kind_of_interviews_adjective_that_starts_a_fields_name() -> None:
    assert not names_kind("Behavioural Science")
    assert not names_kind("Technical Services")
    assert names_kind("Technical Assessment") and names_kind("Video Interview")
    assert role("Panel | Team Leader - Behavioural Science | S. Candidate", "Ossory Council",
                ["Sam Candidate"], "for the Team Leader - Behavioural Science Unit position"
                ).value == "Team Leader - Behavioural Science Unit"


def test_an_acronyms_list_with_commas_and_a_last_and() -> None:
    assert role("RPA Lead interview", "Ulster Mills", ["Sam Candidate"],
                "Ulster Mills – Reporting, Planning and Analytics Lead").value == \
        "Reporting, Planning and Analytics Lead"


def test_the_terms_and_place_of_the_work_are_not_the_jobs_name() -> None:
    assert role("Interview – Field Hydrologist", "Basin Trust", ["Sam Candidate"],
                "Basin Trust – Field Hydrologist (field-based, Northern region)").value == \
        "Field Hydrologist"


def test_a_skill_after_w_slash_is_the_jobs_a_person_or_a_title_is_not() -> None:
    assert role("Backend Developer w/ Elixir – Interview", "Koru", ["Sam Candidate"]
                ).value == "Backend Developer w/ Elixir"
    assert role("Koru: Backend Developer w/ Tui Ngata", "Koru", ["Tui Ngata", "Sam Candidate"]
                ).value == "Backend Developer"
    assert role("Bookkeeper w/ Director – Sam", "Koru", ["Sam Candidate"]).value == \
        "Bookkeeper"
    assert role("Interview - Sam", "Koru", ["Sam Candidate"],
                "Your interview for the Data Engineer w/ Scala position is booked.").value \
        == "Data Engineer w/ Scala"


def test_the_round_in_other_languages_is_no_part_of_the_job() -> None:
    assert role("Zweites Gespräch Projektkaufmann", "Lenz", ["Sam Candidate"]).value == \
        "Projektkaufmann"
    assert role("Segunda entrevista - Analista de Riesgos", "Banco Sur", ["Sam Candidate"]
                ).value == "Analista de Riesgos"


def test_nordic_compound_jobs_and_interview_words() -> None:
    assert role("Intervju: Avdelingsleder, logistikk – Fjordfrakt AS", "Fjordfrakt AS",
                ["Sam Candidate"]).value == "Avdelingsleder, logistikk"
    assert role("Samtal – Systemutvecklare", "Norrsken", ["Sam Candidate"]).value == \
        "Systemutvecklare"


def test_a_programme_word_after_the_job_in_running_text_ends_it() -> None:
    assert role("Assessment Day – Sam Candidate", "Ardent", ["Sam Candidate"],
                "Assessment Day – Graduate Actuarial Analyst programme\nArrive by 9.").value \
        == "Graduate Actuarial Analyst"
