"""Benchmark for issue 4 (A2): import 30,000 LinkedIn connections and match them against
1,000 applications; the target is under 2 s for both together.

Run from the repository root with the project's virtualenv:

    /work/venv/bin/python bench/network.py [--connections 30000] [--apps 1000] [--runs 3]

It writes a Connections.csv in LinkedIn's real format (notes before the header, BOM, CRLF,
quoted commas, mostly empty emails, blank rows), builds a database of --apps applications
through the real service layer (a third of them still live, the rest closed), then times,
on that database:

  import    `followup network import` as the service runs it: parse, compare, write, and
            remake the plans of live applications that now have someone to ask (A2)
  reimport  the same file again: every row unchanged
  match     `followup network ID` for every application: company-name matching with
            rapidfuzz and the people found

Each phase runs --runs times on a fresh copy of the database; the median is reported. See
bench/README.md for the numbers measured so far.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followup import service
from followup.contacts.network import who_do_i_know
from followup.core.contacts import ImportReport
from followup.core.model import EventKind, Person
from followup.service import contacts as contacts
from followup.store.sqlite import Store

TZ = "America/New_York"
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=ZoneInfo(TZ))
SYLLABLES = ("ac", "me", "lo", "ra", "vi", "sta", "tek", "no", "va", "zen", "quo", "ri",
             "bel", "tro", "ma", "cor", "lux", "den", "pix", "sol", "ter", "gra", "fi", "on")
SUFFIXES = ("", "", "", " Inc.", ", Inc.", " LLC", " Ltd", " GmbH", " Corp.", " Group",
            " Technologies", " Labs", " S.A.", " plc")
FIRST = ("Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Goran", "Hana", "Ivan", "José",
         "Kemi", "Lars", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Raj", "Sofia", "Tom")
LAST = ("Lee", "Okafor", "Müller", "Raman", "Souza", "Núñez", "Smith", "Haddad", "Kim",
        "Rossi", "Novak", "Berg", "Ito", "Diallo", "Silva", "Chen", "Walsh", "Khan")
TITLES = ("Software Engineer", "Data Scientist", "Product Manager", "Recruiter",
          "Engineering Manager", "Designer, UX", "Sales Lead", "Analyst")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def companies(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.2:
            word += " " + "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        names.add(word.capitalize())
    return sorted(names)


def write_connections(path: Path, count: int, firms: list[str], rng: random.Random) -> None:
    weights = [1 / (i + 1) ** 0.8 for i in range(len(firms))]  # a few big employers
    lines = ['Notes:', '"Emails appear only for connections who allow it, so most are '
             'empty."', "", "First Name,Last Name,URL,Email Address,Company,Position,"
             "Connected On"]
    picked = rng.choices(firms, weights, k=count)
    for i, firm in enumerate(picked):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"p{i}@mail.example" if rng.random() < 0.1 else ""
        company = f'"{firm}{rng.choice(SUFFIXES)}"'
        title = rng.choice(TITLES)
        title = f'"{title}"' if "," in title else title
        day = date(2012, 1, 1) + timedelta(days=rng.randrange(5000))
        lines.append(f"{first},{last},https://www.linkedin.com/in/{first.lower()}-{i},{email},"
                     f"{company},{title},{day.day:02d} {MONTHS[day.month - 1]} {day.year}")
        if i % 997 == 0:
            lines.append("")
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def build_db(path: Path, apps: int, firms: list[str], rng: random.Random) -> None:
    store = Store(path)
    try:
        for i in range(apps):
            if rng.random() < 0.7:  # most applications are at a company someone works at
                company = rng.choice(firms[:2000]) + rng.choice(("", ", Inc.", " LLC"))
            else:
                company = f"Unknown Firm {i}"
            at = datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo(TZ)) + timedelta(
                days=(i * 320) // apps)
            interview = service.NewInterview(
                at=at, tz=TZ, interviewers=(Person(f"Interviewer {i}",
                                                   email=f"iv{i}@firm.example"),))
            app = service.add_application(store, company=company, role="Data Analyst",
                                          interview=interview, now=at + timedelta(hours=8))
            if i % 3:  # two thirds are over: closed, rejected or withdrawn
                service.log_event(store, app.id, EventKind.REJECTED, at.date(),
                                  at + timedelta(days=1))
    finally:
        store.close()


def timed(runs: int, base: Path, prepare: Callable[[Store], None] | None,
          work: Callable[[Store], object]) -> tuple[float, float, object]:
    """(median wall time, median CPU time, result): CPU time tells the code's own cost on
    a machine that is busy with other work."""
    times: list[float] = []
    cpu: list[float] = []
    result: object = None
    for run in range(runs):
        copy = base.with_name(f"run{run}.db")
        shutil.copy(base, copy)
        store = Store(copy)
        try:
            if prepare is not None:
                prepare(store)
            start, start_cpu = time.perf_counter(), time.process_time()
            result = work(store)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        finally:
            store.close()
            copy.unlink()
    return statistics.median(times), statistics.median(cpu), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--apps", type=int, default=1_000)
    parser.add_argument("--companies", type=int, default=6_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    firms = companies(args.companies, rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "Connections.csv"
        write_connections(csv_path, args.connections, firms, rng)
        base = folder / "base.db"
        start = time.perf_counter()
        build_db(base, args.apps, firms, rng)
        setup = time.perf_counter() - start

        def do_import(store: Store) -> ImportReport:
            return contacts.import_network(store, csv_path, NOW)

        def load(store: Store) -> None:
            do_import(store)

        def match_all(store: Store) -> tuple[int, int]:
            hits = people = 0
            for app_id in store.application_ids():
                found = who_do_i_know(store, app_id).people
                hits += bool(found)
                people += len(found)
            return hits, people

        t_import, c_import, report = timed(args.runs, base, None, do_import)
        t_reimport, c_reimport, again = timed(args.runs, base, load, do_import)
        t_match, c_match, found = timed(args.runs, base, load, match_all)
    assert isinstance(report, ImportReport) and isinstance(again, ImportReport)
    assert isinstance(found, tuple)
    hits, people = found
    total = t_import + t_match
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} "
          f"cores, load {load_avg:.1f}; {args.connections:,} connections at "
          f"{args.companies:,} companies, {args.apps:,} applications (setup {setup:.1f} s, "
          f"not timed); median of {args.runs} runs, wall (CPU)")
    print(f"  import    {t_import * 1000:6.0f} ms ({c_import * 1000:4.0f})  "
          f"{report.imported:,} imported, {len(report.skipped)} skipped, {report.plans} live "
          "plans now offer A2")
    print(f"  reimport  {t_reimport * 1000:6.0f} ms ({c_reimport * 1000:4.0f})  "
          f"{again.unchanged:,} unchanged")
    print(f"  match     {t_match * 1000:6.0f} ms ({c_match * 1000:4.0f})  {hits:,} of "
          f"{args.apps:,} applications have someone; {people:,} people listed")
    verdict = "OK" if total < 2.0 else "OVER"
    print(f"  import + match {total:.2f} s wall, {c_import + c_match:.2f} s CPU  "
          f"(target < 2 s: {verdict})")
    return 0 if total < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
