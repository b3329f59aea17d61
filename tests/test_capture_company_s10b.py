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


def _with_note(summary: str, organizer: str, note: str, location: str = "") -> str:
    from tests.test_capture_company import ME, OWN, esc, ics

    from followup.capture.invitations import read
    from followup.capture.propose import Known, propose

    data = ics(summary, organizer, [ME], esc(""))
    if location:
        data = data.replace(b"END:VEVENT", f"LOCATION:{esc(location)}\r\nEND:VEVENT".encode())
    inv = read(data, "UTC")[0]._replace(note=note)
    return propose(inv, OWN, Known((), {})).company.value


def test_the_mail_beside_an_invitation_writes_the_name_in_full() -> None:
    # the title's short name, the signature's full one
    assert _with_note("Tallow & Reed - Junior Bookseller - chat with Sam",
                      "CN=Nell Ash:mailto:nell@tallowandreed.example",
                      "Hi Sam,\n\nHere is the invite.\n\nNell Ash\nEditor, Tallow & Reed "
                      "Press") == "Tallow & Reed Press"
    # the mail's copy of the location names a building, not the firm
    assert _with_note("Tallow & Reed - Junior Bookseller - chat with Sam",
                      "CN=Nell Ash:mailto:nell@tallowandreed.example",
                      "Tallow & Reed Studio, 4 Canal Row\n\nAccept   Decline",
                      location="Tallow & Reed Studio 4 Canal Row, Leeds") == "Tallow & Reed"


def test_a_name_whose_first_word_starts_the_domain_beats_the_domain_run_together() -> None:
    # kestrelbreads: the signature writes the trade in other words
    assert company("15 min call - Counter Assistant",
                   "CN=Ola Berg:mailto:ola@kestrelbreads.example",
                   "Speak soon!\n\nKestrel Bakery · Old Town") == "Kestrel Bakery"
    # a person's display name is never the firm's, whatever its first word
    from tests.test_capture_company import ME, esc, ics

    from followup.capture.employer_spelled import started_like
    from followup.capture.invitations import read

    inv = read(ics("15 min call - Counter Assistant",
                   "CN=Kestrel Moran:mailto:km@kestrelbreads.example", [ME],
                   esc("Speak soon!\n\nKestrel Moran")), "UTC")[0]
    assert started_like(inv, ["kestrelbreads.example"]) == ""


def test_a_business_and_its_street_run_together_in_the_location_split_at_its_form() -> None:
    # free mail, the owner invites to the premises; the location's lines run together
    assert company("Trial shift - Pastry Chef (Sam)",
                   "CN=Marta Lis:mailto:marta.lis@gmail.com", "See you at six.",
                   location="Lis & Syn Sp. z o.o. Ulica Piekarska 14, 00-950 Warszawa") != \
        "Lis & Syn Sp."  # never a form cut short
    assert company("Trial shift - Pastry Chef (Sam)",
                   "CN=Marta Lis:mailto:marta.lis@gmail.com", "See you at six.",
                   location="Kolatch Bakers Ltd Harbour Road 14, 4021 Stavanger") == \
        "Kolatch Bakers Ltd"
    # no form between: a bare street stays no business
    assert company("Trial shift - Pastry Chef (Sam)",
                   "CN=Marta Lis:mailto:marta.lis@gmail.com", "See you at six.",
                   location="Harbour Road 14, 4021 Stavanger") == ""


def test_a_persons_title_in_brackets_in_the_description_is_theirs_not_the_job() -> None:
    from followup.capture.roles import role

    assert role("Intro call: Sam <> Tova Lind", "Brisk Mutual", ["Tova Lind"],
                "A first call with Tova Lind (Senior Recruiter) for the Claims Team Lead "
                "opening at Brisk Mutual.").value == "Claims Team Lead"



def test_a_walkthrough_after_the_job_is_the_meetings_kind() -> None:
    from followup.capture.roles import role

    assert role("Sam Candidate – Data Engineer – Codebase walkthrough", "Kell", []).value == \
        "Data Engineer"



def test_a_state_code_after_a_public_bodys_name_in_its_domain() -> None:
    # tolland-ct: the county's name, then its state's code; its department after it
    assert company("Interview - Planner I",
                   "CN=Rhea Voss:mailto:messenger@webex.com",
                   "Interview – Planner I – Tolland County Public Works\nPanel: Rhea Voss",
                   ("CN=Ivo Brandt:mailto:ibrandt@tolland-ct.example",)) == "Tolland County"


def test_a_department_alone_is_a_team_never_the_job() -> None:
    from followup.capture.roles import role

    assert role("Sam Candidate and Ola Berg", "Kell", ["Ola Berg", "Sam Candidate"],
                "Event Name: Coffee with the founders (Engineering)").value == ""
    # a job of that field stays one
    assert role("Interview - Procurement Officer", "Kell", []).value == "Procurement Officer"
