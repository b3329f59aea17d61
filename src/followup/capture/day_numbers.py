"""Days written as numbers or with a month's name (issues 15, 23): "12/18" and "18/12" in
the writer's order, "18.12.", "2027-01-13", "13 Jan", "15. Januar". Each finder turns a
match of capture.day_phrases's table into a day, resolved from the day the message was
written; which order a numeric date is read in is this module's to say (`DAY_FIRST`,
`order_shown`, `_plausible`).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date, timedelta

from followup.capture.day_calendar import nearest_year
from followup.capture.day_text import MONTH_ABROAD, flat

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WD = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri)"
      r"(?!\w)")
def weekday(name: str) -> int:
    n = name.lower()[:3]
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(n))


def month_number(name: str) -> int:
    return MONTHS.index(name.lower()[:3]) + 1


















# The writer's order of numeric dates: day first for a British sender ("by 3/12" = 3 December)
DAY_FIRST: ContextVar[bool] = ContextVar("DAY_FIRST", default=False)


def explicit_md(m: re.Match[str], today: date) -> date | None:
    month = m.group("m1") or m.group("m2")
    day = int(m.group("d3") or m.group("d1") or m.group("d2"))
    year = m.group("y")
    if year:
        try:
            return date(int(year), month_number(month), day)
        except ValueError:
            return None
    return nearest_year(today, month_number(month), day)


# An employer's reply names days in the coming weeks: a reading three months away or more
# gives way to one within weeks ("returning 11/01/2027" written on 18 December is 11 January,
# whoever wrote it; "in touch by 5/2" written on 22 January is 5 February, not 2 May)
FAR, NEAR = 90, 45


def numeric(m: re.Match[str], today: date) -> date | None:
    """"12/18" month first (US order); day first when the first number cannot be a month,
    when the weekday written beside it says so ("Friday 11/12"), when month first would
    be a day already past and day first one to come ("by 10/12" written on 1 December), or
    when month first is months away and day first within weeks (`FAR`, `NEAR`)."""
    a, b, year = int(m.group("a")), int(m.group("b")), m.group("y")
    found = []
    for month, day in ((b, a), (a, b)) if DAY_FIRST.get() else ((a, b), (b, a)):
        if not 1 <= month <= 12:
            continue
        if year:
            try:
                found.append(date(int(year) + (2000 if len(year) == 2 else 0), month, day))
            except ValueError:
                continue
        elif (near := nearest_year(today, month, day)) is not None:
            found.append(near)
    if not found:
        return None
    if m.group("wd"):
        named = [d for d in found if d.weekday() == weekday(m.group("wd"))]
        found = named or found
    if len(found) > 1 and today <= found[1] <= today + timedelta(days=NEAR) and (
            found[0] < today or found[0] > today + timedelta(days=FAR)):
        return found[1]
    if found[0] < today and len(found) > 1 and found[1] >= today:
        return found[1]
    return found[0]


def ymd(m: re.Match[str], _today: date) -> date | None:
    year = int(m.group("y"))
    try:
        return date(year + 2000 if year < 100 else year, int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None


# "until 18.12", "on Monday 30.11.": a dotted day and month (day first, as continental Europe
# writes it) after a word that leads to a day or beside a weekday; "at 14.30" is a time
_LEADS = re.compile(r"\b(?:by|until|till|til|before|on|from|for|than|latest|deadline|date|"
                    r"due|expected|correction|back|return|returning)"
                    r"\s*:?\s*$")


# "it should be 15.01", "I wrote 12.01": after a verb, only the continental form with a
# two-digit month ("9.30" after "be" is a time)
_SAYS = re.compile(r"\b(?:be|is|was|wrote|write|said|says|it's)\s*$")


def dotted(m: re.Match[str], today: date) -> date | None:
    said = _SAYS.search(m.string, max(0, m.start() - 8), m.start()) and re.fullmatch(
        r"0[1-9]|1[0-2]", m.group("mo"))
    if not m.group("wd") and not said and not _LEADS.search(m.string, max(0, m.start() - 12),
                                                            m.start()):
        return None
    day, month = int(m.group("d")), int(m.group("mo"))
    if not 1 <= month <= 12:  # "by 12.18" from an American writer: month first
        day, month = month, day
    return nearest_year(today, month, day) if 1 <= month <= 12 else None


def dotted_span(m: re.Match[str], today: date) -> date | None:
    """"22.12.-03.01.": a span of two dotted days (day first), read as its later end; two clock
    times ("9.05-9.10") are no span of days."""
    ends = []
    for d, mo in (("d", "mo"), ("d2", "mo2")):
        if not 1 <= int(m.group(mo)) <= 12:
            return None
        ends.append(nearest_year(today, int(m.group(mo)), int(m.group(d))))
    first, last = ends
    if first is None or last is None:
        return None
    if last < first:
        last = last.replace(year=last.year + 1)
    return last if (last - first).days <= 92 else None



def foreign(m: re.Match[str], today: date) -> date | None:
    month, day = MONTH_ABROAD[m.group("fm")], int(m.group("d"))
    if m.group("y"):
        try:
            return date(int(m.group("y")), month, day)
        except ValueError:
            return None
    return nearest_year(today, month, day)


# a numeric date that can be read one way only shows the writer's order for the others
_ONLY_DMY = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d])")
_ONLY_MDY = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d])")


# A writer of a country that puts the day first (the UK, Ireland, Australia, New Zealand,
# South Africa, India, Singapore) shows it in their own part of a message: an English tag
# ("en-GB"), a dialling code or a UK number anywhere, or, in the signature's last lines, the
# company's legal form there ("Ltd", "Pty Ltd", "Pvt. Ltd.", "Pte. Ltd.", "plc"), a UK or
# Australian postcode, the country or one of its main cities
_DMY_SIGNS = re.compile(
    r"\ben-(?:gb|ie|au|nz|za|in|sg)\b|\(written at a day-first offset\)|"
    r"(?<![\w+])\+\s?(?:44|353|61|64|27|91|65)[\s(.-]*\d|"
    r"(?<![\w+])\(?0(?:20|1\d{2,3}|7\d{3})\)?\s\d{3,4}\s?\d{3,4}\b", re.IGNORECASE)
_DMY_SIGNED = re.compile(
    r"\b(?:Ltd|LTD|Limited|LIMITED|plc|Plc|Pty|PTY|Pvt|PVT|Pte|PTE)\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b(?:NSW|VIC|QLD|TAS|ACT) \d{4}\b|"
    r"\b(?:United Kingdom|UK|England|Scotland|Wales|Ireland|Australia|New Zealand|South Africa|"
    r"India|Singapore|London|Manchester|Leeds|Glasgow|Edinburgh|Bristol|Cardiff|Belfast|"
    r"Dublin|Cork|Galway|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Auckland|Wellington|"
    r"Christchurch|Johannesburg|Cape Town|Durban|Pretoria|Bengaluru|Bangalore|Mumbai|Delhi|"
    r"Gurugram|Gurgaon|Hyderabad|Chennai|Pune|Kolkata|Noida)\b")


def dmy_signed(own: str) -> bool:
    """Whether the writer's own part of a message (signature kept) shows a country that puts
    the day first."""
    if _DMY_SIGNS.search(own):
        return True
    tail = [ln for ln in own.splitlines() if ln.strip()][-6:]
    return any(_DMY_SIGNED.search(ln) for ln in tail if len(ln) <= 90  # not prose
               and len(re.findall(r"(?<![\w.])[a-z]+\b", ln)) <= 2)


def order_shown(text: str) -> bool | None:
    """Whether a text shows its numeric dates day first ("22/12"), month first ("12/22"),
    or neither (None: every such date reads both ways, or the text shows both)."""
    t = flat(text)
    dmy, mdy = _ONLY_DMY.search(t) is not None, _ONLY_MDY.search(t) is not None
    return dmy if dmy != mdy else None


