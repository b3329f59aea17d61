"""The employer of an invitation, session 10's second round (issue 23, point 1's company):
general habits behind people_dev16/17's misses, each with a new example (no fixture's)."""

from __future__ import annotations

from tests.test_capture_company import company


def test_the_descriptions_copy_of_the_title_confirms_none_of_its_pieces() -> None:
    # a scheduler repeats the title under a label; the bracketed town is no employer when
    # the domain spells one the file writes
    assert company("Kitchen Leadership Interview (Tromsø) - Sam Candidate",
                   "CN=Lindqvist Coffee Recruiting:mailto:talent@lindqvistcoffee.example",
                   "Event Name: Kitchen Leadership Interview (Tromsø)\n\nLocation: Lindqvist "
                   "Coffee - harbour kiosk") == "Lindqvist Coffee"


def test_a_two_letter_domain_is_two_names_initials_never_a_persons() -> None:
    # partners joined by "&" with their trade after, at the initials and the trade
    assert company("Site visit - Junior Surveyor",
                   "CN=Dara Quinn:mailto:dara@mb-surveyors.example",
                   "See you at the yard.", location="Mulcahy & Byrne Surveyors\nQuay Street 4"
                   ) == "Mulcahy & Byrne Surveyors"
    # a firm's name ending in a company's word, at its initials and "group"
    assert company("Interview for Claims Analyst - Sam Candidate",
                   "CN=Dara Quinn:mailto:dara@tagroup.example",
                   "Interview for Claims Analyst - Tolland Assurance\nSee you then.") == \
        "Tolland Assurance"
    # a person's two names are no firm's, whatever their initials
    assert company("Interview for Claims Analyst - Sam Candidate",
                   "CN=Dara Quinn:mailto:dara@tagroup.example",
                   "You will meet Tomas Aalto first.") != "Tomas Aalto"
