"""The add page's invitation box: upload or paste an .ics (or an .eml carrying
one), see what was understood with the guesses marked, then store it with one click.
The same code as `followup add --from`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from followup import budgets
from followup.core.errors import BadInput, Conflict
from followup.web.runtime import runtime, session

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = budgets.ICS_BYTES


def _own(store: Any) -> frozenset[str]:
    from followup.capture.apply import own_addresses

    return own_addresses(store)


def _time_of(inv: Any, said: Any) -> Any:
    """The time given for an all-day event on the proposal (blank: none)."""
    if not inv.all_day or not isinstance(said, str) or not said.strip():
        return None
    from followup.capture.apply import time_on_its_day

    return time_on_its_day(inv, said)


def _as_typed(d: Any, form: Any) -> Any:
    """The proposal with the company and role as the candidate left them in the preview's
    fields (a new application only): what is typed wins over the guess; a field emptied is
    stored as unknown and flagged, never as the guess the candidate removed. BadInput when
    a value is not one the add form would take (the one check, core/fields.py)."""
    if d.action != "new":
        return d
    from followup.capture.roles import Guessed
    from followup.core.fields import FIELD

    prop = d.proposal
    for name in ("company", "role"):
        said = form.get(name)
        if not isinstance(said, str):
            continue  # not sent (an older page): the guess stands
        was: Guessed = getattr(prop, name)
        if not said.strip():
            prop = prop._replace(**{name: Guessed("", False, "left blank")})
        elif said.strip() != was.value:
            prop = prop._replace(**{name: Guessed(FIELD[name].read(said), False,
                                                  "as you gave it")})
    return d._replace(proposal=prop)


@router.post("/applications/from-invitation")
async def from_invitation(request: Request) -> Response:
    from followup.capture import apply
    from followup.capture.invitations import read

    rt = runtime(request)
    form = await request.form()
    raw = b""
    upload = form.get("file")
    if isinstance(upload, UploadFile):
        raw = await upload.read(MAX_UPLOAD + 1)
    pasted = form.get("ics_text")
    if not raw.strip() and isinstance(pasted, str):
        raw = pasted.encode()
    store = rt.store()
    try:
        if not raw.strip():
            raise BadInput("choose an invitation file, or paste one")
        # read off the event loop: a reader at the edge of its budget stalls no other page
        inv = (await run_in_threadpool(read, raw, rt.config.tz))[0]
        d = apply.decide(store, inv, _own(store))
        if form.get("confirm") != "1":
            return rt.render(request, "invitation.html", d=d, raw=raw.decode("utf-8",
                             "replace"), error=None)
        apply.check_action(d)
        d = _as_typed(d, form)
        app = apply.store_invitation(store, d, rt.now(), playbook=rt.config.playbook,
                                     holidays=rt.config.holidays,
                                     given=apply.Given(at=_time_of(inv, form.get("time"))))
    except (BadInput, Conflict) as exc:
        return rt.render(request, "invitation.html", d=None, raw="", error=exc.message,
                         status=400)
    if app is None:
        return RedirectResponse("/", status_code=303)
    session(request).say("ok", f"{app.company}: the interview from the invitation is "
                               "recorded. Here is your plan.")
    return RedirectResponse(f"/applications/{app.id}?added=1", status_code=303)


@router.post("/applications/{app_id}/people/{contact_id}")
async def person_role(request: Request, app_id: int, contact_id: int) -> Response:
    """A wrong guess about who is who, corrected in one step (issue 23): the same service
    as `followup interviewer ID --role … / --remove --app ID`; the plan follows."""
    from followup.core.errors import FollowupError
    from followup.service.roles import set_role

    rt = runtime(request)
    form = await request.form()
    role = str(form.get("role") or "")
    try:
        done = set_role(rt.store(), contact_id, rt.now(),
                        role=None if role == "remove" else role, remove=role == "remove",
                        app_id=app_id)
    except FollowupError as exc:
        session(request).say("error", exc.message)
    else:
        session(request).say("ok", f"{done.said} The plan follows (Undo takes it back).")
    return RedirectResponse(f"/applications/{app_id}", status_code=303)


@router.get("/inbox")
async def inbox_page(request: Request) -> Response:
    """What `followup inbox` left for the candidate: each message with what it proposes."""
    from followup.mail.inbox import awaiting

    rt = runtime(request)
    return rt.render(request, "inbox.html", waiting=awaiting(rt.store()))


def _entry(store: Any, row_id: int) -> dict[str, Any]:
    from followup.mail.inbox import awaiting

    return next((e for e in awaiting(store) if e["id"] == row_id),
                {"id": row_id, "from": "", "subject": "", "date": "", "applications": [],
                 "reason": ""})


def _htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _back(form: Any, default: str) -> str:
    from followup.web.security import safe_path

    back = form.get("return_to")
    return safe_path(back if isinstance(back, str) else None, default)


def _app_of(form: Any) -> int | None:
    """The application a proposal is for, when the message proposes for several."""
    value = form.get("app")
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 10 else None


def _after(store: Any, row_id: int, before: dict[str, Any]) -> dict[str, Any]:
    """The card's message once one of its proposals is settled: what it still proposes for
    another application, else nothing more to act on."""
    from followup.capture import inbox as cap

    with store.read():
        still = bool(cap.open_proposals(store).get(row_id))
    return _entry(store, row_id) if still else {**before, "proposal": None, "proposals": []}


@router.post("/inbox/{row_id}/confirm")
async def inbox_confirm(request: Request, row_id: int) -> Response:
    """A click does what `followup inbox --confirm N` does, through the same services: from
    the Today page's card (htmx swaps the card; without JavaScript the page comes back) or
    from /inbox."""
    from followup.capture import inbox as cap
    from followup.mail import inbox as box

    rt = runtime(request)
    form = await request.form()
    store = rt.store()
    entry = _entry(store, row_id) if _htmx(request) else None
    try:
        proposed = cap.pending_for(store, row_id, _app_of(form))
        if proposed is not None:
            app = cap.carry_out(store, row_id, proposed, rt.now(), _own(store), rt.config.tz)
        else:
            app = box.confirm(store, row_id, None, rt.now())
    except (BadInput, Conflict) as exc:
        if entry is not None:
            return rt.render(request, "_proposal_card.html", e=entry, error=exc.message)
        session(request).say("error", exc.message)
        return RedirectResponse(_back(form, "/inbox"), status_code=303)
    text = f"{app.company}: done; the plan is remade from it."
    if entry is not None:  # what the message still proposes for another application stays
        return rt.render(request, "_proposal_card.html", e=_after(store, row_id, entry),
                         done_text=text, app_id=app.id)
    session(request).say("ok", text)
    return RedirectResponse(_back(form, f"/applications/{app.id}"), status_code=303)


@router.post("/inbox/{row_id}/dismiss")
async def inbox_dismiss(request: Request, row_id: int) -> Response:
    from followup.capture import inbox as cap
    from followup.mail import inbox as box

    rt = runtime(request)
    form = await request.form()
    store = rt.store()
    entry = _entry(store, row_id) if _htmx(request) else None
    try:
        proposed = cap.pending_for(store, row_id, _app_of(form))
        if proposed is not None:
            cap.dismiss(store, proposed)
        else:
            box.dismiss(store, row_id)
    except (BadInput, Conflict) as exc:
        if entry is not None:
            return rt.render(request, "_proposal_card.html", e=entry, error=exc.message)
        session(request).say("error", exc.message)
        return RedirectResponse(_back(form, "/inbox"), status_code=303)
    if entry is not None:
        return rt.render(request, "_proposal_card.html", e=_after(store, row_id, entry),
                         done_text="Dismissed; nothing changed.", app_id=None)
    session(request).say("ok", "Dismissed; nothing changed.")
    return RedirectResponse(_back(form, "/inbox"), status_code=303)
