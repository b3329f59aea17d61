"""The app factory: one FastAPI object for the server, the tests and the benchmark.

Front ends stay thin: every route parses what it was sent, calls one service function (the
same as the command line), and renders a template or a JSON shape of `followup.jsonout`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followup.core.errors import BadInput, Conflict, FollowupError, NotFound
from followup.web import api, docs, edits, feed, pages, posts
from followup.web.config import WebConfig
from followup.web.forms import plain
from followup.web.runtime import HERE, Runtime
from followup.web.security import (
    COOKIE,
    CSRF_FIELD,
    CSRF_HEADER,
    MAX_AGE_S,
    SAFE_METHODS,
    body_too_big,
    capped,
    host_name,
    same_origin,
    tokens_match,
)

log = logging.getLogger("followup.web")
PUBLIC = ("/login", "/static/", "/feed/", "/favicon.ico")
STATUS_OF: dict[type[FollowupError], int] = {NotFound: 404, BadInput: 400, Conflict: 409}
TITLES = {400: "That did not work", 403: "Not allowed", 404: "Not found",
          405: "Not allowed here", 409: "Already done", 413: "Too large",
          422: "That did not work",
          500: "Something went wrong"}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, field: str | None = None) -> Response:
    if _wants_json(request):
        body = {"error": message} if field is None else {"error": message, "field": field}
        return JSONResponse(body, status_code=status)
    message = plain(message)
    rt: Runtime = request.app.state.runtime
    if not hasattr(request.state, "session"):
        return PlainTextResponse(message, status_code=status)
    return rt.render(request, "error.html", status=status, code=status,
                     title=TITLES.get(status, "Error"), message=message)


async def csrf_protect(request: Request) -> None:
    """Every state-changing request carries this session's token, from a page of this site."""
    if request.method in SAFE_METHODS:
        return
    if not same_origin(request.headers.get("origin"), request.headers.get("host")):
        raise HTTPException(403, "this request came from another site; nothing was changed")
    sent = request.headers.get(CSRF_HEADER)
    ctype = request.headers.get("content-type", "")
    if sent is None and ctype.startswith(("application/x-www-form-urlencoded",
                                          "multipart/form-data")):
        field = (await request.form()).get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None
    if not tokens_match(sent, request.state.session.csrf):
        raise HTTPException(403, "the form has expired or did not come from this page; "
                                 "reload the page and try again (nothing was changed)")


HEADERS = (
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("content-security-policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
)


class SessionsAndSignIn:
    """The Host check, the session and sign-in, and the security headers of every page.

    A plain ASGI middleware rather than `@app.middleware("http")`: that one runs each request
    through an extra task and stream pair, a measurable share of a small page's CPU time."""

    def __init__(self, app: ASGIApp, rt: Runtime) -> None:
        self.app, self.rt = app, rt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rt, config = self.rt, self.rt.config
        request = Request(scope)
        if config.allowed_hosts is not None and host_name(request.headers.get("host")
                                                          ) not in config.allowed_hosts:
            await PlainTextResponse("unknown host", status_code=400)(scope, receive, send)
            return
        too_big = body_too_big(request.headers.get("content-length"), scope["path"])
        if too_big:
            await _error(request, 413, too_big)(scope, receive, send)
            return
        receive = capped(receive, scope["path"])
        path = request.url.path
        if path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        session = rt.sessions.load(request.cookies.get(COOKIE))
        session.auth = rt.sign_ins.live(session.sid)  # logout or a restart ends it
        request.state.session = session

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers.setdefault(name, value)
                if config.secure_cookies:
                    headers.setdefault("strict-transport-security", "max-age=31536000")
                if session.dirty:  # read now: the route has run
                    cookie = Response()
                    cookie.set_cookie(COOKIE, rt.sessions.dump(session), max_age=MAX_AGE_S,
                                      httponly=True, samesite="lax",
                                      secure=config.secure_cookies, path="/")
                    headers.append("set-cookie", cookie.headers["set-cookie"])
            await send(message)

        if rt.needs_login and not session.auth and not path.startswith(PUBLIC):
            if _wants_json(request):
                response: Response = JSONResponse({"error": "sign in first"}, status_code=401)
            else:
                from urllib.parse import quote

                target = path + (f"?{request.url.query}" if request.url.query else "")
                response = RedirectResponse(f"/login?next={quote(target)}", status_code=303)
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def create_app(config: WebConfig) -> FastAPI:
    rt = Runtime(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        rt.close()

    app = FastAPI(
        title="followup", version="1", lifespan=lifespan,
        summary="Your job search's follow-ups: the same service functions as the command line.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        dependencies=[Depends(csrf_protect)],
    )
    app.state.runtime = rt
    app.mount("/static", StaticFiles(directory=Path(HERE / "static")), name="static")

    app.add_middleware(SessionsAndSignIn, rt=rt)
    @app.exception_handler(FollowupError)
    async def domain_error(request: Request, exc: FollowupError) -> Response:
        field = exc.field if isinstance(exc, BadInput) else None
        return _error(request, STATUS_OF.get(type(exc), 400), exc.message, field)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "There is nothing at this address."
        if exc.status_code == 405:
            message = "This address does not take that kind of request."
        response = _error(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request"
        if _wants_json(request):
            field = where.split(".")[-1] if where else None
            return JSONResponse({"error": message, "field": field, "detail": errors},
                                status_code=422)
        return _error(request, 422, message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(request, 500, "Something broke on our side; nothing was changed. "
                                    "The server log has the details.")

    docs.install(app)  # before the routers: /api/docs is not an API call
    from followup.web import people  # before posts: /contacts/import is no contact's number

    app.include_router(people.router)
    app.include_router(pages.router)
    app.include_router(posts.router)
    from followup.web import capture  # the add page's invitation box

    app.include_router(capture.router)
    app.include_router(edits.router)
    app.include_router(feed.router)
    from followup.web import report  # the work-search record

    app.include_router(report.router)
    from followup.web import setup_account, setup_backups, setup_general, setup_mail

    for settings_page in (setup_general, setup_mail, setup_account, setup_backups):
        app.include_router(settings_page.router)
    from followup.web import stats, templates  # the numbers, the message templates

    app.include_router(stats.router)
    app.include_router(templates.router)
    app.include_router(api.router)
    return app
