"""The time of an all-day invitation, given on the web (issue 23, point 2): the application's
page asks for it beside the company and role an invitation did not say, and the edit page
has the newest interview's time; the same service as `followup edit ID --interviewed`."""

from __future__ import annotations

from typing import Any

from web_helpers import NOW, TZ, Web, text_of

from followup import service
from followup.core.model import Person, Timeline
from followup.core.parse import parse_now, parse_when

FLAG = ("time unknown: an all-day event, kept at 09:00 until you give the time (followup edit "
        'ID --interviewed "YYYY-MM-DD HH:MM")')


def _all_day(web: Web) -> Any:
    iv = service.NewInterview(at=parse_when("2026-11-23 09:00", TZ), tz=TZ,
                              interviewers=(Person("Jane Doe", "jane@acme.example"),),
                              timeline=Timeline())
    return service.add_application(web.store, company="Acme", role="Data Analyst",
                                   interview=iv, now=parse_now(NOW, TZ), notes=FLAG)


def test_the_application_page_asks_for_the_time_and_takes_it(web: Web) -> None:
    _all_day(web)
    page = text_of(web.get("/applications/1").text)
    assert "what time the interview is" in page
    r = web.post("/applications/1/name", {"interviewed": "2026-11-23T14:30"}, follow=True)
    assert "Saved" in text_of(r.text)
    app = web.store.load(1)
    assert f"{app.interviews[-1].at:%H:%M}" == "14:30"
    assert "time unknown" not in (app.notes or "")
    assert "what time the interview is" not in text_of(web.get("/applications/1").text)


def test_the_edit_page_changes_the_interview_time_alone(web: Web) -> None:
    _all_day(web)
    page = web.get("/applications/1/edit").text
    assert 'name="interviewed"' in page and "Time unknown" in page
    form = {"company": "Acme", "role": "Data Analyst", "playbook": "default", "fit": "yes",
            "interviewed": "2026-11-23T11:15"}
    r = web.post("/applications/1/edit", form, follow=True)
    assert r.status_code == 200, text_of(r.text)
    app = web.store.load(1)
    assert f"{app.interviews[-1].at:%H:%M}" == "11:15"
    assert "time unknown" not in (app.notes or "")
    bad = web.post("/applications/1/edit", {**form, "interviewed": "2026-11-23T29:00"})
    assert bad.status_code == 400
