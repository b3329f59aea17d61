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
