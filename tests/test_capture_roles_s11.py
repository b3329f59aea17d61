"""The job an invitation is for, session 11 (issue 23, point 1's role): separators a title
joins its parties with, a person's title before a kind of interview, events written after
the job, references after a dash, a link for a place, two jobs in one, the job's one-word
trades. Every example is new (no fixture's), a variant the development folders do not
have."""

from __future__ import annotations

import pytest

from followup.capture.role_words import names_title, stage_spans, tidied
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


@pytest.mark.parametrize(("summary", "want"), [
    # when the job is worked, after an ordinal, is not a round ("2nd Round")
    ("Interview: Forklift Lead - 3rd Shift", "Forklift Lead - 3rd Shift"),
    ("Interview: Forklift Lead - 2nd Round", "Forklift Lead"),
])
def test_a_shift_after_a_dash_is_the_jobs(summary: str, want: str) -> None:
    assert role(summary, "Cobalt Cold Chain", ["Sam Candidate"]).value == want


def test_the_name_a_posting_gives_before_its_reference_is_the_whole_job() -> None:
    # a place's word in it ("Mobile Plant") is the job's when the posting names it so
    got = role("Interview – Reliability Planner – Mobile Plant", "Ochre Iron", ["Sam Candidate"],
               "You are invited to interview for Reliability Planner – Mobile Plant "
               "(Requisition R-55810).")
    assert got.value == "Reliability Planner – Mobile Plant"
    # without it, the place of work is where the job is
    got = role("Interview – Reliability Planner – Karratha Plant", "Ochre Iron",
               ["Sam Candidate"], "")
    assert got.value == "Reliability Planner"


@pytest.mark.parametrize(("summary", "want"), [
    ("Interview – Senior Radiographer (CT)", "Senior Radiographer (CT)"),
    ("Panel w/ Noor Aziz - Data Engineer (Streaming)", "Data Engineer (Streaming)"),
    ("Interview – Senior Radiographer (Tallis)", "Senior Radiographer"),  # the employer's word
    ("Interview – Senior Radiographer (THG)", "Senior Radiographer"),  # its initials
    ("Interview – Senior Radiographer (Remote)", "Senior Radiographer"),
])
def test_one_bracketed_word_after_the_job_in_the_title(summary: str, want: str) -> None:
    assert role(summary, "Tallis Health Group", ["Noor Aziz"]).value == want


@pytest.mark.parametrize(("summary", "want"), [
    ("Interview: Payroll Analyst w/ ADP Workforce", "Payroll Analyst w/ ADP Workforce"),
    ("Interview: Payroll Analyst w/ Finance team", "Payroll Analyst"),
    ("Interview: Payroll Analyst w/ JK", "Payroll Analyst"),  # a person's initials
])
def test_with_a_system_or_with_a_team(summary: str, want: str) -> None:
    assert role(summary, "Brisk Payroll", ["Sam Candidate"]).value == want


def test_the_jobs_other_name_in_brackets_is_not_a_qualifier() -> None:
    got = role("Entrevista – Head Baker", "Forn Vell", ["Sam Candidate"],
               "La entrevista es para el puesto de Head Baker (Jefe/a de Obrador) en Forn Vell.")
    assert got.value == "Head Baker"
    got = role("Interview – Policy Officer", "Ardmore Council", ["Sam Candidate"],
               "Your interview for Policy Officer (Clerk Grade 7) is on Monday.")
    assert got.value == "Policy Officer (Clerk Grade 7)"


def test_a_level_in_brackets_after_a_dash_stays() -> None:
    got = role("Interview: Midwife – Labour Ward (Band 6)", "Ardmore Trust", [])
    assert got.value == "Midwife – Labour Ward (Band 6)"


