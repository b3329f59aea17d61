"""The development floor of who is who for the blind sets of session 10 (issue 23): people_dev10
and people_dev11 (set 6, never read before this round), people_dev12 and people_dev13 (set 7,
retired unread) and people_dev14 and people_dev15 (written blind for this round).

As they came, with session 9's reader: people all right 0.95 / 0.825 / 0.90 / 0.825 and, for
the two new folders, 0.95 / 0.925. After the rules of dev10–dev13 (each stated for any
invitation, tests/test_capture_names_s10.py), before any of their misses was read, dev14 and
dev15 scored 0.925 / 0.925: the round's unseen estimate. Their misses were then read and fixed
the same way. What stays below 1.0 is who is who among the people found (capture/people.py),
not who is named.

Set 8 (people_dev16, people_dev17), written blind before session 10 and scored once as held-out
after its first round (0.925 / 0.975 people, 0.975 / 0.975 coordinator), was retired unread; the
second round read its four people misses and fixed the habits behind them
(tests/test_capture_people_s10b.py).

people_dev20 and people_dev21, written blind with the held-out brief before session 11's
changes, came at 0.95 / 0.875 people and 0.95 / 0.95 coordinator with session 10's reader (the
unseen estimate of session 11); their misses were then read and the habits behind them fixed
(tests/test_capture_people_s11.py). What stays below 1.0 in dev21 is wd2103, a labelling
disagreement: it writes "Professor Miriam Goldberg" and "Associate Professor Zhang Yifan" as
names where people_dev3 and people_dev6 write the same ranks as titles; the reader keeps to
the older convention.

Sets 9 (people_dev18, people_dev19) and 10 (people_dev22, people_dev23, people_dev24, one blind
writer each), scored as held-out and retired unread, came at 0.95 / 1.0 / 0.85 / 0.975 / 0.925
people (0.975 / 1.0 / 0.95 / 0.975 / 0.925 coordinator) with session 11's first round; the
second round read their misses and fixed the habits behind them
(tests/test_capture_people_s11b.py). What stayed below 1.0 then: dev18 i1502 ("Thanh (our
pastry lead) will run the trial bake", fixed in session 12: a part of the meeting run with
the candidate) and dev22 ic1701 ("Dale Running Water", a family name that is also a
company's last word; fixed in session 12: a name on a panel's list with a job title beside
it, whose words before the last are a name). What stays below 1.0: dev21 wd2103, the labelling
disagreement above.

people_dev25 and people_dev26 (two blind writers at the start of session 12) came at 0.95 /
0.90 people and 0.95 / 0.95 coordinator with session 11's reader. The session wrote its own
invitations first, then read their misses and fixed the habits behind them, each on a new
variant (tests/test_capture_people_s12.py)."""

from __future__ import annotations

import pytest
from tests.conftest import bench_module

FLOOR = {"dev10": (0.95, 0.975), "dev11": (1.0, 1.0), "dev12": (0.975, 0.975),
         "dev13": (1.0, 1.0), "dev14": (1.0, 1.0), "dev15": (0.95, 1.0),
         "dev16": (1.0, 1.0), "dev17": (1.0, 1.0), "dev20": (1.0, 1.0), "dev21": (0.975, 1.0),
         "dev18": (1.0, 1.0), "dev19": (1.0, 1.0), "dev22": (1.0, 1.0), "dev23": (1.0, 1.0),
         "dev24": (1.0, 1.0), "dev25": (1.0, 1.0), "dev26": (1.0, 1.0),
         # unread yet: their figures on session 12's reader (27 and 28, written during its
         # round; 29 and 30, held-out set 11, retired after its second score)
         # (then 0.85/0.925, 0.975/1.0, 0.90/0.925, 0.90/0.925); session 12's second round
         # refused address-less names whose words are no person's (capture/person_shape.py)
         # (session 13 took 27, 29 and 30 from 0.975/0.975, 0.90/0.925, 0.975/0.975)
         "dev27": (1.0, 1.0), "dev28": (1.0, 1.0), "dev29": (0.95, 0.975),
         "dev30": (1.0, 1.0),
         # held-out set 12, retired unread after its second score (the same as its first);
         # session 13 read 33 and 34 (then 0.875/0.95, 0.925/1.0) and only scored 31, 32
         "dev31": (0.95, 0.95), "dev32": (1.0, 1.0), "dev33": (1.0, 1.0),
         "dev34": (0.975, 1.0),
         # written blind in session 13 for its round, scored unread on session 12's reader
         # (0.675/0.80, 0.825/0.925, 0.775/0.925); its small-employer round
         # (capture/small_employer.py) read dev35/36 and only scored dev37, which it raised
         # to 0.825/0.95 unread; the same rules raised dev29, dev31 and dev33 above
         # (dev37: 0.80 once merged with session 13's people round, capture/people_vouch.py;
         # 0.825 again after session 14's second people round, r14b-people)
         "dev35": (0.90, 0.95), "dev36": (0.975, 0.975), "dev37": (0.825, 0.95),
         # held-out set 13 (five writers), retired unread after its second score (session
         # 14 read dev38, 0.925 before, and dev41, 0.875 / 0.975 before)
         "dev38": (0.975, 1.0), "dev39": (0.875, 0.95), "dev40": (1.0, 1.0),
         "dev41": (0.975, 1.0), "dev42": (0.975, 0.975),
         # written blind mid-session 13 (Europe and Latin America, small and medium; agencies),
         # scored unread on the reader of its first round (0.675/0.85 for dev43); its
         # second round read dev43 (capture/family_firm.py), which raised dev32 above too
         "dev43": (0.85, 0.925), "dev44": (0.90, 0.90),  # (0.85: session 18, r18-roles)
         # written blind at the start of session 14 (small employers arranging it by hand;
         # large organisations and the agencies booking for them), 0.575/0.675 and
         # 0.625/0.75 unread; its round read them (capture/first_names.py,
         # capture/mention_bodies.py, capture/hangul.py, seats)
         "dev45": (0.95, 0.975), "dev46": (0.975, 0.975)}


@pytest.mark.parametrize("part", sorted(FLOOR))
def test_the_development_sets_of_sessions_10_and_11(part: str) -> None:
    got = bench_module("capture_blind").invitations(part, False)
    people, coordinator = FLOOR[part]
    assert got["invitations"] == 40
    assert got["people_all_right"] >= people and got["coordinator"] >= coordinator, got
    assert got["stored_with_yes"] == 1.0, got
