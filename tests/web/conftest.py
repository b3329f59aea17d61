"""Fixtures for the dashboard: one app object per test on its own database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")

from web_helpers import PASSWORD, TZ, Web, fixed

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
