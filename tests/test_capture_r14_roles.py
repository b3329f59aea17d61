"""The job an invitation is for, session 14 (issue 23, the role): invitations written for this
round, none a fixture's, one habit per test: the title's one piece beside the kind of
interview is the job whatever its words; a person's title in brackets after their name is
theirs; a search firm's mandate is the job, not the search; a posting's competition number
is no part of the job."""

from __future__ import annotations

from tests.test_capture_people import OWN, ics

from followup.capture.invitations import read
from followup.capture.propose import Known, propose
from followup.capture.role_beside import mandate_dropped, person_titled, spelled_out

ME = "CN=Sam Candidate:mailto:sam@gmail.com"


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def role(summary: str, organizer: str, description: str = "", location: str = "") -> str:
    data = ics(esc(summary), organizer, [ME], esc(description))
    if location:
        data = data.replace(b"END:VEVENT", f"LOCATION:{esc(location)}\r\nEND:VEVENT".encode())
    return propose(read(data, "UTC")[0], OWN, Known((), {})).role.value


def test_the_piece_beside_the_kind_of_interview_is_the_job_in_any_words() -> None:
    # words no list knows for a job, before or after the kind, in English and elsewhere
    assert role("Florist Interview (Petal & Stem)", "CN=Jo Marsh:mailto:jo@petalstem.example",
                "See you at the shop.\n\nJo\nPetal & Stem") == "Florist"
    assert role("Sam - fishmonger interview (Harbour Fish Co)",
                "CN=Rob Tate:mailto:rob@harbourfish.example") == "fishmonger"
    assert role("Entrevue préposé aux bénéficiaires",
                "CN=Lucie Roy:mailto:lucie@residence-erables.example") == \
        "préposé aux bénéficiaires"
    assert role("Vorstellungsgespräch Sam Candidate – Praxisassistenz",
                "CN=Dr. Jana Keller:mailto:praxis@keller-zahn.example") == "Praxisassistenz"
    assert role("Interview: Loss Forecasting Modeller (71120934)",
                "CN=Careers:mailto:careers@northbridge-bank.example") == \
        "Loss Forecasting Modeller"


def test_what_is_beside_the_kind_but_no_job_is_never_the_job() -> None:
    # whom it is with, how it is held, what is done there, the place, initials
    assert role("Interview w/ Gunther", "CN=Mia Lowe:mailto:mia@lowe-joinery.example") == ""
    assert role("Entrevista telefónica", "CN=Ana Ruiz:mailto:ana@ferreteria-ruiz.example") == ""
    assert role("Trial day - Sam (bar, Stokes Croft)",
                "CN=Kit Vale:mailto:kit@thelantern.example", "",
                "The Lantern, 4 Hillgrove St, Stokes Croft, Bristol") == ""
    assert role("Skills interview / Cutting Demo with Remy",
                "CN=Remy Osei:mailto:remy@sharpfade.example") == ""
    assert role("KWCA ED interview – Sam Candidate",
                "CN=Board Chair:mailto:chair@kwca.example") == ""


def test_a_persons_title_in_brackets_after_their_name_is_theirs() -> None:
    assert person_titled("Priya (sous chef)")
    assert not person_titled("CNM3 (Clinical Nurse Manager 3)")
    assert not person_titled("Pastry Cook (Chef de Partie)")
    assert role("Trial shift - Sam", "CN=Hal Dunn:mailto:hal@copperpot.example",
                "Come in at 10 and ask for Priya (sous chef).\n\nHal\nCopper Pot Ltd") == ""
    # the name written family name first on the invitation, first name first in its text
    assert role("Entretien - Sam Candidate",
                "CN=Girard Élodie:mailto:e.girard@banquealpine.example",
                "Bonjour,\nje vous confirme notre entretien pour le poste de Conseiller "
                "patrimonial. Ma collègue Élodie Girard (Responsable Conformité) se joindra "
                "à nous.\n\nBanque Alpine SA") != "Responsable Conformité"


