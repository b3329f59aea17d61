"""The employer and the job of an invitation, session 9's second round (issue 23): rules read
from people_dev8 and people_dev9 (held-out set 5, retired). Every example is new (no
fixture's), with a variant the development folders do not have."""

from __future__ import annotations

from tests.test_capture_company import company

from followup.capture.roles import role
from followup.core.companies import is_legal_form, legal_tail, without_legal_form


def test_a_cooperatives_short_word_and_equipment_are_company_words() -> None:
    # the domain spells the name's start; the description writes the rest
    assert company("Interview – Shift Lead", "CN=Ian Roe:mailto:ian.roe@tamarfarmers.example",
                   "Regards,\nIan Roe\nTamar Farmers Co-op, Launceston") == "Tamar Farmers Co-op"
    assert company("Interview – Fitter", "CN=Mo Tahir:mailto:mo@brackenag.example",
                   "Mo Tahir\nBracken Agricultural Machinery, Unit 4, Thirsk") == \
        "Bracken Agricultural Machinery"


def test_a_polish_limited_companys_form_is_one_legal_form_of_three_words() -> None:
    assert legal_tail(" Sp. z o.o., ul. Długa 4") == " Sp. z o.o."
    assert legal_tail(" sp. z o.o. zaprasza") == " sp. z o.o."
    assert without_legal_form("Odra Metal Sp. z o.o.") == "Odra Metal"
    assert not is_legal_form("z")
    assert company("Rozmowa – Analityk", "CN=Ewa Nowak:mailto:e.nowak@odrametal.example",
                   "Zapraszamy na rozmowę w Odra Metal Sp. z o.o. w Opolu.") == \
        "Odra Metal Sp. z o.o."


def test_a_jobs_label_inside_a_line_names_the_job_in_any_language() -> None:
    # after "the" or a dash, "position:"/"vaga:" introduces the job up to " at " the company
    assert role("Interview – Odra Metal", "Odra Metal", [],
                "We invite you to an interview for the role: Kierownik Zmiany at Odra "
                "Metal.").value == "Kierownik Zmiany"
    assert role("Entrevista técnica", "Vale Norte", [],
                "Conversa com Sam – cargo: Analista de Sistemas Sênior\nEmpresa: Vale "
                "Norte").value == "Analista de Sistemas Sênior"


def test_a_cohorts_year_in_brackets_is_the_jobs() -> None:
    assert role("Assessment Day: Graduate Engineer (September 2028 start) – Tarn Rail",
                "Tarn Rail", []).value == "Graduate Engineer (September 2028 start)"
    assert role("Interview: Audit Trainee (2028 cohort) | Fenwick & Co", "Fenwick & Co",
                []).value == "Audit Trainee (2028 cohort)"
    assert role("Interview: Data Analyst (REQ 40012) – Tarn Rail", "Tarn Rail",
                []).value == "Data Analyst"  # a reference is still no part of it


def test_a_qualifier_after_a_bar_keeps_its_lower_case_words_as_the_title_writes_them() -> None:
    assert role("Entrevista – Jefe de proyecto | Cadena de suministro", "Ribera", [],
                "Te invitamos a la entrevista para el puesto de Jefe de proyecto | Cadena de "
                "suministro con Ana Ruiz.").value == "Jefe de proyecto | Cadena de suministro"


def test_a_place_after_the_jobs_dash_is_the_jobs_when_the_description_writes_it_so() -> None:
    place = "Marlow & Finch, 40 Deansgate, Manchester M3"
    assert role("Interview: Branch Manager – Deansgate (Marlow & Finch)", "Marlow & Finch", [],
                "Your interview for Branch Manager – Deansgate with Marlow & Finch is booked.",
                place).value == "Branch Manager – Deansgate"
    # the title alone writing the place after the job: where the meeting is
    assert role("Interview: Branch Manager – Deansgate (Marlow & Finch)", "Marlow & Finch", [],
                "Your interview with Marlow & Finch is booked.", place).value == "Branch Manager"


def test_a_name_that_is_hiring_is_the_employer() -> None:
    # the domain spells the name without its middle word
    assert company("Chat with Aoife – Herd Manager role",
                   "CN=Aoife Byrne:mailto:aoife@kilbrackdairy.example",
                   "Kilbrack Valley Dairy are hiring a Herd Manager for the Cork farm. A first "
                   "conversation with Aoife Byrne.") == "Kilbrack Valley Dairy"


