"""The job an invitation is for, session 11 (issue 23, point 1's role): separators a title
joins its parties with, a person's title before a kind of interview, events written after
the job, references after a dash, a link for a place, two jobs in one, the job's one-word
trades. Every example is new (no fixture's), a variant the development folders do not
have."""

from __future__ import annotations

import pytest

from followup.capture.role_words import names_title, stage_spans
from followup.capture.roles import role


@pytest.mark.parametrize(("summary", "want"), [
    # the parties of a meeting joined by "<>" or "x" (Ashby, Calendly, Google)
    ("Kelpie Labs: Sam Candidate <> Fermentation Scientist I", "Fermentation Scientist I"),
    ("Sam Candidate<->Quarry Surveyor", "Quarry Surveyor"),
    ("Sam x Ines | Tax Manager", "Tax Manager"),
    # what happens at the meeting, glued after the job by "+", "&" or "and"
    ("Line chef trial + coffee", "Line chef"),
    ("Gallery Assistant & studio tour", "Gallery Assistant"),
    ("Florist practical and chat", "Florist"),
])
def test_a_titles_parties_and_events_are_not_the_job(summary: str, want: str) -> None:
    assert role(summary, "Kelpie Labs", ["Sam Candidate", "Ines Duarte"]).value == want


def test_an_events_word_that_ends_the_jobs_name_stays() -> None:
    assert role("Interview: Head of Coffee", "Brewline", []).value == "Head of Coffee"
    assert role("Interview: Tour Coordinator", "Brewline", []).value == "Tour Coordinator"


@pytest.mark.parametrize("kind", ["Recruiter Phone Screen", "HR Video Call",
                                  "Talent Intro Chat"])
def test_who_leads_a_kind_of_interview_is_not_the_job(kind: str) -> None:
    assert stage_spans(kind)[0][0] == 0
    got = role(f"Pellucid Optics: {kind} (Sam Candidate)", "Pellucid Optics",
               ["Sam Candidate"], f"{kind} – Lens Coating Technician - Vacuum Deposition\n\n"
               "Bea will ring you.")
    assert got.value == "Lens Coating Technician - Vacuum Deposition"


def test_a_recruiters_job_interviewed_for_is_still_the_job() -> None:
    assert stage_spans("Senior Recruiter Interview") == [(17, 26)]


@pytest.mark.parametrize(("word", "job"), [
    ("Paraplanner", True), ("Subeditor", True), ("Storekeeper", True), ("Claims Adjuster", True),
    ("Signal Maintainer", True), ("Cooperative", False), ("Baker", False), ("Porter", False),
])
def test_trades_in_one_word_and_family_names(word: str, job: bool) -> None:
    assert names_title(word) is job


@pytest.mark.parametrize(("label", "want"), [
    ("Position: Payroll Officer (Band 4) – Req 2028-0311", "Payroll Officer (Band 4)"),
    ("Stelle: Vertriebsingenieur Hydraulik – JR-28-1142", "Vertriebsingenieur Hydraulik"),
    ("Position: Depot Planner - Night Shift – REF-4471", "Depot Planner - Night Shift"),
    # where the job is, after a dash, is not the job
    ("Position: Track Inspector - Wichita Falls Terminal", "Track Inspector"),
    ("Position: Barista - Old Town Roastery", "Barista"),
])
def test_references_and_places_after_a_dash(label: str, want: str) -> None:
    assert role("Interview", "Redline Rail", ["Sam Candidate"], label).value == want


def test_a_link_for_a_place_names_no_place() -> None:
    got = role("Technical Interview - Platform Engineer (Rust) - Ledger", "Quire Pay",
               ["Ana Soto"], "Hi Sam, this is the pairing round for Platform Engineer (Rust) -"
               " Ledger. Ana", "https://video.quirepay.example/j/pe-rust-811")
    assert got.value == "Platform Engineer (Rust) - Ledger"


def test_two_jobs_in_one_joined_by_a_slash() -> None:
    got = role("Sam - chat", "Corrie & Dunn", ["Sam Candidate", "Elspeth Corrie"],
               "See you Friday for the Receptionist / Practice Administrator job. Elspeth")
    assert got.value == "Receptionist / Practice Administrator"
