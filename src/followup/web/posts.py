"""What the page's forms do. Plain POST + redirect, so every flow works without JavaScript;
with htmx, a step's buttons swap just that step's card, and fields are checked as they change.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup import service
from followup.core import fields, parse
from followup.core.errors import BadInput, FollowupError
from followup.core.playbooks import PLAYBOOKS
from followup.web import config, drafts, forms
from followup.web.pages import CAPTURE_HINTS, CAPTURE_NOTES
from followup.web.runtime import Runtime, runtime, session
from followup.web.schemas import Id
from followup.web.security import safe_path

router = APIRouter(include_in_schema=False)
PROFILE = ("name", "email", "phone", "address", "signature", "linkedin")  # as `followup me`
EVENT_WORDS = {"reply": "their reply is logged", "offer": "the offer is logged",
               "rejected": "the rejection is logged", "withdrawn": "your withdrawal is logged"}


async def _read_form(request: Request) -> dict[str, Any]:
    """The posted fields (text only), read on the event loop; the route itself is a plain
    `def` that runs in the thread pool, so its SQLite work never blocks other requests."""
    return {k: v for k, v in (await request.form()).items() if isinstance(v, str)}


Form = Annotated[dict[str, Any], Depends(_read_form)]


def _back(data: dict[str, Any], default: str) -> RedirectResponse:
    return RedirectResponse(safe_path(data.get("return_to"), default), status_code=303)


def _fail(request: Request, message: str) -> None:
    session(request).say("error", forms.plain(message))


def _htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _capture_form(rt: Runtime, request: Request, app: Any, data: dict[str, Any],
                  errors: dict[str, str]) -> Response:
    return rt.render(request, "interview_form.html", status=400 if errors else 200, app=app,
                     values=data, errors={k: forms.plain(v) for k, v in errors.items()},
                     hints=CAPTURE_HINTS, notes=CAPTURE_NOTES,
                     playbooks=PLAYBOOKS.values())


@router.post("/applications")
def add_application(request: Request, data: Form) -> Response:
    rt = runtime(request)
    cfg = rt.config
    fields, out = forms.application(data, cfg.tz, cfg.playbook, cfg.holidays)
    if fields is None:
        return _capture_form(rt, request, None, data, out.errors)
    try:
        app = service.add_application(rt.store(), now=rt.now(), **fields)
    except BadInput as exc:
        return _capture_form(rt, request, None, data, forms.error_of(exc))
    session(request).say("undo", f"{app.company} is recorded. Here is your plan.")
    return RedirectResponse(f"/applications/{app.id}?added=1", status_code=303)


@router.post("/applications/{app_id}/interviews")
def add_round(request: Request, app_id: Id, data: Form) -> Response:
    rt = runtime(request)
    store = rt.store()
    app = service.show(store, app_id)
    new, out = forms.interview(data, app.interviews[-1].tz, what="--at")
    if new is None:
        return _capture_form(rt, request, app, data, out.errors)
    try:
        service.add_interview(store, app_id, new, rt.now())
    except BadInput as exc:
        return _capture_form(rt, request, app, data, forms.error_of(exc))
    session(request).say("undo", "New round recorded: the plan starts again from it.")
    return RedirectResponse(f"/applications/{app_id}?added=1", status_code=303)


@router.post("/forms/check", response_class=HTMLResponse)
def check_field(request: Request, data: Form) -> Response:
    """Inline validation: the message for the field that just changed, or nothing."""
    rt = runtime(request)
    name = request.headers.get("hx-trigger-name") or str(data.get("_field") or "")
    if name not in forms.OPTION:
        return HTMLResponse("")
    message = forms.check_field(data, name, rt.config.tz)
    return rt.render(request, "_field_error.html", message=message and forms.plain(message),
                     name=name)


def _step_action(request: Request, step_id: Id, kind: str,
                 data: dict[str, Any]) -> Response:
    rt = runtime(request)
    store, now = rt.store(), rt.now()
    before = store.get_step(step_id)
    out = forms.Parsed()
    try:
        if kind == "done":
            on = forms.day(data, "on", None, out, blank_ok=True)
            if out.ok:
                app = service.mark_done(store, step_id, on, now)
                on = next(s.done_on for s in app.steps if s.id == step_id) or now.date()
                text = f"Done on {on:%a %-d %b}."
        elif kind == "skip":
            app = service.skip(store, step_id, now)
            text = "Skipped; the plan carries on without it."
        else:
            until = forms.day(data, "until", None, out)
            reason = forms.note(data, "reason", out, required=True)
            if out.ok and until is not None and reason is not None:
                app = service.snooze(store, step_id, until, reason, now)
                moved = next(s for s in app.steps if s.id == step_id)
                text = f"Snoozed to {moved.due:%a %-d %b}: {reason}"
        if not out.ok:
            raise BadInput(out.first_error())
    except FollowupError as exc:
        if _htmx(request):
            return rt.render(request, "_step_card.html", status=200, s=before,
                             error=forms.plain(exc.message), open_more=kind == "snooze",
                             values=data, return_to=data.get("return_to", "/"))
        _fail(request, exc.message)
        return _back(data, "/")
    can_undo = True
    if _htmx(request):
        after = next(s for s in app.steps if s.id == step_id)
        upcoming = next((s for s in app.pending if s.id != step_id), None)
        return rt.render(request, "_step_done.html", s=after, text=text, next_step=upcoming,
                         app=app, can_undo=can_undo,
                         return_to=safe_path(data.get("return_to"), "/"))
    session(request).say("undo" if can_undo else "ok", f"{app.company}: {text}")
    return _back(data, "/")


@router.post("/steps/{step_id}/done")
def step_done(request: Request, step_id: Id, data: Form) -> Response:
    return _step_action(request, step_id, "done", data)


@router.post("/steps/{step_id}/skip")
def step_skip(request: Request, step_id: Id, data: Form) -> Response:
    return _step_action(request, step_id, "skip", data)


@router.post("/steps/{step_id}/snooze")
def step_snooze(request: Request, step_id: Id, data: Form) -> Response:
    return _step_action(request, step_id, "snooze", data)


@router.post("/applications/{app_id}/events")
def log_event(request: Request, app_id: Id, data: Form) -> Response:
    rt = runtime(request)
    store, now = rt.store(), rt.now()
    home = f"/applications/{app_id}"
    out = forms.Parsed()
    try:
        if forms.blank(data.get("kind")):
            raise BadInput("Choose what happened first; nothing was changed.", field="kind")
        kind = fields.event(str(data.get("kind") or ""))
        on = forms.day(data, "on", None, out, blank_ok=True)  # None: today where it was
        note = forms.note(data, "note", out)
        timeline = forms.reply_timeline(data, out)
        if not out.ok:
            raise BadInput(out.first_error())
        fields.event(kind, timeline)  # dates only with a reply, as on the command line
        before = {s.id for s in service.show(store, app_id).pending}
        app = service.log_event(store, app_id, kind, on, now, note=note, timeline=timeline)
        on = app.events[-1].on  # the day it was kept (blank: today where it happened)
    except FollowupError as exc:
        _fail(request, exc.message)
        return _back(data, home)
    stopped = "the follow-up sequence stops (F12)" if kind == "reply" else "the plan ends (A3)"
    session(request).say("undo", f"{app.company}: {EVENT_WORDS[kind]} on {on:%a %-d %b}; "
                         f"{stopped}."
                         + (" A new plan follows from what they said." if app.pending else ""))
    _say_cancelled(request, app, before, kind)
    return _back(data, home)


def _say_cancelled(request: Request, app: Any, before: set[int], cause: str) -> None:
    """Name each step the change cancelled, and why (a flash line each, at most a few)."""
    from followup.web.views import what, why_cancelled

    gone = [s for s in app.steps if s.id in before and s.status.value == "cancelled"]
    shown = gone[:6]
    for s in shown:
        session(request).say("ok", f"Cancelled: {what(s)} (was due {s.due:%a %-d %b}): "
                                   f"{why_cancelled(cause)}.")
    if len(gone) > len(shown):
        session(request).say("ok", f"And {len(gone) - len(shown)} more cancelled: the history "
                                   "lists them all.")


@router.post("/applications/{app_id}/reopen")
def reopen(request: Request, app_id: Id, data: Form) -> Response:
    rt = runtime(request)
    store, now = rt.store(), rt.now()
    out = forms.Parsed()
    try:
        on = forms.day(data, "on", None, out, blank_ok=True)  # blank: today in the plan's zone
        note = forms.note(data, "note", out)
        timeline = forms.reply_timeline(data, out)
        if not out.ok:
            raise BadInput(out.first_error())
        service.reopen(store, app_id, on, now, note=note, timeline=timeline)
    except FollowupError as exc:
        _fail(request, exc.message)
    else:
        session(request).say("undo", "Reopened: a late answer can still come (A3).")
    return _back(data, f"/applications/{app_id}")


@router.post("/applications/{app_id}/journal")
def journal(request: Request, app_id: Id, data: Form) -> Response:
    """A4: an entry in the same journal as `followup journal` (entries are only added)."""
    from followup.core.journal import SECTIONS, JournalText
    from followup.insights import journal as jr

    rt = runtime(request)
    now = rt.now()
    out = forms.Parsed()
    on = forms.day(data, "on", now.date(), out)
    text = JournalText(**{name: str(data.get(name) or "").strip() or None
                          for name, _ in SECTIONS})
    try:
        if not out.ok or on is None:
            raise BadInput(out.first_error())
        if text.empty:
            raise BadInput("Write something first: a note, or a part of the retro.")
        jr.write(rt.store(), app_id, text, on, now)
    except FollowupError as exc:
        _fail(request, exc.message)
    else:
        session(request).say("ok", "Written to the journal (A4): it is kept with this "
                                   "application.")
    return RedirectResponse(f"/applications/{app_id}#journal", status_code=303)


@router.post("/contacts/{contact_id}")
def edit_contact(request: Request, contact_id: Id, data: Form) -> Response:
    """C4, C5: an interviewer's card, how they like to be followed up, LinkedIn."""
    rt = runtime(request)
    changes: dict[str, Any] = {}
    try:
        changes["name"] = parse.text(data.get("name"), "--name", required=True)
        email = str(data.get("email") or "").strip()
        changes["email"] = parse.parse_email(email, "--email") if email else None
        changes["phone"] = parse.text(data.get("phone"), "--phone", limit=40)
        changes["title"] = parse.text(data.get("title"), "--title")
        prefers = str(data.get("prefers") or "").strip()
        changes["preferred_channel"] = parse.parse_channel(prefers, "--prefers") if prefers \
            else None
        linkedin = str(data.get("linkedin_ok") or "").strip()
        changes["linkedin_ok"] = parse.parse_yes_no(linkedin, "--linkedin-ok") if linkedin \
            else None
        changes["greeting"] = parse.text(data.get("greeting"), "--greeting", limit=60) or None
        if "address" in data:  # from the interviewer's card only: the list of people has none
            from followup.core.profile import multiline

            changes["address"] = "\n".join(multiline(str(data.get("address") or ""),
                                                      "--address", 6)) or None
        person = service.edit_person(rt.store(), contact_id, rt.now(), **changes)
    except FollowupError as exc:
        _fail(request, exc.message)
    else:
        session(request).say("undo", f"{person.name}'s details are saved; plans that reach them "
                                   "were remade.")
    return _back(data, "/")


