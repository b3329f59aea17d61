"""Issue 12.2: a business card never redirects a thank-you. A card that shares only a phone
number (or a name and company) with someone known is a conflict, decided with --merge/--new."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Cli = Callable[..., Any]

BOB = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Jones\r\nEMAIL:bob@acme.example\r\n"
       "TEL:+1 212 555 0100\r\nORG:Acme\r\nEND:VCARD\r\n")


def _alice(cli: Cli) -> None:
    res = cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00",
              "--with", "Alice Smith <alice@acme.example>")
    assert res.code == 0, res.stderr
    alice = cli("contacts", "list", "--json").json()[0]
    assert cli("contacts", "edit", str(alice["id"]), "--phone", "+1 212 555 0100").code == 0


def test_a_card_sharing_a_phone_number_does_not_rename_the_interviewer(
        tmp_path: Path, cli: Cli) -> None:
    _alice(cli)
    card = tmp_path / "bob.vcf"
    card.write_text(BOB, encoding="utf-8")
    res = cli("contacts", "import", str(card))
    assert res.code == 0
    assert "1 in conflict" in res.stdout and "--merge" in res.stdout
    people = cli("contacts", "list", "--json").json()
    assert [(p["name"], p["email"]) for p in people] == [("Alice Smith", "alice@acme.example")]
    shown = cli("show", "1", "--json").json()
    assert shown["interviews"][0]["interviewers"][0]["name"] == "Alice Smith"


def test_new_keeps_both_people_and_merge_keeps_the_name_and_first_email(
        tmp_path: Path, cli: Cli) -> None:
    _alice(cli)
    card = tmp_path / "bob.vcf"
    card.write_text(BOB, encoding="utf-8")
    assert cli("contacts", "import", str(card), "--merge", "--new").code == 2
    merged = cli("contacts", "import", str(card), "--merge", "--json").json()
    assert merged["updated"] == 1 and merged["conflicts"] == []
    alice = cli("contacts", "show", "1", "--json").json()
    assert alice["name"] == "Alice Smith" and alice["emails"][0] == "alice@acme.example"


def test_two_new_cards_sharing_a_switchboard_stay_two_people(tmp_path: Path, cli: Cli) -> None:
    card = tmp_path / "two.vcf"
    card.write_text(BOB + BOB.replace("Bob Jones", "Carol White").replace("bob@", "carol@"),
                    encoding="utf-8")
    doc = cli("contacts", "import", str(card), "--json").json()
    assert doc["imported"] == 1 and len(doc["conflicts"]) == 1
    doc = cli("contacts", "import", str(card), "--new", "--json").json()
    assert doc["imported"] == 1 and doc["unchanged"] == 1
    assert sorted(p["name"] for p in cli("contacts", "list", "--json").json()) == [
        "Bob Jones", "Carol White"]


def test_thousands_of_cards_sharing_one_number_import_in_linear_time(
        tmp_path: Path, cli: Cli) -> None:
    card = tmp_path / "many.vcf"
    card.write_text("".join(BOB.replace("Bob Jones", f"Person {i}")
                            .replace("bob@", f"p{i}@") for i in range(4000)), encoding="utf-8")
    doc = cli("contacts", "import", str(card), "--json").json()
    assert doc["imported"] == 1 and len(doc["conflicts"]) == 3999
    summary = cli("contacts", "import", str(card)).stdout
    assert summary.count("\n") < 60  # summarised, not one line per card
