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
