"""A draft that needs the candidate's name says so in one plain line, whatever its title."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_a_late_thanks_without_a_name_reads_plainly(cli: Callable[..., Any]) -> None:
    res = cli("add", "Northwind", "--role", "Data Engineer", "--interviewed", "2026-11-20 10:00",
              "--with", "Seán Ó Briain <sean@northwind.example>",
              "--with", "Mary-Kate Byrne <mk@northwind.example>", "--tz", "Europe/London",
              now="2026-11-20T17:00")
    assert res.code == 0, res.stderr
    assert cli("done", "1", now="2026-11-20T18:00").code == 0  # Seán thanked, Mary-Kate not
    assert cli("log", "1", "reply", now="2026-11-27T09:00").code == 0  # nobody writes to her
    late = next(s for s in cli("show", "1", "--json", now="2026-11-27T09:00").json()["steps"]
                if s["status"] == "pending" and s["kind"] == "thank_you")
    res = cli("draft", str(late["id"]), now="2026-11-27T09:00")
    assert res.code == 2
    assert "a short, late thank-you needs your name" in res.stderr
    assert "the a " not in res.stderr
