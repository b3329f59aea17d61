"""Reopening a process planned on the employer's own estimate (playbook "estimate", C1/F5):
the reopening carries no decision date of theirs, so the plan checks in a week on until they
give one, instead of failing (a traceback found in session 8)."""

from __future__ import annotations

from typing import Any

NOW = "2027-01-08T10:00"


def test_a_reopened_estimate_process_checks_in_a_week_on(cli: Any) -> None:
    assert cli("add", "Acme", "--role", "Analyst", "--interviewed", "2027-01-05 10:00",
               "--with", "Jo Lee <jo@acme.example>", "--playbook", "estimate",
               "--decision-by", "2027-01-20", now=NOW).code == 0
    assert cli("log", "1", "rejected", now=NOW).code == 0
    res = cli("reopen", "1", now=NOW)
    assert res.code == 0, res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert "No decision date of theirs" in res.stdout
    doc = cli("show", "1", "--json", now=NOW).json()
    due = [s["due"] for s in doc["steps"] if s["status"] == "pending"]
    assert due and due[0] == "2027-01-15", doc["steps"]
    later = cli("today", "--json", now="2027-01-22T09:00")  # a week on, nothing done
    assert later.code == 0, later.stderr
    res = cli("edit", "1", "--decision-by", "2027-01-29", now=NOW)
    assert res.code == 0, res.stderr
    doc = cli("show", "1", "--json", now=NOW).json()
    assert any(s["rule"] == "F5" and s["status"] == "pending" for s in doc["steps"]), doc["steps"]
