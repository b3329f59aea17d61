"""What in a file is a person (issue 23, session 17): a string spelled as no name is (a small
learned score), a town written after a postcode or a zone's offset, a firm with its legal
form, another's name with what they do written before it, a Korean name with a long title
after it. Each invitation and name here is written for this test."""

from __future__ import annotations

import json

from followup.capture import name_model
from followup.capture.hangul import name_then_title
from followup.capture.name_likeness import not_a_person, vetted
from followup.capture.organisation_form import ends_with_legal_form
from followup.capture.titled_again import titled_again
from followup.capture.written_as_place import written_as_place
from followup.core.model import Person


def test_the_model_ships_with_a_threshold_picked_on_folders_left_out() -> None:
    doc = json.loads(name_model.PATH.read_text(encoding="utf-8"))
    assert doc["threshold"] < 0 and doc["weights"]
    assert all(f.startswith("people_dev") for f in doc["trained_on"])


def test_words_of_zones_teams_and_jobs_are_spelled_unlike_a_name() -> None:
    for phrase in ("Central European Summer Time", "Product Engineering",
                   "Quality Assurance Automation"):
        assert name_model.unlike_a_name(phrase), phrase
    for name in ("Marta Gonçalves", "Oskar Lindqvist", "Aigerim Bekova", "Siosaia Tupou",
                 "Wiremu Ngata", "Olusegun Adebayo", "Joaquín Etxeberria"):
        assert not name_model.unlike_a_name(name), name
    # one word, or a script without capitals, is never judged: nothing was learned of it
    assert not name_model.judged("Engineering")
    assert not name_model.judged("山本 太郎")
    assert not name_model.unlike_a_name("박서준 엔지니어링")


def test_the_learned_score_vetoes_only_an_entry_without_an_address() -> None:
    assert not_a_person(Person("Product Engineering"), "")
    assert not not_a_person(Person("Product Engineering", "product.engineering@x.example"),
                            "")


def test_a_town_after_a_postcode_or_a_zones_offset_is_no_person() -> None:
    text = ("Data: 4 de março, 15:00 (UTC-03:00) Buenos Aires\n"
            "Av. Corrientes 1234, C1043 Buenos Aires\n"
            "Oficina: Calle Mayor 5, 28013 Villa Rosa\n"
            "10:30 Lucía Ferreyra\nTel. +54 11 4321 5678 Diego Paz\n")
    assert written_as_place("Villa Rosa", text)
    assert written_as_place("Buenos Aires", text.replace("C1043 ", "1043 "))
    assert not written_as_place("Lucía Ferreyra", text)  # a time before a name: a slot
    assert not written_as_place("Diego Paz", text)  # a phone's groups
    # written once elsewhere too: left
    assert not written_as_place("Villa Rosa", text + "Villa Rosa will meet you.")


def test_a_name_ending_with_a_legal_form_is_a_firm() -> None:
    assert ends_with_legal_form("Permata Kilang Berhad")
    assert ends_with_legal_form("Haverlund Logistik GmbH")
    assert ends_with_legal_form("Tidemark Foods Ltd.")
    assert not ends_with_legal_form("Maria Sá")
    assert not ends_with_legal_form("Li Sa")
    assert not ends_with_legal_form("Berhad")
    assert not_a_person(Person("Permata Kilang Berhad"), "")


def test_anothers_name_with_what_they_do_before_it_is_that_person() -> None:
    text = "Görüşmede Satış Müdürü Kerem Aksoy ve Bölge Sorumlusu Deniz Ural bulunacaktır."
    kerem = Person("Kerem Aksoy", "kerem.aksoy@tuna.example")
    glued = Person("Bölge Sorumlusu Deniz")
    deniz = Person("Deniz Ural", "deniz.ural@tuna.example")
    assert titled_again(glued, [kerem, glued, deniz], text)
    assert vetted((kerem, glued, deniz), None, text) == ((kerem, deniz), None)
    # a person whose given name is another's family name, written apart, stays
    ana = Person("Ana Deniz")
    assert not titled_again(ana, [ana, deniz], "Ana Deniz and Deniz Ural will meet you.")


def test_a_korean_name_with_a_long_title_after_it_is_the_name() -> None:
    assert name_then_title("박서준 선임연구원") == ("박서준", "선임연구원")
    assert name_then_title("최유나 디자이너") == ("최유나", "디자이너")
    assert name_then_title("남궁 민수") is None  # a family name of two written apart


def test_a_booking_page_names_no_town_as_a_person() -> None:
    text = ("Date and time: Friday 15 January 2027 3:00 PM - 4:00 PM (UTC+08:00) Kota Bharu\n"
            "Staff: Farid Osman\n\nPermata Kilang Berhad\nGraduate Recruitment\n"
            "Jalan Sultan Yahya, 15150 Kota Bharu")
    farid = Person("Farid Osman", "farid.osman@permatakilang.example")
    assert vetted((farid, Person("Kota Bharu")), Person("Permata Kilang Berhad"), text) == (
        (farid,), None)


def test_one_joined_to_someone_met_is_met() -> None:
    from followup.capture.joined_to_met import joined_to_met

    met = (Person("Ilse Vermaak"),)
    text = ("Please send the case study by Friday. Johan Pretorius and Ilse Vermaak from the "
            "planning team will read it before the panel.")
    assert [p.name for p in joined_to_met(met, ["Carla Botha", "Sam Candidate"], text)] == [
        "Ilse Vermaak", "Johan Pretorius"]
    assert [p.name for p in joined_to_met(met, [], "Ilse Vermaak y Marta Soler te verán.")
            ] == ["Ilse Vermaak", "Marta Soler"]
    # never after "or", never the candidate, a firm, nor the end of a longer capitalised run
    for text in ("Ask Ilse Vermaak or Johan Pretorius.", "Ilse Vermaak and Sam Candidate",
                 "Ilse Vermaak and Karoo Freight Ltd will host.",
                 "Senior Planner Johan Pretorius and Ilse Vermaak"):
        assert joined_to_met(met, ["Sam Candidate"], text) == met, text
