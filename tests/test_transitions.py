"""What `log` refuses: an ending twice, a reply on top of an offer (nothing is changed)."""

from __future__ import annotations

import pytest


@pytest.fixture
def offered(cli):  # type: ignore[no-untyped-def]
    assert cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00").code == 0
    assert cli("log", "1", "offer").code == 0
    return cli


def test_a_reply_on_top_of_an_offer_is_refused(offered) -> None:  # type: ignore[no-untyped-def]
    res = offered("log", "1", "reply")
    assert res.code == 2
    assert "has an offer" in res.stderr
    assert offered("show", "1", "--json").json()["status"] == "offer"


def test_the_same_ending_twice_is_refused(offered) -> None:  # type: ignore[no-untyped-def]
    res = offered("log", "1", "offer")
    assert (res.code, res.stderr.strip()) == (
        2, "followup: error: application 1 already has the status offer; nothing changed")


def test_declining_an_offer_is_a_withdrawal(offered) -> None:  # type: ignore[no-untyped-def]
    res = offered("log", "1", "withdrawn", "--json")
    assert res.code == 0
    assert res.json()["status"] == "withdrawn"


def test_a_second_reply_is_fine(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00")
    assert cli("log", "1", "reply").code == 0
    assert cli("log", "1", "reply", "--decision-by", "2026-11-30").code == 0  # F12
