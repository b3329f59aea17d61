"""Session 15 (r15b-company): the registered name in the file's own script, a video
service's heading, a Latin name run on into another script's words. Invitations written for
these tests."""

from __future__ import annotations

import pytest
from tests.test_capture_company import company

from followup.capture.meeting_line import service_heading


@pytest.mark.parametrize(("summary", "organizer", "description", "want"), [
    # a Japanese sentence writes the name with its legal form before it
    ("【最終面接】データサイエンティスト / Alex様", "Rika Mori <r.mori@hoshizora.example>",
     "Alex様\n\nお世話になっております。株式会社ホシゾラ分析 人事部の森です。\n"
     "最終面接のご案内です。\n\n株式会社ホシゾラ分析 人事部 森 里香",
     "株式会社ホシゾラ分析"),
    # … with its legal form after it
    ("一次面接（品質保証エンジニア）Alex様", "Kenji Ota <k.ota@aoba.example>",
     "Alex様\n\n青葉電工株式会社 品質保証部の太田です。\n面接日程をお送りします。\n\n"
     "受付で「青葉電工 太田」とお伝えください。",
     "青葉電工株式会社"),
    # a Chinese sentence runs its verb on into the name
    ("面试邀请：前端工程师 - Alex", "Li Na <lina@qingshan.example>",
     "Alex 您好：\n\n感谢您投递杭州青山数据有限公司「前端工程师」岗位。\n\n李娜\n青山数据 HR",
     "杭州青山数据有限公司"),
    # a Korean sentence: the name with (주) after it, the HR unit sends it
    ("[면접] 백엔드 개발자 – Alex 님", "인사팀 <hr@hanul.example>",
     "Alex 님 안녕하세요.\n하늘클라우드(주) 인사팀입니다.\n1차 면접 일정을 안내드립니다.\n\n"
     "하늘클라우드 인사팀 드림",
     "하늘클라우드(주)"),
])
def test_a_sentence_in_the_files_script_names_the_registered_employer(
        summary: str, organizer: str, description: str, want: str) -> None:
    assert company(summary, organizer, description) == want


def test_a_signatures_registered_name_leaves_the_titles_name() -> None:
    # the registered name only on a signature's line: the title's name is kept
    got = company("[대한로직스] 물류 분석가 1차 면접", "Choi Yuna <yuna@daehanlogis.example>",
                  "Alex 님께,\n\n대한로직스 물류 분석가 1차 면접 일정을 안내드립니다.\n\n"
                  "Choi Yuna 드림\n인사팀 | 대한로직스㈜ Daehan Logis")
    assert got == "대한로직스"


def test_a_name_written_once_in_passing_is_not_taken() -> None:
    # a former employer a sentence mentions once, written nowhere else
    got = company("【面接】Alex様 / 経理担当", "Mika Ueda <mika@gmail.com>",
                  "Alex様\n\n前職の株式会社ヤマブキ商事でのご経験を伺えればと思います。")
    assert got != "株式会社ヤマブキ商事"


def test_a_latin_title_keeps_its_name() -> None:
    got = company("Interview: Data Engineer at Copperleaf Analytics",
                  "Jo Reyes <jo@copperleaf.example>",
                  "Hi Alex,\n\nLooking forward to it.\n\nCopperleaf Analytics\n"
                  "東京オフィス: 株式会社カッパーリーフ")
    assert got == "Copperleaf Analytics"


def test_a_latin_name_run_on_into_another_scripts_words_is_the_latin_name() -> None:
    got = company("Harbin Quantum 最终面试", "Zhou Min <zhou@harbinquantum.example>",
                  "Hi Alex, the final round for the Research Engineer role at Harbin Quantum "
                  "(哈尔滨量子) is booked.\n\nZhou Min / Talent, Harbin Quantum")
    assert got == "Harbin Quantum"


@pytest.mark.parametrize(("text", "heading"), [
    ("Microsoft Teams-vergadering", True),
    ("Réunion Microsoft Teams", True),
    ("Webex ミーティングに参加", True),
    ("Zoom 회의 참가", True),
    ("Zoomcar Mobility", False),
    ("Teamsters Local 27", False),
    ("Northwind Teams", False),
])
def test_a_video_services_heading_is_no_employer(text: str, heading: bool) -> None:
    assert service_heading(text) is heading


def test_a_sentences_first_word_after_a_full_stop_is_no_legal_form() -> None:
    got = company("Entrevista entre Lucía Pardo y Alex", "Lucía Pardo <lucia@ombulabs.example>",
                  "Descripción: Charla de 45 min con el equipo de datos de Ombú Analítica. "
                  "As ya confirmó su presencia.")
    assert got != "Ombú Analítica. As"
