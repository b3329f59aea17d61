"""CSV for spreadsheets and other trackers: export one row per application (or per step),
and import applications from another tracker's CSV with a column mapping.

An import goes through the same service functions as `followup add` and `followup log`, all
inside one transaction: every row comes in, or (if any row is wrong) none does.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from followup import budgets
from followup.contacts.files import text_lines
from followup.core.errors import BadInput
from followup.core.model import EVENT_STATUS, Application, EventKind, Timeline
from followup.store import insights as sql
from followup.store.imports import Journal
from followup.store.sqlite import Store

# What an import can fill, with what each expects.
FIELDS: dict[str, str] = {
    "company": "the employer (required)",
    "role": "the job title (required)",
    "interviewed": "when the (first) interview was: YYYY-MM-DD HH:MM, or see --date-format "
                   "(required)",
    "tz": "IANA time zone of the interview (default: --tz, else yours)",
    "with": "interviewers, separated by ';': Name <email>; Name",
    "coordinator": "who set up the interview: Name <email>",
    "decision_by": "when they expect to decide (C1)",
    "follow_up_on": "the follow-up date you agreed on (C3)",
    "playbook": "the playbook to plan with",
    "holidays": "country code whose holidays are not business days",
    "status": "active, responded, offer, rejected, withdrawn or closed",
    "status_on": "the day the status changed (default: today)",
    "last_contact": "the day you were last in touch with them (default: the interview)",
    "notes": "free notes",
}
# An active application with no contact for this long is history, not work for today: it is
# imported as moved on (F8), and can be reopened if they come back (A3).
HISTORY_DAYS = 42
REQUIRED = ("company", "role", "interviewed")
_STATUS = {
    "active": None, "applied": None, "interviewing": None, "in progress": None, "open": None,
    "": None, "responded": EventKind.REPLY, "replied": EventKind.REPLY, "reply": EventKind.REPLY,
    "offer": EventKind.OFFER, "offered": EventKind.OFFER, "rejected": EventKind.REJECTED,
    "declined": EventKind.REJECTED, "withdrawn": EventKind.WITHDRAWN,
    "withdrew": EventKind.WITHDRAWN, "closed": EventKind.CLOSED, "ghosted": EventKind.CLOSED,
    "no response": EventKind.CLOSED, "moved on": EventKind.CLOSED,
}
APPLICATION_COLUMNS = (
    "id", "company", "role", "status", "status_on", "playbook", "holidays", "interviewed", "tz",
    "rounds", "with", "coordinator", "decision_by", "follow_up_on", "created", "last_contact",
    "heard_back_on", "touches_done", "next_step", "next_due", "notes",
)
STEP_COLUMNS = ("application_id", "company", "role", "step_id", "kind", "channel", "to", "via",
                "due", "latest", "status", "done_on", "rule", "why")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# such a cell is written with a leading apostrophe, which spreadsheets show as text and
# `import csv` takes off again.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A text cell as written: one more apostrophe before any that already stand before a
    formula character, so that reading it back (_uncell) gives exactly what was written."""
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA):
        return "'" + value
    return value


def _uncell(value: str) -> str:
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(_FORMULA) \
        else value


