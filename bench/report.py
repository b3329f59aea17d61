"""How long `followup report activity` takes for a year of a busy search (issue 25: < 2 s).

    .venv/bin/python bench/report.py [--apps 1000] [--runs 5]

Builds (once) a database of `--apps` applications with their histories (bench.build_db: far
more than a year of any one person's search), then times the record of the whole year before
the bench's "now" in each format, as fresh processes (wall and CPU, medians), beside
`python -c pass`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import bench  # bench/ is the script's folder: on the path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    work = HERE / ".report"
    work.mkdir(exist_ok=True)
    db = args.db or work / f"report-{args.apps}.db"
    if not db.exists():
        built = bench.build_db(db, args.apps, 20261123, bulk=True)
        print(f"built {built.apps} applications, {built.steps} steps in {built.seconds:.0f} s")
    env = bench.child_env(work)
    exe = [sys.executable, "-m", "followup", "--db", str(db), "--now", "2026-11-23 18:00"]
    period = ["--from", "2025-11-24", "--to", "2026-11-23"]
    out = work / "out"
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "report activity (csv)": [*exe, "report", "activity", *period],
        "report activity (html)": [*exe, "report", "activity", *period, "--format", "html"],
        "report activity (pdf)": [*exe, "report", "activity", str(out), *period,
                                  "--format", "pdf", "--force"],
    }
    print(f"{'command':28} {'wall ms':>9} {'CPU ms':>9}")
    for label, argv in commands.items():
        bench._run_once(argv, env)  # warm-up
        runs = [bench._run_once(argv, env) for _ in range(args.runs)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(f"{label:28} {wall:9.0f} {cpu:9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
