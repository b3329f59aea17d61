"""Who is a person, and who set it up, from how names and mail work in any language (issue
23, session 16): a bare title of address, a mailbox's own word and a function written as a
name are no one; words of the job's title are no person; an organizer who signs as the
assistant of the interviewer named set it up. Each invitation is written for this test."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc

from followup.capture.invitations import read
from followup.capture.name_likeness import (
    bare_title,
    books_a_day_for_a_client,
    function_name,
    mailbox_name,
    organizer_sets_up,
    role_words,
)
from followup.capture.propose import Known, Proposal, propose
from followup.core.model import Person

OWN = frozenset({"sam@gmail.com"})


def proposed(data: bytes) -> Proposal:
    return propose(read(data, "UTC")[0], OWN, Known((), {}))


def test_a_bare_title_of_address_is_no_one() -> None:
    assert bare_title("Mrs") and bare_title("Sr.") and bare_title("Herr")
    assert not bare_title("Mrs. Adaeze Okafor") and not bare_title("Ola Nordmann")


def test_a_one_word_name_that_is_its_own_mailbox_is_a_shared_mailbox() -> None:
    assert mailbox_name("Rekrutacja", "rekrutacja@bialowies.example", "Zespół Rekrutacja")
    assert mailbox_name("Selectie", "selectie2@zuidkust.example", "")
    # … unless the letter writes a full name that begins with that word
    assert not mailbox_name("Tove", "tove@fjellgard.example", "Hilsen\nTove Lunde")
    assert not mailbox_name("Tove Lunde", "tove@fjellgard.example", "")


def test_a_function_written_as_a_name_is_no_person() -> None:
    assert function_name("Captação de Talentos") and function_name("Talent Acquisition")
    assert function_name("Atracción de Talento")
    assert not function_name("Marisol Ferreira") and not function_name("Mateus Conceição")
    assert not function_name("Maria da Conceição Silva")


def test_a_mailbox_organizer_with_no_display_name_is_no_coordinator() -> None:
    data = ics("Entrevista: Analista de Compras",
               "mailto:selecao@ventomar.example",
               ["CN=Rui Patrício Lopes:mailto:rui.lopes@ventomar.example", ME],
               esc("Olá Sam,\nEntrevistador: Rui Patrício Lopes.\nAté breve,\n"
                   "Equipe de Seleção - Ventomar"))
    prop = proposed(data)
    assert prop.coordinator is None or prop.coordinator.name != "Selecao"
    assert [p.name for p in prop.interviewers] == ["Rui Patrício Lopes"]


def test_words_of_the_role_are_no_interviewer() -> None:
    staff = (Person(name="Vardiya Amiri", email=None), Person(name="Leyla Aksoy", email=None))
    kept, role = role_words(staff, "Mülakat – Depo Vardiya Amiri",
                            lambda no: "Depo Vardiya Amiri" if no == "Vardiya Amiri" else "")
    assert [p.name for p in kept] == ["Leyla Aksoy"] and role == "Depo Vardiya Amiri"
    # a name after a word in small letters is a person's ("with Leyla Aksoy")
    kept, role = role_words(staff[1:], "Interview with Leyla Aksoy", lambda no: "x y z")
    assert [p.name for p in kept] == ["Leyla Aksoy"] and role is None


def test_the_assistant_who_writes_for_the_interviewer_is_the_coordinator() -> None:
    staff = (Person(name="Siti Rahayu", email="siti@padikopi.example"),
             Person(name="Bambang Susilo", email="bambang@padikopi.example"))
    letter = ("Dengan hormat,\nPewawancara: Bapak Bambang Susilo (Kepala Gudang)\n"
              "Salam,\nSiti Rahayu\nSekretaris Kepala Gudang\nPadi Kopi")
    kept, coord = organizer_sets_up(staff, None, "siti@padikopi.example", letter)
    assert coord is not None and coord.name == "Siti Rahayu"
    assert [p.name for p in kept] == ["Bambang Susilo"]
    # one who signs with a title of their own, not another's, stays in the room
    other = letter.replace("Sekretaris Kepala Gudang", "Kepala Produksi")
    kept, coord = organizer_sets_up(staff, None, "siti@padikopi.example", other)
    assert coord is None and len(kept) == 2


def test_a_panel_after_the_video_block_is_the_writers_though_it_gives_a_number() -> None:
    from followup.capture.description import usable_text

    text = ("Kauri Freight is inviting you to a scheduled Zoom meeting.\n\n"
            "Join Zoom Meeting\nhttps://kauri.zoom.us/j/123456789\n\nMeeting ID: 123 456 789\n\n"
            "One tap mobile\n+6491234567,,123456789# New Zealand\n\n"
            "Interviewers: Aroha Ngata (Fleet Manager), Tama Wiremu (Depot Lead). "
            "Questions? Ring our coordinator on 09 555 1234 before the day.")
    assert "Aroha Ngata" in usable_text(text)
    assert "One tap mobile" not in usable_text(text)


def test_de_la_written_joined_is_a_family_names_particle() -> None:
    from followup.capture.mentions import mentions

    found = [m.name for m in mentions("Panel: Ma. Luisa delos Reyes (Head of Payroll) and "
                                      "Paolo Mendoza (Controller)\n")]
    assert found == ["Ma. Luisa delos Reyes", "Paolo Mendoza"]


def test_a_family_name_that_is_also_a_german_job_word_signs_a_letter() -> None:
    data = ics("Entretien – Contrôleur de gestion",
               "CN=Helvet Bank:mailto:helvetbank@myworkday.com",
               ["CN=Anna Meier:mailto:anna.meier@helvetbank.example", ME],
               esc("Bonjour Sam,\n\nVous rencontrerez :\n- Mme Anna Meier, Responsable "
                   "Contrôle\n\nMeilleures salutations,\nLaura Kaufmann\nTalent Acquisition"
                   " - Helvet Bank SA\n"))
    prop = proposed(data)
    assert prop.coordinator is not None and prop.coordinator.name == "Laura Kaufmann"


def test_a_person_listed_beside_an_interviewer_is_met_too() -> None:
    from followup.capture.listed_beside import listed_beside
    from followup.capture.mention_lists import Mention

    text = ("Your portfolio review is on Friday with Oona Laine (Creative Director) and "
            "Kalle Niemi (Lead UX) at our studio.")
    staff = (Person(name="Oona Laine", email=None),)
    found = [Mention("Oona Laine", "Creative Director", "prose", None),
             Mention("Kalle Niemi", "Lead UX", "prose", None)]
    assert [p.name for p in listed_beside(staff, found, [], text)] == ["Oona Laine",
                                                                        "Kalle Niemi"]
    # never one the text says is away
    gone = [found[0], found[1]._replace(context="away")]
    assert [p.name for p in listed_beside(staff, gone, [], text)] == ["Oona Laine"]


def test_an_agencys_all_day_block_for_its_client_is_booked_not_held() -> None:
    one = Person(name="Fergus Doyle", email="fergus@lanternsearch.example")
    staff, coord = books_a_day_for_a_client((one,), None, "fergus@lanternsearch.example",
                                            True, "Tidewater Power")
    assert staff == () and coord == one
    # an hour's call by the same consultant, or a day the employer's own person books, is held
    assert books_a_day_for_a_client((one,), None, one.email, False, "Tidewater Power")[1] is None
    own = Person(name="Nia Roberts", email="nia@tidewaterpower.example")
    assert books_a_day_for_a_client((own,), None, own.email, True, "Tidewater Power")[1] is None
