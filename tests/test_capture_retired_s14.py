"""Held-out sets 15 and 16 (issue 23), retired into development after their second score
(session 14): their floors at the figures of that score, before anyone read a file of them.

Set 15: four invitation writers (people_dev48..51: the Americas; the UK, Ireland and
continental Europe; Asia-Pacific, the Middle East and Africa; anywhere, heavy on tools and
agencies) and one reply writer (blind_dev26), written at the start of session 14 with a brief
that let tools' and mail providers' domains be invented too. Set 16: one invitation writer
(people_dev52, 60 files) and one reply writer (blind_dev27), written with the corrected brief.
Scored once on session 13's reader and once after session 14's round
(bench/capture_blind_heldout15_*.json, bench/capture_blind_heldout16_*.json)."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: as the second score found them, raised where
# session 14's second round read them (people: capture/cjk_units.py, names.RANK,
# present_too.py, slot_people.py, legal_footer.py, label_lines.py; company:
# capture/employer_not_names.py)
# (session 15 raised dev49, dev50 and dev52: people_eu read dev50; session 16 raised dev48
# and dev52 with rules read from set 18)
INVITATIONS = {"dev48": (0.85, 0.90, 0.775), "dev49": (0.975, 1.0, 0.85),
               "dev50": (0.975, 0.975, 0.75), "dev51": (0.925, 0.925, 0.925),
               "dev52": (0.966, 0.966, 0.883)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_held_out_sets_15_and_16_retired_keep_their_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most
# (session 15 raised both: replies_en read dev27)
REPLIES = {"dev26": (0.983, 0.951, 0.76, 0), "dev27": (0.983, 0.951, 0.88, 1)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_their_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])
