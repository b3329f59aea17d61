"""The job read from the three development folders written blind in session 8 (people_dev2
UK/Ireland/Europe, people_dev3 Asia/Gulf/Africa/Australia, people_dev4 Americas; issue 23).

Two figures per folder: the job as `add --from` proposes it (after the company and the
people are read, whose names it must not take for the job's), and the job reader alone,
given the labelled company and people, which does not move when those readers change.
people_dev4 was scored before its misses were read (0.80 as proposed, 0.85 alone: the
round's unseen estimate), then read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import bench_module

from followup.capture.invitations import read
from followup.capture.mentions import HTML_TAG
from followup.capture.roles import role

HERE = Path(__file__).resolve().parent / "fixtures" / "invites"


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def alone(part: str) -> float:
    """The share of the folder's invitations whose job the reader gets right when it is given
    the labelled company and people."""
    files = sorted(p for p in (HERE / f"people_{part}").iterdir()
                   if p.suffix in (".ics", ".eml"))
    right = 0
    for path in files:
        want = json.loads(path.with_suffix(".json").read_text())
        inv = read(path.read_bytes(), "Europe/London")[0]
        names = [p["name"] for p in want["people"] if p["name"]]
        got = role(inv.summary, want["company"], names, HTML_TAG.sub("\n", inv.description),
                   inv.location or "")
        right += _norm(got.value) == _norm(want["role"])
    return right / len(files)


# (folder, as proposed, alone): what this round reached; the proposed figures rise as the
# company and people readers stop taking the job's qualifier ("Payments", "Float Glass
# Line") for the employer or a person. Session 9 raised them and added its folders:
# people_dev5 (the retired fourth held-out set), people_dev6 (public sector, HR systems) and
# people_dev7 (small firms and agencies), whose role was 0.80/0.625/0.85 as proposed before
# the round; people_dev7 was scored (0.85) before its misses were read. Its second round
# added people_dev8 and people_dev9 (held-out set 5, retired): 0.875/0.85 as proposed before
# it, people_dev9 scored 0.85 after people_dev8's rules and before its own misses were read.
# people_dev9's two left are the people reader's, which takes the job's qualifier for a
# person ("Snacks Saludables", "Grid Modernization"): the job reader alone reads them.
REACHED = [("dev2", 0.975, 0.975), ("dev3", 1.0, 1.0), ("dev4", 1.0, 1.0),
           ("dev5", 0.925, 0.925), ("dev6", 0.925, 0.9), ("dev7", 1.0, 1.0),
           ("dev8", 1.0, 1.0), ("dev9", 1.0, 0.975),
           # session 10's folders and session 11's people_dev20-21, written blind and scored
           # before their misses were read (role 0.875/0.825 as proposed: session 11's unseen
           # estimate); the proposed figures here are this round's
           ("dev10", 0.95, 0.95), ("dev11", 1.0, 1.0), ("dev12", 0.975, 0.975),
           ("dev13", 0.95, 0.95), ("dev14", 1.0, 1.0), ("dev15", 0.975, 1.0),
           ("dev16", 0.95, 0.95), ("dev17", 0.975, 0.95),
           ("dev20", 1.0, 0.975), ("dev21", 0.975, 0.975)]


@pytest.mark.parametrize(("part", "proposed", "reader"), REACHED)
def test_the_job_of_the_new_development_folders(part: str, proposed: float,
                                                reader: float) -> None:
    assert alone(part) >= reader - 1e-9
    got = bench_module("capture_blind").invitations(part, False)
    assert got["invitations"] == 40 and got["role"] >= proposed - 1e-9, got
