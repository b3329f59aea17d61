"""The dashboard's side of issue 26: the feed as a webcal address and a QR code when the
dashboard is served beyond this machine (password and TLS), the feed turned off and on, the
CalDAV section of Settings, and the phone's proposals on Today."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from web_helpers import PASSWORD, Web, add

from followup.store import tasks
from followup.web import WebConfig, create_app
from followup.web.config import hash_password


def _signed_in(config: WebConfig) -> TestClient:
    client = TestClient(create_app(config), base_url="https://dash.example.com",
                        raise_server_exceptions=False)
    token = client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    r = client.post("/login", data={"csrf": token, "password": PASSWORD, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303
    return client


def _csrf(client: TestClient) -> str:
    return str(client.get("/api/session").json()["csrf"])


def test_served_beyond_this_machine_the_feed_has_a_webcal_address_and_a_qr_code(
        web_config: WebConfig) -> None:
    pytest.importorskip("segno")
    secrets = replace(web_config.secrets, password_hash=hash_password(PASSWORD))
    client = _signed_in(replace(web_config, secrets=secrets, secure_cookies=True))
    page = client.get("/settings").text
    token = web_config.secrets.feed_token
    assert f'href="webcal://dash.example.com/feed/{token}.ics"' in page
    assert "<svg" in page and "QR code" in page
    assert client.get(f"/feed/{token}.ics").status_code == 200

    r = client.post("/settings/feed-off", data={"csrf": _csrf(client)}, follow_redirects=True)
    assert "feed is off" in r.text and "webcal://" not in r.text
    assert client.get(f"/feed/{token}.ics").status_code == 404
    r = client.post("/settings/feed-token", data={"csrf": _csrf(client)},
                    follow_redirects=True)
    assert "webcal://" in r.text and token not in r.text
    new = r.text.split("webcal://dash.example.com/feed/", 1)[1].split(".ics", 1)[0]
    assert client.get(f"/feed/{new}.ics").status_code == 200
    client.close()


def test_on_this_machine_only_there_is_no_webcal_address(web: Web) -> None:
    page = web.get("/settings").text
    assert "webcal://" not in page and "<svg" not in page
    assert "Tasks on your phone (CalDAV)" in page and "not set" in page


def test_the_phones_proposals_are_on_today(web: Web, tmp_path: Path) -> None:
    add(web.store)
    step = web.store.load(1).pending[0]
    from datetime import datetime

    with web.store.write():
        tasks.propose(web.store.conn, step.id, "skip", None, "deleted on your phone: skip it?",
                      datetime.fromisoformat("2026-11-23T12:00:00+00:00"))
    page = web.get("/").text
    assert "From your phone" in page and "deleted on your phone" in page
    proposal = tasks.proposals(web.store.conn)[0].id
    r: Any = web.post(f"/phone/{proposal}/dismiss", {}, follow=True)
    assert "stays as the plan has it" in r.text
    assert "From your phone" not in web.get("/").text
    assert web.store.get_step(step.id).status.value == "pending"  # never skipped silently


def test_sync_now_from_settings(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    from caldav_fake import Fake
    from caldav_servers import settings

    add(web.store)
    fake = Fake("nextcloud")
    try:
        settings(fake.url, monkeypatch)
        page = web.get("/settings").text
        assert fake.url in page and "Sync now" in page
        r = web.post("/settings/sync", {"return_to": "/settings#tasks"}, follow=True)
        assert "Synced “followup”: 1 new" in r.text, r.text
        assert fake.requests.count("PUT") == 1
        monkeypatch.setenv("FOLLOWUP_CALDAV_URL", "http://dav.example.com/")
        r = web.post("/settings/sync", {}, follow=True)
        assert "unencrypted" in r.text  # one clear line, as on the command line
    finally:
        fake.stop()
