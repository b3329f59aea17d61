"""A letter signed in Japanese, Chinese or Korean (issue 23): the writer's team, then their
name, then perhaps a closing word, on one line at the letter's end ("採用チーム 渡辺 恵",
"人資部 蔡佩君 敬上", "인사팀 김서연 드림"). The writer signs; the team is their title.
Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention

# A team's name: a unit's ending or recruiting's and HR's own words (人事, 人資, 採用, 招聘,
# 채용, 인사), maybe after the company's name.
_TEAM = (r"\S*(?:本部|事業部|部門|部|課|室|チーム|グループ|センター|中心|組|组|팀|본부|부서|"
         r"人事|人資|人资|採用担当|採用|招聘|채용|인사|HR)")
# A name: two to four letters of Han or kana (a space may part family and given name), or
# two to four Hangul syllables.
_NAME = (r"[\u4e00-\u9fff]{1,2}[ \u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,3}|"
         r"[\uac00-\ud7af]{2,4}")
# The closing words written after the name ("敬上", "謹上", "拝", "드림", "올림").
_CLOSING = r"敬上|謹上|拝|敬具|一同|드림|올림"
SIGNED = lazy(rf"^(?:.*[\s\u3000])?({_TEAM})[\s\u3000]+({_NAME})(?:[\s\u3000]*(?:{_CLOSING}))?"
              r"\s*$")
# … or the name alone with its closing word ("김서연 드림", "陳怡君 敬上")
NAME_CLOSING = lazy(rf"^()({_NAME})[\s\u3000]*(?:{_CLOSING})\s*$")


def cjk_signers(text: str, found: list[Mention]) -> list[Mention]:
    """The writer who signs on a line of their team and name, among the last lines of the
    letter, not already found."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    known = {m.name.replace(" ", "").replace("\u3000", "") for m in found}
    out: list[Mention] = []
    for line in lines[-8:]:
        m = SIGNED.match(line) or NAME_CLOSING.match(line)
        if not m or re.search(r"[:：。、,，]", line):
            continue
        name = " ".join(m.group(2).split())
        if name.replace(" ", "") in known or len(name.replace(" ", "")) < 2 or \
                re.fullmatch(_CLOSING, name) or re.fullmatch(_TEAM, name):
            continue  # the team signs alone ("인사팀 드림", "採用チーム 一同")
        out.append(Mention(name, m.group(1), "signature", None))
        known.add(name.replace(" ", ""))
    return out


# One person written in two scripts: a name in Han, kana or Hangul with its romanisation in
# brackets ("林志明 (Lin Chih-ming)"), or a Latin name with its Han form after it on a line of
# its own or in brackets ("Vivian Huang 黄薇", "Vivian Huang (黄薇)").
_CJK = r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]"
_LATIN_NAME = r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,2}"
ROMANISED_AFTER = lazy(rf"({_CJK}{{2,4}}(?:[ \u3000]{_CJK}{{1,3}})?)[ \u3000]*[(（]"
                       rf"({_LATIN_NAME})[)）]")
HAN_AFTER = lazy(rf"^([ \t]*{_LATIN_NAME})[ \t\u3000]+[(（]?{_CJK}{{2,4}}[)）]?[ \t]*$",
                 re.MULTILINE)


def one_script(text: str, known: Sequence[str] = ()) -> str:
    """The text with each person written once: the second script's form of a name dropped
    where it stands beside the first (never a job title in brackets: "王伟 (Product Lead)");
    of a name and its romanisation, the form the invitation's own attendees are named in."""
    from followup.capture.names import name_words, titled

    keys = {name_words(k) for k in known if k}

    def pick(m: re.Match[str]) -> str:
        if titled(m.group(2)):
            return m.group(0)
        return m.group(2) if name_words(m.group(2)) in keys and \
            name_words(m.group(1)) not in keys else m.group(1)

    return HAN_AFTER.sub(lambda m: m.group(1), ROMANISED_AFTER.sub(pick, text))
