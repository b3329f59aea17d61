"""People met, said in every language (issue 23, session 18, second round): the forms of
the first round's table written the other ways recruiters write them: a colon after the
verb ("Pohovor povedou: A a B"), a post in brackets after each listed name, a degree before
each ("Mgr.", "Lic."), a family word before the name in every language ("moj brat Ante"),
"interview w/ Dr. A" in a title, a name with a lower-case particle ("van Wyk")."""

from __future__ import annotations

import re

import pytest

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

OWN = frozenset({"sam@gmail.com"})


def _invite(description: str, summary: str = "Interview - Data Analyst - Birchwell") -> bytes:
    text = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//r18bmet//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:r18bmet-1@test", "DTSTAMP:20270101T120000Z",
        "DTSTART:20270115T100000Z", "DTEND:20270115T110000Z",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Clara Wendt:mailto:clara.wendt@birchwell.example",
        "ATTENDEE;CN=Clara Wendt;ROLE=REQ-PARTICIPANT:mailto:clara.wendt@birchwell.example",
        "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam@gmail.com",
        f"DESCRIPTION:{text}",
        "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _met(description: str, summary: str = "Interview - Data Analyst - Birchwell") -> set[str]:
    inv = read(_invite(description, summary), "UTC")[0]
    prop = propose(inv, OWN, Known((), {}))
    return {p.name or "" for p in prop.interviewers}


# (language, two people met written in one sentence, the names)
TWO = [
    ("pl", "Rozmowę poprowadzą: Marek Hruby (kierownik produkcji) i Petra Szymańska.",
     {"Marek Hruby", "Petra Szymańska"}),
    ("en", "You will meet: Marek Hruby (plant lead) and Petra Soto (quality).",
     {"Marek Hruby", "Petra Soto"}),
    ("de", "Sie sprechen mit: Dipl.-Ing. Marek Hruby (Werksleitung) und Petra Sommer.",
     {"Marek Hruby", "Petra Sommer"}),
    ("fr", "Vous rencontrerez : Marek Hruby (directeur d'usine) et Petra Sorel (RH).",
     {"Marek Hruby", "Petra Sorel"}),
    ("nl", "Je spreekt met: ir. Marek Hruby (plantmanager) en Petra Smit (HR).",
     {"Marek Hruby", "Petra Smit"}),
    ("pt", "Vais conhecer: Eng. Marek Hruby (diretor fabril) e Petra Sousa (RH).",
     {"Marek Hruby", "Petra Sousa"}),
    ("ro", "Vei discuta cu: Marek Hruby (director fabrică) și Petra Stan (HR).",
     {"Marek Hruby", "Petra Stan"}),
    ("hr", "Razgovor će voditi: Marek Hruby (voditelj pogona) i Petra Šimić (HR).",
     {"Marek Hruby", "Petra Šimić"}),
    ("sv", "Du kommer att träffa: Marek Hruby (fabrikschef) och Petra Sandberg (HR).",
     {"Marek Hruby", "Petra Sandberg"}),
]


@pytest.mark.parametrize(("lang", "text", "names"), TWO, ids=[t[0] for t in TWO])
def test_two_met_each_with_post(lang: str, text: str, names: set[str]) -> None:
    got = _met("Dear Sam,\n\nthank you for applying. " + text + "\n\nBest regards\nClara Wendt")
    assert names <= {re.sub(r"^(?:Eng|Ing|Dipl\.-Ing)\. ", "", n) for n in got}


# (language, the family word before a name the writer says will be there, the name)
KIN = [
    ("hr", "Bit će i moj brat Ante Perković koji vodi radionicu.", "Ante Perković"),
    ("sr", "Biće prisutan i moj kolega Ante Perković.", "Ante Perković"),
    ("sl", "Pogovor bo vodil moj brat Ante Perković.", "Ante Perković"),
    ("en", "My foreman Ante Perkins will walk the site with us.", "Ante Perkins"),
]


@pytest.mark.parametrize(("lang", "text", "name"), KIN, ids=[t[0] for t in KIN])
def test_family_word_before_met(lang: str, text: str, name: str) -> None:
    assert name in _met("Hello Sam,\n\n" + text + "\n\nClara Wendt")


def test_particle_name_who_may_drop_in() -> None:
    got = _met("Hi Sam,\n\nour surveyor Lindiwe van Rensburg might pop in.\n\nClara Wendt")
    assert "Lindiwe van Rensburg" in got and "Rensburg" not in got


