"""Hardened sign-in (issue 14, point 7): back-off after wrong passwords on a fake clock, the
argon2 check off the event loop, sessions that logout ends on the server, the Host allow-list,
TLS with Secure cookies, and what the server says as it starts."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_helpers import PASSWORD, FakeClock, LiveServer

from followup.cli.web import allowed_hosts, start_lines
from followup.web import WebConfig, create_app
from followup.web.config import Secrets, hash_password
from followup.web.signin import CLIENT_FREE, GLOBAL_FREE, MAX_WAIT_S, Throttle, wait_after

HASH = hash_password(PASSWORD)


def _locked(web_config: WebConfig, clock: FakeClock) -> WebConfig:
    return replace(web_config, secrets=replace(web_config.secrets, password_hash=HASH),
                   monotonic=clock)


def _token(client: TestClient) -> str:
    return client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]


def _try(client: TestClient, password: str) -> Any:
    return client.post("/login", data={"csrf": _token(client), "password": password,
                                       "next": "/pipeline"}, follow_redirects=False)


@pytest.mark.parametrize(("misses", "free", "wait"), [
    (0, 5, 0.0), (4, 5, 0.0), (5, 5, 1.0), (6, 5, 2.0), (8, 5, 8.0), (40, 5, MAX_WAIT_S),
])
def test_the_wait_doubles_after_the_free_misses(misses: int, free: int, wait: float) -> None:
    assert wait_after(misses, free) == wait


def test_a_client_is_slowed_after_its_free_misses_and_freed_by_time() -> None:
    clock = FakeClock()
    t = Throttle(clock)
    for _ in range(CLIENT_FREE):
        assert t.begin("10.0.0.1") == 0.0
    assert t.begin("10.0.0.1") == 1.0  # a sixth try must wait, and is not counted
    assert t.begin("10.0.0.2") == 0.0  # another client is not held up
    clock.advance(1.0)
    assert t.begin("10.0.0.1") == 0.0  # tried (and missed) again: now 2 s
    assert t.wait("10.0.0.1") == 2.0
    t.succeeded("10.0.0.1")
    assert t.wait("10.0.0.1") == 0.0


def test_guesses_spread_over_many_clients_slow_everyone() -> None:
    clock = FakeClock()
    t = Throttle(clock)
    for n in range(GLOBAL_FREE):
        assert t.begin(f"10.1.{n // 250}.{n % 250}") == 0.0
    assert t.begin("192.0.2.7") == 1.0  # a fresh address waits too
    clock.advance(3600.0 + 1)
    assert t.begin("192.0.2.7") == 0.0  # an hour of quiet forgets it all


def test_wrong_passwords_lock_sign_in_until_the_clock_moves(web_config: WebConfig) -> None:
    clock = FakeClock()
    with TestClient(create_app(_locked(web_config, clock))) as client:
        for _ in range(CLIENT_FREE):
            assert _try(client, "wrong guess").status_code == 401
        locked = _try(client, PASSWORD)  # even the right password is not checked now
        assert locked.status_code == 429
        assert locked.headers["retry-after"] == "1"
        assert "Too many wrong passwords. Wait 1 second" in locked.text
        assert client.get("/pipeline", follow_redirects=False).status_code == 303
        clock.advance(1.0)
        assert _try(client, PASSWORD).status_code == 303
        assert client.get("/pipeline").status_code == 200


def test_another_address_can_still_sign_in(web_config: WebConfig) -> None:
    clock = FakeClock()
    app = create_app(_locked(web_config, clock))
    with TestClient(app, client=("198.51.100.1", 5000)) as guesser:
        for _ in range(CLIENT_FREE + 1):
            _try(guesser, "wrong guess")
        assert _try(guesser, "wrong guess").status_code == 429
    with TestClient(app, client=("198.51.100.2", 5000)) as owner:
        assert _try(owner, PASSWORD).status_code == 303


def test_logout_ends_the_session_on_the_server(web_config: WebConfig) -> None:
    app = create_app(_locked(web_config, FakeClock()))
    with TestClient(app) as client:
        assert _try(client, PASSWORD).status_code == 303
        copied = dict(client.cookies)
        assert client.get("/pipeline").status_code == 200
        csrf = client.get("/api/session").json()["csrf"]
        client.post("/logout", data={"csrf": csrf})
    with TestClient(app, cookies=copied) as thief:
        r = thief.get("/pipeline", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        assert thief.get("/api/today").status_code == 401


def test_a_restart_signs_everyone_out(web_config: WebConfig) -> None:
    config = _locked(web_config, FakeClock())
    with TestClient(create_app(config)) as client:
        _try(client, PASSWORD)
        copied = dict(client.cookies)
    with TestClient(create_app(config), cookies=copied) as again:
        assert again.get("/pipeline", follow_redirects=False).status_code == 303


def test_the_password_check_does_not_block_other_requests(
        web_config: WebConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    """While one argon2 check runs (held here on an event), the server answers others."""
    from followup.web import config as web_config_module

    started, release = threading.Event(), threading.Event()

    def slow_verify(stored: str, password: str) -> bool:
        started.set()
        release.wait(30)
        return False

    monkeypatch.setattr(web_config_module, "verify_password", slow_verify)
    with LiveServer(_locked(web_config, FakeClock())) as server:
        page = urllib.request.urlopen(server.url + "/login", timeout=10)
        cookie = page.headers["set-cookie"].split(";")[0]
        csrf = page.read().decode().split('name="csrf" value="')[1].split('"')[0]
        body = f"csrf={csrf}&password=guess".encode()
        sign_in = urllib.request.Request(server.url + "/login", data=body,
                                         headers={"Cookie": cookie})
        result: list[int] = []

        def post() -> None:
            try:
                urllib.request.urlopen(sign_in, timeout=30)
            except urllib.error.HTTPError as exc:
                result.append(exc.code)

        worker = threading.Thread(target=post)
        worker.start()
        assert started.wait(10)
        other = urllib.request.urlopen(server.url + "/login", timeout=5)  # not stuck
        assert other.status == 200
        release.set()
        worker.join(30)
        assert result == [401]


def test_only_the_allowed_host_names_are_answered(web_config: WebConfig) -> None:
    hosts = allowed_hosts("192.0.2.10", ["followup.home.example"])
    assert {"192.0.2.10", "followup.home.example", "127.0.0.1", "localhost"} <= set(hosts)
    app = create_app(replace(web_config, allowed_hosts=hosts))
    with TestClient(app, base_url="http://192.0.2.10:8765") as client:
        assert client.get("/").status_code == 200
        assert client.get("/", headers={"Host": "followup.home.example"}).status_code == 200
        refused = client.get("/", headers={"Host": "rebind.attacker.example"})
        assert refused.status_code == 400
        assert client.get("/api/today",
                          headers={"Host": "attacker.example:8765"}).status_code == 400


def test_the_start_up_line_names_the_real_address_and_warns_about_plain_http() -> None:
    hosts = allowed_hosts("0.0.0.0", [])
    lines = start_lines("0.0.0.0", 8765, False, hosts)
    assert lines[0] == ("followup: the dashboard is at http://0.0.0.0:8765/ (Ctrl+C stops it)",
                        False)
    assert any(loud and "WARNING: plain HTTP" in text for text, loud in lines)
    safe = start_lines("192.0.2.10", 8443, True, allowed_hosts("192.0.2.10", []))
    assert safe == [("followup: the dashboard is at https://192.0.2.10:8443/ "
                     "(Ctrl+C stops it)", False)]
    assert not any(loud for _, loud in start_lines("127.0.0.1", 8765, False, ()))


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made here, with `cryptography`."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "followup test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    certfile, keyfile = folder / "cert.pem", folder / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


def test_tls_with_a_self_signed_certificate_and_secure_cookies(tmp_path: Path) -> None:
    certfile, keyfile = _self_signed(tmp_path)
    config = WebConfig(db_path=tmp_path / "followup.db", tz="UTC",
                       clock=lambda: dt.datetime(2026, 11, 23, 18, tzinfo=dt.UTC),
                       secrets=Secrets("t" * 43, "f" * 40, HASH), secure_cookies=True,
                       secrets_file=tmp_path / "web.json")
    trust = ssl.create_default_context(cafile=str(certfile))
    with LiveServer(config, ssl_certfile=str(certfile), ssl_keyfile=str(keyfile)) as server:
        assert server.url.startswith("https://")
        page = urllib.request.urlopen(server.url + "/login", context=trust, timeout=10)
        assert page.status == 200
        cookie = page.headers["set-cookie"].lower()
        assert "secure" in cookie and "httponly" in cookie
        assert page.headers["strict-transport-security"].startswith("max-age=")
        with pytest.raises(urllib.error.URLError):  # an unverified certificate is refused
            urllib.request.urlopen(server.url + "/login", context=ssl.create_default_context(),
                                   timeout=10)
