"""Held-out sets 23 and 24 (issue 23), retired into development after their second score
(session 18).

Three invitation writers (people_dev72: employers of every size away from the usual tech hubs,
in eighteen languages; people_dev73: a global mix of every size, public sector too, eleven
languages; people_dev74: a candidate in Utrecht applying at home and abroad, in Dutch, Flemish,
German, French, Japanese and English) and one reply writer (blind_dev36: an engineer in Auckland
applying at home and abroad), written blind at the start of session 18. Scored on 87238367,
before anything changed, and on the merge of the session's round (bench/capture_blind_heldout23_
first.json, …_second.json); nobody had read a file of it until then.

A second careful reader, who saw neither the reader nor the first labels, labelled every file
again (tests/fixtures/agreement/, bench/label_agreement.py): they agreed on the people of 118
invitations of 120."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: the second score found 0.825 / 0.90 / 0.75, 0.925 /
# 0.975 / 0.75 and 0.90 / 0.95 / 0.825; raised by session 18's second round, which read them
SET_23 = {"dev72": (0.85, 0.90, 0.775), "dev73": (1.0, 1.0, 0.80),
          "dev74": (0.95, 1.0, 0.85)}


@pytest.mark.parametrize("part", sorted(SET_23))
def test_held_out_set_23_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, SET_23[part])


# precision, recall, dates exact, false days at most, as the second score found them
SET_23_REPLIES = {"dev36": (0.965, 0.887, 0.875, 2)}


@pytest.mark.parametrize("name", sorted(SET_23_REPLIES))
def test_set_23s_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, SET_23_REPLIES[name])


# Set 24: three invitation writers (people_dev75: employers away from the usual US/UK/DE set,
# from Chile to Taiwan; people_dev76: a global mix of 40 employers in 25 countries;
# people_dev77: a candidate in the Amsterdam/Utrecht area) and one reply writer (blind_dev37: a
# bilingual data engineer in Montréal), written blind in the middle of session 18 and scored on
# the merge of its first round and of its second (bench/capture_blind_heldout24_first.json,
# …_second.json: the same to the file); nobody had read a file of it until then.
# People all right, coordinator, company, as the second score found them
SET_24 = {"dev75": (0.775, 0.95, 0.825), "dev76": (0.875, 0.875, 0.775),
          "dev77": (0.85, 0.95, 0.85)}


@pytest.mark.parametrize("part", sorted(SET_24))
def test_held_out_set_24_retired_keeps_its_figures(part: str) -> None:
    keeps_invitation_floor(part, SET_24[part])


# precision, recall, dates exact, false days at most, as the second score found them
SET_24_REPLIES = {"dev37": (0.956, 0.694, 0.84, 0)}


@pytest.mark.parametrize("name", sorted(SET_24_REPLIES))
def test_set_24s_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, SET_24_REPLIES[name])