def test_a_relays_display_name_of_a_person_and_its_service_is_nobodys_company() -> None:
    assert company("Sam Candidate and Ola Berg: Analyst – first call",
                   "CN=Ola Berg (Outlook Calendar):mailto:calendar-notification@google.com",
                   attendees=("CN=Ola Berg:mailto:ola.berg@fjordbyte.example",)) == "Fjordbyte"


def test_a_heading_that_names_an_interview_is_no_employer() -> None:
    assert company("Sam Candidate - Onsite - Data Engineer",
                   "CN=Li Wei:mailto:li.wei@tarnlight.example",
                   "Lever Confirmed Interview\n\nCandidate: Sam Candidate\nJob: Data Engineer"
                   ) == "Tarnlight"


def test_with_free_mail_only_the_locations_business_before_its_street_address() -> None:
    assert company("Trial day – Sam", "CN=Jo Pike:mailto:jo.pike@yahoo.com",
                   "Pop in before we open. – Jo",
                   location="Harbour Lane Deli, 9 Quay St, Whitby") == "Harbour Lane Deli"
    # a room or a bare address names nobody
    assert company("Trial day – Sam", "CN=Jo Pike:mailto:jo.pike@yahoo.com",
                   "Pop in before we open. – Jo", location="9 Quay St, Whitby") == ""


def test_engineers_in_dutch_and_french_are_company_words() -> None:
    assert company("Gesprek Werkvoorbereider",
                   "CN=Ans Smit:mailto:a.smit@dekkerbos.example",
                   "De uitnodiging voor de functie Werkvoorbereider bij Dekker & Bos "
                   "Ingenieurs.") == "Dekker & Bos Ingenieurs"


def test_a_capitalised_word_for_the_job_before_its_name_is_no_other_job() -> None:
    assert role("Fachgespräch | Data Engineer (Spark) | Sam Candidate", "Nordlicht Daten", [],
                "wir laden Sie zum Fachgespräch für die Stelle Data Engineer (Spark) bei der "
                "Nordlicht Daten GmbH ein.").value == "Data Engineer (Spark)"
    # another job's word still is ("Deputy Manager" is not the title's "Manager")
    assert role("Interview: Manager", "Kell", [], "You will meet our Deputy Manager (Retail) "
                "first.").value == "Manager"


def test_a_word_capitalised_after_its_first_letter_is_a_jobs_word() -> None:
    assert role("Interview with Brindle", "Brindle", [],
                "Here are the details for the iOS Platform Lead role with Brindle.").value == \
        "iOS Platform Lead"
    assert role("Call with Brindle", "Brindle", [],
                "Your schedule for the Senior eCommerce Manager role at Brindle.").value == \
        "Senior eCommerce Manager"


def test_a_qualifier_that_starts_with_a_place_of_work_says_where_the_job_is() -> None:
    assert role("Entrevista - Técnico(a) de Mantenimiento - Planta Sogamoso", "Andina", [],
                "Entrevista - Técnico(a) de Mantenimiento - Planta Sogamoso\nCon: Ana Gil"
                ).value == "Técnico(a) de Mantenimiento"
    assert role("Entretien - Chef d'équipe - Usine Roanne", "Kell", []).value == \
        "Chef d'équipe"
    # English writes a unit so: "Site Reliability" is what the job is, not where
    assert role("Interview - Senior Engineer - Site Reliability", "Kell", []).value \
        == "Senior Engineer - Site Reliability"


def test_a_job_in_brackets_after_a_word_of_the_sentence_and_a_signers_title() -> None:
    assert role("Tarnlight: case study day", "Tarnlight", ["Ola Berg"],
                "Please keep the day free for the case study (Pricing Analyst). The brief "
                "comes at nine.\n\nOla Berg\nTalent Partner, Tarnlight").value == \
        "Pricing Analyst"
    # a job on the line under a signer's name is the signer's title
    assert role("Tarnlight: case study day", "Tarnlight", ["Ola Berg"],
                "Please keep the day free.\n\nOla Berg\nTalent Partner, Tarnlight").value == ""


def test_a_sentence_after_a_jobs_label_inside_a_line_is_no_job() -> None:
    assert role("Interview: Senior Accountant", "Kell", [],
                "A word on the role: we are looking for someone calm.").value == "Senior Accountant"
    assert role("Interview: Senior Accountant", "Kell", [],
                "A word on the role: We need someone calm.").value == "Senior Accountant"
