"""Issue 12.3: a large CSV import commits in chunks, lets other commands in between them, and
stays all or nothing to the user; its report is summarised."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from followup.insights import csvio
from followup.store.sqlite import Store

HEAD = "company,role,interviewed\n"


def _rows(n: int, bad_at: int | None = None) -> str:
    lines = [f"Company {i},Analyst,2026-11-{(i % 20) + 1:02d} 10:00" for i in range(n)]
    if bad_at is not None:
        lines[bad_at] = "Broken,Analyst,not a date"
    return HEAD + "\n".join(lines) + "\n"


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> list[bool]:
    """Chunks of 5 rows; after each committed chunk, another connection tries to write at
    once (no waiting): the list records whether it could."""
    monkeypatch.setattr(csvio, "CHUNK_ROWS", 5)
    others: list[bool] = []
    real = Store.transaction

    @contextmanager
    def watched(store: Any, *, dry_run: bool = False) -> Iterator[Any]:
        with real(store, dry_run=dry_run) as b:
            yield b
        if dry_run:
            return
        other = sqlite3.connect(db_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            others.append(True)
        except sqlite3.OperationalError:
            others.append(False)
        finally:
            other.close()

    monkeypatch.setattr(Store, "transaction", watched)
    return others


def test_a_large_import_commits_in_chunks_and_lets_others_write_between(
        cli: Callable[..., Any], tmp_path: Path, small_chunks: list[bool],
        db_path: Path) -> None:
    file = tmp_path / "many.csv"
    file.write_text(_rows(23), encoding="utf-8")
    res = cli("import", "csv", str(file))
    assert res.code == 0, res.stderr
    assert small_chunks == [True] * 5  # 23 rows: 5 chunks, the lock free after each
    assert "... and 3 more" in res.stdout  # summarised: 20 shown of 23
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 23


@pytest.mark.parametrize("bad_at", [0, 7, 22])
def test_a_bad_row_anywhere_leaves_nothing(cli: Callable[..., Any], tmp_path: Path,
                                           small_chunks: list[bool], db_path: Path,
                                           bad_at: int) -> None:
    file = tmp_path / "many.csv"
    file.write_text(_rows(23, bad_at), encoding="utf-8")
    res = cli("import", "csv", str(file))
    assert res.code == 2 and f"row {bad_at + 2}" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_a_dry_run_of_a_large_file_changes_nothing(cli: Callable[..., Any], tmp_path: Path,
                                                   small_chunks: list[bool],
                                                   db_path: Path) -> None:
    file = tmp_path / "many.csv"
    file.write_text(_rows(12), encoding="utf-8")
    res = cli("import", "csv", str(file), "--dry-run", "--json")
    assert res.code == 0 and len(res.json()["added"]) == 12
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_a_chunk_failing_after_others_committed_takes_them_back(
        cli: Callable[..., Any], tmp_path: Path, small_chunks: list[bool], db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The database changed between the check and the write (another command added the
    same application, say): the chunks already written are taken back."""
    real = csvio._one

    def flaky(store: Any, values: Any, options: Any, known: Any, report: Any) -> None:
        if not report.dry_run and len(report.added) == 12:
            raise csvio.BadInput("the database changed under the import")
        real(store, values, options, known, report)

    monkeypatch.setattr(csvio, "_one", flaky)
    file = tmp_path / "many.csv"
    file.write_text(_rows(23), encoding="utf-8")
    res = cli("import", "csv", str(file))
    assert res.code == 2 and len(res.stderr.strip().splitlines()) == 1
    assert small_chunks[:2] == [True, True]  # two chunks were committed before the failure
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM steps").fetchone()[0] == 0


def test_progress_is_reported_per_chunk(small_chunks: list[bool], db_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.store.sqlite import Store

    store = Store(db_path)
    seen: list[tuple[str, int, int]] = []
    try:
        options = csvio.CsvOptions(now=datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("UTC")),
                                   tz="America/New_York")
        csvio.import_csv(store, _rows(12), {}, options,
                         progress=lambda stage, done, total: seen.append((stage, done, total)))
    finally:
        store.close()
    assert seen == [("checking", 5, 12), ("checking", 10, 12), ("checking", 12, 12),
                    ("importing", 5, 12), ("importing", 10, 12), ("importing", 12, 12)]
