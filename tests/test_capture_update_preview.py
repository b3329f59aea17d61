"""An update of an invitation read before moves or cancels the interview's time only: its
preview says so and shows the new time, not the file's people, which a correction may have
changed since (session 12's new-user walk: after `interviewer N --role coordinator`, reading
the update previewed the file's old reading while what was stored kept the correction)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

EX = Path(__file__).parent / "fixtures" / "invites" / "examples"
NOW = "2026-11-30T18:00"
Cli = Callable[..., Any]


@pytest.fixture
def me(cli: Cli) -> None:
    assert cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
               now=NOW).code == 0


def test_the_update_preview_keeps_the_corrections_and_shows_the_new_time(
        cli: Cli, me: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    app = json.loads(cli("add", "--from", str(EX / "outlook.ics"), "--yes", "--json",
                         now=NOW).stdout)
    omar = next(p["id"] for iv in app["interviews"] for p in iv["interviewers"]
                if p["name"] == "Omar Haddad")
    assert cli("interviewer", str(omar), "--role", "coordinator", now=NOW).code == 0
    shown = cli("add", "--from", str(EX / "outlook-moved.ics"), now=NOW)
    text = " ".join(shown.stdout.split())
    assert "the interview moved" in text and "Wed 02 Dec 2026 14:00" in text
    assert "keeps its company, role and people as they are stored" in text
    assert "Interviewers:" not in text and "Rita Recruiter" not in text
    assert max(map(len, shown.stdout.splitlines())) <= 80
    stored = json.loads(cli("add", "--from", str(EX / "outlook-moved.ics"), "--yes", "--json",
                            now=NOW).stdout)
    coord = stored["interviews"][0]["coordinator"]
    assert coord and coord["name"] == "Omar Haddad", "what is stored kept the correction"

