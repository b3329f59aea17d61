"""Export everything to one JSON document, and bring it back without losing a character.

The document holds every table of the candidate's data, every column, every row, in a fixed
order, so export → import into an empty database → export gives the same bytes. Into an
empty database ids are kept; into one that already holds data, rows get new ids, every
reference follows them, an application already there is reported and left alone, and a
contact with an address already known is reused rather than duplicated.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from followup.core.errors import BadInput, FollowupError
from followup.store import insights as sql
from followup.store.sqlite import Store

FORMAT = "followup-export"
VERSION = 1
_BLOB = "$base64"


def _out(value: Any) -> Any:
    if isinstance(value, bytes):
        return {_BLOB: base64.b64encode(value).decode("ascii")}
    return value


def _in(value: Any, where: str) -> Any:
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
        return value
    if isinstance(value, dict) and set(value) == {_BLOB} and isinstance(value[_BLOB], str):
        try:
            return base64.b64decode(value[_BLOB], validate=True)
        except ValueError:
            raise BadInput(f"{where}: not valid base64") from None
    raise BadInput(f"{where}: a value must be text, a number or null, not {value!r:.40}")


def _fits(value: Any, declared: str) -> bool:
    """Whether a value has the kind its column declares, so that it reads back unchanged."""
    if value is None or not declared or "BLOB" in declared:
        return True
    if "INT" in declared:
        return isinstance(value, int) and -(2**63) <= value < 2**63
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return isinstance(value, str)
    return isinstance(value, int | float)


def export_document(store: Store) -> dict[str, Any]:
    with store.read():
        return {
            "format": FORMAT, "version": VERSION, "schema": store.insights.schema_version(),
            "tables": {t.name: [{c: _out(v) for c, v in zip(t.columns, row, strict=True)}
                                for row in store.insights.table_rows(t)]
                       for t in store.insights.tables()},
        }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def loads(text: str, source: str) -> dict[str, Any]:
    from followup import budgets

    try:  # 100,000 nested brackets break the depth budget: no export is shaped like that
        document = budgets.within(budgets.SECONDS, source, json.loads, text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{source} is not JSON: {budgets.said(exc)}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadInput(f"{source} is not a followup export (made by `followup export json`)")
    return document


@dataclass
class ImportReport:
    dry_run: bool
    ids_kept: bool
    added: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "ids": "kept" if self.ids_kept else "renumbered",
                "added": self.added, "conflicts": self.conflicts, "reused": self.reused,
                "left_out": self.left_out}


def _check(document: dict[str, Any], store: Store) -> dict[str, list[dict[str, Any]]]:
    version, schema = document.get("version"), document.get("schema")
    if version != VERSION:
        raise BadInput(f"this export is in format version {version!r}; this followup reads "
                       f"version {VERSION}")
    here = store.insights.schema_version()
    if not isinstance(schema, int) or schema > here:
        raise BadInput(f"this export comes from a newer followup (schema {schema!r}, here "
                       f"{here}): upgrade followup, then import it")
    found = document.get("tables")
    if not isinstance(found, dict):
        raise BadInput("this export has no tables")
    known = {t.name: t for t in store.insights.tables()}
    from followup.store.migrations import DROPPED

    for name, (version, columns) in DROPPED.items():
        rows = found.get(name)
        if schema < version and isinstance(rows, list):  # made before they were dropped
            for row in rows:
                for column in columns if isinstance(row, dict) else ():
                    row.pop(column, None)
    for name, rows in found.items():
        if name not in known:
            raise BadInput(f"this export has a table {name!r} that followup does not know")
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise BadInput(f"table {name!r} must be a list of rows")
        types = dict(zip(known[name].columns, known[name].types, strict=True))
        for i, row in enumerate(rows, 1):
            unknown = set(row) - set(known[name].columns)
            if unknown:
                raise BadInput(f"{name} row {i}: unknown column {sorted(unknown)[0]!r}")
            for column, value in row.items():
                if not _fits(_in(value, f"{name} row {i}"), types[column]):
                    raise BadInput(f"{name} row {i}: {column} must be "
                                   f"{types[column].lower() or 'a value'}, not {value!r:.40}")
                if isinstance(value, str):
                    _valid_text(name, column, value, f"{name} row {i}: {column}")
    _sent_only_when_done(found)
    return found


def _sent_only_when_done(found: dict[str, Any]) -> None:
    """A message recorded as sent (or being sent) belongs to a step that is done: followup
    marks it done as it sends. A record beside a step still to do would block its sending
    for good, so such a file was altered by hand."""
    steps = {r.get("id"): r.get("status") for r in found.get("steps", [])}
    for i, row in enumerate(found.get("sent_messages", []), 1):
        if row.get("state") in ("sent", "sending") and steps.get(row.get("step_id")) in (
                "pending", "missed", None):
            raise BadInput(f"sent_messages row {i}: a message recorded as {row.get('state')} "
                           f"for step {row.get('step_id')!r:.20}, which is still to do: a "
                           "followup export never says so; nothing was imported")


# The columns that hold one line a person typed, by the kind of field each is
# (validate.LIMITS), and the columns that hold a time zone or a timestamp.
_ONE_LINE = {
    ("applications", "company"): "company", ("applications", "role"): "role",
    ("contacts", "name"): "name", ("contacts", "title"): "title",
    ("contacts", "company"): "company", ("contacts", "email"): "email",
    ("contacts", "phone"): "phone", ("contacts", "linkedin_url"): "url",
    ("contact_details", "value"): "email",
    ("profile", "name"): "name", ("profile", "email"): "email", ("profile", "phone"): "phone",
    ("profile", "linkedin"): "url",
    ("connections", "first_name"): "name", ("connections", "last_name"): "name",
    ("connections", "company"): "company", ("connections", "position"): "title",
    ("connections", "email"): "email", ("connections", "url"): "url",
    ("sent_messages", "sender"): "email", ("sent_messages", "recipient"): "email",
    ("sent_messages", "message_id"): "short", ("sent_messages", "subject"): "short",
}
_ZONES = {("interviews", "tz")}
_TIMESTAMPS = {("interviews", "at")}
# Days the calendars plan from or show, and when a record was made: a year 9999 here ended
# `export ics` in an OverflowError. Each must be a date (or ISO time) from 1970 to 2199.
_DAYS = {("interviews", "decision_by"), ("interviews", "follow_up_on"), ("events", "on_date"),
         ("events", "decision_by"), ("events", "follow_up_on"), ("steps", "due"),
         ("steps", "latest"), ("steps", "done_on"), ("steps", "snoozed_until"),
         ("journal", "written_on")}
_MADE = {(t, c) for t in ("applications", "contacts", "interviews", "events", "steps",
                          "journal") for c in ("created_at", "updated_at")}


def _valid_text(table: str, column: str, value: str, where: str) -> None:
    """Text from a file passes the checks the same field passes when typed."""
    from followup.core import validate

    key = (table, column)
    # notes, the why, the journal, the signature: plain text, as when typed
    if validate.has_control(value.replace("\r\n", "\n"), multiline=True):
        raise BadInput(f"{where}: holds a control character (an escape sequence?); text "
                       "typed in followup cannot, so neither can a file")
    if key in (("applications", "playbook"), ("applications", "holidays")):
        from followup.settings import check  # the check `settings set` makes

        try:
            fits = check(column, value) == value
        except BadInput as exc:
            raise BadInput(f"{where}: {exc.message}") from None
        if not fits:
            raise BadInput(f"{where}: {value!r:.40} is not written as followup writes it")
    elif key in _ONE_LINE:
        validate.one_line(value, where, _ONE_LINE[key])
        if _ONE_LINE[key] == "email" and "@" in value:
            validate.email(value, where)
    elif key in _ZONES:
        validate.time_zone(value, where)
    elif key in _TIMESTAMPS:
        validate.timestamp(value, where)
    elif key in _DAYS or key in _MADE:
        _day(value, where, whole_day=key in _DAYS)


def _day(value: str, where: str, *, whole_day: bool) -> None:
    from datetime import date, datetime

    from followup.core import validate

    try:
        day = (date.fromisoformat(value.strip()) if whole_day
               else datetime.fromisoformat(value.strip()).date())
    except ValueError:
        raise BadInput(f"{where}: {value!r:.40} is not an ISO "
                       f"{'date' if whole_day else 'timestamp'}") from None
    validate.in_range(day, where)


def import_document(store: Store, document: dict[str, Any], *, dry_run: bool = False
                    ) -> ImportReport:
    """Bring an export in, in one transaction: all of it, or (on any error) none of it."""
    rows = _check(document, store)
    catalogue = [t for t in store.insights.tables() if t.name in rows]
    with store.transaction(dry_run=dry_run) as batch:
        names = [t.name for t in batch.insights.tables()]
        report = ImportReport(dry_run, batch.insights.is_empty(names))
        batch.insights.defer_foreign_keys()
        _Importer(batch, rows, report).run(catalogue)
        problems = batch.insights.foreign_key_problems()
        if problems:
            raise BadInput(f"the export is inconsistent: {problems[0]}")
    return report


class _Importer:
    def __init__(self, store: Store, rows: dict[str, list[dict[str, Any]]],
                 report: ImportReport) -> None:
        self.store, self.rows, self.report = store, rows, report
        self.ids: dict[str, dict[Any, Any]] = {}
        self.dropped: dict[str, set[Any]] = {}
        self.new_apps: list[tuple[int, str]] = []

    def run(self, catalogue: list[sql.Table]) -> None:
        firsts: dict[Any, str] = {}
        for iv in self.rows.get("interviews", []):
            at = iv.get("at")
            if isinstance(at, str) and (iv.get("application_id") not in firsts
                                        or at < firsts[iv.get("application_id")]):
                firsts[iv.get("application_id")] = at
        self.firsts = firsts
        self.keys = {} if self.report.ids_kept else self.store.insights.application_keys()
        self.tables = {t.name: t for t in catalogue}
        for table in catalogue:
            for i, row in enumerate(self.rows[table.name], 1):
                self._row(table, i, {c: _in(v, f"{table.name} row {i}") for c, v in row.items()})
        for app_id, phase in self.new_apps:
            self.store.insights.set_phase(app_id, self._phase(phase))
        self._verify()

    def _drop(self, table: sql.Table, old: Any, *, count: bool = True) -> None:
        if count:
            self.report.left_out[table.name] = self.report.left_out.get(table.name, 0) + 1
        if table.rowid_key is not None:
            self.dropped.setdefault(table.name, set()).add(old)

    def _row(self, table: sql.Table, i: int, values: dict[str, Any]) -> None:
        old = values.get(table.rowid_key) if table.rowid_key else None
        if not self.report.ids_kept:
            for fk in table.foreign_keys:
                value = values.get(fk.column)
                parent = self.tables.get(fk.table)
                if value is None or parent is None or fk.to not in (None, parent.rowid_key):
                    continue
                if value in self.dropped.get(fk.table, ()):
                    self._drop(table, old)
                    return
                if value not in self.ids.get(fk.table, {}):
                    raise BadInput(f"{table.name} row {i}: {fk.column} {value!r} names a row "
                                   f"of {fk.table} that the export does not hold")
                values[fk.column] = self.ids[fk.table][value]
            if self._conflict(table, values, old):
                return
            if table.rowid_key and not table.fixed_key:
                values.pop(table.rowid_key, None)
        try:
            new = self.store.insights.insert_row(table, list(values), list(values.values()))
        except sqlite3.IntegrityError as exc:
            if self.report.ids_kept or "UNIQUE" not in str(exc):
                raise BadInput(f"{table.name} row {i}: {exc}") from None
            self.report.conflicts.append(f"{table.name} row {i} is already here ({exc}); "
                                         "kept what was here")
            self._drop(table, old, count=False)
            return
        self.report.added[table.name] = self.report.added.get(table.name, 0) + 1
        if table.rowid_key:
            self.ids.setdefault(table.name, {})[old] = new
        if table.name == "applications":
            self.new_apps.append((new, str(values.get("phase") or "")))
            if not self.report.ids_kept:
                self.keys[self._key(values, old)] = new

    def _conflict(self, table: sql.Table, values: dict[str, Any], old: Any) -> bool:
        """An application already here is left alone; a known address reuses its contact."""
        if table.name == "applications":
            key = self._key(values, old)
            if key in self.keys:
                self.report.conflicts.append(
                    f"application {values.get('company')} — {values.get('role')} (#{old} in the "
                    f"export) is already here as #{self.keys[key]}; kept what was here")
                self._drop(table, old, count=False)
                return True
        if table.name == "contacts" and isinstance(values.get("name"), str):
            email = values.get("email") if isinstance(values.get("email"), str) else None
            from followup.core.contacts import Card
            from followup.service.contacts import identify  # who is who: core/identity

            found = identify(self.store, Card(
                name=values["name"], company=str(values.get("company") or "") or None,
                emails=(email,) if email else ()))
            existing = found.id if found.sure else None
            if existing is not None:
                self.ids.setdefault("contacts", {})[old] = existing
                who = f"{values['name']} <{email}>" if email else values["name"]
                self.report.reused.append(f"contact {who} is already here as #{existing}")
                return True
        return False

    def _key(self, values: dict[str, Any], old: Any) -> tuple[str, str, str]:
        return sql.app_key(str(values.get("company") or ""), str(values.get("role") or ""),
                           self.firsts.get(old, ""))

    def _phase(self, phase: str) -> str:
        """An application's phase names an interview ("i12") or an event ("e5") by id."""
        if self.report.ids_kept or len(phase) < 2 or not phase[1:].isdigit():
            return phase
        table = {"i": "interviews", "e": "events"}.get(phase[0])
        new = self.ids.get(table or "", {}).get(int(phase[1:]))
        return f"{phase[0]}{new}" if new is not None else phase

    def _verify(self) -> None:
        """Whatever came in must read back: a bad value fails the import, not a later show."""
        from followup.insights.journal import read

        for app_id, _phase in self.new_apps:
            try:
                app = self.store.load(app_id)
                read(self.store, app_id)
                if app.status.value in ("active", "responded"):
                    from followup.service import current_phase

                    current_phase(app)
            except FollowupError:
                raise
            except (ValueError, KeyError, TypeError, IndexError, StopIteration) as exc:
                raise BadInput(f"application #{app_id} of the export cannot be read back "
                               f"({type(exc).__name__}: {exc}); nothing was imported") from None
