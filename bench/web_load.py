"""Load run for the web dashboard: the real `followup web` server over loopback, on a large
database, with a bounded number of requests.

Run from the repository root with the project's virtualenv:

    /work/venv/bin/python bench/web_load.py [--apps 10000] [--requests 300] [--clients 1 4]

It builds a database of --apps applications with bench/bench.py's generator (or takes --db),
starts `python -m followup --db DB --now 2026-11-23 web --no-browser` on a free port of
127.0.0.1, and times GET requests over keep-alive connections: every page and list API (target:
p95 under 50 ms with one client, under 150 ms with four at once), first with one client (one
person's dashboard), then with several at once. Every request goes to 127.0.0.1 only; the run
stops after --requests per page and client count, or --max-seconds, whichever comes first.
See bench/README.md for the numbers measured so far.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NOW = "2026-11-23T18:00"
TARGET_P95_MS = {1: 50.0, 4: 150.0}  # issue 14: every page and API call, by client count
FEED_TOKEN = "bench-feed-token-" + "0" * 32  # written into the server's config folder


def _bench_module() -> object:
    spec = importlib.util.spec_from_file_location("followup_bench", HERE / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["followup_bench"] = module
    spec.loader.exec_module(module)
    return module


def build(path: Path, apps: int, seed: int) -> None:
    bench = _bench_module()
    built = bench.build_db(path, apps, seed, True)  # type: ignore[attr-defined]
    print(f"built {apps} applications in {built.seconds:.0f} s: {built.steps} steps, "
          f"{built.pending_due} due on {NOW[:10]}, {built.size_mib:.1f} MiB")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`followup web` in a child process, with its own config folder."""

    def __init__(self, db: Path, home: Path, src: Path = ROOT / "src") -> None:
        self.port = free_port()
        home.mkdir(parents=True, exist_ok=True)
        (home / "web.json").write_text(json.dumps(
            {"session_key": "k" * 43, "feed_token": FEED_TOKEN}), encoding="utf-8")
        env = {**os.environ, "FOLLOWUP_CONFIG_DIR": str(home), "PYTHONPATH": str(src),
               "FOLLOWUP_TZ": "America/New_York"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "followup", "--db", str(db), "--now", NOW, "web",
             "--port", str(self.port), "--no-browser"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.proc.stderr.read()}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start in time")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@dataclass
class Run:
    page: str
    clients: int
    ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    size: int = 0
    cpu_ms: float = 0.0  # the server's CPU time per request: what the machine's load hides


    def pct(self, q: float) -> float:
        ordered = sorted(self.ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    @property
    def rps(self) -> float:
        return len(self.ms) / self.seconds if self.seconds else 0.0


def _client(port: int, path: str, count: int, out: Run, lock: threading.Lock,
            stop_at: float) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for _ in range(count):
            if time.monotonic() > stop_at:
                break
            start = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            took = (time.perf_counter() - start) * 1000
            with lock:
                out.ms.append(took)
                out.size = len(body)
                if resp.status != 200:
                    out.errors += 1
    finally:
        conn.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(port: int, path: str, clients: int, requests: int, warmup: int,
            max_seconds: float, pid: int = 0) -> Run:
    _client(port, path, warmup, Run(path, 1), threading.Lock(), time.monotonic() + 30)
    run = Run(path, clients)
    lock = threading.Lock()
    stop_at = time.monotonic() + max_seconds
    per_client = max(1, requests // clients)
    threads = [threading.Thread(target=_client, args=(port, path, per_client, run, lock, stop_at))
               for _ in range(clients)]
    start, cpu = time.perf_counter(), cpu_seconds(pid)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.seconds = time.perf_counter() - start
    run.cpu_ms = (cpu_seconds(pid) - cpu) * 1000 / max(1, len(run.ms))
    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--apps", type=int, default=10_000, help="applications in the database")
    ap.add_argument("--db", type=Path, help="use this database instead of building one")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--requests", type=int, default=300, help="timed requests per run")
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 4],
                    help="concurrent keep-alive clients, one run each")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="cap per run")
    ap.add_argument("--keep", action="store_true", help="keep the built database")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="the tree whose followup the server runs (default: this checkout's)")
    ap.add_argument("--no-feed", action="store_true",
                    help="leave the calendar feed out (before issue 21 one read took minutes)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="followup-web-load-") as tmp:
        folder = Path(tmp)
        db = args.db
        if db is None:
            db = (Path(tempfile.mkdtemp(prefix="followup-web-db-")) if args.keep else folder) \
                / "followup.db"
            build(db, args.apps, args.seed)
        server = Server(db, folder / "config", args.src)
        load_before = os.getloadavg()[0]
        try:
            server.wait()
            app_id = args.apps // 2 or 1
            pages = ["/", "/?page=3", "/api/today", f"/applications/{app_id}", "/pipeline",
                     "/pipeline?view=table&page=3", "/pipeline?view=table&q=data&sort=company",
                     "/api/applications", "/api/applications?q=data&sort=company&offset=100",
                     "/api/nudge", "/applications/new", "/settings",
                     f"/api/applications?offset={max(0, args.apps - 1000)}",
                     "/pipeline?view=table&page=100",
                     "/settings/general", "/settings/mail", "/settings/password",
                     "/settings/backups", "/inbox"]
            if not args.no_feed:
                pages.append(f"/feed/{FEED_TOKEN}.ics")
            runs = [measure(server.port, page, clients, args.requests, args.warmup,
                            args.max_seconds, server.proc.pid)
                    for clients in args.clients for page in pages]
        finally:
            server.stop()
        if args.keep and args.db is None:
            print(f"database kept: {db}")

    missed = [r for r in runs
              if r.errors or r.pct(0.95) > TARGET_P95_MS.get(r.clients, TARGET_P95_MS[4])]
    ok = not missed
    if args.json:
        print(json.dumps([{
            "page": r.page, "clients": r.clients, "requests": len(r.ms), "errors": r.errors,
            "p50_ms": round(r.pct(0.5), 2), "p95_ms": round(r.pct(0.95), 2),
            "p99_ms": round(r.pct(0.99), 2), "max_ms": round(max(r.ms), 2),
            "req_per_s": round(r.rps, 1), "bytes": r.size, "cpu_ms": round(r.cpu_ms, 2),
        } for r in runs], indent=2))
    else:
        print(f"{'page':<44}{'clients':>8}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
              f"{'max ms':>9}{'req/s':>8}{'KiB':>7}{'errors':>7}{'cpu ms':>8}")
        for r in runs:
            print(f"{r.page:<44}{r.clients:>8}{len(r.ms):>6}{r.pct(0.5):>9.1f}"
                  f"{r.pct(0.95):>9.1f}{r.pct(0.99):>9.1f}{max(r.ms):>9.1f}{r.rps:>8.1f}"
                  f"{r.size / 1024:>7.0f}{r.errors:>7}{r.cpu_ms:>8.1f}")
        load = os.getloadavg()[0]
        verdict = "met by every page" if ok else "MISSED by " + ", ".join(
            f"{r.page} ({r.clients})" for r in missed)
        print(f"\ntarget p95: {TARGET_P95_MS[1]:.0f} ms with 1 client, {TARGET_P95_MS[4]:.0f} ms "
              f"with more: {verdict}; machine load average {load_before:.1f} at the start, "
              f"{load:.1f} at the end")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    raise SystemExit(main())
