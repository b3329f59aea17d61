"""Reading the days a text names (issue 15, 23): every form a sentence can name a day in
("December 18", "3/12" in the writer's order, "the 11th", "Friday week", "within two weeks",
"end of next week", "early January") is a pattern that yields a `Mention` (where it is, the
day it means), resolved from the day the message was written. Which of them is the decision
day is capture.reply_dates's to say.

Ranges are read as the day a careful reader would wait for: a choice or a span counts as its
later end ("Wednesday or Thursday", "two to three weeks", "December 17-18"), a part of a week
or month by `part_of_month` and `_part_week`, "next week" as its Friday.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from followup.capture.day_calendar import (
    add_business,
    add_months,
    iso_week_friday,
    month_start,
    nearest_year,
    next_weekday,
    part_of_month,
    quarter_end,
    this_week,
    week_of,
)
from followup.capture.day_dashed import PATTERN as DASHED
from followup.capture.day_dashed import dashed
from followup.capture.day_numbers import (
    DAY_FIRST,
    WD,
    WEEKDAYS,
    dotted,
    dotted_span,
    explicit_md,
    foreign,
    month_number,
    numeric,
    order_shown,
    weekday,
    ymd,
)
from followup.capture.day_text import FOREIGN, MONTH, flat

__all__ = ["DAY_FIRST", "WD", "WEEKDAYS", "Mention", "mentions", "nth", "num", "order_shown"]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
          "a couple of": 2, "couple of": 2, "a couple": 2, "a few": 3, "few": 3,
          "several": 3, "a": 1, "an": 1}
_ONE = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fourteen|a couple of|couple of|a couple|a few|few|several|an|a)")
# "2-3", "two to three", "one or two": a range counts as its later end
N = rf"((?:{_ONE}(?:\s*(?:-|–|to|or)\s*))?{_ONE})"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)"
_OR = re.compile(r"\s*(?:or|to|-|–|/|and|through)\s*")
# "the week of 12/14", "w/c 14 December": a week named by a day in it is waited for to its
# Friday
# back that week: its first day; not news coming back ("circle back to candidates the week of")
_BACK_FROM = re.compile(r"\b(?:(?<!circle )(?<!get )(?<!getting )(?<!come )(?<!coming )(?<!hear )"
                        r"(?<!write )(?<!call )(?<!report )back(?! to (?:you|them|us|all|every|"
                        r"candidates|applicants|people|folks|the (?:candidates|applicants)))|"
                        r"return\w*|in the office)\b")
_WEEK_OF = re.compile(r"\b(?:the )?(?:week (?:of|commencing|beginning|starting)|w/[cb]|wc|wb)"
                      r"\s*$")
_FOLLOWING = re.compile(rf"\bthe following (?:{WD}|week)$")
_DAY_AFTER = re.compile(r"the (?:next|following) day|the day after")
_AFTER_DAY = re.compile(r"\b(?:after|following|once)\b[^.;!?]{0,35}$")
_OF_THAT = re.compile(r"\s*(?:of|after|from) (?:that|then|this(?! (?:month|week|year))|it|the "
                      r"(?:meeting|panel|interviews?|committee|board))\b")

_DELAY = re.compile(r"(?:pushed|moved|put|set|delayed|postponed|slip)")
# what parts a weekday from the week named before it: a sentence's end, a choice, a denial, a
# clause of its own with its own verb ("so it'll be Tuesday", "but I'll update you on Friday";
# not "next week, so Friday at the earliest")
_NEW_CLAUSE = re.compile(r"[.;!?]|\b(?:or|not)\b|\b(?:so|but|because|since|which means|meaning|"
                         r"therefore|hence)\b[^.;!?]*?(?:'ll|'d|'s|\b(?:will|would|should|can|"
                         r"could|shall|is|are|be|expect|hear)\b)")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    day: date
    absolute: bool  # a calendar date ("December 18", "12/18"), not a day counted from today
    vague: bool = False  # a period, read as the day a careful reader would wait for


def num(word: str) -> int:
    """A count in words or digits; a range ("2-3", "one or two") gives its later end."""
    parts = re.split(r"\s*(?:-|–|\bto\b|\bor\b)\s*", word.strip().lower())
    last = parts[-1].strip()
    return int(last) if last.isdigit() else _WORDS.get(last, 1)


def nth(today: date, n: int, wd: str | None = None) -> date | None:
    """"the 18th": the next 18th after today; "Friday the 18th": the next 18th that is a
    Friday within three months, else the next 18th."""
    if not 1 <= n <= 31:
        return None
    first = None
    for months in range(4):
        start = month_start(today, months)
        try:
            found = start.replace(day=n)
        except ValueError:
            continue
        if found <= today:
            continue
        first = first or found
        if wd is None or found.weekday() == weekday(wd):
            return found
    return first


def _part_week(part: str) -> int:
    part = part.lower().removeprefix("the ")
    if part.startswith(("early", "beginning", "start", "first")):
        return 0
    if part.startswith("mid"):
        return 2
    return 4


_PARTS = (r"(early|earlier|beginning of|start of|mid|mid-|middle of|the middle of|midway "
          r"through|halfway through|end of|the end of|late|later|close of|the close of|"
          r"(?:the )?(?:first|second|latter) half of)")
Finder = Callable[[re.Match[str], date], date | None]


def _from_base(base: str, today: date) -> date:
    base = base.lower()
    if base.startswith("this "):
        return next_weekday(today, weekday(base[5:]), same_day=True)
    if base.startswith("next "):
        return week_of(today, 1, weekday(base[5:]))
    if base in ("today", "now"):
        return today
    if base == "tomorrow":
        return today + timedelta(days=1)
    return next_weekday(today, weekday(base))


def _span(m: re.Match[str], today: date) -> date | None:
    n, unit, business = num(m.group("n")), m.group("unit").lower(), m.group("biz")
    more = m.groupdict().get("more")
    n = num(more) if more else n
    if unit.startswith("hour"):
        return today + timedelta(days=max(1, -(-n // 24)))
    if unit.startswith("week"):
        return today + timedelta(days=7 * n)
    if unit.startswith("fortnight"):
        return today + timedelta(days=14 * n)
    if unit.startswith("month"):
        return add_months(today, n)
    return add_business(today, n) if business else today + timedelta(days=n)


def _weeks_from(m: re.Match[str], today: date) -> date | None:
    n = num(m.group("n")) if m.group("n") else 1
    unit = 7 if m.group("unit").lower().startswith("week") else 1
    if m.group("unit").lower().startswith("fortnight"):
        unit = 14
    return _from_base(m.group("base"), today) + timedelta(days=unit * n)


def _next_wd(m: re.Match[str], today: date) -> date | None:
    return week_of(today, 1, weekday(m.group("wd")))


def _wd_after_next(m: re.Match[str], today: date) -> date | None:
    return week_of(today, 2, weekday(m.group("wd")))


def _this_wd(m: re.Match[str], today: date) -> date | None:
    return next_weekday(today, weekday(m.group("wd")), same_day=True)


def _wd(m: re.Match[str], today: date) -> date | None:
    return next_weekday(today, weekday(m.group("wd")))


def _wd_week(m: re.Match[str], today: date) -> date | None:
    """"Friday week", "a week on Friday": a week after the coming Friday ("Tuesday
    fortnight": two)."""
    weeks = 2 if "fortnight" in m.group(0) else 1
    named = m.group("wd") or m.groupdict().get("wd2") or ""
    return next_weekday(today, weekday(named)) + timedelta(days=7 * weeks)


def _last_wd(m: re.Match[str], today: date) -> date | None:
    back = (today.weekday() - weekday(m.group("wd"))) % 7 or 7
    return today - timedelta(days=back)


def _part_this_week(m: re.Match[str], today: date) -> date | None:
    return this_week(today, _part_week(m.group(1) or "end"))


def _part_next_week(m: re.Match[str], today: date) -> date | None:
    return week_of(today, 1, _part_week(m.group(1) or "end"))


def _week_after_next(m: re.Match[str], today: date) -> date | None:
    return week_of(today, 2, _part_week(m.group(1) or "end"))


def _part_month(m: re.Match[str], today: date) -> date | None:
    which = m.group(2).lower()
    found = part_of_month(m.group(1), month_start(today, 1 if which in ("next", "following")
                                                  else 0))
    if which == "the" and found < today:
        found = part_of_month(m.group(1), month_start(today, 1))
    return found


def _end_month(_m: re.Match[str], today: date) -> date | None:
    return month_start(today, 1) - timedelta(days=1)


def _mid_month(_m: re.Match[str], today: date) -> date | None:
    return today.replace(day=15) if today.day <= 15 else month_start(today, 1).replace(day=15)


def _part_named_month(m: re.Match[str], today: date) -> date | None:
    first = nearest_year(today, month_number(m.group(2)), 1)
    return None if first is None else part_of_month(m.group(1), first)


def _week_of_month(m: re.Match[str], today: date) -> date | None:
    """"the first week of January": the Friday of that week, the first week being the one
    whose Thursday is in the month (as ISO counts; a month starting on a Friday has its
    first week after the weekend)."""
    k = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}[m.group(1).lower()]
    which = m.group(2).lower()
    if which in ("next month", "the next month"):
        first = month_start(today, 1)
    else:
        found = nearest_year(today, month_number(which), 1)
        if found is None:
            return None
        first = found
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return thursday + timedelta(days=1 + 7 * k)


