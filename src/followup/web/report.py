"""The work-search record's page: a period, a preview by week, and the files to download."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from followup.core.activity import WEEKDAYS, Record
from followup.core.errors import BadInput
from followup.insights import activity as act
from followup.web.runtime import runtime

router = APIRouter(include_in_schema=False)
Day = Annotated[str | None, Query(max_length=10)]
Word = Annotated[str | None, Query(max_length=12)]
TYPES = {"csv": "text/csv; charset=utf-8", "html": "text/html; charset=utf-8",
         "pdf": "application/pdf"}


def _day(value: str | None, label: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{label} is not a date the page understands: pick one with the date "
                       "field", field="from" if label == "From" else "to") from None


def _record(request: Request, start: str | None, end: str | None, week: str | None
            ) -> Record:
    rt = runtime(request)
    first, last = act.period(_day(start, "From"), _day(end, "To"), rt.today())
    return act.activity(rt.store(), first, last, week or rt.config.week_start)


@router.get("/report", response_class=HTMLResponse)
def report(request: Request, start: Annotated[Day, Query(alias="from")] = None,
           end: Annotated[Day, Query(alias="to")] = None, week: Word = None) -> Response:
    rt = runtime(request)
    try:
        rec = _record(request, start, end, week)
    except BadInput as exc:
        rec = act.activity(rt.store(), *act.period(None, None, rt.today()),
                           rt.config.week_start)
        return rt.render(request, "report.html", rec=rec, error=str(exc),
                         weekdays=WEEKDAYS, status=400)
    return rt.render(request, "report.html", rec=rec, error=None, weekdays=WEEKDAYS)


@router.get("/report/activity")
def download(request: Request, start: Annotated[Day, Query(alias="from")] = None,
             end: Annotated[Day, Query(alias="to")] = None, week: Word = None,
             format: Word = "pdf", paper: Word = "letter") -> Response:
    kind, size = act.kind_of(format or "pdf", paper)
    rec = _record(request, start, end, week)
    body = act.made(rec, kind, runtime(request).store().profile.get_profile().name, size)
    name = f"work-search-{rec.start.isoformat()}-to-{rec.end.isoformat()}.{kind}"
    return Response(body, media_type=TYPES[kind],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
