"""The employer of an invitation, session 13 (issue 23, point 1's company): how a careful
reader settles it after a source gave a name (capture/employer_settle). New invitations
written for this round the way other companies, systems and cultures write them (no
fixture's), one habit per test: a brand its parent owns, one check that refuses a person,
a unit, a job or a place wherever the name came from, and the whole name two sources agree
on."""

from __future__ import annotations

from tests.test_capture_company import company
from tests.test_capture_people import ics

from followup.capture.employer_settle import refused
from followup.capture.invitations import read


def test_the_brand_a_sentence_says_a_parent_owns_is_the_employer() -> None:
    # the domain, the organizer's team or the signature spell the parent; the sentence says
    # whose the job is, in the forms a footer writes it
    assert company("Barista trial - Sam", "CN=Mei Ling Goh:mailto:meiling@tembusuholdings.example",
                   "See you at the shop!\n\nKopi Lane Roasters, a Tembusu Holdings company") == \
        "Kopi Lane Roasters"
    assert company("Entrevista - Encargado de Tienda",
                   "CN=Grupo Levante Selección:mailto:seleccion@grupolevante.example",
                   "Hola Sam,\n\nFerretería Roca is a subsidiary of Grupo Levante. Te esperamos "
                   "en la tienda de Valencia.") == "Ferretería Roca"
    assert company("Interview: Head Gardener",
                   "CN=Calder Group Careers:mailto:careers@caldergroup.example",
                   "Dear Sam,\n\nThank you for applying to Brook Hall Gardens (part of the Calder "
                   "Group). We look forward to meeting you.") == "Brook Hall Gardens"


def test_a_third_partys_owner_changes_nobodys_employer() -> None:
    # the sentence is about a vendor the employer uses, not the employer
    assert company("Orchard Bank - Teller interview",
                   "CN=Ines Duarte:mailto:ines.duarte@orchardbank.example",
                   "Before the interview, Lumen Checks, a Carebridge company, will email you "
                   "about your background check.") == "Orchard Bank"


def test_a_person_whose_job_a_sentence_writes_is_never_the_employer() -> None:
    got = company("Harbourview Logistics – Panel: Fleet Planner",
                  "CN=Harbourview Careers:mailto:careers@harbourview-logistics.example",
                  "This invitation is sent on behalf of Priyanka Menon (Recruitment "
                  "Coordinator). Reply to her with any questions.")
    assert got == "Harbourview Logistics"


def test_a_person_and_their_employer_as_one_piece_give_the_employer() -> None:
    # an Outlook title "Phone screen: Sam / Liam Doyle, WCRA", the acronym spelled out in
    # the text: the authority, not "Liam Doyle, WCRA"
    got = company("Phone screen: Sam Candidate / Liam Doyle, WCRA",
                  'CN="Doyle, Liam":mailto:liam.doyle@wcra.ie.example',
                  "Hi Sam, a quick call about the Project Officer role with the Western Corridor "
                  "Rail Authority (WCRA).\n\nLiam Doyle\nHR Officer, WCRA")
    assert got == "Western Corridor Rail Authority"


def test_a_unit_written_beside_its_institution_is_not_the_employer() -> None:
    got = company("Interview – Registered Nurse, Paediatrics",
                  "CN=Department of Paediatrics:mailto:paeds-recruit@stcolumba.example",
                  "Dear Sam,\n\nYour interview is confirmed.\n\nDepartment of Paediatrics\n"
                  "St Columba University Hospital\nLevel 3, East Wing")
    assert got == "St Columba University Hospital"


def test_one_check_refuses_a_place_and_a_unit_of_the_job() -> None:
    data = ics("Chat - Sam", "CN=Orla Byrne:mailto:orla@millhouse.example",
               ["CN=Sam:mailto:sam@gmail.com",
                'CN="Quinn, Dara (VP, Treasury Operations)":mailto:dara@millhouse.example'],
               "Hello").replace(b"END:VEVENT", b"LOCATION:The Old Mill\\, Kilcullen\\, Co. "
                                               b"Kildare\r\nEND:VEVENT")
    inv = read(data.replace(b"SUMMARY:Chat - Sam",
                            b"SUMMARY:Chat - Senior Analyst\\, Treasury Operations"), "UTC")[0]
    assert refused("Kilcullen, Co.", inv, (), ["millhouse.example"]) == "a place"
    assert refused("Treasury Operations", inv, (), ["millhouse.example"]) == "a unit of the job"
    assert refused("Millhouse", inv, (), ["millhouse.example"]) == ""


