"""Who is who in an invitation (issue 23, session 9, second round): each rule on an
invitation written for this test, in a sector, country or shape the labelled corpora do not
have (a hospital ward, a Czech brewery, a Philippine utility, a Kenyan insurer …). A rule
holds for invitations nobody has read, not for the files it was read from."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


@pytest.mark.parametrize("listed", [
    "Ward Manager Olumide Bakare, Charge Nurse Wren Halloway",
    "Charge Nurse Wren Halloway; Ward Manager Olumide Bakare",
    "Senior Manager Anna Maria Rossi, Head Chef Rafael Moreno",
])
def test_a_job_title_written_before_a_listed_name_is_its_title(listed: str) -> None:
    data = ics("Interview – Staff Nurse, Cardiology",
               "CN=Nurse Recruitment:mailto:recruit@stbarts-ward.example", [ME],
               esc(f"Interview panel: {listed}\n\nPlease bring your registration number."))
    staff, _ = people_of(data)
    want = {"Olumide Bakare", "Wren Halloway", "Anna Maria Rossi", "Rafael Moreno"}
    assert {n for n, _ in staff} == {x for x in want if x in listed}


@pytest.mark.parametrize("honorific", ["Eng.", "Engr."])
def test_an_engineers_title_of_address_stays_with_the_name_as_a_doctors(honorific: str) -> None:
    data = ics("Interview – Substation Technician",
               "CN=Maricel Dizon:mailto:maricel.dizon@luzongrid.example", [ME],
               esc(f"Panel:\n09:00 – 09:45  {honorific} Ramon Villareal, Grid Operations Head\n"
                   "09:45 – 10:15  Liza Manalo, Safety Officer\n\n"
                   "Scheduled by Maricel Dizon, HR Associate."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == [f"{honorific} Ramon Villareal", "Liza Manalo"]
    assert coord is not None and coord[0] == "Maricel Dizon"


@pytest.mark.parametrize("line", [
    "10:00 – 11:00  Wanjiru Kamau, Motor Claims; Otieno Ochieng, Underwriting Risk; Achieng Odera",
    "Wanjiru Kamau, Motor Claims; Otieno Ochieng, Underwriting Risk; Achieng Odera",
])
def test_where_semicolons_part_the_people_the_words_after_a_comma_are_a_title(line: str) -> None:
    data = ics("Interview – Claims Analyst",
               "CN=Grace Njeri:mailto:grace.njeri@jamii-insure.example", [ME],
               esc(f"Panel:\n{line}\n\nRegards,\nGrace Njeri | People Team"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Wanjiru Kamau", "Otieno Ochieng", "Achieng Odera"]


@pytest.mark.parametrize("title", ["Vedoucí Výroby", "Kierownik Produkcji", "Dyrektor Zakładu",
                                  "Tuotantopäällikkö", "Ředitel Pivovaru"])
def test_a_job_title_in_a_central_european_or_nordic_language_is_no_second_name(
        title: str) -> None:
    data = ics("Pohovor – Sládek", "CN=Petra Horáková:mailto:petra.horakova@pivovar.example",
               [ME], esc(f"Interview team:\n13:00 – 13:30  Jiří Dvořák, {title}\n"
                         "13:30 – 14:00  Tomáš Novák, Shift Leader"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["Jiří Dvořák", "Tomáš Novák"]


@pytest.mark.parametrize("said", ["Imani Oduya from Actuarial will join us.",
                                  "Imani Oduya of Reinsurance will sit in.",
                                  "Someone at Underwriting will join us too."])
def test_the_team_someone_comes_from_is_not_who_sits_in(said: str) -> None:
    data = ics("Interview – Actuarial Analyst",
               "CN=Baraka Mwangi:mailto:baraka.mwangi@jamii-insure.example",
               ["CN=Baraka Mwangi:mailto:baraka.mwangi@jamii-insure.example", ME],
               esc(f"Hi Sam,\n\nLooking forward to our talk. {said}\n\nBest,\nBaraka Mwangi"))
    staff, _ = people_of(data)
    assert "Actuarial" not in [n for n, _ in staff]
    assert not {"Reinsurance", "Underwriting"} & {n for n, _ in staff}
