"""Issue 12.1 on the web: the API and the forms reach the same checks as the CLI, so a value
the CLI refuses is refused here too (400, one message) and nothing is stored."""

from __future__ import annotations

import pytest
from web_helpers import Web, add

BAD = ["Acme\x1b[2J", "Acme\r\nBcc: x@evil.example", "Acme\u202e", "A\x00B", "x" * 100_000]
NEW = {"company": "Acme", "role": "Analyst", "interviewed": "2026-11-23 10:00",
       "tz": "America/New_York", "with": ["Jane Doe <jane@acme.example>"]}


def _count(web: Web) -> int:
    return int(web.store.conn.execute("SELECT count(*) FROM applications").fetchone()[0])


@pytest.mark.parametrize("field", ["company", "role"])
@pytest.mark.parametrize("value", BAD)
def test_api_add_refuses_what_the_cli_refuses(web: Web, field: str, value: str) -> None:
    r = web.api("POST", "/api/applications", {**NEW, field: value})
    assert r.status_code in (400, 422), r.text
    assert _count(web) == 0


@pytest.mark.parametrize("payload", [
    {"with": ["Jane\x1b]0;x\x07 <jane@acme.example>"]},
    {"with": ["jane@a.example, bob@b.example"]},
    {"tz": "Mars/Olympus"},
    {"interviewed": "9999-12-31 10:00"},
])
def test_api_add_refuses_bad_people_zones_and_dates(web: Web, payload: dict[str, object]
                                                    ) -> None:
    r = web.api("POST", "/api/applications", {**NEW, **payload})
    assert r.status_code in (400, 422), r.text
    assert _count(web) == 0


@pytest.mark.parametrize("note", ["came back\x1b[2J", "x\u202e"])
def test_api_event_and_reopen_notes_are_checked(web: Web, note: str) -> None:
    app = add(web.store)
    r = web.api("POST", f"/api/applications/{app.id}/events",
                {"kind": "reply", "on": "2026-11-23", "note": note})
    assert r.status_code == 400, r.text
    assert web.store.load(app.id).status.value == "active"
