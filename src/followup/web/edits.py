"""Editing in the browser: every field the command line's `edit` can
change, through the same service function and the same checks; deleting with a confirmation
(the service makes a backup copy first); undo of the last change.

Delete and undo are the command line's own (`service.delete_application`, `service.undo`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from followup import service
from followup.core.errors import BadInput, Conflict, FollowupError, NotFound
from followup.core.fields import FIELD
from followup.core.model import Application, Timeline
from followup.core.playbooks import PLAYBOOKS
from followup.web import forms
from followup.web.pages import CAPTURE_HINTS, CAPTURE_NOTES
from followup.web.posts import Form
from followup.web.runtime import Runtime, runtime, session
from followup.web.schemas import Id

router = APIRouter(include_in_schema=False)
def _values(app: Application) -> dict[str, Any]:
    """The edit form filled in with what is recorded now (the current phase's timeline)."""
    tl = service.current_phase(app).timeline

    def yes_no(v: bool | None) -> str:
        return "" if v is None else ("yes" if v else "no")

    return {
        "company": app.company, "role": app.role, "playbook": app.playbook,
        "holidays": app.holidays or "",
        "decision_by": tl.decision_by.isoformat() if tl.decision_by else "",
        "timeline": tl.note or "", "all_contacted": yes_no(tl.all_contacted),
        "follow_up_on": tl.follow_up_on.isoformat() if tl.follow_up_on else "",
        "call_in": str(tl.call_in or ""),
        "follow_up_by": tl.follow_up_by.value if tl.follow_up_by else "",
        "thank_you_by": tl.thank_you_by.value if tl.thank_you_by else "",
        "fit": yes_no(tl.fit), "needs": tl.needs or "",
        "interviewed": _local(app),
    }


def _local(app: Application) -> str:
    """The newest interview's time as a datetime-local field shows it ("" when its time is
    unknown: an all-day invitation stored without one, core.unknown)."""
    from followup.core.unknown import time_unknown

    if not app.interviews or time_unknown(app.notes):
        return ""
    return f"{app.interviews[-1].at:%Y-%m-%dT%H:%M}"


def _new_time(app: Application, data: dict[str, Any], out: forms.Parsed) -> Any:
    """The newest interview's new time when the form changes it, else None (blank: left as
    it is)."""
    from followup.core import parse

    raw = str(data.get("interviewed") or "").strip()
    if not raw or not app.interviews or raw == _local(app):
        return None
    when = raw.replace("T", " ")
    return out.run("interviewed", lambda: parse.parse_when(when, app.interviews[-1].tz,
                                                           "--interviewed"))


def _show(rt: Runtime, request: Request, app: Application, values: dict[str, Any],
          errors: dict[str, str]) -> Response:
    return rt.render(request, "edit.html", status=400 if errors else 200, app=app,
                     values=values, errors={k: forms.plain(v) for k, v in errors.items()},
                     hints=CAPTURE_HINTS, notes=CAPTURE_NOTES, playbooks=PLAYBOOKS.values(),
                     can_delete=True)


@router.get("/applications/{app_id}/edit")
def edit_form(request: Request, app_id: Id) -> Response:
    rt = runtime(request)
    app = service.show(rt.store(), app_id)
    return _show(rt, request, app, _values(app), {})


def _changes(data: dict[str, Any], out: forms.Parsed) -> dict[str, Any]:
    """The edit form's answers as `service.edit_application` takes them: a blank answer
    clears what was recorded (the form always shows every field)."""
    changes: dict[str, Any] = {}
    for name in ("company", "role"):
        raw = str(data.get(name) or "")
        if not raw.strip():
            out.errors[name] = FIELD[name].missing(plain=True).message
        else:
            changes[name] = out.run(name, partial(FIELD[name].read, raw))
    playbook = str(data.get("playbook") or "").strip()
    if playbook:
        changes["playbook"] = playbook
    changes["holidays"] = str(data.get("holidays") or "").strip() or "none"
    given = forms.timeline_fields(data, forms.TIMELINE_FIELDS, out)
    blank = {f: None for f in Timeline.__dataclass_fields__ if f != "fit"}
    changes["timeline"] = {**blank, "fit": True, **given}
    return changes


@router.post("/applications/{app_id}/edit")
def edit(request: Request, app_id: Id, data: Form) -> Response:
    rt = runtime(request)
    store = rt.store()
    app = service.show(store, app_id)
    out = forms.Parsed()
    changes = _changes(data, out)
    at = _new_time(app, data, out)
    if not out.ok:
        return _show(rt, request, app, data, out.errors)
    try:
        try:
            service.edit_application(store, app_id, rt.now(), **changes)
        except Conflict:
            if at is None:
                raise
        if at is not None:  # the time of an all-day invitation, say: its own undo entry
            from followup.service.interview_time import set_interview_time

            set_interview_time(store, app_id, at, rt.now())
    except BadInput as exc:
        return _show(rt, request, app, data, forms.error_of(exc))
    session(request).say("undo", "Saved. The plan now follows what you changed.")
    return RedirectResponse(f"/applications/{app_id}", status_code=303)


@router.post("/applications/{app_id}/name")
def name(request: Request, app_id: Id, data: Form) -> Response:
    """What an invitation did not say (the company, the role, the time of an all-day
    event), given on the application's page; nothing else changes."""
    rt = runtime(request)
    store = rt.store()
    app = service.show(store, app_id)
    out = forms.Parsed()
    changes = {n: out.run(n, partial(FIELD[n].read, str(data.get(n))))
               for n in ("company", "role") if str(data.get(n) or "").strip()}
    at = _new_time(app, data, out)
    if not out.ok or not (changes or at):
        said = next(iter(out.errors.values()), "Nothing was filled in; nothing changed.")
        session(request).say("error", forms.plain(said))
        return RedirectResponse(f"/applications/{app_id}", status_code=303)
    try:
        if changes:
            service.edit_application(store, app_id, rt.now(), **changes)
        if at is not None:
            from followup.service.interview_time import set_interview_time

            set_interview_time(store, app_id, at, rt.now())
    except BadInput as exc:
        session(request).say("error", forms.plain(exc.message))
        return RedirectResponse(f"/applications/{app_id}", status_code=303)
    session(request).say("undo", "Saved. The plan now follows what you changed.")
    return RedirectResponse(f"/applications/{app_id}", status_code=303)


@router.get("/applications/{app_id}/delete")
def confirm_delete(request: Request, app_id: Id) -> Response:
    rt = runtime(request)
    app = service.show(rt.store(), app_id)
    return rt.render(request, "delete.html", app=app,
                     can_delete=True)


@router.post("/applications/{app_id}/delete")
def delete(request: Request, app_id: Id) -> Response:
    rt = runtime(request)
    try:
        app, _ = service.delete_application(rt.store(), app_id, rt.now())
    except FollowupError as exc:
        session(request).say("error", forms.plain(exc.message))
        gone = isinstance(exc, Conflict)  # already deleted (a second click): no page to show
        return RedirectResponse("/pipeline" if gone else f"/applications/{app_id}",
                                status_code=303)
    # the flash carries an Undo button: a deletion is taken back in the browser too
    session(request).say("undo", f"{app.company} ({app.role}) is deleted; a backup copy was "
                                 "made first.")
    return RedirectResponse("/pipeline", status_code=303)


@router.post("/undo")
def undo(request: Request, data: Form) -> Response:
    """Undo the last change (a step done, skipped or snoozed), as `followup undo` does."""
    from followup.web.security import safe_path

    rt = runtime(request)
    back = safe_path(data.get("return_to"), "/")
    try:
        said = service.undo(rt.store(), rt.now())
    except FollowupError as exc:
        session(request).say("error", forms.plain(exc.message))
    else:
        session(request).say("ok", forms.plain(said))
        if _gone(rt, back):  # the undone change made the page it was on
            back = "/pipeline"
    return RedirectResponse(back, status_code=303)


def _gone(rt: Runtime, path: str) -> bool:
    """Whether `path` is an application's page and that application no longer exists."""
    parts = path.split("?")[0].split("/")
    if len(parts) < 3 or parts[1] != "applications" or not parts[2].isdigit():
        return False
    try:
        service.show(rt.store(), int(parts[2]))
    except NotFound:
        return True
    return False
