"""Issue 22.4: one invitation dropped on several `add --from` at once is stored once: the
decision is checked again under the write lock, so the later ones find it read before."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
INVITE = Path(__file__).parent / "fixtures" / "invites" / "examples" / "outlook.ics"


def test_parallel_add_from_of_one_invitation_stores_it_once(db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    args = [sys.executable, "-m", "followup", "--db", str(db_path), "--now",
            "2026-12-01T17:00", "add", "--from", str(INVITE), "--yes", "--json"]
    children = [subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(6)]
    results = [c.communicate(timeout=120) for c in children]
    assert all(c.returncode == 0 for c in children), [err for _, err in results]
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM invitations").fetchone()[0] == 1
    finally:
        conn.close()
