"""Issue 23 on the web: making someone the coordinator on the application's page leaves the
coordinator until then out of the interview and out of that application's network (A2), as
`followup interviewer ID --role coordinator` does; Undo takes it back
(tests/test_roles_former.py holds the CLI's and the service's cases)."""

from __future__ import annotations

from tests.test_capture_told import PANEL
from web_helpers import Web, text_of


def test_the_coordinator_replaced_on_the_page_is_no_network_and_undo_brings_her_back(
        web: Web) -> None:
    ics = PANEL.format(seq=0, start="20270112T140000", end="20270112T150000", extra="")
    web.post("/applications/from-invitation", {"ics_text": ics, "confirm": "1"})
    iv = web.store.load(1).interviews[0]
    people = {p.name: p.id for p in (*iv.interviewers, *filter(None, [iv.coordinator]))}
    for name in ("Grace Mensah", "Tomasz Wójcik"):
        r = web.post(f"/applications/1/people/{people[name]}", {"role": "coordinator"})
        assert r.status_code == 303
    said = text_of(web.get("/applications/1").text)
    assert "Grace Mensah, the coordinator until now, is no longer in the interview" in said
    app = web.store.load(1)
    assert app.interviews[0].coordinator is not None
    assert app.interviews[0].coordinator.name == "Tomasz Wójcik"
    assert [s.to for s in app.steps if s.kind.value == "network"
            and s.status.value == "pending"] == []
    assert web.post("/undo", {"return_to": "/applications/1"}).status_code == 303
    back = web.store.load(1).interviews[0]
    assert back.coordinator is not None and back.coordinator.name == "Grace Mensah"
    assert web.store.contacts.former_of(1) == []
