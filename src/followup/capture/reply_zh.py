"""How an employer writing in Chinese says the outcome of an application, the day of a
decision and the day an out-of-office writer is back (capture/reply_languages reads them).
Plain words only. Chinese writes the day month first ("2月10日"); `normal` rewrites it as the
day-first "10.2" the other languages' reader takes. Its words run on without spaces, so no
pattern here leans on a word boundary."""

from __future__ import annotations

import re

# "很遗憾，您未能通过", "决定不再推进您的申请", "已选择其他候选人", "暂时无法提供"
REJECTED = re.compile(r"未能通过|不再推进|(?:选择|决定录用)了?其他(?:候选人|人选)|"
                      r"暂时无法(?:为您)?提供|没有通过")
# "录用通知", "offer letter" aside: "正式录用", "发放录用"
OFFER = re.compile(r"录用通知|正式录用|录用意向|聘用意向|聘用通知")
# "进入下一轮面试", "邀请您参加第二轮面试", "复试"
NEXT_ROUND = re.compile(r"(?:进入|参加)(?:下一轮|第二轮|第三轮|最终|终)(?:面试|轮)|复试通知|"
                        r"邀请您参加(?:复试|终面)")
NOT = re.compile(r"[未没不]")
# "面试结果将于2月10日前通知您"
DECIDE = re.compile(r"结果|通知您|答复")
BY = re.compile(r"(?!)")
BACK = re.compile(r"(?:起|后)(?:回到|返回)?(?:办公室|岗位|上班)|(?:回来|返回)后")
# the same words in traditional characters (Taiwan, Hong Kong): "很遺憾，我們決定不再推進您的申請",
# "誠邀您參加第二輪面試", "錄用通知"
_TRADITIONAL = str.maketrans("过诚参轮试进录选择决遗无为终请发结将于后来办复没",
                             "過誠參輪試進錄選擇決遺無為終請發結將於後來辦復沒")


def _both(rx: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"{rx.pattern}|{rx.pattern.translate(_TRADITIONAL)}")


REJECTED, OFFER, NEXT_ROUND, NOT, DECIDE, BACK = map(_both, (REJECTED, OFFER, NEXT_ROUND, NOT,
                                                            DECIDE, BACK))
MONTHS: dict[str, int] = {}
WEEKDAYS: dict[str, int] = {}
NEXT_WEEK = r"(?!)"
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def normal(s: str) -> str:
    """A sentence with its month-first days as day-first ones: "2月10日" as "10.2"."""
    return _MONTH_DAY.sub(lambda m: f"{m.group(2)}.{m.group(1)}", s)