@router.post("/steps/{step_id}/draft", response_class=HTMLResponse)
def check_draft(request: Request, step_id: Id, data: Form) -> Response:
    """The candidate's own edit of a draft, checked for tone again (M5, T5, M1, M2, M4)."""
    rt = runtime(request)
    store = rt.store()
    step = store.get_step(step_id)
    body = str(data.get("body") or "").replace("\r\n", "\n")
    if len(body) > 20_000:
        raise BadInput("the text is too long to check (at most 20,000 characters)")
    made = drafts.view(store, step, rt.now(), edited_body=body, locale=rt.config.locale)
    return rt.render(request, "draft.html", step=step, app=service.show(store, step.application_id),
                     view=made, phrasing=None, update="", profile=drafts.profile(store))


@router.post("/profile")
def save_profile(request: Request, data: Form) -> Response:
    """Who signs the drafts (the same profile as `followup me`)."""
    rt = runtime(request)
    changes = {k: str(data.get(k) or "").strip() or None for k in PROFILE if k in data}
    try:
        drafts.save_profile(rt.store(), changes, rt.now(), rt.config.holidays)
    except FollowupError as exc:
        _fail(request, exc.message)
    else:
        session(request).say("ok", "Your profile is saved: it signs every draft.")
    return _back(data, "/settings")


