"""One decision date (issue 21, point 3): the current one is derived from the facts (the
interview's, then each reply's of that round, F12); `show`, `show --json` (the top and each
round's `timeline`), the CSV export and the drafts say it; what was said earlier stays with
the fact that said it, dated (the interview's `said`, the reply's event)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

Cli = Callable[..., Any]


def _moved(cli: Cli) -> None:
    assert cli("add", "Acme", "--role", "Dev", "--interviewed", "2026-11-25 10:00", "--with",
               "Jane Doe <jane@acme.example>", "--decision-by", "2026-12-04",
               now="2026-11-25T18:00").code == 0
    res = cli("log", "1", "reply", "--decision-by", "2026-12-11", "--note",
              "they need another week", now="2026-12-01T10:00")
    assert res.code == 0, res.stderr


def test_show_json_has_one_decision_date(cli: Cli) -> None:
    _moved(cli)
    doc = cli("show", "1", "--json", now="2026-12-01T10:00").json()
    assert doc["decision_by"] == "2026-12-11"
    assert doc["interviews"][0]["timeline"]["decision_by"] == "2026-12-11"
    assert doc["interviews"][0]["said"] == {"decision_by": "2026-12-04"}  # dated by `at`
    assert [(e["kind"], e["on"], e["timeline"]["decision_by"]) for e in doc["events"]] == [
        ("reply", "2026-12-01", "2026-12-11")]
    follow = next(s for s in doc["steps"] if s["status"] == "pending")
    assert (follow["rule"], follow["due"]) == ("F5", "2026-12-15")  # 2 business days on


def test_show_prints_the_current_date_and_the_earlier_one_where_it_was_said(cli: Cli) -> None:
    _moved(cli)
    out = cli("show", "1", now="2026-12-01T10:00").stdout
    assert "decision by Fri 11 Dec 2026;" in out.splitlines()[1]
    assert "    decision by 2026-12-11 (said at the interview: 2026-12-04)" in out
    assert "  Tue 01 Dec: reply — they need another week; decision by Fri 11 Dec" in out
    assert "decision by 2026-12-04" not in out


def test_the_csv_export_has_the_current_date(cli: Cli) -> None:
    _moved(cli)
    res = cli("export", "csv", now="2026-12-01T10:00")
    assert res.code == 0, res.stderr
    (row,) = csv.DictReader(io.StringIO(res.stdout))
    assert row["decision_by"] == "2026-12-11"


def test_each_round_keeps_its_own(cli: Cli) -> None:
    _moved(cli)
    res = cli("interview", "1", "--at", "2026-12-14 10:00", "--with",
              "Raj Patel <raj@acme.example>", "--decision-by", "2026-12-21",
              now="2026-12-14T18:00")
    assert res.code == 0, res.stderr
    doc = cli("show", "1", "--json", now="2026-12-14T18:00").json()
    assert doc["decision_by"] == "2026-12-21"
    assert [i["timeline"]["decision_by"] for i in doc["interviews"]] == [
        "2026-12-11", "2026-12-21"]  # round 1 as its reply left it
    assert [i["said"]["decision_by"] for i in doc["interviews"]] == ["2026-12-04", "2026-12-21"]


def test_without_a_reply_the_interviews_date_stands(cli: Cli) -> None:
    assert cli("add", "Acme", "--role", "Dev", "--interviewed", "2026-11-25 10:00", "--with",
               "Jane Doe <jane@acme.example>", "--decision-by", "2026-12-04",
               now="2026-11-25T18:00").code == 0
    doc = cli("show", "1", "--json", now="2026-11-26T10:00").json()
    assert doc["decision_by"] == doc["interviews"][0]["timeline"]["decision_by"] == "2026-12-04"
    out = cli("show", "1", now="2026-11-26T10:00").stdout
    assert "    decision by 2026-12-04\n" in out or "    decision by 2026-12-04;" in out
