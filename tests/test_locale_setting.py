"""The drafts' English as a setting (issue 25.1): `settings set locale en-GB` is the default
of `draft --locale`, which still wins; a bad value is one line and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Cli = Callable[..., Any]


def test_the_setting_is_the_default_and_the_option_wins(cli: Cli) -> None:
    assert cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
               now="2026-11-23T08:00").code == 0
    assert cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
               "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>",
               now="2026-11-23T18:00").code == 0
    us = cli("draft", "2", now="2026-11-30T18:00").stdout  # the week +1 email names the day
    assert "Monday, November 23" in us
    bad = cli("settings", "set", "locale", "fr-FR")
    assert bad.code == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert cli("settings", "set", "locale", "en-gb").code == 0
    gb = cli("draft", "2", now="2026-11-30T18:00").stdout
    assert "Monday 23 November" in gb
    again = cli("draft", "2", "--locale", "en-US", now="2026-11-30T18:00").stdout
    assert again == us
