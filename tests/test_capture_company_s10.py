"""The employer of an invitation, session 10's rules (issue 23, point 1's company): the
longest spelling the file's sources agree on, and what is never an employer (a place, a
person, a vendor, a team, an acronym). Every example is new (no fixture's), with a variant
the development folders do not have."""

from __future__ import annotations

import pytest
from tests.conftest import bench_module
from tests.test_capture_company import company

from followup.capture.org_domains import covers

PERSON = "CN=Ines Varga:mailto:ines.varga@{}"


def test_a_vendors_own_name_is_never_the_employer_its_relay_carries_it() -> None:
    # the service's display name spells the start of its domain; the sender's team is the
    # employer's
    assert company("Founder Chat - Head of Sales (Sam Candidate)",
                   "CN=Greenhouse:mailto:no-reply@greenhouse.io",
                   "Chat with Ines Varga.",
                   ("CN=Ines Varga:mailto:ines@orrery-foods.example",)) != "Greenhouse"


def test_a_persons_employer_in_brackets_after_their_name() -> None:
    # on a relay: "(Tidewell)" is the employer, "(Google Calendar)" the service
    assert company("Interview for Store Lead",
                   "CN=Tomasz Lis (Brightmoor):mailto:no-reply@greenhouse.io",
                   "Hi Sam, speak soon.") == "Brightmoor"


def test_a_persons_short_name_in_the_title_is_that_person() -> None:
    # "Sam <> Kasia" when Katarzyna organises it: a person, not a firm
    assert company("Intro call: Sam <> Kasia",
                   "CN=Kasia Nowak - Ostoja Robotics:mailto:kn@ostojarobotics.example",
                   "Quick call about the Controls Engineer opening.") == "Ostoja Robotics"


def test_a_team_or_a_possessive_after_the_name_is_not_the_name() -> None:
    assert company("Sam Candidate and Quarrybank Hiring Team",
                   "CN=Quarrybank Careers:mailto:careers@quarrybank.example",
                   "Event Name: First Interview (Barista)") == "Quarrybank"
    assert company("Sam Candidate and Mina Jo",
                   "CN=Mina Jo:mailto:mina@tallowworks.example",
                   "A short call with Tallow Works's people lead about the Chandler role.") \
        == "Tallow Works"


def test_a_kind_of_interview_before_the_name_is_the_headings() -> None:
    assert company("Colloquio Pasticceria Gennari – Pastry Cook",
                   "CN=Lia Sala:mailto:lia@gennari.example") == "Pasticceria Gennari"
    # a word of the name after a kind of interview stays ("Kitchen interview" is no firm)
    assert company("Round Robin – Junior Analyst",
                   "CN=Dev Shah:mailto:dev@corvid-labs.example") != "Robin"


def test_the_town_at_the_end_of_an_address_line_is_no_employer() -> None:
    # the firm's line with its legal form, then its address; no attendee's domain
    assert company("Panel – Survey Technician",
                   "CN=Bola Ade:mailto:no-reply@calendly.com",
                   "Questions? Write to bola@ikoyisurveys.example.\n"
                   "Ikoyi Surveys Ltd, Marina Road, Ibadan") == "Ikoyi Surveys Ltd"
    assert company("Panel – Grid Planner",
                   "CN=Ana Ruiz:mailto:aruiz@cerro-vw.example",
                   "Panel interview for the Grid Planner role.\n"
                   "Cerro Verde Wind – 88 Calle Mayor, Pamplona") == "Cerro Verde Wind"


def test_where_someone_joins_from_is_a_place() -> None:
    got = company("Design loop – Sam Candidate",
                  "CN=Ines Varga:mailto:ines.varga@th-labs.example",
                  "Tallisford Health — design loop for Sam Candidate\n"
                  "Omar will be dialling in from Casablanca on the same link.")
    assert got == "Tallisford Health"


def test_a_heading_line_that_starts_with_a_name_and_a_dash() -> None:
    assert company("Interview: Library Assistant (LIB-0042)",
                   "CN=HR Recruitment:mailto:recruitment@fenmoor.gov.example",
                   "Fenmoor District Council – Library Assistant (Ref LIB-0042)\n\n"
                   "Interview panel: Ruth Ely, Head of Libraries") == "Fenmoor District Council"
    # a job's heading is no employer
    assert company("Screen w/ Ana :: Staff Designer",
                   "CN=Ana Lopes:mailto:alopes@qbh-corp.example",
                   "Ana Lopes\nSenior Talent Partner | Quinta Bela Health") == "Quinta Bela Health"


def test_the_longest_run_the_domain_spells_more_of() -> None:
    # "Eastgate" alone is the start of eastgatecu: the footer writes it whole
    assert company("Panel Interview: Sam Candidate - Teller Lead",
                   "CN=Eastgate Talent Acquisition:mailto:talent@eastgatecu.example",
                   "Panel for Teller Lead.\n\nEastgate Credit Union is an equal opportunity "
                   "employer.") == "Eastgate Credit Union"
    assert covers("lumenvale", ["Lumen", "&", "Vale"])
    assert covers("atelierrl", ["Atelier", "Rousseau-Lefèvre"])  # a hyphenated name's parts
    assert not covers("northbaycu", ["Northbay"])


def test_a_name_introduced_after_at_is_taken_whole() -> None:
    assert company("Recruiter Screen | Sam Candidate | Packhouse Supervisor",
                   "CN=Aroha Tane:mailto:aroha@avocadoco.example",
                   "Looking forward to our chat about the Packhouse Supervisor role at "
                   "Bay of Plenty Avocado Cooperative.") == "Bay of Plenty Avocado Cooperative"


