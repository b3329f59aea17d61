"""`followup report activity` and the dashboard's record page: the work-search record of a
period (core.activity), as CSV, a printable HTML page or a PDF (insights/activity_pdf.py)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from followup.core.activity import WEEKDAYS, Record, record, state_on
from followup.core.errors import BadInput

if TYPE_CHECKING:
    from followup.store.sqlite import Store

FORMATS = ("csv", "html", "pdf")
PAPERS = ("letter", "a4")
COLUMNS = ("Date", "Employer", "Address or website", "Contact person", "How",
           "Position", "Activity", "Result")
MAX_DAYS = 3 * 366  # a record longer than three years is a mistake in a date


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period asked for: by default the last four weeks up to today."""
    end = end or today
    start = start or end - timedelta(days=27)
    if start > end:
        raise BadInput(f"the period starts on {start.isoformat()}, after its end on "
                       f"{end.isoformat()}: give the earlier date first", field="from")
    if (end - start).days > MAX_DAYS:
        raise BadInput("a record covers at most three years: choose a shorter period",
                       field="from")
    return start, end


def first_weekday(given: str | None) -> str:
    day = (given or "sunday").strip().lower()
    if day not in WEEKDAYS:
        raise BadInput(f"the week cannot start on {given!r}: choose one of "
                       f"{', '.join(WEEKDAYS)}", field="week_start")
    return day


def activity(store: Store, start: date, end: date, week_start: str = "sunday") -> Record:
    """The record of `start`..`end`: every contact with an employer, grouped by week."""
    touches, events, status, people = store.insights.activity_facts(start, end)
    states = {app: state_on(events.get(app, []), end, now) for app, now in status.items()}
    return record(touches, states, people, start, end, first_weekday(week_start))


def kind_of(fmt: str | None, paper: str | None) -> tuple[str, str]:
    """The format and the paper asked for, checked: (csv|html|pdf, letter|a4)."""
    kind, size = (fmt or "csv").strip().lower(), (paper or "letter").strip().lower()
    if kind not in FORMATS:
        raise BadInput(f"unknown format {fmt!r}: choose csv, html or pdf", field="format")
    if size not in PAPERS:
        raise BadInput(f"unknown paper {paper!r}: choose letter or a4", field="paper")
    return kind, size


def made(rec: Record, kind: str, who: str | None, paper: str = "letter") -> str | bytes:
    """The record in one of FORMATS (kind_of checked it)."""
    if kind == "csv":
        return as_csv(rec)
    return as_html(rec, who) if kind == "html" else as_pdf(rec, who, paper)


def as_csv(rec: Record) -> str:
    from followup.insights.csvio import csv_text

    return csv_text(("Week of", *COLUMNS), [
        [w.start.isoformat(), r.on.isoformat(), r.employer, r.where, r.person, r.how,
         r.position, r.activity, r.result] for w in rec.weeks for r in w.rows])


def title(rec: Record) -> str:
    return (f"Work-search record, {rec.start.strftime('%a %d %b %Y')} to "
            f"{rec.end.strftime('%a %d %b %Y')}")


def as_html(rec: Record, who: str | None = None) -> str:
    """A standalone page that prints cleanly (one table a week)."""
    from importlib import resources

    from jinja2 import Environment, select_autoescape

    source = (resources.files("followup.insights") / "templates" / "activity.html").read_text(
        encoding="utf-8")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return env.from_string(source).render(rec=rec, title=title(rec), who=who, columns=COLUMNS)


def as_pdf(rec: Record, who: str | None = None, paper: str = "letter") -> bytes:
    from followup.insights.activity_pdf import pdf

    return pdf(rec, title(rec), who, COLUMNS, paper)
