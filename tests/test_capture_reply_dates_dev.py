"""Issue 23, point 3: decision days and out-of-office return days on every development folder
of the blind reply corpus, each with its own floor (blind_dev6, the old fourth held-out set,
and blind_dev7 and blind_dev8, written blind in session 9, included). A day counts only when
it is proposed for the right application, so these figures move with matching too. Held-out
folders are scored by bench/capture_blind.py only."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import bench_module

# dates exact (right day, right application) and return days, at or under session 9's
# figures on this branch alone: blind_dev5 0.96 (25/26), blind_dev6 0.846 (22/26), blind_dev7
# 0.897 (26/29), blind_dev8 0.88 (22/25; 0.76 when first scored, unseen); the rest 1.0. The
# rules proposed for inbox.py and replies.py in session 9 bring dev5-dev8 to 1.0, 0.962, 0.966,
# 0.96 and every return day.
FLOORS = {"dev": 1.0, "dev2": 1.0, "dev3": 1.0, "dev4": 1.0, "dev5": 0.96, "dev6": 0.84,
          "dev7": 0.89, "dev8": 0.88, "dev9": 0.99}  # dev9: 0.962 first read, 1.0 after
RETURNS = {"dev8": 0.8}  # every other folder: every return day


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
    assert total["dated"] >= 252
    assert total["dates_ok"] / total["dated"] >= 0.99, total  # 251/252 = 0.996
    # blind_dev9 adds two, both vague spans its writer left undated ("you'll hear from us next
    # week", "the formal letter in the next couple of days"), read as days by design
    assert total["false_dates"] <= 16, total
