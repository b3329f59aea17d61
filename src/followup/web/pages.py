"""The pages a candidate looks at: Today, the pipeline, one application, the forms."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from followup import service
from followup.core import parse
from followup.core.errors import BadInput
from followup.core.fields import FIELDS
from followup.core.model import LOGGABLE_EVENTS, AppStatus, StepStatus
from followup.core.playbooks import PLAYBOOKS
from followup.pipeline import step_changes
from followup.web import drafts, views
from followup.web.runtime import runtime
from followup.web.schemas import Id

router = APIRouter(include_in_schema=False)
BOARD_LANE = 8  # cards per column (six columns: at most 48 a page); the table pages the rest
SORT_LABEL = {"next": "Next step first", "company": "Company A–Z", "role": "Role A–Z",
              "newest": "Newest first", "oldest": "Oldest first"}
TODAY_LIMIT = 25  # cards per section (50 a page at most); ?page=N: all of them, 50 a page

# The capture fields as the forms show them: label and hint of each (core.fields).
CAPTURE_HINTS = {f.name: f.label for f in FIELDS}
CAPTURE_NOTES = {f.name: f.hint for f in FIELDS if f.hint}


@router.get("/", response_class=HTMLResponse)
def today(request: Request,
          page: Annotated[int | None, Query(ge=1, le=100_000)] = None) -> Response:
    """The first cards of each section; with ?page=N every step due, 50 a page."""
    rt = runtime(request)
    store, day = rt.store(), rt.today()
    if page is not None:
        from followup import pipeline
        from followup.service import upnext

        steps, total = pipeline.due_page(store, rt.now(), offset=(page - 1) * pipeline.MAX_PAGE)
        days = upnext.days_of(store, rt.now(), (s.application_id for s in steps))
        return rt.render(request, "today.html", paged=steps, page=page, total=total, days=days,
                         per_page=pipeline.MAX_PAGE, count=total, late=[], due=[],
                         return_to=f"/?page={page}", nudge=None)
    got = service.agenda(store, rt.now(), TODAY_LIMIT)
    return rt.render(request, "today.html", late=got.late, due=got.due, days=got.days,
                     late_total=got.late_total, due_total=got.due_total,
                     count=got.late_total + got.due_total, return_to="/",
                     nudge=service.search_nudge(store, day), paged=None, **_waiting(store),
                     phone=_phone(store))


def _phone(store: Any) -> list[Any]:
    """What the phone changed that waits for the candidate (followup sync): never applied
    silently, confirmed or dismissed from Today."""
    from followup.sync import phone_waiting

    if not phone_waiting(store):
        return []
    from followup.sync import engine

    return engine.proposals(store)


def _waiting(store: Any, shown: int = 5) -> dict[str, Any]:
    """How many inbox messages wait for the candidate, and the first few, proposals first
    (they are confirmed or dismissed from Today; /inbox lists them all)."""
    from followup.capture import waiting

    count = waiting(store)
    if not count:
        return {"waiting": 0, "proposals": []}
    from followup.mail.inbox import awaiting

    entries = sorted(awaiting(store), key=lambda e: "proposal" not in e)
    return {"waiting": count, "proposals": entries[:shown]}


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline(request: Request, view: Annotated[str, Query(max_length=10)] = "board",
             status: Annotated[str | None, Query(max_length=20)] = None,
             q: Annotated[str | None, Query(max_length=200)] = None,
             sort: Annotated[str, Query(max_length=20)] = "next",
             page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """The search as a board by status (cards move by logging what happened) or as a paged
    table; both searchable by company, role or interviewer, and sortable."""
    from followup import pipeline as board

    rt = runtime(request)
    store, day = rt.store(), rt.today()
    table = view == "table"
    chosen = status if status in board.STATUSES else None
    how = sort if sort in board.SORTS else "next"
    query = (q or "").strip()
    if table:
        shown, counts = board.table(store, rt.now(), status=chosen, query=query, sort=how,
                                    offset=(page - 1) * board.MAX_PAGE)
        lanes = [views.Lane(AppStatus(chosen) if chosen else None, "", shown.rows,
                            shown.total)]
    else:
        got = board.board(store, rt.now(), query=query, sort=how, per_lane=BOARD_LANE, only=chosen)
        counts = got.counts
        lanes = [views.Lane(AppStatus(s), views.STATUS_TITLE[AppStatus(s)], p.rows,
                            counts[s]) for s, p in got.lanes.items()]
        shown = None
    return rt.render(request, "pipeline.html", lanes=lanes, chosen=chosen, table=table,
                     shown=shown, q=query, sort=how, page=page, counts=counts,
                     total=sum(counts.values()), sorts=SORT_LABEL,
                     nudge=service.search_nudge(store, day))


@router.get("/applications/new", response_class=HTMLResponse)
def new_application(request: Request) -> Response:
    rt = runtime(request)
    cfg = rt.config
    values = {"tz": cfg.tz, "playbook": cfg.playbook, "holidays": cfg.holidays or "",
              "fit": "yes", "thank_you_by": "email"}
    return rt.render(request, "interview_form.html", app=None, values=values, errors={},
                     hints=CAPTURE_HINTS, notes=CAPTURE_NOTES, playbooks=PLAYBOOKS.values())


@router.get("/applications/{app_id}", response_class=HTMLResponse)
def application(request: Request, app_id: Id, added: int = 0) -> Response:
    rt = runtime(request)
    from followup.core.upnext import zone_of
    from followup.core.when import day_of

    store = rt.store()
    app = service.show(store, app_id, rt.now())
    day = day_of(rt.now(), zone_of(app))  # the plan's own "today" (issue 21)
    steps = [s for s in app.steps if s.status is not StepStatus.CANCELLED]
    return rt.render(
        request, "application.html", app=app, steps=steps,
        cancelled=len(app.steps) - len(steps), added=bool(added), events=LOGGABLE_EVENTS,
        history=views.history(app, step_changes(store, app_id)),
        live=app.status in service.LIVE,
        known=views.people_you_know(store, app), hints=CAPTURE_HINTS,
        phase=service.current_phase(app), day=day, today=day, unknown=unknown_fields(app),
    )


def unknown_fields(app: Any) -> list[str]:
    """What an invitation did not say and was stored as unknown (capture.apply): asked for
    on the application's page."""
    from followup.core.unknown import time_unknown
    from followup.core.unknown import unknown_fields as unknown

    return [*unknown(app.company, app.role), *(["interviewed"] if time_unknown(app.notes) else [])]


