"""Per-app state shared by the routes: the config, one store per thread, the templates."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from followup.store.sqlite import Store
from followup.web import views
from followup.web.config import WebConfig
from followup.web.forms import plain
from followup.web.security import Session, SessionCodec
from followup.web.signin import SignIns, Throttle

HERE = Path(__file__).resolve().parent


class Runtime:
    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self.feed_token = config.secrets.feed_token
        self.feed_on = not config.secrets.feed_off  # turned off: no address works
        # set or changed on the password page while the server runs
        self.password_hash = config.secrets.password_hash
        self._zone: Any = None  # a time zone chosen on the settings page since the start
        self.sessions = SessionCodec(config.secrets.session_key)
        self.sign_ins = SignIns(config.monotonic)
        self.throttle = Throttle(config.monotonic)
        self._local = threading.local()
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html", "xml"], default_for_string=True),
            trim_blocks=True, lstrip_blocks=True, auto_reload=False,
        )
        views.install(self.env)

    @property
    def hash_limiter(self) -> Any:
        """One argon2 check at a time (each takes most of a core for a moment)."""
        limiter = getattr(self, "_hash_limiter", None)
        if limiter is None:
            import anyio

            limiter = self._hash_limiter = anyio.CapacityLimiter(1)
        return limiter

    def store(self) -> Store:
        """This thread's connection: SQLite connections stay on the thread that made them."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.config.db_path)
            for notice in store.notices:  # an interrupted import taken back, say
                import logging

                logging.getLogger("followup.web").warning("%s", notice)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._stores:
                # one made on a worker thread is closed when that thread's copy goes
                with contextlib.suppress(sqlite3.ProgrammingError):
                    store.close()
            self._stores.clear()
        self._local = threading.local()

    @property
    def needs_login(self) -> bool:
        return self.password_hash is not None

    def now(self) -> datetime:
        now = self.config.clock()
        return now if self._zone is None else now.astimezone(self._zone)

    def reconfigure(self, **changes: Any) -> None:
        """Settings changed on a page take effect at once (the next start reads them from
        the config file): the time zone, the holidays, the week's first day, the drafts'
        voice."""
        import dataclasses

        self.config = dataclasses.replace(self.config, **changes)
        if "tz" in changes:
            from zoneinfo import ZoneInfo

            self._zone = ZoneInfo(changes["tz"])

    def today(self) -> date:
        return self.now().date()

    def render(self, request: Request, template: str, status: int = 200,
               **context: Any) -> HTMLResponse:
        session: Session = request.state.session
        page = self.env.get_template(template).render(
            request=request, path=request.url.path, csrf=session.csrf,
            flash=_notices(session.take_flash()),
            today=context.pop("today", None) or self.today(), signed_in=session.auth,
            needs_login=self.needs_login, **context,
        )
        return HTMLResponse(page, status_code=status)


def _notices(flash: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The notices in plain words; only the newest change keeps its Undo button, since undo
    takes back the last change (an older notice's button would undo a newer change)."""
    last = max((i for i, (kind, _) in enumerate(flash) if kind == "undo"), default=-1)
    return [("ok" if kind == "undo" and i != last else kind, plain(text))
            for i, (kind, text) in enumerate(flash)]


def runtime(request: Request) -> Runtime:
    rt: Runtime = request.app.state.runtime
    return rt


def session(request: Request) -> Session:
    s: Session = request.state.session
    return s
