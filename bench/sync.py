"""`followup sync` at scale (issue 26): the first sync of N next actions and a sync with
nothing changed, against a local Radicale (started here, on loopback, with its own folder)
and against the Nextcloud-style server of the tests (in memory: what followup itself costs).

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/sync.py [--actions 1000] [--runs 5]

Each sync runs as `followup sync --json` in a fresh process (as cron would run it); the table
gives its wall time, its own CPU time (the server's is not counted) and the requests it made.
Also checked: no other command imports the sync's modules (caldav, icalendar, the engine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the test servers

NOW = "2026-11-23T18:00"


def build(db: Path, n: int) -> None:
    """N applications interviewed this morning: each has its thank-you as a next action."""
    from followup import service
    from followup.core.model import Person
    from followup.store.sqlite import Store

    now = datetime(2026, 11, 23, 18, tzinfo=ZoneInfo("America/New_York"))
    store = Store(db)
    with store.write():
        for i in range(n):
            service.add_application(
                store, company=f"Company {i}", role="Analyst", now=now,
                interview=service.NewInterview(
                    at=now.replace(hour=10), tz="America/New_York",
                    interviewers=(Person(f"Person {i}", f"p{i}@company{i}.example"),)))
    store.close()


def run_sync(db: Path, env: dict[str, str]) -> tuple[float, float, dict[str, object]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                           "sync", "--json", "--timeout", "600"], env=env,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(done.stdout)


def loaded_by_today(db: Path, env: dict[str, str]) -> list[str]:
    code = ("import sys\nfrom followup.cli import main\ntry:\n"
            f"    main(['--db', {str(db)!r}, '--now', {NOW!r}, 'today'])\n"
            "except SystemExit:\n    pass\n"
            "print([m for m in ('caldav', 'icalendar', 'apprise', 'segno', "
            "'followup.sync.engine', 'followup.sync.dav') if m in sys.modules], "
            "file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"'))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import followup

    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(followup.__file__).parent)], check=True)
    from caldav_fake import Fake
    from caldav_servers import PASSWORD, USER, Radicale

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.db"
        t = time.perf_counter()
        build(template, args.actions)
        print(f"built {args.actions} applications in {time.perf_counter() - t:.1f} s")
        base = {**os.environ, "FOLLOWUP_CONFIG_DIR": str(folder / "config"),
                "FOLLOWUP_TZ": "America/New_York", "FOLLOWUP_CALDAV_USER": USER,
                "FOLLOWUP_CALDAV_PASSWORD": PASSWORD,
                "PYTHONPATH": str(Path(followup.__file__).parent.parent)}
        print(f"modules `today` loads of the sync's: {loaded_by_today(template, base)}")
        fake = Fake("nextcloud")
        radicale = Radicale(folder / "radicale")
        quick = Radicale(folder / "radicale-nofsync", fsync=False)
        try:
            for name, url in (("Nextcloud-style, in memory", fake.url),
                              ("Radicale 3, local", radicale.url),
                              ("Radicale 3, local, without its fsync", quick.url)):
                db = folder / f"{len(name)}.db"
                db.write_bytes(template.read_bytes())
                env = {**base, "FOLLOWUP_CALDAV_URL": url}
                wall, cpu, first = run_sync(db, env)
                print(f"{name}: first sync of {first['created']} tasks: {wall:.2f} s wall, "
                      f"{cpu:.2f} s CPU of followup, {first['requests']} requests")
                walls, cpus, requests = [], [], []
                for _ in range(args.runs):
                    wall, cpu, again = run_sync(db, env)
                    walls.append(wall)
                    cpus.append(cpu)
                    requests.append(again["requests"])
                print(f"{name}: sync with nothing changed: median {statistics.median(walls):.3f}"
                      f" s wall, {statistics.median(cpus):.3f} s CPU, requests {set(requests)}")
        finally:
            radicale.stop()
            quick.stop()
            fake.stop()


if __name__ == "__main__":
    main()
