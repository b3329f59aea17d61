"""Development folders written blind at the start of session 15 (issue 23), before anyone read
them: three invitation writers (people_dev55: registered names and brands in Europe, Latin
America and Asia; people_dev56: English-speaking employers and agencies naming people in
prose; people_dev57: Central and Eastern Europe, Türkiye, the Middle East and East Asia) and
two reply writers (blind_dev29: Europe, Latin America and Asia in their own languages, HTML
only, corrected dates; blind_dev30: North America, the UK, Ireland, Australia, India and
Singapore). Their first figures were taken on session 14's reader, which had never seen them."""

from __future__ import annotations

import pytest
from tests.conftest import keeps_invitation_floor, keeps_reply_floor

# people all right, coordinator, company: raised after session 15's round read them (people
# of dev55 and dev57, company of dev55 and dev57, people of dev56; dev56 loses two files by
# design: a panellist said to be away is no one met, where its writer listed them)
INVITATIONS = {"dev55": (1.0, 1.0, 0.725), "dev56": (0.95, 1.0, 0.875),
               "dev57": (0.95, 1.0, 0.85)}


@pytest.mark.parametrize("part", sorted(INVITATIONS))
def test_session_15_invitations_keep_their_figures(part: str) -> None:
    keeps_invitation_floor(part, INVITATIONS[part])


# precision, recall, dates exact, false days at most
# (first figures: dev29 1.0 / 0.468 / 0.583 / 4, dev30 0.98 / 0.82 / 0.76 / 1)
REPLIES = {"dev29": (1.0, 0.968, 0.958, 1), "dev30": (1.0, 0.967, 0.92, 0)}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_session_15_replies_keep_their_figures(name: str) -> None:
    keeps_reply_floor(name, REPLIES[name])
