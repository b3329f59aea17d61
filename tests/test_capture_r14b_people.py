"""Who is who when a panel is listed with ranks, a schedule's rows name sessions, and the
writer addresses people as they would in speech (issue 23, session 14, second round). Each
habit on an invitation written for this test (new people, new organisations, another
wording), never a fixture's."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.cjk_units import unit_dropped
from followup.capture.names import valid


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_professors_rank_written_short_is_a_title_before_the_name() -> None:
    data = ics("Lecturer in Hydrology - interview",
               "CN=Faculty Recruitment:mailto:faculty-hr@southgateuni.example",
               [ME],
               esc("Your interview is confirmed.\n\nPanel: Dr. Tomas Ferreira (Chair), "
                   "Assoc Prof Wen Li, A/Prof. Grace Mbeki\n\nFormat: 15 minute "
                   "presentation, then questions."))
    got, _ = names(data)
    assert len(got) == 3 and "Wen Li" in got and "Grace Mbeki" in got


def test_a_sir_or_a_maam_before_a_name_is_how_one_is_addressed_not_the_name() -> None:
    data = ics("Interview - Store Supervisor",
               "CN=Hiring:mailto:hiring@lunetafoods.example",
               [ME],
               esc("Hi Sam, please come to our Quezon City branch at 9 AM. Sir Benjie "
                   "Santos (Branch Manager) will interview you. Bring a valid ID."))
    got, _ = names(data)
    assert got == ["Benjie Santos"]


def test_a_sessions_name_in_a_schedule_row_is_nobody() -> None:
    for phrase in ("Cross-functional Partnership", "Final Presentation",
                   "Values Discussion", "Team Collaboration"):
        assert not valid(phrase), phrase
    assert valid("Noor Passmore") and valid("Ellis Dawson")
    data = ics("Onsite - Product Designer",
               "CN=Priya Venn:mailto:priya.venn@tallowandsage.example",
               ["CN=Priya Venn:mailto:priya.venn@tallowandsage.example", ME],
               esc("Here is your schedule:\n\n10:00 AM - 10:45 AM | Design Critique | "
                   "Marta Quill, Head of Design\n10:45 AM - 11:30 AM | Stakeholder "
                   "Collaboration | Owen Hartley (Product) & Ruth Abara (Engineering)\n\n"
                   "Priya Venn\nRecruiting Coordinator"))
    got, coord = names(data)
    assert sorted(got) == ["Marta Quill", "Owen Hartley", "Ruth Abara"] and coord == "Priya Venn"


def test_a_team_before_a_name_in_a_script_without_capitals_is_not_the_name() -> None:
    assert unit_dropped("営業部 高橋 真由美") == "高橋 真由美"
    assert unit_dropped("인사팀 박 서연") == "박 서연"
    assert unit_dropped("阿部 健一") == "阿部 健一"  # a family name that ends like a unit
    assert unit_dropped("Platform Team Ana Ruiz") == "Platform Team Ana Ruiz"
    data = ics("【二次面接】データアナリスト / Sam Candidate 様",
               "CN=採用チーム:mailto:saiyo@kawasemi.example",
               [ME],
               esc("Sam Candidate 様\n\n二次面接を下記の通り実施いたします。\n\n"
                   "面接官：データ戦略部 小林 直樹、森 由紀\n\nよろしくお願いいたします。"))
    got, _ = names(data)
    assert sorted(got) == sorted(["小林 直樹", "森 由紀"])
