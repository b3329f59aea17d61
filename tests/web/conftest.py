"""Fixtures for the dashboard: one app object per test on its own database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")

from web_helpers import ARGS, CHROMIUM, PASSWORD, TZ, Web, fixed

from followup.web import WebConfig
from followup.web.config import Secrets, hash_password


@pytest.fixture
def web_config(tmp_path: Path) -> WebConfig:
    return WebConfig(
        db_path=tmp_path / "followup.db", tz=TZ, clock=fixed(),
        secrets=Secrets("s" * 43, "feed-token-" + "x" * 32), secrets_file=tmp_path / "web.json",
    )


@pytest.fixture
def web(web_config: WebConfig) -> Iterator[Web]:
    w = Web(web_config)
    yield w
    w.close()


@pytest.fixture
def locked_web(web_config: WebConfig) -> Iterator[Web]:
    """A dashboard with a password set: everything but sign-in needs a session."""
    secrets = replace(web_config.secrets, password_hash=hash_password(PASSWORD))
    w = Web(replace(web_config, secrets=secrets))
    yield w
    w.close()


# How long a browser test waits for the event it names (a page loaded, a notice shown) before
# failing: generous, since CI's two cores may be running two browsers, their servers and other
# work at once. A test never waits this long when things work: it goes on at the event.
WAIT_MS = 120_000


class _Patient:
    """The browser, with every new context and page waiting up to WAIT_MS for an event
    instead of Playwright's 30 s."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def new_context(self, **options: Any) -> Any:
        context = self._browser.new_context(**options)
        context.set_default_timeout(WAIT_MS)
        context.set_default_navigation_timeout(WAIT_MS)
        return context

    def new_page(self, **options: Any) -> Any:
        return self.new_context(**options).new_page()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium through Playwright, one per test module."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); "
                    "the browser tests need /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield _Patient(b)
        b.close()
