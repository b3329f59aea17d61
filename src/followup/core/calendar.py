"""Business days and time zones.

Business days skip weekends and the holidays of the user's chosen country; a step that lands
on any other day moves to the next business day (RULEBOOK, F rules). Holiday tables come from
the `holidays` package, imported on first use and cached per country and year; a country
code is checked without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cache

from followup.core.errors import BadInput
from followup.core.holiday_codes import SUPPORTED
from followup.core.when import zone

__all__ = ["BusinessCalendar", "after_hours", "check_country", "country_of_zone", "localize",
           "zone"]

_SATURDAY = 5
_UNKNOWN = ("no holiday calendar for {!r}: use an ISO country code such as US, GB, DE or FR, "
            "optionally with a region (US-CA)")


def localize(naive: datetime, tz: str) -> datetime:
    """Attach `tz` to a wall-clock time, refusing one that a DST change skips."""
    zi = zone(tz)
    aware = naive.replace(tzinfo=zi)
    round_trip = aware.astimezone(UTC).astimezone(zi)
    if round_trip.replace(tzinfo=None) != naive:
        raise BadInput(
            f"{naive:%Y-%m-%d %H:%M} does not exist in {tz} (the clocks skip it for daylight "
            "saving time)"
        )
    return aware


def after_hours(at: datetime, hours: int) -> date:
    """The local date `hours` of real elapsed time after `at` (T2, T3), DST included."""
    tz = at.tzinfo
    return (at.astimezone(UTC) + timedelta(hours=hours)).astimezone(tz).date()


# Tables a caller read from its cache (the core does no I/O), and the tables made here: a
# command that plans one application need not import `holidays` (~80 ms) to learn them again.
_GIVEN: dict[tuple[str, int], frozenset[date]] = {}
_MADE: dict[tuple[str, int], frozenset[date]] = {}


def give_holiday_tables(tables: dict[tuple[str, int], frozenset[date]]) -> None:
    _GIVEN.update(tables)


def holiday_tables_made() -> dict[tuple[str, int], frozenset[date]]:
    return dict(_MADE)


@cache
def _holiday_table(country: str, year: int) -> frozenset[date]:
    given = _GIVEN.get((country, year))
    if given is not None:
        return given
    import holidays  # lazy: ~80 ms, only needed once a plan is made

    code, _, subdiv = country.partition("-")
    try:
        table = holidays.country_holidays(code, subdiv=subdiv or None, years=year)
    except (NotImplementedError, KeyError) as exc:
        raise BadInput(_UNKNOWN.format(country)) from exc
    made = _MADE[(country, year)] = frozenset(table.keys())
    return made


def check_country(country: str | None) -> str | None:
    """Normalise a holidays code (`us`, `US-ca`) and make sure a table exists for it: looked
    up in a generated list (core/holiday_codes.py), so that checking a code does not import
    the `holidays` package; only a plan that needs the dates does."""
    if not country:
        return None
    code, _, subdiv = country.strip().partition("-")
    normal = code.upper() + (f"-{subdiv.upper()}" if subdiv else "")
    if normal not in SUPPORTED:
        raise BadInput(_UNKNOWN.format(normal))
    return normal


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO country, from the zone table that tzdata ships (zone.tab)."""
    import sys
    from pathlib import Path

    text = ""
    for folder in sys.path:  # the tzdata package's file, found without importlib.resources
        try:
            text = (Path(folder or ".") / "tzdata" / "zoneinfo" / "zone.tab").read_text(
                encoding="utf-8")
            break
        except OSError:
            continue
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                table[parts[2]] = parts[0]
    return table


def country_of_zone(tz: str) -> str | None:
    """The country whose holidays a time zone suggests (America/New_York: US), when the
    holidays package has a calendar for it; None for UTC and the like."""
    code = _zone_countries().get(tz)
    if code is None:
        return None
    try:
        return check_country(code)
    except BadInput:
        return None


# Answers shared by every calendar of the same country: the service makes a new calendar per
# application, and planning many applications asks the same questions again and again.
_SHARED: dict[tuple[str | None, date, int], date] = {}


class BusinessCalendar:
    """Weekends plus one country's holidays; `BusinessCalendar(None)` knows only weekends."""

    __slots__ = ("_extra", "_tables", "country")

    def __init__(self, country: str | None = None, extra: Iterable[date] = ()) -> None:
        self.country = country
        self._extra = frozenset(extra)
        self._tables: dict[int, frozenset[date]] = {}

    def _holidays(self, year: int) -> frozenset[date]:
        table = self._tables.get(year)
        if table is None:
            table = _holiday_table(self.country, year) if self.country else frozenset()
            table = table | self._extra
            self._tables[year] = table
        return table

    def is_holiday(self, day: date) -> bool:
        return day in self._holidays(day.year)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < _SATURDAY and day not in self._holidays(day.year)

    def on_or_after(self, day: date) -> date:
        """`day` itself if it is a business day, else the next one."""
        key = (self.country, day, 0)
        found = _SHARED.get(key) if not self._extra else None
        if found is None:
            found = day
            while not self.is_business_day(found):
                found += timedelta(days=1)
            if not self._extra:
                _SHARED[key] = found
        return found

    def add_business_days(self, day: date, n: int) -> date:
        """The `n`th business day after `day` (F5, F7)."""
        key = (self.country, day, n)
        found = _SHARED.get(key) if not self._extra else None
        if found is None:
            found = day
            for _ in range(n):
                found = self.on_or_after(found + timedelta(days=1))
            if not self._extra:
                _SHARED[key] = found
        return found

    def holiday_name(self, day: date) -> str | None:
        if not self.country or not self.is_holiday(day):
            return None
        import holidays

        code, _, subdiv = self.country.partition("-")
        name = holidays.country_holidays(code, subdiv=subdiv or None, years=day.year).get(day)
        return str(name) if name else None
