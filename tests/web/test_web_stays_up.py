"""Issue 22.6: a server that stays up. Request bodies are capped on every route before they
are read whole; the Host check parses the header rather than matching its start; guesses from
many addresses never lock the owner out at the machine itself."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_helpers import PASSWORD, FakeClock, LiveServer, Web

from followup.web import WebConfig, create_app
from followup.web.security import MAX_BODY, host_name
from followup.web.signin import CLIENT_FREE, GLOBAL_FREE, Throttle


@pytest.mark.parametrize(("header", "name"), [
    ("127.0.0.1:18765", "127.0.0.1"), ("localhost", "localhost"), ("LocalHost.", "localhost"),
    ("[::1]:8000", "::1"), ("127.0.0.1:18765@evil.example", None), ("evil.example@127.0.0.1",
                                                                   None),
    ("127.0.0.1 evil.example", None), ("127.0.0.1/x", None), ("127.0.0.1:80:81", None),
    ("", None), ("127.0.0.1:", None), ("user:pw@127.0.0.1", None),
])
def test_a_host_header_is_read_whole(header: str, name: str | None) -> None:
    assert host_name(header) == name


def test_a_host_with_a_user_part_is_refused(web_config: WebConfig) -> None:
    app = create_app(replace(web_config, allowed_hosts=("127.0.0.1", "localhost")))
    with TestClient(app) as client:
        assert client.get("/", headers={"host": "127.0.0.1:18765"}).status_code in (200, 303)
        r = client.get("/", headers={"host": "127.0.0.1:18765@evil.example"})
        assert r.status_code == 400 and r.text == "unknown host"


def _raw(port: int, head: str, body_chunks: int = 0, chunk: bytes = b"") -> tuple[str, int]:
    """Send a request by hand: its head, then up to `body_chunks` chunks while the server
    keeps reading; the status line and how many chunks went before it answered."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(head.encode())
        s.settimeout(0)
        answer = b""
        while sent < body_chunks:
            with contextlib.suppress(BlockingIOError):
                answer += s.recv(4096)
            if answer:
                break
            try:
                s.settimeout(30)
                s.sendall(chunk)
                sent += 1
                s.settimeout(0)
            except OSError:  # the server answered and closed: it stopped reading
                break
        s.settimeout(30)
        while b"\r\n" not in answer:
            more = s.recv(4096)
            if not more:
                break
            answer += more
    return answer.split(b"\r\n", 1)[0].decode(), sent


def test_a_hundred_megabyte_body_is_refused_before_it_is_read(web: Web) -> None:
    """Said in Content-Length: refused at once (413) with nothing read. Sent in chunks with
    no length: the server stops at the cap, long before 100 MB."""
    with LiveServer(web.config) as server:
        status, _ = _raw(server.port, "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\n"
                         f"Content-Length: {100 * 1024 * 1024}\r\n\r\n")
        assert status.endswith("413 Request Entity Too Large") or " 413 " in status, status
        piece = b"x" * 65536
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        status, sent = _raw(server.port, "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                            "\r\n", body_chunks=1600, chunk=chunk)
        assert " 413 " in status or " 403 " in status, status
        assert sent < 1600  # not all of the 100 MB went in
    r = web.api("POST", "/api/applications", {"company": "x" * (MAX_BODY + 10)})
    assert r.status_code == 413 and "larger than" in r.json()["error"]


def test_every_route_takes_a_small_body_and_refuses_a_large_one(web: Web) -> None:
    big = "x" * (MAX_BODY + 1)
    for path in ("/applications", "/undo", "/login", "/profile", "/forms/check",
                 "/applications/1/journal"):
        r = web.post(path, {"note": big})
        assert r.status_code == 413, (path, r.status_code)


def _locked(config: WebConfig, clock: FakeClock) -> WebConfig:
    from followup.web.config import hash_password

    return replace(config, monotonic=clock,  # type: ignore[type-var]
                   secrets=replace(config.secrets, password_hash=hash_password(PASSWORD)))


def test_guesses_from_sixty_addresses_never_lock_the_owner_out_here() -> None:
    clock = FakeClock()
    t = Throttle(clock)
    for n in range(60):
        for _ in range(30):
            t.begin(f"203.0.113.{n}")
    assert t.wait("198.51.100.9") > 0  # a new address elsewhere is slowed: spread guesses
    assert t.wait("127.0.0.1") == 0.0 and t.wait("::1") == 0.0
    assert t.begin("127.0.0.1") == 0.0
    for _ in range(GLOBAL_FREE):  # an IPv6 machine's whole /64 is one client
        t.begin("2001:db8::1")
    assert t.wait("2001:db8::ffff") > 0 and t.wait("2001:db8:0:1::1") > 0
    for _ in range(CLIENT_FREE):  # the machine's own misses still slow it down
        t.begin("127.0.0.1")
    assert t.wait("127.0.0.1") > 0


def _try(client: TestClient, password: str) -> Any:
    token = client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    return client.post("/login", data={"csrf": token, "password": password,
                                       "next": "/pipeline"}, follow_redirects=False)


def test_the_owner_at_the_machine_signs_in_while_others_guess(web_config: WebConfig) -> None:
    """30 wrong passwords from each of 60 addresses (the issue's case) and the owner, at the
    machine, signs in at once; a fresh address elsewhere has to wait."""
    clock = FakeClock()
    app = create_app(_locked(web_config, clock))
    for n in range(60):
        with TestClient(app, client=(f"203.0.113.{n}", 5000)) as guesser:
            for _ in range(CLIENT_FREE + 1):
                _try(guesser, "wrong guess")
    with TestClient(app, client=("198.51.100.77", 5000)) as stranger:
        assert _try(stranger, PASSWORD).status_code == 429
    with TestClient(app, client=("127.0.0.1", 5000)) as owner:
        assert _try(owner, PASSWORD).status_code == 303
