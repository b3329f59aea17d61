"""The dashboard's password from the browser: set it, change it, and a reset that needs
access to this machine's files: a one-time code written to a private file beside the
dashboard's secrets (as Jupyter proves local access with a token in a private file), which
the sign-in page takes with the new password. Nobody who can only reach the page can."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup.core.errors import BadInput, FollowupError
from followup.web import config
from followup.web.forms import plain
from followup.web.posts import Form
from followup.web.runtime import Runtime, runtime, session

router = APIRouter(include_in_schema=False)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _waited(rt: Runtime, request: Request) -> str | None:
    """The sign-in back-off, for every form that checks a secret: a line to show, or None."""
    wait = rt.throttle.begin(_client(request))
    if wait <= 0:
        return None
    seconds = max(1, round(wait))
    return f"Too many wrong tries. Wait {seconds} second{'s' if seconds != 1 else ''}, " \
        "then try again."


def _new(data: dict[str, str]) -> str:
    new, again = str(data.get("new") or ""), str(data.get("again") or "")
    if new != again:
        raise BadInput("the two new passwords are not the same: type it twice alike")
    return config.long_enough(new)


def _signed_in_with(rt: Runtime, request: Request, stored: str) -> None:
    """The new password rules from now: this browser stays signed in, every other one
    signs in again."""
    rt.password_hash = stored
    s = session(request)
    s.sign_in(rt.sign_ins.start())
    rt.sign_ins.end_others(s.sid)
    rt.throttle.succeeded(_client(request))


@router.get("/settings/password", response_class=HTMLResponse)
def password_page(request: Request) -> Response:
    rt = runtime(request)
    return rt.render(request, "settings_password.html", error=None,
                     reset_file=config.reset_path(rt.config.secrets_file))


@router.post("/settings/password")
async def set_password(request: Request, data: Form) -> Response:
    """Set the password, or change it (the current one first, under the sign-in back-off)."""
    import anyio

    rt = runtime(request)
    try:
        new = _new(data)
        if rt.password_hash is not None:
            waiting = _waited(rt, request)
            if waiting:
                raise BadInput(waiting)
            ok = await anyio.to_thread.run_sync(config.verify_password, rt.password_hash,
                                                str(data.get("current") or ""),
                                                limiter=rt.hash_limiter)
            if not ok:
                raise BadInput("the current password is not right; nothing was changed")
        path = await anyio.to_thread.run_sync(config.set_password, new,
                                              rt.config.secrets_file, limiter=rt.hash_limiter)
    except FollowupError as exc:
        return rt.render(request, "settings_password.html", status=400,
                         error=plain(exc.message),
                         reset_file=config.reset_path(rt.config.secrets_file))
    _signed_in_with(rt, request, str(config.load_secrets(path).password_hash))
    session(request).say("ok", "Password saved. Every other browser must sign in again with "
                               "it.")
    return RedirectResponse("/settings/password", status_code=303)


@router.get("/login/reset", response_class=HTMLResponse)
def reset_page(request: Request) -> Response:
    rt = runtime(request)
    if rt.password_hash is None:
        return RedirectResponse("/settings/password", status_code=303)
    return rt.render(request, "password_reset.html", written=None, error=None)


@router.post("/login/reset/code", response_class=HTMLResponse)
def write_code(request: Request) -> Response:
    """Write a new one-time code to the private file on this machine; say where it is."""
    rt = runtime(request)
    if rt.password_hash is None:
        return RedirectResponse("/settings/password", status_code=303)
    written = config.write_reset_code(rt.now(), rt.config.secrets_file)
    return rt.render(request, "password_reset.html", written=written, error=None)


@router.post("/login/reset", response_class=HTMLResponse)
async def reset(request: Request, data: Form) -> Response:
    import anyio

    rt = runtime(request)
    try:
        waiting = _waited(rt, request)
        if waiting:
            raise BadInput(waiting)
        new = _new(data)
        stored = await anyio.to_thread.run_sync(
            config.use_reset_code, str(data.get("code") or ""), new, rt.now(),
            rt.config.secrets_file, limiter=rt.hash_limiter)
    except FollowupError as exc:
        return rt.render(request, "password_reset.html", status=400, error=plain(exc.message),
                         written=config.reset_path(rt.config.secrets_file))
    _signed_in_with(rt, request, stored)
    session(request).say("ok", "New password saved; you are signed in. Every other browser "
                               "must sign in again with it.")
    return RedirectResponse("/", status_code=303)
