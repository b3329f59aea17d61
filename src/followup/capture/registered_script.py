"""The registered name in the file's own script (issue 23). Pure.

A file written in Chinese, Japanese or Korean whose text writes the employer with its legal
form in that script ("株式会社ミナトロボティクス 人事部の佐藤です", "感谢您投递上海云澜科技
有限公司「数据工程师」岗位", "부산마린솔루션(주) 인사팀입니다") names the employer so: its
writer lists that registered name, not the Latin brand of a signature ("Yunlan Tech"), the
unit that sends it ("인사팀", "人資部"), the calendar tool ("飞书日历") or a meeting's line
("Webex ミーティングに参加"). A file whose title is in Latin letters keeps what it reads.
"""

from __future__ import annotations

import re

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u30a0-\u30ff\u31f0-\u31ff"  # katakana: a name's; hiragana is a sentence's
_HANGUL = "\uac00-\ud7af"
_SCRIPT = lazy(rf"[{_HAN}\u3040-\u30ff{_HANGUL}]")

# the legal forms, in the scripts that write them
_JA_FORM = "株式会社|有限会社|合同会社"
_ZH_FORM = "股份有限公司|有限责任公司|有限責任公司|有限公司|集团公司|集團公司"
_KO_FORM = r"\(주\)|㈜|주식회사|\(유\)|유한회사"

_JA_NAME = rf"[{_HAN}{_KANA}ー・]{{2,20}}"
_ZH_NAME = rf"[{_HAN}]{{2,24}}"
_KO_NAME = rf"[{_HANGUL}]{{2,20}}"

# hiragana that starts a line or follows a bracket or a space is the name's own first word
# ("さくら精密株式会社" on a signature's line), not a sentence's ending before the name
_JA_HEAD = r"(?:(?:^|(?<=[\s「『【（(]))[\u3040-\u309f]{1,10})?"
_REGISTERED = lazy(
    rf"(?m)(?P<ja>(?:{_JA_FORM})[ \t]?{_JA_NAME}|{_JA_HEAD}{_JA_NAME}(?:{_JA_FORM}))"
    rf"|(?P<zh>{_ZH_NAME}(?:{_ZH_FORM}))"
    rf"|(?P<ko>(?:{_KO_FORM})[ \t]?{_KO_NAME}|{_KO_NAME}[ \t]?(?:{_KO_FORM}))")

# the words of a sentence that run on into the name in Chinese, which puts no space before
# it ("感谢您投递上海…", "欢迎加入…"): the name starts after the last of them
_ZH_LEAD = lazy(r".*(?:投递|投遞|应聘|應聘|应征|應徵|申请|申請|加入|欢迎|歡迎|来自|來自|"
                      r"感谢您|感謝您|代表|我们是|我們是|这里是|這裡是|您好|您的|参加|參加|参与|"
                      r"參與|邀请|邀請|诚邀|誠邀|报名|報名|关注|關注|选择|選擇|贵司|貴司|我司|"
                      r"本司|对|對|于|於|与|與|从|從|由|向|到|至|请|請|的|是|为|為|在)")
# a Korean name's particle after it ("(주)하늘클라우드의", "…에서")
_KO_PARTICLE = lazy(r"(?:입니다|에서|으로|이며|의|에|은|는|이|가|을|를|과|와|로)$")
# a firm that places candidates, in these scripts: its name is not the employer's
_AGENCY = lazy(r"人材|キャリア|エージェント|リクルート|猎头|獵頭|人力资源|人力資源|人才|"
                    r"헤드헌팅|서치펌|인재|커리어")
# a Japanese name after the form stops where a unit's word starts ("株式会社ミナト人事部")
_JA_UNIT = lazy(r"(?:人事|採用|総務|開発|営業|技術|本社|本部|事業|品質|製造|生産|経営|"
                      r"管理|企画|広報|経理|法務|研究|設計).*$")


def _cleaned(found: re.Match[str]) -> str:
    text = found.group(0)
    if found.group("zh"):
        text = _ZH_LEAD.sub("", text)
    elif found.group("ko"):
        text = _KO_PARTICLE.sub("", text)
    elif found.group("ja") and not re.search(rf"(?:{_JA_FORM})$", text):
        head = re.match(rf"(?:{_JA_FORM})[ \t]?", text)
        rest = _JA_UNIT.sub("", text[head.end():]) if head else text
        text = (head.group(0) if head else "") + rest
    return text.strip()


