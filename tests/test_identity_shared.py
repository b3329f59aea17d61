"""Issue 22.2: identity never moves on a shared detail. An email address kept for one person,
given under a name that cannot be theirs, is a conflict the candidate settles (--merge,
--new, a choice on the web), never a rename: not by `add --with`, not by a vCard."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from followup.core.contacts import Card
from followup.core.identity import Identity, fuller_name, same_name
from test_concurrency import count

ADD = ("--role", "Dev", "--interviewed", "2026-11-23 10:00", "--tz", "Europe/London")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Jane Doe", "jane  doe", True), ("Jane Doe", "J. Doe", True), ("Jane Doe", "Jane", True),
    ("Jane Mary Doe", "Jane Doe", True), ("José Núñez", "Jose Nunez", True),
    ("Jane Doe", "", True), ("Jane Doe", "Bob Other", False),
    ("Jane Doe2", "Mallory Attacker", False), ("Jane Doe", "Jane Smith", False),
    ("Jane Doe", "John", False), ("J. Doe", "K. Doe", False),
])
def test_which_names_can_be_one_persons(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same and same_name(b, a) is same


def test_a_fuller_name_wins_and_never_the_shorter() -> None:
    assert fuller_name("J. Doe", "Jane Doe") == "Jane Doe"
    assert fuller_name("Jane Doe", "J. Doe") == "Jane Doe"
    assert fuller_name("Jane Doe", "Jane") == "Jane Doe"


def test_an_address_under_another_name_is_not_a_sure_match() -> None:
    index = Identity([(1, Card("Jane Doe2", emails=("jane2@acme2.example",)))])
    found = index.match(Card("Bob Other", emails=("JANE2@acme2.example",)))
    assert (found.id, found.how, found.sure) == (1, "email", False)
    assert index.match(Card("J. Doe2", emails=("jane2@acme2.example",))).sure
    index.add(2, Card("Bob Other", emails=("jane2@acme2.example",)))  # kept apart (--new)
    found = index.match(Card("Bob Other", emails=("jane2@acme2.example",)))
    assert (found.id, found.sure) == (2, True)


def _name(db: Path, contact_id: int) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT name FROM contacts WHERE id = ?", (contact_id,)
                                ).fetchone()[0])
    finally:
        conn.close()


def test_add_with_a_known_address_under_another_name_asks_and_renames_nobody(
        cli: Callable[..., Any], db_path: Path) -> None:
    assert cli("add", "Acme", *ADD, "--with", "Jane Doe2 <jane2@acme2.example>").code == 0
    res = cli("add", "Acme2", *ADD, "--with", "Bob Other <jane2@acme2.example>")
    assert res.code == 2
    assert "that address is Jane Doe2's (contact #1)" in res.stderr
    assert "--merge" in res.stderr and "--new" in res.stderr
    assert count(db_path, "SELECT count(*) FROM applications") == 1  # nothing changed
    assert _name(db_path, 1) == "Jane Doe2"
    res = cli("add", "Acme2", *ADD, "--with", "Bob Other <jane2@acme2.example>", "--merge",
              "--json")
    assert res.code == 0, res.stderr
    assert res.json()["interviews"][0]["interviewers"][0]["name"] == "Jane Doe2"
    res = cli("add", "Acme3", *ADD, "--with", "Bob Other <jane2@acme2.example>", "--new",
              "--json")
    assert res.code == 0, res.stderr
    assert res.json()["interviews"][0]["interviewers"][0]["name"] == "Bob Other"
    assert _name(db_path, 1) == "Jane Doe2"
    # Bob is kept now: naming him again needs no choice, and Jane is still Jane.
    res = cli("add", "Acme4", *ADD, "--with", "Bob Other <jane2@acme2.example>", "--json")
    assert res.code == 0, res.stderr
    assert count(db_path, "SELECT count(*) FROM contacts") == 2
    res = cli("add", "Acme5", *ADD, "--with", "J. Doe2 <jane2@acme2.example>", "--json")
    assert res.code == 0, res.stderr
    assert res.json()["interviews"][0]["interviewers"][0]["name"] == "Jane Doe2"
    res = cli("interview", "1", "--at", "2026-11-23 15:00", "--with",
              "Carol <jane2@acme2.example>")
    assert res.code == 2 and "--merge" in res.stderr
    assert cli("interview", "1", "--at", "2026-11-23 15:00", "--with",
               "Carol <jane2@acme2.example>", "--merge").code == 0
    assert _name(db_path, 1) == "Jane Doe2"


def test_a_vcard_with_her_address_under_another_name_is_a_conflict(
        cli: Callable[..., Any], db_path: Path, tmp_path: Path) -> None:
    assert cli("add", "Acme", *ADD, "--with", "Jane Doe2 <jane2@acme2.example>").code == 0
    card = tmp_path / "m.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mallory Attacker\r\nTEL:+1 415 555 0100"
                    "\r\nEMAIL:jane2@acme2.example\r\nEND:VCARD\r\n", encoding="utf-8")
    res = cli("contacts", "import", str(card), "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["updated"] == 0 and len(doc["conflicts"]) == 1, doc
    assert _name(db_path, 1) == "Jane Doe2"
    assert cli("me", "--name", "Sam Candidate").code == 0
    draft = cli("draft", str(count(db_path, "SELECT min(id) FROM steps")))
    assert "Mallory" not in draft.stdout and "Jane" in draft.stdout, draft.stdout
    res = cli("contacts", "import", str(card), "--merge", "--json")
    assert res.code == 0 and res.json()["updated"] == 1, res.stdout
    assert _name(db_path, 1) == "Jane Doe2"  # her details grew; her name stayed
    res = cli("contacts", "import", str(card), "--new", "--json")
    assert res.code == 0 and res.json()["imported"] == 1, res.stdout
    assert _name(db_path, 1) == "Jane Doe2"

