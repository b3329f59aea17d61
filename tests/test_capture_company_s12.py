"""The employer of an invitation, session 12's round (issue 23, point 1's company): new
invitations written for this round the way other companies, systems and cultures write
them (no fixture's), one general habit per test, and the floors of people_dev25/26."""

from __future__ import annotations

import pytest
from tests.test_capture_company import company


def test_a_scheduling_or_tracking_service_named_in_the_text_is_never_the_employer() -> None:
    # the vendor's name after "with"/"via" is a service of SERVICE_DOMAINS, not a firm
    assert company("Intro call: Sam Candidate and Maren Holt",
                   "CN=Maren Holt:mailto:maren@tallgrass-analytics.example",
                   "Booked with Calendly.\nNeed to make changes? Cancel or reschedule.") == \
        "Tallgrass Analytics"
    assert company("Panel - Sam Candidate", "CN=Ola Berg:mailto:ola.berg@gmail.com",
                   "Sent via GoodTime. Powered by Workday.") == ""
    # a firm whose name only starts like a service's is still a firm
    assert company("Interview - Quantity Surveyor", "CN=Ada Fenn:mailto:ada@gmail.com",
                   "Looking forward to it.\n\nAda Fenn\nLever Brothers Joinery") == \
        "Lever Brothers Joinery"


def test_a_meeting_and_the_place_it_is_held_name_no_employer() -> None:
    assert company("Interview in Rotterdam - Logistics Planner",
                   "CN=Daan Visser:mailto:daan.visser@gmail.com", "Hoi Sam, tot dan!\nDaan") == ""
    assert company("Panel at Harbour Quay - Sam Candidate",
                   "CN=Lea Roux:mailto:lea.roux@quayline-ferries.example") != \
        "Panel at Harbour Quay"


def test_what_the_reader_already_reads_from_other_writers() -> None:
    # a department before the employer, a parent group after it, a product in the title,
    # a Japanese legal form, an ATS's notice, a co-working space as the venue: read right
    assert company("Interview - Surgical Care Practitioner",
                   "CN=Helen Ocampo:mailto:h.ocampo@ridgewell.nhs.example",
                   "Dear Sam,\n\nPlease come to the Department of Surgery, Ridgewell University "
                   "Hospital, Level 4.\n\nHelen Ocampo\nMedical Staffing") == \
        "Ridgewell University Hospital"
    assert company("Wrenfield Hotels - Front Office Manager interview",
                   "CN=Jo Amadi:mailto:jo.amadi@wrenfield.example",
                   "Hi Sam,\n\nJo Amadi\nPeople Team\nWrenfield Hotels is part of the Calloway "
                   "Hospitality Group") == "Wrenfield Hotels"
    assert company("Onsite: Backend Engineer (Ledgerly)",
                   "CN=Nikhil Rao:mailto:nikhil@brindle-fintech.example",
                   "Hi Sam,\n\nThe Ledgerly team will meet you.\n\nNikhil Rao\nBrindle Fintech") \
        == "Brindle Fintech"
    assert company("Interview: Data Engineer", "CN=Aiko Mori:mailto:a.mori@hsm-lg.example",
                   "Sam-san,\n\nThank you.\n\nAiko Mori\nHuman Resources\n"
                   "Hoshimi Logistics K.K.") == "Hoshimi Logistics K.K."
    assert company("Interview Scheduled",
                   "CN=Workday Notifications:mailto:noreply@myworkday.com",
                   "Your interview for Claims Adjuster at Pemberly Mutual has been scheduled.") \
        == "Pemberly Mutual"
    assert company("Chat with Lena - Ops Associate", "CN=Lena Fox:mailto:lena@ferncastle.example",
                   "Looking forward to it!", location="WeWork, 12 Dock Street, Leeds") == \
        "Ferncastle"
    assert company("Coffee with Mateus Albuquerque",
                   "CN=Mateus Albuquerque:mailto:mateus.alb@gmail.com", "See you there.") == ""


