"""An all-day invitation gives no time (issue 23, point 2): at a terminal `add --from` asks for
it before "Store this?" (like a role it does not say); a blank answer keeps 09:00, flagged;
`--interviewed` beside `--from` gives it up front. Driven through a real pseudo-terminal,
synchronised on what it prints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests import terminal

DAY = Path(__file__).parent / "fixtures" / "invites" / "people_dev" / "g06.ics"
NOW = "2027-01-10T09:00"


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "followup", "--db", str(db), "--now", NOW,
                           *args], capture_output=True, text=True, timeout=120, check=False)


def _at_a_terminal(db: Path, answers: list[tuple[str, str]]) -> str:
    return terminal.add_from(db, NOW, DAY, answers)


def _interview(db: Path) -> dict[str, object]:
    doc = json.loads(_cli(db, "show", "1", "--json").stdout)
    return dict(doc["interviews"][0])


def test_the_time_is_asked_for_at_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    _at_a_terminal(db, [("What time is it", "25:00"), ("What time is it", "14:30"),
                        ("Store this?", "y")])
    assert "T14:30:00" in str(_interview(db)["at"])
    notes = json.loads(_cli(db, "show", "1", "--json").stdout).get("notes") or ""
    assert "time unknown" not in notes, "a time given is no longer flagged"


def test_a_blank_answer_keeps_the_flag(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    _at_a_terminal(db, [("What time is it", ""), ("Store this?", "y")])
    assert "T09:00:00" in str(_interview(db)["at"])
    assert "time unknown" in (json.loads(_cli(db, "show", "1", "--json").stdout)
                              .get("notes") or "")


def test_interviewed_beside_from_gives_it_up_front(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    res = _cli(db, "add", "--from", str(DAY), "--yes", "--interviewed", "2027-01-20 13:15",
               "--json")
    assert res.returncode == 0, res.stderr
    assert "T13:15:00" in str(_interview(db)["at"])
