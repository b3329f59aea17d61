"""Helpers for the dashboard tests: an in-process client that knows its CSRF token, a way to
record applications as the CLI does, and the same app served over loopback by uvicorn."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")

from fastapi.testclient import TestClient

from followup import service
from followup.core.model import Application, Person, Timeline
from followup.core.parse import parse_now, parse_when
from followup.store.sqlite import Store
from followup.web import WebConfig, create_app

TZ = "America/New_York"
NOW = "2026-11-23T18:00"  # a Monday evening, as in the CLI tests
PASSWORD = "correct horse battery"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's; the browser tests skip without it
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SIZES = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


def fixed(now: str = NOW) -> Callable[[], datetime]:
    moment = parse_now(now, TZ)
    return lambda: moment


class Web:
    """A TestClient that knows the session's CSRF token and the database behind it."""

    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self.app = create_app(config)
        self.client = TestClient(self.app, raise_server_exceptions=False)
        self.client.__enter__()
        self._csrf: str | None = None
        self.store = Store(config.db_path)

    @property
    def csrf(self) -> str:
        if self._csrf is None:
            self._csrf = self.client.get("/api/session").json()["csrf"]
        return self._csrf

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def post(self, url: str, data: dict[str, Any] | None = None, *, csrf: bool = True,
             follow: bool = False, **kw: Any) -> Any:
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf", self.csrf)
        return self.client.post(url, data=form, follow_redirects=follow, **kw)

    def api(self, method: str, url: str, body: Any = None, *, csrf: bool = True) -> Any:
        headers = {"X-CSRF-Token": self.csrf} if csrf else {}
        return self.client.request(method, url, json=body, headers=headers)

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.store.close()


def add(store: Store, company: str = "Acme", *, role: str = "Data Analyst",
        at: str = "2026-11-23 10:00", people: tuple[Person, ...] | None = None,
        now: str = NOW, **timeline: Any) -> Application:
    """An application recorded through the service, as the CLI would."""
    if people is None:
        people = (Person("Jane Doe", "jane@acme.example"),)
    interview = service.NewInterview(at=parse_when(at, TZ), tz=TZ, interviewers=people,
                                     timeline=Timeline(**timeline))
    return service.add_application(store, company=company, role=role, interview=interview,
                                   now=parse_now(now, TZ))


def text_of(html: str) -> str:
    """The page's words without tags, spaces collapsed: for asserting what a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def body_of(html: str) -> str:
    """What is inside <body …>, after the tag itself: its attributes carry the CSRF token,
    whose random letters once began "--K" and read as a command-line option (session 9)."""
    return html.split("<body", 1)[-1].split(">", 1)[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeClock:
    """Seconds that move only when a test says so (sign-in back-off)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class LiveServer:
    def __init__(self, config: WebConfig, **tls: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        cfg = uvicorn.Config(create_app(config), host="127.0.0.1", port=self.port,
                             log_level="warning", lifespan="on", **tls)
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
