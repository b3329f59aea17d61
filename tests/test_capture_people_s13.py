"""Who is who in an invitation (issue 23, session 13): a name is a person's in the meeting
only when something in the file says so, whichever part of the file it came from (a relay's
display name, a phrase of the description, an address); and a nickname signed under a letter
is its writer. Each habit on an invitation written for this test, the way another company,
system or culture writes the same thing, written before the reader was changed."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_an_agencys_shared_calendar_is_no_one_in_the_room() -> None:
    data = ics("Interview – Quantity Surveyor (Northgate)",
               "CN=Oisín Farrelly:mailto:oisin@northgateresourcing.example",
               ["CN=Oisín Farrelly:mailto:oisin@northgateresourcing.example",
                "CN=Northgate Candidates:mailto:c_77ab01@group.calendar.google.com",
                "CN=Helen Marsh:mailto:helen.marsh@copperbeam-build.example", ME],
               esc("Sam, your interview with my client Copperbeam Build: you'll meet Helen "
                   "Marsh, Commercial Director.\n\nOisín Farrelly\nNorthgate Resourcing"))
    got, coord = names(data)
    assert got == ["Helen Marsh"] and coord == "Oisín Farrelly"


def test_a_building_in_the_address_is_no_one_to_thank() -> None:
    data = ics("Panel interview – Operations Manager",
               "CN=Thandeka Mokoena:mailto:thandeka.mokoena@umoya-freight.example",
               ["CN=Sipho Ndlovu:mailto:sipho.ndlovu@umoya-freight.example", ME],
               esc("Dear Sam,\n\nThe panel: Sipho Ndlovu, Head of Operations.\n\nWe are on "
                   "the 7th floor (Sandton Gardens, Rivonia Road, Johannesburg 2196). Sign in "
                   "at the security desk.\n\nRegards,\nThandeka Mokoena\nTalent Acquisition"))
    got, coord = names(data)
    assert got == ["Sipho Ndlovu"] and coord == "Thandeka Mokoena"


def test_products_listed_in_a_video_services_footer_are_no_one() -> None:
    data = ics("Intro call – Platform Engineer",
               "CN=Kwabena Asante:mailto:kwabena@tidewater-labs.example",
               ["CN=Kwabena Asante:mailto:kwabena@tidewater-labs.example", ME],
               esc("Hi Sam, a first chat with me about the platform team.\n\nYou can join "
                   "from a browser, or open it with Microsoft Teams, Cisco Webex or Google "
                   "Meet if you prefer.\n\nKwabena"))
    got, _ = names(data)
    assert got == ["Kwabena Asante"]


def test_people_listed_together_are_kept_whatever_else_the_address_says() -> None:
    data = ics("Design day – Harrow & Finch",
               "CN=Ciara Walsh:mailto:ciara@harrowfinch.example",
               ["CN=Ciara Walsh:mailto:ciara@harrowfinch.example", ME],
               esc("Hi Sam,\n\nPlan for the day:\n- Portfolio review with Yasmin Al-Khatib "
                   "and Pieter van den Broek (Associate Director)\n\nWe're at 14 Queen Square, "
                   "Bristol BS1 4NT, 3rd floor.\n\nCiara Walsh\nStudio & People Manager"))
    got, coord = names(data)
    assert set(got) == {"Yasmin Al-Khatib", "Pieter van den Broek"} and coord == "Ciara Walsh"


def test_a_titled_person_beside_an_address_is_a_person() -> None:
    data = ics("Interview: Finance Business Partner",
               "CN=Recruitment:mailto:recruitment@kestrel-water.example", [ME],
               esc("Dear Sam,\n\nYou will be interviewed by Gordon Achterberg, Finance "
                   "Director, and Amaka Obi, Head of FP&A, at Kestrel House, 2 Mill Lane, "
                   "Leeds LS1 4AB.\n\nKestrel Water Recruitment"))
    got, _ = names(data)
    assert set(got) == {"Gordon Achterberg", "Amaka Obi"}


def test_a_nickname_signed_under_the_letter_is_its_writer() -> None:
    data = ics("Interview: Data Engineer",
               "CN=\"Weber, Alexander\":mailto:alexander.weber@lindgrun.example",
               ["CN=\"Weber, Alexander\":mailto:alexander.weber@lindgrun.example",
                "CN=\"Okafor, Chiamaka\":mailto:chiamaka.okafor@lindgrun.example", ME],
               esc("Hi Sam,\n\nChiamaka and I will go through a data-modelling exercise with "
                   "you.\n\nBest,\nAlex\n\nAlexander Weber\nHead of Data | Lindgrün GmbH"))
    got, coord = names(data)
    assert set(got) == {"Alexander Weber", "Chiamaka Okafor"} and coord is None


def test_a_short_form_signed_under_the_letter_is_its_writer() -> None:
    data = ics("Technical interview – Site Reliability Engineer",
               "CN=Robert Lindqvist:mailto:r.lindqvist@norrsken-it.example",
               ["CN=Robert Lindqvist:mailto:r.lindqvist@norrsken-it.example",
                "CN=Aino Virtanen:mailto:aino.virtanen@norrsken-it.example", ME],
               esc("Hej Sam,\n\nAino Virtanen (SRE Lead) will join me for this one.\n\n"
                   "Cheers,\nBob"))
    got, coord = names(data)
    assert set(got) == {"Robert Lindqvist", "Aino Virtanen"} and coord is None


def test_a_partner_who_will_join_said_without_saying_what_is_in_the_meeting() -> None:
    data = ics("Chat – Kitchen Manager", "CN=Odile Marchand:mailto:odile@bistrot-lune.example",
               ["CN=Odile Marchand:mailto:odile@bistrot-lune.example", ME],
               esc("Bonjour Sam, a relaxed chat about the kitchen. Our head chef Tomasz "
                   "Wójcik will join as well.\n\nOdile"))
    got, coord = names(data)
    assert set(got) == {"Odile Marchand", "Tomasz Wójcik"} and coord is None


def test_whom_the_writer_meets_you_with_is_named_by_what_they_are_to_the_writer() -> None:
    data = ics("Interview – Bookkeeper", "CN=Anh Tran:mailto:anh@tran-bakery.example",
               ["CN=Anh Tran:mailto:anh@tran-bakery.example", ME],
               esc("Hi Sam,\n\nYou'll meet me and my business partner Linh Nguyen Thi, who "
                   "keeps our accounts.\n\nAnh"))
    got, _ = names(data)
    assert set(got) == {"Anh Tran", "Linh Nguyen Thi"}


def test_a_link_to_join_names_no_one() -> None:
    data = ics("Video interview – Junior Analyst", "CN=Mei Lin:mailto:mei.lin@sunbird.example",
               ["CN=Mei Lin:mailto:mei.lin@sunbird.example", ME],
               esc("Hi Sam, it will be just me. Microsoft Teams will open in your browser if "
                   "you click Join.\n\nMei"))
    got, _ = names(data)
    assert got == ["Mei Lin"]


# The coordinator, from one weighing of all the file says (written before the reader changed).


def test_an_hr_manager_who_names_herself_on_the_panel_interviews() -> None:
    data = ics("Second interview: Payroll Officer",
               "CN=Noor Hassan:mailto:noor.hassan@gulfline-freight.example",
               ["CN=Farid Aziz:mailto:farid.aziz@gulfline-freight.example", ME],
               esc("Hello Sam,\n\nThe panel: Farid Aziz (Finance Controller) and myself.\n\n"
                   "Kind regards,\nNoor Hassan\nHR Manager, Gulfline Freight"))
    got, coord = names(data)
    assert set(got) == {"Noor Hassan", "Farid Aziz"} and coord is None


def test_a_booking_pages_title_does_not_outweigh_a_host_who_introduces_and_leaves() -> None:
    data = ics("Sam Candidate and Juniper Oakes",
               "CN=Juniper Oakes:mailto:juniper@fernhill-search.example",
               ["CN=Juniper Oakes:mailto:juniper@fernhill-search.example",
                "CN=Marcus Bell:mailto:marcus.bell@larchwood-foods.example", ME],
               esc("Event Name: Intro – Larchwood Foods\n\nNote from Fernhill Search: I'll "
                   "kick things off and introduce you to Marcus Bell (Operations Director), "
                   "then leave you two to talk.\n\nPowered by Calendly.com"))
    got, coord = names(data)
    assert got == ["Marcus Bell"] and coord == "Juniper Oakes"


def test_whoever_sends_a_take_home_that_others_review_set_it_up() -> None:
    data = ics("Take-home exercise: Backend Engineer",
               "CN=Ama Owusu:mailto:ama.owusu@kente-pay.example",
               ["CN=Ama Owusu:mailto:ama.owusu@kente-pay.example",
                "CN=Kofi Boateng:mailto:kofi.boateng@kente-pay.example", ME],
               esc("Hi Sam,\n\nThe brief arrives by e-mail on Monday; send it back by Thursday. "
                   "Kofi Boateng (Engineering Lead) will review it with you afterwards.\n\n"
                   "Questions? Reply to me.\nAma"))
    got, coord = names(data)
    assert got == ["Kofi Boateng"] and coord == "Ama Owusu"


def test_whoever_sends_a_take_home_they_review_themself_is_its_interviewer() -> None:
    data = ics("Take-home due – Firmware Engineer",
               "CN=Henrik Dahl:mailto:henrik.dahl@nordlys-robotics.example",
               ["CN=Henrik Dahl:mailto:henrik.dahl@nordlys-robotics.example", ME],
               esc("Hi Sam, the exercise is due Friday. Send it to me and I'll go through it "
                   "before our next call.\n\nHenrik Dahl\nFirmware Lead"))
    got, coord = names(data)
    assert got == ["Henrik Dahl"] and coord is None


def test_a_firms_own_display_name_on_a_private_mailbox_is_no_one() -> None:
    data = ics("Interview – Practice Assistant",
               "CN=Okoro & Lund Solicitors:mailto:okorolund.office@outlook.com",
               ["CN=Okoro & Lund Solicitors:mailto:okorolund.office@outlook.com", ME],
               esc("Dear Sam,\n\nYou will meet our partners Adaeze Okoro and Henrik Lund."
                   "\n\nOkoro & Lund Solicitors"))
    got, coord = names(data)
    assert set(got) == {"Adaeze Okoro", "Henrik Lund"} and coord is None


def test_a_hospital_units_mailbox_named_in_the_title_is_no_one() -> None:
    data = ics("Interview – Staff Nurse, Acute Medical Unit",
               "CN=Recruitment Team:mailto:recruitment@stcolumba-health.example",
               ["CN=Acute Medical Unit:mailto:amu.admin@stcolumba-health.example",
                "CN=Bríd Kavanagh:mailto:brid.kavanagh@stcolumba-health.example", ME],
               esc("Dear Sam,\n\nYour interview panel: Bríd Kavanagh, Clinical Nurse "
                   "Manager, and Tom Healy, Staff Nurse.\n\nRecruitment Team"))
    got, _ = names(data)
    assert set(got) == {"Bríd Kavanagh", "Tom Healy"}


def test_a_units_mailbox_the_text_gives_as_the_venue_is_no_one() -> None:
    data = ics("Interview - Band 6 Occupational Therapist",
               "CN=Trac Recruitment:mailto:noreply@trac.jobs",
               ["CN=Stroke Rehabilitation Unit:mailto:stroke.rehab@riverside-nhs.example",
                "CN=Gemma Holt:mailto:gemma.holt@riverside-nhs.example", ME],
               esc("Dear Sam,\n\nInterview panel: Gemma Holt (Head OT) and Dr Iain Munro "
                   "(Consultant).\nVenue: Stroke Rehabilitation Unit, Ward 12, Riverside "
                   "Hospital.\n\nRecruitment Team"))
    got, _ = names(data)
    assert set(got) == {"Gemma Holt", "Dr Iain Munro"}


def test_a_sentence_with_a_date_and_a_time_is_no_address() -> None:
    data = ics("Trial shift + chat", "CN=Yusuf Demir:mailto:yusuf@demir-firin.example",
               ["CN=Yusuf Demir:mailto:yusuf@demir-firin.example",
                "CN=Elif Demir:mailto:elif@demir-firin.example", ME],
               esc("Yusuf Demir has invited you to the event: Trial shift + chat, scheduled "
                   "for March 4, 2027 at 6:00 AM (CET). Come by before we open."))
    got, _ = names(data)
    assert set(got) == {"Yusuf Demir", "Elif Demir"}


def test_a_panels_part_written_before_each_name_is_their_title() -> None:
    data = ics("Interview - Senior Policy Officer (Clerk Grade 9/10)",
               "CN=Sarah Nguyen:mailto:sarah.nguyen@health.nsw.gov.example",
               ["CN=Sarah Nguyen:mailto:sarah.nguyen@health.nsw.gov.example",
                "CN=Tom Baker:mailto:tom.baker@health.nsw.gov.example",
                "CN=Lisa Chen:mailto:lisa.chen@dpc.nsw.gov.example", ME],
               esc("Hi Sam,\n\nPanel:\nConvenor – Dr Sarah Nguyen, Director Policy\nMember – "
                   "Tom Baker, Manager Strategy\nIndependent – Lisa Chen, Department of "
                   "Premier and Cabinet\n\nRegards,\nSarah"))
    got, coord = names(data)
    assert set(got) == {"Dr Sarah Nguyen", "Tom Baker", "Lisa Chen"} and coord is None


def test_a_writer_who_says_the_panel_is_them_interviews() -> None:
    data = ics("Interview: Registered Nurse – Ward 7 (Medical)",
               "CN=Aroha Ngata:mailto:aroha.ngata@tewhatuora.example",
               ["CN=Aroha Ngata:mailto:aroha.ngata@tewhatuora.example",
                "CN=Ben Harris:mailto:ben.harris@tewhatuora.example", ME],
               esc("Kia ora Sam,\n\nThe panel is me (Charge Nurse Manager) and Ben Harris "
                   "(Nurse Educator).\n\nNgā mihi,\nAroha"))
    got, coord = names(data)
    assert set(got) == {"Aroha Ngata", "Ben Harris"} and coord is None


def test_when_the_writer_says_it_is_just_them_an_unnamed_attendee_is_not_in_the_room() -> None:
    data = ics("Interview – Line Lead", "CN=Dolores Ruiz:mailto:druiz@pacificpride-foods.example",
               ["CN=Dolores Ruiz:mailto:druiz@pacificpride-foods.example",
                "CN=Astoria Cannery:mailto:astoria.plant@pacificpride-foods.example", ME],
               esc("Hi Sam, looking forward to meeting you at the plant. It'll just be me."
                   "\n\nDolores Ruiz\nPlant HR Manager"))
    got, _ = names(data)
    assert got == ["Dolores Ruiz"]


def test_a_stores_mailbox_is_no_one_whatever_the_text_says() -> None:
    data = ics("Store Interview - Cashier",
               "CN=Store 0452 - Springfield:mailto:store0452@valuemart.example",
               [ME, "CN=Paula Reyes:mailto:preyes@valuemart.example"],
               esc("Hi Sam, please come to the store and ask for Paula Reyes, Store Manager."))
    got, coord = names(data)
    assert got == ["Paula Reyes"] and coord is None


def test_the_employers_own_site_signing_from_its_office_mailbox_is_no_one() -> None:
    data = ics("Interview – Quality Technician",
               "CN=Castletown Cannery:mailto:office@castletown-seafoods.example",
               ["CN=Sean Murphy:mailto:smurphy@castletown-seafoods.example", ME],
               esc("Hi Sam,\n\nYou'll meet Sean Murphy, Site Manager.\n\nCastletown Cannery"))
    got, coord = names(data)
    assert got == ["Sean Murphy"] and coord is None


def test_a_person_whose_mailbox_spells_them_is_kept_beside_a_firm_of_their_name() -> None:
    data = ics("Interview – Editorial Assistant",
               "CN=Harper Lindqvist:mailto:harper.lindqvist@harperlindqvist-books.example",
               ["CN=Harper Lindqvist:mailto:harper.lindqvist@harperlindqvist-books.example",
                ME], esc("Hi Sam, it'll just be me.\n\nHarper"))
    got, _ = names(data)
    assert got == ["Harper Lindqvist"]


def test_an_aside_in_brackets_does_not_hide_whom_the_interview_is_with() -> None:
    data = ics("Kelpie | Data Engineer | Technical Interview",
               "CN=Morag Sinclair:mailto:morag.sinclair@kelpie-data.example",
               ["CN=Ewan Grant:mailto:ewan.grant@kelpie-data.example",
                "CN=Isla Fraser:mailto:isla.fraser@kelpie-data.example", ME],
               esc("Kelpie Data – Data Engineer\n\nTechnical interview (live SQL, about an "
                   "hour) with Ewan Grant and Isla Fraser.\n\nScheduled with Ashby"))
    got, coord = names(data)
    assert set(got) == {"Ewan Grant", "Isla Fraser"} and coord == "Morag Sinclair"
