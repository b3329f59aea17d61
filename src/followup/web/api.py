"""The JSON API under /api/: the same service functions and JSON shapes as `followup --json`.

State-changing calls need the session's CSRF token in the X-CSRF-Token header (GET
/api/session gives it, with the session cookie). Errors are `{"error": "..."}` with the
command line's message: 400 bad input, 404 unknown id, 409 a conflict, 403 a missing token.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from starlette.requests import Request
from starlette.responses import Response

from followup import jsonout, service
from followup.core import fields
from followup.core.playbooks import PLAYBOOKS
from followup.web import forms
from followup.web.runtime import runtime, session
from followup.web.schemas import (
    ApplicationIn,
    ApplicationOut,
    DoneIn,
    DueStepOut,
    ErrorOut,
    EventIn,
    Id,
    InterviewIn,
    NudgeOut,
    OverviewOut,
    PlaybookOut,
    ReopenIn,
    SessionOut,
    SnoozeIn,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad input; nothing was changed"},
    403: {"model": ErrorOut, "description": "Missing or wrong CSRF token"},
    404: {"model": ErrorOut, "description": "Unknown id"},
    409: {"model": ErrorOut, "description": "Not possible in the current state"},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def _check(out: forms.Parsed) -> None:
    out.raise_first()


@router.get("/session", response_model=SessionOut)
def get_session(request: Request) -> dict[str, str]:
    """The CSRF token of this session (the response sets the session cookie)."""
    return {"csrf": session(request).csrf}


Limit = Annotated[int, Query(ge=1, le=50, description="at most 50 a page")]
Offset = Annotated[int, Query(ge=0, le=2**31, description="how many to pass over")]


def _paged(request: Request, response: Response, total: int, limit: int, offset: int) -> None:
    """The page's place in the whole: X-Total-Count, and a Link to the next page if any."""
    response.headers["X-Total-Count"] = str(total)
    if offset + limit < total:
        nxt = request.url.include_query_params(offset=offset + limit, limit=limit)
        response.headers["Link"] = f'<{nxt.path}?{nxt.query}>; rel="next"'


@router.get("/today", response_model=list[DueStepOut])
def today(request: Request, response: Response, limit: Limit = 50, offset: Offset = 0
          ) -> list[dict[str, Any]]:
    """Your next actions today (as `followup today --json` lists them: at most the one step
    to do now per line of follow-ups), earliest first, a page at a time (X-Total-Count has
    the number of them all; Link the next page)."""
    from followup import pipeline

    rt = runtime(request)
    steps, total = pipeline.due_page(rt.store(), rt.now(), limit, offset)
    _paged(request, response, total, limit, offset)
    return [jsonout.due_step(s) for s in steps]


@router.get("/nudge", response_model=NudgeOut)
def nudge(request: Request) -> dict[str, Any]:
    """A1: whether the active pipeline is thin or has gone quiet."""
    rt = runtime(request)
    return {"rule": "A1", "text": service.search_nudge(rt.store(), rt.today())}


@router.get("/playbooks", response_model=list[PlaybookOut])
def playbooks() -> list[dict[str, Any]]:
    return [jsonout.playbook(p) for p in PLAYBOOKS.values()]


