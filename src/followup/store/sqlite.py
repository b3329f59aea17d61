"""The SQLite store: the only module that speaks SQL.

One connection per invocation, WAL journal, foreign keys on, a generous busy timeout, and
write transactions opened with BEGIN IMMEDIATE so that parallel writers queue instead of
failing with "database is locked".
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from followup.core.errors import NotFound
from followup.core.model import (
    OPEN,
    SETTLED,
    Application,
    AppStatus,
    Channel,
    Event,
    EventKind,
    Interview,
    Notice,
    Person,
    PlannedStep,
    Step,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.store import files
from followup.store.derived import HELD
from followup.store.files import StoreError
from followup.store.migrations import migrate

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    from followup.core.journal import JournalEntry
    from followup.store.capture import Capture
    from followup.store.contacts import Contacts
    from followup.store.insights import Insights
    from followup.store.mail import Mail
    from followup.store.pipeline import Pipeline
    from followup.store.profile import Profiles

BUSY_TIMEOUT_S = 60.0



class _DryRun(Exception):
    """Raised at the end of a dry run's transaction to roll it back."""


# The sub-stores of a Store: attribute -> (module in followup.store, class).
_AREAS = {"contacts": ("contacts", "Contacts"), "mail": ("mail", "Mail"),
          "capture": ("capture", "Capture"), "profile": ("profile", "Profiles"),
          "insights": ("insights", "Insights"), "pipeline": ("pipeline", "Pipeline")}


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _col(row: sqlite3.Row, name: str) -> str | None:
    """A column added by a later migration (absent from rows of narrower queries)."""
    return row[name] if name in row.keys() else None  # noqa: SIM118 (Row: no __contains__)


def _channel(value: str | None) -> Channel | None:
    return Channel(value) if value else None


