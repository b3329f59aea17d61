"""Found by a new user in session 11: an offer said after the meeting it followed ("Great news -
after your chat with Ben, the team wants to move forward with an offer!") was read as a plain
reply, since "after" was taken for a condition. A meeting of the candidate's that has happened
is no condition; one still to come ("after your final interview next week we will decide")
is."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.capture.replies import read_reply
from followup.capture.reply_offer import is_offer

AT = datetime(2026, 12, 3, 12, 10, tzinfo=timezone(timedelta(hours=-8)))


@pytest.mark.parametrize(("sentence", "offer"), [
    ("Great news - after your chat with Ben, the team wants to move forward with an offer!",
     True),
    ("After our conversation on Tuesday, we'd like to move forward with an offer.", True),
    ("After your presentation, the panel is delighted to offer you the role.", True),
    ("After your final interview next week, we will decide whether to move forward with an "
     "offer.", False),
    ("After the meeting with the partners we will move forward with an offer.", False),
    ("If all goes well after your call with the director, we'd like to move forward with an "
     "offer.", False),
])
def test_a_meeting_that_happened_is_no_condition(sentence: str, offer: bool) -> None:
    assert is_offer(sentence) is offer


def test_the_whole_message_is_an_offer() -> None:
    body = ("Hi Sam,\n\nGreat news - after your chat with Ben, the team wants to move forward "
            "with an offer!\n\nCheers,\nCoralline Health Recruiting\n")
    assert read_reply(body, AT, "America/Los_Angeles").outcome == "offer"
