"""Held-out sets 21 and 22 (issue 23), retired into development after their second score
(session 17).

Three invitation writers (people_dev66: small and mid-size employers away from the usual tech
hubs, in fourteen languages; people_dev67: worldwide, every sector and size, nine languages;
people_dev68: a candidate in Amsterdam applying at home and abroad, eight languages) and one
reply writer (blind_dev34: a Manchester data engineer applying in five countries), written blind
at the start of session 17. Scored on b188a37d, before anything changed, and on 35d1fff3, after
the session's round (bench/capture_blind_heldout21_first.json, …_second.json); nobody had read a
file of it until then.

Set 22: three invitation writers (people_dev69: small and mid-size employers away from the
usual axis, in seventeen languages; people_dev70: a global mix of every size; people_dev71: a
candidate in Utrecht applying at home and abroad) and one reply writer (blind_dev35: a Dublin
engineer applying in nine countries), written blind in the middle of session 17 and scored
after each of its two rounds, on 35d1fff3 and c3803520 (bench/capture_blind_heldout22_first.json,
…_second.json); nobody has read a file of it."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: the second score found 0.85 / 0.875 / 0.725,
# 0.875 / 0.975 / 0.875 and 0.825 / 0.85 / 0.85; raised by session 17's second round, which read
# them
INVITATIONS = {"dev66": (0.95, 0.95, 0.85), "dev67": (0.95, 0.975, 0.925),
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


# Set 22: people all right, coordinator, company; its second score found 0.75 / 0.85 / 0.725,
# 0.85 / 0.90 / 0.875 and 0.85 / 0.925 / 0.775; raised by session 18's round, which read it
SET_22 = {"dev69": (0.95, 0.95, 0.825), "dev70": (0.975, 0.975, 0.90),
          "dev71": (0.975, 0.975, 0.80)}


@pytest.mark.parametrize("part", sorted(SET_22))
def test_held_out_set_22_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, SET_22[part])


# precision, recall, dates exact, false days at most: the second score found 0.962 / 0.862 /
# 0.952 / 1; raised by session 18's round, which read it
SET_22_REPLIES = {"dev35": (1.0, 1.0, 0.952, 1)}


@pytest.mark.parametrize("name", sorted(SET_22_REPLIES))
def test_set_22s_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, SET_22_REPLIES[name])
