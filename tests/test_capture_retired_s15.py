"""Held-out sets 17 and 18 (issue 23), retired into development after their second score
(session 15): their floors at the figures of that score, raised where a later round read them.

Two invitation writers (people_dev53 and people_dev54, 40 each: anywhere, any sector and size,
away from the most obvious countries and systems) and one reply writer (blind_dev28: a candidate
applying in several countries), written blind in the middle of session 14 with the corrected
brief. Scored once after session 14's second round and once after session 15's first round
(bench/capture_blind_heldout17_first.json, bench/capture_blind_heldout17_second.json).

Set 18: two invitation writers (people_dev58 and people_dev59, 40 each: anywhere, away from the
most obvious countries and systems; anywhere, any mix) and one reply writer (blind_dev31: a
candidate applying in several countries), written blind at the start of session 15 and
scored after each of its two rounds (bench/capture_blind_heldout18_first.json,
bench/capture_blind_heldout18_second.json); nobody has read a file of it."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: as the second score found them (0.90 / 0.925 /
# 0.75 and 0.825 / 0.875 / 0.70), raised after session 15's second round read set 17 and
# session 16's round read set 18 (dev53's company rose with a rule read from dev59)
INVITATIONS = {"dev53": (0.95, 0.975, 0.80), "dev54": (0.925, 0.925, 0.75),
               "dev58": (0.95, 0.975, 0.725), "dev59": (1.0, 1.0, 0.775)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_held_out_sets_17_and_18_retired_keep_their_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most
# (second scores 1.0 / 0.77 / 0.875 / 1 and 0.977 / 0.741 / 0.783 / 4; raised after
# session 15's second round read the first and session 16's round the second)
REPLIES = {"dev28": (1.0, 0.984, 1.0, 1), "dev31": (0.983, 0.983, 0.913, 4)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_its_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])