def test_a_sentences_possessive_is_no_part_of_the_name() -> None:
    got = company("Recruiter screen - Sam Candidate",
                  "CN=Dana Ortiz:mailto:dana.ortiz@summitfreight.example",
                  "Hi! I'm the recruiter for Summit Freight's Midwest cross-dock network. "
                  "Talk soon.")
    assert got == "Summit Freight"


def test_the_domain_letters_yield_to_the_name_the_file_writes_whole() -> None:
    # the domain runs the first and the last word together; the location writes them all
    got = company("Kōrero - Sam Candidate", "CN=Hine Walker:mailto:hine@harakekefund.example",
                  "Kia ora Sam, see you soon.",
                  location="Harakeke Community Fund office, 3 Quay St, Napier")
    assert got == "Harakeke Community Fund"


def test_an_acronym_of_the_file_confirms_the_whole_name_a_sentence_writes() -> None:
    got = company("Interview - Transport Planner",
                  'CN="Rangi, Tama (GWTA)":mailto:tama.rangi@transport.govt.example',
                  "Kia ora Sam,\n\nYour interview for the Transport Planner role at Greater "
                  "Wellington Transport Agency is confirmed.\n\nTama")
    assert got == "Greater Wellington Transport Agency"


def test_a_title_piece_the_text_writes_before_its_employer_is_the_job() -> None:
    # a relay's invitation titled with the job alone; the description's heading writes the
    # job, then the employer that the relay's mailbox spells
    assert company("Interview: Patient Flow Navigator",
                   "CN=Harbourside Aged Care:mailto:harbourside@myworkday.com",
                   "Patient Flow Navigator – Harbourside Aged Care\n\nYour interview is by "
                   "video. The link follows from Workforce.") == "Harbourside Aged Care"
    assert company("Entrevista: Analista de Crédito",
                   "CN=Banco Austral:mailto:bancoaustral@myworkday.com",
                   "Analista de Crédito | Banco Austral\n\nTe esperamos.") == "Banco Austral"


def test_a_domain_of_a_first_word_and_a_trade_yields_to_the_name_written_whole() -> None:
    # "ashdownlaw": the firm's first word, then its trade in short; the text writes it whole
    assert company("Panel interview – Solicitor, Employment",
                   "CN=Fiona Grant:mailto:fiona.grant@ashdownlaw.example",
                   "Dear Sam,\n\nThank you for applying to Ashdown Carter Solicitors. The panel "
                   "will be Fiona Grant (Partner) and Marcus Lee (Senior Associate).") == \
        "Ashdown Carter Solicitors"


def test_an_office_a_sentence_gives_the_employer_is_no_part_of_its_name() -> None:
    assert company("Video interview – Data Analyst",
                   "CN=Priya Nair:mailto:priya.nair@orbitmedia.example",
                   "Hi Sam,\n\nPriya Nair here, Talent Partner at Orbit Media's London office.") \
        == "Orbit Media"


def test_a_brand_before_its_group_in_brackets_is_the_employer() -> None:
    # the domain spells the group; the title writes the restaurant, then its group
    assert company("Interview – Sous Chef – Maison Verte (Groupe Lumière)",
                   "CN=Claire Roux:mailto:claire.roux@groupelumiere.example",
                   "Bonjour Sam, à bientôt !") == "Maison Verte"
    assert company("Barista interview", "CN=Luma Coffee Hiring:mailto:jobs@brewline.example",
                   "Hi Sam,\n\nLuma Coffee is part of the Brewline Group.") == "Luma Coffee"
    assert company("Interview – Front Office Manager",
                   "CN=Careers:mailto:careers@alpinehg.example",
                   "Dear Sam,\n\nThank you for your interest in Hearthstone Hotels, a member of "
                   "Alpine Hospitality Group.") == "Hearthstone Hotels"


def test_a_name_never_ends_in_a_small_word() -> None:
    assert company("Entrevista – Enfermera", "CN=Selección:mailto:seleccion@hulapaz.example",
                   "Hola Sam,\n\nTe esperamos en el Hospital Universitario La Paz.") == \
        "Hospital Universitario La Paz"