# (language, the label of those who evaluate the candidate, written before the list)
EVALUATE = [
    ("en", "Evaluators"), ("en-exam", "Examiners"), ("es", "Evaluadores"),
    ("es-f", "Evaluadoras"), ("ca", "Avaluadors"), ("pt", "Avaliadores"),
    ("fr", "Évaluateurs"), ("it", "Valutatori"), ("de", "Prüfer"), ("nl", "Beoordelaars"),
    ("da", "Bedømmere"), ("sv", "Bedömare"), ("fi", "Arvioijat"), ("et", "Hindajad"),
    ("lv", "Vērtētāji"), ("lt", "Vertintojai"), ("pl", "Oceniający"), ("cs", "Hodnotitelé"),
    ("sk", "Hodnotitelia"), ("sl", "Ocenjevalci"), ("hr", "Ocjenjivači"),
    ("hu", "Értékelők"), ("ro", "Evaluatori"), ("tr", "Değerlendiriciler"),
    ("id", "Penilai"), ("af", "Onderhoudvoerders"),
]


@pytest.mark.parametrize(("lang", "label"), EVALUATE, ids=[t[0] for t in EVALUATE])
def test_evaluators_label(lang: str, label: str) -> None:
    got = _met("Hello Sam,\n\nthe assessment day runs 9:00 to 16:00.\n\n"
               f"{label}: Ing. Mateo Ibarra (Plant Manager), Lic. Nerea Ostolaza (Head of "
               "Talent), Ing. Iván Cordero (Mine Superintendent).\n\nClara Wendt")
    assert {"Mateo Ibarra", "Nerea Ostolaza", "Iván Cordero"} <= {
        re.sub(r"^Ing\. ", "", n) for n in got}


def _people(attendees: tuple[str, ...], description: str) -> tuple[set[str], set[str]]:
    text = description.replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//r18bmet//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:r18bmet-2@test", "DTSTAMP:20270101T120000Z",
        "DTSTART:20270115T100000Z", "DTEND:20270115T110000Z",
        "SUMMARY:Final round - Sam Candidate",
        "ORGANIZER;CN=Clara Wendt:mailto:clara.wendt@birchwell.example",
        "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam@gmail.com",
        *attendees, f"DESCRIPTION:{text}", "END:VEVENT", "END:VCALENDAR", ""]
    inv = read("\r\n".join(lines).encode(), "UTC")[0]
    prop = propose(inv, OWN, Known((), {}))
    return {p.name or "" for p in prop.interviewers}, {
        p.name or "" for p in ([prop.coordinator] if prop.coordinator else [])}


# (language, the zone a calendar's mail writes under the date, with its city)
ZONES = [
    ("pt-br", "Horário Padrão de Brasília - Recife"),
    ("es", "Hora estándar de Argentina - Córdoba"),
    ("de", "Mitteleuropäische Normalzeit - Graz"),
    ("fr", "Heure normale d'Europe centrale - Lyon"),
    ("nl", "Midden-Europese standaardtijd - Utrecht"), ("id", "Waktu Indonesia Barat - Bandung"),
    ("tr", "Türkiye Saati - İzmir"), ("sv", "Centraleuropeisk normaltid - Malmö"),
]


@pytest.mark.parametrize(("lang", "zone"), ZONES, ids=[t[0] for t in ZONES])
def test_zone_line_is_no_person(lang: str, zone: str) -> None:
    staff, _coord = _people(
        ("ATTENDEE;CN=Reza Amini;ROLE=REQ-PARTICIPANT:mailto:reza.amini@birchwell.example",),
        f"Final round - Sam Candidate\nThursday 18 February 2027 ⋅ 14:00 – 15:00\n{zone}\n\n"
        "Hello Sam, you will speak with Reza Amini.\n\nClara Wendt")
    assert staff == {"Reza Amini"}


# (language, a job, then its holder's name in brackets, after a verb of meeting)
BRACKETED = [
    ("hr", "Javite se šefu kuhinje (Ante Perković) na ulazu."),
    ("en", "You will meet our head chef (Ante Perković) at the pass."),
    ("nl", "Je maakt kennis met de chef-kok (Ante Perković) in de keuken."),
    ("es", "Hablarás con el jefe de cocina (Ante Perković) al llegar."),
    ("pt", "Vais conhecer o chefe de cozinha (Ante Perković) à chegada."),
    ("de", "Sie sprechen mit unserem Küchenchef (Ante Perković) in der Küche."),
    ("pl", "Porozmawiasz z szefem kuchni (Ante Perković) na miejscu."),
]


@pytest.mark.parametrize(("lang", "text"), BRACKETED, ids=[t[0] for t in BRACKETED])
def test_job_then_name_in_brackets(lang: str, text: str) -> None:
    assert "Ante Perković" in _met("Hello Sam,\n\n" + text + "\n\nClara Wendt")