def test_a_run_that_spells_all_of_the_domain_before_one_that_spells_its_start() -> None:
    assert company("Entrevista: Camarero/a – Sam Candidate",
                   "CN=Rosa Gil:mailto:rosa@solymar-costa.example",
                   "Te confirmo la entrevista – Bar Sol (Cádiz).\n\nGrupo Sol y Mar Costa") \
        in ("Grupo Sol y Mar Costa", "Sol y Mar Costa")


def test_an_address_the_description_writes_spells_the_employer() -> None:
    assert company("Quillmark: Values Interview (30 min) between Ade Cole and Sam Candidate",
                   "CN=Ade Cole:mailto:no-reply@calendly.com",
                   "Your host is Ade Cole (ade@quillmark.example).") == "Quillmark"


def test_a_dotted_legal_form_and_an_html_entity_are_read_as_written() -> None:
    assert company("Sam Candidate w/ Joost – Planner",
                   "CN=de Wit, Marloes:mailto:m.dewit@hvlog.example",
                   "Uitnodiging voor het gesprek bij Hollandsveld Transport B.V. voor de "
                   "functie Planner.", ("CN=van Dam, Joost:mailto:j.vandam@hvlog.example",)) \
        == "Hollandsveld Transport B.V."
    assert company("Onsite: Sam Candidate – Analyst",
                   "CN=Jo Ray:mailto:jray@birchandfern.example",
                   "<b>Schedule</b><br>Birch &amp; Fern\\, 4th floor") == "Birch & Fern"
    assert company("Entrevista – Técnico(a)",
                   "CN=Rui Sá:mailto:rui@oficinadosul.example",
                   "Conversa sobre a vaga na Oficina do Sul Restauro, Lda. Até já.") \
        == "Oficina do Sul Restauro, Lda."


def test_an_acronym_is_no_guess() -> None:
    assert company("Sam Candidate and Noor Ali", "CN=Noor Ali:mailto:noor@tessellink.example",
                   "Event Name: Recruiter Screen - Account Manager (APAC)") == "Tessellink"


def test_a_department_before_a_teams_word_is_the_teams() -> None:
    assert company("Sam Candidate and Ivo Berg",
                   "CN=Skerry Finance Interviews:mailto:fin-interviews@skerry.example",
                   "Event Name: Case Interview | Analyst") == "Skerry"


def test_and_as_a_domain_writes_it_in_the_names_language() -> None:
    assert company("Probetag – Bäcker (Korn & Mühle)",
                   "CN=Eva Roth:mailto:eva@kornundmuehle.example") == "Korn & Mühle"


def test_a_site_after_the_job_when_the_organizer_names_the_employer() -> None:
    assert company("Entrevista: Recepcionista – Hotel Alcor Granada",
                   "CN=Grupo Alcor Hoteles:mailto:noreply@smartrecruiters.com",
                   "Un saludo,\nEquipo de Selección – Grupo Alcor Hoteles",
                   ("CN=Lucía Paz:mailto:lucia@alcor-hoteles.example",)) == "Grupo Alcor Hoteles"


def test_a_name_with_its_legal_form_on_a_line_of_its_own() -> None:
    # no attendee of the employer's, no organizer: the footer's line is enough
    assert company("Second round – Process Engineer (ISO 13485)", "CN=Zoom:mailto:no-reply@zoom.us",
                   "Topic: Second round – Process Engineer\nMoravia Optics s.r.o.\n"
                   "Join Zoom Meeting") == "Moravia Optics s.r.o."


def test_a_bracket_after_an_organizers_name_is_their_employer_not_their_title() -> None:
    assert company("Entretien : acheteur textile",
                   "CN=Morel\\, Luc (Maison Ventoux):mailto:l.morel@mvx.example") == \
        "Maison Ventoux"
    assert company("Entretien : Acheteur",
                   "CN=Luc Morel (Recruiter):mailto:l.morel@ventouxmaison.example") != \
        "Recruiter"


def test_a_name_the_organizers_domain_abbreviates_not_a_panel_members_body() -> None:
    assert company("INTERVIEW – Sam Candidate – Policy Adviser",
                   "CN=Ruth Ola:mailto:ruth.ola@brt.example",
                   "Thank you for applying to the Board of Rural Transport.\n"
                   "Panel:\nJo Vale – Independent member, Office of Coastal Affairs",
                   ("CN=Jo Vale:mailto:jo.vale@oca.example",)) == "Board of Rural Transport"


# Session 10's folders: people_dev10-13 (held-out sets 6 and 7, retired) were read by this
# round; people_dev14-15 were written blind for it and scored before their misses were read
# (company 0.875/0.85, role 0.775/0.875: the round's unseen estimate). (company, role)
REACHED = [("dev10", 0.975, 0.85), ("dev11", 0.975, 0.925), ("dev12", 1.0, 0.975),
           ("dev13", 1.0, 0.875), ("dev14", 0.925, 0.825), ("dev15", 0.95, 0.95),
           # the second round read people_dev16-17 (held-out set 8, retired unread), scored
           # before it at company 0.875/0.925, role 0.825/0.90
           ("dev16", 0.975, 0.85), ("dev17", 1.0, 0.95)]


@pytest.mark.parametrize(("part", "employer", "job"), REACHED)
def test_session_10s_development_folders_company_and_role(part: str, employer: float,
                                                          job: float) -> None:
    got = bench_module("capture_blind").invitations(part, False)
    assert got["company"] >= employer - 1e-9 and got["role"] >= job - 1e-9, (part, got)
    assert got["stored_with_yes"] == 1.0, (part, got)
