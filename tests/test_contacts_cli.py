"""C4, C5, A3 through the command line: people are added, found, corrected, merged, imported
from business cards and exported; they outlive the applications they came from."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import vobject  # type: ignore[import-untyped]

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
Cli = Callable[..., Any]
CONTACT_KEYS = {"id", "name", "title", "company", "email", "phone", "emails", "phones",
                "address", "linkedin_url", "preferred_channel", "linkedin_ok", "notes",
                "roles", "created", "updated"}


def _count(db_path: Path, table: str = "contacts") -> int:
    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _add_app(cli: Cli, *extra: str, company: str = "Acme") -> dict[str, Any]:
    res = cli("add", company, "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
              *extra, "--json")
    assert res.code == 0, res.stderr
    doc: dict[str, Any] = res.json()
    return doc


def test_add_a_business_card_by_hand(cli: Cli, db_path: Path) -> None:
    res = cli("contacts", "add", "Jane Doe", "--title", "Engineering Manager", "--company",
              "Stripe, Inc.", "--email", "jane@stripe.example", "--email", "jd@mail.example",
              "--phone", "(415) 555-0134", "--region", "US", "--address", "510 Townsend St",
              "--linkedin", "linkedin.com/in/janedoe/", "--prefers", "email",
              "--linkedin-ok", "yes", "--notes", "Met at the panel", "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert set(doc) == CONTACT_KEYS
    assert doc["id"] == 1 and doc["phones"] == ["+14155550134"]
    assert doc["email"] == "jane@stripe.example" and doc["emails"][1] == "jd@mail.example"
    assert doc["linkedin_url"] == "https://www.linkedin.com/in/janedoe"
    assert doc["linkedin_ok"] is True and doc["preferred_channel"] == "email"
    assert doc["roles"] == []
    human = cli("contacts", "show", "#1")
    assert "Jane Doe" in human.stdout and "+14155550134" in human.stdout


def test_the_holidays_country_is_the_default_phone_region(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_HOLIDAYS", "GB")
    doc = cli("contacts", "add", "Ola", "--phone", "020 7946 0958", "--json").json()
    assert doc["phones"] == ["+442079460958"]


@pytest.mark.parametrize(("args", "message"), [
    (["--email", "not-an-address"], "--email: 'not-an-address' is not an email address"),
    (["--phone", "555-0134"], "has no country code"),
    (["--phone", "+1 2"], "'+1 2' is not a phone number"),
    (["--phone", "+1 212 555 01"], "not a possible phone number"),
    (["--prefers", "sms"], "never by sms"),
    (["--linkedin", "https://example.com/jane"], "not a LinkedIn profile"),
    (["--linkedin-ok", "maybe"], "answer yes or no"),
    (["--region", "XX", "--phone", "1234"], "--region 'XX'"),
])
def test_bad_details_are_refused_in_one_line(cli_proc: Cli, db_path: Path, args: list[str],
                                            message: str) -> None:
    res = cli_proc("contacts", "add", "Jane", *args)
    assert res.code == 2, res.stderr
    assert res.stderr.count("\n") == 1 and message in res.stderr, res.stderr
    assert _count(db_path) == 0


def test_a_known_person_is_not_added_twice(cli: Cli, db_path: Path) -> None:
    cli("contacts", "add", "Jane Doe", "--email", "jane@stripe.example")
    cli("contacts", "add", "Raj", "--company", "Acme Inc.", "--phone", "+1 646 555 0182")
    for args in (["Janet", "--email", "JANE@stripe.example"],
                 ["Rajesh", "--phone", "+16465550182"],
                 ["raj", "--company", "ACME"]):
        res = cli("contacts", "add", *args)
        assert res.code == 2 and "is already contact #" in res.stderr, (args, res.stderr)
    assert _count(db_path) == 2


def test_unknown_ids(cli: Cli) -> None:
    res = cli("contacts", "show", "7")
    assert res.code == 1 and res.stderr == "followup: error: no contact with id 7\n"
    assert cli("contacts", "show", "seven").code == 2
    assert cli("contacts", "edit", "7", "--title", "x").code == 1


def test_list_search_and_company(cli: Cli) -> None:
    cli("contacts", "add", "Zoë Adams", "--company", "Stripe", "--title", "Recruiter")
    cli("contacts", "add", "Ann Baker", "--company", "Metaview")
    cli("contacts", "add", "Bo Chen", "--company", "Meta Platforms, Inc.")
    names = [c["name"] for c in cli("contacts", "list", "--json").json()]
    assert names == ["Ann Baker", "Bo Chen", "Zoë Adams"]
    assert [c["name"] for c in cli("contacts", "--company", "meta", "--json").json()] == [
        "Bo Chen"]
    assert [c["name"] for c in cli("contacts", "-s", "zoe recruit", "--json").json()] == [
        "Zoë Adams"]
    assert cli("contacts", "list", "--company", "Nowhere", "--json").json() == []
    assert "No contacts at Nowhere" in cli("contacts", "--company", "Nowhere").stdout


def test_interviewers_are_contacts_and_outlive_the_application(cli: Cli) -> None:
    """C4, T6, A3: `contacts --company X` lists every past interviewer there."""
    app = _add_app(cli, "--with", "Jane Doe <jane@acme.example>", "--coordinator",
                   "Chidi Okafor <chidi@acme.example>", company="Acme Corp")
    assert cli("log", str(app["id"]), "rejected", "--json").json()["status"] == "rejected"
    found = cli("contacts", "--company", "ACME, Inc.", "--json").json()
    assert [(c["name"], [r["as"] for r in c["roles"]]) for c in found] == [
        ("Chidi Okafor", ["coordinator"]), ("Jane Doe", ["interviewer"])]
    assert found[1]["roles"][0] == {"application_id": 1, "company": "Acme Corp",
                                    "role": "Data Analyst", "as": "interviewer",
                                    "on": "2026-11-23", "status": "rejected"}
    table = cli("contacts", "list", "--company", "acme").stdout
    assert "Jane Doe" in table and "coordinator at" in table


def test_with_names_an_existing_contact(cli: Cli, db_path: Path) -> None:
    cli("contacts", "add", "Jane Doe", "--company", "Stripe", "--email", "jane@stripe.example")
    cli("contacts", "add", "Kim Ng", "--company", "Stripe")  # no address at all
    app = _add_app(cli, "--with", "#2", "--with", "jane@stripe.example", company="Stripe")
    people = app["interviews"][0]["interviewers"]
    assert [(p["id"], p["name"]) for p in people] == [(2, "Kim Ng"), (1, "Jane Doe")]
    assert _count(db_path) == 2  # no one doubled, and the bare address kept Jane's name
    res = cli("add", "Stripe", "--role", "x", "--interviewed", "2026-11-23 10:00",
              "--with", "#9")
    assert res.code == 1 and "no contact with id 9" in res.stderr
    assert "#12" in cli("add", "--help").stdout


def test_edit_changes_details_and_remakes_plans(cli: Cli) -> None:
    _add_app(cli, "--with", "Jane Doe <jane@acme.example>")
    res = cli("contacts", "edit", "1", "--name", "Jane Q. Doe", "--email",
              "jane.doe@acme.example", "--phone", "+1 212 555 0100", "--json")
    assert res.code == 0, res.stderr
    assert res.json()["emails"] == ["jane.doe@acme.example"]
    steps = cli("show", "1", "--json").json()["steps"]
    assert steps[0]["to"] == ["Jane Q. Doe"]
    assert cli("contacts", "edit", "1", "--email", "", "--json").json()["emails"] == []
    nothing = cli("contacts", "edit", "1")
    assert nothing.code == 2 and "nothing to change" in nothing.stderr


def test_undo_takes_back_a_contact_edit_with_the_plans_it_remade(cli: Cli) -> None:
    _add_app(cli, "--with", "Jane Doe <jane@acme.example>")
    _add_app(cli, company="Globex")
    cli("contacts", "add", "Raj Patel", "--company", "Initech", "--email", "raj@mail.example",
        "--phone", "+1 212 555 0100", "--phone", "+1 212 555 0101", "--region", "US")
    before = [cli("show", str(i), "--json").json()["steps"] for i in (1, 2)]
    jane = cli("contacts", "show", "1", "--json").json()
    raj = cli("contacts", "show", "2", "--json").json()

    cli("contacts", "edit", "1", "--name", "Jane Q. Doe", "--email", "jq@acme.example")
    res = cli("contacts", "edit", "2", "--company", "Globex", "--phone", "+1 212 555 0199")
    assert res.code == 0, res.stderr
    assert cli("show", "2", "--json").json()["steps"] != before[1]  # Raj, at Globex now (A2)
    assert cli("undo").stdout.strip() == "Undone: edited contact 2 (Raj Patel)."
    assert cli("contacts", "show", "2", "--json").json() == raj  # company and both numbers
    assert cli("show", "2", "--json").json()["steps"] == before[1]  # Globex's plan as it was
    assert "Undone: edited contact 1 (Jane Doe)." in cli("undo").stdout
    assert cli("contacts", "show", "1", "--json").json() == jane
    assert cli("show", "1", "--json").json()["steps"] == before[0]  # "to" Jane Doe again


def test_merge_folds_duplicates_into_one(cli: Cli, db_path: Path) -> None:
    _add_app(cli, "--with", "Jane Doe <jane@acme.example>")
    cli("contacts", "add", "J. Doe", "--email", "jd@mail.example", "--title", "Lead",
        "--notes", "Knows Raj")
    doc = cli("contacts", "merge", "1", "2", "--json").json()
    assert doc["name"] == "Jane Doe" and doc["title"] == "Lead"
    assert doc["emails"] == ["jane@acme.example", "jd@mail.example"]
    assert doc["notes"] == "Knows Raj" and len(doc["roles"]) == 1
    assert _count(db_path) == 1
    assert cli("contacts", "show", "2").code == 1
    assert cli("contacts", "merge", "1", "1").code == 2
    assert cli("contacts", "merge", "1", "5").code == 1


def test_merge_of_two_interviewers_of_one_interview(cli: Cli, db_path: Path) -> None:
    _add_app(cli, "--with", "Jane Doe <jane@acme.example>", "--with", "Jane <jd@acme.example>")
    doc = cli("contacts", "merge", "1", "2", "--json").json()
    assert doc["emails"] == ["jane@acme.example", "jd@acme.example"]
    app = cli("show", "1", "--json").json()
    assert [p["name"] for p in app["interviews"][0]["interviewers"]] == ["Jane Doe"]
    assert [s["to"] for s in app["steps"] if s["kind"] == "thank_you"
            and s["status"] == "pending"] == [["Jane Doe"]]


def test_import_cards_updates_known_people(cli: Cli, db_path: Path) -> None:
    _add_app(cli, "--with", "Jane Doe <jane.doe@stripe.example>", company="Stripe")
    res = cli("contacts", "import", str(FIXTURES / "iphone-export.vcf"), "--region", "US",
              "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert (doc["imported"], doc["updated"], doc["unchanged"]) == (2, 1, 0)
    assert doc["ids"] == [1, 2, 3] and doc["skipped"] == []
    jane = cli("contacts", "show", "1", "--json").json()
    assert jane["name"] == "Jane Q. Doe" and jane["title"] == "Engineering Manager"
    assert jane["roles"][0]["company"] == "Stripe"
    again = cli("contacts", "import", str(FIXTURES / "iphone-export.vcf"), "--region", "US",
                "--json").json()
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert _count(db_path) == 3


def test_duplicates_by_phone_and_by_name_and_company(tmp_path: Path, cli: Cli,
                                                     db_path: Path) -> None:
    cli("contacts", "add", "Raj Patel", "--company", "Acme", "--phone", "+16465550182")
    cli("contacts", "add", "Mei Chen", "--company", "Metaview Ltd")
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rajesh Patel\r\nTEL:+1 (646) 555-0182\r\n"
        "TITLE:Director\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:MEI CHEN\r\n"
        "ORG:Metaview\r\nEMAIL:mei@metaview.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mei Chen\r\nEMAIL:mei@metaview.example\r\n"
        "NOTE:second card of the same person\r\nEND:VCARD\r\n", encoding="utf-8")
    doc = cli("contacts", "import", str(cards), "--json").json()
    # Issue 12.2: a phone number alone never renames Raj; the same name at the same company
    # (Mei) is the same person.
    assert (doc["imported"], doc["updated"]) == (0, 2)
    assert [c["line"] for c in doc["conflicts"]] == [1]
    assert "contact #1" in doc["conflicts"][0]["reason"]
    assert _count(db_path) == 2
    mei = cli("contacts", "show", "2", "--json").json()
    assert mei["emails"] == ["mei@metaview.example"]
    assert mei["notes"] == "second card of the same person"
    merged = cli("contacts", "import", str(cards), "--merge", "--json").json()
    assert merged["conflicts"] == [] and merged["imported"] == 0
    raj = cli("contacts", "show", "1", "--json").json()
    assert (raj["name"], raj["title"]) == ("Raj Patel", "Director")


def test_broken_cards_are_listed_and_the_rest_imported(cli: Cli, db_path: Path) -> None:
    res = cli("contacts", "import", str(FIXTURES / "broken.vcf"))
    assert res.code == 0
    assert "2 imported, 0 updated, 0 unchanged, 3 skipped" in res.stdout
    assert "skipped line 11: malformed card" in res.stdout
    assert _count(db_path) == 2


@pytest.mark.parametrize("name", ["not-a-vcard.vcf", "missing.vcf", "Connections.csv"])
def test_a_wrong_file_is_refused_and_changes_nothing(cli_proc: Cli, db_path: Path,
                                                     name: str) -> None:
    res = cli_proc("contacts", "import", str(FIXTURES / name))
    assert res.code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert not db_path.exists() or _count(db_path) == 0


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_elsewhere_gives_the_same_people(
        tmp_path: Path, cli: Cli, version: str) -> None:
    for fixture in ("iphone-export.vcf", "scanned-card-v4.vcf", "google-contacts.vcf"):
        cli("contacts", "import", str(FIXTURES / fixture), "--region", "US")
    cli("contacts", "edit", "1", "--prefers", "phone", "--linkedin-ok", "no")
    out = tmp_path / "all.vcf"
    res = cli("contacts", "export", str(out), "--version", version, "--json")
    assert res.json() == {"file": str(out), "version": version, "contacts": 6}
    text = out.read_bytes().decode("utf-8")
    assert "".join(c.serialize() for c in vobject.readComponents(text)) == text
    before = cli("contacts", "--json").json()
    other = tmp_path / "other.db"
    imported = cli("--db", str(other), "contacts", "import", str(out), "--json").json()
    assert imported["imported"] == 6 and imported["warnings"] == []
    after = cli("--db", str(other), "contacts", "--json").json()
    drop = {"id", "created", "updated"}
    assert [{k: v for k, v in c.items() if k not in drop} for c in after] == [
        {k: v for k, v in c.items() if k not in drop} for c in before]


def test_export_one_company(tmp_path: Path, cli: Cli) -> None:
    cli("contacts", "import", str(FIXTURES / "iphone-export.vcf"), "--region", "US")
    out = tmp_path / "stripe.vcf"
    assert "Wrote 1 contact(s)" in cli("contacts", "export", str(out), "--company",
                                       "stripe").stdout
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1
    bad = cli("contacts", "export", str(tmp_path / "x.vcf"), "--version", "2.1")
    assert bad.code == 2


def test_every_contacts_command_takes_json(cli: Cli, tmp_path: Path) -> None:
    commands = [
        ["contacts", "add", "A B", "--company", "Acme"],
        ["contacts", "add", "C D", "--company", "Acme"],
        ["contacts"], ["contacts", "list"], ["contacts", "show", "1"],
        ["contacts", "edit", "1", "--title", "Boss"], ["contacts", "merge", "1", "2"],
        ["contacts", "import", str(FIXTURES / "google-contacts.vcf")],
        ["contacts", "export", str(tmp_path / "x.vcf")],
        ["network", "import", str(FIXTURES / "Connections.csv")],
    ]
    for args in commands:
        res = cli(*args, "--json")
        assert res.code == 0, (args, res.stderr)
        res.json()


def test_start_up_does_not_load_the_contacts_libraries() -> None:
    """vobject, rapidfuzz, phonenumbers and email-validator load only in the commands that
    need them: the command line must start fast."""
    import subprocess
    import sys

    code = ("import sys; from followup.cli.app import app; from followup import service; "
            "heavy = [m for m in ('vobject', 'rapidfuzz', 'phonenumbers', 'email_validator', "
            "'rich.progress') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_a_card_import_commits_whole_or_not_at_all(
        db_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3 as sq
    from datetime import datetime

    from followup.service import contacts as service
    from followup.store.contacts import Contacts
    from followup.store.sqlite import Store

    cli("contacts", "add", "Jane Doe", "--email", "jane.doe@stripe.example")
    calls = {"n": 0}
    real = Contacts.insert

    def insert_then_fail(*args: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise sq.OperationalError("disk full")
        return real(*args)

    monkeypatch.setattr(Contacts, "insert", insert_then_fail)
    store = Store(db_path)
    try:
        with pytest.raises(sq.OperationalError):
            service.import_vcards(store, FIXTURES / "iphone-export.vcf",
                                  datetime(2026, 11, 23, 18, 0), "US")
        assert [c.name for c in store.contacts.load()] == ["Jane Doe"]  # nor the update
    finally:
        store.close()


def test_the_profile_region_comes_before_the_holidays_country(
        cli: Cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime

    from followup.store.sqlite import Store

    monkeypatch.setenv("FOLLOWUP_HOLIDAYS", "US")
    assert cli("contacts", "add", "Ola", "--phone", "020 7946 0958").code == 2  # not in the US
    store = Store(db_path)
    try:
        store.profile.save_profile({"region": "GB"}, datetime(2026, 11, 23, 18, 0))
    finally:
        store.close()
    doc = cli("contacts", "add", "Ola", "--phone", "020 7946 0958", "--json").json()
    assert doc["phones"] == ["+442079460958"]
