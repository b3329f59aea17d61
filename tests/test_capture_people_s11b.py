"""Who is who in an invitation (issue 23, session 11, second round): the habits behind the
people misses of people_dev18/19 (set 9) and people_dev22/23/24 (set 10), each on an
invitation written for this test (a variant the corpora do not have)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def test_the_employers_name_under_a_signature_is_no_job_title() -> None:
    # a scheduling system sends it; whoever signs for the employer (its one-word name under
    # hers), off the schedule, set it up
    data = ics("Halyard – Product Lead – Interviews",
               "CN=Halyard:mailto:no-reply@ashbyhq.com",
               ["CN=Ruth Amsel:mailto:ruth@halyard.example", ME],
               esc("Hi Sam,\n\nYour interviews with Halyard are booked.\n\n"
                   "10:00 AM – 10:45 AM  Ruth Amsel, Head of Product\n\n"
                   "Best,\nTamsin Oduya\nHalyard"))
    staff, coord = people_of(data)
    assert staff == [("Ruth Amsel", "ruth@halyard.example")]
    assert coord is not None and coord[0] == "Tamsin Oduya"


def test_a_workforce_officer_who_lists_the_panel_set_it_up() -> None:
    data = ics("Ward Manager interview",
               "CN=Petra Lindahl:mailto:p.lindahl@westmere-health.example",
               ["CN=Owen Pryce:mailto:o.pryce@westmere-health.example", ME],
               esc("Dear Sam,\n\nYour interview is confirmed.\n\nInterview panel:\n"
                   "Dr Owen Pryce, Clinical Director\n\nKind regards\nPetra Lindahl\n"
                   "Medical Workforce Adviser"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dr Owen Pryce"]
    assert coord == ("Petra Lindahl", "p.lindahl@westmere-health.example")


def test_a_job_title_written_in_prose_is_no_one_to_thank() -> None:
    # "the position of Senior Midwife Educator – Maternity Services": two capitalised words
    # and a dash, as a name and its title are written, but a job
    data = ics("Interview – Sam Candidate",
               "CN=Hine Walker:mailto:hine.walker@kauri-health.example",
               ["CN=Hine Walker:mailto:hine.walker@kauri-health.example", ME],
               esc("Kia ora Sam,\n\nI am pleased to confirm your interview for the position "
                   "of Senior Midwife Educator – Maternity Services at Kauri Health.\n\n"
                   "Hine Walker"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Hine Walker"]


def test_a_job_and_its_own_language_in_brackets_is_no_one_to_thank() -> None:
    data = ics("Weingut Harlau – 2. Gespräch Sam Candidate",
               "CN=Aroha Ngata:mailto:aroha@harlau-wein.example",
               ["CN=Aroha Ngata:mailto:aroha@harlau-wein.example", ME],
               esc("Second interview – Cellar Technologist (Kellermeister/in)\n"
                   "With Aroha Ngata joining."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Aroha Ngata"]


def test_the_organizer_who_says_you_speak_with_them_is_in_the_interview() -> None:
    # German: "Sie sprechen mit mir (Teamleitung) und …": the writer interviews
    data = ics("Vorstellungsgespräch Disponent – Sam Candidate",
               "CN=Uwe Brandl:mailto:u.brandl@falkenhof-logistik.example",
               ["CN=Ilka Sommer:mailto:i.sommer@falkenhof-logistik.example", ME],
               esc("Hallo Sam,\n\nim ersten Gespräch sprechen Sie mit mir (Teamleitung "
                   "Disposition) und Ilka Sommer (Personalreferentin).\n\nMit freundlichen "
                   "Grüßen\nUwe Brandl\nFalkenhof Logistik GmbH"))
    staff, _ = people_of(data)
    assert "Uwe Brandl" in [n for n, _ in staff]


def test_a_consultant_who_signs_for_a_recruiting_firm_set_it_up() -> None:
    # the agency's line under the signature, not the consultant's own title, says so
    data = ics("Tidewater Ports – Marine Pilot – interview",
               "CN=Keoni Alapa:mailto:keoni@bluefinsearch.example",
               ["CN=Ingrid Solberg:mailto:ingrid.solberg@tidewaterports.example", ME],
               esc("Hi Sam,\n\nTidewater Ports would like to meet you. Ingrid Solberg "
                   "(Harbour Master) will interview you on site.\n\nCheers,\nKeoni Alapa\n"
                   "Principal Consultant\nBluefin Search & Recruitment"))
    staff, coord = people_of(data)
    assert staff == [("Ingrid Solberg", "ingrid.solberg@tidewaterports.example")]
    assert coord == ("Keoni Alapa", "keoni@bluefinsearch.example")


def test_a_manager_who_signs_for_a_company_that_sells_recruiting_software_may_interview() -> None:
    # the same words inside a sentence are no signature
    data = ics("Senior Engineer – Sam Candidate",
               "CN=Keoni Alapa:mailto:keoni@hireloop.example",
               ["CN=Keoni Alapa:mailto:keoni@hireloop.example", ME],
               esc("Hi Sam,\n\nLooking forward to it.\n\nKeoni Alapa is our CTO and builds "
                   "recruiting tools.\nThanks"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Keoni Alapa"]


def test_a_list_labelled_with_whose_side_its_people_are_on_is_the_panel() -> None:
    # "Participants from …:" / "Teilnehmer seitens der … GmbH:": all of them interview
    data = ics("Interview: Prozessingenieur (m/w/d)",
               "CN=Dr. Anke Rauch:mailto:anke.rauch@lindwerk.example",
               ["CN=Timo Berger:mailto:timo.berger@lindwerk.example", ME],
               esc("Guten Tag,\n\nwir laden Sie gerne ein. Teilnehmer seitens der Lindwerk "
                   "Anlagenbau AG: Dr. Anke Rauch (Leiterin Verfahrenstechnik) und Timo Berger "
                   "(Personalreferent).\n\nMit freundlichen Grüßen\nAnke Rauch"))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Dr. Anke Rauch", "Timo Berger"]
    assert coord is None


def test_the_scheduling_systems_line_after_a_signature_is_no_recruiting_firm() -> None:
    data = ics("Interview: Data Engineer - Sam Candidate",
               "CN=Mele Fonua:mailto:mele@ngaru.example",
               ["CN=Mele Fonua:mailto:mele@ngaru.example",
                "CN=Sione Taufa:mailto:sione@ngaru.example", ME],
               esc("Hi Sam,\n\nSione and I will work through a pipeline exercise with you.\n\n"
                   "Mele Fonua\nHead of Data, Ngaru Ltd\n\nScheduled with GoodTime"))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Mele Fonua", "Sione Taufa"]
    assert coord is None


def test_a_name_in_its_own_script_then_in_latin_letters_is_one_person() -> None:
    # "Иван Петров (Ivan Petrov)": the brackets spell the same name, no job title
    data = ics("Interview – Sam Candidate",
               "CN=Ivan Petrov:mailto:i.petrov@severtrans.example", [ME],
               esc("Interviewers: Иван Петров (Ivan Petrov), Olga Smirnova (Fleet Manager)"))
    staff, _ = people_of(data)
    assert sorted(staff) == [("Ivan Petrov", "i.petrov@severtrans.example"),
                             ("Olga Smirnova", None)]


def test_a_booking_systems_staff_field_names_who_the_candidate_meets() -> None:
    data = ics("Interview - Dispensing Assistant",
               "CN=Harbourside Careers:mailto:bookings@harbourside-chemist.example", [ME],
               esc("Your appointment with Harbourside Chemist is confirmed.\n\n"
                   "Service: Interview - Dispensing Assistant\nStaff: Priya Raman\n\n"
                   "To reschedule use the link in your confirmation."))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Priya Raman"]


def test_a_welcome_slot_in_another_language_is_the_organisers_not_an_interview() -> None:
    data = ics("Sollicitatie: Sam Candidate – Productieleider",
               "CN=\"de Graaf, Sanne\":mailto:sanne.degraaf@vlietmolen.example",
               ["CN=\"Bakker, Joost\":mailto:joost.bakker@vlietmolen.example", ME],
               esc("09:00 – 09:15  Welkom – Sanne de Graaf (Talent Partner)\n"
                   "09:15 – 10:00  Joost Bakker, Plant Manager"))
    staff, coord = people_of(data)
    assert staff == [("Joost Bakker", "joost.bakker@vlietmolen.example")]
    assert coord == ("Sanne de Graaf", "sanne.degraaf@vlietmolen.example")


def test_a_calendar_hold_for_a_day_sent_by_people_and_culture_names_no_interviewer() -> None:
    # the day is held; who the candidate meets comes later: the sender set it up
    data = ics("Site visit – Warehouse Supervisor – Kea Freight",
               "CN=Ani Rangi:mailto:ani.rangi@keafreight.example",
               ["CN=Ani Rangi:mailto:ani.rangi@keafreight.example", ME],
               esc("Kia ora Sam,\n\nThis is a calendar hold for your site visit at our "
                   "Wiri depot. Expect to meet the operations team.\n\nNgā mihi,\nAni Rangi\n"
                   "People & Culture Advisor"))
    staff, coord = people_of(data)
    assert staff == []
    assert coord == ("Ani Rangi", "ani.rangi@keafreight.example")
