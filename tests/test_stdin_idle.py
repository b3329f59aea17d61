"""Standard input is outside data too: a producer that stops sending without closing the pipe
gets one clear line and exit 2 after the idle bound, never a command that waits for ever
(issue 22's time bound, for `check -`, `add --from -` and the imports' "-")."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SRC

from followup import budgets

NOW = "2026-11-23T18:00"
MESSAGE = b"Dear Jane,\n\nThank you for your time today.\n\nBest regards,\nSam\n"


def child(db: Path, *args: str) -> subprocess.Popen[bytes]:
    """The real program with a pipe on its standard input, an idle bound of half a second."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "FOLLOWUP_STDIN_IDLE": "0.5"}
    return subprocess.Popen([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                             *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)


@pytest.mark.parametrize("args", [("check", "-"), ("add", "--from", "-", "--yes"),
                                  ("import", "csv", "-")])
def test_a_pipe_left_open_is_refused_after_the_idle_bound(tmp_path: Path,
                                                          args: tuple[str, ...]) -> None:
    db = tmp_path / "f.db"
    proc = child(db, *args)
    assert proc.stdin is not None
    proc.stdin.write(MESSAGE)  # some text, then silence: the pipe is never closed
    proc.stdin.flush()
    try:
        proc.wait(timeout=120)  # the child's own idle bound ends it; output is a line or two
    finally:
        proc.stdin.close()
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    assert proc.returncode == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "nothing arrived for 0.5 s" in lines[0], lines
    assert "Traceback" not in out + err
    if args[0] == "add":  # nothing stored
        listed = subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                                 "list", "--json"], capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(SRC)}, check=False)
        assert '"company"' not in listed.stdout


def test_a_closed_pipe_is_read_whole(tmp_path: Path) -> None:
    proc = child(tmp_path / "f.db", "check", "-")
    out, _ = proc.communicate(MESSAGE, timeout=120)
    assert proc.returncode == 0, out
    assert b"No tone problems found" in out


def test_the_reader_fills_a_request_across_writes_and_stops_on_silence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read_end, write_end = os.pipe()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(os.fdopen(read_end, "rb")))
    monkeypatch.setenv("FOLLOWUP_STDIN_IDLE", "0.05")
    os.write(write_end, b"one ")
    os.write(write_end, b"two")
    stream = budgets.stdin("standard input")
    assert stream.read(7) == b"one two"  # a buffered stream's read: both writes, in order
    with pytest.raises(budgets.OverBudget, match=r"nothing arrived for 0\.05 s"):
        stream.read(10)
    os.write(write_end, b"three")
    os.close(write_end)
    assert stream.read() == b"three"  # after the end, the rest and no wait


def test_a_stream_without_a_descriptor_is_read_as_it_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"typed"))
    monkeypatch.setattr(sys, "stdin", fake)
    assert budgets.stdin("standard input").read() == b"typed"
