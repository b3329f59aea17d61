"""Issue 22.3 as a Hypothesis state machine: adds, edits, dones, deletes (some of them by
several connections at once, from threads of their own) and undos on a real SQLite file,
checked after every move:

- a change that finds nothing to change says so and records nothing (a second delete is
  "already deleted": of parallel deletes of one application exactly one goes through);
- undo puts back exactly what the change it takes back found (every row of the applications,
  their parts and contacts), or refuses and changes nothing;
- ids are never used twice: no application, step, interview, event or journal entry ever
  gets an id that one had before, deleted or undone.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from followup import service
from followup.core.calendar import localize
from followup.core.errors import Conflict, FollowupError, NotFound
from followup.core.model import Person, StepStatus
from followup.store.sqlite import Store

TZ = "Europe/London"
DAY = date(2026, 11, 23)
TABLES = ("applications", "interviews", "interviewers", "events", "steps", "journal",
          "sent_messages", "contacts")
MOVES_ON = {"ical_sequence", "ical_modified"}  # a step's calendar revision only goes up
KEYED = ("applications", "interviews", "events", "steps", "journal")


def _dump(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out = {}
        for table in TABLES:
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            out[table] = sorted(repr(sorted((k, r[k]) for k in r.keys()  # noqa: SIM118 (Row)
                                     if k not in MOVES_ON))
                                for r in rows)
        return out
    finally:
        conn.close()


def _ids(path: Path) -> dict[str, set[int]]:
    conn = sqlite3.connect(path)
    try:
        return {t: {int(r[0]) for r in conn.execute(f"SELECT id FROM {t}")} for t in KEYED}
    finally:
        conn.close()


class Undo(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._tmp = TemporaryDirectory(prefix="undo-")
        self.path = Path(self._tmp.name) / "f.db"
        self.stores = [Store(self.path), Store(self.path)]  # two front ends at once
        self.now = localize(datetime.combine(DAY, time(18)), TZ)
        self.before: list[dict[str, list[str]]] = []  # the state before each undoable change
        self.seen: dict[str, set[int]] = {t: set() for t in KEYED}
        self.n = 0

    def teardown(self) -> None:
        for s in self.stores:
            s.close()
        self._tmp.cleanup()

    def _apps(self) -> list[int]:
        return sorted(_ids(self.path)["applications"])

    def _change(self, act: Any) -> bool:
        """Run one undoable change; keep the state it started from when it went through."""
        state = _dump(self.path)
        try:
            act()
        except FollowupError:
            assert _dump(self.path) == state, "a refused change changed something"
            return False
        self.before.append(state)
        return True

    @rule(which=st.integers(0, 1), who=st.sampled_from(["Jane Doe", "Raj Patel", ""]))
    def add(self, which: int, who: str) -> None:
        self.n += 1
        people = (Person(who, f"{who.split()[0].lower()}@acme.example"),) if who else ()
        iv = service.NewInterview(at=localize(datetime.combine(DAY, time(10)), TZ), tz=TZ,
                                  interviewers=people)
        assert self._change(lambda: service.add_application(
            self.stores[which], company=f"Acme {self.n}", role="Analyst", interview=iv,
            now=self.now))

    @precondition(lambda self: bool(self._apps()))
    @rule(data=st.data(), which=st.integers(0, 1))
    def edit(self, data: st.DataObject, which: int) -> None:
        app = data.draw(st.sampled_from(self._apps()))
        self.n += 1
        assert self._change(lambda: service.edit_application(
            self.stores[which], app, self.now, role=f"Role {self.n}", notes=f"n{self.n}"))

    @precondition(lambda self: bool(self._apps()))
    @rule(data=st.data(), which=st.integers(0, 1))
    def done(self, data: st.DataObject, which: int) -> None:
        store = self.stores[which]
        app = store.load(data.draw(st.sampled_from(self._apps())))
        pending = [s.id for s in app.steps if s.status is StepStatus.PENDING]
        if pending:
            step = data.draw(st.sampled_from(pending))
            assert self._change(lambda: service.mark_done(store, step, DAY, self.now))

    @precondition(lambda self: bool(self._apps()))
    @rule(data=st.data(), racers=st.integers(1, 4))
    def delete(self, data: st.DataObject, racers: int) -> None:
        """`racers` connections, each in a thread of its own, delete one application."""
        app = data.draw(st.sampled_from(self._apps()))
        state = _dump(self.path)
        said: list[str] = []
        ready = threading.Barrier(racers)

        def race() -> None:
            store = Store(self.path)
            try:
                ready.wait()
                service.delete_application(store, app, self.now)
                said.append("deleted")
            except Conflict as exc:
                said.append(exc.message)
            finally:
                store.close()

        threads = [threading.Thread(target=race) for _ in range(racers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(said) == sorted(["deleted"] + [
            f"application {app} is already deleted; nothing changed"] * (racers - 1)), said
        self.before.append(state)
        undo_rows = sqlite3.connect(self.path).execute("SELECT count(*) FROM undo_log")
        assert undo_rows.fetchone()[0] == len(self.before)

    @rule(data=st.data())
    def delete_again(self, data: st.DataObject) -> None:
        """An id that is gone: deleting or editing it records nothing."""
        gone = sorted(self.seen["applications"] - set(self._apps()))
        if not gone:
            return
        app = data.draw(st.sampled_from(gone))
        state = _dump(self.path)
        for act in (lambda: service.delete_application(self.stores[0], app, self.now),
                    lambda: service.edit_application(self.stores[1], app, self.now, role="X")):
            try:
                act()
            except (Conflict, NotFound):
                pass
            else:
                raise AssertionError(f"a change to deleted application {app} went through")
            assert _dump(self.path) == state

    @rule(which=st.integers(0, 1))
    def undo(self, which: int) -> None:
        state = _dump(self.path)
        try:
            service.undo(self.stores[which], self.now)
        except Conflict:
            assert _dump(self.path) == state, "a refused undo changed something"
            assert not self.before, "undo refused a change nothing else touched"
            return
        assert _dump(self.path) == self.before.pop(), "undo did not put back what it took"

    @invariant()
    def ids_are_never_used_twice(self) -> None:
        now = _ids(self.path)
        for table, ids in now.items():
            new = ids - self.seen[table]  # undo brings back only ids seen before
            if new and self.seen[table]:
                assert min(new) > max(self.seen[table]), (table, new)
            self.seen[table] |= ids


Undo.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_undo_holds_its_promises = Undo.TestCase
