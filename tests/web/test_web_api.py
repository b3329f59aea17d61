"""The JSON API: the same service functions, JSON shapes and error messages as the CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from web_helpers import Web, add

from followup import jsonout

NEW = {"company": "Acme", "role": "Data Analyst", "interviewed": "2026-11-23 10:00",
       "tz": "America/New_York", "with": ["Jane Doe <jane@acme.example>"],
       "decision_by": "2026-11-25"}


def test_add_then_show_gives_the_cli_json(web: Web, cli: Callable[..., Any]) -> None:
    r = web.api("POST", "/api/applications", NEW)
    assert r.status_code == 201
    created = r.json()
    assert created == jsonout.application(web.store.load(created["id"]))
    shown = cli("show", str(created["id"]), "--json").json()
    assert web.api("GET", f"/api/applications/{created['id']}").json() == shown


def test_today_is_the_cli_today(web: Web, cli: Callable[..., Any]) -> None:
    add(web.store)
    assert web.api("GET", "/api/today").json() == cli("today", "--json").json()


def test_list_is_the_cli_list(web: Web, cli: Callable[..., Any]) -> None:
    add(web.store)
    ours = web.api("GET", "/api/applications").json()
    theirs = cli("list", "--json").json()
    keys = set(ours[0])
    assert [{k: row[k] for k in keys} for row in theirs] == ours
    assert web.api("GET", "/api/applications?status=offer").json() == []
    bad = web.api("GET", "/api/applications?status=ghosted")
    assert bad.status_code == 400 and bad.json()["error"].startswith("status: 'ghosted' is not")


def test_done_skip_snooze_events_reopen(web: Web) -> None:
    app = add(web.store, decision_by=None)
    first, second = (s.id for s in app.pending[:2])
    done = web.api("POST", f"/api/steps/{first}/done", {"on": "2026-11-23"})
    assert done.status_code == 200
    assert next(s for s in done.json()["steps"] if s["id"] == first)["status"] == "done"
    snoozed = web.api("POST", f"/api/steps/{second}/snooze",
                      {"until": "2026-12-01", "reason": "after their offsite"})
    assert snoozed.status_code == 200, snoozed.json()
    assert web.api("POST", f"/api/steps/{second}/skip").status_code == 200
    reply = web.api("POST", f"/api/applications/{app.id}/events",
                    {"kind": "reply", "on": "2026-11-23", "decision_by": "2026-12-04"})
    assert reply.json()["status"] == "responded"
    web.api("POST", f"/api/applications/{app.id}/events", {"kind": "rejected"})
    again = web.api("POST", f"/api/applications/{app.id}/reopen", {"note": "came back"})
    assert again.json()["status"] == "active"
    rnd = web.api("POST", f"/api/applications/{app.id}/interviews",
                  {"interviewed": "2026-11-23 16:00", "with": ["Maria <m@acme.example>"]})
    assert len(rnd.json()["interviews"]) == 2


@pytest.mark.parametrize(("body", "message"), [
    ({**NEW, "tz": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
    ({**NEW, "thank_you_by": "sms"}, "--thank-you-by: never by sms"),
    ({**NEW, "company": " "}, "the company name must not be empty"),
    ({**NEW, "interviewed": "yesterday"}, "--interviewed: 'yesterday' is not a real date"),
    ({**NEW, "call_in": "soon"}, "--call-in: 'soon' is not a number of days"),
])
def test_bad_input_is_400_with_the_cli_message(web: Web, body: dict[str, Any],
                                               message: str) -> None:
    r = web.api("POST", "/api/applications", body)
    assert r.status_code == 400
    assert message in r.json()["error"]
    assert web.store.application_ids() == []


def test_errors_have_their_status(web: Web) -> None:
    assert web.api("GET", "/api/applications/42").json() == {"error": "no application with id 42"}
    assert web.api("GET", "/api/applications/42").status_code == 404
    add(web.store)
    step = web.store.load(1).pending[0].id
    web.api("POST", f"/api/steps/{step}/skip")
    conflict = web.api("POST", f"/api/steps/{step}/skip")
    assert conflict.status_code == 409 and "already skipped" in conflict.json()["error"]
    invalid = web.api("POST", "/api/applications", {"company": "x"})
    assert invalid.status_code == 422 and "error" in invalid.json()
    assert web.api("GET", "/api/nope").json() == {"error": "There is nothing at this address."}


def test_nudge_and_playbooks(web: Web) -> None:
    assert web.api("GET", "/api/nudge").json()["rule"] == "A1"
    names = [p["name"] for p in web.api("GET", "/api/playbooks").json()]
    assert "default" in names and "weekly" in names


def test_openapi_schema_lists_the_api_only(web: Web) -> None:
    schema = web.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert "/api/today" in paths and "/api/applications/{app_id}" in paths
    assert all(p.startswith("/api/") for p in paths)
    assert web.get("/docs").status_code == 404  # no UI pulled from a CDN
