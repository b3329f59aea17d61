"""Issue 23, point 3: decision days and out-of-office return days on every development folder
of the blind reply corpus, the folders written in session 8 (blind_dev4, blind_dev5) with
their own floors. A day counts only when it is proposed for the right application, so these
figures move with matching too. Held-out folders are scored by bench/capture_blind.py only."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import bench_module

# dates exact (right day, right application) and return days, at or under session 8's
# figures: blind_dev4 1.0 (25/25), blind_dev5 0.96 (25/26) and every return day (after the
# merge carried out the rules proposed for inbox.py, reply_words.py and replies.py)
FLOORS = {"dev": 1.0, "dev2": 1.0, "dev3": 1.0, "dev4": 1.0, "dev5": 0.96}


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
    assert got["ooo_exact"] >= 1.0, got


def test_the_decision_days_of_all_development_folders_together(
        scored: dict[str, Any]) -> None:
    counts = [p["_counts"] for p in scored.values()]
    total = {k: sum(c[k] for c in counts) for k in counts[0]}
    assert total["dated"] >= 146
    assert total["dates_ok"] / total["dated"] >= 0.99, total  # 145/146 = 0.993
    assert total["false_dates"] <= 9, total
