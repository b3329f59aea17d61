"""A name an invitation's text gives with no address of its own must look like a person's
(issue 23, session 12's second round; capture/person_shape.py): one check for the habit the
unseen writers of people_dev27/28 shared (an organisation, a team, a building or a road
taken for a panelist). Each case written for this test, not copied from the corpora."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.person_shape import looks_like_person


@pytest.mark.parametrize("name", [
    "Torre Norte", "Gebäude C", "Block D", "Haus Sonnenblick", "Maison Verlaine",
    "L'équipe RH", "Ihr Recruiting Team", "Nous Serons", "Soy Valentina", "Vinterhav Seguros",
    "Kestrel Accounting", "Brightwater Tours", "Alte Mühlenstraße", "Kaapse Weg",
    "Hafen Campus", "Linden Street", "Rua Augusta", "Calle Mayor"])
def test_no_persons_words_no_person(name: str) -> None:
    assert not looks_like_person(name)


@pytest.mark.parametrize("name", [
    "Tan Mei Ling", "Park Ji-woo", "Nguyen Thi Hoa", "Anna van der Berg", "J. R. Okoro",
    "Joseph D'Souza", "Lucia Della Casa", "Amos Hall", "Marta Campos", "Dr. Ama Owusu-Ansah",
    "Siobhán Ní Bhriain", "Kwabena Mensah", "Ngozi Eze", "Halima binti Yusof", "Wei",
    "Lars-Erik Torres", "María José Centeno"])
def test_a_persons_name_in_any_shape_is_kept(name: str) -> None:
    assert looks_like_person(name)


def test_a_building_and_a_team_in_the_description_are_not_panelists() -> None:
    data = ics("Entrevista – Analista Financeiro",
               "CN=Beatriz Lemos:mailto:beatriz.lemos@vinterhav.example",
               ["CN=Beatriz Lemos:mailto:beatriz.lemos@vinterhav.example",
                "CN=Tiago Nunes:mailto:tiago.nunes@vinterhav.example", ME],
               esc("Olá Sam,\n\nYou will meet Tiago Nunes and me at Torre Norte, 5th floor. "
                   "Vinterhav Seguros looks forward to it.\n\nBeatriz Lemos\nL'équipe RH"))
    staff, coord = people_of(data)
    got = sorted(n for n, _ in staff) + ([coord[0]] if coord else [])
    assert "Torre Norte" not in got and "Vinterhav Seguros" not in got
    assert "Tiago Nunes" in got and "Beatriz Lemos" in got


def test_a_panelist_without_an_address_is_still_one() -> None:
    data = ics("Interview – Site Engineer",
               "CN=Kofi Asamoah:mailto:kofi.asamoah@harmattan-build.example",
               ["CN=Kofi Asamoah:mailto:kofi.asamoah@harmattan-build.example", ME],
               esc("Hi Sam,\n\nYou'll meet me and Efua Darko-Mensah (Project Lead) at the "
                   "Tema site office, Block D.\n\nKofi"))
    staff, _ = people_of(data)
    assert sorted(n for n, _ in staff) == ["Efua Darko-Mensah", "Kofi Asamoah"]


def test_an_organisations_name_on_a_scheduling_systems_address_is_nobody() -> None:
    data = ics("Vorstellungsgespräch – Elektroniker (m/w/d)",
               "CN=Hafenbetriebe Nordkai:mailto:hbnordkai@myworkday.com",
               [ME],
               esc("Guten Tag,\n\nIhre Gesprächspartner: Jörg Lindemann (Teamleiter) und "
                   "Selin Aksoy (Personal).\nOrt: Hafenbetriebe Nordkai GmbH, Kaistraße 3, "
                   "Gebäude C"))
    staff, coord = people_of(data)
    assert coord is None
    assert sorted(n for n, _ in staff) == ["Jörg Lindemann", "Selin Aksoy"]