class Store:
    """Everything followup keeps, in one SQLite file."""

    def __init__(self, path: Path | str, *, read_only: bool = False,
                 resume: str | None = None) -> None:
        """`read_only`: never write, even where the file could be written (a reader that
        promised to change nothing, such as `followup mcp` without --allow-writes).
        `resume`: the source of an import this process runs (store.imports): one of the
        same source that was interrupted is handed to it to carry on, not taken back."""
        self.path = Path(path)
        self.read_only = read_only
        self._savepoints = 0
        self.notices: list[str] = []  # what opening did that the user must hear of
        if str(path) != ":memory:" and not read_only:
            files.create_private(self.path.expanduser())
        try:
            self.conn = self._connect()
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            files.check_ours(self.conn, self.path)
            if not self.read_only:
                self._set_wal()
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            if self.read_only:
                files.check_version(self.conn)
            else:
                migrate(self.conn)
                if self.conn.execute("SELECT 1 FROM imports WHERE state = 'running'"
                                     " LIMIT 1").fetchone():
                    from followup.store.imports import recover  # a killed import's chunks

                    recover(self, resume)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from None
        if str(path) != ":memory:" and not self.read_only:
            from followup import private

            for part in ("", "-wal", "-shm"):  # made before 0600 was the rule
                private.restrict(Path(f"{self.path.expanduser()}{part}"))

    def _connect(self) -> sqlite3.Connection:
        """Read-write; a database the user cannot write (a read-only mount, a file without
        write permission) is opened read-only, so that every read command still works."""
        where = self.path.expanduser()
        writable = not self.read_only and os.access(where, os.W_OK) and os.access(
            where.parent, os.W_OK) and not files.on_read_only_mount(where)
        if str(self.path) == ":memory:" or writable:
            return sqlite3.connect(str(where), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self.read_only = True
        return sqlite3.connect(files.read_only_uri(where), uri=True, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None)

    def _set_wal(self) -> None:
        # Switching to WAL takes a brief exclusive lock; on a brand-new file several
        # processes may race for it, so retry for as long as the busy timeout allows.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def close(self) -> None:
        self.conn.close()

    # -- the sub-stores: an area's SQL each, made on first use ---------------------------

    if TYPE_CHECKING:
        contacts: Contacts
        mail: Mail
        capture: Capture
        profile: Profiles
        insights: Insights
        pipeline: Pipeline
    else:
        def __getattr__(self, name: str) -> Area:
            """Make a sub-store of _AREAS (its module imported now) and keep it."""
            if name not in _AREAS:
                raise AttributeError(name)
            import importlib

            module, kind = _AREAS[name]
            area = getattr(importlib.import_module(f"followup.store.{module}"), kind)(self)
            setattr(self, name, area)
            return area

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[None]:
        """One all-or-nothing write: BEGIN IMMEDIATE ... COMMIT, rolled back on any error.
        Inside another write it is a savepoint: a failing inner write undoes only itself."""
        if self.conn.in_transaction:
            with self.savepoint():
                yield
            return
        self.check_writable()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def check_writable(self) -> None:
        """One clear line, before anything is done, when this database cannot be changed."""
        if self.read_only:
            raise StoreError(f"the database {self.path} is read-only here (a read-only mount "
                             "or a file you may not write): it can be read, not changed; "
                             "nothing was changed")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the current write that an error undoes on its own (SAVEPOINT)."""
        self._savepoints += 1
        name = f"part_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._savepoints -= 1
        self.conn.execute(f"RELEASE {name}")

    @contextmanager
    def transaction(self, *, dry_run: bool = False) -> Iterator[Store]:
        """Many service calls as one write (an import: all of it, or none of it); each call's
        own write is a savepoint inside it. With `dry_run`, everything is rolled back at the
        end, so a dry run checks exactly what a real run would do."""
        try:
            with self.write():
                yield self
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass

    @contextmanager
    def read(self) -> Iterator[None]:
        """A consistent snapshot across several SELECTs (inside a write: that write's view)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def rows(self, sql: str, args: Iterable[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, args if isinstance(args, dict) else tuple(args)
                                 ).fetchall()

    # -- contacts ----------------------------------------------------------------------

    def get_contact(self, contact_id: int) -> Person:
        rows = self.rows("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        if not rows:
            raise NotFound(f"no contact with id {contact_id}")
        return self._person(rows[0])

    def update_contact(self, contact_id: int, fields: dict[str, Any]) -> None:
        allowed = {"name", "email", "phone", "title", "preferred_channel", "linkedin_ok",
                   "greeting", "address"}
        sets = {k: v for k, v in fields.items() if k in allowed}
        if not sets:
            return
        assignments = ", ".join(f"{k} = ?" for k in sets)
        self.conn.execute(f"UPDATE contacts SET {assignments} WHERE id = ?",
                          (*sets.values(), contact_id))

    def applications_of_contact(self, contact_id: int) -> list[int]:
        rows = self.rows(
            "SELECT DISTINCT i.application_id FROM interviews i LEFT JOIN interviewers v"
            " ON v.interview_id = i.id WHERE v.contact_id = ? OR i.coordinator_id = ?"
            " ORDER BY i.application_id", (contact_id, contact_id))
        return [int(r["application_id"]) for r in rows]

    @staticmethod
    def _person(row: sqlite3.Row) -> Person:
        return Person(
            name=row["name"], email=row["email"], phone=row["phone"], title=row["title"],
            preferred_channel=_channel(row["preferred_channel"]),
            linkedin_ok=_bool(row["linkedin_ok"]), id=int(row["id"]),
            greeting=_col(row, "greeting"), address=_col(row, "address"),
            noted=_col(row, "noted"),
        )

    # -- applications ------------------------------------------------------------------

    def insert_application(
        self, company: str, role: str, playbook: str, holidays: str | None, now: datetime,
        notes: str | None = None,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO applications (company, role, status, playbook, holidays, notes,"
            " created_at, updated_at) VALUES (?, ?, 'active', ?, ?, ?, ?, ?)",
            (company, role, playbook, holidays, notes, now.isoformat(), now.isoformat()),
        )
        return int(cur.lastrowid or 0)

    def update_application(self, app_id: int, now: datetime, **fields: Any) -> None:
        allowed = {"company", "role", "status", "playbook", "holidays", "holidays_from", "phase",
                   "notes", "notices"}
        sets = {k: v for k, v in fields.items() if k in allowed}
        if "notices" in sets:
            sets["notices"] = json.dumps([[n.rule, n.text] for n in sets["notices"]])
        sets["updated_at"] = now.isoformat()
        assignments = ", ".join(f"{k} = ?" for k in sets)
        self.conn.execute(f"UPDATE applications SET {assignments} WHERE id = ?",
                          (*sets.values(), app_id))

    def insert_interview(
        self, app_id: int, interview: Interview, timeline: Timeline, contact_ids: list[int],
        coordinator_id: int | None, now: datetime, noted: dict[int, str] | None = None,
        noted_all: str | None = None,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO interviews (application_id, round, at, tz, coordinator_id, decision_by,"
            " timeline_note, all_contacted, follow_up_on, call_in, follow_up_by, thank_you_by,"
            " fit, needs, created_at, noted, medium, final)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (app_id, interview.round, interview.at.isoformat(), interview.tz, coordinator_id,
             _iso(timeline.decision_by), timeline.note, timeline.all_contacted,
             _iso(timeline.follow_up_on), timeline.call_in, timeline.follow_up_by,
             timeline.thank_you_by, timeline.fit, timeline.needs, now.isoformat(), noted_all,
             interview.medium, int(interview.final)),
        )
        interview_id = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT OR IGNORE INTO interviewers (interview_id, contact_id, position, noted)"
            " VALUES (?, ?, ?, ?)",
            [(interview_id, cid, pos, (noted or {}).get(pos))
             for pos, cid in enumerate(contact_ids)],
        )
        return interview_id

    def update_timeline(self, phase: str, timeline: Timeline) -> None:
        """Rewrite the timeline of the phase an application is in (an interview or event)."""
        kind, ident = phase[0], int(phase[1:])
        if kind == "i":
            self.conn.execute(
                "UPDATE interviews SET decision_by = ?, timeline_note = ?, all_contacted = ?,"
                " follow_up_on = ?, call_in = ?, follow_up_by = ?, thank_you_by = ?, fit = ?,"
                " needs = ? WHERE id = ?",
                (_iso(timeline.decision_by), timeline.note, timeline.all_contacted,
                 _iso(timeline.follow_up_on), timeline.call_in, timeline.follow_up_by,
                 timeline.thank_you_by, timeline.fit, timeline.needs, ident),
            )
        else:
            self.conn.execute(
                "UPDATE events SET decision_by = ?, follow_up_on = ?, call_in = ?,"
                " follow_up_by = ?, note = coalesce(?, note) WHERE id = ?",
                (_iso(timeline.decision_by), _iso(timeline.follow_up_on), timeline.call_in,
                 timeline.follow_up_by, timeline.note, ident),
            )

    def insert_event(
        self, app_id: int, kind: EventKind, on: date, note: str | None,
        timeline: Timeline | None, now: datetime,
    ) -> int:
        tl = timeline or Timeline()
        cur = self.conn.execute(
            "INSERT INTO events (application_id, kind, on_date, note, decision_by, follow_up_on,"
            " call_in, follow_up_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (app_id, kind, on.isoformat(), note, _iso(tl.decision_by), _iso(tl.follow_up_on),
             tl.call_in, tl.follow_up_by, now.isoformat()),
        )
        return int(cur.lastrowid or 0)

    def delete_application(self, app_id: int) -> None:
        """The application and everything that hangs on it; contacts stay (A3)."""
        self.conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))

    def application_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows("SELECT id FROM applications ORDER BY id")]

    def load(self, app_id: int) -> Application:
        rows = self.rows("SELECT * FROM applications WHERE id = ?", (app_id,))
        if not rows:
            raise NotFound(f"no application with id {app_id}")
        row = rows[0]
        company = row["company"]
        return Application(
            id=int(row["id"]), company=company, role=row["role"],
            status=AppStatus(row["status"]), playbook=row["playbook"], holidays=row["holidays"],
            holidays_from=row["holidays_from"],
            phase=row["phase"], created=datetime.fromisoformat(row["created_at"]).date(),
            interviews=tuple(self._interviews(app_id)), events=tuple(self._events(app_id)),
            steps=tuple(self._steps("WHERE s.application_id = ?", (app_id,))),
            notices=tuple(Notice(r, t) for r, t in json.loads(row["notices"])),
            notes=row["notes"],
            journal=self._journal(app_id),
        )

    def _journal(self, app_id: int) -> tuple[JournalEntry, ...]:
        if not self.conn.execute("SELECT 1 FROM journal WHERE application_id = ? LIMIT 1",
                                 (app_id,)).fetchone():
            return ()  # most have none: `show` need not load the journal's code
        return tuple(self.insights.journal_entries(app_id))

    def _interviews(self, app_id: int) -> Iterator[Interview]:
        people: dict[int, list[Person]] = {}
        for r in self.rows(
            "SELECT iv.interview_id, iv.noted, c.* FROM interviewers iv JOIN contacts c"
            " ON c.id = iv.contact_id JOIN interviews i ON i.id = iv.interview_id"
            " WHERE i.application_id = ? ORDER BY iv.interview_id, iv.position", (app_id,)
        ):
            people.setdefault(int(r["interview_id"]), []).append(self._person(r))
        for r in self.rows(
            f"SELECT i.*, v.location AS place, v.video AS video, NOT {HELD.format(row='i')}"
            " AS cancelled FROM interviews i LEFT JOIN"
            " invitations v ON v.uid = (SELECT uid FROM invitations WHERE interview_id = i.id"
            " ORDER BY sequence DESC LIMIT 1) WHERE i.application_id = ? ORDER BY i.id",
            (app_id,)):
            coordinator = self.get_contact(r["coordinator_id"]) if r["coordinator_id"] else None
            yield Interview(
                at=datetime.fromisoformat(r["at"]), tz=r["tz"],
                interviewers=tuple(people.get(int(r["id"]), [])), coordinator=coordinator,
                round=int(r["round"]), id=int(r["id"]), timeline=self._timeline(r),
                recorded=date.fromisoformat(r["created_at"][:10]),
                noted=_col(r, "noted"), location=r["place"], video=r["video"],
                medium=_col(r, "medium"), final=bool(_col(r, "final")),
                cancelled=bool(r["cancelled"]),
            )

    @staticmethod
    def _timeline(r: sqlite3.Row) -> Timeline:
        return Timeline(
            decision_by=_d(r["decision_by"]), note=r["timeline_note"],
            all_contacted=_bool(r["all_contacted"]), follow_up_on=_d(r["follow_up_on"]),
            call_in=r["call_in"], follow_up_by=_channel(r["follow_up_by"]),
            thank_you_by=_channel(r["thank_you_by"]), fit=bool(r["fit"]), needs=r["needs"],
        )

    def _events(self, app_id: int) -> Iterator[Event]:
        for r in self.rows("SELECT * FROM events WHERE application_id = ? ORDER BY id", (app_id,)):
            has_dates = r["decision_by"] or r["follow_up_on"] or r["call_in"] is not None
            timeline = Timeline(
                decision_by=_d(r["decision_by"]), follow_up_on=_d(r["follow_up_on"]),
                call_in=r["call_in"], follow_up_by=_channel(r["follow_up_by"]), note=r["note"],
            ) if has_dates else None
            yield Event(id=int(r["id"]), kind=EventKind(r["kind"]), on=date.fromisoformat(
                r["on_date"]), note=r["note"], timeline=timeline,
                recorded=date.fromisoformat(r["created_at"][:10]))

    # -- steps -------------------------------------------------------------------------

    def _steps(self, where: str, args: Iterable[Any] | dict[str, Any],
               order: str = "s.due, s.id", limit: int | None = None,
               why: str = "s.why") -> list[Step]:
        if limit is not None:
            args = {**args, "limit": limit} if isinstance(args, dict) else (*args, limit)
        rows = self.rows(
            f"SELECT s.*, {why} AS why_now, a.company FROM steps s JOIN applications a"
            f" ON a.id = s.application_id {where} ORDER BY {order}"
            + ((" LIMIT :limit" if isinstance(args, dict) else " LIMIT ?")
               if limit is not None else ""), args)
        return [
            Step(
                id=int(r["id"]), application_id=int(r["application_id"]), key=r["key"],
                kind=StepKind(r["kind"]), channel=Channel(r["channel"]),
                to=tuple(json.loads(r["recipients"])), due=date.fromisoformat(r["due"]),
                latest=date.fromisoformat(r["latest"]), status=StepStatus(r["status"]),
                rule=r["rule"], why=r["why_now"], touch=int(r["touch"]), via=r["via"],
                done_on=_d(r["done_on"]), company=r["company"],
                projected=bool(r["projected"]), snoozed_until=_d(r["snoozed_until"]),
                snooze_reason=r["snooze_reason"],
            )
            for r in rows
        ]

    def get_step(self, step_id: int) -> Step:
        steps = self._steps("WHERE s.id = ?", (step_id,))
        if not steps:
            raise NotFound(f"no step with id {step_id}")
        return steps[0]

    def live_with_open_steps(self) -> list[int]:
        """The live applications that have a step still to do (pending or missed)."""
        return [int(r[0]) for r in self.rows(
            "SELECT DISTINCT s.application_id FROM steps s JOIN applications a ON a.id ="
            " s.application_id WHERE a.status IN ('active', 'responded')"
            " AND s.status IN ('pending', 'missed') ORDER BY 1")]

    def save_plan(self, app_id: int, planned: Iterable[PlannedStep], now: datetime) -> None:
        """Make the stored plan match `planned`: steps already done or skipped stay as they
        were, pending ones move in place (keeping their ids), new ones are added, and pending
        ones the plan no longer has are cancelled."""

        existing = {s.key: s for s in self._steps("WHERE s.application_id = ?", (app_id,))}
        seen: set[str] = set()
        at = now.isoformat()
        for p in planned:
            seen.add(p.key)
            old = existing.get(p.key)
            if old is not None and old.status in SETTLED:
                continue
            status = StepStatus.MISSED if p.missed else StepStatus.PENDING
            values = (p.kind, p.channel, json.dumps(list(p.to)), p.via, p.due.isoformat(),
                      p.latest.isoformat(), p.rule, p.why, p.touch, at, int(p.projected),
                      status)
            if old is None:
                self.conn.execute(
                    "INSERT INTO steps (kind, channel, recipients, via, due, latest, rule, why,"
                    " touch, updated_at, projected, status, application_id,"
                    " key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, app_id, p.key),
                )
            else:
                self.conn.execute(
                    "UPDATE steps SET kind = ?, channel = ?, recipients = ?, via = ?, due = ?,"
                    " latest = ?, rule = ?, why = ?, touch = ?, updated_at = ?, projected = ?,"
                    " status = ? WHERE id = ?",
                    (*values, old.id),
                )
        stale = [s.id for k, s in existing.items()
                 if k not in seen and s.status in OPEN]
        self.set_status(stale, StepStatus.CANCELLED, None, now)

    def snooze_step(self, step_id: int, until: date, reason: str, now: datetime) -> None:
        self.conn.execute(
            "UPDATE steps SET snoozed_until = ?, snooze_reason = ?, updated_at = ? WHERE id = ?",
            (until.isoformat(), reason, now.isoformat(), step_id))

    def snoozes(self, app_id: int) -> dict[str, tuple[date, str]]:
        """The pending steps put off by the candidate: key -> (until, reason)."""
        return {
            r["key"]: (date.fromisoformat(r["snoozed_until"]), r["snooze_reason"] or "")
            for r in self.rows(
                "SELECT key, snoozed_until, snooze_reason FROM steps WHERE application_id = ?"
                " AND status = 'pending' AND snoozed_until IS NOT NULL", (app_id,))
        }

    def cancel_pending(self, app_id: int, now: datetime) -> None:
        self.conn.execute(
            "UPDATE steps SET status = 'cancelled', updated_at = ? WHERE application_id = ?"
            " AND status IN ('pending', 'missed')", (now.isoformat(), app_id))

    def set_status(
        self, step_ids: Iterable[int], status: StepStatus, on: date | None, now: datetime
    ) -> None:
        self.conn.executemany(
            "UPDATE steps SET status = ?, done_on = ?, updated_at = ? WHERE id = ?",
            [(status, _iso(on), now.isoformat(), i) for i in step_ids],
        )

    # -- overview ----------------------------------------------------------------------

    def pipeline_health(self) -> tuple[int, date | None]:
        """How many applications are live, and the day the newest one was added."""
        row = self.rows(
            "SELECT (SELECT count(*) FROM applications WHERE status IN ('active', 'responded'))"
            " AS live, (SELECT max(created_at) FROM applications) AS newest")[0]
        newest = datetime.fromisoformat(row["newest"]).date() if row["newest"] else None
        return int(row["live"]), newest


class Area:
    """One area's SQL (contacts, mail, capture, the profile, the pipeline), owned by the Store
    and reached as `store.contacts`, `store.mail` ...: the same connection, the same query
    helper."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.rows = store.rows
