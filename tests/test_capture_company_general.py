"""The employer of an invitation, session 9's rules (issue 23, point 1's company): how a
person reads a name from a domain, from the small words inside names, from the words of an
institution, from a sentence that writes the name longer. Every example is new (no
fixture's), with a variant the development folders do not have."""

from __future__ import annotations

from tests.conftest import bench_module
from tests.test_capture_company import company

from followup.capture.employer import agrees, core_of, domain_words, squash


def test_a_domains_organisation_is_the_label_before_its_public_suffix() -> None:
    assert core_of("careers.tallis-museum.org.nz") == "tallismuseum"
    assert core_of("kinneret.ac.il") == "kinneret"
    assert core_of("hr.aldgate.gov.example") == "aldgate"
    assert core_of("lumo.example.au") == "lumo"  # a test name inside, a country after


def test_letters_no_accent_stripping_makes_latin_are_folded() -> None:
    assert squash("Yıldız Tekstil") == "yildiztekstil"
    assert squash("Bjørnstad Straße") == "bjornstadstrasse"


def test_a_domains_run_on_company_words_are_written_apart_as_a_last_resort() -> None:
    assert domain_words("tallismuseum.org.nz") == "Tallis Museum"
    assert domain_words("brightwaterhealth.example") == "Brightwater Health"
    assert company("Intro call between Noa Levi and Sam Candidate",
                   "CN=Noa Levi:mailto:noa@galileeroboticsgroup.co.il") == \
        "Galilee Robotics Group"


def test_a_domain_writing_each_word_whole_or_by_its_initial_agrees() -> None:
    assert agrees("Clinica San Rafael", "csanrafael.com.ar")
    assert agrees("Kaya Builders Ltd", "kbuilders-group.example")
    assert not agrees("Sam Candidate", "scand.example")  # a word by its start only


def test_an_iclouds_relay_organizer_is_at_the_domain_of_the_address_beside_it() -> None:
    assert company("Portfolio chat – Sam",
                   "CN=Emre Yıldız;EMAIL=emre@yildiz-tasarim.com.tr:"
                   "mailto:2_abcdefgh@imip.me.com",
                   "Come to the studio: the bell says Yıldız Tasarım.") == "Yıldız Tasarım"


def test_the_small_words_of_names_in_other_languages_join_them() -> None:
    assert company("Gesprek – Planner", "CN=Ans Smit:mailto:ans@terhaar-vdm.example",
                   "Groet,\nAns Smit\nTer Haar van der Meer B.V., Stationsweg 4") \
        == "Ter Haar van der Meer B.V."
    assert company("Entrevista – Analista", "CN=Rosa Gil:mailto:rosa@aguasdelvalle.example",
                   "Un saludo,\nRosa Gil\nAguas del Valle de la Sierra") == \
        "Aguas del Valle de la Sierra"


def test_an_institutions_words_before_the_name_and_for_after_one() -> None:
    assert company("Interview - Graduate Planner", "CN=Tom Ode:mailto:tom.ode@harwick.gov.example",
                   "Regards,\nTom Ode\nPlanning Officer | Borough of Harwick") == \
        "Borough of Harwick"
    # initials leave the small words out: ofrs for the Office for Rail Safety
    assert company("Interview - Inspector", "CN=Ann Lee:mailto:ann.lee@ofrs.example",
                   "Thank you for applying to the Office for Rail Safety. See you soon.") == \
        "Office for Rail Safety"
    # "for" after a firm's name leads to the job, not to more of the name
    assert company("Interview - Data Analyst", "CN=Ann Lee:mailto:ann@quaymark.example",
                   "Thanks for interviewing with Quaymark Freight for the Data Analyst role.") \
        == "Quaymark Freight"


def test_a_scheduling_mailboxs_team_words_are_not_the_name() -> None:
    assert company("Onsite: Sam Candidate - Claims Handler",
                   "CN=Tamarisk Assurance Scheduling:mailto:scheduling@tamarisk.example",
                   "", ("CN=Ivo Ruiz:mailto:ivo@tamarisk.example",)) == "Tamarisk Assurance"


def test_a_sentence_that_introduces_the_name_longer_writes_it_in_full() -> None:
    assert company("Bluegum Kids: Room Leader interview",
                   "CN=Ana Reyes:mailto:ana@bluegumkids.example",
                   "Looking forward to talking about the Room Leader role at Bluegum Kids "
                   "Montessori Centre (Carlton campus).") == "Bluegum Kids Montessori Centre"


def test_a_job_after_a_colon_is_the_jobs_and_an_acronym_spelled_out_elsewhere() -> None:
    assert company("Interview - Staff Engineer: Geotechnics - Sam Candidate",
                   "CN=People Team | Ostrander Institute of Soil Science:"
                   "mailto:people@oiss.example",
                   "Greetings from OISS! Your interview is booked.") == \
        "Ostrander Institute of Soil Science"
    # an abbreviated job the description writes out is no employer ("SLO": the job's)
    assert company("INTERVIEW – Sam Candidate – SLO Housing (Ref 27/118)",
                   "CN=Kim Roe:mailto:kim.roe@dhp.example",
                   "Thank you for applying for Senior Liaison Officer, Housing, Department "
                   "of Housing and Planning. Panel to follow.") == \
        "Department of Housing and Planning"