def test_a_persons_own_title_is_not_the_job() -> None:
    # on a schedule line after their name and a comma
    got = role("Loop – Sam Candidate", "Quillon", ["Sam Candidate", "Ines Moretti"],
               "Final round for the Android Engineer role.\n\n"
               "10:00 – 10:45  Ines Moretti, Android Engineer – System Design\n")
    assert got.value == "Android Engineer"
    # on the line under their name, signing the message
    got = role("Interview", "Harrier Mutual", ["Tobias Grieve"],
               "Sam,\n\nSee you Tuesday.\n\nTobias Grieve\nUnderwriting Director, Harrier Mutual")
    assert got.value == ""
    # a dash after a name heads the candidate's own job
    got = role("Harrier Mutual | HM interview", "Harrier Mutual", ["Sam Candidate"],
               "Hiring manager interview for Sam Candidate – Pricing Actuary: Motor")
    assert got.value == "Pricing Actuary: Motor"


def test_a_team_in_brackets_is_passed_over_for_the_job_later() -> None:
    got = role("Sam Candidate and Tomas Vidal", "Rookwood", ["Tomas Vidal"],
               "Event Name: Founder chat (Design) – Rookwood\n"
               "Please share anything: Applying for Founding Designer; portfolio at …")
    assert got.value == "Founding Designer"


@pytest.mark.parametrize(("summary", "want"), [
    ("Interview – Third Engineer (Sam Candidate)", "Third Engineer"),
    ("Second Interview – Deck Officer", "Deck Officer"),
])
def test_a_rank_is_not_a_round(summary: str, want: str) -> None:
    assert role(summary, "Skerry Shipping", ["Sam Candidate"]).value == want


def test_a_spot_or_an_opportunity_names_a_job() -> None:
    assert role("Sam / Fenn – studio visit", "Fenn & Co", ["Sam Candidate"],
                "A visit for the Junior Set Designer spot. Coffee's on us.").value == \
        "Junior Set Designer"
    assert role("Sam / Fenn", "Fenn & Co", ["Sam Candidate"],
                "Thanks for your interest in the Props Buyer opportunity.").value == "Props Buyer"


@pytest.mark.parametrize(("summary", "description", "want"), [
    ("Sam / Ines — Mktg Ops Lead chat", "A call about the Marketing Operations Lead opening.",
     "Marketing Operations Lead"),
    ("Interview: Sr Estimator", "Your interview for the Senior Estimator role.",
     "Senior Estimator"),
    # a whole short word is not clipped ("Data" is not "Database")
    ("Interview: Data Analyst", "Our Database Analyst team will join.", "Data Analyst"),
])
def test_a_clipped_word_is_the_one_the_description_writes_out(summary: str, description: str,
                                                               want: str) -> None:
    assert role(summary, "Kestrel", ["Sam Candidate"], description).value == want


@pytest.mark.parametrize(("summary", "want"), [
    ("Entrevista – Restaurador(a) de Retábulos", "Restaurador(a) de Retábulos"),
    ("Entretien – Chargé(e) de clientèle", "Chargé(e) de clientèle"),
    ("Entrevista: Camarero/a de Sala", "Camarero/a de Sala"),
])
def test_a_gendered_ending_marks_a_jobs_name(summary: str, want: str) -> None:
    assert role(summary, "Casa Lusa", ["Sam Candidate"]).value == want


@pytest.mark.parametrize(("description", "want"), [
    ("Sollicitatiegesprek Financieel medewerker debiteuren\nMet: Joost", "Financieel "
     "medewerker debiteuren"),
    ("Vorstellungsgespräch Pflegefachkraft Intensivstation\nMit: Frau Roth",
     "Pflegefachkraft Intensivstation"),
    ("Interview with our Head of Design\nBring a portfolio", ""),  # a sentence
    ("Phone screen recruiter\n", ""),  # whom it is with
])
def test_a_line_that_is_the_kind_and_the_job(description: str, want: str) -> None:
    assert role("Gesprek - Hoekstra & Co", "Hoekstra & Co", ["Sam Candidate"],
                description).value == want


@pytest.mark.parametrize(("written", "job"), [
    ("Payroll Specialist (Hybrid)", "Payroll Specialist"),
    ("Payroll Specialist (Remote, UK)", "Payroll Specialist"),
    ("Field Service Engineer – Remote", "Field Service Engineer"),
    ("Remote Sensing Analyst", "Remote Sensing Analyst"),  # a field's word, not a way
])
def test_the_way_a_job_is_worked_is_not_its_name(written: str, job: str) -> None:
    assert tidied(written) == job


