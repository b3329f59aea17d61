"""Who is who in an invitation (issue 23, session 11): the habits behind people_dev20/21's
misses, each on an invitation written for this test (a variant the corpora do not have), and
the organizer who is not an attendee."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics, kinds
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.mentions import mentions


def test_a_title_after_the_address_in_brackets_is_the_persons() -> None:
    # "Name (address), Title": the brackets hold the address, the title comes after them
    data = ics("Interview day – Hydrographic Surveyor",
               "CN=Survey Interviews:mailto:c_8a1b2c3d4e5f@group.calendar.google.com",
               ["CN=Tomasz Wrona:mailto:t.wrona@saltmarsh-survey.example", ME],
               esc("Agenda\n10:00 – 11:00  Tomasz Wrona, Chief Surveyor\n\n"
                   "Anything else: Kalani Akana (kalani.akana@saltmarsh-survey.example), "
                   "Talent Coordinator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Tomasz Wrona"]
    assert coord == ("Kalani Akana", "kalani.akana@saltmarsh-survey.example")


def test_scheduled_on_behalf_of_the_employer_is_no_client_booking() -> None:
    # a scheduling system's line says whose account booked it; the founder still interviews
    data = ics("Bellbird Coffee – Roastery Manager – Sam Candidate",
               "CN=Ana Folau:mailto:ana@bellbirdcoffee.example",
               ["ROLE=CHAIR;CN=Ana Folau:mailto:ana@bellbirdcoffee.example",
                "CN=Wiremu Hale:mailto:wiremu@halecounsel.example", ME],
               esc("Roastery Manager – a conversation with Ana Folau (Founder) and Wiremu "
                   "Hale (Adviser, Operations)\n\nBooked through Ashby on behalf of Bellbird "
                   "Coffee."))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Ana Folau", "Wiremu Hale"]
    assert coord is None


def test_an_agency_booking_on_behalf_of_a_client_still_makes_the_writer_coordinator() -> None:
    data = ics("Interview – Roastery Manager",
               "CN=Leon Marsh:mailto:leon@marsh-search.example",
               ["CN=Ana Folau:mailto:ana@bellbirdcoffee.example", ME],
               esc("Hi Sam,\n\nOn behalf of my client I have arranged your interview with "
                   "Ana Folau.\n\nLeon Marsh"))
    staff, coord = people_of(data)
    assert staff == [("Ana Folau", "ana@bellbirdcoffee.example")]
    assert coord == ("Leon Marsh", "leon@marsh-search.example")


def test_a_name_longer_than_its_job_title_allows_is_read_whole() -> None:
    # a job title in front and a three-word name: "Deputy Head Teacher Aisling Nic Giolla"
    data = ics("Interview – Year 4 Class Teacher",
               "CN=Riverside Primary School:mailto:noreply@teachvac.example", [ME],
               esc("Riverside Primary School\n\nYou will meet Head Teacher Colm Ó Briain "
                   "and Deputy Head Teacher Aisling Nic Giolla Phádraig.\n\nPlease do not "
                   "reply to this message."))
    staff, _ = people_of(data)
    assert sorted(n for n, _ in staff) == ["Aisling Nic Giolla Phádraig", "Colm Ó Briain"]


def test_an_initial_inside_an_abbreviation_starts_no_name() -> None:
    # "… Holding N.V. Femke Jansen …": the "V." of the legal form is no initial of hers
    found = mentions("Welkom bij Dijkstra Holding N.V. Femke Jansen (HR) neemt ook deel.\n"
                     "Of: bij S.A. Inês Rocha, Directora.")
    assert [m.name for m in found] == ["Femke Jansen", "Inês Rocha"]


def test_a_field_of_whom_the_interview_is_with_lists_them() -> None:
    # "Interview with:" as an applicant-tracking system writes it, a title before each name
    data = ics("Interview - Grade 3 Teacher",
               "CN=Harlow Valley Schools:mailto:donotreply@icims.com", [ME],
               esc("Harlow Valley Schools\n\nInterview with: Vice Principal Ruairí Ó "
                   "Floinn and Maths Lead Ama Boateng-Osei\nLocation: Main Office"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Ruairí Ó Floinn", "Ama Boateng-Osei"]
    assert coord is None


def test_a_committee_lists_its_members_and_an_honorific_is_no_title() -> None:
    data = ics("Interview – Lecturer in Hydrology",
               "CN=Faculty HR:mailto:hr-zoom@tarnbeck-uni.example", [ME],
               esc("Interview: Lecturer in Hydrology\n\nCommittee: Prof. Agnes Holt (chair), "
                   "Dr. Baraka Otieno, Dr. Selin Aydın-Kaya\n\nPlease prepare a 15-minute "
                   "talk."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Prof. Agnes Holt", "Dr. Baraka Otieno",
                                     "Dr. Selin Aydın-Kaya"]
    assert coord is None


def test_an_organizer_left_off_the_attendees_without_any_cue_still_interviews() -> None:
    # Outlook and hand-made tools leave the organizer off the ATTENDEE list: in the corpora,
    # every organizer not listed as an attendee, with no title and no word of the text about
    # them, interviews (15 of 15 with others attending; 8 of 8 alone). Not attending is no
    # rule of its own.
    data = ics("Interview – Joinery Estimator",
               "CN=Rhodri Pugh:mailto:rhodri@pughjoinery.example",
               ["CN=Bethan Pugh:mailto:bethan@pughjoinery.example", ME])
    got = kinds(data)
    assert got["Rhodri Pugh"] == "interviewer" and got["Bethan Pugh"] == "interviewer"


def test_an_organizer_left_off_the_attendees_with_a_recruiting_title_coordinates() -> None:
    data = ics("Interview – Joinery Estimator",
               "CN=\"Rhodri Pugh, People Partner\":mailto:rhodri@pughjoinery.example",
               ["CN=Bethan Pugh:mailto:bethan@pughjoinery.example", ME])
    got = kinds(data)
    assert got["Rhodri Pugh"] == "coordinator" and got["Bethan Pugh"] == "interviewer"


def test_an_organizer_relay_or_shared_mailbox_off_the_attendees_is_nobody() -> None:
    for organizer in ("CN=Pugh Joinery Hiring:mailto:hiring@pughjoinery.example",
                      "CN=Greenhouse:mailto:no-reply@greenhouse.io",
                      "CN=Careers:mailto:careers@pughjoinery.example"):
        data = ics("Interview – Joinery Estimator", organizer,
                   ["CN=Bethan Pugh:mailto:bethan@pughjoinery.example", ME])
        staff, coord = people_of(data)
        assert staff == [("Bethan Pugh", "bethan@pughjoinery.example")], organizer
        assert coord is None, organizer


def test_an_organizer_left_off_the_attendees_and_off_the_list_of_interviewers_coordinates() -> None:
    # the rule that is right for an organizer who does not attend: the description lists
    # who interviews, and the organizer is not among them
    data = ics("Interview – Joinery Estimator",
               "CN=Rhodri Pugh:mailto:rhodri@pughjoinery.example",
               ["CN=Bethan Pugh:mailto:bethan@pughjoinery.example",
                "CN=Owain Rees:mailto:owain@pughjoinery.example", ME],
               esc("Interviewers: Bethan Pugh (Estimating Manager) and Owain Rees (Site "
                   "Lead)\n\nRhodri Pugh"))
    got = kinds(data)
    assert got["Rhodri Pugh"] == "coordinator"
    assert got["Bethan Pugh"] == got["Owain Rees"] == "interviewer"


@pytest.mark.parametrize(("said", "sits_in"), [
    ("Greta Berg (HR) will also sit in.", True),
    ("Greta Berg (HR) will also be present.", True),
    ("Greta Berg from HR will join the interview.", True),
    ("Greta Berg, our HR Business Partner, will be joining the panel.", True),
    ("Greta Berg from HR will join us to say hello.", False),
    ("Greta Berg (People Partner) will be there at the start to welcome you.", False),
    ("Greta Berg (HR) will join us briefly at the start to say hello.", False),
])
def test_whether_someone_from_hr_sits_in_is_what_the_sentence_says(said: str,
                                                                    sits_in: bool) -> None:
    data = ics("Second interview – Warehouse Team Lead",
               "CN=\"Lindqvist, Oskar\":mailto:oskar.lindqvist@fjallhamn.example",
               ["CN=\"Berg, Greta\":mailto:greta.berg@fjallhamn.example", ME],
               esc(f"Hi Sam,\n\n{said}\n\nBest regards,\nOskar Lindqvist\nSite Manager"))
    got = kinds(data)
    assert got["Oskar Lindqvist"] == "interviewer"
    assert got["Greta Berg"] == ("interviewer" if sits_in else "coordinator")


def test_a_label_with_a_count_in_brackets_heads_its_list() -> None:
    data = ics("Interview – Lecturer in Hydrology",
               "CN=Faculty HR:mailto:hr-zoom@tarnbeck-uni.example", [ME],
               esc("Panel (3): Prof. Agnes Holt (chair), Dr. Baraka Otieno, Dr. Selin Aydin"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Prof. Agnes Holt", "Dr. Baraka Otieno", "Dr. Selin Aydin"]


def test_a_list_in_prose_parted_by_commas_is_one_list() -> None:
    data = ics("Interview – Lecturer in Hydrology",
               "CN=Faculty HR:mailto:hr-zoom@tarnbeck-uni.example", [ME],
               esc("Dear Sam,\n\nYou will meet Dr. Agnes Holt, Dr. Baraka Otieno and Prof. "
                   "Selin Aydin on the day."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Dr. Agnes Holt", "Dr. Baraka Otieno", "Prof. Selin Aydin"]


def test_everyone_the_interview_is_said_to_be_with_is_met_whatever_their_title() -> None:
    # a peer who holds the very job applied for is still a person met, not the job's words
    data = ics("Interview – Housing Officer",
               "CN=Recruitment:mailto:recruitment@tarnside-council.example", [ME],
               esc("Your interview will be with Jane Doe, Head of Housing, and Kofi Mensah, "
                   "Housing Officer."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Jane Doe", "Kofi Mensah"]


def test_a_doctors_or_professors_title_written_without_a_full_stop_is_kept() -> None:
    data = ics("Interview – Payroll Analyst",
               "CN=Priya Natarajan:mailto:priya@tallowmere.example",
               ["CN=Jane Doe:mailto:jane@tallowmere.example",
                "CN=Kofi Mensah:mailto:kofi@tallowmere.example", ME],
               esc("Hi Sam,\n\nYou'll speak with Dr Jane Doe and Prof Kofi Mensah.\n\nThanks,\n"
                   "Priya Natarajan"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dr Jane Doe", "Prof Kofi Mensah"]
    assert coord == ("Priya Natarajan", "priya@tallowmere.example")


def test_a_writer_who_only_pops_in_to_introduce_coordinates() -> None:
    data = ics("Interview – Payroll Analyst",
               "CN=Priya Natarajan:mailto:priya@tallowmere.example",
               ["CN=Jane Doe:mailto:jane@tallowmere.example", ME],
               esc("Hi Sam,\n\nJane will interview you; I'll pop in at the start to "
                   "introduce you both.\n\nPriya Natarajan"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane@tallowmere.example")]
    assert coord == ("Priya Natarajan", "priya@tallowmere.example")


def test_a_title_after_the_address_between_commas_is_the_persons() -> None:
    data = ics("Final round – Payroll Analyst", "CN=Hiring:mailto:no-reply@greenhouse.io",
               ["CN=Jane Doe:mailto:jane@tallowmere.example", ME],
               esc("Interviewer: Jane Doe\nQuestions? Priya Natarajan, "
                   "priya@tallowmere.example, Talent Partner"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane@tallowmere.example")]
    assert coord == ("Priya Natarajan", "priya@tallowmere.example")


@pytest.mark.parametrize("aside", [
    "The role reports to Kofi Mensah, Head of Payroll.",
    "Kofi Mensah, Head of Payroll, is on annual leave that week.",
    "Kofi Mensah (Head of Payroll) can't make it, so Jane will cover.",
])
def test_someone_the_text_says_takes_no_part_is_no_interviewer(aside: str) -> None:
    data = ics("Interview – Payroll Analyst",
               "CN=Priya Natarajan:mailto:priya@tallowmere.example",
               ["CN=Jane Doe:mailto:jane@tallowmere.example", ME],
               esc(f"Hi Sam,\n\nJane Doe will interview you. {aside}\n\nPriya Natarajan\n"
                   "Recruiter"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane@tallowmere.example")]
    assert coord == ("Priya Natarajan", "priya@tallowmere.example")


def test_the_one_the_job_reports_to_and_whom_the_candidate_meets_interviews() -> None:
    data = ics("Interview – Payroll Analyst",
               "CN=Priya Natarajan:mailto:priya@tallowmere.example", [ME],
               esc("Hi Sam,\n\nThe role reports to Kofi Mensah, Head of Payroll, whom you will "
                   "meet on the day.\n\nPriya Natarajan\nRecruiter"))
    staff, _ = people_of(data)
    assert staff == [("Kofi Mensah", None)]


def test_pronouns_in_capitals_are_no_part_of_a_display_name() -> None:
    from followup.capture.people import display_name

    assert display_name("Dr. Amara Okafor (She/Her) | Director of Data") == (
        "Dr. Amara Okafor", "Director of Data")


def test_whom_an_interview_is_with_after_any_article_is_met() -> None:
    # the scheduling system's user who booked it, named on its relay, is not the one met
    data = ics("Interview – Payroll Analyst – Tallowmere",
               "CN=Priya Natarajan:mailto:no-reply@hire.lever.co", [ME],
               esc("Sam, you're confirmed for a video interview with Jane Doe and Kofi "
                   "Mensah."))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", None), ("Kofi Mensah", None)]
    assert coord == ("Priya Natarajan", None)


def test_someone_said_to_have_scheduled_this_interview_coordinates() -> None:
    data = ics("Interview – Payroll Analyst – Tallowmere",
               "CN=Tallowmere Hiring:mailto:no-reply@greenhouse.io",
               ["CN=Jane Doe:mailto:jane@tallowmere.example", ME],
               esc("Phone interview with Jane Doe\n\nPriya Natarajan has arranged this call; "
                   "write to priya.natarajan@tallowmere.example with any questions."))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane@tallowmere.example")]
    assert coord == ("Priya Natarajan", "priya.natarajan@tallowmere.example")


@pytest.mark.parametrize(("said", "names"), [
    ("You will meet Partners Amy Lee and Tom Hale.", ["Amy Lee", "Tom Hale"]),
    ("Chair: Dr Amy Lee\nMembers: Tom Hale, Ngaio Parata", ["Dr Amy Lee", "Tom Hale",
                                                             "Ngaio Parata"]),
    ("Amy Lee, Managing Partner and Tom Hale, Senior Associate will interview you.",
     ["Amy Lee", "Tom Hale"]),
])
def test_the_people_a_law_firms_or_a_councils_letter_names(said: str,
                                                            names: list[str]) -> None:
    data = ics("Interview – Trainee Solicitor",
               "CN=Graduate Recruitment:mailto:graduates@hale-lee.example", [ME], esc(said))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == names
    assert coord is None


def test_an_agent_whose_candidate_is_meeting_someone_else_coordinates() -> None:
    data = ics("Interview – Band 6 Physiotherapist",
               "CN=Rory McAllister:mailto:rory@caldersearch.example", [ME],
               esc("Hi Sam, you're meeting Jane Doe (Therapies Lead) at Westgate. I'll call "
                   "you afterwards for feedback.\nRory"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", None)]
    assert coord == ("Rory McAllister", "rory@caldersearch.example")


@pytest.mark.parametrize("said", [
    "Callum and I look forward to meeting you.",
    "Our office manager, Isla, will show you in; Callum Fraser and I will then interview you.",
    "It will be a relaxed chat with me and Callum.",
])
def test_someone_paired_with_the_writer_is_in_the_meeting(said: str) -> None:
    data = ics("Interview – Bookkeeper",
               "CN=Morag Sutherland:mailto:morag@sutherlandfraser.example", [ME],
               esc(f"Hi Sam,\n\n{said}\n\nMorag"))
    staff, coord = people_of(data)
    assert [n.split()[0] for n, _ in staff] == ["Morag", "Callum"]
    assert coord is None


def test_the_writers_partner_named_by_a_short_name_is_the_attendee() -> None:
    # "Lan" of a name written family name first; "Emeka" of Chukwuemeka at emeka@
    data = ics("Interview – Bookkeeper",
               "CN=Morag Sutherland:mailto:morag@sutherlandfraser.example",
               ["CN=Nguyen Thi Lan:mailto:lan.nguyen@sutherlandfraser.example",
                "CN=Chukwuemeka Obi:mailto:emeka@sutherlandfraser.example", ME],
               esc("Hi Sam,\n\nLan and I will see you at ten; Emeka and I will show you the "
                   "books after lunch. As Sam and I discussed, bring ID.\n\nMorag"))
    staff, _ = people_of(data)
    assert sorted(n for n, _ in staff) == ["Chukwuemeka Obi", "Morag Sutherland",
                                           "Nguyen Thi Lan"]


def test_the_one_labelled_for_logistics_coordinates() -> None:
    data = ics("Interview – Payroll Analyst", "CN=Tallowmere:mailto:no-reply@goodtime.io",
               ["CN=Jane Doe:mailto:jane@tallowmere.example", ME],
               esc("Interviewer: Jane Doe\nLogistics: Priya Natarajan "
                   "(priya@tallowmere.example)"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane@tallowmere.example")]
    assert coord == ("Priya Natarajan", "priya@tallowmere.example")


@pytest.mark.parametrize(("summary", "said", "holds_it"), [
    # the recruiter holds the day in the diary; who interviews will be sent later
    ("Onsite day – Graduate Quantity Surveyor", "Please hold this day. The interview schedule "
     "and panel names are to follow next week.", False),
    ("Final round – Graduate Quantity Surveyor", "I've blocked out the afternoon for your final "
     "round; I'll confirm who you're meeting once the panel is settled.", False),
    # … not a recruiter's own call, nor a screen, whatever is said to follow
    ("Intro call – Graduate Quantity Surveyor", "Looking forward to our chat.", True),
    ("Recruiter screen – Graduate Quantity Surveyor", "A short call first; the panel names for "
     "the later rounds will follow.", True),
])
def test_a_lone_recruiter_holds_the_meeting_unless_its_people_are_to_follow(
        summary: str, said: str, holds_it: bool) -> None:
    data = ics(summary, "CN=Moana Tipene:mailto:moana.tipene@kahikatea-build.example", [ME],
               esc(f"Hi Sam,\n\n{said}\n\nMoana Tipene\nRecruitment"))
    staff, coord = people_of(data)
    moana = ("Moana Tipene", "moana.tipene@kahikatea-build.example")
    assert (staff, coord) == (([moana], None) if holds_it else ([], moana))


@pytest.mark.parametrize("said", [
    "Here's the invite for your interview at Westgate with Jane Doe (Head of Therapies).",
    "Jane Doe from Westgate will call you at 2pm.",
])
def test_an_agents_invitation_for_a_client_interviewer_makes_the_agent_coordinator(
        said: str) -> None:
    # the consultant of another organisation than the one met sets it up
    data = ics("Interview – Band 6 Physiotherapist – Westgate",
               "CN=Rory McAllister | Calder Search:mailto:rory@caldersearch.example",
               ["CN=Jane Doe:mailto:jane.doe@westgate-nhs.example", ME],
               esc(f"Hi Sam,\n\n{said}\n\nRory McAllister\nPrincipal Consultant – Healthcare"))
    staff, coord = people_of(data)
    assert staff == [("Jane Doe", "jane.doe@westgate-nhs.example")]
    assert coord == ("Rory McAllister", "rory@caldersearch.example")


def test_a_manager_of_the_same_organisation_off_the_schedule_still_interviews() -> None:
    # (the same organisation under another domain of its own is no outsider)
    data = ics("Interview – Payroll Analyst",
               "CN=Kofi Mensah:mailto:kofi.mensah@tallowmere.com",
               ["CN=Jane Doe:mailto:jane.doe@mail.tallowmere.co.uk", ME],
               esc("Hi Sam,\n\nYour interview at our Leeds office with Jane Doe (Payroll "
                   "Manager).\n\nKofi Mensah\nFinance Director"))
    staff, coord = people_of(data)
    assert ("Kofi Mensah", "kofi.mensah@tallowmere.com") in staff and coord is None