def test_a_search_firms_mandate_is_the_job_not_the_search() -> None:
    assert mandate_dropped("Chief Financial Officer search") == "Chief Financial Officer"
    assert mandate_dropped("Managing Director mandate") == "Managing Director"
    assert mandate_dropped("Machine Learning Engineer, Search") == \
        "Machine Learning Engineer, Search"
    assert role("Sam Candidate / Imogen Hale - Chief Operating Officer search",
                "CN=Imogen Hale:mailto:imogen@thorneleigh-search.example") == \
        "Chief Operating Officer"


def test_a_postings_competition_number_in_brackets_is_no_part_of_the_job() -> None:
    assert role("Interview – Transit Planner – S. Candidate",
                "CN=Recruitment:mailto:jobs@valleytransit.example",
                "Valley Transit – Interview: Transit Planner (Competition VT-27-118)\n"
                "Panel: Ruth Ames (Manager, Service Planning)") == "Transit Planner"


def test_an_archivist_is_a_job() -> None:
    assert role("Archivist (Contract) - Interview",
                "CN=Ruth Ames:mailto:ruth@countyarchives.example",
                "County Archives of Elmshire – Archivist (Contract).") == "Archivist (Contract)"


def test_whom_the_meeting_is_with_by_title_is_not_the_job() -> None:
    # "w/ Practice Manager" is whom it is with; the job is the title's other piece
    assert role("Conversation w/ Practice Manager – Veterinary Nurse",
                "CN=Nia Roberts:mailto:nia@hillsidevets.example") == "Veterinary Nurse"
    assert role("Call with Finance Director: Payroll Administrator",
                "CN=Owen Pike:mailto:owen@brightwell.example") == "Payroll Administrator"


def test_a_booking_pages_event_name_names_the_job_beside_the_kind() -> None:
    assert role("Sam Candidate and Tess Moran", "CN=Tess Moran:mailto:tess@larkspurlabs.example",
                "Event Name: Larkspur Labs - Member Delight interview\n\nPowered by "
                "Calendly.com") == "Member Delight"


def test_the_brackets_a_kind_of_interview_leaves_empty_are_no_part_of_the_job() -> None:
    assert role("【面接】Signal Engineer / Sam Candidate様",
                "CN=Sato Hana:mailto:hana@kitaura-rail.example") == "Signal Engineer"


def test_a_talk_in_te_reo_is_a_kind_of_interview() -> None:
    assert role("Youth Worker kōrero – Sam", "CN=Aroha Ngata:mailto:aroha@whanau-trust.example") \
        == "Youth Worker"


def test_initials_written_out_in_brackets_after_them_are_the_jobs_name() -> None:
    assert spelled_out("RMN2 (Registered Mental Nurse 2)") == "Registered Mental Nurse 2"
    assert spelled_out("AML Analyst") == "AML Analyst"
    assert spelled_out("ICU (Nights)") == "ICU (Nights)"
    assert role("Chat with Orla (St Enda's) - SPO theatres",
                "CN=Orla Keane:mailto:orla@stendas.example",
                "Sam - informal chat re the SPO (Senior Physiotherapy Officer) post before the "
                "panel.\nOrla") == "Senior Physiotherapy Officer"


def test_a_dash_inside_the_name_a_sentence_calls_a_role_is_the_jobs() -> None:
    assert role("Sam Candidate <> Fernhill Press",
                "CN=Ada Pryce:mailto:ada@fernhillpress.example",
                "Looking forward to talking about the Rights Manager — Translation role at "
                "Fernhill Press.") == "Rights Manager — Translation"


def test_a_lines_first_sentence_of_job_and_kind_names_the_job() -> None:
    assert role("Selection day - Harlow & Sons", "CN=Ben Harlow:mailto:ben@harlowsons.example",
                "Trainee Joiner selection day. A practical task in the shop from 9, then a chat "
                "over lunch.\nBen\nHarlow & Sons Ltd") == "Trainee Joiner"
    assert role("Selection day - Harlow & Sons", "CN=Ben Harlow:mailto:ben@harlowsons.example",
                "Final interview. Bring boots.\nBen\nHarlow & Sons Ltd") == ""
