"""How an employer writing in Japanese says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only. Japanese writes the day month first ("2月10日", "1/15（金）") and its words
run on without spaces, so no pattern here leans on a word boundary; `normal` rewrites a day
as the day-first "10.2" the other languages' reader takes."""

from __future__ import annotations

import re

# "今回はご期待に沿えない結果となりました", "今回はご縁がなかったものとさせていただきます",
# "残念な結果となりました", "見送らせていただく", "不採用"
REJECTED = re.compile(r"ご期待に(?:沿|添)え(?:ない|ず)|ご縁がなかった|残念な結果|見送らせて|"
                      r"見送りとさせて|見送ることと|不採用|お見送り|採用を見合わせ|貴意に添いかね")
# "内定のご連絡", "採用が決定いたしました", "オファーレター"
OFFER = re.compile(r"内定(?:の|を|と|が|を出)|採用(?:が|を)?決定|オファーレター|"
                   r"採用させていただ(?:く|き)")
# "二次面接にお進みいただきたく", "最終面接のご案内", "次の選考に進んで"
_NEXT = r"(?:二次|三次|最終|次の|次回)(?:面接|選考)"
NEXT_ROUND = re.compile(rf"{_NEXT}(?:に(?:お)?進|へ(?:お)?進|のご案内)"
                        r"(?![^。]{0,20}(?:ません|ない|かね))")
NOT = re.compile(r"(?!)")  # Japanese says no after the verb: the lookahead above reads it
# "選考結果につきましては、1/15（金）までにご連絡いたします"
DECIDE = re.compile(r"結果|ご連絡|ご回答")
BY = re.compile(r"(?!)")
# "1月13日（水）より順次対応いたします", "13日から出社いたします"
BACK = re.compile(r"(?:より|から)(?:順次)?(?:対応|出社|復帰|業務)|に(?:復帰|出社)")
MONTHS: dict[str, int] = {}
WEEKDAYS: dict[str, int] = {}
NEXT_WEEK = r"(?!)"
_KANA = re.compile(r"[\u3040-\u30ff]")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日|(?<![\d/])(\d{1,2})/(\d{1,2})(?=[（(])")


def normal(s: str) -> str:
    """A sentence with its month-first days as day-first ones: "2月10日（水）" as "10.2（水）",
    "1/15（金）" as "15.1（金）" (in a sentence in Japanese only)."""
    if not _KANA.search(s):
        return s
    return _MONTH_DAY.sub(lambda m: f"{m.group(2) or m.group(4)}.{m.group(1) or m.group(3)}", s)