@pytest.mark.parametrize(("summary", "job"), [("Phone interview - Prep Cook", "Prep Cook"),
                                         ("Trial shift: Kitchen Porter", "Kitchen Porter")])
def test_jobs_of_two_words_only_together(summary: str, job: str) -> None:
    assert role(summary, "Olla", []).value == job


@pytest.mark.parametrize(("description", "want"), [
    ("Bonjour Sam, je vous confirme l'entretien pour le poste de Technicien de maintenance "
     "(H/F). Claire", "Technicien de maintenance"),
    ("Hallo Sam, wir freuen uns auf das Gespräch für die Stelle als Fachkraft für "
     "Lagerlogistik (m/w/d).", "Fachkraft für Lagerlogistik"),
])
def test_a_gender_tag_in_the_text_marks_the_job(description: str, want: str) -> None:
    assert role("Entretien – Ombelle", "Ombelle", ["Claire Joly"], description).value == want


@pytest.mark.parametrize(("description", "want"), [
    ("We'd love to hear more about you joining us as a Grants Officer.", "Grants Officer"),
    ("Thanks for applying to be our new Studio Manager! Pia", "Studio Manager"),
    ("Here is your interview for our open Reliability Engineer position.",
     "Reliability Engineer"),
    ("Pia will join as an observer.", ""),  # no job's name
])
def test_what_a_sentence_calls_the_job_in_other_words(description: str, want: str) -> None:
    assert role("Chat – Sam Candidate", "Tessel", ["Pia Lund", "Sam Candidate"],
                description).value == want


@pytest.mark.parametrize("summary", ["Interview → Costing Analyst", "Costing Analyst » Panel",
                                     "Interview ~ Costing Analyst ~ Tessel",
                                     "Sam -> Costing Analyst"])
def test_arrows_guillemets_and_tildes_separate_a_title(summary: str) -> None:
    assert role(summary, "Tessel", ["Sam Candidate"]).value == "Costing Analyst"


@pytest.mark.parametrize(("summary", "want"), [
    # a client, a project or a site is not the job's
    ("Interview: Business Analyst – Client: Halden Foods", "Business Analyst"),
    ("Interview: Business Analyst – for Halden Foods (client)", "Business Analyst"),
    ("Interview: Business Analyst – Client Services", "Business Analyst – Client Services"),
    ("Interview: Site Manager – Riverside Quarter project", "Site Manager"),
    # a level's number is the job's; a floor's or a terminal's is not
    ("Interview: Service Desk Analyst — Tier 2", "Service Desk Analyst — Tier 2"),
    ("Interview: Cleaner – Gatwick North Terminal 2", "Cleaner"),
])
def test_a_client_a_project_and_a_level_after_the_dash(summary: str, want: str) -> None:
    assert role(summary, "Tessel", ["Sam Candidate"]).value == want


@pytest.mark.parametrize(("description", "want"), [
    # a sentence's first word is not another job's ("Deputy Manager" is)
    ("The Tax Adviser (Private Clients) role sits in our Leeds team.",
     "Tax Adviser (Private Clients)"),
    ("Deputy Tax Adviser (Private Clients) is another opening.", "Tax Adviser"),
    # a client, a named venue, a station after it are not the job's
    ("Tax Adviser – Client: Marlow Estates – with Pia Lund", "Tax Adviser"),
    ("For the Tax Adviser – The Old Exchange role.", "Tax Adviser"),
    ("Tax Adviser, Waverley station, start in March", "Tax Adviser"),
])
def test_what_the_description_writes_after_the_job(description: str, want: str) -> None:
    assert role("Interview: Tax Adviser", "Tessel", ["Pia Lund", "Sam Candidate"],
                description).value == want


def test_the_title_in_brackets_after_whom_the_meeting_is_with_is_theirs() -> None:
    assert role("Interview with Pia Lund (Head of Audit)", "Tessel",
                ["Pia Lund", "Sam Candidate"]).value == ""
    assert role("Phone Screen: Sam Candidate (Audit Associate)", "Tessel",
                ["Pia Lund", "Sam Candidate"]).value == "Audit Associate"
