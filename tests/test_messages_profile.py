"""`followup me`: the candidate's profile, validated once and stored in one row."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from followup.core.profile import phone_display, phone_spoken
from followup.store.migrations import LATEST, migrate, schema_version
from followup.store.sqlite import Store


def test_set_and_show(cli: Callable[..., Any]) -> None:
    res = cli("me", "--name", "Ana Lima", "--email", "Ana.Lima@Example.COM", "--phone",
              "(212) 555-0147", "--region", "us", "--address",
              "12 Orchard Lane\\nBrooklyn, NY 11201", "--linkedin",
              "linkedin.com/in/ana-lima/", "--json")
    assert res.code == 0, res.stderr
    assert res.json() == {
        "name": "Ana Lima", "email": "Ana.Lima@example.com", "phone": "+12125550147",
        "region": "US", "address": "12 Orchard Lane\nBrooklyn, NY 11201", "signature": None,
        "linkedin": "https://www.linkedin.com/in/ana-lima",
    }
    shown = cli("me")
    assert shown.code == 0 and "+12125550147" in shown.stdout and "Brooklyn" in shown.stdout


def test_one_row_and_partial_updates(cli: Callable[..., Any], db_path: Path) -> None:
    cli("me", "--name", "Ana Lima", "--email", "ana@example.com")
    cli("me", "--phone", "+44 20 7946 0958")
    doc = cli("me", "--email", "", "--json").json()
    assert doc["name"] == "Ana Lima" and doc["email"] is None  # "" clears one field
    assert doc["phone"] == "+442079460958" and doc["region"] == "GB"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM profile").fetchone()[0] == 1
    conn.close()


def test_region_defaults_to_the_holidays_country(cli: Callable[..., Any],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_HOLIDAYS", "GB")
    doc = cli("me", "--phone", "020 7946 0958", "--json").json()
    assert doc["phone"] == "+442079460958" and doc["region"] == "GB"


@pytest.mark.parametrize(("args", "message"), [
    (("--email", "ana@"), "--email 'ana@' is not an email address"),
    (("--email", "ana@localhost"), "is not an email address"),
    (("--phone", "555 0147"), "has no country code"),
    (("--phone", "12", "--region", "US"), "not a valid phone number"),
    (("--phone", "+1 555 0100"), "not a valid phone number"),
    (("--region", "Atlantis"), "--region"),
    (("--linkedin", "https://example.com/me"), "--linkedin"),
    (("--name", "Ana\tLima"), "--name must be one line"),
    (("--address", "1\\n2\\n3\\n4\\n5\\n6\\n7"), "at most 6 lines"),
])
def test_bad_values_are_refused_and_change_nothing(cli: Callable[..., Any],
                                                   args: tuple[str, ...], message: str) -> None:
    cli("me", "--name", "Ana Lima")
    res = cli("me", "--name", "Someone Else", *args)
    assert res.code == 2 and message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert cli("me", "--json").json()["name"] == "Ana Lima"


def test_phone_is_written_out_to_be_said(cli: Callable[..., Any]) -> None:
    """M4: digit by digit, in the groups people say; abroad, with the country code."""
    assert phone_spoken("+12125550147", "US") == "two-one-two, five-five-five, zero-one-four-seven"
    assert phone_display("+12125550147", "US") == "(212) 555-0147"
    assert phone_spoken("+442079460958", "US").startswith("plus four-four, two-zero, ")
    # A British listener: "oh", a five-digit prefix at once, six digits as two threes.
    assert phone_spoken("+447911123456", "GB", "oh") == (
        "oh-seven-nine-one-one, one-two-three, four-five-six")
    assert phone_spoken("+4930123456789", "DE").endswith(
        "one-two-three, four-five-six, seven-eight-nine")
    assert phone_display("+442079460958", "GB") == "020 7946 0958"


def test_migration_2_upgrades_a_version_1_database(tmp_path: Path) -> None:
    """An old database keeps its data and gains the profile table."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=1)
    conn.execute("INSERT INTO applications (company, role, playbook, created_at, updated_at)"
                 " VALUES ('Acme', 'Analyst', 'default', '2026-11-01', '2026-11-01')")
    assert schema_version(conn) == 1
    conn.close()
    store = Store(path)
    try:
        assert schema_version(store.conn) == LATEST >= 2
        assert store.conn.execute("SELECT company FROM applications").fetchone()[0] == "Acme"

        assert store.profile.get_profile().name is None
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
        assert 2 in versions
    finally:
        store.close()


def test_profile_row_cannot_be_doubled(store: Store) -> None:
    store.conn.execute("INSERT INTO profile (id, updated_at) VALUES (1, 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO profile (id, updated_at) VALUES (2, 'x')")
