"""A5: the candidate's own response rate, computed by a pure function over fixed dates."""

from __future__ import annotations

import json
import xml.dom.minidom
from datetime import date
from pathlib import Path

import pytest

from followup.core.stats import AppFacts, Rate, TouchFact, answered_touches, compute, to_json
from followup.insights.charts import bar, svg

D = date.fromisoformat
TODAY = D("2026-12-14")  # a Monday


def touch(on: str, n: int = 1, channel: str = "email", kind: str = "follow_up") -> TouchFact:
    return TouchFact(kind=kind, channel=channel, touch=n, on=D(on))


def app(id_: int, *, status: str = "active", playbook: str = "default",
        interviews: tuple[str, ...] = ("2026-11-23",), responses: tuple[tuple[str, str], ...] = (),
        touches: tuple[TouchFact, ...] = (), created: str | None = None) -> AppFacts:
    return AppFacts(id=id_, playbook=playbook, status=status,
                    created=D(created or interviews[0]), interviews=tuple(map(D, interviews)),
                    responses=tuple((k, D(d)) for k, d in responses), touches=touches)


SEARCH = [
    # Thank-you, then a week +1 email that got a reply four days later.
    app(1, status="responded", playbook="weekly", responses=(("reply", "2026-12-04"),),
        touches=(touch("2026-11-23", 1, kind="thank_you"), touch("2026-11-30", 2))),
    # Thanked, followed up twice, a call: never heard; moved on (ghosted).
    app(2, status="closed", playbook="weekly", interviews=("2026-11-02",),
        touches=(touch("2026-11-02", 1, kind="thank_you"), touch("2026-11-09", 2),
                 touch("2026-11-16", 3), touch("2026-11-23", 4, "phone", "call"))),
    # Rejected by letter the day after the thank-you.
    app(3, status="rejected", playbook="estimate", interviews=("2026-11-10",),
        responses=(("rejected", "2026-11-12"),),
        touches=(touch("2026-11-10", 1, kind="thank_you"),)),
    # Two rounds, a reply then an offer after a call.
    app(4, status="offer", interviews=("2026-11-16", "2026-12-01"),
        responses=(("reply", "2026-11-20"), ("offer", "2026-12-09")),
        touches=(touch("2026-11-16", 1, kind="thank_you"), touch("2026-12-01", 1, kind="thank_you"),
                 touch("2026-12-08", 2, "phone", "call"))),
    # Still waiting, nothing done yet.
    app(5, interviews=("2026-12-11",)),
]


def test_overall_response_rate_and_the_a5_context() -> None:
    s = compute(SEARCH, TODAY)
    assert s.applications == 5
    assert s.heard_back == Rate("all", 3, 5)
    doc = to_json(s)
    assert doc["response_rate"] == {"responded": 3, "applications": 5, "rate": 0.6}
    assert doc["context"] == {"rule": "A5", "never_hear_back": 0.75, "you_never_heard_back": 0.4}


def test_by_playbook() -> None:
    assert compute(SEARCH, TODAY).by_playbook == (
        Rate("default", 1, 2), Rate("estimate", 1, 1), Rate("weekly", 1, 2))


def test_each_response_answers_the_latest_touches_before_it() -> None:
    pairs = [(t.on.isoformat(), hit) for t, hit in answered_touches(SEARCH[3], TODAY)]
    assert pairs == [("2026-11-16", True), ("2026-12-01", False), ("2026-12-08", True)]
    assert [hit for _t, hit in answered_touches(SEARCH[0], TODAY)] == [False, True]
    assert not any(hit for _t, hit in answered_touches(SEARCH[1], TODAY))


def test_touches_sent_on_the_same_day_share_the_answer() -> None:
    a = app(9, responses=(("reply", "2026-11-25"),),
            touches=(touch("2026-11-23", 1, kind="thank_you"),
                     touch("2026-11-23", 1, kind="thank_you")))
    assert [hit for _t, hit in answered_touches(a, TODAY)] == [True, True]


def test_by_channel_and_by_touch_number() -> None:
    s = compute(SEARCH, TODAY)
    assert s.by_channel == (Rate("email", 3, 8), Rate("phone", 1, 2))
    assert s.by_touch == (Rate("1", 2, 5), Rate("2", 2, 3), Rate("3", 0, 1), Rate("4", 0, 1))


def test_median_days_from_interview_to_first_response() -> None:
    # 11 (app 1), 2 (app 3), 4 (app 4: first reply, not the offer)
    assert compute(SEARCH, TODAY).median_days_to_first_reply == 4.0
    assert compute([app(1)], TODAY).median_days_to_first_reply is None


def test_ghosting_is_closed_without_any_response() -> None:
    s = compute(SEARCH, TODAY)
    assert s.ghosted == Rate("closed with no response", 1, 3)  # of closed, rejected, offer


def test_funnel_and_statuses() -> None:
    s = compute(SEARCH, TODAY)
    assert dict(s.by_status) == {"active": 1, "responded": 1, "offer": 1, "rejected": 1,
                                 "withdrawn": 0, "closed": 1}
    assert s.funnel == (("interviewed", 5), ("more than one round", 1), ("heard back", 3),
                        ("offer", 1))


