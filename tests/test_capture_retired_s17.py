"""Held-out set 21 (issue 23), retired into development after its second score (session 17).

Three invitation writers (people_dev66: small and mid-size employers away from the usual tech
hubs, in fourteen languages; people_dev67: worldwide, every sector and size, nine languages;
people_dev68: a candidate in Amsterdam applying at home and abroad, eight languages) and one
reply writer (blind_dev34: a Manchester data engineer applying in five countries), written blind
at the start of session 17. Scored on b188a37d, before anything changed, and on 35d1fff3, after
the session's round (bench/capture_blind_heldout21_first.json, …_second.json); nobody had read a
file of it until then."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: the second score found 0.85 / 0.875 / 0.725,
# 0.875 / 0.975 / 0.875 and 0.825 / 0.85 / 0.85; raised by session 17's second round, which read
# them
INVITATIONS = {"dev66": (0.95, 0.95, 0.825), "dev67": (0.95, 0.975, 0.925),
               "dev68": (0.90, 0.90, 0.875)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_held_out_set_21_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most: the second score found 0.978 / 0.772 /
# 1.0 / 1; raised by session 17's second round, which read it
REPLIES = {"dev34": (0.98, 0.842, 1.0, 0)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_set_21s_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])
