"""The job an invitation is for, session 10 (issue 23, the role): what a title writes around
the job's name that is not the job's (role_words.tidied). Every example is new."""

from __future__ import annotations

import pytest

from followup.capture.role_words import tidied
from followup.capture.roles import role


@pytest.mark.parametrize(("written", "job"), [
    ("Pharmacy Technician (all times Central)", "Pharmacy Technician"),
    ("Bid Manager (Pacific Time)", "Bid Manager"),
    ("Staff Nurse (Full-Time, Permanent)", "Staff Nurse (Full-Time, Permanent)"),  # the job's
    ("Data Steward (Stage 3)", "Data Steward"),
    ("Tax Associate | Onsite (Round 2)", "Tax Associate"),
    ("Audit Trainee | 2028 Intake", "Audit Trainee"),
    ("Graduate Surveyor 2027", "Graduate Surveyor 2027"),  # a programme's year is its name's
    ("(Customer Care Lead)", "Customer Care Lead"),
    ("Videointerview Lagerist", "Lagerist"),
    ("Warehouse Lead //", "Warehouse Lead"),
    ("Agenda: Lab Manager", "Lab Manager"),
])
def test_what_a_title_writes_around_the_job_is_not_the_job(written: str, job: str) -> None:
    assert tidied(written) == job


def test_the_role_read_from_a_title_is_tidied() -> None:
    assert role("Panel – Port Planner (all times Eastern) – Sam Candidate", "Harrowgate Port",
                ["Sam Candidate"]).value == "Port Planner"
    assert role("Interview: Credit Analyst (RQ-55102)", "Ardent Bank", []).value == \
        "Credit Analyst"


def test_the_small_words_inside_a_jobs_name_in_other_languages() -> None:
    assert role("Prueba – Bodega Arenal", "Bodega Arenal", ["Sam Candidate"],
                "Hola Sam, ven el martes para la prueba de Responsable de Sala. ¡Gracias!"
                ).value == "Responsable de Sala"
