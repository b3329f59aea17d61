"""Business days, holidays and time zones (core/calendar.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from followup.core.calendar import (
    BusinessCalendar,
    after_hours,
    check_country,
    localize,
    zone,
)
from followup.core.errors import BadInput

NY = "America/New_York"


def d(text: str) -> date:
    return date.fromisoformat(text)


BUSINESS_DAYS = [
    pytest.param(None, "2026-11-26", True, id="no-country-thanksgiving-is-a-workday"),
    pytest.param("US", "2026-11-26", False, id="US-thanksgiving"),
    pytest.param("US", "2026-12-25", False, id="US-christmas"),
    pytest.param("US", "2026-11-11", False, id="US-veterans-day"),
    pytest.param("US", "2026-11-27", True, id="US-black-friday-is-a-workday"),
    pytest.param("US", "2026-11-28", False, id="saturday"),
    pytest.param("US", "2026-11-29", False, id="sunday"),
    pytest.param("DE", "2025-10-03", False, id="DE-german-unity-day"),
    pytest.param("DE", "2026-11-26", True, id="DE-works-on-thanksgiving"),
    pytest.param("DE", "2026-05-14", False, id="DE-ascension-day"),
    pytest.param("GB", "2026-12-28", False, id="GB-boxing-day-observed"),
    pytest.param("US", "2026-12-28", True, id="US-works-on-boxing-day-observed"),
    pytest.param("US-CA", "2026-03-31", False, id="US-CA-cesar-chavez-day"),
    pytest.param("US", "2026-03-31", True, id="US-federal-works-on-cesar-chavez-day"),
]


@pytest.mark.parametrize(("country", "day", "expected"), BUSINESS_DAYS)
def test_is_business_day(country: str | None, day: str, expected: bool) -> None:
    assert BusinessCalendar(country).is_business_day(d(day)) is expected


ON_OR_AFTER = [
    pytest.param(None, "2026-11-25", "2026-11-25", id="business-day-itself"),
    pytest.param(None, "2026-11-28", "2026-11-30", id="saturday-to-monday"),
    pytest.param(None, "2026-11-29", "2026-11-30", id="sunday-to-monday"),
    pytest.param("US", "2026-11-26", "2026-11-27", id="US-thanksgiving-to-friday"),
    pytest.param("US", "2026-12-25", "2026-12-28", id="US-christmas-friday-to-monday"),
    pytest.param("US", "2027-01-01", "2027-01-04", id="US-new-year-2027"),
    pytest.param("GB", "2026-12-25", "2026-12-29", id="GB-christmas-and-boxing-day"),
    pytest.param("DE", "2026-04-03", "2026-04-07", id="DE-easter-good-friday-to-tuesday"),
    pytest.param("US", "2026-12-31", "2026-12-31", id="US-year-end-workday"),
]


@pytest.mark.parametrize(("country", "day", "expected"), ON_OR_AFTER)
def test_on_or_after(country: str | None, day: str, expected: str) -> None:
    assert BusinessCalendar(country).on_or_after(d(day)) == d(expected)


ADD_BUSINESS_DAYS = [
    pytest.param(None, "2026-11-23", 0, "2026-11-23", id="zero-is-the-day-itself"),
    pytest.param(None, "2026-11-23", 3, "2026-11-26", id="within-a-week"),
    pytest.param(None, "2026-11-27", 1, "2026-11-30", id="friday-plus-one-is-monday"),
    pytest.param(None, "2026-11-28", 1, "2026-11-30", id="from-saturday"),
    pytest.param("US", "2026-11-25", 2, "2026-11-30", id="US-over-thanksgiving"),
    pytest.param("US", "2026-11-25", 3, "2026-12-01", id="US-over-thanksgiving-3"),
    pytest.param("US", "2026-12-24", 2, "2026-12-29", id="US-over-christmas"),
    pytest.param("US", "2026-12-30", 2, "2027-01-04", id="US-over-new-year"),
    pytest.param("GB", "2026-12-24", 2, "2026-12-30", id="GB-over-christmas"),
    pytest.param("DE", "2025-10-02", 1, "2025-10-06", id="DE-over-unity-day"),
    pytest.param(None, "2026-11-02", 10, "2026-11-16", id="two-weeks"),
    pytest.param("US", "2026-11-02", 10, "2026-11-17", id="US-two-weeks-with-veterans-day"),
]


@pytest.mark.parametrize(("country", "day", "n", "expected"), ADD_BUSINESS_DAYS)
def test_add_business_days(country: str | None, day: str, n: int, expected: str) -> None:
    assert BusinessCalendar(country).add_business_days(d(day), n) == d(expected)


def test_extra_days_off() -> None:
    cal = BusinessCalendar("US", extra=[d("2026-11-27")])
    assert not cal.is_business_day(d("2026-11-27"))
    assert cal.is_holiday(d("2026-11-27"))
    assert cal.on_or_after(d("2026-11-26")) == d("2026-11-30")
    assert BusinessCalendar(None, extra=[d("2026-11-23")]).add_business_days(
        d("2026-11-20"), 1) == d("2026-11-24")


def test_holidays_are_per_year() -> None:
    cal = BusinessCalendar("US")
    for year in range(2025, 2029):
        assert not cal.is_business_day(date(year, 12, 25)) or date(year, 12, 25).weekday() >= 5
        assert cal.is_holiday(date(year, 1, 1))


def test_holiday_name() -> None:
    assert BusinessCalendar("US").holiday_name(d("2026-11-26")) == "Thanksgiving Day"
    assert BusinessCalendar("US").holiday_name(d("2026-11-27")) is None
    assert BusinessCalendar(None).holiday_name(d("2026-11-26")) is None


# -- countries -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param("us", "US", id="lower-case"),
        pytest.param(" US ", "US", id="padded"),
        pytest.param("de", "DE", id="DE"),
        pytest.param("gb", "GB", id="GB"),
        pytest.param("us-ca", "US-CA", id="with-region"),
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
    ],
)
def test_check_country_normalises(given: str | None, expected: str | None) -> None:
    assert check_country(given) == expected


@pytest.mark.parametrize("bad", ["XX", "xx", "QQ", "ZZ-QQ", "US-XX"])
def test_check_country_refuses_unknown(bad: str) -> None:
    with pytest.raises(BadInput, match="holiday calendar"):
        check_country(bad)


# -- zones -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["America/New_York", "Europe/Berlin", "UTC", "Asia/Kolkata"])
def test_zone_known(name: str) -> None:
    assert zone(name).key == name


@pytest.mark.parametrize(
    "name", ["Mars/Olympus_Mons", "", "Europe/Nowhere", "/etc/passwd", "../etc/localtime",
             "Europe/../UTC", "EST5EDT/"],
)
def test_zone_refuses_unknown(name: str) -> None:
    with pytest.raises(BadInput, match="unknown time zone"):
        zone(name)


def test_localize_attaches_zone() -> None:
    aware = localize(datetime(2026, 11, 23, 10, 0), NY)
    assert aware.utcoffset() == timedelta(hours=-5)
    assert aware.astimezone(UTC) == datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    summer = localize(datetime(2026, 7, 1, 10, 0), NY)
    assert summer.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("naive", "tz"),
    [
        pytest.param(datetime(2026, 3, 8, 2, 30), NY, id="new-york-spring-forward"),
        pytest.param(datetime(2026, 3, 8, 2, 0), NY, id="new-york-gap-start"),
        pytest.param(datetime(2026, 3, 29, 2, 15), "Europe/Berlin", id="berlin-spring-forward"),
        pytest.param(datetime(2026, 3, 29, 1, 30), "Europe/London", id="london-spring-forward"),
    ],
)
def test_localize_refuses_skipped_time(naive: datetime, tz: str) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        localize(naive, tz)


def test_localize_around_the_gap_and_the_repeated_hour() -> None:
    assert localize(datetime(2026, 3, 8, 1, 59), NY).utcoffset() == timedelta(hours=-5)
    assert localize(datetime(2026, 3, 8, 3, 0), NY).utcoffset() == timedelta(hours=-4)
    # 01:30 on 2026-11-01 happens twice; the first (daylight) one is taken.
    repeated = localize(datetime(2026, 11, 1, 1, 30), NY)
    assert repeated.utcoffset() == timedelta(hours=-4)


def test_localize_refuses_unknown_zone() -> None:
    with pytest.raises(BadInput, match="unknown time zone"):
        localize(datetime(2026, 11, 23, 10, 0), "Nowhere/Town")


AFTER_HOURS = [
    pytest.param("2026-11-23 10:00", NY, 24, "2026-11-24", id="plain-24h"),
    pytest.param("2026-11-23 10:00", NY, 48, "2026-11-25", id="plain-48h"),
    pytest.param("2026-11-23 00:00", NY, 0, "2026-11-23", id="zero"),
    pytest.param("2026-03-07 23:30", NY, 24, "2026-03-09", id="spring-forward-24h-two-dates"),
    pytest.param("2026-03-07 00:30", NY, 24, "2026-03-08", id="before-the-gap"),
    pytest.param("2026-03-06 23:30", NY, 48, "2026-03-09", id="spring-forward-48h"),
    pytest.param("2026-11-01 00:30", NY, 24, "2026-11-01", id="fall-back-24h-same-date"),
    pytest.param("2026-10-31 00:30", NY, 48, "2026-11-01", id="fall-back-48h"),
    pytest.param("2026-10-31 23:30", NY, 24, "2026-11-01", id="fall-back-evening"),
    pytest.param("2026-03-28 23:30", "Europe/Berlin", 24, "2026-03-30", id="berlin-spring"),
    pytest.param("2026-10-25 00:30", "Europe/Berlin", 24, "2026-10-25", id="berlin-fall"),
    pytest.param("2026-03-28 23:30", "Asia/Tokyo", 24, "2026-03-29", id="tokyo-no-dst"),
    pytest.param("2026-04-04 23:30", "Australia/Sydney", 24, "2026-04-05",
                 id="sydney-fall-back-southern"),
]


@pytest.mark.parametrize(("when", "tz", "hours", "expected"), AFTER_HOURS)
def test_after_hours(when: str, tz: str, hours: int, expected: str) -> None:
    start = localize(datetime.fromisoformat(when), tz)
    assert after_hours(start, hours) == d(expected)


def test_after_hours_is_real_elapsed_time() -> None:
    start = localize(datetime(2026, 3, 7, 23, 30), NY)
    end = start.astimezone(UTC) + timedelta(hours=24)
    assert end.astimezone(zone(NY)).replace(tzinfo=None) == datetime(2026, 3, 9, 0, 30)
    assert after_hours(start, 24) == end.astimezone(zone(NY)).date()


def test_shared_answers_never_cross_countries_or_custom_holidays() -> None:
    """Business-day answers are cached per country; a calendar with its own extra holidays
    neither reads nor fills that cache."""
    wed = date(2026, 11, 25)
    assert BusinessCalendar("US").add_business_days(wed, 1) == date(2026, 11, 27)  # Thanksgiving
    assert BusinessCalendar(None).add_business_days(wed, 1) == date(2026, 11, 26)
    assert BusinessCalendar("US").add_business_days(wed, 1) == date(2026, 11, 27)
    custom = BusinessCalendar(None, extra=[date(2026, 11, 26)])
    assert custom.add_business_days(wed, 1) == date(2026, 11, 27)
    assert BusinessCalendar(None).add_business_days(wed, 1) == date(2026, 11, 26)
    assert custom.on_or_after(date(2026, 11, 26)) == date(2026, 11, 27)
    assert BusinessCalendar(None).on_or_after(date(2026, 11, 26)) == date(2026, 11, 26)
