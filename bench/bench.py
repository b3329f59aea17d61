"""Benchmark for followup: start-up latency of the CLI on a large database, and planner throughput.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/bench.py [--apps 10000] [--plans 100000] [--runs 15]

It builds a database of --apps applications in a temporary folder through the real service
layer, times the commands a script or a shell prompt would run (each as a fresh subprocess,
median of --runs), records the peak memory of `today --json`, times the pure planner over
--plans phases, and prints one table with the targets of the performance issue. See
bench/README.md for what each number means and the numbers measured so far.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from followup import jsonout, service
from followup.core.calendar import BusinessCalendar, localize
from followup.core.model import (
    Application,
    Channel,
    EventKind,
    Interview,
    Outcome,
    Person,
    Phase,
    Playbook,
    StepKind,
    StepStatus,
    Timeline,
)
from followup.core.planner import plan
from followup.core.playbooks import get_playbook
from followup.store.sqlite import Store

NOW_DAY = date(2026, 11, 23)  # the fixed "now" of every command (a Monday)
HOME_TZ = "America/New_York"  # the candidate's own zone (FOLLOWUP_TZ of the children)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo(HOME_TZ))  # what --now NOW_DAY means
TARGET_TODAY_MS = 100.0
TARGET_TODAY_RATIO = 4.0  # issue 10: the rolling plan must not cost the morning command its speed
TARGET_HUMAN_RATIO = 3.0  # issue 10: the human table under 3× the JSON
TARGET_PLANS_PER_S = 20_000.0

# Piped output (a log, CI) gets a wide table instead of Rich's 80-column default.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)

# -- made-up but plausible data ----------------------------------------------------------------

_FIRST = ("Jane", "Raj", "Maria", "Bill", "Alice", "Tom", "Aiko", "Lars", "Chloé", "Omar",
          "Priya", "Diego", "Hannah", "Kwame", "Mei", "Sven", "Fatima", "Luca", "Noa", "Ivan")
_LAST = ("Doe", "Patel", "Garcia", "Lumbergh", "Wong", "Nguyen", "Tanaka", "Berg", "Martin",
         "Haddad", "Iyer", "Santos", "Schmidt", "Mensah", "Chen", "Olsen", "Khan", "Rossi",
         "Levi", "Petrov")
_TITLES = (None, None, "Hiring Manager", "Engineering Manager", "Recruiter", "Team Lead",
           "Director", "Senior Engineer", "HR Business Partner")
_CO_A = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne",
         "Soylent", "Cyberdyne", "Tyrell", "Wonka", "Aperture", "Massive", "Pied Piper",
         "Dunder", "Gringotts", "Oscorp", "Nakatomi", "Monarch")
_CO_B = ("Analytics", "Health", "Labs", "Systems", "Logistics", "Energy", "Media", "Bank",
         "Foods", "Robotics", "Games", "Insurance", "Retail", "Cloud", "Bio")
_ROLES = ("Data Analyst", "Backend Engineer", "Product Manager", "UX Researcher",
          "Site Reliability Engineer", "Data Scientist", "Frontend Engineer", "QA Engineer",
          "Technical Writer", "Engineering Manager", "Security Analyst", "ML Engineer")
_ZONES = (HOME_TZ,) * 6 + ("America/Chicago", "America/Los_Angeles", "Europe/London",
                           "Europe/Paris")
_PLAYBOOKS = ("default",) * 8 + ("weekly",) * 3 + ("estimate",) * 3 + ("agreed",) * 3 + (
    "two-weeks",) * 2 + ("call",) * 2
_NOTES = (None, None, None, "They meet on Fridays to decide.", "Second round likely.",
          "Hiring freeze rumours; keep searching.")
_NEEDS = ("two references", "a writing sample", "the portfolio link", "salary expectations")


def _companies(rng: random.Random, n: int) -> list[str]:
    names = [f"{a} {b}" for a in _CO_A for b in _CO_B]
    rng.shuffle(names)
    return names[:n]


def _person(rng: random.Random, company: str, serial: int, first: str, last: str) -> Person:
    domain = company.lower().replace(" ", "") + ".example"
    r = rng.random()
    email = f"{first.lower()}.{last.lower()}{serial}@{domain}" if r < 0.75 else None
    phone = f"+1 555 {rng.randrange(10_000):04d}" if rng.random() < 0.25 else None
    preferred = None
    if rng.random() < 0.12:
        preferred = rng.choice((Channel.EMAIL, Channel.PHONE, Channel.LETTER))
    return Person(name=f"{first} {last}", email=email, phone=phone, title=rng.choice(_TITLES),
                  preferred_channel=preferred)


def _timeline(rng: random.Random, playbook: str, day: date) -> Timeline:
    """A timeline that fits the playbook (estimate needs a date, agreed an agreement)."""
    fields: dict[str, object] = {}
    r = rng.random()
    agreed = playbook == "agreed" or (playbook not in ("estimate",) and r < 0.15)
    decision = playbook == "estimate" or (not agreed and r < 0.45)
    if agreed:
        if rng.random() < 0.5:
            fields["follow_up_on"] = day + timedelta(days=rng.randint(3, 14))
        else:
            fields["call_in"] = rng.randint(3, 10)
        if rng.random() < 0.3:
            fields["follow_up_by"] = rng.choice((Channel.EMAIL, Channel.PHONE))
    if decision:
        fields["decision_by"] = day + timedelta(days=rng.choice((1, 3, 5, 7, 10, 14, 21)))
    if rng.random() < 0.3:
        fields["note"] = rng.choice(_NOTES[3:])
    if rng.random() < 0.1:
        fields["all_contacted"] = rng.random() < 0.5
    if rng.random() < 0.1:
        fields["thank_you_by"] = rng.choice((Channel.EMAIL, Channel.LETTER, Channel.PHONE))
    if rng.random() < 0.05:
        fields["fit"] = False
    if rng.random() < 0.1:
        fields["needs"] = rng.choice(_NEEDS)
    return Timeline(**fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Draft:
    """One application as it will be recorded."""

    company: str
    role: str
    playbook: str
    holidays: str | None
    interview: service.NewInterview
    notes: str | None


def _draft(rng: random.Random, companies: Sequence[str], serial: int) -> Draft:
    company = rng.choice(companies)
    day = NOW_DAY - timedelta(days=rng.randint(-3, 120))  # a few months back, a few days ahead
    while day.weekday() >= 5:  # interviews happen on weekdays
        day -= timedelta(days=1)
    tz = rng.choice(_ZONES)
    at = localize(datetime.combine(day, clock(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))),
                  tz)
    playbook = rng.choice(_PLAYBOOKS)
    # Four different first names: no two people of one interview share a name (the service
    # refuses an interviewer given twice).
    names = [(f, la) for f in rng.sample(_FIRST, 4) for la in rng.sample(_LAST, 1)]
    people = tuple(_person(rng, company, serial * 4 + k, *names[k])
                   for k in range(rng.choice((0, 1, 1, 1, 2, 2, 3))))
    coordinator = (_person(rng, company, serial * 4 + 3, *names[3])
                   if rng.random() < 0.4 else None)
    return Draft(
        company=company, role=rng.choice(_ROLES), playbook=playbook,
        holidays="US" if rng.random() < 0.5 else None,
        interview=service.NewInterview(at=at, tz=tz, interviewers=people,
                                       coordinator=coordinator,
                                       timeline=_timeline(rng, playbook, day)),
        notes=rng.choice(_NOTES),
    )


def _evening(day: date) -> datetime:
    """When the candidate records what happened on `day`: that evening, at home."""
    return localize(datetime.combine(day, clock(19, 0)), HOME_TZ)


def _live_history(store: Store, rng: random.Random, app: Application) -> int:
    """Play the weeks between the interview and now: most steps get done on time, some a day
    or two late, some skipped, some employers answer first; this week's steps are often still
    open, and a few older applications were left half-way. Returns the service calls made."""
    calls = 0
    for _ in range(10):
        overdue = sorted((s for s in app.pending if s.due < NOW_DAY), key=lambda s: (s.due, s.id))
        if not overdue:
            break
        step = overdue[0]
        age = (NOW_DAY - step.due).days
        if rng.random() < (0.5 if age <= 2 else 0.15 if age <= 7 else 0.005):
            break  # not got round to it yet (this week), or gave up on this one (older)
        r = rng.random()
        if r < 0.10 and step.kind is not StepKind.THANK_YOU:  # the employer got back first
            on = step.due
            kind = rng.choice((EventKind.REPLY,) * 5 + (EventKind.REJECTED,) * 3
                              + (EventKind.OFFER, EventKind.WITHDRAWN))
            timeline = None
            if kind is EventKind.REPLY and rng.random() < 0.6:
                timeline = Timeline(decision_by=on + timedelta(days=rng.randint(2, 14)),
                                    note="They are still interviewing.")
            app = service.log_event(store, app.id, kind, on, _evening(on),
                                    note="Heard back from the recruiter.", timeline=timeline)
        elif r < 0.92 or step.kind is StepKind.CLOSE:
            on = min(step.due + timedelta(days=rng.choice((0, 0, 0, 0, 1, 2))),
                     NOW_DAY - timedelta(days=1))
            app = service.mark_done(store, step.id, on, _evening(on))
        else:
            app = service.skip(store, step.id, _evening(step.due))
        calls += 1
    return calls


class _BulkStore(Store):
    """The real store, with every service write folded into one outer transaction: the
    service's BEGIN IMMEDIATE/COMMIT per action becomes a no-op, and bench commits once."""

    def write(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()


@dataclass
class Built:
    apps: int
    steps: int
    pending_due: int
    size_mib: float
    seconds: float = 0.0
    service_calls: int = 0
    peak_rss_mib: float = 0.0
    rss_growth_mib: float = 0.0


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def build_db(path: Path, n_apps: int, seed: int, bulk: bool) -> Built:
    rng = random.Random(seed)
    companies = _companies(rng, max(20, min(300, n_apps // 30)))
    rss_before = _max_rss_mib()
    start = time.perf_counter()
    store = _BulkStore(path) if bulk else Store(path)
    calls = 0
    columns = (TextColumn("[bold]building[/]"), BarColumn(), MofNCompleteColumn(),
               TextColumn("applications"), TimeElapsedColumn(), TextColumn("eta"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("build", total=n_apps)
        if bulk:
            store.conn.execute("BEGIN IMMEDIATE")
        try:
            for serial in range(n_apps):
                d = _draft(rng, companies, serial)
                recorded = d.interview.at + timedelta(hours=3)
                app = service.add_application(
                    store, company=d.company, role=d.role, interview=d.interview,
                    now=recorded, playbook=d.playbook, holidays=d.holidays, notes=d.notes)
                calls += 1 + _live_history(store, rng, app)
                progress.advance(task)
        except BaseException:
            if bulk:
                store.conn.execute("ROLLBACK")
            raise
        if bulk:
            store.conn.execute("COMMIT")
    store.close()  # checkpoints the WAL into the main file, as a real session ends
    seconds = time.perf_counter() - start
    built = describe_db(path)
    built.seconds, built.service_calls = seconds, calls
    built.peak_rss_mib, built.rss_growth_mib = _max_rss_mib(), _max_rss_mib() - rss_before
    return built


def describe_db(path: Path) -> Built:
    store = Store(path)
    try:
        apps, steps = store.conn.execute(
            "SELECT (SELECT count(*) FROM applications), (SELECT count(*) FROM steps)"
        ).fetchone()
        due = len(service.today(store, NOW))
    finally:
        store.close()
    return Built(apps=int(apps), steps=int(steps), pending_due=due,
                 size_mib=path.stat().st_size / 2**20)


# -- subprocess timing -------------------------------------------------------------------------


@dataclass
class Timed:
    label: str
    argv: list[str]
    ms: list[float]
    rss_mib: list[float]
    out_bytes: int = 0
    note: str = ""
    cpu_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.ms)

    def spread(self) -> str:
        q = statistics.quantiles(self.ms, n=10) if len(self.ms) >= 2 else self.ms * 9
        text = f"min {min(self.ms):.1f} · p90 {q[-1]:.1f} · max {max(self.ms):.1f} ms"
        if self.cpu_ms:
            text += f" · CPU {statistics.median(self.cpu_ms):.1f} ms"
        return f"{text} ({self.note})" if self.note else text


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env["FOLLOWUP_CONFIG_DIR"] = str(home / "config")  # no config file: defaults only
    env["XDG_DATA_HOME"] = str(home / "data")
    env["FOLLOWUP_TZ"] = HOME_TZ
    env["COLUMNS"] = "80"  # the human table at 80 columns
    return env


def _run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (ms, spawn to reaped) and CPU time (ms, user + system) of one child. CPU
    time suffers less than wall time when other work shares the machine."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} exited with {proc.returncode}")
    return elapsed, (usage.ru_utime + usage.ru_stime) * 1000


# A child forked straight from this process would report this process's RSS as its own peak
# (Linux carries the high-water mark across fork and exec), so peak memory is measured through
# a small parent: GNU time when installed, else a bare `python -S` that forks the command.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execv(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss, file=sys.stderr)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def measured_run(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """One run of `argv` under a small parent that reports its peak memory: wall time (ms,
    including that parent's own start), max RSS (MiB) and stdout."""
    gnu_time = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        if gnu_time.is_file():
            wrapped = [str(gnu_time), "-f", "%M", "-o", out.name, *argv]
        else:
            wrapped = [sys.executable, "-S", "-c", _LAUNCHER, *argv]
        start = time.perf_counter()
        done = subprocess.run(wrapped, capture_output=True, text=True, env=env, check=False)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode != 0:
            raise SystemExit(f"bench: {' '.join(argv)} failed ({done.returncode}):\n"
                             f"{done.stderr}")
        report = out.read() if gnu_time.is_file() else done.stderr
    return elapsed, int(report.strip().splitlines()[-1]) / 1024, done.stdout  # KiB → MiB


@dataclass(frozen=True)
class Command:
    label: str
    argv: list[str]
    check: Callable[[str], None] | None = None


def time_commands(commands: Sequence[Command], env: dict[str, str], runs: int,
                  budget_s: float) -> list[Timed]:
    """Median wall time of `runs` fresh runs of each command.

    Each command first gets one checked warm-up run (it works, its output is what we expect,
    the page cache is warm, its peak memory is taken). The timed runs then go round-robin over
    the commands, so that a burst of other work on the machine hits all of them alike and the
    ratios stay fair. A command too slow to repeat `runs` times within `budget_s` gets fewer
    runs; one slower than the whole budget keeps its warm-up time as its only sample.
    """
    out: list[Timed] = []
    planned: list[int] = []
    for cmd in commands:
        console.print(f"  warm-up: {cmd.label}")
        warm_ms, warm_rss, stdout = measured_run(cmd.argv, env)
        if cmd.check is not None:
            cmd.check(stdout)
        timed = Timed(cmd.label, cmd.argv, [], [warm_rss], out_bytes=len(stdout.encode()))
        n = min(runs, int(budget_s * 1000 / warm_ms))
        if n == 0:
            timed.ms.append(warm_ms)
            timed.note = "warm-up run only: too slow to repeat"
        elif n < runs:
            timed.note = f"{n} runs only (time budget)"
        if warm_ms < 2000:  # two more memory samples for the quick ones
            timed.rss_mib += [measured_run(cmd.argv, env)[1] for _ in range(2)]
        out.append(timed)
        planned.append(n)
    console.print(f"  {runs} timed rounds …")
    for round_ in range(runs):
        for timed, n in zip(out, planned, strict=True):
            if round_ < n:
                wall, cpu = _run_once(timed.argv, env)
                timed.ms.append(wall)
                timed.cpu_ms.append(cpu)
    return out


def _json_list(minimum: int) -> Callable[[str], None]:
    def check(out: str) -> None:
        doc = json.loads(out)
        if not isinstance(doc, list) or len(doc) < minimum:
            raise SystemExit(f"bench: expected a JSON list of at least {minimum} items")

    return check


def _json_app(app_id: int) -> Callable[[str], None]:
    def check(out: str) -> None:
        if json.loads(out).get("id") != app_id:
            raise SystemExit(f"bench: show did not return application {app_id}")

    return check


# -- in-process breakdown of `today --json` ---------------------------------------------------


def today_in_process(path: Path, runs: int) -> dict[str, float]:
    """Where the time of `today --json` goes once Python and the imports are loaded."""
    opens, queries, renders = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        store = Store(path)
        t1 = time.perf_counter()
        steps = service.today(store, NOW)
        t2 = time.perf_counter()
        text = jsonout.dumps([jsonout.due_step(s) for s in steps])
        t3 = time.perf_counter()
        store.close()
        opens.append(t1 - t0)
        queries.append(t2 - t1)
        renders.append(t3 - t2)
        del text
    return {"open": statistics.median(opens) * 1000, "query": statistics.median(queries) * 1000,
            "json": statistics.median(renders) * 1000}


# -- planner throughput ------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    phase: Phase
    playbook: Playbook
    country: str | None
    outcomes: dict[str, Outcome]


def _to_interview(d: Draft, ident: int) -> Interview:
    """The interview as the store would hand it to the planner: contacts carry ids."""
    people = tuple(Person(p.name, p.email, p.phone, p.title, p.preferred_channel, None,
                          ident * 4 + k) for k, p in enumerate(d.interview.interviewers))
    c = d.interview.coordinator
    coordinator = (Person(c.name, c.email, c.phone, c.title, c.preferred_channel, None,
                          ident * 4 + 3) if c else None)
    return Interview(at=d.interview.at, tz=d.interview.tz, interviewers=people,
                     coordinator=coordinator, round=1, id=ident, timeline=d.interview.timeline)


def make_cases(n: int, seed: int) -> list[Case]:
    """Interviews of every playbook and timeline shape, replies and reopenings, some with
    steps already done (so that later steps re-anchor, F1)."""
    rng = random.Random(seed + 1)
    companies = _companies(rng, 300)
    cases: list[Case] = []
    for i in range(n):
        d = _draft(rng, companies, i)
        iv = _to_interview(d, i + 1)
        pb = get_playbook(d.playbook)
        r = rng.random()
        if r < 0.08:  # a reply, with or without a new date (F12)
            on = iv.day + timedelta(days=rng.randint(3, 20))
            tl = rng.choice((Timeline(note="Still deciding."),
                             Timeline(decision_by=on + timedelta(days=7)),
                             Timeline(follow_up_on=on + timedelta(days=5))))
            contact = iv.interviewers[0] if iv.interviewers else iv.coordinator
            phase = Phase(f"e{i + 1}", on, iv.tz, tl, None, contact=contact, kind="reply")
            pb = get_playbook("default")
        elif r < 0.11:  # a reopening (A3)
            on = iv.day + timedelta(days=rng.randint(20, 60))
            contact = iv.interviewers[0] if iv.interviewers else iv.coordinator
            phase = Phase(f"e{i + 1}", on, iv.tz, Timeline(), None, contact=contact,
                          kind="reopen")
            pb = get_playbook("default")
        else:
            phase = Phase(f"i{iv.id}", iv.day, iv.tz, iv.timeline, iv)
        outcomes: dict[str, Outcome] = {}
        if rng.random() < 0.4:  # some of the plan already happened
            first = plan(phase, pb, BusinessCalendar(d.holidays))
            for step in first.steps[: rng.randint(1, 3)]:
                if step.kind is not StepKind.CLOSE:
                    late = timedelta(days=rng.choice((0, 0, 1, 2)))
                    outcomes[step.key] = Outcome(StepStatus.DONE, step.due + late)
        cases.append(Case(phase, pb, d.holidays, outcomes))
    return cases


@dataclass
class Throughput:
    wall: list[float]  # interviews per second of wall time, one per pass
    cpu: list[float]  # interviews per second of this process's CPU time, one per pass
    steps_per_plan: float


def plan_throughput(cases: Sequence[Case], repeats: int) -> Throughput:
    """Interviews planned per second over `repeats` passes; a fresh calendar per plan, as
    the service makes one per application (holiday tables stay cached per process). CPU time
    is taken too: on a busy machine it is the better guess of the idle wall time."""
    out = Throughput([], [], 0.0)
    n_steps = 0
    for _ in range(repeats):
        work = [(c.phase, c.playbook, BusinessCalendar(c.country), c.outcomes) for c in cases]
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        for phase, pb, cal, outcomes in work:
            n_steps += len(plan(phase, pb, cal, outcomes).steps)
        out.cpu.append(len(work) / (time.process_time() - start_cpu))
        out.wall.append(len(work) / (time.perf_counter() - start))
    out.steps_per_plan = n_steps / repeats / max(1, len(cases))
    return out


# -- report ------------------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    return (f"{model}, {cores} logical cores ({usable} usable) · Python "
            f"{platform.python_version()} ({platform.python_implementation()}) · SQLite "
            f"{sqlite3.sqlite_version} · {platform.system()} {platform.release()}")


def code_version() -> str:
    """Which followup is measured: the source folder imported, its commit, and whether it had
    uncommitted changes (PYTHONPATH=<export>/src measures another tree; children inherit it)."""
    import followup

    src = Path(followup.__file__).resolve().parents[1]
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=src,
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "."], cwd=src,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{src} (not a git checkout)"
    return f"{sha} + uncommitted changes ({src})" if dirty else f"{sha} ({src})"


def _ms(value: float) -> str:
    return f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:.1f} ms"


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _verdict(ok: bool | None) -> str:
    if ok is None:
        return "—"
    return "[green]ok[/]" if ok else "[red]over[/]"


def followup_argv() -> list[str]:
    script = Path(sys.executable).with_name("followup")
    if script.is_file():
        return [str(script)]
    found = shutil.which("followup")
    return [found] if found else [sys.executable, "-m", "followup"]


@contextlib.contextmanager
def _workdir(keep: bool) -> Iterator[Path]:
    if keep:
        yield Path(tempfile.mkdtemp(prefix="followup-bench-"))
        return
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        yield Path(tmp)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--apps", type=int, default=10_000, help="applications in the database")
    ap.add_argument("--plans", type=int, default=100_000, help="phases for the planner run")
    ap.add_argument("--runs", type=int, default=15, help="timed runs per command (median)")
    ap.add_argument("--plan-repeats", type=int, default=3,
                    help="passes over the --plans phases (median reported)")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--per-action-commits", action="store_true",
                    help="build with the service's own transaction per action (slower) "
                    "instead of one outer transaction")
    ap.add_argument("--db", type=Path, metavar="PATH",
                    help="use this database: reused as it is if it exists (no build), else "
                    "built there and kept")
    ap.add_argument("--keep", action="store_true", help="keep the database and print its path")
    ap.add_argument("--budget", type=float, default=60.0, metavar="SECONDS",
                    help="time budget per command: slower commands get fewer runs")
    ap.add_argument("--skip-list", action="store_true",
                    help="leave out `list --json` (minutes on a large database, see README)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    console.print(f"[bold]machine[/]  {machine()}")
    console.print(f"[bold]date[/]     {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}   "
                  f"[bold]now of the commands[/] {NOW_DAY}   [bold]code[/] {code_version()}")
    rows: list[tuple[str, str, str, bool | None, str]] = []

    with _workdir(args.keep) as work:
        db = args.db or work / "bench.db"
        if args.db is not None and args.db.exists():
            built = describe_db(db)
            args.apps = built.apps
            rows.append((f"database reused: {built.apps:,} applications", "—", "—", None,
                         f"{db}: {built.steps:,} steps, {built.size_mib:.1f} MiB, "
                         f"{built.pending_due:,} due by {NOW_DAY}"))
        else:
            built = build_db(db, args.apps, args.seed, bulk=not args.per_action_commits)
            rows.append((f"build: {args.apps:,} applications", f"{built.seconds:.1f} s", "—",
                         None, f"{args.apps / built.seconds:,.0f} apps/s, "
                         f"{built.service_calls:,} service calls, {built.steps:,} steps, "
                         f"{built.size_mib:.1f} MiB, {built.pending_due:,} due by {NOW_DAY}"))
            rows.append(("build: peak RSS (bench process)", f"{built.peak_rss_mib:.0f} MiB",
                         "—", None, f"+{built.rss_growth_mib:.0f} MiB during the build"))

        env = child_env(work)
        fu = [*followup_argv(), "--db", str(db), "--now", NOW_DAY.isoformat()]
        mid = max(1, args.apps // 2)
        console.print(f"timing commands, {args.runs} runs each (load average before: "
                      f"{load_average()}) …")

        commands = [
            Command("python -c pass", [sys.executable, "-c", "pass"]),
            Command("today --json", [*fu, "today", "--json"],
                    _json_list(min(1, built.pending_due))),
            Command("today (human, 80 columns)", [*fu, "today"]),
            Command(f"show {mid} --json", [*fu, "show", str(mid), "--json"], _json_app(mid)),
            Command("--help", [*followup_argv(), "--help"]),
        ]
        if not args.skip_list:
            commands.append(Command("list --json", [*fu, "list", "--json"],
                                    _json_list(args.apps)))
        bare, today, human, show, helping, *listed = time_commands(commands, env, args.runs,
                                                                  args.budget)
        ratio = today.median / bare.median
        rows.append(("python -c pass (bare start)", _ms(bare.median), "—", None,
                     bare.spread()))
        rows.append(("today --json", _ms(today.median), f"< {TARGET_TODAY_MS:.0f} ms",
                     today.median < TARGET_TODAY_MS,
                     f"{today.spread()}; {built.pending_due:,} steps due, "
                     f"{today.out_bytes / 1024:,.0f} KiB out"))
        cpu_ratio = (statistics.median(today.cpu_ms) / statistics.median(bare.cpu_ms)
                     if today.cpu_ms and bare.cpu_ms else float("nan"))
        rows.append(("today / bare start", f"{ratio:.1f}×", f"≤ {TARGET_TODAY_RATIO:.0f}×",
                     ratio <= TARGET_TODAY_RATIO,
                     f"ratio of the wall-time medians; of the CPU-time medians: {cpu_ratio:.1f}×"))
        human_ratio = human.median / today.median
        rows.append(("today (human, 80 columns)", _ms(human.median), "—", None,
                     f"{human.spread()}; {human.out_bytes / 1024:,.0f} KiB out"))
        rows.append(("today (human) / today --json", f"{human_ratio:.1f}×",
                     f"< {TARGET_HUMAN_RATIO:.0f}×", human_ratio < TARGET_HUMAN_RATIO,
                     "the plain-text table against SQLite's own JSON"))
        rows.append((show.label, _ms(show.median), "—", None, show.spread()))
        rows.append(("--help", _ms(helping.median), "—", None, helping.spread()))
        memory = (f"bare start {statistics.median(bare.rss_mib):.1f}, show "
                  f"{statistics.median(show.rss_mib):.1f}, --help "
                  f"{statistics.median(helping.rss_mib):.1f}")
        for listing in listed:
            rows.append(("list --json", _ms(listing.median), "—", None,
                         f"{listing.spread()}; {listing.out_bytes / 1024:,.0f} KiB out"))
            memory += f", list {statistics.median(listing.rss_mib):.1f}"
        rows.append(("today --json: max RSS (child)",
                     f"{statistics.median(today.rss_mib):.1f} MiB", "—", None, memory + " MiB"))

        inside = today_in_process(db, max(3, args.runs // 3))
        rows.append(("today in-process: open + query + JSON",
                     f"{sum(inside.values()):.1f} ms", "—", None,
                     f"open {inside['open']:.1f} · query {inside['query']:.1f} · "
                     f"JSON {inside['json']:.1f} ms (no interpreter start, no imports)"))
        if args.keep:
            console.print(f"database kept at {db}")

    console.print(f"planning: making {args.plans:,} phases …")
    cases = make_cases(args.plans, args.seed)
    rate = plan_throughput(cases, args.plan_repeats)
    median_rate = statistics.median(rate.wall)
    rows.append((f"plan(): {args.plans:,} phases", f"{median_rate:,.0f} /s",
                 f"≥ {TARGET_PLANS_PER_S:,.0f} /s", median_rate >= TARGET_PLANS_PER_S,
                 f"wall time, median of {args.plan_repeats} passes (best {max(rate.wall):,.0f}"
                 f" /s); per CPU second {statistics.median(rate.cpu):,.0f} /s; "
                 f"{rate.steps_per_plan:.1f} steps per plan"))

    table = Table(title=f"followup benchmark · {args.apps:,} applications · median of "
                  f"{args.runs} runs")
    table.add_column("measurement")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("ok/over", justify="center")
    table.add_column("detail", style="dim")
    for name, value, target, ok, detail in rows:
        table.add_row(name, value, target, _verdict(ok), detail)
    console.print(table)
    console.print(f"[bold]machine[/]  {machine()}")
    console.print(f"[bold]load average[/] at the end: {load_average()} (other work on the machine "
                  "skews the subprocess timings)")
    missed = [r[0] for r in rows if r[3] is False]
    if missed:
        console.print(f"[red]over target:[/] {', '.join(missed)} (see bench/README.md)")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
