"""Held-out set 17 (issue 23), retired into development after its second score (session 15):
its floors at the figures of that score, before anyone read a file of it.

Two invitation writers (people_dev53 and people_dev54, 40 each: anywhere, any sector and size,
away from the most obvious countries and systems) and one reply writer (blind_dev28: a candidate
applying in several countries), written blind in the middle of session 14 with the corrected
brief. Scored once after session 14's second round and once after session 15's first round
(bench/capture_blind_heldout17_first.json, bench/capture_blind_heldout17_second.json)."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: as the second score found them (0.90 / 0.925 /
# 0.75 and 0.825 / 0.875 / 0.70), raised after session 15's second round read them
INVITATIONS = {"dev53": (0.95, 0.975, 0.75), "dev54": (0.925, 0.925, 0.75)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_held_out_set_17_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most
# (second score 1.0 / 0.77 / 0.875 / 1; raised after session 15's second round read it)
REPLIES = {"dev28": (1.0, 0.984, 1.0, 1)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_its_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])
