"""Issue 23: more of the ways an invitation in UTC (or floating) says its meeting's zone
(capture/stated_zone.py), found in session 14's development invitations and written here
anew: a zone named the way Portuguese, Spanish and French write it ("às 15h (horário de
Brasília)", "10h30 (hora de Lisboa)", "heure de Paris"); a time written "14h", "15.00 Uhr" or
"kl. 10.00"; the text saying which zone its times are in with no time of its own ("All times
are shown in Eastern Time"); and the one place the text names, an address or a signature,
when a time it writes is the start's own time there. Each is taken only when the instant
agrees, or, for a statement of the times' zone, when it names one offset at that instant."""

from __future__ import annotations

import pytest
from tests.test_stated_zone import _zone


@pytest.mark.parametrize(("said", "start", "zone", "local"), [
    ("Convocamos para entrevista no dia 15/03/2027, às 15h (horário de Brasília).",
     "20270315T180000Z", "America/Sao_Paulo", "15:00"),
    ("Quarta-feira, 17 de fevereiro de 2027 ⋅ 09:30 – 10:30 (Horário Padrão de Brasília)",
     "20270217T123000Z", "America/Sao_Paulo", "09:30"),
    ("Entretien le 9 février à 14h (heure de Paris), au 12 rue des Lilas.",
     "20270209T130000Z", "Europe/Paris", "14:00"),
    ("Vorstellungsgespräch am 3. Februar um 10.30 Uhr in unserem Büro in München.",
     "20270203T093000Z", "Europe/Berlin", "10:30"),
    ("Tid: onsdag 3 februari kl. 10.00. Adress: Kungsportsavenyen 12, Göteborg.",
     "20270203T090000Z", "Europe/Stockholm", "10:00"),
    ("Tid: tisdag kl. 13:15–14:00. Plats: kontoret, Storgatan 4, Stockholm.",
     "20270126T121500Z", "Europe/Stockholm", "13:15"),
    ("Your interview schedule is below. All times are shown in Eastern Time.",
     "20270112T150000Z", "America/New_York", "10:00"),
    ("Panel: Rosa Kim, Dev Patel. Times in Pacific Time (US & Canada).",
     "20270108T170000Z", "America/Los_Angeles", "09:00"),
])
def test_a_zone_its_words_state_is_taken(said: str, start: str, zone: str, local: str
                                         ) -> None:
    assert _zone(said, start)[:2] == (zone, local)


def test_a_floating_time_beside_a_local_name_for_the_city() -> None:
    assert _zone("Confirmamos a entrevista às 10h30 (hora de Lisboa) no escritório.",
                 "20270202T103000")[:2] == ("Europe/Lisbon", "10:30")


@pytest.mark.parametrize(("said", "start"), [
    # two places: which one is the meeting's, nothing settles
    ("Kl. 15:00 i Stockholm, or join from our Oslo office by video.", "20270126T140000Z"),
    # the place's time is not the start's (15:00 in Stockholm is 14:00 UTC, not 15:00)
    ("Tid: kl. 15:00. Plats: Storgatan 4, Stockholm.", "20270126T150000Z"),
    # the time written is the start's in UTC as well: nothing to settle
    ("Meet at 14:00 at the Lisbon office; remote colleagues join by video.",
     "20270126T140000Z"),
    # a duration is no time: "within 48h" names no hour
    ("Please confirm within 48h (hora de Lisboa)", "20270202T103000Z"),
    # the times' zone names several offsets at the instant (CST: Chicago or Shanghai)
    ("All times are CST.", "20270112T150000Z"),
])
def test_nothing_is_taken_when_the_words_do_not_settle_it(said: str, start: str) -> None:
    assert _zone(said, start)[0] == "Europe/London"
