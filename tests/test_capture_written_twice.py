"""One person the file writes in two forms is one person to thank (issue 23, read in held-out
set 25 once retired): a name declined as the sentence needs it beside the name itself, or a
short form of the given name beside the full one. Every example is our own."""

from __future__ import annotations

import pytest

from followup.capture.invitations import read
from followup.capture.name_forms import declined
from followup.capture.propose import Known, propose
from followup.capture.written_twice import once_each, same_person
from followup.core.model import Person


@pytest.mark.parametrize(("written", "name"), [
    ("Nikolom Perićem", "Nikola Perić"),  # Croatian: the final vowel replaced by "-om"
    ("Janou Dvořákovou", "Jana Dvořáková"),  # Czech: "-a" by "-ou"
    ("Tomaszem Lisem", "Tomasz Lis"),  # Polish: an ending added, as before
    ("Ewą Sową", "Ewa Sowa"),  # the same letters but for an accent
])
def test_a_declined_name_is_the_name(written: str, name: str) -> None:
    assert declined(written, name) and same_person(written, name) and same_person(name, written)


@pytest.mark.parametrize(("a", "b"), [
    ("Maria Rossi", "Mario Rossi"),  # one vowel for another may be another person
    ("Anna Nowak", "Anny Nowak"),
    ("Kasia Nowicka", "Kasia Nowak"),  # another family name
    ("Zofia Lis", "Zenon Lis"),
])
def test_two_people_stay_two(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_of_two_forms_the_one_with_an_address_or_the_plainer_is_kept() -> None:
    staff = [Person(name="Katarzyna Nowicka", email="k.nowicka@lipa.example"),
             Person(name="Kasia Nowicka", email=None),
             Person(name="Nikolom Perićem", email=None), Person(name="Nikola Perić", email=None),
             Person(name="Ana Lima", email="ana@lima.example"),
             Person(name="Ana Lima", email="ana.lima@other.example")]
    kept, coordinator = once_each(staff, Person(name="Jana Dvořáková", email="jd@lipa.example"))
    assert [(p.name, p.email) for p in kept] == [
        ("Katarzyna Nowicka", "k.nowicka@lipa.example"), ("Nikola Perić", None),
        ("Ana Lima", "ana@lima.example"), ("Ana Lima", "ana.lima@other.example")]
    assert coordinator is not None and coordinator.email == "jd@lipa.example"
    kept, _ = once_each([Person(name="Janou Dvořákovou", email=None)], coordinator)
    assert kept == [], "the coordinator written in another case is the coordinator"


def test_the_letters_name_wins_over_one_made_from_an_address() -> None:
    """The calendar gave only katarzyna.nowicka@ (its name made from it); the letter calls
    her Kasia: she is greeted as the letter writes her, never in a grammatical case."""
    made_up = frozenset({"katarzyna.nowicka@lipa.example", "jan.nowak@lipa.example"})
    staff = [Person(name="Katarzyna Nowicka", email="katarzyna.nowicka@lipa.example"),
             Person(name="Kasia Nowicka", email=None),
             Person(name="Janem Nowakiem", email=None),
             Person(name="Jan Nowak", email="jan.nowak@lipa.example")]
    kept, _ = once_each(staff, None, made_up)
    assert [(p.name, p.email) for p in kept] == [
        ("Kasia Nowicka", "katarzyna.nowicka@lipa.example"),
        ("Jan Nowak", "jan.nowak@lipa.example")]
    kept, _ = once_each(staff[:2], None)  # a name the calendar itself gave stays
    assert [p.name for p in kept] == ["Katarzyna Nowicka"]


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hand made//EN
BEGIN:VEVENT
UID:twice-{n}@lipa.example
DTSTAMP:20261207T090000Z
DTSTART;TZID=Europe/Warsaw:20270112T100000
DTEND;TZID=Europe/Warsaw:20270112T110000
SUMMARY:Lipa Soft – rozmowa techniczna (Analityk danych)
DESCRIPTION:{said}
ORGANIZER;CN=Marek Wiśniak:mailto:marek.wisniak@lipasoft.example
ATTENDEE;CN=Marek Wiśniak:mailto:marek.wisniak@lipasoft.example
ATTENDEE;CN=katarzyna.nowicka@lipasoft.example:mailto:katarzyna.nowicka@lipasoft.example
ATTENDEE;CN=Sam Kandydat:mailto:sam.kandydat@example.com
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize("said", [
    "Dzień dobry\\, będzie ze mną Kasia Nowicka (lead zespołu danych).\\n\\nMarek",
    "Porozmawiasz ze mną i z Katarzyną Nowicką.\\n\\nMarek",
])
def test_an_invitation_thanks_each_person_once(said: str) -> None:
    """The calendar gives only her address (its name then made from it, "Katarzyna
    Nowicka"); the letter calls her by a short form or in a case."""
    raw = ICS.format(n=abs(hash(said)), said=said).replace("\n", "\r\n").encode()
    inv = read(raw, "Europe/Warsaw")[0]
    got = propose(inv, frozenset({"sam.kandydat@example.com"}), Known((), {}))
    emails = sorted(p.email or p.name for p in got.interviewers)
    assert emails == ["katarzyna.nowicka@lipasoft.example", "marek.wisniak@lipasoft.example"]
    assert "Kasia Nowicka" in [p.name for p in got.interviewers] or "Kasia" not in said
