"""Hostile text (unicode, very long, control characters, quotes, SQL metacharacters, `{{ }}`)
through add, the journal, export and import: nothing crashes and everything comes back
exactly. A field that must be one line may refuse control characters with BadInput: a clear
refusal is not a crash."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import service
from followup.core import validate
from followup.core.errors import BadInput
from followup.core.journal import JournalText
from followup.core.model import Person
from followup.insights import csvio, journal, transfer
from followup.store.sqlite import Store

TZ = "America/New_York"
NOW = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo(TZ))
SPECIAL = [
    "'; DROP TABLE applications; --", 'Robert"); DELETE FROM steps; --', "{{ 7*7 }}",
    "{% raw %}{{ x }}", "\x00", "\x1b[31mred\x1b[0m", "\r\n", "line\nbreak", "\t", "\u202e",
    "𝕏 Ünïcödé 中文 🙂", "\ufeff", "\u2028", "%s %d {}", "\\", '"', "'", "", " ", "a" * 5000,
    "<script>alert(1)</script>", "NULL", "null", "0", "-1", "1e999",
]
hostile = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=60),
    st.lists(st.sampled_from(SPECIAL), min_size=2, max_size=4).map("".join),
)
# NULs are tested on their own (test_a_nul_in_the_company_is_refused_cleanly below).
no_nul = hostile.map(lambda s: s.replace("\x00", ""))
SLOW = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _interview(name: str) -> service.NewInterview:
    return service.NewInterview(at=NOW.replace(hour=10), tz=TZ,
                                interviewers=(Person(name or "x", "jane@acme.example"),))


def _export(store: Store) -> str:
    return transfer.dumps(transfer.export_document(store))


def _count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM applications").fetchone()[0])


@SLOW
@given(company=no_nul, role=hostile, notes=hostile, person=hostile, note=hostile,
       went_well=hostile)
def test_add_journal_export_import_round_trip(company: str, role: str, notes: str,
                                             person: str, note: str, went_well: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "a.db")
        try:
            app = service.add_application(store, company=company, role=role, notes=notes,
                                          interview=_interview(person), now=NOW)
        except BadInput:
            # Company, role and the interviewer's name are one line each: empty, control
            # characters or beyond their cap (validate.LIMITS, issue 12.1) refused.
            assert any(not v.strip() or validate.has_control(v.strip())
                       or len(v.strip()) > 200 for v in (company, role, person or "x")
                       ) or validate.has_control(notes.replace("\r\n", "\n"), multiline=True)
            assert _count(store) == 0
            store.close()
            return
        shown = service.show(store, app.id)
        assert (shown.company, shown.role, shown.notes) == (company.strip(), role.strip(), notes)
        # a name is one line, kept without the blanks around it (so "0\r" is "0")
        assert shown.interviews[0].interviewers[0].name == (person or "x").strip()
        text = JournalText(note=note, went_well=went_well)
        try:
            entry = journal.write(store, app.id, text, NOW.date(), NOW)
        except BadInput:
            assert journal.read(store, app.id) == []
        else:
            assert entry.text == journal.clean(text)
            assert service.show(store, app.id).journal == (entry,)
        first = _export(store)
        fresh = Store(Path(tmp) / "b.db")
        transfer.import_document(fresh, transfer.loads(first, "export"))
        assert _export(fresh) == first
        again = transfer.import_document(fresh, transfer.loads(first, "export"))
        assert len(again.conflicts) == 1 and _export(fresh) == first
        other = Store(Path(tmp) / "c.db")
        service.add_application(other, company="Other", role="Dev", now=NOW,
                                interview=_interview("Someone"))
        transfer.import_document(other, transfer.loads(first, "export"))
        moved = other.load(2)
        assert (moved.company, moved.role, moved.notes) == (shown.company, shown.role, notes)
        assert [e.text for e in moved.journal] == [e.text for e in store.load(app.id).journal]
        for s in (store, fresh, other):
            s.close()


@SLOW
@given(company=no_nul, role=no_nul, notes=no_nul)
def test_csv_export_import_round_trip(company: str, role: str, notes: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "a.db")
        try:
            service.add_application(store, company=company, role=role, notes=notes,
                                    interview=_interview("Jane"), now=NOW)
        except BadInput:
            store.close()
            return
        text = csvio.export_applications(store, NOW)
        fresh = Store(Path(tmp) / "b.db")
        options = csvio.CsvOptions(now=NOW, tz=TZ)
        csvio.import_csv(fresh, text, {}, options)
        back = fresh.load(1)
        assert (back.company, back.role, back.notes) == (company.strip(), role.strip(),
                                                         notes or None)
        assert csvio.export_applications(fresh, NOW) == text
        for s in (store, fresh):
            s.close()


@SLOW
@given(value=st.one_of(hostile, st.integers(), st.floats(allow_nan=False), st.none(),
                       st.booleans(), st.lists(st.integers(), max_size=2),
                       st.dictionaries(hostile, hostile, max_size=2)),
       table=st.sampled_from(["applications", "journal", "contacts"]),
       column=st.sampled_from(["company", "note", "name", "notes", "role"]),
       name=st.one_of(st.none(), hostile))
def test_hostile_documents_import_cleanly_or_not_at_all(value: Any, table: str, column: str,
                                                        name: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "a.db")
        app = service.add_application(store, company="Acme", role="Dev", now=NOW,
                                      interview=_interview("Jane"))
        journal.write(store, app.id, JournalText(note="x"), NOW.date(), NOW)
        doc = json.loads(_export(store))
        row = doc["tables"][table][0]
        if column in row:
            row[column] = value
        if name is not None:
            doc["tables"].setdefault(name, [])  # a table name from the outside
        fresh = Store(Path(tmp) / "b.db")
        try:
            transfer.import_document(fresh, doc)
        except BadInput:
            assert _count(fresh) == 0
        else:
            assert json.loads(_export(fresh)) == doc
        store.close()
        fresh.close()


def test_a_nul_in_the_company_is_refused_cleanly(store: Store) -> None:
    with pytest.raises(BadInput):
        service.add_application(store, company="\x00Acme", role="Dev", now=NOW,
                                interview=_interview("Jane"))


def test_a_nul_in_a_csv_file_is_refused(store: Store) -> None:
    text = "company,role,interviewed\r\nAc\x00me,Dev,2026-11-20 10:00\r\n"
    with pytest.raises(BadInput, match="line 2 of the file holds a NUL"):
        csvio.import_csv(store, text, {}, csvio.CsvOptions(now=NOW, tz=TZ))
    assert _count(store) == 0