@router.post("/settings/feed-token")
def rotate_feed(request: Request) -> Response:
    rt = runtime(request)
    rt.feed_token = config.new_feed_token(rt.config.secrets_file)
    rt.feed_on = True
    session(request).say("ok", "New calendar address made; the old one no longer works.")
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/feed-off")
def revoke_feed(request: Request) -> Response:
    rt = runtime(request)
    rt.feed_token = config.revoke_feed(rt.config.secrets_file)
    rt.feed_on = False
    session(request).say("ok", "The calendar feed is off: its address no longer works.")
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/sync")
def sync_now(request: Request, data: Form) -> Response:
    """`followup sync` from the page: the same service, one line of what happened."""
    from followup import settings as config_file
    from followup import sync as tasksync

    rt = runtime(request)
    try:
        acct, r = tasksync.run(rt.store(), config_file.load(), rt.now())
    except FollowupError as exc:
        _caldav_fail(request, exc)
    else:
        said = (f"Synced “{acct.list_name}”: {r.created} new, {r.updated} updated, "
                f"{r.completed + r.removed} taken off; {len(r.applied)} change(s) from your "
                f"phone carried out, {len(r.proposed)} waiting for you.")
        session(request).say("ok", said)
    return _back(data, "/settings")


# The account's errors in the page's words: the command line's name a command to type.
CALDAV_WORDS = {
    "caldav_url": "Fill in the server address and save first.",
    "caldav_login": "The server address must not hold a user name or a password: put them in "
                    "their own fields.",
    "caldav_user": "Fill in the user name first: the password belongs to a login.",
    "caldav_password": "No password could be found for this login: type it in the Password "
                       "field and save (it is kept in your system keyring).",
}