def iso_week(m: re.Match[str], today: date) -> date | None:
    return iso_week_friday(today, int(m.group("n")))


def _quarter(m: re.Match[str], today: date) -> date | None:
    q = m.group("q") or m.group("o") or ""
    n = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "first": 1, "second": 2, "third": 3,
         "fourth": 4}.get(q)
    return quarter_end(today, n)


def _holidays(_m: re.Match[str], today: date) -> date | None:
    eve = date(today.year, 12, 24)
    return eve if eve >= today else eve.replace(year=today.year + 1)


def _new_year(_m: re.Match[str], today: date) -> date | None:
    """"in the new year", "after the holidays": the first weekday after 1 January."""
    year = today.year + 1 if today.month >= 7 else today.year
    return add_business(date(year, 1, 1), 1)


def _year_end(_m: re.Match[str], today: date) -> date | None:
    return date(today.year, 12, 31)


def _thanksgiving(_m: re.Match[str], today: date) -> date | None:
    first = date(today.year, 11, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if thursday < today:
        first = date(today.year + 1, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thursday - timedelta(days=1)


def _delay(m: re.Match[str], today: date) -> date | None:
    return _span(m, today)


def _week_end(_m: re.Match[str], today: date) -> date | None:
    return this_week(today, 4)


def _offset(days: int) -> Finder:
    return lambda _m, today: today + timedelta(days=days)


_E = rf"(?:{WD},? )?(?:the )?"
DAY_WORDS: tuple[tuple[str, Finder], ...] = (
    # absolute days
    (rf"\b{_E}(?:(?P<m1>{MONTH})\.?[ -](?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|or|to|"
     rf"and)\s*(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b)?|(?P<d2>\d{{1,2}})"
     rf"(?:st|nd|rd|th|\.)?[ -](?:of )?(?P<m2>{MONTH})\b)(?:,? (?P<y>\d{{4}}))?\b", explicit_md),
    # "15. Januar", "15 janvier", "15 de enero": a day before a month in the writer's own tongue
    (rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s(?:de\s)?(?P<fm>{FOREIGN})(?:\s(?:de\s)?(?P<y>\d{{4}}))?"
     r"(?!\w)", foreign),
    (r"\b(?P<y>\d{4})([-/.])(?P<mo>\d{1,2})\2(?P<d>\d{1,2})\b", ymd),  # year first; dotted
    # and dashed with a year are in the writer's order ("13-01-2027"), dotted without one day first
    (rf"(?:\b(?P<wd>{WD}),? )?(?<![\d-])(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})-(?P<y>\d{{4}})(?![\d-])",
     numeric),
    (r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\.?\d)", ymd),
    (rf"(?:\b(?P<wd>{WD}),? )?(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mo>\d{{1,2}})\b\.?(?![\d%]|\.\d|"
     r"\s?(?:[ap]\.?m\b|h\b|hrs?\b|uhr\b|(?:years?|months?|weeks?|days?|hours?|minutes?|"
     r"mins?|x|k|m)\b))", dotted),
    (r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.?\s?[-–]\s?(?P<d2>\d{1,2})\.(?P<mo2>\d{1,2})"
     r"\b\.?(?![\d%]|\.\d|\s?[a-z])", dotted_span),
    (DASHED, dashed),  # "by 29-01": a padded day and month, not a range (capture.day_dashed)
    (rf"(?:\b(?P<wd>{WD}),? )?(?<![\d/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:/(?P<y>\d{{4}}|"
     rf"\d{{2}}))?(?![\d/])(?!\s?[ap]\.?m)", numeric),
    (rf"\b(?:on |this |next )?(?P<wd>{WD}),? (?:the )?{_ORD}\b",
     lambda m, t: nth(t, int(m.group(2)), m.group("wd"))),
    # "Friday 22 or Monday 25": a weekday and its day of the month, neither an hour nor a date
    (rf"\b(?:on |this |next )?(?P<wd>{WD}),? (\d{{1,2}})\b(?!\s?(?:[:./]\d|[-–]\s?\d|"
     r"[ap]\.?m\b|h\b|hrs?\b|uhr\b|o'?clock\b|%))",
     lambda m, t: nth(t, int(m.group(2)), m.group("wd"))),
    (rf"\bthe {_ORD}(?:\s*(?:-|–|/|or|to|and)\s*(?:the )?(\d{{1,2}})(?:st|nd|rd|th))?\b"
     rf"(?! (?:of )?{MONTH})", lambda m, t: nth(t, int(m.group(2) or m.group(1)))),
    # "no later than 18th", "by 4th": an ordinal without "the" after a word that leads to a day
    (rf"(?:(?<=\bby )|(?<=\bon )|(?<=than )|(?<=till )|(?<=til )|(?<=before )){_ORD}\b"
     rf"(?! (?:of )?{MONTH})(?! (?:\w+ )?(?:round|stage|interview|time|place|floor|step|choice|"
     r"call)\b)", lambda m, t: nth(t, int(m.group(1)))),
    # "by the 15": a bare number after "by the", "on the", "before the" that ends the phrase
    (r"(?<=\b(?:by|on) the )(\d{1,2})(?=\s*(?:$|[.,;!?)]|at the latest|latest|or\b))|"
     r"(?<=\bbefore the )(\d{1,2})(?=\s*(?:$|[.,;!?)]))",
     lambda m, t: nth(t, int(m.group(1) or m.group(2)))),
    # counted from a day
    (rf"\b(?:(?P<n>{_ONE}) )?(?P<unit>weeks?|days?|fortnights?) (?:from|after) "
     rf"(?P<base>today|now|tomorrow|(?:this |next )?{WD})\b", _weeks_from),
    (rf"\b(?P<n>{N}) (?P<biz>business |working |work )?(?P<unit>days?|weeks?|months?|hours?|"
     rf"fortnights?)(?:'s?|')? (?:from (?:now|today)|time)\b", _span),
    (rf"\b(?:within|in|over|inside|up to|give (?:us|me|them)|take|takes|taking|need|needs|"
     rf"another|a further|an extra|(?:a|one) more|at least|be) (?:us |me |them )?(?:about |"
     rf"around |roughly |approximately |up to |at least )?(?:the )?(?:(?:next|coming|"
     rf"following|another|further) )?(?P<n>{N}) (?:more |extra |further )?(?P<biz>business |"
     rf"working |work )?(?P<unit>days?|weeks?|months?|hours?|fortnights?)(?:'s?|')?"
     rf"(?: or so| or (?P<more>two|three|four|\d))?\b", _span),
    (r"\b(?:within|in|over|inside) (?:the )?(?:next|coming|following) (?P<n>)"
     r"(?P<biz>business |working )?(?P<unit>day|week|fortnight|month)(?: or so| or "
     r"(?P<more>two|three|four|\d))?\b", _span),
    (r"\b(?:within|in|over|inside) the (?P<n>)(?P<biz>)(?P<unit>fortnight)\b", _span),
    # "pushed back by a week", "delayed by two days", "slipped a few days": a delay, counted
    # from the day named before it (see `_mentions`)
    (rf"\b(?:(?:pushed|moved|put|set) (?:back|out)|delayed|postponed|slipp(?:ed|ing)|"
     rf"slips?|pushed) (?:it |this |things )?(?:back )?(?:by )?(?:about |around )?(?P<n>{N}) "
     rf"(?:more )?(?P<biz>business |working )?(?P<unit>days?|weeks?|fortnights?)\b", _delay),
    (r"\b(?:another|a further|an extra|one more) (?P<n>)(?P<biz>business |working )?"
     r"(?P<unit>day|week|fortnight|month)\b", _span),
    # weeks
    (rf"\b(?P<wd>{WD}),? (?:of )?(?:the )?week after next\b", _wd_after_next),
    (rf"\bthe (?P<wd>{WD}) after next\b", _wd_week),  # the second one to come
    (rf"\b{_PARTS}? ?(?:the )?week after next\b", _week_after_next),
    (rf"\b(?P<wd>{WD}),? (?:of )?(?:the )?(?:next|following|coming) week\b", _next_wd),
    (rf"\b(?:next|following|coming) week(?:,? on)? (?P<wd>{WD})\b", _next_wd),
    (rf"\b(?:on )?next (?P<wd>{WD})\b|\b(?P<wd2>{WD}) next\b(?! (?:week|month))",
     lambda m, t: week_of(t, 1, weekday(m.group("wd") or m.group("wd2")))),
    (rf"\b(?:this )?coming (?P<wd>{WD})\b", _wd),
    (rf"\bthis (?P<wd>{WD})\b", _this_wd),
    (rf"\b(?P<wd>{WD}),? (?:of )?this week\b", _this_wd),
    (rf"\blast (?P<wd>{WD})\b|\b(?P<wd2>{WD}) last week\b",
     lambda m, t: _last_wd(m, t) if m.group("wd") else t - timedelta(days=7)),
    (rf"\b(?P<wd>{WD}) (?:week|fortnight)\b|\ba (?:week|fortnight) (?:on |from )?(?P<wd2>{WD})\b",
     _wd_week),
    (rf"\b{_PARTS} ?(?:-?week,? (?:of )?)?(?:the )?(?:next|following|coming) week\b|"
     r"\b(?:next|the following|the coming) week\b()", _part_next_week),
    (rf"\b{_PARTS} ?(?:the |this )?week\b(?! of)|\b(?:this|within the) week\b()|"
     r"\b(?:by )?(?:the )?week'?s end\b()", _part_this_week),
    (r"\b(?:before|by|ahead of) the weekend\b|\beow\b", _week_end),
    (r"\beom\b", _end_month),
    # "KW 3", "CW03", "calendar week 3", "in week 3": the ISO week, waited for to its Friday
    (r"\b(?:kw|cw|calendar week|(?<=in )week|(?<=by )week|(?<=during )week)\s?(?P<n>\d{1,2})\b"
     r"(?! (?:of|after|before|from)\b)", iso_week),
    (r"\b(?:end|close) of (?:the )?(?:(?P<q>q[1-4])|(?P<o>first|second|third|fourth|this|"
     r"current) quarter|quarter)\b", _quarter),
    (rf"\b(?:(?P<n>{_ONE}) )?(?P<unit>weeks?|fortnights?) (?P<base>today|tomorrow)\b",
     _weeks_from),
    (rf"\b{_PARTS}? ?that week\b", _part_this_week),
    (rf"\b(?P<wd>{WD})\b", _wd),
    # months and the year
    (rf"\b{_PARTS} ?(?:the )?(next|following|this|the) month\b", _part_month),
    (r"\b(?:the )?end of (?:the )?month\b|\bmonth-?end\b", _end_month),
    (r"\bmid-?month\b", _mid_month),
    (rf"\b(first|1st|second|2nd|third|3rd) week of ((?:the )?next month|{MONTH})\b",
     _week_of_month),
    (rf"\b{_PARTS} ?(?:the month of )?({MONTH})\b", _part_named_month),
    (rf"\b(end|start|beginning)[ -]({MONTH})\b", _part_named_month),
    (r"\b(?:before|ahead of|by|this side of) (?:the )?(?:holidays|holiday (?:break|season)|"
     r"christmas|xmas|winter break|festive (?:season|break))\b", _holidays),
    (r"\b(?:in|into|early in|at the start of|at the beginning of) the new year\b|"
     r"\bafter (?:the )?(?:holidays|holiday (?:break|season)|christmas|xmas|new year'?s?|"
     r"festive (?:season|break)|winter break)\b", _new_year),
    (r"\b(?:end of (?:the )?year|year-?end|new year'?s eve)\b", _year_end),
    (r"\b(?:before|ahead of|by) thanksgiving\b", _thanksgiving),
    # days around today
    (r"\b(?:the )?day after tomorrow\b", _offset(2)),
    (r"\btomorrow\b", _offset(1)),
    (r"\b(?:later |by the end of |end of |by end of )today\b|\btonight\b|\bthis (?:afternoon|"
     r"evening)\b|\b(?:by |before )?(?:close of business|end of (?:the )?(?:business )?day|eod|"
     r"cob)\b(?! (?:on |this |next )?(?:tomorrow|" + WD + "))", _offset(0)),
    (r"\byesterday\b", _offset(-1)),
    # "the day after", "the following day": a day after the one named before it (`_mentions`)
    (r"\bthe (?:next|following) day\b|\bthe day after\b(?! (?:tomorrow|the|that|our|your|"
     r"his|her|their|my|\d))", _offset(1)),
    # "this time next week": the same day a week on, not that week's Friday
    (r"\b(?:this|the same) time next week\b", _offset(7)),
)
_COMPILED = tuple((re.compile(p, re.I), f) for p, f in DAY_WORDS)
# A period names no day of its own ("next week", "within ten working days", "early in the new
# year", "by the end of the month", "KW 3"): it is read as the day a careful reader would wait
# for, but marked vague; a day named in it ("next week, probably Tuesday") is not.
_PERIODS = frozenset({_span, _part_this_week, _part_next_week, _week_after_next, _part_month,
                      _end_month, _mid_month, _part_named_month, _week_of_month, iso_week,
                      _quarter, _holidays, _new_year, _year_end, _thanksgiving, _week_end})


def mentions(text: str, today: date, before: str = "") -> list[Mention]:
    """Every day the text names, in order, each span read once (the longest form wins).
    Numeric dates are read in the order the text shows, when one of them can be read one
    way only ("22/12 - 4/1" is day first), else in the writer's (DAY_FIRST). "The following
    Monday" at its start counts from the last day `before` names (the sentences before it)."""
    t = flat(text)
    shown = order_shown(f"{before} {t}")
    token = DAY_FIRST.set(shown) if shown is not None else None
    try:
        last = [m.day for m in _mentions(flat(before), today)] if before else []
        return _mentions(t, today, last[-1] if last else None)
    finally:
        if token is not None:
            DAY_FIRST.reset(token)


# "by Friday that week": the week of the day named before, as "later that week"
_THAT_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?that\s+(?:same\s+)?week\b", re.IGNORECASE)


def _mentions(t: str, today: date, since: date | None = None) -> list[Mention]:
    found: list[tuple[int, int, re.Match[str], Finder]] = []
    for rx, finder in _COMPILED:
        for m in rx.finditer(t):
            found.append((m.start(), m.end(), m, finder))
    found.sort(key=lambda f: f[0])  # then by length: ties go to the earlier, then the first pattern
    out: list[Mention] = []
    read: dict[int, tuple[re.Match[str], Finder]] = {}
    taken: list[tuple[int, int]] = []
    for start, end, m, finder in sorted(found, key=lambda f: -(f[1] - f[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        if (day := finder(m, today)) is not None:
            out.append(Mention(start, end, day, _is_absolute(t[start:end]), finder in _PERIODS))
            read[start] = (m, finder)
    out.sort(key=lambda m: m.start)
    if out and (_FOLLOWING.search(t, max(0, out[0].start - 16), out[0].end)
                or _DAY_AFTER.fullmatch(t, out[0].start, out[0].end)
                or t.endswith("that week", out[0].start, out[0].end)
                or _THAT_WEEK_AFTER.match(t, out[0].end)):
        # "we'll decide the following Monday", "later that week": from the day named before
        # it, in an earlier sentence (`since`); with none, no day (today is not the one meant)
        m, finder = read[out[0].start]
        day = finder(m, since) if since is not None else None
        out = [replace(out[0], day=day, absolute=False), *out[1:]] if day else out[1:]
    elif out and not out[0].absolute and _OF_THAT.match(t, out[0].end):
        # "within a week of that", the day it counts from being in an earlier sentence
        first = out[0]
        out = out[1:] if since is None else [
            replace(first, day=since + (first.day - today), absolute=False), *out[1:]]
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if _DAY_AFTER.fullmatch(t, cur.start, cur.end):
            # "the directors meet on Wednesday; you'll hear the day after": the Thursday
            out[i] = replace(cur, day=prev.day + timedelta(days=1), absolute=False)
            continue
        if cur.absolute or prev.day < today:
            continue
        if _OF_THAT.match(t, cur.end) or _DELAY.match(t, cur.start) or (
                re.match(r"(?:within|in) ", t[cur.start:cur.end])
                and _AFTER_DAY.search(t, max(0, prev.start - 40), prev.start)
                and not re.search(r"[.;!?]", t[prev.end:cur.start])):
            # "after the panel on 8 December we'll answer within 48 hours": from that day
            # too, as "meets on the 14th; decisions within a week of that"
            out[i] = replace(cur, day=prev.day + (cur.day - today), absolute=False)
        elif (re.fullmatch(WD, t[cur.start:cur.end]) and "week" in t[prev.start:prev.end]
              and cur.start - prev.end <= 25 and not _NEW_CLAUSE.search(t, prev.end, cur.start)
              and (inside := prev.day - timedelta(days=prev.day.weekday()) + timedelta(
                  days=weekday(t[cur.start:cur.end]))) >= today):
            # "some time next week, Thursday at the latest": that week's Thursday; not a day
            # of it already past, nor one a new clause gives ("off sick this week, so it'll be
            # Tuesday": the coming Tuesday)
            out[i] = replace(cur, day=inside, absolute=False)
        elif _FOLLOWING.search(t, max(0, cur.start - 16), cur.end) or t.endswith(
                "that week", cur.start, cur.end):
            # "interviews end on 12/11 and we decide the following Wednesday (week)"
            m, finder = read[cur.start]
            out[i] = replace(cur, day=finder(m, prev.day) or cur.day, absolute=False)
    for i, cur in enumerate(out):
        if _WEEK_OF.search(t, max(0, cur.start - 20), cur.start) and not _BACK_FROM.search(
                t, max(0, cur.start - 50), cur.start):
            friday = cur.day + timedelta(days=(4 - cur.day.weekday()) % 7)
            out[i] = replace(cur, day=friday, vague=True)  # "w/c 4 January": a week
    for i in range(len(out) - 1, 0, -1):
        prev, cur = out[i - 1], out[i]
        if _DELAY.match(t, prev.start) and re.fullmatch(r"\s*(?:from|after|past)\s+", t[
                prev.end:cur.start]):
            # "pushed back a week from the 22nd": the delay counted from the day after it
            out[i - 1:i + 1] = [Mention(prev.start, cur.end, cur.day + (prev.day - today),
                                        False)]
    # "Wednesday or Thursday", "December 17-18": a choice or a range counts as its later end
    for i in range(len(out) - 1, 0, -1):
        if _OR.fullmatch(t, out[i - 1].end, out[i].start):
            out[i - 1:i + 1] = [max(out[i - 1:i + 1], key=lambda m: m.day)]
    return out


def _is_absolute(said: str) -> bool:
    return bool(re.search(rf"\d{{4}}-\d\d|\d/\d|\d\.\d|{MONTH}\.?[ -]\d|"
                          rf"\d(?:st|nd|rd|th|\.)?[ -](?:of |de )?(?:{MONTH}|{FOREIGN})", said))