def test_the_name_under_a_letters_closing_is_its_writer_not_the_employer() -> None:
    # free mail: the signer and their job are no employer; asked rather than a person thanked
    assert company("Entrevista - Analista de Datos",
                   "CN=Selección:mailto:seleccion.vela@gmail.com",
                   "Hola Sam,\n\nTe esperamos el lunes.\n\nSaludos cordiales,\nMarisol Quintero\n"
                   "Coordinadora de Selección\n") == ""
    # … the firm's line under them, written with its legal form, is
    assert company("Mülakat - Lojistik Uzmanı", "CN=İnsan Kaynakları:mailto:ik@krd-gida.example",
                   "Merhaba Sam,\n\nBest regards,\nZeynep Aydın\nTalent Partner\n"
                   "Karadeniz Gıda Sanayi A.Ş.\n") == "Karadeniz Gıda Sanayi A.Ş."
    # a firm that signs as itself under the closing is still the firm
    assert company("Trial shift - Sam Candidate", "CN=Mo Diallo:mailto:mo.diallo@gmail.com",
                   "See you Saturday!\n\nCheers,\nPepper & Plum Bakery\n") == \
        "Pepper & Plum Bakery"


def test_an_agencys_client_is_an_organisation_whatever_it_looks_like() -> None:
    # "our client" names the employer, even one whose words could be a person's
    assert company("Sam Candidate and Declan Moyo",
                   "CN=Declan Moyo:mailto:declan@ashgrove-search.example",
                   "Confidential search on behalf of our client The Harrowgate Lodge "
                   "Keswick – General Manager. We will talk about your background first.") == \
        "The Harrowgate Lodge Keswick"
    # "on behalf of" a person is a person's, and no employer
    assert company("Interview w/ Fenwick Tiles – Estimator",
                   "CN=Jo Bell:mailto:jo.bell@fenwicktiles.example",
                   "Invite sent from Lever on behalf of Jo Bell.") == "Fenwick Tiles"


def test_a_lone_title_word_nothing_else_writes_yields_to_a_name_with_its_legal_form() -> None:
    # a kind of meeting in another language heads the title; the employer is written with
    # its legal form beside the organizer's job, and the booking service has no domain of it
    assert company("Kennismakingsgesprek: Junior Data Analist",
                   "CN=Femke de Boer:mailto:no-reply@calendly.com",
                   "Event Name: Kennismakingsgesprek: Junior Data Analist\n\nKort kennismaken "
                   "met Femke de Boer (Teamlead Data, Duinwater Analyse B.V.).\n\n"
                   "Powered by Calendly.com") == "Duinwater Analyse B.V."
    # the employer the title names, which the description writes too, stays
    assert company("Brightfield: Junior Analyst", "CN=Ana Ruiz:mailto:no-reply@calendly.com",
                   "Meet Ana Ruiz (Brightfield). Our auditors are Kessel & Moor LLP.") == \
        "Brightfield"


def test_the_words_before_a_legal_name_that_the_title_writes_with_it_are_the_names() -> None:
    assert company("Casa Olmedo | Entrevista | Jefe de Compras",
                   "CN=Luz Ibarra:mailto:l.ibarra@olmedo-grupo.example",
                   "Hola Sam,\n\nHasta pronto.\n\nCasa Olmedo Grupo S.L. – Calle Mayor 4, "
                   "28013 Madrid").rstrip(".") == "Casa Olmedo Grupo S.L"


def test_a_name_never_ends_in_an_ampersand() -> None:
    # the domain spells the name up to its "&"; what "&" joins is the name's too
    assert company("Juniper – Sous Chef interview", "CN=Rua Tane:mailto:rua@juniperhall.example",
                   "Kia ora Sam, come round the back.\n\nRua Tane\nOwner, Juniper Hall & Garden",
                   location="Juniper Hall & Garden") == "Juniper Hall & Garden"


