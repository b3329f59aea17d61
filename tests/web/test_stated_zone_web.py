"""Issue 23 on the web: an invitation in UTC whose words state the meeting's zone is
proposed and stored in that zone, as `add --from` does (tests/test_stated_zone.py)."""

from __future__ import annotations

from tests.test_stated_zone import _ics
from web_helpers import Web, text_of


def test_the_add_page_takes_the_zone_the_words_state(web: Web) -> None:
    ics = _ics("Your call is on Tuesday at 10:00 AM Eastern Time (US & Canada).",
               "20270112T150000Z").decode()
    shown = text_of(web.post("/applications/from-invitation", {"ics_text": ics}).text)
    assert "Tue 12 Jan 2027 10:00 America/New_York" in shown
    stored = web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
    assert stored.status_code == 303
    iv = web.store.load(1).interviews[0]
    assert (iv.tz, f"{iv.at:%H:%M}") == ("America/New_York", "10:00")
