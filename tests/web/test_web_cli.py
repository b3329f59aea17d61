"""`followup web`: start-up stays free of FastAPI, the password, the address rules, a real
server in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from web_helpers import free_port

from followup.web.config import load_secrets, verify_password

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_cli_does_not_import_the_web_stack() -> None:
    code = ("import sys, followup.cli.app; "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'pydantic') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(SRC)}, check=True)
    assert out.stdout.strip() == "[]"


def test_set_password_stores_an_argon2_hash(cli: Callable[..., Any]) -> None:
    r = cli("web", "--set-password", input="a good long password\na good long password\n")
    assert r.code == 0, r.stderr
    assert "Password saved (argon2 hash)" in r.stdout
    stored = load_secrets(Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "web.json")
    assert stored.password_hash and verify_password(stored.password_hash, "a good long password")


def test_a_short_password_is_refused(cli: Callable[..., Any]) -> None:
    r = cli("web", "--set-password", input="short\nshort\n")
    assert r.code == 2
    assert "the password is too short" in r.stderr


def test_another_address_needs_a_password(cli: Callable[..., Any]) -> None:
    r = cli("web", "--host", "0.0.0.0", "--no-browser")
    assert r.code == 2
    assert "needs a password" in r.stderr and "followup web --set-password" in r.stderr


def test_a_busy_port_is_one_clear_line(cli: Callable[..., Any]) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = cli("web", "--port", str(port), "--no-browser")
    assert r.code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr


def test_followup_web_serves_the_dashboard(db_path: Path, cli: Callable[..., Any]) -> None:
    cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "--db", str(db_path), "--now", "2026-11-23T18:00",
         "web", "--port", str(port), "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/today") as resp:
                    steps = json.load(resp)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert steps[0]["company"] == "Acme"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as resp:
            assert "Thank-you email" in resp.read().decode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/",
                                     headers={"Host": "rebind.example"})
        try:
            urllib.request.urlopen(req)
            raise AssertionError("a foreign Host header was served")
        except urllib.error.HTTPError as exc:
            assert exc.code == 400
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=15)
    assert f"http://127.0.0.1:{port}/" in out
