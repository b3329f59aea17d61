"""People met, said in every language (issue 23, session 18): one invitation, its key
sentence written in each language the way a recruiter there writes it, and the same person
read as met. Plus the name robust to what stands beside it: an article before a given name,
a post before a name in Japanese, a street's word, the venue, a thing of the organisation."""

from __future__ import annotations

import pytest

from followup.capture.cjk_units import unit_dropped
from followup.capture.invitations import read
from followup.capture.name_forms import bare
from followup.capture.propose import Known, propose
from followup.capture.written_as_place import written_as_place

OWN = frozenset({"sam@gmail.com"})


def _invite(description: str, location: str = "", attendees: tuple[str, ...] = ()) -> bytes:
    text = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//r18met//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:r18met-1@test", "DTSTAMP:20270101T120000Z",
        "DTSTART:20270115T100000Z", "DTEND:20270115T110000Z",
        "SUMMARY:Interview - Data Analyst - Birchwell",
        "ORGANIZER;CN=Clara Wendt:mailto:clara.wendt@birchwell.example",
        "ATTENDEE;CN=Clara Wendt;ROLE=REQ-PARTICIPANT:mailto:clara.wendt@birchwell.example",
        "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam@gmail.com",
        *attendees, f"DESCRIPTION:{text}",
        *([f"LOCATION:{location.replace(',', chr(92) + ',')}"] if location else []),
        "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _met(description: str, location: str = "", attendees: tuple[str, ...] = ()) -> list[str]:
    inv = read(_invite(description, location, attendees), "UTC")[0]
    prop = propose(inv, OWN, Known((), {}))
    return [p.name or "" for p in prop.interviewers]


# (language, the key sentence, the name written in it)
SAID = [
    ("en", "You will also speak with Tobias Reinholt, our data lead.", "Tobias Reinholt"),
    ("de", "Sie sprechen mit Tobias Reinholt aus dem Datenteam.", "Tobias Reinholt"),
    ("de-after", "Tobias Reinholt wird auch dabei sein.", "Tobias Reinholt"),
    ("fr", "Vous rencontrerez Tobias Reinholt, responsable données.", "Tobias Reinholt"),
    ("fr-after", "Tobias Reinholt sera également présent.", "Tobias Reinholt"),
    ("es", "Hablarás con Tobias Reinholt, responsable de datos.", "Tobias Reinholt"),
    ("ca", "Parlaràs amb Tobias Reinholt, responsable de dades.", "Tobias Reinholt"),
    ("pt", "Vais conhecer o Tobias Reinholt, responsável de dados.", "Tobias Reinholt"),
    ("pt-br", "Você vai conversar com Tobias Reinholt, gerente de dados.", "Tobias Reinholt"),
    ("it", "Parlerai con Tobias Reinholt, responsabile dati.", "Tobias Reinholt"),
    ("nl", "Je spreekt met Tobias Reinholt, teamlead data.", "Tobias Reinholt"),
    ("nl-ask", "Vraag bij de balie naar Clara. Je maakt kennis met Tobias Reinholt.",
     "Tobias Reinholt"),
    ("da", "Du skal tale med Tobias Reinholt, der leder dataholdet.", "Tobias Reinholt"),
    ("sv", "Du kommer att träffa Tobias Reinholt, som leder datateamet.", "Tobias Reinholt"),
    ("no", "Du skal møte Tobias Reinholt, som leder datateamet.", "Tobias Reinholt"),
    ("fi", "Tobias Reinholt on myös mukana.", "Tobias Reinholt"),
    ("is", "Tobias Reinholt verður einnig með.", "Tobias Reinholt"),
    ("et", "Tobias Reinholt osaleb ka.", "Tobias Reinholt"),
    ("lv", "Tobias Reinholt arī piedalīsies.", "Tobias Reinholt"),
    ("lt", "Tobias Reinholt taip pat dalyvaus.", "Tobias Reinholt"),
    ("pl", "Rozmowę poprowadzi Tobias Reinholt, kierownik zespołu.", "Tobias Reinholt"),
    ("cs", "Pohovor povede Ing. Tobias Reinholt, vedoucí týmu.", "Tobias Reinholt"),
    ("sk", "Pohovor povedie Tobias Reinholt, vedúci tímu.", "Tobias Reinholt"),
    ("sl", "Tobias Reinholt bo prav tako prisoten.", "Tobias Reinholt"),
    ("hr", "Razgovor će voditi Tobias Reinholt, voditelj tima.", "Tobias Reinholt"),
    ("hu", "Tobias Reinholt is jelen lesz.", "Tobias Reinholt"),
    ("ro", "Vei discuta cu Tobias Reinholt, șeful echipei.", "Tobias Reinholt"),
    ("bg", "Ще се срещнете с Тобиас Райнхолт, ръководител на екипа.", "Тобиас Райнхолт"),
    ("ru", "Собеседование проведёт Тобиас Райнхольт, руководитель команды.",
     "Тобиас Райнхольт"),
    ("uk", "Співбесіду проведе Тобіас Райнгольт, керівник команди.", "Тобіас Райнгольт"),
    ("tr", "Tobias Reinholt Bey de katılacak.", "Tobias Reinholt"),
    ("id", "Anda akan bertemu dengan Tobias Reinholt, kepala tim data.", "Tobias Reinholt"),
    ("vi", "Anh Tobias bên phân tích cũng sẽ ngồi cùng.", "Tobias"),
    ("tl", "Makakausap mo si Tobias Reinholt, ang data lead namin.", "Tobias Reinholt"),
    ("sw", "Utakutana na Tobias Reinholt, kiongozi wa timu.", "Tobias Reinholt"),
    ("af", "Jy sal met Tobias Reinholt praat. Tobias Reinholt sal ook daar wees.",
     "Tobias Reinholt"),
    ("hi", "Tobias Reinholt bhi shaamil honge.", "Tobias Reinholt"),
]


