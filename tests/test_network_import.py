"""A2: LinkedIn's Connections.csv and data-export ZIP, in the real format (notes before the
header, BOM, CRLF, quoted commas, empty emails, blank rows), imported once and updated on
re-import; bad rows are listed and skipped; a wrong file is refused and changes nothing."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from followup.contacts import linkedin
from followup.core.contacts import Problem
from followup.service import contacts as service
from followup.store.sqlite import Store

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"
CSV = FIXTURES / "Connections.csv"
ZIP = FIXTURES / "Basic_LinkedInDataExport_11-20-2026.zip"
BAD = FIXTURES / "Connections-malformed.csv"
NOW = datetime(2026, 11, 23, 18, 0)
Cli = Callable[..., Any]


def _rows(db_path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT first_name, last_name, company, position, email,"
                            " connected_on FROM connections ORDER BY id").fetchall()


def test_the_fixture_is_in_the_real_format() -> None:
    raw = CSV.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNotes:\r\n")
    assert b"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" \
        in raw
    assert b'"Stripe, Inc."' in raw and b",12 Mar 2024" in raw


def test_parse_reads_every_row_with_its_line_number() -> None:
    text, _ = linkedin.read_export(CSV)
    rows = list(linkedin.parse(text, "Connections.csv"))
    assert all(not isinstance(r, Problem) for r in rows)
    assert len(rows) == 10  # two blank rows passed over
    sam = rows[0]
    assert not isinstance(sam, Problem)
    assert (sam.line, sam.first_name, sam.company, sam.email) == (5, "Sam", "Stripe, Inc.", None)
    assert sam.connected_on == date(2024, 3, 12)
    assert sam.key == "in:/in/samlee-dev" and sam.company_key == "stripe"


@pytest.mark.parametrize(("raw", "day"), [
    ("12 Mar 2024", date(2024, 3, 12)), ("1 September 2019", date(2019, 9, 1)),
    ("Mar 12, 2024", date(2024, 3, 12)), ("03/12/24", date(2024, 3, 12)),
    ("2024-03-12", date(2024, 3, 12)),
])
def test_dates(raw: str, day: date) -> None:
    assert linkedin.parse_date(raw) == day


def test_import_then_reimport_updates_never_duplicates(cli: Cli, db_path: Path) -> None:
    first = cli("network", "import", str(CSV), "--json")
    assert first.code == 0, first.stderr
    doc = first.json()
    assert (doc["imported"], doc["updated"], doc["unchanged"], doc["skipped"]) == (10, 0, 0, [])
    again = cli("network", "import", str(CSV), "--json").json()
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 10)
    newer = cli("network", "import", str(ZIP), "--json").json()  # the whole export, later
    assert newer["file"].endswith(":Connections.csv")
    assert (newer["imported"], newer["updated"], newer["unchanged"]) == (1, 2, 8)
    rows = _rows(db_path)
    assert len(rows) == 11
    assert ("Sam", "Lee", "Stripe, Inc.", "Engineering Manager", "sam.lee@mail.example",
            "2024-03-12") in rows
    assert ("Tom", "Becker", "Stripe", "Software Engineer", None, "2022-02-28") in rows


def test_malformed_rows_are_reported_with_line_and_reason(cli: Cli, db_path: Path) -> None:
    res = cli("network", "import", str(BAD), "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["imported"] == 2
    assert [(s["line"], s["reason"].split(" (")[0].split(":")[0]) for s in doc["skipped"]] == [
        (6, "expected 7 fields, found 5"), (7, "no name"), (8, "Connected On"),
        (9, "Email Address"), (10, "URL"), (11, "expected 7 fields, found 8")]
    assert [r[0] for r in _rows(db_path)] == ["Good", "Last"]
    human = cli("network", "import", str(BAD))
    assert "0 imported, 0 updated, 2 unchanged, 6 skipped" in human.stdout
    assert "skipped line 8: Connected On: 'yesterday' is not a date" in human.stdout


def test_rows_without_a_profile_address_are_keyed_by_name_and_company(
        tmp_path: Path, cli: Cli, db_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    path.write_text(header + "Ann,Ode,,,Acme Inc.,Analyst,01 Jan 2025\n"
                    "Ann,Ode,,,Acme,Analyst,01 Jan 2025\n", encoding="utf-8")
    doc = cli("network", "import", str(path), "--json").json()
    assert doc["imported"] == 1 and doc["skipped"] == [
        {"line": 3, "reason": "the same person as line 2"}]
    assert cli("network", "import", str(path), "--json").json()["unchanged"] == 1
    assert len(_rows(db_path)) == 1


@pytest.mark.parametrize(("name", "data", "message"), [
    ("missing.csv", None, "no such file"),
    ("shopping.csv", b"eggs,milk\nbread,jam\n", "not LinkedIn's Connections.csv"),
    ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("cards.vcf", (FIXTURES / "broken.vcf").read_bytes(), "not LinkedIn's Connections.csv"),
    ("other.zip", (FIXTURES / "not-linkedin.zip").read_bytes(), "no Connections.csv"),
    ("broken.zip", b"PK\x03\x04 this is no zip at all", "cannot open this ZIP"),
    ("half.csv", b"First Name,Last Name,URL\nA,B,C\n", "the header lacks Company"),
])
def test_a_wrong_file_is_refused_in_one_line_and_changes_nothing(
        tmp_path: Path, cli_proc: Cli, db_path: Path, name: str, data: bytes | None,
        message: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    res = cli_proc("network", "import", str(path))
    assert res.code == 2
    assert res.stderr.count("\n") == 1 and message in res.stderr, res.stderr
    assert res.stdout == ""
    assert _rows(db_path) == [] if db_path.exists() else True


def test_a_folder_is_refused(tmp_path: Path, cli: Cli) -> None:
    res = cli("network", "import", str(tmp_path))
    assert res.code == 2 and "is a folder" in res.stderr


def test_an_import_commits_whole_or_not_at_all(store: Store, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    service.import_network(store, CSV, NOW)
    from followup.store.contacts import Contacts

    def fail(*args: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Contacts, "update_connections", fail)
    with pytest.raises(sqlite3.OperationalError):
        service.import_network(store, ZIP, NOW)
    assert store.contacts.count_connections() == 10  # the new row of the ZIP was not kept either
    assert store.conn.execute("SELECT count(*) FROM connections WHERE first_name = 'Nadia'"
                              ).fetchone()[0] == 0


def test_the_zip_may_keep_connections_in_a_folder(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Basic_LinkedInDataExport/Connections.csv", CSV.read_bytes())
    assert service.import_network(store, path, NOW).imported == 10


def test_progress_is_reported_for_large_files(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "Connections.csv"
    out = io.StringIO()
    out.write("Notes:\n\"\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
              "Connected On\n")
    for i in range(3000):
        out.write(f"P{i},Q,https://www.linkedin.com/in/p{i},,Co{i % 50},Eng,01 Jan 2025\n")
    path.write_text(out.getvalue(), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = service.import_network(store, path, NOW, progress=lambda d, t: seen.append((d, t)))
    assert report.imported == 3000
    assert len(seen) >= 6 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_copy_of_fixture_in_another_encoding_imports(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "Connections.csv"
    shutil.copy(CSV, path)
    text = CSV.read_bytes().decode("utf-8-sig")
    path.write_bytes(text.encode("utf-16"))
    assert service.import_network(store, path, NOW).imported == 10