def test_the_organizers_team_names_the_employer_before_a_piece_after_the_job() -> None:
    assert company("Interview: Hydrologist 3 - Flood Design",
                   "CN=Province of Tallmark Careers:mailto:noreply@taleo.net") == \
        "Province of Tallmark"


def test_a_name_an_address_spells_is_a_persons_and_a_firm_is_named_with_its_trade() -> None:
    got = company("Entretien – Notaire assistant – Sam Candidate",
                  "CN=\"Roux, Inès\":mailto:ines.roux@garnier-notaires.example",
                  "Bonjour Sam,\nÀ bientôt à l'étude.\n\nCordialement,\nMathis Perrin\n"
                  "Étude Garnier & Associés, 4 rue Neuve, Nantes",
                  ("CN=Mathis Perrin:mailto:mperrin@garnier-notaires.example",))
    assert got == "Étude Garnier & Associés"


def test_a_title_piece_less_the_kind_of_interview_that_ends_it() -> None:
    assert company("Quayside Final Round – Sam Candidate",
                   "CN=Lee Ong:mailto:lee.ong@quayside.example",
                   "See you at Quayside Logistics Sdn. Bhd., Level 3.") == \
        "Quayside Logistics Sdn. Bhd."
    assert company("Bakery interview – Sam", "CN=Ana Ruiz:mailto:ana.ruiz@gmail.com",
                   "Come by at 7.\n— Ana, Pan de Casa") == "Pan de Casa"


def test_an_acronym_with_one_letter_more_than_its_names_initials() -> None:
    assert company("[KSMX] Process Engineer - Interview",
                   "CN=Ida Berg:mailto:ida.berg@ksmx.example",
                   "Best,\nIda\nKarlsborg Steel Mills AB") == "Karlsborg Steel Mills AB"


def test_a_locations_company_word_fills_the_name_a_buildings_does_not() -> None:
    assert company("Interview: Claims Analyst", "CN=Harbour Mutual Talent:"
                   "mailto:harbourmutual@myworkday.com", "",
                   location="Harbour Mutual Insurance, 4 Quay St – Room 2") == \
        "Harbour Mutual Insurance"
    assert company("Harbour Mutual – Claims Analyst interview",
                   "CN=Ben Ode:mailto:ben@harbourmutual.example", "",
                   location="Harbour Mutual Conference Centre, 4 Quay St") == "Harbour Mutual"


def test_a_weekday_is_no_employer_and_the_title_piece_before_the_job_is() -> None:
    assert company("Tessera Labs – Onsite: Data Scientist - Pricing",
                   "CN=Ana Bell:mailto:no-reply@greenhouse.io",
                   "Here is your schedule for Thursday 4 February:\n10:00 Ana Bell") == \
        "Tessera Labs"


def test_a_legal_form_in_brackets() -> None:
    assert company("Screen: QA Lead – Karoo Apps", "CN=Lu Dube:mailto:lu@karooapps.example",
                   "Lu Dube\nTalent Partner\nKaroo Apps (Pvt) Ltd | Durban") == \
        "Karoo Apps (Pvt) Ltd"


def test_session_9s_development_folders_company_at_what_the_rules_reach() -> None:
    """people_dev5 (the retired fourth held-out set), people_dev6 (public sector, HR
    systems), people_dev7 (small firms and agencies): company 0.70/0.70/0.725 before the
    round; people_dev7 scored 0.775 after the rules read from the first two, before its own
    misses were read (the round's unseen estimate). What is left: a company the people
    reader takes for a person (gh53), and labels the files never write (z502, gh602, wd602,
    z601) or write with a department (x501): see the round's report. The second round
    added people_dev8 and people_dev9 (held-out set 5, retired): 0.90/0.875 before it,
    people_dev9 scored 0.875 after people_dev8's rules, before its misses were read; its two
    left are labels the file never writes (c503 'Quaylight Software', gh502 'Marrowbone
    Security': the files write only the domains' quaylight and marrowbone)."""
    ev = bench_module("capture_blind")
    for part, floor in (("dev5", 1.0), ("dev6", 0.95), ("dev7", 0.925), ("dev8", 1.0),
                        ("dev9", 0.95)):
        got = ev.invitations(part, False)
        assert got["company"] >= floor - 1e-9 and got["stored_with_yes"] == 1.0, (part, got)


def test_the_client_an_agency_books_for_is_the_employer() -> None:
    assert company("Interview – Payroll Analyst", "CN=Jo Bell:mailto:jo.bell@gmail.com",
                   "I'm a consultant at Northfield Search and I am arranging this on behalf "
                   "of our client, Arden Foods.") == "Arden Foods"
    assert company("Northfield Search | Payroll Analyst",
                   "CN=Jo Bell:mailto:jo@northfieldsearch.example",
                   "Our client, Lakemoor Dairy, would like to meet you.") == "Lakemoor Dairy"


def test_a_relays_person_is_nobodys_company() -> None:
    assert company("Interview – Analyst", "CN=Ayo Bello via Lever:mailto:no-reply@hire.lever.co",
                   "Thanks for your interest in Mistral Bank.") == "Mistral Bank"
    assert company("Interview – Analyst",
                   "CN=Tessera Labs via Lever:mailto:no-reply@hire.lever.co") == "Tessera Labs"
