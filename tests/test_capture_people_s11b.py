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
