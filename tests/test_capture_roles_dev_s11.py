"""The job read from the development folders of sessions 10 and 11 (issue 23, the role).

people_dev20 and people_dev21 were written blind at the start of session 11 and scored
before their misses were read: role 0.875 and 0.825 as proposed (the round's unseen
estimate), then read. Two figures per folder, as in test_capture_roles_dev: the job as
`add --from` proposes it, and the job reader alone given the labelled company and people
(which does not move when those readers change).
"""

from __future__ import annotations

import pytest
from tests.conftest import bench_module
from tests.test_capture_roles_dev import alone

# (folder, as proposed, alone)
REACHED = [("dev10", 0.95, 0.95), ("dev11", 1.0, 1.0), ("dev12", 0.975, 0.975),
           ("dev13", 0.95, 0.95), ("dev14", 1.0, 1.0), ("dev15", 0.975, 1.0),
           ("dev16", 0.95, 0.95), ("dev17", 0.975, 0.95),
           ("dev20", 1.0, 0.975), ("dev21", 0.975, 0.975)]


@pytest.mark.parametrize(("part", "proposed", "reader"), REACHED)
def test_the_job_of_the_folders_of_sessions_10_and_11(part: str, proposed: float,
                                                       reader: float) -> None:
    assert alone(part) >= reader - 1e-9
    got = bench_module("capture_blind").invitations(part, False)
    assert got["invitations"] == 40 and got["role"] >= proposed - 1e-9, got