@router.get("/applications/{app_id}/interviews/new", response_class=HTMLResponse)
def new_round(request: Request, app_id: Id) -> Response:
    rt = runtime(request)
    app = service.show(rt.store(), app_id)
    values = {"tz": app.interviews[-1].tz, "fit": "yes", "thank_you_by": "email"}
    return rt.render(request, "interview_form.html", app=app, values=values, errors={},
                     hints=CAPTURE_HINTS, notes=CAPTURE_NOTES, playbooks=PLAYBOOKS.values())


@router.get("/steps/{step_id}/draft", response_class=HTMLResponse)
def draft(request: Request, step_id: Id,
                phrasing: Annotated[int | None, Query(ge=1, le=3)] = None,
                update: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    rt = runtime(request)
    store = rt.store()
    step = store.get_step(step_id)
    app = service.show(store, step.application_id)
    note = parse.text(update, "--update", limit=500) if update else None
    made = drafts.view(store, step, rt.now(), phrasing=phrasing, update=note,
                       locale=rt.config.locale)
    return rt.render(request, "draft.html", step=step, app=app, view=made, phrasing=phrasing,
                     update=note or "", profile=drafts.profile(store))


@router.get("/steps/{step_id}/draft.eml")
def draft_eml(request: Request, step_id: Id,
                    phrasing: Annotated[int | None, Query(ge=1, le=3)] = None) -> Response:
    rt = runtime(request)
    store = rt.store()
    step = store.get_step(step_id)
    made = drafts.view(store, step, rt.now(), phrasing=phrasing, locale=rt.config.locale)
    if not made.eml_ready:
        raise BadInput(made.needs_profile or "an .eml draft needs your email address for "
                       "From: add it to your profile on the draft page")
    name = f"followup-{step.application_id}-step-{step.id}.eml"
    return Response(made.eml(rt.now()), media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/settings", response_class=HTMLResponse)
def settings(request: Request) -> Response:
    rt = runtime(request)
    base = str(request.base_url).rstrip("/")
    feed_url = f"{base}/feed/{rt.feed_token}.ics"
    # A phone can subscribe only to a dashboard served beyond this machine, which needs a
    # password and TLS (`followup web --host`): only then the webcal address and its QR code.
    reachable = rt.needs_login and rt.config.secure_cookies and rt.feed_on
    webcal = "webcal://" + feed_url.partition("://")[2] if reachable else None
    from followup import settings as config_file
    from followup.sync import phone_waiting

    values = config_file.load()
    return rt.render(request, "settings.html", config=rt.config,
                     feed_url=feed_url if rt.feed_on else None, webcal=webcal,
                     qr=_qr(webcal) if webcal else None,
                     profile=drafts.profile(rt.store()),
                     caldav={k: values.get(f"caldav_{k}") for k in ("url", "user", "list")},
                     caldav_env=[k for k in ("url", "user", "list", "password")
                                 if os.environ.get(f"FOLLOWUP_CALDAV_{k.upper()}")],
                     phone=phone_waiting(rt.store()))


def _qr(text: str) -> str:
    """The address as an SVG QR code, for a phone's camera (segno, loaded here only)."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=4, border=2, xmldecl=False,
                                     svgns=True, title="The calendar address as a QR code")
    return out.getvalue().decode("utf-8")


@router.get("/login", response_class=HTMLResponse)
def login(request: Request, next: str = "/") -> Response:
    rt = runtime(request)
    return rt.render(request, "login.html", next=next, error=None)


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
