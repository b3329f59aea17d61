"""Issue 12.6: a user's template is bounded in time and output; past a bound, one line that
names the template, and no draft."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.model import Person, Timeline
from followup.messages import drafts, render
from followup.store.sqlite import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=NY)


def _step(store: Store) -> int:
    drafts.set_profile(store, {"name": "Ana Lima", "email": "ana@example.com"}, NOW)
    interview = service.NewInterview(
        at=datetime(2026, 11, 23, 10, 0, tzinfo=NY), tz="America/New_York",
        interviewers=(Person("Jane Doe", "jane@acme.example"),), timeline=Timeline())
    app = service.add_application(store, company="Acme", role="Analyst", interview=interview,
                                  now=NOW)
    return next(s.id for s in app.steps if s.rule == "T2")


def _mine(text: str) -> Path:
    path = render.user_path("thank_you_email")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Subject: Hi\n\nDear {{{{ dear }}}},\n{text}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("payload", [
    "{{ 'x' * 100000000 }}",
    "{{ 100000000 * 'x' }}",
    "{{ ['x'] * 100000000 }}",
    "{{ 'x' * 99999 * 2 }}",
    "{{ 10 ** 100000 }}",
    "{{ 'x'.ljust(100000000) }}",
    "{{ 'x'.center(100000000) }}",
    "{{ '{:>100000000}'.format(1) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(1000000) %}{% endfor %}",
    "{% for i in range(100000) %}xxxxxxxxxx{% endfor %}",
    "{% for i in range(50000) %}{{ dear }}{{ dear }}{% endfor %}",
    "{% set s = namespace(v='x') %}{% for i in range(40) %}{% set s.v = s.v ~ s.v %}"
    "{% endfor %}{{ s.v|length }}",
])
def test_a_costly_template_is_stopped_in_one_line(cli: Callable[..., Any], store: Store,
                                                  payload: str) -> None:
    step = _step(store)
    path = _mine(payload)
    started = time.monotonic()
    res = cli("draft", str(step))
    assert time.monotonic() - started < 30  # bounded, whatever the machine's speed
    assert res.code == 2 and res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0], res.stderr


def test_an_ordinary_long_letter_is_not_stopped(cli: Callable[..., Any], store: Store) -> None:
    step = _step(store)
    _mine("{% for i in range(200) %}A line of an honest, long letter.\n{% endfor %}")
    res = cli("draft", str(step))
    assert res.code == 0, res.stderr