def csv_text(header: Sequence[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _people(app: Application) -> tuple[str, str]:
    first = app.interviews[0]
    people = "; ".join(f"{p.name} <{p.email}>" if p.email else p.name
                       for p in first.interviewers)
    c = first.coordinator
    return people, (f"{c.name} <{c.email}>" if c and c.email else c.name if c else "")


def export_applications(store: Store, now: datetime) -> str:
    """One row per application, in the words of `import csv`, so a file comes back in."""
    from followup.service import list_applications

    rows: list[list[Any]] = []
    overview = {o.id: o for o in list_applications(store, now)}  # may keep what is next
    with store.read():
        for app_id in store.application_ids():
            app = store.load(app_id)
            first = app.interviews[0]
            people, coordinator = _people(app)
            changed = [e.on for e in app.events if EVENT_STATUS.get(e.kind) is app.status]
            heard = [e.on for e in app.events if e.kind.value in sql.RESPONSES]
            o = overview[app_id]
            rows.append([
                app.id, app.company, app.role, app.status.value, _iso(max(changed, default=None)),
                app.playbook, app.holidays or "", f"{first.at:%Y-%m-%d %H:%M}", first.tz,
                len(app.interviews), people, coordinator, _iso(app.decision_by),
                _iso(first.timeline.follow_up_on), _iso(app.created), _iso(o.last_contact),
                _iso(min(heard, default=None)),
                sum(1 for s in app.steps if s.status.value == "done"
                    and s.kind.value in sql.TOUCH_KINDS),
                (o.next_kind or "").replace("_", "-"), _iso(o.next_due), app.notes or "",
            ])
    return csv_text(APPLICATION_COLUMNS, rows)


def export_steps(store: Store) -> str:
    """One row per planned step, every application, in order."""
    rows: list[list[Any]] = []
    with store.read():
        for app_id in store.application_ids():
            app = store.load(app_id)
            rows += [[app.id, app.company, app.role, s.id, s.kind.value, s.channel.value,
                      "; ".join(s.to), s.via or "", _iso(s.due), _iso(s.latest), s.status.value,
                      _iso(s.done_on), s.rule, s.why] for s in app.steps]
    return csv_text(STEP_COLUMNS, rows)


# -- import --------------------------------------------------------------------------------


def parse_mapping(specs: Sequence[str]) -> dict[str, str]:
    """`company=Company,role=Job title, full` (repeatable) -> {field: column}. A comma starts
    a new pair only when a FIELD= follows it, so column names may hold commas; quotes around
    a column name are dropped."""
    mapping: dict[str, str] = {}
    for spec in specs:
        for pair in re.split(r",\s*(?=[A-Za-z_-]+\s*=)", spec):
            name, eq, column = pair.partition("=")
            name = name.strip().lower().replace("-", "_")
            column = column.strip()
            if len(column) > 1 and column[0] == column[-1] and column[0] in "'\"":
                column = column[1:-1]
            if not eq or not column:
                raise BadInput(f"--map {pair!r}: write FIELD=COLUMN, e.g. company=Company")
            if name not in FIELDS:
                raise BadInput(f"--map: unknown field {name!r}; fields: {', '.join(FIELDS)}")
            mapping[name] = column
    return mapping


def _norm(header: str) -> str:
    return header.strip().lower().replace(" ", "_").replace("-", "_")


def resolve_columns(header: Sequence[str], mapping: dict[str, str]) -> dict[str, int]:
    """field -> column index: the mapping first, then a column named like the field."""
    found: dict[str, int] = {}
    by_name = {h.strip(): i for i, h in reversed(list(enumerate(header)))}
    by_norm = {_norm(h): i for i, h in reversed(list(enumerate(header)))}
    for name, column in mapping.items():
        if column not in by_name:
            shown = ", ".join(repr(h) for h in header[:12])
            raise BadInput(f"--map {name}={column}: the file has no column {column!r}; "
                           f"its columns: {shown}")
        found[name] = by_name[column]
    for name in FIELDS:
        if name not in found and name in by_norm:
            found[name] = by_norm[name]
    missing = [n for n in REQUIRED if n not in found]
    if missing:
        raise BadInput(f"the file has no column for {', '.join(missing)}: map one with "
                       f"--map {missing[0]}=COLUMN")
    return found


@dataclass
class CsvReport:
    dry_run: bool
    added: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    resumed: int = 0  # rows already in from a run of this import that was stopped

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"dry_run": self.dry_run, "added": self.added,
                               "conflicts": self.conflicts}
        if self.resumed:  # said only when it happened: the usual report keeps its shape
            doc["resumed"] = self.resumed
        return doc


@dataclass(frozen=True)
class CsvOptions:
    now: datetime
    tz: str
    playbook: str = "default"
    holidays: str | None = None
    date_format: str | None = None
    delimiter: str = ","


MAX_ROWS = budgets.CSV_ROWS




def read_rows(text: str, delimiter: str) -> list[list[str]]:
    """The rows of a CSV text (a header and at most MAX_ROWS applications), read within
    the reading budgets."""
    return budgets.within(budgets.SECONDS, "the CSV file", _rows, text, delimiter)


def _rows(text: str, delimiter: str) -> list[list[str]]:
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        raise BadInput(f"line {line} of the file holds a NUL character: is it really CSV "
                       "text? Save it as UTF-8 CSV and try again")
    rows: list[list[str]] = []
    try:
        for row in csv.reader(text_lines(text), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                raise BadInput(f"the file holds more than {MAX_ROWS:,} rows: split it and "
                               "import the parts one after the other")
        return rows
    except csv.Error as exc:
        raise BadInput(f"the file is not valid CSV: {exc}") from None


CHUNK_ROWS = 2_000  # rows per transaction in a large import


Progress = Callable[[str, int, int], None]  # (stage, rows done, rows in all)


def source_of(text: str, mapping: dict[str, str], options: CsvOptions) -> str:
    """What an import reads, as a digest: the same file with the same options is the same
    import, which a run after a kill carries on (store.imports)."""
    import hashlib
    import json

    given = [text, sorted(mapping.items()), options.tz, options.playbook, options.holidays,
             options.date_format, options.delimiter, CHUNK_ROWS]
    return "csv:" + hashlib.sha256(json.dumps(given).encode("utf-8", "surrogatepass")
                                   ).hexdigest()


def import_csv(store: Store, text: str, mapping: dict[str, str], options: CsvOptions, *,
               dry_run: bool = False, progress: Progress | None = None) -> CsvReport:
    """Add every row as an application; any bad row stops them all. A file of up to
    CHUNK_ROWS rows is one transaction. A larger one is checked first and then written in
    chunks of CHUNK_ROWS, each its own transaction, so that other commands get the database
    between chunks; should a chunk fail, the chunks already written are taken back. Killed,
    it is taken back by the next command, or carried on by running it again first (the
    store opened with `resume=source_of(...)`): the chunks in stay, the others follow."""
    source = source_of(text, mapping, options)
    rows = read_rows(text, options.delimiter)
    if not rows:
        raise BadInput("the file is empty")
    columns = resolve_columns(rows[0], mapping)
    body = [(line, row) for line, row in enumerate(rows[1:], 2)
            if any(cell.strip() for cell in row)]
    del rows
    if len(body) <= CHUNK_ROWS:
        return _import_chunks(store, [body], columns, options, dry_run=dry_run,
                              source=source)
    chunks = [body[i:i + CHUNK_ROWS] for i in range(0, len(body), CHUNK_ROWS)]
    if not dry_run:
        with store.read():
            found = Journal.resume(store, source)
        if found is not None:  # the rows in were checked by the run that wrote them
            return _import_chunks(store, chunks, columns, options, dry_run=False,
                                  source=source, resumed=found,
                                  progress=progress and functools.partial(progress,
                                                                          "resuming"))
    checked = _import_chunks(store, chunks, columns, options, dry_run=True, source=source,
                             progress=progress and functools.partial(progress, "checking"))
    if dry_run:
        return checked
    return _import_chunks(store, chunks, columns, options, dry_run=False, source=source,
                          progress=progress and functools.partial(progress, "importing"))


def _import_chunks(store: Store, chunks: list[list[tuple[int, list[str]]]],
                   columns: dict[str, int], options: CsvOptions, *,
                   dry_run: bool, source: str, resumed: tuple[Journal, int] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> CsvReport:
    """A real run keeps a journal (store/imports) from its first chunk's transaction to its
    last one's: a failure takes the committed chunks back here, and a kill is taken back by
    the next command, so the import is all or nothing even across transactions. `resumed`:
    the journal of a run that was stopped, and how many rows it had written (whole chunks),
    which are passed over."""
    report = CsvReport(dry_run)
    total = sum(len(chunk) for chunk in chunks)
    done = 0
    errors: list[str] = []
    known: dict[tuple[str, str, str], int] | None = None
    journal, skip = resumed if resumed is not None else (None, 0)
    try:
        for index, chunk in enumerate(chunks):
            if done + len(chunk) <= skip:
                done += len(chunk)
                report.resumed = done
                continue
            with store.transaction(dry_run=dry_run) as batch:
                if known is None:
                    known = batch.insights.application_keys()
                if journal is None and not dry_run:
                    journal = Journal.start(batch, "csv", options.now, source)
                for line, row in chunk:
                    values = {n: _uncell(row[i]) if i < len(row) else ""
                              for n, i in columns.items()}
                    try:
                        _one(batch, values, options, known, report)
                    except BadInput as exc:
                        errors.append(f"row {line}: {exc.message}")
                if errors and (not dry_run or index == len(chunks) - 1):
                    raise _refusal(errors)  # inside the transaction: this chunk rolls back
                if journal is not None and index == len(chunks) - 1:
                    journal.finish()  # with the last chunk: the import stands whole
                elif journal is not None:
                    journal.progress(done + len(chunk))
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    except BaseException:
        if journal is not None:
            journal.take_back()  # all or nothing to the user
        report.added.clear()
        raise
    return report


def _refusal(errors: list[str]) -> BadInput:
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return BadInput(f"{len(errors)} row(s) cannot be imported, so none was: "
                    + "; ".join(errors[:3]) + more)


def _when(value: str, tz: str, fmt: str | None, what: str) -> datetime:
    from followup.core import parse
    from followup.core.calendar import localize

    if not fmt:
        return parse.parse_when(value, tz, what)
    try:
        parsed = datetime.strptime(value.strip(), fmt)
    except ValueError:
        raise BadInput(f"{what}: {value!r} does not match --date-format {fmt!r}") from None
    if not any(code in fmt for code in ("%H", "%I")):
        parsed = datetime.combine(parsed.date(), time(9, 0))
    return localize(parsed, tz)


def _day(value: str, fmt: str | None, what: str) -> date | None:
    from followup.core.parse import parse_date

    if not value.strip():
        return None
    if fmt:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            pass
    return parse_date(value, what)


def _one(store: Store, v: dict[str, str], o: CsvOptions,
         known: dict[tuple[str, str, str], int], report: CsvReport) -> None:
    from followup import service
    from followup.core import parse, validate

    tz = validate.time_zone(v.get("tz"), "tz", default=o.tz)
    if not v["interviewed"].strip():
        raise BadInput("no interview date: followup plans from the interview on")
    at = _when(v["interviewed"], tz, o.date_format, "interviewed")
    status = v.get("status", "").strip().lower()
    if status not in _STATUS:
        raise BadInput(f"unknown status {v['status']!r}; use one of "
                       "active, responded, offer, rejected, withdrawn, closed")
    people = tuple(parse.parse_person(p.strip(), "with") for p in v.get("with", "").split(";")
                   if p.strip())
    coordinator = v.get("coordinator", "").strip()
    timeline = Timeline(decision_by=_day(v.get("decision_by", ""), o.date_format, "decision_by"),
                        follow_up_on=_day(v.get("follow_up_on", ""), o.date_format,
                                          "follow_up_on"))
    key = sql.app_key(v["company"], v["role"], at.isoformat())
    if key in known:
        report.conflicts.append(f"{v['company'].strip()} — {v['role'].strip()} interviewed "
                                f"{at:%Y-%m-%d %H:%M} is already here as #{known[key]}; "
                                "kept what was here")
        return
    last = _day(v.get("last_contact", ""), o.date_format, "last_contact") or at.date()
    app = service.add_application(
        store, company=v["company"], role=v["role"], now=o.now,
        interview=service.NewInterview(
            at=at, tz=tz, interviewers=people, timeline=timeline,
            coordinator=parse.parse_person(coordinator, "coordinator") if coordinator else None),
        playbook=v.get("playbook", "").strip() or o.playbook,
        holidays=v.get("holidays", "").strip() or o.holidays, notes=v.get("notes") or None,
        confirmed=True)
    event = _STATUS[status]
    note = None
    if event is None and (o.now.date() - last).days > HISTORY_DAYS:
        event, note = EventKind.CLOSED, (f"Imported as history: no contact since {last}; "
                                         "reopen it if they come back (A3).")
    if event is not None:
        on = _day(v.get("status_on", ""), o.date_format, "status_on") or o.now.date()
        app = service.log_event(store, app.id, event, max(on, at.date()), o.now, note=note)
    known[key] = app.id
    report.added.append({"id": app.id, "company": app.company, "role": app.role,
                         "status": app.status.value})