def test_a_name_before_the_place_it_is_in_is_written_whole() -> None:
    # the domain spells the name's first words; a line, or the location, writes it whole
    # before a comma and the town
    assert company("Interview + cellar tour", "CN=Ana Silva:mailto:ana@quintadoluar.example",
                   "Olá Sam,\n\nAté breve!\n\nAna\nQuinta do Luar Vinhos, Douro Valley") == \
        "Quinta do Luar Vinhos"
    assert company("Final round - Product Analyst", "CN=Ola Berg:mailto:ola.berg@fjordlys.example",
                   "Your panel is below.", location="Fjordlys Energi, Dronningens gate 8, Oslo") \
        == "Fjordlys Energi"


def test_a_department_after_a_name_that_ends_in_its_trade_is_the_team() -> None:
    assert company("Case interview w/ Halden Analytics Finance",
                   "CN=Ruth Okafor:mailto:ruth@halden-analytics.example", "See you then.") == \
        "Halden Analytics"
    # a trade word after a name without one is the firm's own ("Wattle & Gum Engineering")
    assert company("Interview w/ Corran & Bligh Engineering",
                   "CN=Ruth Okafor:mailto:ruth@corranbligh.example", "See you then.") == \
        "Corran & Bligh Engineering"
    # "Tech" after a trade is one trade with it, never a team (session 12's unseen folders:
    # "Moreton Bay Health Tech" at moretonbayhealth lost its last word)
    assert company("Interview w/ Tallis Health Tech",
                   "CN=Ruth Okafor:mailto:ruth@tallishealth.example", "See you then.") == \
        "Tallis Health Tech"


def test_a_title_piece_the_location_and_the_prose_write_again_beats_the_senders_voice() -> None:
    # an agency books it: its signature and its domain are one voice, the sender's; the
    # employer is in the title, the location and the letter's own words
    assert company("Kerrowdale Hospital interview - Ward Pharmacist",
                   "CN=Priya Nair:mailto:priya.nair@brightpath-talent.example",
                   "Hi Sam,\n\nKerrowdale Hospital would love to meet you for the Ward "
                   "Pharmacist post.\n\nWhere: Pharmacy Dept, Kerrowdale Hospital, 2 Mill Lane\n\n"
                   "Best,\nPriya Nair | Consultant\nBrightpath Talent Partners\n",
                   location="Kerrowdale Hospital, Pharmacy Dept") == "Kerrowdale Hospital"
    assert company("Vorstellungsgespräch Klinikum Weserbogen – Stationsleitung (m/w/d)",
                   "CN=Jonas Held:mailto:j.held@nordkurs-personal.example",
                   "Guten Tag,\n\ndas Klinikum Weserbogen freut sich auf Sie.\n\nJonas Held\n"
                   "Nordkurs Personalberatung", location="Klinikum Weserbogen, Haus C") == \
        "Klinikum Weserbogen"
    # a site after the job the location repeats is not promoted over the employer
    assert company("Barista – Harbour Street", "CN=Ana Ruiz:mailto:ana@kopikita.example",
                   "See you at Harbour Street, Kopi Kita.", location="Harbour Street, 4 Quay") \
        != "Harbour Street"


def test_the_business_the_location_names_beats_the_domains_run_together_letters() -> None:
    # the location writes the name the domain runs together ("copperbeechlx"), before its
    # address: the location's spelling, not "Copperbeechlx"
    assert company("Recruiter call - Sam Candidate",
                   "CN=Ines Roy:mailto:ines@copperbeechlx.example", "Talk soon.",
                   location="Copperbeech Logistics, 14 Canal Wharf, Leeds") == \
        "Copperbeech Logistics"
    # a location of another name (a venue) is not taken over the domain's own guess
    assert company("Recruiter call - Sam Candidate",
                   "CN=Ines Roy:mailto:ines@quillmere.example", "Talk soon.",
                   location="Hilton Garden Inn, 12 Airport Rd, Leeds") == "Quillmere"
    # a company word the domain runs on is split off as ever ("Copperbeech Logistics")
    assert company("Recruiter call - Sam Candidate",
                   "CN=Ines Roy:mailto:ines@copperbeechlogistics.example", "Talk soon.") == \
        "Copperbeech Logistics"