def _caldav_fail(request: Request, exc: FollowupError) -> None:
    field = exc.field if isinstance(exc, BadInput) else None
    _fail(request, CALDAV_WORDS.get(field or "", exc.message))


@router.post("/settings/caldav")
def save_caldav(request: Request, data: Form) -> Response:
    """The CalDAV account from the page: the same checks and the same homes as the command
    line (the config file; the password in the system keyring, never in a file)."""
    from followup import sync as tasksync

    try:
        url, user, name = (str(data.get(k) or "") for k in ("url", "user", "list"))
        acct = tasksync.configure(url, user, name, str(data.get("password") or "") or None)
    except FollowupError as exc:
        _caldav_fail(request, exc)
    else:
        kept = " and the password in your system keyring" if data.get("password") else ""
        session(request).say("ok", f"Saved the server {acct.url}, the list “{acct.list_name}”"
                             f"{kept}.")
    return RedirectResponse("/settings#tasks", status_code=303)


@router.post("/settings/caldav-test")
def test_caldav(request: Request) -> Response:
    """Sign in and look for the list, changing nothing (`tasksync.check`)."""
    from followup import settings as config_file
    from followup import sync as tasksync

    try:
        said = tasksync.check(config_file.load())
    except FollowupError as exc:
        _caldav_fail(request, exc)
    else:
        session(request).say("ok", said)
    return RedirectResponse("/settings#tasks", status_code=303)


@router.post("/phone/{proposal_id}/{verb}")
def phone_proposal(request: Request, proposal_id: Id, verb: str, data: Form) -> Response:
    """Accept or dismiss what the phone proposed (a task deleted there: skip the step?)."""
    from followup.sync import engine

    rt = runtime(request)
    try:
        if verb == "accept":
            said = engine.accept(rt.store(), proposal_id, rt.now()) + "."
        elif verb == "dismiss":
            said = engine.dismiss(rt.store(), proposal_id) + "."
        else:
            raise BadInput(f"no such answer: {verb}")
    except FollowupError as exc:
        _fail(request, exc.message)
    else:
        session(request).say("ok", said[:1].upper() + said[1:])
    return _back(data, "/")


@router.post("/login")
async def login(request: Request, data: Form) -> Response:
    """Wrong passwords make the next try wait (per client and overall); the argon2 check runs
    in a worker thread, one at a time, so it never stalls other requests."""
    import anyio

    rt = runtime(request)
    target = safe_path(data.get("next"))
    stored = rt.password_hash
    if stored is None:
        return RedirectResponse(target, status_code=303)
    client = request.client.host if request.client else "unknown"
    wait = rt.throttle.begin(client)
    if wait > 0:
        seconds = max(1, round(wait))
        response = rt.render(request, "login.html", status=429, next=target,
                             error=f"Too many wrong passwords. Wait {seconds} second"
                                   f"{'s' if seconds != 1 else ''}, then try again.")
        response.headers["Retry-After"] = str(seconds)
        return response
    password = str(data.get("password") or "")
    ok = await anyio.to_thread.run_sync(config.verify_password, stored, password,
                                        limiter=rt.hash_limiter)
    if not ok:
        return rt.render(request, "login.html", status=401, next=target,
                         error="That password is not right.")
    rt.throttle.succeeded(client)
    session(request).sign_in(rt.sign_ins.start())
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    """Ends the session on the server too: a copy of the cookie no longer signs anyone in."""
    rt = runtime(request)
    s = session(request)
    rt.sign_ins.end(s.sid)
    s.sign_out()
    return RedirectResponse("/login" if rt.needs_login else "/", status_code=303)
