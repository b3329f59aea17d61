"""`followup mcp` (issue 28): from starting the server to the answer of the first tool call,
against a bare `python -c pass`, on the bench database.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/assistant.py [--db PATH] [--apps 10000] [--runs 11]

Each run starts `followup --db DB --now DAY mcp` as an assistant does, speaks the protocol
itself over the pipes (initialize, initialized, then `tools/call today`; a bare client, so
the client's own start-up is not counted), and times from the spawn to the call's answer;
the server's CPU time comes from wait4 once it has exited (stdin closed). Bytecode is
compiled first (an installed package has it). The target: under 1 s (median wall time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

import bench  # the builder (bench/ is the script's folder: on the path)
from commands import compile_bytecode

TARGET_S = 1.0
PROTOCOL = "2025-11-25"


def _send(pipe: IO[bytes], message: dict[str, Any]) -> None:
    pipe.write(json.dumps(message).encode() + b"\n")
    pipe.flush()


def _answer(pipe: IO[bytes], want: int) -> dict[str, Any]:
    while True:
        line = pipe.readline()
        if not line:
            raise RuntimeError("the server closed its output before answering")
        got = json.loads(line)
        if got.get("id") == want:
            return dict(got)


def first_call(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds from spawn to the first call's answer, the server's CPU seconds, and how many
    steps `today` gave."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    assert p.stdin is not None and p.stdout is not None
    _send(p.stdin, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": PROTOCOL, "capabilities": {},
        "clientInfo": {"name": "bench", "version": "0"}}})
    _answer(p.stdout, 1)
    _send(p.stdin, {"jsonrpc": "2.0", "method": "notifications/initialized"})
    _send(p.stdin, {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                    "params": {"name": "today", "arguments": {}}})
    got = _answer(p.stdout, 2)
    wall = time.perf_counter() - start
    p.stdin.close()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    result = got["result"]
    assert not result.get("isError"), result
    steps = len(json.loads(result["content"][0]["text"]))
    return wall, usage.ru_utime + usage.ru_stime, steps


def bare(env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", "pass"], env=env)
    _, _, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--db", type=Path, help="reuse this database if it exists, else build it")
    ap.add_argument("--apps", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as work:
        db = args.db or Path(work) / "bench.db"
        if not db.exists():
            bench.build_db(db, args.apps, 20261123, bulk=True)
        env = bench.child_env(Path(work))
        argv = [*bench.followup_argv(), "--db", str(db), "--now", bench.NOW_DAY.isoformat(),
                "mcp"]
        first_call(argv, env)  # warm-up: the page cache, the database brought up to date
        served, base = [], []
        for _ in range(args.runs):  # round-robin, so a burst of other work hits both alike
            served.append(first_call(argv, env))
            base.append(bare(env))
    wall = statistics.median(s[0] for s in served)
    cpu = statistics.median(s[1] for s in served)
    bare_wall = statistics.median(b[0] for b in base)
    bare_cpu = statistics.median(b[1] for b in base)
    print(f"followup mcp, spawn to the answer of `today` ({served[0][2]:,} steps), "
          f"{args.runs} runs, load average {os.getloadavg()[0]:.1f}:")
    print(f"  wall median {wall * 1000:.0f} ms (fastest {min(s[0] for s in served) * 1000:.0f},"
          f" slowest {max(s[0] for s in served) * 1000:.0f}); CPU median {cpu * 1000:.0f} ms")
    print(f"  python -c pass: wall {bare_wall * 1000:.1f} ms, CPU {bare_cpu * 1000:.1f} ms; "
          f"ratios {wall / bare_wall:.0f}x wall, {cpu / bare_cpu:.0f}x CPU")
    met = wall < TARGET_S
    print(f"  target: under {TARGET_S:.0f} s: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
