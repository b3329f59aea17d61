"""Who is who, session 14 (issue 23), read from habits of any world: each invitation is
written for this test in another business's words (none is copied from the fixtures)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.addresses import is_relay, service


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_services_domain_with_a_placeholder_top_level_domain_is_still_the_service() -> None:
    assert service("myworkday.example") and service("hire.lever.test")
    assert service("jobvite-mail.example") and service("acme.zoom.example")
    assert is_relay("kestrel@myworkday.example")
    assert not service("kestrelfoods.example") and not service("gem.example")
    data = ics("Interview: Bakery Supervisor", "CN=Kestrel Foods:mailto:kestrel@myworkday.example",
               ["CN=Tomasz Zielinski:mailto:tomasz.zielinski@kestrelfoods.example", ME],
               esc("Dear Sam,\n\nYou will meet Tomasz Zielinski, Production Manager.\n\n"
                   "Kind regards,\nPeople Team"))
    staff, coord = names(data)
    assert staff == ["Tomasz Zielinski"] and coord is None


def test_the_writer_who_says_you_meet_me_and_another_in_their_language_interviews() -> None:
    for said in ("Hei Sam!\n\nDu möter mig och Annika Holm\\, produktionschef.",
                 "Hallo Sam\\,\n\nSie lernen mich und Frau Petra Vogt kennen.",
                 "Hi Sam\\,\n\nYou'll meet me and Ruairi Doyle\\, our plant manager."):
        data = ics("Interview: Process Technician", "CN=Mira Lund:mailto:mira.lund@norrvik.example",
                   ["CN=Annika Holm:mailto:annika.holm@norrvik.example",
                    "CN=Petra Vogt:mailto:petra.vogt@norrvik.example",
                    "CN=Ruairi Doyle:mailto:ruairi.doyle@norrvik.example", ME],
                   esc(said.replace("\\,", ",")) + "\\n\\nMira Lund\\nRekryterare\\, Norrvik AB")
        staff, coord = names(data)
        assert "Mira Lund" in staff and coord is None, said


def test_the_writer_who_reviews_the_take_home_with_a_colleague_is_an_assessor() -> None:
    data = ics("Take-home exercise - Tallowmere (due 18:00)",
               "CN=Beatrix Olsen:mailto:beatrix@tallowmere.example", [ME],
               esc("Hi Sam,\n\nThe exercise for the Analytics Engineer role opens at 10:00. "
                   "I'll mark it together with Yusuf Demir before the final round.\n\n"
                   "Best,\nBeatrix Olsen\nHead of Analytics, Tallowmere Ltd"))
    staff, coord = names(data)
    assert set(staff) == {"Beatrix Olsen", "Yusuf Demir"} and coord is None


def test_whoever_the_writer_says_they_are_joined_by_is_in_the_interview() -> None:
    data = ics("Interview – Embedded Engineer",
               "CN=Lucie Marchand:mailto:lucie.marchand@quartzline.example", [ME],
               esc("Bonjour Sam,\n\nHere is the link for our technical interview. I will be "
                   "joined by Bastien Leroy from the firmware team.\n\nLucie Marchand\n"
                   "Responsable Firmware | Quartzline SAS"))
    staff, _ = names(data)
    assert staff == ["Lucie Marchand", "Bastien Leroy"]


def test_someone_who_joins_in_the_present_tense_takes_part() -> None:
    data = ics("Interview: Fleet Planner",
               "CN=Maren Dahl:mailto:maren.dahl@fjordline.example", [ME],
               esc("Agenda: 40 min with Maren Dahl (Head of Fleet); Caoimhe Ní Riain (COO) "
                   "joins for the final 10 min."))
    staff, _ = names(data)
    assert staff == ["Maren Dahl", "Caoimhe Ní Riain"]


def test_a_listed_given_name_with_the_family_names_initial_is_a_person() -> None:
    data = ics("Technical Round 1 - Data Engineer", "CN=HR Team:mailto:hr@tessellate.example",
               ["CN=Arvind Rao:mailto:arvind.rao@tessellate.example",
                "CN=Meena K:mailto:meena.k@tessellate.example", ME],
               esc("Dear Sam,\n\nYour round is confirmed. Panel: Arvind Rao, Meena K.\n"
                   "Please keep your ID ready.\n\nRegards,\nHR Team"))
    staff, coord = names(data)
    assert staff == ["Arvind Rao", "Meena K"] and coord is None


def test_a_teams_signature_joined_by_a_hyphen_is_nobody() -> None:
    from followup.capture.small_employer import body_not_person

    assert body_not_person("Ihr Brotwerk-Team") and body_not_person("Het Zeilmaker-team")
    assert not body_not_person("Ana Souza-Lima")
