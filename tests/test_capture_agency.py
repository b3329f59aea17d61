"""Agencies, outsourced recruiters and groups of several brands (issue 23, session 13): the
sender writes from its own domain and signs its own name, and the title names the
organisation that hires beside the job; the employer is that organisation, never the
sender's name, and a team's, a site's or a person's name after the job is no employer. Each
invitation is written for this test the way another agency, system or country would write
it (none is copied from people_dev44)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

OWN = frozenset({"sam@gmail.com"})


def company_of(data: bytes) -> str:
    return propose(read(data, "UTC")[0], OWN, Known((), {})).company.value


def test_an_agencys_title_names_its_client_first() -> None:
    data = ics("Harrowgate Veterinary Group – Practice Manager – client interview",
               "CN=Leona Pratt:mailto:leona.pratt@ashbyholt.example",
               ["CN=Leona Pratt:mailto:leona.pratt@ashbyholt.example", ME],
               esc("Hi Sam,\n\nConfirming your interview with the clinical director. "
                   "Parking is behind the surgery.\n\nLeona Pratt\nSenior Consultant | "
                   "Ashby Holt Recruitment Ltd"))
    assert company_of(data) == "Harrowgate Veterinary Group"


def test_a_search_firm_books_for_a_partnership_with_its_legal_form() -> None:
    data = ics("Oakridge Chambers LLP - Sam Candidate - Associate Solicitor, Employment",
               "CN=Rupert Vance:mailto:rupert.vance@fenwickmoore.example",
               ["CN=Rupert Vance:mailto:rupert.vance@fenwickmoore.example", ME],
               esc("Sam,\n\nFirst interview at their Leeds office.\n\nRupert Vance\n"
                   "Fenwick Moore Associates"))
    assert company_of(data) == "Oakridge Chambers LLP"


def test_a_groups_recruiter_books_for_the_brand_the_title_names() -> None:
    data = ics("Phone screen : Store Manager - Copperleaf Pantry",
               "CN=Anjali Menon:mailto:anjali.menon@tharaholdings.example",
               ["CN=Anjali Menon:mailto:anjali.menon@tharaholdings.example", ME],
               esc("Hello Sam,\n\nA short call about the Store Manager role at Copperleaf "
                   "Pantry (part of Thara Holdings).\n\nAnjali Menon\nTalent Acquisition, "
                   "Thara Holdings"))
    assert company_of(data) == "Copperleaf Pantry"


def test_a_team_after_the_job_is_not_the_employer() -> None:
    data = ics("Interview: Data Engineer - Risk Platforms",
               "CN=Ines Duarte:mailto:ines.duarte@lusobank.example",
               ["CN=Ines Duarte:mailto:ines.duarte@lusobank.example", ME],
               esc("Hi Sam,\n\nLooking forward to it.\n\nInes Duarte\nLusoBank"))
    assert company_of(data) != "Risk Platforms"


def test_a_person_after_the_job_is_not_the_employer() -> None:
    data = ics("Sam Candidate - interview for Site Supervisor w/ Bjorn A.",
               "CN=Kari Lund:mailto:kari.lund@fjordbygg.example",
               ["CN=Kari Lund:mailto:kari.lund@fjordbygg.example", ME],
               esc("Hi Sam,\n\nBjorn will meet you at reception.\n\nKari"))
    assert "Bjorn" not in company_of(data)


def test_an_interview_type_before_the_job_is_not_the_employer() -> None:
    data = ics("Oral Board Interview - Building Inspector",
               "CN=Dale Ruiz:mailto:druiz@cedarfallsco.example",
               ["CN=Dale Ruiz:mailto:druiz@cedarfallsco.example", ME],
               esc("Dear Sam,\n\nThe board meets in Room 204.\n\nDale Ruiz\nHuman "
                   "Resources, Cedar Falls County"))
    assert company_of(data) != "Oral Board"


def test_an_agency_that_will_name_its_client_later_leaves_the_company_to_ask() -> None:
    data = ics("Screening call - Payroll Lead",
               "CN=Tomas Herrera:mailto:tomas.herrera@andesstaffing.example",
               ["CN=Tomas Herrera:mailto:tomas.herrera@andesstaffing.example", ME],
               esc("Hola Sam,\n\nA short call about a Payroll Lead opening with one of our "
                   "retail clients in Bogotá; the client's details will be disclosed at the "
                   "next stage.\n\nSaludos,\nTomas Herrera\nAndes Staffing Group"))
    assert company_of(data) == ""


def test_an_outsourced_recruiter_books_for_the_client_it_introduces() -> None:
    data = ics("Sam Candidate / Olga Petrenko - Product Designer",
               "CN=Hannah Weiss:mailto:hannah.weiss@brightline-rpo.example",
               ["CN=Olga Petrenko:mailto:olga.p@tallinnfreight.example", ME],
               esc("Hi Sam,\n\nFirst conversation for Tallinn Freight (hiring through "
                   "Brightline RPO). Olga leads design there.\n\nBest,\nHannah Weiss\n"
                   "Recruitment Partner, Brightline RPO GmbH"))
    assert company_of(data) == "Tallinn Freight"


def test_a_talent_firm_and_the_words_that_keep_a_client_back() -> None:
    from followup.capture.agency import keeps_client_back, outsourced

    assert outsourced("Anvaya RPO Services Pvt. Ltd.") and outsourced("Northway Talent Partners")
    assert not outsourced("Talent Acquisition") and not outsourced("Rpo Foods")
    assert keeps_client_back("client name will be shared after this discussion")
    assert keeps_client_back("We can't name the client yet.")
    assert not keeps_client_back("Our client, Arden Foods, will share the case study.")


def test_an_agency_consultant_who_admits_you_and_leaves_sets_it_up() -> None:
    from tests.test_capture_people_rules import people_of

    data = ics("Interview - Tax Manager",
               "CN=Priya Nair:mailto:priya.nair@coastlinepartners.example",
               ["CN=Priya Nair:mailto:priya.nair@coastlinepartners.example",
                "CN=Graham Tully:mailto:graham.tully@tullyaccountants.example", ME],
               esc("Hi Sam,\n\nGraham Tully, Managing Partner, will interview you.\n\n"
                   "Priya Nair (Coastline Partners) will open the call and introduce you, "
                   "then leave.\n\nBest of luck!"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Graham Tully"]
    assert coord and coord[0] == "Priya Nair"


def test_words_after_a_name_that_say_the_person_leaves_early() -> None:
    from followup.capture.agency_people import leaves_early

    assert leaves_early(" from Ridgeway will hop on to make introductions, then drop off.")
    assert leaves_early(" (Kensington Reed) will host and admit you, then leave the meeting.")
    assert not leaves_early(" will interview you with the team and then show you around.")
    assert not leaves_early(" will lead the technical round.")
