"""Held-out sets 19 and 20 (issue 23), retired into development after their second score
(session 16).

Three invitation writers (people_dev60: anywhere, away from the most obvious countries and
systems; people_dev61: anywhere, any mix; people_dev62: a candidate in the Netherlands applying
at home and abroad) and one reply writer (blind_dev32: a candidate applying in several
countries), written blind at the start of session 16. Scored on 15bf92bf, before anything
changed, and on 901a95b1, after the session's first round
(bench/capture_blind_heldout19_first.json, bench/capture_blind_heldout19_second.json); nobody
had read a file of it until then.

Set 20: three invitation writers (people_dev63: away from the most obvious countries and
systems; people_dev64: a global mix; people_dev65: a candidate in Utrecht applying at home and
abroad) and one reply writer (blind_dev33: a London engineer applying in seven countries),
written blind in the middle of session 16 and scored after each of its two rounds, on 6253a069
and ea83a519 (bench/capture_blind_heldout20_first.json, …_second.json); nobody has read a file
of it."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: the second score found 0.675 / 0.825 / 0.75,
# 0.825 / 0.90 / 0.70 and 0.675 / 0.825 / 0.725; raised after session 16's second round read them
INVITATIONS = {"dev60": (0.775, 0.925, 0.85), "dev61": (0.85, 0.90, 0.775),
               "dev62": (0.875, 0.95, 0.825)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_held_out_set_19_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most (second score 1.0 / 0.864 / 0.75 / 3;
# raised after session 16's second round read it)
REPLIES = {"dev32": (1.0, 0.949, 0.958, 3)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_its_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])


# Set 20: people all right, coordinator, company (its second score: 0.775 / 0.80 / 0.825 people;
# raised by session 17's round, which read it)
SET_20 = {"dev63": (0.875, 0.975, 0.875), "dev64": (0.90, 0.95, 0.85),
          "dev65": (0.95, 0.975, 0.80)}


@pytest.mark.parametrize("part", sorted(SET_20))
def test_held_out_set_20_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, SET_20[part])


# precision, recall, dates exact, false days at most
SET_20_REPLIES = {"dev33": (1.0, 0.948, 1.0, 1)}


@pytest.mark.parametrize("name", sorted(SET_20_REPLIES))
def test_set_20s_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, SET_20_REPLIES[name])