@pytest.mark.parametrize(("lang", "sentence", "name"), SAID, ids=[s[0] for s in SAID])
def test_the_person_said_to_be_met_is_met_in_every_language(lang: str, sentence: str,
                                                            name: str) -> None:
    met = _met(f"Hi Sam,\n\n{sentence}\n\nClara Wendt\nBirchwell")
    assert any(m == name or m.endswith(f". {name}") for m in met), (lang, met)  # ("Ing. …")


def test_a_list_after_the_verb_is_each_met() -> None:
    met = _met("Hoi Sam,\n\nEven kennismaken. Vraag naar Yara of Joost.\n\nClara")
    assert {"Yara", "Joost"} <= set(met), met


def test_the_words_of_a_sentence_are_no_one() -> None:
    met = _met("Hi Sam,\n\nYou will meet the team at the office. Ask for reception.\n\nClara")
    assert met in ([], ["Clara Wendt"]), met


def test_a_one_word_mailbox_said_to_sit_in_is_a_person() -> None:
    kyle = "ATTENDEE;CN=Ruan;ROLE=REQ-PARTICIPANT:mailto:ruan@birchwell.example"
    met = _met("Hey Sam! Ruan (our head of design) will sit in too.\n\nClara", "", (kyle,))
    assert "Ruan" in met, met


def test_the_venue_of_location_is_no_person() -> None:
    met = _met("Bok Sam,\n\nprobni dan.\n\nClara Wendt\nGostionica Lanterna\nRiva 9",
               "Gostionica Lanterna, Riva 9, 21000 Split")
    assert "Gostionica Lanterna" not in met, met


def test_an_article_before_a_given_name_is_no_part_of_it() -> None:
    assert bare("O Rui") == "Rui"
    assert bare("la Núria") == "Núria"
    assert bare("der Matthias") == "Matthias"
    assert bare("La Thanh") == "La Thanh"  # (a family name)


def test_a_post_before_a_japanese_name_is_no_part_of_it() -> None:
    assert unit_dropped("品質保証部 課長 中村 直樹") == "中村 直樹"
    assert unit_dropped("部長 中村 直樹") == "中村 直樹"
    assert unit_dropped("中村 直樹") == "中村 直樹"


def test_a_name_written_only_after_a_streets_word_is_a_street() -> None:
    text = "Hẹn bạn tại quán, số 8 phố Hàng Bạc, Hoàn Kiếm."
    assert written_as_place("Hàng Bạc", text)
    assert not written_as_place("Hàng Bạc", f"{text} Chị Hàng Bạc sẽ gặp bạn.")


def test_a_short_form_beside_the_listed_person_is_that_person() -> None:
    luis = "ATTENDEE;CN=Luis Pardo;ROLE=REQ-PARTICIPANT:mailto:luis.pardo@birchwell.example"
    met = _met("Hola Sam,\n\nEstará también Lucho, mi socio.\n\nClara", "", (luis,))
    assert "Lucho" not in met and "Luis Pardo" in met, met


def test_a_thing_of_the_organisation_is_no_person() -> None:
    met = _met("Hallo Sam,\n\nanbei die Einladung von Birchwell, wie besprochen.\n\nClara")
    assert not any("Einladung" in m for m in met), met


def test_someone_from_a_team_in_small_letters_may_drop_in() -> None:
    met = _met("Hi Sam,\n\nIsh Varma from the platform team may drop in at the end.\n\nClara")
    assert "Ish Varma" in met, met


def test_a_list_with_its_last_and_is_each_met() -> None:
    met = _met("Hi Sam,\n\nYou will meet Ayla Brennan, Joost Vermeer, and Priti Shah.\n\nClara")
    assert {"Ayla Brennan", "Joost Vermeer", "Priti Shah"} <= set(met), met


def test_the_one_to_ask_for_beside_the_people_met_is_the_desk() -> None:
    met = _met("Hola Sam,\n\nHablarás con Nerea Olaizola, jefa de datos. En recepción "
               "pregunta por Maite.\n\nClara")
    assert "Nerea Olaizola" in met and "Maite" not in met, met


def test_a_family_name_spelled_as_a_possessive_is_a_name() -> None:
    met = _met("Hoi Sam,\n\nGesprek met Ilse Bakker en Henk Vos (ondernemingsraad).\n\nClara")
    assert {"Ilse Bakker", "Henk Vos"} <= set(met), met
    assert _met("Bonjour Sam,\n\nVos questions sont les bienvenues.\n\nClara") in (
        [], ["Clara Wendt"])
