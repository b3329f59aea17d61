"""The development floor of who is who for the blind folders of session 11 (issue 23):
people_dev20 and people_dev21, written blind with the held-out brief before that session's
reader changes.

As they came, with session 10's reader (the round's unseen estimate): people all right 0.95 /
0.875, coordinator 0.95 / 0.95. Their misses were then read and the habits behind them fixed,
each on a new example (tests/test_capture_people_s11.py). What stays below 1.0 in dev21 is
wd2103, a labelling disagreement: it writes "Professor Miriam Goldberg" and "Associate
Professor Zhang Yifan" as names, where people_dev3 and people_dev6 write the same ranks as
titles ("Margaret Chen-Walsh", "Anjali Rao"); the reader keeps to the older convention."""

from __future__ import annotations

import pytest
from tests.conftest import bench_module

FLOOR = {"dev20": (1.0, 1.0), "dev21": (0.975, 1.0)}


@pytest.mark.parametrize("part", sorted(FLOOR))
def test_the_development_sets_of_session_11(part: str) -> None:
    got = bench_module("capture_blind").invitations(part, False)
    people, coordinator = FLOOR[part]
    assert got["invitations"] == 40
    assert got["people_all_right"] >= people and got["coordinator"] >= coordinator, got
    assert got["stored_with_yes"] == 1.0, got
