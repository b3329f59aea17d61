"""Issue 23 on the web: a floating time whose words state its zone is proposed and stored in
that zone, saying the zone came from the text (tests/test_stated_zone_floating.py)."""

from __future__ import annotations

from tests.test_stated_zone import _ics
from web_helpers import Web, text_of


def test_the_add_page_takes_the_zone_a_floating_time_states(web: Web) -> None:
    ics = _ics("Interview for the role, 10:00 Lisbon time, at the studio.",
               "20270112T100000").decode()
    shown = text_of(web.post("/applications/from-invitation", {"ics_text": ics}).text)
    assert "Tue 12 Jan 2027 10:00 Europe/Lisbon" in shown
    assert "the zone came from the text" in shown
    stored = web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
    assert stored.status_code == 303
    iv = web.store.load(1).interviews[0]
    assert (iv.tz, f"{iv.at:%H:%M}") == ("Europe/Lisbon", "10:00")
