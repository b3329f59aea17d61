"""Two cases a new user met in session 9's walk-through, each a rule for invitations in
general: given names joined by "and" that a person of the invitation bears are the people
one meets, not the employer ("You will speak with Marcus and Priya"); "Business Partner" is
a job (Finance, HR Business Partner), so the title's job wins over an agency consultant's
own title in the signature."""

from __future__ import annotations

from followup.capture.invitations import read
from followup.capture.propose import Known, names_title, propose

ME = frozenset({"ana.lima@mail.example"})


def _ics(summary: str, organizer: str, attendees: list[str], description: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:walk9@example.test", "DTSTAMP:20261125T120000Z",
             "DTSTART;TZID=Europe/London:20261202T100000",
             "DTEND;TZID=Europe/London:20261202T110000", f"SUMMARY:{summary}",
             f"ORGANIZER;{organizer}", "ATTENDEE;CN=Ana Lima:mailto:ana.lima@mail.example",
             *[f"ATTENDEE;{a}" for a in attendees], f"DESCRIPTION:{description}",
             "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


def _company(raw: bytes) -> str:
    return str(propose(read(raw, "Europe/London")[0], ME, Known((), {})).company.value)


def test_given_names_joined_by_and_are_people_not_the_employer() -> None:
    raw = _ics("Interview: Claims Analyst", "CN=Ruth Okoye:mailto:ruth.okoye@tamberlyn.co.uk",
               ["CN=Kwame Asante:mailto:kwame.asante@tamberlyn.co.uk",
                "CN=Elin Berg:mailto:elin.berg@tamberlyn.co.uk"],
               "You'll be meeting with Kwame and Elin from the claims team.")
    assert _company(raw) != "Kwame and Elin"
    assert _company(raw).startswith("Tamberlyn")


def test_a_firm_named_for_its_founders_still_is_one() -> None:
    raw = _ics("Interview: Paralegal", "CN=Jo Hart:mailto:jo.hart@dueckfriesen.example",
               ["CN=Anna Dueck:mailto:anna.dueck@dueckfriesen.example"],
               "Thank you for your interest in Dueck & Friesen.")
    assert _company(raw) == "Dueck & Friesen"


def test_business_partner_is_a_job_and_partners_alone_a_firms_word() -> None:
    assert names_title("Finance Business Partner") and names_title("HR Business Partners")
    assert not names_title("Hale & Partners")


def test_the_titles_job_wins_over_the_agency_consultants_own_title() -> None:
    raw = _ics("Interview: People Business Partner at Corvane Foods",
               "CN=Lewis Grant:mailto:lewis.grant@northpoint-search.example",
               ["CN=Hana Sato:mailto:hana.sato@corvanefoods.example"],
               "Lewis Grant\\nPrincipal Consultant\\nNorthpoint Search")
    prop = propose(read(raw, "Europe/London")[0], ME, Known((), {}))
    assert prop.role.value == "People Business Partner"
    assert prop.company.value == "Corvane Foods"


def test_a_recruiting_teams_word_in_another_language_before_the_employer() -> None:
    """The merge of session 9 found it: a team calendar named "Rekruttering – X" is the
    team's, and the employer is X (the word is known to who-is-who and to the company
    reader from one list, names.RECRUITING_ABROAD)."""
    raw = _ics("Entretien final – Analyste financier",
               "CN=Recrutement – Maison Verlaine:mailto:c_81ab@group.calendar.google.com",
               ["CN=Claire Aubert:mailto:claire.aubert@maisonverlaine.example"], "À bientôt.")
    assert _company(raw) == "Maison Verlaine"
