"""Issue 12's smaller findings: the SMTP loopback guard, formula cells in CSV exports, and
the checks of core.validate on their own."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest

from followup.core import validate
from followup.core.errors import BadInput
from followup.mail.config import is_loopback


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("LOCALHOST.", True), ("127.0.0.1", True), ("127.8.9.10", True),
    ("::1", True), ("[::1]", True),
    ("127.evil.example", False), ("127.0.0.1.nip.io", False), ("10.0.0.1", False),
    ("localhost.evil.example", False), ("0.0.0.0", False), ("::ffff:8.8.8.8", False),
    ("", False), ("1270.0.0.1", False),
])
def test_unencrypted_smtp_only_to_this_machine(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_csv_export_neutralises_formula_cells_and_import_restores_them(
        cli: Callable[..., Any], tmp_path: Any) -> None:
    for company in ("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "@SUM(A1)", "-3"):
        res = cli("add", "--role", "Analyst", "--interviewed", "2026-11-23 10:00", "--", company)
        assert res.code == 0, res.stderr
    out = cli("export", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert all(r["company"].startswith("'") for r in rows)
    file = tmp_path / "apps.csv"
    file.write_text(out, encoding="utf-8")
    other = tmp_path / "other.db"
    from typer.testing import CliRunner

    from followup.cli.app import app

    res = CliRunner().invoke(app, ["--db", str(other), "--now", "2026-11-23T18:00", "import",
                                   "csv", str(file), "--json"])
    assert res.exit_code == 0, res.stderr
    back = CliRunner().invoke(app, ["--db", str(other), "--now", "2026-11-23T18:00", "list",
                                    "--json"])
    assert sorted(a["company"] for a in __import__("json").loads(back.stdout)) == sorted(
        ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "@SUM(A1)", "-3"])


@pytest.mark.parametrize("value", ["a\x1bb", "a\r\nb", "a\u202eb", "a\x85b", "a\u2028b"])
def test_one_line_refuses_and_strip_counts(value: str) -> None:
    with pytest.raises(BadInput):
        validate.one_line(value, "x", "name")
    cleaned, removed = validate.strip_controls(value)
    assert removed >= 1 and not validate.has_control(cleaned)
    assert "\\" in validate.safe(value) and not validate.has_control(validate.safe(value))


def test_the_caps_are_one_per_kind() -> None:
    assert validate.one_line("x" * 200, "x", "name") == "x" * 200
    with pytest.raises(BadInput, match="at most 200"):
        validate.one_line("x" * 201, "x", "company")
    assert validate.text_block("line one\nline two", "notes") == "line one\nline two"
    with pytest.raises(BadInput):
        validate.text_block("a\x1b[2J", "notes")


@pytest.mark.parametrize("raw", ["2026-11-23T10:00", "yesterday", "9999-12-31T10:00+00:00", 5])
def test_timestamps_must_be_aware_and_in_range(raw: object) -> None:
    with pytest.raises(BadInput):
        validate.timestamp(raw, "at")
