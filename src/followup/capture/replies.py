"""What an employer's reply says: an outcome, a decision date, an agreed day, or nothing new.

Pure functions over the text of one message and its Date (no clock, no database). Quoted
history and signatures are cut with mail-parser-reply first (imported only when a body is
read, never by other commands). Outcomes are read conservatively: a wrong "rejected" costs
the candidate a chance, so a rejection needs plain words and no sign of a next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.capture.reply_words import (
    AUTO_BODY,
    DECISION_CUE,
    FOLLOW_CUE,
    NEGATION_NEAR,
    NEXT_CONFIRM,
    NEXT_ROUND,
    OFFER,
    REJECTED,
    SIGNOFF,
    THE_CALL,
    is_rejection,
)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2, "a few": 3,
        "a": 1}
_N = (r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of|"
      r"a few|a)")

@dataclass(frozen=True, slots=True)
class Reading:
    outcome: str  # rejected | offer | next_round | decision | follow_up | reply | auto
    day: date | None  # the decision date, or the agreed follow-up day
    evidence: str  # the sentence it came from


def new_text(body: str, parser: str = "mail-parser-reply") -> str:
    """The new part of a reply: quoted history and the signature removed. `parser` picks
    the library (bench/capture_eval.py compares them on the corpus)."""
    try:
        if parser == "email-reply-parser":
            from email_reply_parser import EmailReplyParser as Other

            text = Other.parse_reply(body)
        else:
            from mailparser_reply import EmailReplyParser

            text = EmailReplyParser(languages=["en", "de", "fr"]).parse_reply(text=body)
    except Exception:  # a third-party parser must not stop the inbox
        text = body
    text = "\n".join(ln for ln in (text or "").splitlines() if not ln.lstrip().startswith(">"))
    cut = SIGNOFF.search(text)
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    return text.strip()


_ABBREV = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|"
                     r"approx|no)\.(?=\s)", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The sentences of a text; "Dec. 18" is not a sentence end (the dot is dropped)."""
    flat = _ABBREV.sub(r"\1", " ".join(text.split()))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", flat) if s.strip()]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUM.get(word, 1)


def _weekday(name: str) -> int:
    n = name.lower()[:3]
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(n))


