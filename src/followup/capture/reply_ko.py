"""How an employer writing in Korean says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only. Korean writes the day month first ("2월 10일"); `normal` rewrites it as the
day-first "10.2" the other languages' reader takes. Its words join their endings without a
space, so no pattern here leans on a word boundary."""

from __future__ import annotations

import re

# "아쉽게도 이번에는 함께하지 못하게 되었습니다", "불합격", "다른 지원자와 진행하기로"
REJECTED = re.compile(r"함께하지\s*못하게|불합격|"
                      r"다른\s*(?:지원자|후보자)(?:와|분과)\s*(?:진행|함께)|"
                      r"좋은\s*소식을\s*전해\s*드리지\s*못")
# "최종 합격", "처우 협의", "입사 제안", "오퍼 레터"
OFFER = re.compile(r"최종\s*합격|입사\s*제안|오퍼\s*레터|처우\s*(?:협의|안내)|채용\s*확정")
# "2차 면접 안내", "다음 전형으로 진행", "최종 면접에 모시고자"
NEXT_ROUND = re.compile(r"(?:2차|3차|최종|다음)\s*(?:면접|전형)"
                        r"(?:\s*안내|에\s*(?:모시|초대)|으로\s*진행)"
                        r"(?![^.]{0,20}(?:않|못))")
NOT = re.compile(r"(?!)")  # Korean says no after the verb: the lookahead above reads it
# "결과는 2월 10일까지 안내드리겠습니다"
DECIDE = re.compile(r"결과|안내드리|연락드리")
BY = re.compile(r"(?!)")
# "2월 13일부터 업무에 복귀합니다", "복귀 후 회신"
BACK = re.compile(r"(?:부터|에)\s*(?:업무에\s*)?복귀")
MONTHS: dict[str, int] = {}
WEEKDAYS: dict[str, int] = {}
NEXT_WEEK = r"(?!)"
_MONTH_DAY = re.compile(r"(\d{1,2})월\s*(\d{1,2})일")


def normal(s: str) -> str:
    """A sentence with its month-first days as day-first ones: "2월 10일" as "10.2"."""
    return _MONTH_DAY.sub(lambda m: f"{m.group(2)}.{m.group(1)}", s)
