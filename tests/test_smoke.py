"""The contract's commands answer at all (detailed checks live in the other test files)."""

from __future__ import annotations


def test_add_then_today_json(cli):  # type: ignore[no-untyped-def]
    added = cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
                "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>", "--json")
    assert added.code == 0, added.stderr
    doc = added.json()
    assert doc["steps"][0]["kind"] == "thank_you" and doc["steps"][0]["rule"] == "T2"
    due = cli("today", "--json")
    assert [s["company"] for s in due.json()] == ["Acme"]


def test_usage_error_is_one_line(cli_proc):  # type: ignore[no-untyped-def]
    res = cli_proc("show", "not-a-number")
    assert res.code == 2
    assert len(res.stderr.strip().splitlines()) == 1