def _add_business(day: date, n: int) -> date:
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _month_start(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    n = day.month - 1 + months
    return date(day.year + n // 12, n % 12 + 1, 1)


def _part_of_month(part: str, first: date) -> date:
    """early/beginning/start: the first weekday; mid/middle: the 15th; end/late: the last."""
    part = part.lower()
    if part.startswith(("mid", "middle")):
        return first.replace(day=15)
    if part.startswith(("end", "late")):
        return _month_start(first, 1) - timedelta(days=1)
    while first.weekday() > 4:
        first += timedelta(days=1)
    return first


_PART = r"(early|beginning of|start of|mid|mid-|middle of|end of|late)"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _periods(t: str, today: date) -> date | None:
    """Parts of months and weeks, holidays and counted spans: the forms dateparser lacks."""
    m = re.search(rf"\b(?:a|one|{_N}) weeks? from (today|now|tomorrow|{_WD})\b", t)
    if m:
        n = _num(m.group(1)) if m.group(1) else 1
        base = m.group(2)
        if base in ("today", "now"):
            start = today
        elif base == "tomorrow":
            start = today + timedelta(days=1)
        else:
            start = today + timedelta(days=(_weekday(base) - today.weekday()) % 7 or 7)
        return start + timedelta(days=7 * n)
    m = re.search(rf"\b{_PART} ?(?:the )?(next|this) month\b", t)
    if m:
        return _part_of_month(m.group(1), _month_start(today, 1 if m.group(2) == "next" else 0))
    m = re.search(r"\b(?:mid-?month|(?:the )?middle of the month)\b", t)
    if m:
        return today.replace(day=15) if today.day < 15 else _month_start(today, 1).replace(day=15)
    m = re.search(rf"\b{_PART} ?(?:the month of )?({_MONTH})\b(?!\.? ?\d)", t)
    if m:
        month = _MONTHS.index(m.group(2)[:3]) + 1
        first = date(today.year, month, 1)
        if month < today.month:
            first = first.replace(year=today.year + 1)
        return _part_of_month(m.group(1), first)
    m = re.search(r"\bbefore (?:the )?(?:holidays|holiday (?:break|season)|christmas|xmas)\b", t)
    if m:
        eve = date(today.year, 12, 24)
        return eve if eve >= today else eve.replace(year=today.year + 1)
    m = re.search(r"\b(?:end of (?:the )?year|year-end|year end)\b", t)
    if m:
        return date(today.year, 12, 31)
    m = re.search(r"\b(?:within|in|over) (?:the next )?(\d{1,3}) hours\b", t)
    if m:
        return today + timedelta(days=max(1, -(-int(m.group(1)) // 24)))
    if re.search(r"\b(?:within|in) a fortnight\b", t):
        return today + timedelta(days=14)
    return None


def resolve(text: str, today: date) -> date | None:
    """The first date a sentence names, relative forms resolved from `today` (the day the
    message was written, in the application's zone)."""
    t = text.lower()
    m = re.search(rf"\b({_WD}) next week\b", t)
    if m:
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=_weekday(m.group(1)))
    m = re.search(r"\bend of (?:the |this )?(next )?week\b", t)
    if m:
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        return friday + timedelta(days=7) if m.group(1) else friday
    m = re.search(r"\b(early|beginning of|start of|middle of|mid|mid-|end of|late) ?"
                  r"(?:the )?next week\b", t)
    if m:
        monday = today + timedelta(days=7 - today.weekday())
        return {"early": monday, "beginning of": monday, "start of": monday,
                "middle of": monday + timedelta(days=2), "mid": monday + timedelta(days=2),
                "mid-": monday + timedelta(days=2)}.get(m.group(1), monday + timedelta(days=4))
    m = re.search(r"\bend of (?:the |this )?month\b", t)
    if m:
        return _month_start(today, 1) - timedelta(days=1)
    explicit = re.search(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|"
                         rf"th)? (?:of )?{_MONTH}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b", t)
    found = None if explicit else _periods(t, today)
    if found is not None:
        return found
    m = re.search(rf"\b(?:within|in|over) (?:the next )?{_N} (business |working )?"
                  r"(days?|weeks?)\b", t)
    if m:
        n = _num(m.group(1))
        if m.group(3).startswith("week"):
            return today + timedelta(days=7 * n)
        return _add_business(today, n) if m.group(2) else today + timedelta(days=n)
    if re.search(r"\b(?:tomorrow)\b", t):
        return today + timedelta(days=1)
    m = re.search(rf"\b(?:(next|this|coming) )?({_WD})\b(?!,? {_MONTH}|,? \d)", t)
    if explicit:
        return _explicit(explicit.group(0), today)
    nth = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", t)
    if nth and 1 <= int(nth.group(1)) <= 31:
        n = int(nth.group(1))
        month = today if n >= today.day else _month_start(today, 1)
        try:
            return month.replace(day=n)
        except ValueError:
            return None
    if m:
        target = _weekday(m.group(2))
        if m.group(1) == "next":  # a weekday of the next calendar week
            return today + timedelta(days=7 - today.weekday() + target)
        return today + timedelta(days=(target - today.weekday()) % 7 or 7)
    if re.search(r"\bnext week\b", t):  # no day named: that week's Friday
        return today + timedelta(days=7 - today.weekday() + 4)
    return None


def _explicit(text: str, today: date) -> date | None:
    import dateparser

    base = datetime(today.year, today.month, today.day)
    found = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": "MDY"})
    if found is None:
        return None
    day: date = found.date()
    if day < today - timedelta(days=60):
        day = day.replace(year=day.year + 1)
    return day


def _decision_day(sentence: str, today: date) -> date | None:
    if not DECISION_CUE.search(sentence):
        return None
    day = resolve(sentence, today)
    return day if day is not None and day >= today else None


def read_reply(body: str, sent_at: datetime, tz: str, parser: str = "mail-parser-reply"
               ) -> Reading:
    """What one reply proposes; `sent_at` is its Date header, `tz` the application's zone.
    When in doubt it says "reply": a sentence that still promises a decision on a date, or
    puts one off, is never read as a rejection."""
    text = new_text(body, parser)
    today = sent_at.astimezone(ZoneInfo(tz)).date()
    said = sentences(text)
    if AUTO_BODY.search(text):
        return Reading("auto", None, next((s for s in said if AUTO_BODY.search(s)), ""))
    offer = next((s for s in said if OFFER.search(s) and not REJECTED.search(s)
                  and not NEGATION_NEAR.search(s)), None)
    if offer:
        return Reading("offer", None, offer)
    nxt = next((s for s in said if NEXT_ROUND.search(THE_CALL.sub(" ", s))
                and NEXT_CONFIRM.search(THE_CALL.sub(" ", s)) and not is_rejection(s)
                and not s.lstrip().lower().startswith(("if ", "should "))), None)
    rejected = next((s for s in said if is_rejection(s) and _decision_day(s, today) is None),
                    None)
    if rejected and not nxt:
        return Reading("rejected", None, rejected)
    if nxt:
        return Reading("next_round", resolve(nxt, today), nxt)
    for s in said:
        if FOLLOW_CUE.search(s):
            day = resolve(s, today)
            if day is not None and day > today:
                return Reading("follow_up", day, s)
    for s in said:
        day = _decision_day(s, today)
        if day is not None:
            return Reading("decision", day, s)
    return Reading("reply", None, said[0] if said else "")