def test_weekly_activity_counts_by_monday() -> None:
    weeks = {w.start.isoformat(): (w.applications, w.interviews, w.touches)
             for w in compute(SEARCH, TODAY, weeks=3).weekly}
    assert weeks == {"2026-11-30": (0, 1, 2), "2026-12-07": (1, 1, 1), "2026-12-14": (0, 0, 0)}


def test_since_keeps_processes_that_began_on_or_after_it() -> None:
    s = compute(SEARCH, TODAY, since=D("2026-11-16"))
    assert s.applications == 3 and s.heard_back == Rate("all", 2, 3)
    assert s.weekly[0].start == D("2026-11-16") and s.weekly[-1].start == D("2026-12-14")


def test_nothing_after_today_counts() -> None:
    s = compute(SEARCH, D("2026-11-30"))
    assert s.heard_back.hits == 2  # app 1's reply (4 Dec) and app 4's offer are later
    assert all(t.on <= D("2026-11-30") for t, _hit in answered_touches(SEARCH[3], D("2026-11-30")))


def test_no_data_at_all() -> None:
    s = compute([], TODAY)
    doc = to_json(s)
    assert doc["applications"] == 0 and doc["response_rate"]["rate"] is None
    assert doc["context"]["you_never_heard_back"] is None and len(doc["weekly"]) == 8
    assert "nothing to show yet" in svg(s)


@pytest.mark.parametrize(("fraction", "cells"), [(None, ""), (0.0, " " * 4), (1.0, "████"),
                                                  (0.5, "██  "), (1 / 32, "▏   "), (2.0, "████")])
def test_terminal_bars(fraction: float | None, cells: str) -> None:
    assert bar(fraction, 4) == cells


def test_svg_is_a_standalone_document_with_escaped_labels() -> None:
    hostile = [app(1, playbook="<b>&\"quoted\"</b>", responses=(("reply", "2026-11-24"),))]
    text = svg(compute(hostile, TODAY))
    doc = xml.dom.minidom.parseString(text)
    assert doc.documentElement.tagName == "svg"
    assert "&lt;b&gt;&amp;" in text and "<b>" not in text


# -- through the command line --------------------------------------------------------------


def _search(cli) -> None:  # type: ignore[no-untyped-def]
    add = ("--role", "Analyst", "--with", "Jane <jane@x.example>")
    assert cli("add", "Acme", *add, "--interviewed", "2026-11-02 10:00", now="2026-11-02").code \
        == 0
    assert cli("add", "Globex", *add, "--interviewed", "2026-11-09 10:00", now="2026-11-09").code \
        == 0
    steps = cli("show", "1", "--json", now="2026-11-20").json()["steps"]
    assert cli("done", str(steps[0]["id"]), "--on", "2026-11-02", now="2026-11-20").code == 0
    assert cli("log", "1", "reply", "--on", "2026-11-06", now="2026-11-20").code == 0
    assert cli("log", "2", "rejected", "--on", "2026-11-19", now="2026-11-20").code == 0


def test_stats_json_from_a_real_database(cli) -> None:  # type: ignore[no-untyped-def]
    _search(cli)
    doc = cli("stats", "--json", now="2026-11-20").json()
    assert doc["applications"] == 2
    assert doc["response_rate"] == {"responded": 2, "applications": 2, "rate": 1.0}
    assert doc["by_channel"] == [{"channel": "email", "answered": 1, "touches": 1, "rate": 1.0}]
    assert doc["median_days_to_first_reply"] == 7.0  # 4 and 10 days
    assert doc["ghosting"] == {"ghosted": 0, "ended": 1, "rate": 0.0}
    assert doc["by_status"]["responded"] == 1 and doc["by_status"]["rejected"] == 1
    assert doc["weekly"][-1] == {"week": "2026-11-16", "applications": 0, "interviews": 0,
                                 "touches": 0}
    assert cli("stats", "--json", "--since", "2026-11-09", now="2026-11-20").json()[
        "applications"] == 1


def test_stats_human_output_names_a5_and_the_75_percent(cli) -> None:  # type: ignore[no-untyped-def]
    _search(cli)
    out = cli("stats", now="2026-11-20").stdout
    assert "75%" in out and "A5" in out
    for heading in ("Response rate by playbook", "by channel", "by touch number", "Funnel",
                    "Weekly activity"):
        assert heading in out


def test_stats_on_an_empty_database(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("stats")
    assert res.code == 0 and "No applications in this period yet" in res.stdout


def test_chart_svg_is_written(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _search(cli)
    target = tmp_path / "stats.svg"
    res = cli("stats", "--json", "--chart", str(target), now="2026-11-20")
    assert res.code == 0 and json.loads(res.stdout)["applications"] == 2
    assert xml.dom.minidom.parse(str(target)).documentElement.tagName == "svg"
    assert "Response rate by touch number" in target.read_text(encoding="utf-8")


def test_chart_png_needs_matplotlib(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        res = cli("stats", "--chart", str(tmp_path / "s.png"))
        assert res.code == 2 and "needs matplotlib" in res.stderr
        assert not (tmp_path / "s.png").exists()
    else:
        assert cli("stats", "--chart", str(tmp_path / "s.png")).code == 0
        assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(("args", "message"), [
    (("--chart", "s.pdf"), "write a .svg or a .png"),
    (("--since", "2027-01-01"), "after today"),
    (("--since", "yesterday"), "not a real date"),
])
def test_stats_refusals(cli, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    res = cli("stats", *args)
    assert res.code == 2 and message in res.stderr
