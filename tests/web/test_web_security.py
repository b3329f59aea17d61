"""CSRF on every state-changing request, sign-in when a password is set, cookies, hosts,
redirects and the feed token."""

from __future__ import annotations

import pytest
from web_helpers import PASSWORD, Web, add

from followup.web import create_app
from followup.web.config import load_secrets, set_password, verify_password
from followup.web.security import safe_path, tokens_match

STATE_CHANGING = [
    "/applications", "/applications/1/interviews", "/applications/1/events",
    "/applications/1/reopen", "/applications/1/journal", "/contacts/1", "/steps/1/done",
    "/steps/1/skip", "/steps/1/snooze", "/steps/1/draft", "/forms/check", "/profile",
    "/settings/feed-token", "/logout", "/applications/1/edit", "/applications/1/delete",
    "/applications/1/name",
    "/undo", "/settings/feed-off", "/settings/sync", "/phone/1/1", "/settings/caldav",
    "/settings/caldav-test",
]


def test_every_post_route_is_in_the_list() -> None:
    from followup.web import edits, feed, pages, posts

    found = {r.path.replace("{app_id}", "1").replace("{step_id}", "1")  # type: ignore[attr-defined]
             .replace("{contact_id}", "1").replace("{proposal_id}", "1").replace("{verb}", "1")
             for module in (pages, posts, feed, edits) for r in module.router.routes
             if "POST" in getattr(r, "methods", set())}
    assert found - {"/login"} == set(STATE_CHANGING)


@pytest.mark.parametrize("url", STATE_CHANGING)
def test_posts_without_the_token_are_refused_and_change_nothing(web: Web, url: str) -> None:
    add(web.store)
    before = web.store.load(1)
    r = web.post(url, {"on": "2026-11-23", "kind": "offer", "company": "X", "role": "Y",
                       "interviewed": "2026-11-23 10:00", "notes": "x", "name": "Z"},
                 csrf=False)
    assert r.status_code == 403
    assert "nothing was changed" in r.text
    assert web.store.load(1) == before
    assert web.store.application_ids() == [1]


def test_a_wrong_token_is_refused(web: Web) -> None:
    add(web.store)
    r = web.post("/steps/1/done", {"csrf": "forged"}, csrf=False)
    assert r.status_code == 403


def test_the_header_token_works_for_htmx(web: Web) -> None:
    add(web.store)
    r = web.client.post("/steps/1/skip", data={}, headers={"X-CSRF-Token": web.csrf,
                                                           "HX-Request": "true"})
    assert r.status_code == 200


def test_api_posts_need_the_header_token(web: Web) -> None:
    add(web.store)
    assert web.api("POST", "/api/steps/1/skip", csrf=False).status_code == 403
    assert web.api("POST", "/api/steps/1/skip").status_code == 200


def test_a_request_from_another_origin_is_refused(web: Web) -> None:
    add(web.store)
    r = web.client.post("/steps/1/skip", data={"csrf": web.csrf},
                        headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    ok = web.client.post("/steps/1/skip", data={"csrf": web.csrf},
                         headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert ok.status_code == 303


def test_session_cookie_is_httponly_and_samesite(web: Web) -> None:
    r = web.get("/")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie


def test_a_tampered_cookie_starts_a_new_session(web: Web) -> None:
    web.client.cookies.set("followup_session", "garbage")
    r = web.get("/")
    assert r.status_code == 200
    assert "followup_session=" in r.headers["set-cookie"]


def test_host_header_is_checked_when_configured(web_config: object) -> None:
    from dataclasses import replace

    from fastapi.testclient import TestClient

    app = create_app(replace(web_config, allowed_hosts=("127.0.0.1", "localhost")))  # type: ignore[type-var]
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    assert client.get("/").status_code == 200
    rebinding = client.get("/", headers={"Host": "attacker.example"})
    assert rebinding.status_code == 400


def test_with_a_password_every_page_needs_sign_in(locked_web: Web) -> None:
    r = locked_web.get("/pipeline?status=active", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=/pipeline%3Fstatus%3Dactive"
    assert locked_web.get("/api/today").status_code == 401
    assert locked_web.get("/api/openapi.json").status_code == 401
    assert locked_web.get("/static/style.css").status_code == 200
    assert locked_web.get("/login").status_code == 200


def test_sign_in_with_the_right_password_only(locked_web: Web) -> None:
    token = locked_web.client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    wrong = locked_web.client.post("/login", data={"csrf": token, "password": "nope",
                                                   "next": "/pipeline"})
    assert wrong.status_code == 401 and "not right" in wrong.text
    right = locked_web.client.post("/login", data={"csrf": token, "password": PASSWORD,
                                                   "next": "/pipeline"},
                                   follow_redirects=False)
    assert right.status_code == 303 and right.headers["location"] == "/pipeline"
    assert locked_web.get("/pipeline").status_code == 200
    # the token changed at sign-in: the old one no longer works
    assert locked_web.client.post("/logout", data={"csrf": token}).status_code == 403


def test_sign_in_next_is_never_another_site(locked_web: Web) -> None:
    token = locked_web.client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    r = locked_web.client.post("/login", data={"csrf": token, "password": PASSWORD,
                                               "next": "https://evil.example/"},
                               follow_redirects=False)
    assert r.headers["location"] == "/"


def test_sign_out(locked_web: Web) -> None:
    token = locked_web.client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    locked_web.client.post("/login", data={"csrf": token, "password": PASSWORD})
    new_token = locked_web.client.get("/api/session").json()["csrf"]
    r = locked_web.client.post("/logout", data={"csrf": new_token}, follow_redirects=False)
    assert r.headers["location"] == "/login"
    assert locked_web.get("/", follow_redirects=False).status_code == 303


def test_the_feed_token_is_checked(web: Web) -> None:
    assert web.get("/feed/wrong.ics").status_code == 404
    good = web.get(f"/feed/{web.config.secrets.feed_token}.ics")
    assert good.status_code == 200


def test_the_feed_is_open_without_sign_in_but_only_with_the_token(locked_web: Web) -> None:
    assert locked_web.get("/feed/wrong.ics").status_code == 404
    token = locked_web.config.secrets.feed_token
    assert locked_web.get(f"/feed/{token}.ics").status_code == 200


@pytest.mark.parametrize(("target", "expected"), [
    ("/applications/1", "/applications/1"), ("/?a=b", "/?a=b"), ("", "/"), (None, "/"),
    ("https://evil.example", "/"), ("//evil.example", "/"), ("/\\evil.example", "/"),
    ("evil", "/"), ("/ok\r\nSet-Cookie: x", "/"), ("javascript:alert(1)", "/"),
])
def test_safe_path(target: str | None, expected: str) -> None:
    assert safe_path(target) == expected


def test_tokens_match_in_constant_time() -> None:
    assert tokens_match("abc", "abc")
    assert not tokens_match("abd", "abc")
    assert not tokens_match(None, "abc")
    assert not tokens_match("", "abc")


def test_password_is_stored_as_an_argon2_hash(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "web.json"
    set_password("a long enough password", path)
    stored = load_secrets(path)
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2")
    assert "a long enough password" not in path.read_text()
    assert verify_password(stored.password_hash, "a long enough password")
    assert not verify_password(stored.password_hash, "wrong")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
