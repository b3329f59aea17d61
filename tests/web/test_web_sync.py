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


def test_the_caldav_account_is_set_tested_and_synced_from_the_page(
        web: Web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from caldav_fake import Fake
    from caldav_servers import PASSWORD, USER, FileKeyring
    from followup import settings as config_file

    add(web.store)
    monkeypatch.setenv("FOLLOWUP_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("URL", "USER", "LIST", "PASSWORD"):
        monkeypatch.delenv(f"FOLLOWUP_CALDAV_{name}", raising=False)
    kept = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keys.json"))
    fake = Fake("nextcloud")
    try:
        page = web.get("/settings").text
        assert "not set yet" in page and 'name="password"' in page and "Sync now" not in page
        # Plain http to another machine: one clear line, nothing kept.
        r = web.post("/settings/caldav", {"url": "http://dav.example.com/", "user": USER,
                                          "list": "", "password": PASSWORD}, follow=True)
        assert "unencrypted" in r.text
        assert config_file.load()["caldav_url"] is None
        assert keyring.get_password("followup", "caldav:alex@dav.example.com") is None

        r = web.post("/settings/caldav", {"url": fake.url, "user": USER, "list": "",
                                          "password": PASSWORD}, follow=True)
        assert "Saved the server" in r.text and "system keyring" in r.text
        assert PASSWORD not in r.text and PASSWORD not in (tmp_path / "config" /
                                                          "config.toml").read_text()
        values = config_file.load()
        assert values["caldav_url"] == fake.url and values["caldav_user"] == USER
        host = fake.url.split("//", 1)[1].split(":", 1)[0]
        assert keyring.get_password("followup", f"caldav:{USER}@{host}") == PASSWORD

        r = web.post("/settings/caldav-test", {}, follow=True)
        assert "Connected to" in r.text and "the list “followup” is there" in r.text
        assert "PUT" not in fake.requests  # a test changes nothing

        r = web.post("/settings/sync", {"return_to": "/settings#tasks"}, follow=True)
        assert "Synced “followup”: 1 new" in r.text, r.text
        # The password stays where it is when the field is left empty.
        r = web.post("/settings/caldav", {"url": fake.url, "user": USER, "list": "followup",
                                          "password": ""}, follow=True)
        assert "Saved the server" in r.text and "the password in your" not in r.text
        assert keyring.get_password("followup", f"caldav:{USER}@{host}") == PASSWORD
    finally:
        keyring.set_keyring(kept)
        fake.stop()


def test_the_connection_test_says_a_refused_password_in_one_line(
        web: Web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("radicale")
    from caldav_servers import USER, Radicale, settings

    server = Radicale(tmp_path / "radicale")
    try:
        settings(server.url, monkeypatch, password="wrong")
        r = web.post("/settings/caldav-test", {}, follow=True)
        assert "refused the login for alex" in r.text
        settings(server.url, monkeypatch)
        r = web.post("/settings/caldav-test", {}, follow=True)
        assert f"as {USER}: there is no list “followup” yet" in r.text
        # No password anywhere: said in the page's words, not as a command to type.
        import keyring

        from caldav_servers import FileKeyring

        kept = keyring.get_keyring()
        keyring.set_keyring(FileKeyring(tmp_path / "empty.json"))
        monkeypatch.delenv("FOLLOWUP_CALDAV_PASSWORD")
        try:
            r = web.post("/settings/sync", {"return_to": "/settings#tasks"}, follow=True)
        finally:
            keyring.set_keyring(kept)
        assert "type it in the Password field" in r.text and "keyring set" not in r.text
    finally:
        server.stop()
