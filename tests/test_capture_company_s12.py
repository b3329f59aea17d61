"""The employer of an invitation, session 12's round (issue 23, point 1's company): new
invitations written for this round the way other companies, systems and cultures write
them (no fixture's), one general habit per test, and the floors of people_dev25/26."""

from __future__ import annotations

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
