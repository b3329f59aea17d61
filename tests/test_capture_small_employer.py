"""Small employers and public institutions (issue 23, session 13): whoever keeps the office
books the owner's interviews, a name of a body or a household is nobody, a booking tool's
domain is never the employer, and the candidate is never the company. Each invitation is
written for this test the way another business, system or country would write the same
thing (none is copied from people_dev35..37)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.invitations import read
from followup.capture.propose import Known, propose
from followup.capture.small_employer import body_not_person, keeps_the_office, not_the_employer

OWN = frozenset({"sam@gmail.com"})


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def company_of(data: bytes) -> str:
    return propose(read(data, "UTC")[0], OWN, Known((), {})).company.value


def test_a_practice_manager_who_books_the_dentists_is_the_coordinator() -> None:
    data = ics("Interview: Dental Assistant",
               "CN=Moana Tipene:mailto:moana.tipene@harbourdental.example",
               ["CN=Ioana Popescu:mailto:ioana.popescu@harbourdental.example",
                "CN=Farid Haddad:mailto:farid.haddad@harbourdental.example", ME],
               esc("Kia ora Sam,\n\nYou will meet Dr Ioana Popescu and Dr Farid Haddad. "
                   "Please arrive ten minutes early.\n\nNgā mihi\nMoana Tipene\n"
                   "Practice Manager\nHarbour Dental"))
    staff, coord = names(data)
    assert coord == "Moana Tipene" and "Moana Tipene" not in staff
    assert len(staff) == 2


def test_an_office_manager_on_private_mail_books_the_owner() -> None:
    data = ics("Interview w/ Dermot - Plumber's Apprentice",
               "CN=Siobhan Byrne:mailto:siobhan.byrne82@gmail.com",
               ["CN=Dermot Keane:mailto:dermot@keaneplumbing.example", ME],
               esc("Hi Sam,\n\nDermot would like to meet you at the yard. Bring your "
                   "Safe Pass card.\n\nThanks,\nSiobhan\nOffice Manager, Keane & Sons "
                   "Plumbing"))
    staff, coord = names(data)
    assert staff == ["Dermot Keane"] and coord == "Siobhan Byrne"


def test_a_hotels_front_office_manager_on_the_panel_still_interviews() -> None:
    assert not keeps_the_office("Front Office Manager")
    assert keeps_the_office("Practice Manager | Riverbend Vets")
    assert not keeps_the_office("Senior Systems Administrator")


def test_a_family_mailbox_is_nobody_to_thank() -> None:
    data = ics("Interview - Farm Hand (seasonal)",
               "CN=Mwangi Family:mailto:mwangifamily@yahoo.com",
               ["CN=Mwangi Family:mailto:mwangifamily@yahoo.com", ME],
               esc("Hi Sam, you'll meet Joseph Mwangi (owner) at the packing shed. "
                   "Wear boots.\n\n- Wanjiru"))
    staff, _ = names(data)
    assert "Mwangi Family" not in staff


def test_an_office_of_an_institution_is_no_person() -> None:
    data = ics("Candidate Interview – Library Technician II",
               "CN=Human Resources Office:mailto:hr.office@pinevalleycounty.example",
               ["CN=Ortega\\, Lucia:mailto:lortega@pinevalleycounty.example", ME],
               esc("Dear Sam,\n\nYour panel interview is with Lucia Ortega (Branch "
                   "Supervisor).\n\nPine Valley County Human Resources"))
    staff, coord = names(data)
    assert "Human Resources Office" not in staff and coord != "Human Resources Office"
    assert body_not_person("Pediatric Intensive Care Unit")
    assert body_not_person("Bayview Library Board")
    assert not body_not_person("Grace Hall")
    assert body_not_person("Fern & Fig", "Fern and Fig")


def test_a_booking_tools_domain_yields_to_the_business_it_sends_for() -> None:
    data = ics("Working interview - Pet Groomer",
               "CN=Fern & Fig Grooming:mailto:noreply@vagaro.com", [ME],
               esc("Appointment: Working interview - Pet Groomer\nStaff: Priya Nair\n"
                   "Fern & Fig Grooming\n0412 555 018\nPowered by Vagaro"))
    assert company_of(data) != "Vagaro"


def test_the_candidate_is_never_the_company() -> None:
    data = ics("Trial shift – Sam C (Line Cook)",
               "CN=Arturo Villanueva:mailto:arturo.villanueva71@gmail.com",
               ["CN=Arturo Villanueva:mailto:arturo.villanueva71@gmail.com", ME],
               esc("Trial shift for the line cook job. Bring non-slip shoes.\n\nArturo"))
    assert company_of(data) != "Sam C"
    assert not_the_employer("Sam C.", ["Sam Candidate"])
    assert not_the_employer("FW", ["Sam Candidate"])
    assert not not_the_employer("Samsara Foods", ["Sam Candidate"])


def test_an_institutions_name_is_taken_whole_from_its_signature() -> None:
    data = ics("Panel Interview: Payroll Technician",
               "CN=Mbeki\\, Thandiwe:mailto:tmbeki@harlancounty.example",
               ["CN=Ruiz\\, Pablo:mailto:pruiz@harlancounty.example", ME],
               esc("Good morning Sam,\n\nYour panel will be Pablo Ruiz, Payroll "
                   "Supervisor.\n\nRespectfully,\nThandiwe Mbeki\nPersonnel Analyst\n"
                   "Harlan County Office of Parks and Recreation Services\n"
                   "(555) 555-0100"))
    assert company_of(data) == "Harlan County Office of Parks and Recreation Services"
    assert names(data) == (["Pablo Ruiz"], "Thandiwe Mbeki")  # a personnel analyst books it
    data = ics("Interview – Teacher Librarian",
               "CN=Deng\\, Wei:mailto:wei.deng@kwdsb9.example",
               ["CN=Okoro\\, Ify:mailto:ify.okoro@kwdsb9.example", ME],
               esc("Thank you for applying to Kettle Woods District School Board. You will "
                   "meet Ify Okoro (Principal).\n\nWei Deng\nHuman Resources Officer, "
                   "Kettle Woods District School Board No. 9"))
    assert company_of(data) == "Kettle Woods District School Board No. 9"


def test_a_team_or_careers_line_after_the_name_is_not_the_name_in_full() -> None:
    from followup.capture.small_employer import _institution_words

    assert not _institution_words(["Careers"])
    assert not _institution_words(["Support", "Center"])
    assert not _institution_words(["APAC"])
    assert _institution_words(["Community", "College"])
    assert _institution_words(["School", "Division", "No.", "47"])
    assert _institution_words(["&", "Health", "Network"])


def test_a_refused_company_asks_the_next_source() -> None:
    data = ics("Trial shift – Sam C (Line Cook)",
               "CN=Arturo Villanueva:mailto:arturo.villanueva71@gmail.com",
               ["CN=Arturo Villanueva:mailto:arturo.villanueva71@gmail.com", ME],
               esc("Trial shift for the Line Cook position at Ember & Salt Kitchen. Bring "
                   "non-slip shoes.\n\nArturo"))
    assert company_of(data) == "Ember & Salt Kitchen"


def test_a_person_the_title_names_is_not_the_company_and_the_diary_keeper_books() -> None:
    data = ics("Sam - kitchen porter trial w/ Kofi",
               "CN=Efua Mensah:mailto:efuamensah@yahoo.com",
               ["CN=Efua Mensah:mailto:efuamensah@yahoo.com", ME],
               esc("Hi Sam, Kofi will do the interview, I only keep the diary. Come to the "
                   "back door.\n\nEfua\nAsanteman Chop Bar\n020 555 0188"))
    assert company_of(data) == "Asanteman Chop Bar"
    staff, coord = names(data)
    assert coord == "Efua Mensah" and "Efua Mensah" not in staff  # "I only keep the diary"


def test_the_owner_who_forwards_a_booking_tools_mail_is_not_the_candidate() -> None:
    data = ics("Interview - Dog Groomer with Thabo Nkosi",
               "CN=Pawsome Parlour:mailto:noreply@booksy.example",
               ["CN=Thabo Nkosi:mailto:thabo.nkosi.grooms@gmail.com"],
               esc("Appointment: Interview - Dog Groomer (45 min)\nStaff: Thabo Nkosi\n"
                   "Pawsome Parlour\n12 Long St, Cape Town"))
    staff, _ = names(data)
    assert staff == ["Thabo Nkosi"]


def test_the_field_after_the_jobs_colon_is_no_one_to_thank() -> None:
    data = ics("Interview: Grants Officer: Community Health",
               "CN=Hiring Team:mailto:scheduling@goodtime.io", [ME],
               esc("Grants Officer: Community Health\n"
                   "10:00 AM – 10:45 AM  Rangi Parata, Programme Director\n"
                   "10:45 AM – 11:30 AM  Ayesha Siddiqui, Finance Lead"))
    staff, _ = names(data)
    assert "Community Health" not in staff
    assert "Rangi Parata" in staff and "Ayesha Siddiqui" in staff


def test_the_town_of_the_address_is_never_the_employer() -> None:
    from followup.capture.small_employer import the_town

    assert the_town("Red Deer AB", "4910 45 St, Red Deer AB")
    assert the_town("Bozeman, MT", "City Hall, 121 N Rouse Ave., Bozeman, MT")
    assert not the_town("Klarvik AB", "Klarvik AB, Storgatan 4")
    data = ics("Oral Board Interview – Utility Billing Clerk",
               "CN=Town of Pine Bluff Ridge:mailto:noreply@governmentjobs.com", [ME],
               esc("Oral board panel:\n  Marisol Quintero, Finance Director\n\nQuestions: "
                   "jobs@pinebluffridge.example"))
    data = data.replace(b"END:VEVENT", b"LOCATION:Town Hall\\, 200 Main St.\\, Pine Bluff "
                                       b"Ridge\\, WY\r\nEND:VEVENT")
    assert company_of(data) != "Pine Bluff Ridge, WY"


def test_a_short_form_signing_the_letter_is_the_interviewer_herself() -> None:
    data = ics("Phone Screen: Sam Candidate <> Bartholomew Ngata",
               "CN=Bartholomew Ngata:mailto:bngata@kahuhousing.example",
               ["CN=Bartholomew Ngata:mailto:bngata@kahuhousing.example", ME],
               esc("Phone screen for Tenancy Manager at Kahu Housing Trust.\n"
                   "Bartholomew Ngata (Recruiter) will call you on the number you gave.\n\n"
                   "Thanks,\nBart"))
    staff, coord = names(data)
    assert coord != "Bart"
    assert staff == ["Bartholomew Ngata"] or coord == "Bartholomew Ngata"


def test_the_owner_signs_with_the_shops_whole_name() -> None:
    from followup.capture.small_employer import signed_business

    data = ics("Bakery: Early Shift Baker – chat",
               "CN=Giulia Romano:mailto:giulia.romano.forno@gmail.com",
               ["CN=Giulia Romano:mailto:giulia.romano.forno@gmail.com", ME],
               esc("Ciao Sam, come to the back door at 6. We can talk while the bread "
                   "proves.\n\nGiulia Romano\nForno Romano Artisan Bakery\n"))
    inv = read(data, "UTC")[0]
    assert signed_business("Bakery", inv) == "Forno Romano Artisan Bakery"
    assert signed_business("Artisan Bakery", inv) == "Forno Romano Artisan Bakery"
    assert signed_business("Forno Romano", inv) == "Forno Romano Artisan Bakery"
    assert signed_business("Romano Bakes", inv) == ""
    data = ics("Interview – Account Executive",
               "CN=Lerato Dube:mailto:lerato.dube@gmail.com",
               ["CN=Lerato Dube:mailto:lerato.dube@gmail.com", ME],
               esc("Hi Sam, looking forward to it.\n\nLerato Dube\nUmoya Talent Team\n"))
    assert signed_business("Umoya", read(data, "UTC")[0]) == ""  # a team, not the name


def test_a_households_mailbox_is_nobody_from_the_start() -> None:
    from followup.capture.people import classify

    data = ics("Interview: Receptionist",
               "CN=The Patel Family:mailto:thepatels@hotmail.com",
               ["CN=The Patel Family:mailto:thepatels@hotmail.com", ME],
               esc("Hi Sam, see you at the surgery.\n\nPriya (practice admin)\n"
                   "Patel Family Dental"))
    kinds = {s.email: s.kind for s in classify(read(data, "UTC")[0], OWN)}
    assert kinds["thepatels@hotmail.com"] == "relay"
    assert company_of(data) == "Patel Family Dental"
