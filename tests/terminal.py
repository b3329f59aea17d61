"""Running `followup` at a real pseudo-terminal, as a person would, synchronised on what it
prints (never on time): for the questions asked only at a terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path


def until(fd: int, text: str, seen: bytearray) -> None:
    """Read the terminal until `text` has been printed (two minutes at most)."""
    while text.encode() not in seen:
        ready, _, _ = select.select([fd], [], [], 120)
        assert ready, f"waited two minutes for {text!r}; got {seen.decode(errors='replace')!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        assert chunk, f"ended before {text!r}: {seen.decode(errors='replace')!r}"
        seen += chunk


def add_from(db: Path, now: str, path: str | Path, answers: list[tuple[str, str]]) -> str:
    """`followup add --from PATH` at a terminal, giving each answer once its prompt shows;
    what the terminal showed."""
    main, sub = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "followup", "--db", str(db), "--now", now,
                             "add", "--from", str(path)], stdin=sub, stdout=sub, stderr=sub,
                            close_fds=True)
    os.close(sub)
    seen = bytearray()
    try:
        for prompt, answer in answers:
            until(main, prompt, seen)
            os.write(main, answer.encode() + b"\n")
        assert proc.wait(timeout=120) == 0, seen.decode(errors="replace")
    finally:
        proc.kill()
        os.close(main)
    return seen.decode(errors="replace")
