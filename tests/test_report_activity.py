"""The work-search record (`followup report activity`, the dashboard's /report): one row per
contact with an employer, by week, in CSV, HTML and PDF, and nothing the candidate wrote for
themselves."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from followup.core.activity import Person, Touch, record, state_on, week_of, where

MARK = "PRIVATE-7f3a"  # a note the candidate wrote for themselves: never in the record


def run(db: Path, *args: str, now: str = "2026-12-06 09:00") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "80", "FOLLOWUP_CONFIG_DIR": str(db.parent / "config")}
    return subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", now,
                           *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def search(tmp_path: Path) -> Path:
    """Two applications over three weeks: an interview, two thank-yous (one relayed), a
    reply, a rejection; private notes on both."""
    db = tmp_path / "f.db"
    steps = [
        ("2026-11-16 12:00", "add", "Acme", "--role", "Data Analyst", "--interviewed",
         "2026-11-16 10:00", "--tz", "America/New_York", "--with",
         "Jane Doe <jane@acme.example>", "--with", "Seán Ó Briain", "--coordinator",
         "Sam Rivera <sam@acme.example>", "--decision-by", "2026-11-20",
         "--timeline", f"{MARK} they said maybe"),
        ("2026-11-16 15:00", "done", "1"),
        ("2026-11-17 15:00", "done", "2"),
        ("2026-11-24 10:00", "log", "1", "reply", "--note", f"{MARK} reply note"),
        ("2026-11-18 12:00", "add", "Globex", "--role", "Analyst", "--interviewed",
         "2026-11-18 10:00", "--tz", "Europe/London", "--with",
         "Margaret Ellis <m.ellis@globex.co.uk>"),
        ("2026-12-01 10:00", "log", "2", "rejected", "--note", f"{MARK} gutted"),
        ("2026-12-01 11:00", "journal", "2", "--note", f"{MARK} journal"),
    ]
    for now, *args in steps:
        done = run(db, *args, now=now)
        assert done.returncode == 0, done.stderr
    return db


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_a_row_per_contact_with_the_columns_a_state_log_asks_for(search: Path) -> None:
    done = run(search, "report", "activity", "--from", "2026-11-15", "--to", "2026-12-05")
    assert done.returncode == 0, done.stderr
    rows = rows_of(done.stdout)
    assert list(rows[0]) == ["Week of", "Date", "Employer", "Address or website",
                             "Contact person", "How", "Position", "Activity", "Result"]
    seen = [(r["Date"], r["Employer"], r["Activity"]) for r in rows]
    assert seen == [
        ("2026-11-16", "Acme", "Interview"), ("2026-11-16", "Acme", "Thank-you note"),
        ("2026-11-17", "Acme", "Thank-you note"), ("2026-11-18", "Globex", "Interview"),
        ("2026-11-24", "Acme", "Reply from the employer"),
        ("2026-12-01", "Globex", "Told: not selected")]
    relayed = rows[2]
    assert relayed["Contact person"] == "Seán Ó Briain (through Sam Rivera)"
    assert relayed["How"] == "Email"
    assert rows[0]["Address or website"] == "acme.example"
    assert rows[3]["Address or website"] == "globex.co.uk"
    assert rows[3]["Result"] == "Not selected"
    assert rows[0]["Result"] == "In contact; awaiting a decision"
    # weeks start on Sunday by default
    assert [r["Week of"] for r in rows] == ["2026-11-15"] * 4 + ["2026-11-22", "2026-11-29"]


def test_nothing_private_reaches_any_format(search: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "html", "pdf"):
        out = tmp_path / f"r.{fmt}"
        done = run(search, "report", "activity", str(out), "--from", "2026-11-01", "--to",
                   "2026-12-31", "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert (out.stat().st_mode & 0o777) == 0o600
        data = out.read_bytes()
        assert MARK.encode() not in data
        assert b"gutted" not in data and b"they said maybe" not in data
    assert MARK not in run(search, "report", "activity").stdout


def test_the_result_is_the_state_at_the_end_of_the_period(search: Path) -> None:
    rows = rows_of(run(search, "report", "activity", "--from", "2026-11-15", "--to",
                       "2026-11-21").stdout)
    assert {r["Employer"]: r["Result"] for r in rows} == {
        "Acme": "Awaiting a decision", "Globex": "Awaiting a decision"}


def test_week_start_setting_and_option(search: Path) -> None:
    rows = rows_of(run(search, "report", "activity", "--from", "2026-11-15", "--to",
                       "2026-12-05", "--week-start", "monday").stdout)
    assert [r["Week of"] for r in rows] == ["2026-11-16"] * 4 + ["2026-11-23", "2026-11-30"]
    assert run(search, "settings", "set", "week_start", "monday").returncode == 0
    again = rows_of(run(search, "report", "activity", "--from", "2026-11-15", "--to",
                        "2026-12-05").stdout)
    assert [r["Week of"] for r in again] == [r["Week of"] for r in rows]


@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2026-12-05", "--to", "2026-11-01"), "after its end"),
    (("--from", "2020-01-01", "--to", "2026-12-01"), "at most three years"),
    (("--from", "yesterday-ish"), "--from"),
    (("--format", "docx"), "unknown format"),
    (("--format", "pdf", "--paper", "a5", "x.pdf"), "unknown paper"),
    (("--week-start", "caturday"), "cannot start on"),
])
def test_bad_input_is_one_line_and_writes_nothing(search: Path, args: tuple[str, ...],
                                                  words: str) -> None:
    done = run(search, "report", "activity", *args)
    assert done.returncode != 0
    assert words in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (Path.cwd() / "x.pdf").exists()


def test_an_existing_file_is_kept_without_force(search: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("mine")
    done = run(search, "report", "activity", str(out))
    assert done.returncode != 0 and "already exists" in done.stderr
    assert out.read_text() == "mine"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_pdf_prints_on_letter_and_a4(search: Path, tmp_path: Path, paper: str) -> None:
    """The PDF's pages have the paper's size, landscape, and its text holds the rows."""
    out = tmp_path / f"r-{paper}.pdf"
    done = run(search, "report", "activity", str(out), "--from", "2026-11-15", "--to",
               "2026-12-05", "--format", "pdf", "--paper", paper)
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size"))
    assert ("792 x 612" in size) if paper == "letter" else ("841.89 x 595.28" in size)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    for word in ("Work-search record", "Acme", "globex.co.uk", "Seán Ó Briain",
                 "Told: not", "Week of Sun 29 Nov 2026"):
        assert word in text
    # a picture of the first page: ink on the page, nothing past its right margin
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / paper)], check=True)
    png = next(tmp_path.glob(f"{paper}*.png"))
    assert png.stat().st_size > 1000


def test_core_groups_every_week_even_empty_ones() -> None:
    t = Touch(on=date(2026, 11, 3), app_id=1, company="Acme", role="R", kind="follow_up",
              channel="phone", people=(Person("Jane"),))
    rec = record([t], {1: "active"}, {1: (Person("Jane", "j@acme.example"),)},
                 date(2026, 11, 1), date(2026, 11, 21), "sunday")
    assert [w.start for w in rec.weeks] == [date(2026, 11, 1), date(2026, 11, 8),
                                            date(2026, 11, 15)]
    assert [len(w.rows) for w in rec.weeks] == [1, 0, 0]
    assert rec.rows[0].how == "Phone" and rec.rows[0].activity == "Follow-up"
    assert week_of(date(2026, 12, 6), "monday") == date(2026, 11, 30)
    assert state_on([(date(2026, 11, 2), "rejected"), (date(2026, 11, 9), "reopened")],
                    date(2026, 11, 5), "active") == "rejected"
    assert where((Person("A", "a@gmail.com"), Person("B", None, "1 Main St\nSpringfield"))
                 ) == "1 Main St Springfield"
    assert where((Person("A", "a@gmail.com"),)) == ""