def test_a_titles_short_name_the_location_writes_whole_is_written_whole() -> None:
    # the title's short name, the location's whole one, the domain agreeing with it
    assert company("Kauri – Barista trial", "CN=Mere Rangi:mailto:mere@kauricoffee.example",
                   "Come hungry!", location="Kauri Coffee Collective, 7 Wharf Rd, Raglan") == \
        "Kauri Coffee Collective"
    # not a site's or a team's words after it
    assert company("Tern Analytics – Onsite – Data Engineer",
                   "CN=Mere Rangi:mailto:mere@ternanalytics.example", "See you there.",
                   location="Tern Analytics HQ, 2 Dock St, Bristol") == "Tern Analytics"


def test_the_department_set_aside_from_the_company_is_no_part_of_the_job() -> None:
    from tests.test_capture_company import ME, OWN, esc, ics

    from followup.capture.invitations import read
    from followup.capture.propose import Known, propose

    data = ics("Case interview w/ Halden Analytics Finance – Credit Analyst",
               "CN=Ruth Okafor:mailto:ruth@halden-analytics.example", [ME], esc("See you."))
    got = propose(read(data, "UTC")[0], OWN, Known((), {}))
    assert (got.company.value, got.role.value) == ("Halden Analytics", "Credit Analyst")


AGENCY = "CN=Ravi Menon:mailto:ravi.menon@talentbridge-search.example"
SIGNED = "\n\nRavi Menon\nSenior Consultant\nTalentBridge Search Partners\n"


@pytest.mark.parametrize(("summary", "text"), [
    # the ways an agency names the employer it books for
    ("Interview – Plant Manager", "A client of ours, Ostrava Glassworks, would like to meet you."),
    ("Interview – Plant Manager", "I've set up your interview with Ostrava Glassworks, our "
                                  "client, for Tuesday."),
    ("Interview – Plant Manager", "You'll meet Jana Novak, Operations Director at Ostrava "
                                  "Glassworks."),
    ("Interview – Plant Manager", "Client: Ostrava Glassworks\nRole: Plant Manager"),
    ("Ostrava Glassworks – Plant Manager – 1st interview", "Details below."),
])
def test_an_agency_books_for_the_other_organisation_the_file_names(summary: str,
                                                                   text: str) -> None:
    assert company(summary, AGENCY, f"Hi Sam,\n\n{text}{SIGNED}") == "Ostrava Glassworks"


def test_an_agencys_mail_names_no_client_in_the_candidates_past_or_a_place() -> None:
    assert company("Interview – Plant Manager", AGENCY,
                   "Hi Sam,\n\nGiven your years at Harlow Foods Group, I think you'd fit."
                   + SIGNED) != "Harlow Foods Group"
    assert company("Interview – Plant Manager", AGENCY,
                   "Hi Sam,\n\nLet's meet at Kings Cross Station." + SIGNED) != \
        "Kings Cross Station"
    assert company("Interview – Plant Manager", AGENCY,
                   "Hi Sam,\n\nI'll meet you at Canary Wharf." + SIGNED) != "Canary Wharf"
    # a hospital's own staffing office is no agency: its department is no client
    assert company("Interview - Surgical Care Practitioner",
                   "CN=Helen Ocampo:mailto:h.ocampo@ridgewell.nhs.example",
                   "Please come to the Department of Surgery, Ridgewell University Hospital."
                   "\n\nHelen Ocampo\nMedical Staffing") == "Ridgewell University Hospital"


def test_an_agencys_confidential_client_is_asked_never_the_agency() -> None:
    assert company("Interview – Plant Manager (confidential client)", AGENCY,
                   "Hi Sam, the client's name will be shared at the interview." + SIGNED) == ""


def test_the_title_piece_the_domain_spells_whole_beats_its_groups_name() -> None:
    assert company("Hollis Group – Hollis Hotels – Night Manager",
                   "CN=Ana Ruiz:mailto:ana@hollishotels.example") == "Hollis Hotels"
    assert company("Grupo Marisma | Marisma Viajes | Agente de Reservas",
                   "CN=Ana Ruiz:mailto:ana@marismaviajes.example") == "Marisma Viajes"
