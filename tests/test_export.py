"""Export everything to JSON and bring it back: byte-identical into an empty database,
renumbered and never overwriting into one that already holds data, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from followup import service
from followup.cli.app import app as typer_app
from followup.core.errors import BadInput
from followup.core.journal import JournalText
from followup.core.model import EventKind, Person, Timeline
from followup.insights import journal, transfer
from followup.store.sqlite import Store

TZ = "America/New_York"
NOW = datetime(2026, 12, 4, 18, tzinfo=ZoneInfo(TZ))


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=ZoneInfo(TZ))


def build(store: Store) -> None:
    """A small search touching every table: rounds, a coordinator, events, done and
    cancelled steps, journal entries about the process and about a round."""
    acme = service.add_application(
        store, company="Acme", role="Data Analyst", now=NOW, holidays="US", notes="via Sam",
        interview=service.NewInterview(
            at=at("2026-11-23"), tz=TZ, coordinator=Person("Sam Rivera", "sam@acme.example"),
            interviewers=(Person("Jane Doe", "jane@acme.example"), Person("Raj Patel")),
            timeline=Timeline(decision_by=datetime(2026, 11, 25).date(), note="end of week")))
    service.mark_done(store, acme.steps[0].id, at("2026-11-23").date(), NOW)
    service.add_interview(store, acme.id, service.NewInterview(
        at=at("2026-11-30", 15), tz=TZ, interviewers=(Person("Jane Doe", "jane@acme.example"),)),
        NOW)
    journal.write(store, acme.id, JournalText(went_well="Case study", improve="Pace"),
                  at("2026-11-30").date(), NOW, interview_round=2)
    globex = service.add_application(
        store, company="Globex", role="PM", now=NOW, playbook="weekly",
        interview=service.NewInterview(at=at("2026-11-16"), tz=TZ,
                                       interviewers=(Person("Maria", "m@globex.example"),)))
    service.log_event(store, globex.id, EventKind.REPLY, at("2026-11-20").date(), NOW,
                      note="Still deciding", timeline=Timeline(
                          decision_by=datetime(2026, 12, 8).date()))
    journal.write(store, globex.id, JournalText(note="Ask Maria about the team"),
                  at("2026-11-20").date(), NOW)


def runner(db: Path) -> Callable[..., Any]:
    cli = CliRunner()

    def run(*args: str, input: str | None = None) -> Any:
        res = cli.invoke(typer_app, ["--db", str(db), "--now", "2026-12-04T18:00", *args],
                         input=input)
        if res.exception and not isinstance(res.exception, SystemExit):
            raise res.exception
        return res

    return run


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.db"
    s = Store(path)
    build(s)
    s.close()
    return path


def export(db: Path) -> str:
    s = Store(db)
    try:
        return transfer.dumps(transfer.export_document(s))
    finally:
        s.close()


def test_round_trip_is_byte_identical(source: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert runner(source)("export", "json", str(first)).exit_code == 0
    empty = tmp_path / "empty.db"
    res = runner(empty)("import", "json", str(first), "--json")
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["ids"] == "kept" and report["conflicts"] == []
    assert report["added"]["applications"] == 2 and report["added"]["journal"] == 2
    again = runner(empty)("export", "json")
    assert again.stdout == first.read_text(encoding="utf-8")
    assert runner(source)("show", "1", "--json").stdout == runner(empty)("show", "1",
                                                                         "--json").stdout


def test_export_holds_every_table_but_the_migration_log(source: Path) -> None:
    doc = json.loads(export(source))
    assert doc["format"] == "followup-export" and doc["version"] == 1
    assert {"applications", "interviews", "interviewers", "contacts", "events", "steps",
            "journal"} <= set(doc["tables"])
    assert "schema_migrations" not in doc["tables"]
    assert [j["went_well"] for j in doc["tables"]["journal"]] == ["Case study", None]


def _without_ids(doc: Any) -> Any:
    """An application's JSON with every id taken out: what must survive renumbering."""
    if isinstance(doc, dict):
        return {k: _without_ids(v) for k, v in doc.items() if k != "id"}
    if isinstance(doc, list):
        return [_without_ids(v) for v in doc]
    return doc