@router.get("/applications", response_model=list[OverviewOut])
def applications(
    request: Request, response: Response,
    status: Annotated[str | None, Query(max_length=20)] = None,
    q: Annotated[str | None, Query(max_length=200,
                                   description="company, role or interviewer")] = None,
    sort: Annotated[Literal["next", "company", "role", "newest", "oldest"], Query()] = "next",
    limit: Limit = 50, offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Applications with their next step and days since last contact, a page at a time."""
    from followup import pipeline

    rt = runtime(request)
    got = pipeline.page(rt.store(), rt.now(), status=status, query=q, sort=sort,
                        limit=limit, offset=offset)
    _paged(request, response, got.total, limit, offset)
    return [{
        "id": r.id, "company": r.company, "role": r.role, "status": r.status,
        "playbook": r.playbook, "next_due": r.next_due.isoformat() if r.next_due else None,
        "next_kind": r.next_kind,
        "last_contact": r.last_contact.isoformat() if r.last_contact else None,
        "days_since_contact": r.days_since_contact,
    } for r in got.rows]


@router.post("/applications", response_model=ApplicationOut, status_code=201)
def add_application(request: Request, body: ApplicationIn) -> dict[str, Any]:
    """Record an application with its first interview and make its plan."""
    rt = runtime(request)
    cfg = rt.config
    data = body.model_dump(by_alias=True)
    fields, out = forms.application(data, cfg.tz, cfg.playbook, cfg.holidays)
    _check(out)
    assert fields is not None
    return jsonout.application(service.add_application(rt.store(), now=rt.now(), **fields))


@router.get("/applications/{app_id}", response_model=ApplicationOut)
def show(request: Request, app_id: Id) -> dict[str, Any]:
    rt = runtime(request)
    return jsonout.application(service.show(rt.store(), app_id, rt.now()))


@router.post("/applications/{app_id}/interviews", response_model=ApplicationOut)
def add_interview(request: Request, app_id: Id, body: InterviewIn) -> dict[str, Any]:
    """A further round: the old sequence stops and a new plan starts from it."""
    rt = runtime(request)
    store = rt.store()
    app = service.show(store, app_id)
    new, out = forms.interview(body.model_dump(by_alias=True), app.interviews[-1].tz,
                               what="--at")
    _check(out)
    assert new is not None
    return jsonout.application(service.add_interview(store, app_id, new, rt.now()))


@router.post("/applications/{app_id}/events", response_model=ApplicationOut)
def log_event(request: Request, app_id: Id, body: EventIn) -> dict[str, Any]:
    """What the employer or you did: a reply stops the sequence (F12)."""
    rt = runtime(request)
    now = rt.now()
    kind = fields.event(body.kind)
    data = body.model_dump()
    out = forms.Parsed()
    on = forms.day(data, "on", None, out, blank_ok=True)  # None: today where it was
    note = forms.note(data, "note", out)
    timeline = forms.reply_timeline(data, out)
    _check(out)
    fields.event(kind, timeline)  # dates only with a reply, as on the command line
    return jsonout.application(service.log_event(
        rt.store(), app_id, kind, on, now, note=note, timeline=timeline))


@router.post("/applications/{app_id}/reopen", response_model=ApplicationOut)
def reopen(request: Request, app_id: Id, body: ReopenIn) -> dict[str, Any]:
    """A closed process comes back (A3)."""
    rt = runtime(request)
    now = rt.now()
    data = body.model_dump()
    out = forms.Parsed()
    on = forms.day(data, "on", None, out, blank_ok=True)  # none: today in the plan's zone
    note = forms.note(data, "note", out)
    timeline = forms.reply_timeline(data, out)
    _check(out)
    return jsonout.application(service.reopen(rt.store(), app_id, on, now, note=note,
                                              timeline=timeline))


@router.post("/steps/{step_id}/done", response_model=ApplicationOut)
def done(request: Request, step_id: Id, body: DoneIn | None = None) -> dict[str, Any]:
    """Mark a step carried out; later steps are re-planned from that day (F1)."""
    rt = runtime(request)
    now = rt.now()
    out = forms.Parsed()
    on = forms.day((body or DoneIn(on=None)).model_dump(), "on", None, out, blank_ok=True)
    _check(out)
    return jsonout.application(service.mark_done(rt.store(), step_id, on, now))


@router.post("/steps/{step_id}/skip", response_model=ApplicationOut)
def skip(request: Request, step_id: Id) -> dict[str, Any]:
    rt = runtime(request)
    return jsonout.application(service.skip(rt.store(), step_id, rt.now()))


@router.post("/steps/{step_id}/snooze", response_model=ApplicationOut)
def snooze(request: Request, step_id: Id, body: SnoozeIn) -> dict[str, Any]:
    """Put a step off to a later business day, with the reason."""
    rt = runtime(request)
    now = rt.now()
    data = body.model_dump()
    out = forms.Parsed()
    until = forms.day(data, "until", None, out)
    reason = forms.note(data, "reason", out, required=True)
    _check(out)
    assert until is not None and reason is not None
    return jsonout.application(service.snooze(rt.store(), step_id, until, reason, now))

