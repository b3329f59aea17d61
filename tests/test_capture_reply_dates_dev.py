"""Issue 23, point 3: decision days and out-of-office return days on every development folder
of the blind reply corpus, each with its own floor (blind_dev6 … blind_dev11, the old held-out
sets and the folders written blind in session 9, and blind_dev12, written in session 10,
included). A day counts only when it is proposed for the right application, so these figures
move with matching too. Held-out folders are scored by bench/capture_blind.py only."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import bench_module

# dates exact (right day, right application) and return days, at session 10's figures on this
# branch alone: blind_dev6 0.962 (25/26), blind_dev11 0.84 (21/25; 0.80 first read), blind_dev12
# 0.88 (22/25; 0.84 first scored, unseen); the rest 1.0. The rules proposed for inbox.py and
# reply_words.py in session 10 bring blind_dev11 to 1.0 and blind_dev12 to 0.96, and every
# return day.
FLOORS = {"dev": 1.0, "dev2": 1.0, "dev3": 1.0, "dev4": 1.0, "dev5": 1.0, "dev6": 0.96,
          "dev7": 1.0, "dev8": 1.0, "dev9": 1.0, "dev10": 1.0, "dev11": 0.84, "dev12": 0.88}
RETURNS = {"dev11": 0.8}  # every other folder: every return day


@pytest.fixture(scope="module")
def scored() -> dict[str, dict[str, Any]]:
    ev = bench_module("capture_blind")
    return {name: ev.replies(name, False) for name in FLOORS}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_decision_days_of_each_development_folder(name: str,
                                                      scored: dict[str, Any]) -> None:
    got = scored[name]
    assert got["dated"] >= 19, got
    assert got["dates_exact"] >= FLOORS[name], got
    assert got["ooo_exact"] >= RETURNS.get(name, 1.0), got


def test_the_decision_days_of_all_development_folders_together(
        scored: dict[str, Any]) -> None:
    counts = [p["_counts"] for p in scored.values()]
    total = {k: sum(c[k] for c in counts) for k in counts[0]}
    assert total["dated"] >= 327
    assert total["dates_ok"] / total["dated"] >= 0.975, total  # 319/327 = 0.976
    # vague spans the writers left undated ("you'll hear from us next week", "within 10 working
    # days", "the week commencing 4 January"), read as days by design
    assert total["false_dates"] <= 22, total
