"""`followup remind --via URL`: the digest pushed through Apprise (json:// to an endpoint on
loopback), at most once a day per address, even when the sender is killed mid-push."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from test_remind import two

Cli = Callable[..., Any]
SRC = Path(__file__).resolve().parents[1] / "src"
__all__ = ["two"]  # a fixture, used by name


class Endpoint:
    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.status = 200
        self.on_post: Callable[[], None] | None = None
        self.got = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                endpoint.posts.append(json.loads(body))
                endpoint.got.set()
                if endpoint.on_post is not None:
                    endpoint.on_post()
                self.send_response(endpoint.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    pytest.importorskip("apprise")
    e = Endpoint()
    yield e
    e.stop()


def _digests(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT day, state FROM digests").fetchall()
    finally:
        conn.close()


def test_one_push_a_day(cli: Cli, endpoint: Endpoint, two: Any, db_path: Path) -> None:
    first = cli("remind", "--via", endpoint.url, "--json", now="2026-11-24T07:00")
    assert first.code == 0, first.stderr
    assert first.json()["sent"] is True and first.json()["via"] == "json://…"
    assert len(endpoint.posts) == 1
    post = endpoint.posts[0]
    assert post["title"] == "followup: 2 steps for Tue 24 Nov (1 overdue)"
    assert "Acme — thank-you email → Jane Doe" in post["message"]
    again = cli("remind", "--via", endpoint.url, now="2026-11-24T12:00")
    assert again.code == 0 and "already went" in again.stdout
    assert len(endpoint.posts) == 1
    assert str(endpoint.server.server_port) not in again.stdout  # the address stays private
    assert _digests(db_path) == [("2026-11-24", "sent")]


def test_a_refused_push_is_one_line_and_tried_again(cli: Cli, endpoint: Endpoint, two: Any,
                                                    db_path: Path) -> None:
    endpoint.status = 500
    res = cli("remind", "--via", endpoint.url, now="2026-11-24T07:00")
    assert res.code != 0 and res.stderr.count("\n") == 1 and "push" in res.stderr
    endpoint.status = 200
    res = cli("remind", "--via", endpoint.url, now="2026-11-24T07:30")
    assert res.code == 0, res.stderr
    assert len(endpoint.posts) == 2 and _digests(db_path) == [("2026-11-24", "sent")]


def test_an_unknown_address_is_refused_before_anything(cli: Cli, two: Any,
                                                       db_path: Path) -> None:
    pytest.importorskip("apprise")
    res = cli("remind", "--via", "nosuchservice://token", now="2026-11-24T07:00")
    assert res.code == 2 and "does not know" in res.stderr and "token" not in res.stderr
    assert _digests(db_path) == []


def test_killed_mid_push_it_never_pushes_twice(cli: Cli, endpoint: Endpoint, two: Any,
                                              db_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "followup", "--db", str(db_path), "--now", "2026-11-24T07:00",
         "remind", "--via", endpoint.url], env={**os.environ, "PYTHONPATH": str(SRC)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    endpoint.on_post = lambda: os.kill(child.pid, signal.SIGKILL)  # received, not answered
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL and len(endpoint.posts) == 1
    assert _digests(db_path) == [("2026-11-24", "sending")]
    endpoint.on_post = None
    again = cli("remind", "--via", endpoint.url, now="2026-11-24T08:00")
    assert again.code == 0 and "already went" in again.stdout
    assert len(endpoint.posts) == 1, "no second push after the kill"