# a sentence's marks and endings ("…人事部の佐藤です。", "…인사팀입니다.", "…岗位，")
_SENTENCE = lazy(r"[。！？，、：「」]|[.!?][ \t]*$|です|ます|니다")
_SEPARATORS = "|/·•・-–—(（"


def _in_sentence(text: str, at: int, end: int) -> bool:
    """The name at text[at:end] is written in a sentence, not on a signature's line alone
    ("株式会社カイトロボティクス 人事部", "인사팀 | 한빛반도체㈜ Hanbit Semiconductor",
    "Hangang Mobility (한강모빌리티 주식회사)": the letterhead, which a title's or a Latin name
    of the file is written over)."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", end)
    line = text[start:stop if stop >= 0 else len(text)]
    before = text[start:at].rstrip()
    return bool(_SENTENCE.search(line)) or bool(before and before[-1] not in _SEPARATORS)


def in_own_script(inv: Invitation) -> str:
    """The first registered name a sentence of the description writes in the script of the
    file's title (Chinese, Japanese or Korean), with its legal form; "" when the title is
    not in one of those scripts or no sentence writes such a name."""
    from followup.capture.employer import plain

    if not _SCRIPT.search(inv.summary):
        return ""
    text = plain(inv.description)
    for found in _REGISTERED.finditer(text):
        if not _in_sentence(text, found.start(), found.end()):
            continue
        name = _cleaned(found)
        bare = re.sub(rf"{_JA_FORM}|{_ZH_FORM}|{_KO_FORM}", "", name).strip()
        rest = " ".join([inv.summary, inv.location or "",
                         text[:found.start()], text[found.end():]])
        if len(bare) >= 2 and not _AGENCY.search(name) and _written_again(bare, rest):
            return name
    return ""


def _written_again(bare: str, rest: str) -> bool:
    """The name, or four letters of it in a row, is written again elsewhere in the file
    (the title's "サクラフィンテック", a signature's "云澜科技" for "上海云澜科技有限公司"):
    the employer's own name recurs, a client's or a former employer's passing mention does
    not."""
    size = min(4, len(bare))
    return any(bare[i:i + size] in rest for i in range(len(bare) - size + 1))


# a Latin name, then words in Chinese, Japanese or Korean letters ("Pangyo Neural 온사이트
# 면접", a title's name run on into its stage)
_LATIN_THEN = lazy(rf"([A-Za-zÀ-ɏ][^{_HAN}\u3040-\u30ff{_HANGUL}]*?)[ \t]+"
                         rf"[{_HAN}\u3040-\u30ff{_HANGUL}].*")


def latin_head(name: str, inv: Invitation) -> str:
    """The Latin name a title runs on into words of another script, when a sentence of the
    description writes it alone too ("… position at Pangyo Neural (판교뉴럴)"); else
    `name`."""
    from followup.capture.employer import plain

    run = _LATIN_THEN.fullmatch(name)
    if not run:
        return name
    head = run.group(1).strip()
    alone = rf"(?<!\w){re.escape(head)}(?![ \t]*[{_HAN}\u3040-\u30ff{_HANGUL}]{{2}})(?!\w)"
    return head if re.search(alone, plain(inv.description)) else name


def over(value: str, inv: Invitation) -> str:
    """The answer, the registered name in the file's script written over it: not over a
    name the title writes (less a run-on into another script's words: latin_head), nor
    over a Latin name the file writes ("Kaito Robotics Inc.", beside it or apart: writers
    differ, and the Latin name is one the file gives); over a unit ("인사팀"), a tool
    ("飞书日历"), a meeting's line, a guess from a domain, a short name and its Latin
    brand ("云澜科技 Yunlan Tech")."""
    from followup.capture.employer import plain

    if value and value in inv.summary:
        return latin_head(value, inv)
    registered = in_own_script(inv)
    if not registered:
        return value
    lines = [*plain(inv.description).splitlines(), inv.location or "",
             *(a.name for a in [inv.organizer, *inv.senders] if a and a.name)]
    if value and not _SCRIPT.search(value) and any(value in x for x in lines):
        return value
    return registered