def test_import_into_a_database_with_data_renumbers_consistently(source: Path,
                                                                 tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    s = Store(other)
    service.add_application(
        s, company="Initech", role="Dev", now=NOW, interview=service.NewInterview(
            at=at("2026-11-18"), tz=TZ, interviewers=(Person("Jane Doe", "jane@acme.example"),)))
    s.close()
    run = runner(other)
    report = json.loads(run("import", "json", "-", "--json", input=export(source)).stdout)
    assert report["ids"] == "renumbered" and report["conflicts"] == []
    assert any("jane@acme.example" in r for r in report["reused"])  # one Jane, not two
    for old, new in ((1, 2), (2, 3)):
        theirs = runner(source)("show", str(old), "--json").stdout
        ours = run("show", str(new), "--json").stdout
        assert _without_ids(json.loads(ours)) == _without_ids(json.loads(theirs))
    globex = json.loads(run("show", "3", "--json").stdout)
    s = Store(other)
    try:
        assert s.load(3).phase == f"e{globex['events'][0]['id']}"  # the reply, renumbered
        people = {p.name: p.id for iv in s.load(2).interviews for p in iv.interviewers}
        assert people["Jane Doe"] == 1  # the contact that was already here
    finally:
        s.close()


def test_importing_twice_reports_conflicts_and_changes_nothing(source: Path,
                                                               tmp_path: Path) -> None:
    text = export(source)
    run = runner(tmp_path / "t.db")
    assert run("import", "json", "-", input=text).exit_code == 0
    before = export(tmp_path / "t.db")
    res = run("import", "json", "-", input=text)
    assert res.exit_code == 0
    assert "already here: application Acme — Data Analyst (#1 in the export) is already" \
        in " ".join(res.stdout.split())
    assert export(tmp_path / "t.db") == before


def test_dry_run_changes_nothing(source: Path, tmp_path: Path) -> None:
    run = runner(tmp_path / "t.db")
    res = run("import", "json", "-", "--dry-run", "--json", input=export(source))
    assert res.exit_code == 0 and json.loads(res.stdout)["dry_run"] is True
    assert json.loads(res.stdout)["added"]["applications"] == 2
    assert json.loads(run("export", "json").stdout)["tables"]["applications"] == []
    assert "Dry run: nothing was changed" in run("import", "json", "-", "--dry-run",
                                                 input=export(source)).stdout


def _doc(source: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(export(source))
    return result


def _broken(source: Path) -> list[tuple[str, dict[str, Any] | str, str]]:
    cases: list[tuple[str, dict[str, Any] | str, str]] = [
        ("not json", "{oops", "is not JSON"),
        ("another format", {"format": "x"}, "not a followup export"),
    ]
    d = _doc(source)
    d["schema"] = 999
    cases.append(("newer schema", d, "newer followup"))
    d = _doc(source)
    d["version"] = 2
    cases.append(("newer format", d, "format version 2"))
    d = _doc(source)
    d["tables"]['x"; DROP TABLE applications; --'] = []
    cases.append(("unknown table", d, "does not know"))
    d = _doc(source)
    d["tables"]["applications"][1]["colour"] = "red"
    cases.append(("unknown column", d, "unknown column 'colour'"))
    d = _doc(source)
    d["tables"]["applications"][1]["company"] = "   "
    cases.append(("check constraint", d, "applications row 2"))
    d = _doc(source)
    d["tables"]["applications"][1]["status"] = "bogus"
    cases.append(("value followup cannot read", d, "cannot be read back"))
    d = _doc(source)
    d["tables"]["interviews"][0]["application_id"] = 77
    cases.append(("dangling reference", d, "inconsistent"))
    d = _doc(source)
    d["tables"]["applications"][0]["notes"] = ["a", "list"]
    cases.append(("a list for a value", d, "must be text, a number or null"))
    return cases


def test_a_broken_export_imports_nothing(source: Path, tmp_path: Path) -> None:
    for name, doc, message in _broken(source):
        target = tmp_path / f"{name}.db"
        run = runner(target)
        text = doc if isinstance(doc, str) else json.dumps(doc)
        res = run("import", "json", "-", input=text)
        assert res.exit_code == 2, name
        assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1, name
        assert json.loads(run("export", "json").stdout)["tables"]["applications"] == [], name


def test_a_broken_row_into_a_database_with_data_changes_nothing(source: Path,
                                                                tmp_path: Path) -> None:
    target = tmp_path / "t.db"
    s = Store(target)
    service.add_application(s, company="Initech", role="Dev", now=NOW,
                            interview=service.NewInterview(at=at("2026-11-18"), tz=TZ))
    s.close()
    before = export(target)
    d = _doc(source)
    d["tables"]["steps"][-1]["status"] = None  # NOT NULL, in the last table of all
    res = runner(target)("import", "json", "-", input=json.dumps(d))
    assert res.exit_code == 2 and "steps row" in res.stderr
    assert export(target) == before


def test_a_one_row_table_is_kept_not_renumbered(source: Path, tmp_path: Path) -> None:
    """The profile (a table of one row, CHECK id = 1) is brought in when there is none, and
    reported, not overwritten, when there is one."""
    s = Store(source)
    s.conn.execute("INSERT INTO profile (id, name, updated_at) VALUES (1, 'Alex', '2026-11-23')")
    s.close()
    target = tmp_path / "t.db"
    s = Store(target)
    service.add_application(s, company="Initech", role="Dev", now=NOW,
                            interview=service.NewInterview(at=at("2026-11-18"), tz=TZ))
    s.close()
    run = runner(target)
    first = json.loads(run("import", "json", "-", "--json", input=export(source)).stdout)
    assert first["added"]["profile"] == 1
    s = Store(target)
    s.conn.execute("UPDATE profile SET name = 'Alex Mine'")
    s.close()
    other = tmp_path / "other.json"
    other.write_text(export(source), encoding="utf-8")
    second = json.loads(run("import", "json", str(other), "--json").stdout)
    assert "profile" not in second["added"] and "profile" not in second["left_out"]
    assert any(c.startswith("profile row 1 is already here") for c in second["conflicts"])
    assert json.loads(export(target))["tables"]["profile"][0]["name"] == "Alex Mine"


def test_export_never_overwrites_without_force(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    run = runner(source)
    res = run("export", "json", str(target))
    assert res.exit_code == 2 and "already exists" in res.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run("export", "json", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8") == export(source)


def test_import_of_a_missing_file(tmp_path: Path) -> None:
    res = runner(tmp_path / "t.db")("import", "json", str(tmp_path / "nope.json"))
    assert res.exit_code == 2 and "no such file" in res.stderr


def test_blobs_survive_as_base64() -> None:
    assert transfer._out(b"\x00\xff") == {"$base64": "AP8="}
    assert transfer._in({"$base64": "AP8="}, "here") == b"\x00\xff"
    with pytest.raises(BadInput):
        transfer._in({"$base64": "%%%"}, "here")
    with pytest.raises(BadInput):
        transfer._in(True, "here")


def test_export_and_import_subcommands_are_listed(tmp_path: Path) -> None:
    run = runner(tmp_path / "t.db")
    assert "json" in run("export", "--help").stdout and "csv" in run("export", "--help").stdout
    assert "json" in run("import", "--help").stdout and "csv" in run("import", "--help").stdout


def test_an_export_made_before_migration_29_keeps_its_steps(source: Path, tmp_path: Path
                                                            ) -> None:
    """Exports of schema 22 to 28 hold each step's window (steps.opens_at, closes_at), which
    migration 29 dropped (store.migrations.DROPPED): it is left out, the rest imported."""
    doc = _doc(source)
    doc["schema"] = 28
    for row in doc["tables"]["steps"]:
        row["opens_at"], row["closes_at"] = "2026-11-25T01:00:00Z", "2026-11-26T01:00:00Z"
    run = runner(tmp_path / "old.db")
    res = run("import", "json", "-", input=json.dumps(doc))
    assert res.exit_code == 0, res.stderr
    assert runner(source)("show", "1", "--json").stdout == run("show", "1", "--json").stdout
    doc["schema"] = 29  # from 29 on, such a column is unknown
    res = runner(tmp_path / "new.db")("import", "json", "-", input=json.dumps(doc))
    assert res.exit_code == 2 and "unknown column 'closes_at'" in res.stderr
