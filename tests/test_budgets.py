"""followup.budgets itself: the time budget stops pure-Python code in any thread and leaves
nothing behind; depth, counts, sizes and non-regular files each give their one line."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from followup import budgets
from followup.core.errors import BadInput


def spin() -> None:
    while True:
        pass


def deep(n: int = 0) -> int:
    return deep(n + 1)


def test_a_reader_that_never_ends_is_stopped_in_the_main_thread() -> None:
    with pytest.raises(budgets.OverBudget, match="takes too long to read"):
        budgets.within(0.05, "the file", spin)
    # nothing is left pending: ordinary work afterwards runs to its end
    assert sum(range(2_000_000)) == 1_999_999_000_000


def test_and_in_any_other_thread_at_once() -> None:
    said: list[str] = []

    def worker() -> None:
        try:
            budgets.within(0.05, "the upload", spin)
        except budgets.OverBudget as exc:
            said.append(exc.message)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(said) == 4 and all("the upload" in s for s in said)


def test_too_deep_is_a_budget_too() -> None:
    with pytest.raises(budgets.OverBudget, match="nested too deeply"):
        budgets.within(5, "the message", deep)


def test_a_nested_budget_runs_under_the_outer_one() -> None:
    assert budgets.within(5, "outer", budgets.within, 5, "inner", sum, [1, 2]) == 3
    with pytest.raises(budgets.OverBudget, match="outer"):
        budgets.within(0.05, "outer", budgets.within, 60, "inner", spin)


def test_what_the_reader_raises_itself_goes_through() -> None:
    def bad() -> None:
        raise BadInput("no calendar here")

    with pytest.raises(BadInput, match="no calendar here"):
        budgets.within(5, "x", bad)


def test_counts_and_one_line() -> None:
    budgets.at_most(200, 200, "the invitation", "attendees")
    with pytest.raises(budgets.OverBudget, match="more than 200 attendees"):
        budgets.at_most(201, 200, "the invitation", "attendees")
    assert budgets.said(ValueError("a\nb\r\n  c")) == "a b c"
    assert len(budgets.said(ValueError("x" * 1000))) == 200


def test_mail_shape_counts_before_any_parser() -> None:
    budgets.mail_shape(b"Content-Type: multipart/mixed\r\n" * 40, "m")
    with pytest.raises(budgets.OverBudget, match="nested multipart"):
        budgets.mail_shape(b"Content-Type: multipart/mixed\r\n" * 41, "m")
    with pytest.raises(budgets.OverBudget, match="MIME parts"):
        budgets.mail_shape(b"\n--b" * 501, "m")


def test_only_regular_files_open(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="a pipe"):
        budgets.open_regular(fifo)
    with pytest.raises(BadInput, match="a device"):
        budgets.open_regular(Path("/dev/null"))
    with pytest.raises(BadInput, match="a folder"):
        budgets.open_regular(tmp_path)
    with pytest.raises(BadInput, match="no such file"):
        budgets.open_regular(tmp_path / "missing")
    plain = tmp_path / "config.toml"
    plain.write_text("x = 1\n", encoding="utf-8")
    assert budgets.read_small(plain, 10, "config") == "x = 1\n"
    with pytest.raises(budgets.OverBudget, match="more than 3 bytes"):
        budgets.read_small(plain, 3, "config")
    plain.write_bytes(b"\xff\xfe")
    with pytest.raises(BadInput, match="not UTF-8"):
        budgets.read_small(plain, 10, "config")


def test_a_time_up_at_the_moment_a_reader_finishes_never_leaves_the_watchdog_stuck() -> None:
    """Found by CI hanging in the web's hostile-upload test: a reader whose time ran out just
    as it finished took _Expired inside the watchdog's Condition.__enter__, held its lock for
    good, and every later reader, in every thread, waited on it. Thousands of readers that
    end around their deadline, in four threads, must all come back (a bounded join, so that
    a regression fails here instead of hanging the run)."""
    import contextlib
    import random

    def busy(n: int) -> int:
        return sum(range(n))

    def worker(seed: int, out: list[int]) -> None:
        r = random.Random(seed)
        for _ in range(2500):
            with contextlib.suppress(budgets.OverBudget):
                budgets.within(0.0005, "the file", busy, r.randint(1000, 40000))
            out.append(1)

    counts: list[list[int]] = [[] for _ in range(4)]
    threads = [threading.Thread(target=worker, args=(i, counts[i]), daemon=True)
               for i in range(4)]
    for t in threads:
        t.start()
    import time

    give_up = time.monotonic() + 120  # the run takes a few seconds: a bound, not a wait
    for t in threads:
        t.join(timeout=max(give_up - time.monotonic(), 0))
    assert not any(t.is_alive() for t in threads), "a reader waits on the watchdog for ever"
    assert [len(c) for c in counts] == [2500] * 4
    assert budgets.within(5, "afterwards", sum, [1, 2]) == 3


def test_a_time_up_before_the_reader_starts_is_over_budget_and_never_escapes() -> None:
    """Found by CI on a busy machine (session 13): the watchdog takes its lock the moment
    `add` lets it go, and with the time already up raised _Expired in the reader before
    `within` had entered the try that turns it into OverBudget: a bare _Expired escaped (4 in
    120,000 calls here, with the interpreter switching threads at every chance). A reader's
    flag is put back however it ends, so a thread that went over budget is budgeted again."""
    import contextlib
    import sys

    escaped: list[str] = []

    def worker() -> None:
        for _ in range(30000):
            try:
                with contextlib.suppress(budgets.OverBudget):
                    budgets.within(0.0, "the file", sum, range(10))
            except BaseException as exc:  # what escapes is the finding
                escaped.append(type(exc).__name__)
        try:  # the thread is watched again: a budget still stops a slow reader
            budgets.within(0.001, "the file", lambda: [sum(range(10**6)) for _ in range(10**4)])
        except budgets.OverBudget:
            pass
        else:
            escaped.append("not stopped")

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)  # a bound for a hang, not a wait: the run takes about a second
    finally:
        sys.setswitchinterval(old)
    assert not any(t.is_alive() for t in threads)
    assert escaped == []
