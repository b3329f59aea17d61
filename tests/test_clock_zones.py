"""One clock, one notion of a day (issue 21): a plan's dates are days of its interview's zone,
a step's window is real time (a thank-you from the interview to 24 hours later, T2), and
"due today" is decided in that zone, whatever the candidate's own zone. Fixed dates, two pairs
of zones a day apart (Tokyo seen from New York, Sydney from Los Angeles) and DST changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.core.model import Channel, Interview, Phase, PlannedStep, StepKind, Timeline
from followup.core.planner import window
from followup.core.when import day_in, day_starts, stamp

Cli = Callable[..., Any]


def moment(tz: str, local: str) -> datetime:
    """The moment of a wall-clock time in `tz`, in UTC (so that adding hours is real time)."""
    return datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def iso(tz: str, local: str, hours: float = 0) -> str:
    """`--now`: the moment `hours` after `local` in `tz`, written with its offset."""
    return (moment(tz, local) + timedelta(hours=hours)).astimezone(ZoneInfo(tz)).isoformat()


# (candidate's zone, interview's zone, interview's local time, the day on each calendar)
PAIRS = {
    "tokyo-from-new-york": ("America/New_York", "Asia/Tokyo", "2026-11-25 10:00", "2026-11-24"),
    "sydney-from-los-angeles": ("America/Los_Angeles", "Australia/Sydney", "2026-11-25 10:00",
                                "2026-11-24"),
}


@pytest.fixture(params=sorted(PAIRS))
def pair(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, cli: Cli
         ) -> tuple[str, str, str, str]:
    """The interview recorded by the candidate an hour after it, from their own zone."""
    home, there, at, own_day = PAIRS[request.param]
    monkeypatch.setenv("FOLLOWUP_TZ", home)
    res = cli("add", "Acme", "--role", "Dev", "--interviewed", at, "--tz", there, "--with",
              "Ken Sato <ken@acme.example>", "--json", now=iso(there, at, 1))
    assert res.code == 0, res.stderr
    assert datetime.fromisoformat(iso(there, at, 1)).astimezone(ZoneInfo(home)).date(
    ).isoformat() == own_day  # still the day before on the candidate's calendar
    return home, there, at, own_day


def listed(cli: Cli, now: str) -> list[tuple[str, str]]:
    res = cli("today", "--json", now=now)
    assert res.code == 0, res.stderr
    return [(s["kind"], s["due"]) for s in res.json()]


def test_the_thank_you_is_listed_from_the_interview_for_24_hours(
        cli: Cli, pair: tuple[str, str, str, str]) -> None:
    _, there, at, _ = pair
    assert listed(cli, iso(there, at, -1)) == []  # before the interview
    assert listed(cli, iso(there, at, 1)) == [("thank_you", "2026-11-25")]  # the hour after
    assert listed(cli, iso(there, at, 23)) == [("thank_you", "2026-11-25")]
    assert listed(cli, iso(there, at, 25)) == []  # T2: 24 hours at most
    assert listed(cli, iso(there, at, 50)) == []
    shown = cli("show", "1", "--json", now=iso(there, at, 50)).json()
    assert shown["steps"][0]["kind"] == "thank_you"
    assert shown["steps"][0]["status"] == "missed"
    human = cli("show", "1", now=iso(there, at, 50)).stdout
    assert "missed" in human


def test_done_without_on_is_dated_now_in_the_interviews_zone(
        cli: Cli, pair: tuple[str, str, str, str], db_path: Path) -> None:
    _, there, at, _ = pair
    res = cli("done", "1", now=iso(there, at, 1))
    assert res.code == 0, res.stderr
    assert res.stdout.startswith("Done on Wed 25 Nov: step 1")
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT done_on FROM steps WHERE id = 1").fetchone() == ("2026-11-25",)
    conn.close()


def test_skip_is_dated_in_the_interviews_zone(cli: Cli, pair: tuple[str, str, str, str]
                                              ) -> None:
    _, there, at, _ = pair
    res = cli("skip", "1", "--json", now=iso(there, at, 1))
    assert res.code == 0, res.stderr
    assert res.json()["steps"][0]["done_on"] == "2026-11-25"


def test_log_without_on_is_dated_in_the_interviews_zone(
        cli: Cli, pair: tuple[str, str, str, str]) -> None:
    _, there, at, own_day = pair
    res = cli("log", "1", "reply", "--note", "thanks", "--json", now=iso(there, at, 2))
    assert res.code == 0, res.stderr
    assert [e["on"] for e in res.json()["events"]] == ["2026-11-25"]
    res = cli("log", "1", "reply", "--on", own_day, "--json", now=iso(there, at, 3))
    assert res.code == 0, res.stderr
    assert [e["on"] for e in res.json()["events"]] == ["2026-11-25", "2026-11-25"]


def test_the_candidates_own_date_for_the_interview_day_is_taken(
        cli: Cli, pair: tuple[str, str, str, str]) -> None:
    _, there, at, own_day = pair
    res = cli("done", "1", "--on", own_day, "--json", now=iso(there, at, 1))
    assert res.code == 0, res.stderr
    assert res.json()["steps"][0]["done_on"] == "2026-11-25"  # the interview's day
    res = cli("done", "2", "--on", "2026-11-23", now=iso(there, at, 2))
    assert res.code == 2
    assert res.stderr == ("followup: error: --on 2026-11-23 is before the interview on "
                          "2026-11-25: a step cannot be carried out before its plan began\n")
    res = cli("done", "2", "--on", "2026-11-26", now=iso(there, at, 2))
    assert res.code == 2 and "is in the future" in res.stderr


def test_a_later_touch_is_due_from_the_start_of_its_day_in_the_interviews_zone(
        cli: Cli, pair: tuple[str, str, str, str]) -> None:
    _, there, at, _ = pair
    assert cli("done", "1", now=iso(there, at, 1)).code == 0
    week = next(s for s in cli("show", "1", "--json", now=iso(there, at, 1)).json()["steps"]
                if s["kind"] == "follow_up")
    assert week["due"] == "2026-12-02"
    # the first hour of 2 Dec there is still 1 Dec on the candidate's calendar
    assert listed(cli, iso(there, "2026-12-01 23:30")) == []
    assert listed(cli, iso(there, "2026-12-02 00:30")) == [("follow_up", "2026-12-02")]
    # a week later, doing nothing: the touch is overdue, still one next action
    assert listed(cli, iso(there, "2026-12-09 12:00")) == [("follow_up", "2026-12-02")]


@pytest.mark.parametrize(("home", "there", "at", "open_until"), [
    # New York falls back on Sun 1 Nov 2026: 24 hours after Sat 10:00 EDT is Sun 09:00 EST
    ("America/New_York", "America/New_York", "2026-10-31 10:00", "2026-11-01 09:00"),
    # Sydney springs forward on Sun 4 Oct 2026: 24 hours after Sat 10:00 AEST is 11:00 AEDT
    ("America/Los_Angeles", "Australia/Sydney", "2026-10-03 10:00", "2026-10-04 11:00"),
])
def test_the_24_hours_are_real_time_across_a_dst_change(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, home: str, there: str, at: str,
        open_until: str) -> None:
    monkeypatch.setenv("FOLLOWUP_TZ", home)
    assert cli("add", "Acme", "--role", "Dev", "--interviewed", at, "--tz", there, "--with",
               "Ken Sato <ken@acme.example>", now=iso(there, at, 1)).code == 0
    end = moment(there, open_until)
    assert end - moment(there, at) == timedelta(hours=24)
    assert listed(cli, (end - timedelta(minutes=30)).isoformat()) == [
        ("thank_you", at[:10])]
    assert listed(cli, (end + timedelta(minutes=30)).isoformat()) == []


# -- the core, directly ------------------------------------------------------------------------


def _phase(tz: str, local: str, timeline: Timeline = Timeline()) -> Phase:
    at = moment(tz, local)
    return Phase("i1", at.date(), tz, timeline, Interview(at, tz, id=1))


def _step(kind: StepKind, channel: Channel, due: str, latest: str) -> PlannedStep:
    from datetime import date

    return PlannedStep("i1:x", kind, channel, (), date.fromisoformat(due),
                       date.fromisoformat(latest), "T2", "")


def test_windows_in_real_time() -> None:
    phase = _phase("Asia/Tokyo", "2026-11-25 10:00")
    thanks = window(_step(StepKind.THANK_YOU, Channel.EMAIL, "2026-11-25", "2026-11-26"), phase)
    assert (stamp(thanks.opens), stamp(thanks.closes)) == (  # type: ignore[arg-type]
        "2026-11-25T01:00:00Z", "2026-11-26T01:00:00Z")
    letter = window(_step(StepKind.THANK_YOU, Channel.LETTER, "2026-11-25", "2026-11-27"),
                    phase)
    assert letter.closes == moment("Asia/Tokyo", "2026-11-27 10:00")  # T3: 48 hours
    touch = window(_step(StepKind.FOLLOW_UP, Channel.EMAIL, "2026-12-02", "2026-12-03"), phase)
    assert touch.opens == moment("Asia/Tokyo", "2026-12-02 00:00")
    assert touch.closes == moment("Asia/Tokyo", "2026-12-04 00:00")
    # F11: decided tomorrow, the thank-you goes the same day: its window ends with the day
    soon = window(_step(StepKind.THANK_YOU, Channel.EMAIL, "2026-11-25", "2026-11-25"), phase)
    assert soon.closes == moment("Asia/Tokyo", "2026-11-26 00:00")


def test_days_are_the_zones() -> None:
    now = moment("America/New_York", "2026-11-24 21:00")
    assert day_in(now, "Asia/Tokyo").isoformat() == "2026-11-25"
    assert day_in(now, "America/Los_Angeles").isoformat() == "2026-11-24"
    # a day that DST shortens (New York, 8 Mar 2026) still starts at its midnight
    start = day_starts(moment("America/New_York", "2026-03-08 00:00").date(),
                       "America/New_York")
    assert start == moment("America/New_York", "2026-03-08 00:00")


def test_steps_keep_no_second_copy_of_their_windows(cli: Cli, db_path: Path) -> None:
    """Migration 29 drops the windows migration 22 stored beside each step: core.upnext works
    them out (core.planner.bounds) and the store keeps only its answers. The kept answer
    names the zone its days are in (app_next.tz)."""
    assert cli("add", "Acme", "--role", "Dev", "--interviewed", "2026-11-25 10:00", "--tz",
               "Asia/Tokyo", "--with", "Ken Sato <ken@acme.example>", "--thank-you-by", "letter",
               now="2026-11-25T09:00").code == 0
    assert cli("today", "--json", now="2026-11-25T21:00").code == 0
    conn = sqlite3.connect(db_path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(steps)")}
    assert not {"opens_at", "closes_at"} & columns
    assert conn.execute("SELECT tz FROM app_next").fetchall() == [("Asia/Tokyo",)]
    conn.close()


def _since(cli: Cli, now: str) -> int:
    res = cli("list", "--json", now=now)
    assert res.code == 0, res.stderr
    return int(res.json()[0]["days_since_contact"])


def test_the_lists_days_are_the_interviews_zones(cli: Cli, pair: tuple[str, str, str, str]
                                                 ) -> None:
    """`list` counts the days since the last touch on the calendar it was dated on (the
    interview's zone, core.when.days_in), and `today` flags a step "today" on its own day
    there, while the candidate's calendar is still on the day before."""
    _, there, at, own_day = pair
    assert _since(cli, iso(there, at, 1)) == 0  # not -1: the interview was today, there
    human = cli("list", now=iso(there, at, 1)).stdout
    assert "0 d ago" in human and "-1 d" not in human
    assert _since(cli, iso(there, at, 24 * 7 + 1)) == 7  # a late day, a week on
    today = cli("today", now=iso(there, at, 1)).stdout
    row = next(line for line in today.splitlines() if "thank-you" in line)
    assert " today " in row, today
    day = datetime.fromisoformat(own_day)
    assert f"({day:%a %d %b %Y}, your time)" in today  # the heading is the candidate's own


def test_the_days_since_cross_a_dst_change(cli: Cli, cli_proc: Cli,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Sydney from Los Angeles across LA's change back to standard time (1 Nov 2026); the
    child process takes the fast read path (cli/fast.py), the in-process run Typer's."""
    monkeypatch.setenv("FOLLOWUP_TZ", "America/Los_Angeles")
    there, at = "Australia/Sydney", "2026-10-30 10:00"
    assert cli("add", "Acme", "--role", "Dev", "--interviewed", at, "--tz", there, "--with",
               "Ken Sato <ken@acme.example>", now=iso(there, at, 1)).code == 0
    # 22:30 on 1 Nov in Los Angeles (UTC-8 since 02:00) is 17:30 on 2 Nov in Sydney
    now = "2026-11-01T22:30:00-08:00"
    assert _since(cli, now) == 3  # 30 Oct to 2 Nov, Sydney's calendar (LA's would say 2)
    rows = cli("list", now=now).stdout
    assert "3 d ago" in rows
    assert cli("today", now=now).code == 0  # the kept answers now hold: the fast path reads
    fast = cli_proc("list", "--json", now=now)
    assert fast.code == 0 and json.loads(fast.stdout)[0]["days_since_contact"] == 3
    assert "3 d ago" in cli_proc("list", now=now).stdout