def test_a_recruiting_firm_that_keeps_its_client_back_is_not_the_employer() -> None:
    # asked (empty and flagged), never the firm, whatever its name's trade
    assert company("Intro call – Sam / Deepa (Recruiter)",
                   "CN=Deepa Menon:mailto:deepa.menon@talentbridge.example",
                   "Hi Sam,\n\nI'm recruiting for our client, a Series B fintech in Bengaluru "
                   "(name shared after this call).\n\nDeepa Menon\nTalentBridge Consulting") == ""
    # a client it names is the employer
    assert company("Interview – Finance Manager",
                   "CN=Hattie Cole:mailto:hattie.cole@brookfieldsearch.example",
                   "Hi Sam,\n\nAs discussed, here is your interview on behalf of our client "
                   "Norrland Energi AB.\n\nHattie Cole\nSenior Consultant, Brookfield Search") \
        == "Norrland Energi AB"
    # a firm that serves clients and hires for itself is its own employer
    assert company("Case interview | Brightmoor Partners",
                   "CN=Leonie Fraser:mailto:leonie.fraser@brightmoor.example",
                   "Round 1 case: you will advise our client, a regional grocer.") == \
        "Brightmoor Partners"


def test_what_settling_reads_from_other_writers() -> None:
    # an acronym of a signature confirms the whole district's name; a hospital a health
    # system owns; a firm's trade written after the name its domain spells
    assert company("Medical Registrar Interview",
                   "CN=Medical Workforce:mailto:medical.workforce@sesh.example",
                   "Dear Dr Candidate,\n\nSouth Eastern Sydney Local Health District (SESLHD)\n"
                   "Medical Workforce Unit") == "South Eastern Sydney Local Health District"
    assert company("Interview – Clinical Nurse Specialist",
                   "CN=Talent Acquisition:mailto:ta@baystatehealth.example",
                   "Dear Sam,\n\nBaystate Medical Center is part of Baystate Health.") == \
        "Baystate Medical Center"
    assert company("Interview with Singh & Rao", "CN=Kavya Rao:mailto:kavya@singhrao.example",
                   "Dear Sam,\n\nKavya Rao\nPartner, Singh & Rao Chartered Accountants\nMumbai") \
        == "Singh & Rao Chartered Accountants"


def test_a_name_the_file_never_writes_alone_is_written_whole() -> None:
    # the domain spells "Verdemar"; every time the file writes it, "Seguros" follows
    assert company("Entrevista – Analista de Sinistros",
                   "CN=Ana Lopes:mailto:ana.lopes@verdemar.example",
                   "Olá Sam,\n\nObrigado por se candidatar à Verdemar Seguros! Até breve.\n\n"
                   "Ana Lopes\nRecrutamento, Verdemar Seguros") == "Verdemar Seguros"


def test_a_greeting_before_a_brand_and_a_firms_co_are_no_part_of_the_reading() -> None:
    assert company("Interview – Store Director",
                   "CN=Sunfield Careers:mailto:careers@sunfieldfoods.example",
                   "Welcome To FreshWay Markets, a Sunfield Foods company.") == "FreshWay Markets"
    # "Co." before a capitalised word is a firm's, not a county's
    assert company("Interview – Associate", "CN=Careers:mailto:careers@smithco.example",
                   "Smith & Co. Holdings, 1 Main St") == "Smith & Co. Holdings"
    assert company("Colloquio – Barista", "CN=Lucia Neri:mailto:lucia.neri@gmail.com",
                   "Ciao Sam, a presto!", location="Crumb & Co.\nVia dei Serpenti 61, Roma") == \
        "Crumb & Co."


def test_an_acronym_after_a_name_counts_a_hyphenated_words_parts() -> None:
    # "MAT": Multi-Academy Trust, as the text writes it once
    assert company("Interview – Science Teacher (Kowhai Coast MAT)",
                   "CN=Aroha Ngata:mailto:aroha.ngata@kcmat.example",
                   "Kia ora Sam,\n\nKowhai Coast Multi-Academy Trust – Ridgeview College\n\n"
                   "See you at reception.") == "Kowhai Coast Multi-Academy Trust"
