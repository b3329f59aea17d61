"""Every command at 10,000 applications: each read command against a bare `python -c pass`,
`add`, and `list` against the peer CLI applyr (`applyr list --all --json`) on the same data.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/commands.py [--db PATH] [--apps 10000] [--runs 9]

The database is built as bench.py builds it (or reused with --db); the commands run on a copy,
so `add` does not change a database given with --db. Bytecode is compiled first (an installed
package has it). Every command gets a checked warm-up run, then the timed runs go round-robin
(bench.time_commands), and the table gives the median wall time, the median CPU time, the
ratio to the bare start and the target. applyr is installed into bench/.applyr-venv (kept,
git-ignored) when missing; if that fails, its rows are skipped with a line saying why.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import bench  # the builder and the timing loop (bench/ is the script's folder: on the path)
from rich.table import Table

HERE = Path(__file__).resolve().parent
APPLYR_VENV = HERE / ".applyr-venv"
READ_RATIO = 5.0  # issue 11: every read command at most 5x a bare start
ADD_RATIO = 8.0  # issue 11: add at most 8x
APPLYR_SHARE = 1 / 3  # issue 11: list at most a third of `applyr list --all --json`
# How a followup status reads in applyr's vocabulary (applyr/db.py VALID_STATUSES).
_APPLYR_STATUS = {"active": "waiting", "responded": "in_process", "offer": "offer",
                  "rejected": "rejected", "withdrawn": "discarded", "closed": "rejected"}


def compile_bytecode() -> None:
    """What an installed package has: the .pyc of every module, so no run pays to compile."""
    import followup

    src = Path(followup.__file__).resolve().parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True,
                   stdout=subprocess.DEVNULL)


def applyr_exe(venv: Path) -> Path | None:
    """applyr's console script, installed into `venv` with pip when missing; None (and one
    line saying why) when it cannot be installed."""
    exe = venv / "bin" / "applyr"
    if exe.is_file():
        return exe
    bench.console.print(f"installing applyr into {venv.name} …")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                       capture_output=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "applyr"], check=True,
                       capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        bench.console.print(f"[yellow]applyr skipped: it could not be installed ({exc})[/]")
        return None
    return exe if exe.is_file() else None


def applyr_env(work: Path) -> dict[str, str]:
    home = work / "applyr-home"
    return {"APPLYR_HOME": str(home / ".applyr"), "APPLYR_CV_HOME": str(home / "cv"),
            "HOME": str(home)}


def fill_applyr(exe: Path, env: dict[str, str], db: Path) -> int:
    """The applications of followup's database written into applyr's store: `applyr init`
    makes it, then one `offers` row per application (company, title, status, the day it was
    received and the first interview's day as the day applied), as `applyr add` would store
    it. Returns the rows written."""
    subprocess.run([str(exe), "init"], env=env, check=True, capture_output=True,
                   stdin=subprocess.DEVNULL)
    source = sqlite3.connect(db)
    try:
        rows = source.execute(
            "SELECT a.company, a.role, a.status, substr(a.created_at, 1, 10),"
            " (SELECT min(substr(at, 1, 10)) FROM interviews i WHERE i.application_id = a.id)"
            " FROM applications a ORDER BY a.id").fetchall()
    finally:
        source.close()
    target = sqlite3.connect(Path(env["APPLYR_HOME"]) / "jobs.db")
    try:
        with target:
            target.executemany(
                "INSERT INTO offers (title, company, status, applied, date_received,"
                " date_applied, canal, compatibility_pct) VALUES (?, ?, ?, 1, ?, ?, 'email', ?)",
                [(role, company, _APPLYR_STATUS.get(status, "waiting"), created, first,
                  50 + i % 50) for i, (company, role, status, created, first) in
                 enumerate(rows)])
    finally:
        target.close()
    return len(rows)


def _json_list(minimum: int) -> Callable[[str], None]:
    def check(out: str) -> None:
        doc = json.loads(out)
        if not isinstance(doc, list) or len(doc) < minimum:
            raise SystemExit(f"bench: expected a JSON list of at least {minimum} items")

    return check


def _json_doc(out: str) -> None:
    json.loads(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--apps", type=int, default=10_000, help="applications when building")
    ap.add_argument("--runs", type=int, default=9, help="timed runs per command (median)")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--db", type=Path, metavar="PATH",
                    help="a database built by bench.py (reused; the commands run on a copy)")
    ap.add_argument("--budget", type=float, default=60.0, metavar="SECONDS",
                    help="time budget per command: slower commands get fewer runs")
    ap.add_argument("--no-applyr", action="store_true", help="leave applyr out")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--only", metavar="WORD", action="append",
                    help="time only the commands whose label starts with WORD (repeatable; "
                    "the bare start is always timed), e.g. --only add")
    args = ap.parse_args(argv)

    compile_bytecode()
    bench.console.print(f"[bold]machine[/]  {bench.machine()}")
    bench.console.print(f"[bold]code[/]     {bench.code_version()}")
    with tempfile.TemporaryDirectory(prefix="followup-commands-") as tmp:
        work = Path(tmp)
        db = work / "bench.db"
        if args.db is not None and args.db.exists():
            shutil.copyfile(args.db, db)
        else:
            bench.build_db(db, args.apps, args.seed, bulk=True)
            if args.db is not None:
                shutil.copyfile(db, args.db)
        built = bench.describe_db(db)
        mid = max(1, built.apps // 2)
        # The holiday tables `add` keeps between runs (store.holiday_cache) go to a folder of
        # the run's own: the warm-up run makes them, as a first `add` on a machine does.
        env = {**bench.child_env(work), "XDG_CACHE_HOME": str(work / "cache")}
        fu = [*bench.followup_argv(), "--db", str(db), "--now", bench.NOW_DAY.isoformat()]
        add = [*fu, "add", "Bench Analytics", "--role", "Data Analyst", "--interviewed",
               "2026-11-20 10:00", "--tz", "America/New_York", "--with",
               "Dana Bench <dana@benchanalytics.example>"]
        commands = [
            (bench.Command("python -c pass", [sys.executable, "-c", "pass"]), None),
            (bench.Command("list --json", [*fu, "list", "--json"], _json_list(built.apps)),
             READ_RATIO),
            (bench.Command("list (human, 80 columns)", [*fu, "list"]), READ_RATIO),
            (bench.Command(f"show {mid}", [*fu, "show", str(mid)]), READ_RATIO),
            (bench.Command(f"network {mid}", [*fu, "network", str(mid)]), READ_RATIO),
            (bench.Command("contacts list", [*fu, "contacts", "list"]), READ_RATIO),
            (bench.Command("playbooks", [*fu, "playbooks"]), READ_RATIO),
            (bench.Command("stats --json", [*fu, "stats", "--json"], _json_doc), READ_RATIO),
            (bench.Command("today --json", [*fu, "today", "--json"], _json_doc), None),
            (bench.Command("today (human, 80 columns)", [*fu, "today"]), READ_RATIO),
            (bench.Command("add (human)", add), ADD_RATIO),
            (bench.Command("add --json", [*add, "--json"], _json_doc), ADD_RATIO),
        ]
        if args.only:
            commands = [(c, limit) for c, limit in commands if (limit is None and c is
                        commands[0][0]) or c.label.startswith(tuple(args.only))]
        applyr = None if args.no_applyr or args.only else applyr_exe(APPLYR_VENV)
        if applyr is not None:
            env.update(applyr_env(work))
            written = fill_applyr(applyr, env, db)
            bench.console.print(f"applyr: {written:,} offers written into its store")
            commands.append((bench.Command("applyr list --all --json",
                                           [str(applyr), "list", "--all", "--json"],
                                           _json_list(built.apps)), None))
        load_before = bench.load_average()
        bench.console.print(f"timing {len(commands)} commands, {args.runs} runs each "
                            f"(load average before: {load_before}) …")
        timed = bench.time_commands([c for c, _ in commands], env, args.runs, args.budget)
        load_after = bench.load_average()

    bare = timed[0]
    bare_cpu = statistics.median(bare.cpu_ms)
    by_label = {t.label: t for t in timed}
    peer = by_label.get("applyr list --all --json")
    table = Table(title=f"every command at {built.apps:,} applications · median of "
                  f"{args.runs} runs · load {load_before} → {load_after}")
    for name, justify in (("command", "left"), ("ms", "right"), ("CPU ms", "right"),
                          ("ratio", "right"), ("CPU ratio", "right"), ("target", "right"),
                          ("met?", "center"), ("by CPU?", "center")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    missed: list[str] = []

    def verdict(ok: bool | None) -> str:
        return "—" if ok is None else "[green]yes[/]" if ok else "[red]no[/]"

    def row(label: str, t: bench.Timed, base: tuple[float, float] | None, limit: float | None,
            unit: str) -> None:
        cpu = statistics.median(t.cpu_ms)
        ratio, cpu_ratio = ((t.median / base[0], cpu / base[1]) if base
                            else (float("nan"), float("nan")))
        ok = None if limit is None else ratio <= limit
        ok_cpu = None if limit is None else cpu_ratio <= limit
        text = (lambda x: f"{x:.2f}{unit}") if unit != "×" else (lambda x: f"{x:.1f}×")
        table.add_row(label, f"{t.median:.1f}", f"{cpu:.1f}",
                      text(ratio) if base else "—", text(cpu_ratio) if base else "—",
                      "—" if limit is None else f"≤ {limit:.2g}{unit}", verdict(ok),
                      verdict(ok_cpu))
        if ok is False:
            missed.append(label)

    for (cmd, limit), t in zip(commands, timed, strict=True):
        row(cmd.label, t, None if t is bare else (bare.median, bare_cpu), limit, "×")
    if peer is not None:
        base = (peer.median, statistics.median(peer.cpu_ms))
        for label in ("list --json", "list (human, 80 columns)"):
            row(f"{label} / applyr's", by_label[label], base, APPLYR_SHARE, " of applyr")
    bench.console.print(table)
    bench.console.print(f"[bold]load average[/] before {load_before}, after {load_after} "
                        f"({os.cpu_count()} cores; other work skews the wall times, the CPU "
                        "column less so)")
    if missed:
        bench.console.print(f"[red]over target:[/] {', '.join(missed)}")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
