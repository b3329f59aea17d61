"""Calendar arithmetic for reading days (issues 15, 23): weekdays, months, business days,
ISO weeks and quarters, counted from a given day. Pure: no clock, no text."""

from __future__ import annotations

from datetime import date, timedelta


def add_business(day: date, n: int) -> date:
    """n weekdays after `day` (the reader knows no holidays: it has no country)."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def month_start(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    n = day.month - 1 + months
    return date(day.year + n // 12, n % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    first = month_start(day, months)
    last = (month_start(first, 1) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def part_of_month(part: str, first: date) -> date:
    """early/beginning/start: the first weekday; mid/middle or the first half: the 15th;
    end/late/the second half: the last."""
    part = part.lower().removeprefix("the ")
    if part.startswith(("mid", "first half")):
        return first.replace(day=15)
    if part.startswith(("end", "late", "the end", "close", "second", "latter")):
        return month_start(first, 1) - timedelta(days=1)
    while first.weekday() > 4:
        first += timedelta(days=1)
    return first


def next_weekday(today: date, target: int, same_day: bool = False) -> date:
    """The next `target` weekday after today (today itself only when `same_day`)."""
    ahead = (target - today.weekday()) % 7
    return today + timedelta(days=ahead if ahead or same_day else 7)


def week_of(today: date, weeks: int, day: int) -> date:
    """Weekday `day` of the Mon-Sun week `weeks` after today's."""
    return today - timedelta(days=today.weekday()) + timedelta(days=7 * weeks + day)


def this_week(today: date, day: int) -> date:
    """Weekday `day` of this week; on a weekend, or when it has passed, of the next."""
    found = week_of(today, 0, day)
    return found if found >= today and today.weekday() < 5 else week_of(today, 1, day)


def nearest_year(today: date, month: int, day: int) -> date | None:
    """A day and month without a year: the one within six months of today."""
    try:
        found = date(today.year, month, day)
    except ValueError:
        try:  # 29 February
            found = date(today.year + 1, month, day)
        except ValueError:
            return None
    if found < today - timedelta(days=183):
        found = found.replace(year=found.year + 1)
    elif found > today + timedelta(days=183):
        found = found.replace(year=found.year - 1)
    return found


def iso_week_friday(today: date, week: int) -> date | None:
    """The Friday of ISO week `week` ("KW 3", "calendar week 3"), in the ISO year that puts
    it nearest to today (within half a year)."""
    year = today.isocalendar()[0]
    for y in (year, year + 1, year - 1):
        try:
            friday = date.fromisocalendar(y, week, 5)
        except ValueError:
            continue
        if abs((friday - today).days) <= 183:
            return friday
    return None


def quarter_end(today: date, quarter: int | None) -> date:
    """The last day of quarter `quarter` (1-4) nearest to come, or of today's quarter."""
    q = quarter or (today.month - 1) // 3 + 1
    end = month_start(date(today.year, 3 * q, 1), 1) - timedelta(days=1)
    return end if end >= today - timedelta(days=92) else end.replace(year=end.year + 1)
