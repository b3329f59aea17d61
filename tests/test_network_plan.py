"""A2: who do I know there? `followup network ID` lists the people at an application's
company, and the plan offers one optional network step for the best of them: a few business
days after the interview, never a follow-up touch, never after the close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
Cli = Callable[..., Any]


def _add(cli: Cli, company: str, *extra: str) -> dict[str, Any]:
    res = cli("add", company, "--role", "Data Engineer", "--interviewed", "2026-11-23 10:00",
              "--tz", "America/New_York", *extra, "--json")
    assert res.code == 0, res.stderr
    doc: dict[str, Any] = res.json()
    return doc


def _network(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in doc["steps"] if s["kind"] == "network"]


def _import(cli: Cli, name: str = "Connections.csv") -> dict[str, Any]:
    res = cli("network", "import", str(FIXTURES / name), "--json")
    assert res.code == 0, res.stderr
    doc: dict[str, Any] = res.json()
    return doc


def test_the_plan_offers_a_network_step_once_someone_is_known(cli: Cli) -> None:
    before = _add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>")
    assert _network(before) == []
    assert _import(cli)["plans_updated"] == 1
    after = cli("show", "1", "--json").json()
    (step,) = _network(after)
    assert step["rule"] == "A2" and step["touch"] == 0 and step["status"] == "pending"
    assert step["to"] == ["Priya Raman"] and step["channel"] == "email"  # she shares her email
    # three business days after Monday's interview, Thanksgiving (US, from the zone) skipped
    assert step["due"] == "2026-11-27"
    assert "A2" in step["why"] and "not a follow-up" in step["why"]
    employer = [(s["kind"], s["due"], s["touch"]) for s in after["steps"]
                if s["kind"] != "network" and s["status"] == "pending"]
    assert employer == [(s["kind"], s["due"], s["touch"]) for s in before["steps"]]


def test_a_new_application_gets_it_when_planned(cli: Cli) -> None:
    _import(cli)
    doc = _add(cli, "Meta Platforms, Inc.")
    (step,) = _network(doc)
    assert step["to"] == ["Ana Souza"] and step["channel"] == "linkedin"


@pytest.mark.parametrize(("company", "people"), [
    ("Meta", ["Ana Souza"]),
    ("Metaview", ["Tom Becker"]),
    ("Apple Inc.", ["Li Wei"]),
    ("Applied Materials", ["Marco Rossi"]),
    ("Procter and Gamble", ["José Núñez"]),
    ("Boston Consulting Group", ["Grace Hopper"]),
    ("Stripe", ["Priya Raman", "Sam Lee"]),
    ("Strava", []),
])
def test_network_id_lists_people_at_that_company_only(cli: Cli, company: str,
                                                     people: list[str]) -> None:
    _import(cli)
    _add(cli, company)
    doc = cli("network", "1", "--json").json()
    assert [p["name"] for p in doc["people"]] == people
    assert all(p["score"] >= 88 and p["source"] == "linkedin" for p in doc["people"])
    assert doc["application"]["company"] == company
    assert (doc["step"] is None) == (not people)


def test_contacts_count_and_come_first_but_not_this_applications_interviewers(cli: Cli
                                                                              ) -> None:
    _import(cli)
    cli("contacts", "add", "Dana Fox", "--company", "Stripe Inc", "--email",
        "dana@mail.example")
    _add(cli, "Stripe", "--with", "Priya Raman <priya@stripe.example>")
    doc = cli("network", "show", "1", "--json").json()
    assert [(p["name"], p["source"]) for p in doc["people"]] == [
        ("Dana Fox", "contact"), ("Sam Lee", "linkedin")]
    assert doc["step"]["to"] == ["Dana Fox"]


def test_not_when_it_is_not_a_fit(cli: Cli) -> None:
    _import(cli)
    assert _network(_add(cli, "Stripe", "--fit", "no")) == []  # C7: thank and move on


@pytest.mark.parametrize("extra", [
    [], ["--playbook", "two-weeks"], ["--playbook", "call", "--call-in", "1"],
    ["--decision-by", "2026-11-24"], ["--follow-up-on", "2026-11-24"],
    ["--playbook", "estimate", "--decision-by", "2026-11-25"],
])
def test_never_after_the_close_and_never_a_touch(cli: Cli, extra: list[str]) -> None:
    _import(cli)
    doc = _add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>", *extra)
    close = [s for s in doc["steps"] if s["kind"] == "close"]
    for step in _network(doc):
        assert step["touch"] == 0
        assert date.fromisoformat(step["due"]) > date(2026, 11, 23)
        for c in close:
            assert step["due"] < c["due"] and step["latest"] <= c["due"]
    touches = sorted(s["touch"] for s in doc["steps"] if s["kind"] not in ("network", "close"))
    assert touches == list(range(1, len(touches) + 1))


def test_done_or_closed(cli: Cli) -> None:
    _import(cli)
    doc = _add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>")
    step = _network(doc)[0]
    others = [(s["id"], s["due"]) for s in doc["steps"] if s["kind"] != "network"]
    done = cli("--now", "2026-11-26", "done", str(step["id"]), "--json").json()
    assert _network(done)[0]["status"] == "done"
    assert [(s["id"], s["due"]) for s in done["steps"] if s["kind"] != "network"] == others
    due = cli("--now", "2026-11-26", "today", "--json").json()
    assert all(s["kind"] != "network" for s in due)
    second = _add(cli, "Stripe")
    closed = cli("log", str(second["id"]), "withdrawn", "--json").json()
    assert [s["status"] for s in _network(closed)] == ["cancelled"]
    kept = cli("contacts", "--company", "Stripe", "--json").json()
    assert [c["name"] for c in kept] == ["Jane Doe"]  # A3: the people stay


def test_it_shows_up_in_today(cli: Cli) -> None:
    _import(cli)
    _add(cli, "Stripe")
    due = cli("--now", "2026-11-27T09:00", "today", "--json").json()
    assert [(s["kind"], s["company"]) for s in due if s["kind"] == "network"] == [
        ("network", "Stripe")]


def test_human_output(cli: Cli) -> None:
    _add(cli, "Stripe")
    empty = cli("network", "1")
    assert empty.code == 0 and "Nobody you know at Stripe yet (A2)" in empty.stdout
    _import(cli)
    table = cli("network", "1").stdout
    assert "Who you know at Stripe" in table and "Priya Raman" in table
    assert "Step " in table and "(A2)" in table


def test_unknown_application(cli: Cli) -> None:
    res = cli("network", "9")
    assert res.code == 1 and res.stderr == "followup: error: no application with id 9\n"
    assert cli("network", "nine").code == 2
    assert "import" in cli("network", "--help").stdout


def test_a_newer_export_moves_the_step_with_the_people(cli: Cli) -> None:
    _import(cli)
    metaview = _add(cli, "Metaview")
    assert [s["to"] for s in _network(metaview)] == [["Tom Becker"]]
    newer = _import(cli, "Basic_LinkedInDataExport_11-20-2026.zip")  # Tom moved to Stripe
    assert newer["updated"] == 2
    after = cli("show", str(metaview["id"]), "--json").json()
    assert [s["status"] for s in _network(after)] == ["cancelled"]
    assert cli("network", str(metaview["id"]), "--json").json()["people"] == []


def test_the_step_follows_contacts_as_they_are_added_and_edited(cli: Cli) -> None:
    doc = _add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>")
    assert _network(doc) == []
    cli("contacts", "add", "Dana Fox", "--company", "Stripe, Inc.", "--email", "d@mail.example")
    (step,) = [s for s in _network(cli("show", "1", "--json").json()) if s["status"] == "pending"]
    assert step["to"] == ["Dana Fox"] and "one of your contacts" in step["why"]
    cli("contacts", "edit", "2", "--name", "Dana Fox-Lee")
    pending = [s for s in _network(cli("show", "1", "--json").json()) if s["status"] == "pending"]
    assert [s["to"] for s in pending] == [["Dana Fox-Lee"]]
    assert pending[0]["id"] == step["id"]  # the same step, remade
    cli("contacts", "edit", "2", "--company", "Metaview")  # she left
    assert [s["status"] for s in _network(cli("show", "1", "--json").json())] == ["cancelled"]


def test_a_replan_keeps_the_person_and_moves_the_dates(cli: Cli) -> None:
    _import(cli)
    first = _network(_add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>"))[0]
    again = cli("interview", "1", "--at", "2026-12-01 10:00", "--yes", "--json").json()
    (step,) = [s for s in _network(again) if s["status"] == "pending"]
    assert step["to"] == first["to"] and step["id"] == first["id"]
    assert step["due"] == "2026-12-04"  # three business days after the new round


def test_network_text_fits_80_columns_and_keeps_each_address_whole(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _add(cli, "Stripe", "--with", "Jane Doe <jane@stripe.example>")
    long_address = "priya.raman.platform.infrastructure@stripe.example"
    res = cli("contacts", "add", f"Priya Raman <{long_address}>", "--company", "Stripe",
              "--title", "Staff Engineer, Platform Infrastructure and Developer Experience")
    assert res.code == 0, res.stderr
    text = cli("network", "1").stdout
    assert long_address in text and "(A2)" in text
    assert all(len(line) <= 80 for line in text.splitlines()), text
