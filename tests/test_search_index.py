"""The pipeline's search index (migration 14, issue 14 point 6): a trigram full-text index over
company, role and interviewers' names, kept right by triggers through every change the
service makes (add, edit, a new round, a renamed or merged contact, delete, undo), and a
search through it finds what a plain substring test finds."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from followup import pipeline, service
from followup.core.model import Person, Timeline
from followup.core.parse import parse_now, parse_when
from followup.store.sqlite import Store

TZ = "America/New_York"
NOW = parse_now("2026-11-23T18:00", TZ)
DAY = date(2026, 11, 23)


def _add(store: Store, company: str, role: str, *people: Person,
         at: str = "2026-11-23 10:00") -> int:
    interview = service.NewInterview(at=parse_when(at, TZ), tz=TZ,
                                     interviewers=people, timeline=Timeline())
    return service.add_application(store, company=company, role=role, interview=interview,
                                   now=NOW).id


def _indexed(conn: sqlite3.Connection) -> dict[int, tuple[str, str, frozenset[str]]]:
    return {int(r[0]): (r[1], r[2], frozenset((r[3] or "").split("\n")) - {""})
            for r in conn.execute("SELECT rowid, company, role, people FROM app_search")}


def _truth(conn: sqlite3.Connection) -> dict[int, tuple[str, str, frozenset[str]]]:
    out = {int(r[0]): (r[1], r[2], frozenset[str]()) for r in conn.execute(
        "SELECT id, company, role FROM applications")}
    for app, name in conn.execute(
            "SELECT i.application_id, c.name FROM interviews i JOIN interviewers w"
            " ON w.interview_id = i.id JOIN contacts c ON c.id = w.contact_id"):
        company, role, names = out[app]
        out[app] = (company, role, names | {name})
    return out


def _in_step(store: Store) -> None:
    """The index holds exactly the tables' words, and FTS5's own check passes."""
    assert _indexed(store.conn) == _truth(store.conn)
    store.conn.execute("INSERT INTO app_search (app_search, rank) VALUES ('integrity-check', 0)")


def test_the_index_follows_every_change(tmp_path: Path) -> None:
    store = Store(tmp_path / "followup.db")
    acme = _add(store, "Acme", "Data Analyst", Person("Jane Doe", "jane@acme.example"))
    globex = _add(store, "Globex", "Engineer", Person("Raj Patel", "raj@globex.example"),
                  Person("Ana Lima", "ana@globex.example"))
    _in_step(store)

    service.edit_application(store, acme, NOW, company="Acme Analytics", role="Data Lead")
    _in_step(store)
    assert [r.company for r in pipeline.page(store, NOW, query="analytics").rows] == [
        "Acme Analytics"]

    interview = service.NewInterview(at=parse_when("2026-11-23 15:00", TZ), tz=TZ,
                                     interviewers=(Person("Wen Zhou", "wen@acme.example"),),
                                     timeline=Timeline())
    service.add_interview(store, acme, interview, NOW)  # a second round, a new interviewer
    _in_step(store)
    assert [r.id for r in pipeline.page(store, NOW, query="wen z").rows] == [acme]

    raj = int(store.conn.execute("SELECT id FROM contacts WHERE name = 'Raj Patel'"
                                 ).fetchone()[0])
    service.edit_person(store, raj, NOW, name="Rajesh Patel")  # a renamed interviewer
    _in_step(store)
    assert [r.id for r in pipeline.page(store, NOW, query="rajesh").rows] == [globex]

    service.undo(store, NOW)  # the rename taken back
    _in_step(store)
    assert pipeline.page(store, NOW, query="rajesh").rows == []

    service.delete_application(store, globex, NOW)
    _in_step(store)
    assert pipeline.page(store, NOW, query="patel").rows == []
    service.undo(store, NOW)  # the deletion taken back: searchable again
    _in_step(store)
    assert [r.id for r in pipeline.page(store, NOW, query="patel").rows] == [globex]
    store.close()


def test_merging_contacts_keeps_the_index_right(tmp_path: Path) -> None:
    from followup.service.contacts import merge_contacts

    store = Store(tmp_path / "followup.db")
    a = _add(store, "Initech", "Analyst", Person("Bill Lumbergh", "bill@initech.example"))
    b = _add(store, "Initrode", "Analyst", Person("William Lumbergh", "bill@initrode.example"))
    ids = [int(r[0]) for r in store.conn.execute("SELECT id FROM contacts ORDER BY id")]
    merge_contacts(store, ids[0], ids[1:], NOW)
    _in_step(store)
    assert sorted(r.id for r in pipeline.page(store, NOW, query="bill lum").rows) == [a, b]
    assert pipeline.page(store, NOW, query="william").rows == []
    store.close()


def test_the_search_finds_what_a_substring_test_finds(tmp_path: Path) -> None:
    """Short and long texts, either case, accents, quotes and FTS5's own operators typed as
    plain text: the index answers as `in` would on the lower-cased words."""
    store = Store(tmp_path / "followup.db")
    names = [("Café Noir", "Barista", "Zoë Ng"), ("Data Co", "Data Engineer", "Al Smith"),
             ('Quote "Works"', "NEAR OR AND", "O'Brien Kate"), ("Métadata", "Analyst", "Bo Li"),
             ("x_y%z", "Clerk", "Ed Wu")]
    for company, role, person in names:
        _add(store, company, role, Person(person))
    _in_step(store)
    for query in ["data", "DATA", "ta", "é", "café", "zoë", "o'brien", '"works"', "near or",
                  "x_y%", "%", "_", "al s", "nothing here", "a", "Wu"]:
        want = sorted(i + 1 for i, (c, r, p) in enumerate(names)
                      if any(query.lower() in f.lower() for f in (c, r, p)))
        got = sorted(r.id for r in pipeline.page(store, NOW, query=query).rows)
        assert got == want, query
    store.close()


def test_the_next_order_reads_the_index_and_keeps_the_reference_order(tmp_path: Path,
                                                                       monkeypatch: object
                                                                       ) -> None:
    """The "next" sort gives the order of the one definition (each application's next step's
    day as core.upnext says it, ties and those with none by id) on every page, for every
    status and search, whichever path the number of matches takes."""
    import pytest

    from followup.core.model import EventKind
    from followup.store import pipeline as sql

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    store = Store(tmp_path / "followup.db")
    kinds = [None, EventKind.REPLY, EventKind.OFFER, EventKind.REJECTED, EventKind.WITHDRAWN]
    for i in range(40):
        app = _add(store, f"Firm {i:02d}", "Analyst" if i % 3 else "Engineer",
                   Person(f"Person {i:02d}", f"p{i}@firm{i}.example"),
                   at=f"2026-11-{9 + i % 7 * 2:02d} 10:00")  # plans that overlap and tie
        if kinds[i % 5] is not None:
            service.log_event(store, app, kinds[i % 5], DAY, NOW)  # type: ignore[arg-type]

    from followup.core.upnext import next_step

    def reference(status: str | None, ids: list[int] | None, limit: int, offset: int
                  ) -> list[int]:
        """Each application's next step's day as core.upnext says it (none: last), then id."""
        apps = [store.load(i) for i in store.application_ids()]
        keys = []
        for app in apps:
            if (status and app.status.value != status) or (ids is not None and app.id not in ids):
                continue
            step = next_step(app, NOW)
            keys.append((step.due.isoformat() if step else "9999-12-31", app.id))
        return [i for _, i in sorted(keys)][offset:offset + limit]

    for query, few in ((None, 0), ("engineer", 0), ("firm 1", 0), ("engineer", 1000)):
        monkeypatch.setattr(sql, "_FEW", few)  # a search's matches ordered in SQL, or not
        for status in (None, "active", "responded"):
            ids = store.pipeline.matching(query) if query else None
            for limit, offset in ((8, 0), (5, 5), (10, 20), (50, 0), (7, 35), (5, 60)):
                got = pipeline.page(store, NOW, status=status, query=query, sort="next",
                                    limit=limit, offset=offset)
                assert [r.id for r in got.rows] == reference(
                    status, ids, limit, offset), (query, status, limit, offset)
    store.close()


def test_counts_and_orders_kept_between_writes_follow_every_write(tmp_path: Path) -> None:
    """The board's counts, a search's matches and a sort's order are kept per connection
    until something is written: through this connection or any other (another thread of
    the server, the command line)."""
    from followup.core.model import EventKind

    reader, writer = Store(tmp_path / "followup.db"), Store(tmp_path / "followup.db")
    _add(writer, "Acme", "Analyst", Person("Jane Doe"))
    assert pipeline.counts(reader)["active"] == 1
    assert [r.company for r in pipeline.page(reader, NOW, query="acme", sort="company").rows
            ] == ["Acme"]

    _add(writer, "Acme Two", "Analyst", Person("Jo Ng"))  # another connection commits
    assert pipeline.counts(reader)["active"] == 2
    assert [r.company for r in pipeline.page(reader, NOW, query="acme", sort="company").rows
            ] == ["Acme", "Acme Two"]

    service.log_event(reader, 1, EventKind.OFFER, DAY, NOW)  # this connection writes
    assert pipeline.counts(reader)["offer"] == 1 and pipeline.counts(reader)["active"] == 1
    assert pipeline.counts(writer, "two") == {**dict.fromkeys(pipeline.STATUSES, 0),
                                              "active": 1}
    reader.close()
    writer.close()
