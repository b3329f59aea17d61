"""CSV: a spreadsheet of applications or steps out, another tracker's applications in."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from followup.insights.csvio import APPLICATION_COLUMNS, STEP_COLUMNS, parse_mapping
from followup.store.sqlite import Store

OTHER = (
    "Company,Job Title,Interview Date,Stage,Stage Date,Interviewers,Comments\r\n"
    "Initech,Backend Engineer,11/16/2026,Interviewing,,Bill <bill@initech.example>,\"said: "
    "\"\"call me\"\"\"\r\n"
    "Umbrella,UX Researcher,11/10/2026,Rejected,11/20/2026,,\r\n"
    ",,,,,,\r\n"
    "Hooli,Data Engineer,11/12/2026,ghosted,11/21/2026,Gavin; Jian <jian@hooli.example>,\r\n"
)
MAP = ("--map", "company=Company,role=Job Title,interviewed=Interview Date,status=Stage",
       "--map", "status_on=Stage Date,with=Interviewers,notes=Comments")


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "other.csv"
    path.write_bytes(OTHER.encode("utf-8"))
    return path


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_import_from_another_tracker(cli, other: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y", "--json")
    assert res.code == 0, res.stderr
    assert res.json() == {"dry_run": False, "conflicts": [], "added": [
        {"id": 1, "company": "Initech", "role": "Backend Engineer", "status": "active"},
        {"id": 2, "company": "Umbrella", "role": "UX Researcher", "status": "rejected"},
        {"id": 3, "company": "Hooli", "role": "Data Engineer", "status": "closed"}]}
    initech = cli("show", "1", "--json").json()
    assert initech["notes"] == 'said: "call me"'
    assert initech["interviews"][0]["at"] == "2026-11-16T09:00:00-05:00"
    assert initech["interviews"][0]["interviewers"][0]["email"] == "bill@initech.example"
    assert initech["steps"][0]["kind"] == "thank_you"
    umbrella = cli("show", "2", "--json").json()
    assert [(e["kind"], e["on"]) for e in umbrella["events"]] == [("rejected", "2026-11-20")]
    assert [p["name"] for p in cli("show", "3", "--json").json()["interviews"][0][
        "interviewers"]] == ["Gavin", "Jian"]
    stats = cli("stats", "--json").json()
    assert stats["ghosting"] == {"ghosted": 1, "ended": 2, "rate": 0.5}


def test_dry_run_then_conflicts_on_a_second_import(cli, other: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y")
    dry = cli(*args, "--dry-run")
    assert dry.code == 0 and "Would add 3 application(s)" in dry.stdout
    assert "Dry run: nothing was changed" in dry.stdout
    assert cli("list", "--json").json() == []
    assert cli(*args).code == 0
    again = cli(*args, "--json").json()
    assert again["added"] == [] and len(again["conflicts"]) == 3
    assert "Initech — Backend Engineer interviewed 2026-11-16 09:00 is already here as #1" in \
        again["conflicts"][0]
    assert len(cli("list", "--json").json()) == 3


def test_one_bad_row_and_nothing_comes_in(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text("company,role,interviewed,status\r\n"
                    "Acme,Analyst,2026-11-20 10:00,active\r\n"
                    "Globex,PM,2026-02-30 10:00,active\r\n"
                    "Initech,Dev,2026-11-21 10:00,hired\r\n", encoding="utf-8")
    res = cli("import", "csv", str(path))
    assert res.code == 2 and len(res.stderr.strip().splitlines()) == 1
    assert "2 row(s) cannot be imported, so none was: row 3: interviewed" in res.stderr
    assert "row 4: unknown status 'hired'" in res.stderr
    assert cli("list", "--json").json() == []


@pytest.mark.parametrize(("args", "message"), [
    (("--map", "company=Firm"), "the file has no column 'Firm'"),
    (("--map", "employer=Company"), "unknown field 'employer'"),
    (("--map", "company"), "write FIELD=COLUMN"),
    (("--map", "company=Company"), "no column for role, interviewed"),
    (("--delimiter", ";;"), "one character"),
])
def test_mapping_mistakes(cli, other: Path, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    res = cli("import", "csv", str(other), *args)
    assert res.code == 2 and message in res.stderr


def test_mapping_accepts_quoted_column_names() -> None:
    assert parse_mapping(['company=Company,role="Title, full"', "notes = Notes ",
                          "with=People, all,status=Stage"]) == {
        "company": "Company", "role": "Title, full", "notes": "Notes", "with": "People, all",
        "status": "Stage"}


def test_semicolons_and_a_byte_order_mark(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffCompany;Role;Interviewed\r\nAcmé;Analyst;2026-11-20 14:30\r\n"
                     .encode("utf-8"))
    res = cli("import", "csv", str(path), "--delimiter", ";", "--json")
    assert res.code == 0, res.stderr
    assert res.json()["added"][0]["company"] == "Acmé"


def test_export_one_row_per_application(cli, other: Path) -> None:  # type: ignore[no-untyped-def]
    cli("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y")
    out = cli("export", "csv")
    assert out.code == 0
    got = rows(out.stdout)
    assert list(got[0]) == list(APPLICATION_COLUMNS)
    assert [(r["company"], r["status"], r["status_on"]) for r in got] == [
        ("Initech", "active", ""), ("Umbrella", "rejected", "2026-11-20"),
        ("Hooli", "closed", "2026-11-21")]
    assert got[0]["interviewed"] == "2026-11-16 09:00" and got[0]["tz"] == "America/New_York"
    assert got[0]["with"] == "Bill <bill@initech.example>" and got[0]["next_step"]
    assert got[2]["with"] == "Gavin; Jian <jian@hooli.example>"


def test_export_one_row_per_step(cli, other: Path) -> None:  # type: ignore[no-untyped-def]
    cli("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y")
    got = rows(cli("export", "csv", "--steps").stdout)
    assert list(got[0]) == list(STEP_COLUMNS)
    initech = [r for r in got if r["application_id"] == "1"]
    assert initech[0]["kind"] == "thank_you" and initech[0]["rule"] in ("T1", "T2")
    assert {r["status"] for r in got if r["application_id"] == "2"} == {"cancelled"}


def test_our_own_csv_comes_back_in(cli, other: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y")
    exported = tmp_path / "out.csv"
    assert cli("export", "csv", str(exported)).code == 0
    fresh = tmp_path / "fresh.db"
    from typer.testing import CliRunner

    from followup.cli.app import app

    run = CliRunner()
    base = ["--db", str(fresh), "--now", "2026-11-23T18:00"]
    res = run.invoke(app, [*base, "import", "csv", str(exported), "--json"])
    assert res.exit_code == 0, res.stderr
    again = run.invoke(app, [*base, "export", "csv"]).stdout
    keep = ("id", "company", "role", "status", "status_on", "playbook", "interviewed", "tz",
            "with", "notes")
    assert [{k: r[k] for k in keep} for r in rows(again)] == [
        {k: r[k] for k in keep} for r in rows(exported.read_text(encoding="utf-8"))]
    store = Store(fresh)
    try:
        assert store.load(1).notes == 'said: "call me"'
    finally:
        store.close()


def test_csv_to_a_file_and_json_report(cli, other: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "apps.csv"
    res = cli("export", "csv", str(target))
    assert res.code == 0 and "Wrote" in res.stderr
    assert target.read_text(encoding="utf-8").startswith("id,company,role")
    assert json.loads(cli("import", "csv", str(other), *MAP, "--date-format", "%m/%d/%Y",
                          "--dry-run", "--json").stdout)["dry_run"] is True
