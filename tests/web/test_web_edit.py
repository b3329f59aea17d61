"""Editing in the browser (issue 14, point 1): every field `followup edit` changes, through the
same service function and checks; interviewers' details; delete with a confirmation and a
backup first; undo after done, skip or snooze. Delete and undo need the service functions of
the CLI (`service.delete_application`, `service.undo`); without them the page says so."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from web_helpers import Web, add, text_of

from followup import service
from followup.core.model import Channel, Person, StepStatus


def _form(web: Web, **over: str) -> dict[str, Any]:
    page = web.get("/applications/1/edit").text
    import re

    values = dict(re.findall(r'<input id="f-([a-z_]+)" name="[a-z_]+" type="(?:text|date|number)"'
                             r' value="([^"]*)"', page))
    values.update({"playbook": "default", "fit": "yes"})
    values.update(over)
    return values


def test_the_edit_form_shows_what_is_recorded(web: Web) -> None:
    add(web.store, decision_by=date(2026, 11, 25), needs="portfolio link")
    page = web.get("/applications/1/edit")
    assert page.status_code == 200
    assert 'value="Acme"' in page.text and 'value="2026-11-25"' in page.text
    assert 'value="portfolio link"' in page.text
    assert "Jane Doe" in page.text  # the interviewers can be edited here too


def test_editing_changes_the_application_and_remakes_the_plan(web: Web) -> None:
    add(web.store)
    r = web.post("/applications/1/edit", _form(
        web, company="Acme Corp", role="Senior Analyst", decision_by="2026-11-25",
        follow_up_by="phone", needs="references", holidays="US"), follow=True)
    assert "Saved. The plan now follows what you changed." in text_of(r.text)
    app = web.store.load(1)
    assert (app.company, app.role, app.holidays) == ("Acme Corp", "Senior Analyst", "US")
    tl = service.current_phase(app).timeline
    assert tl.decision_by == date(2026, 11, 25) and tl.follow_up_by is Channel.PHONE
    assert tl.needs == "references"
    assert any(s.rule == "F5" for s in app.steps if s.status is StepStatus.PENDING)


def test_a_blank_answer_clears_it(web: Web) -> None:
    add(web.store, decision_by=date(2026, 11, 25))
    web.post("/applications/1/edit", _form(web, decision_by=""))
    assert service.current_phase(web.store.load(1)).timeline.decision_by is None


@pytest.mark.parametrize(("over", "field", "words"), [
    ({"company": " "}, "company", "The company must not be empty"),
    ({"decision_by": "2026-02-30"}, "decision_by", "The decision date"),
    ({"holidays": "ZZ"}, "holidays", "holiday"),
    ({"follow_up_on": "2026-11-30", "call_in": "4"}, "_form", ""),
])
def test_bad_edits_say_which_answer_and_change_nothing(
        web: Web, over: dict[str, str], field: str, words: str) -> None:
    add(web.store)
    before = web.store.load(1)
    r = web.post("/applications/1/edit", _form(web, **over))
    assert r.status_code == 400
    assert f'id="err-{field}"' in r.text and words in r.text.replace("&#39;", "'")
    assert web.store.load(1) == before


def test_delete_asks_first(web: Web) -> None:
    add(web.store)
    page = text_of(web.get("/applications/1/delete").text)
    assert "Delete Acme ?" in page
    assert "backup copy" in page
    assert web.store.application_ids() == [1]




def test_delete_removes_it_after_a_backup(web: Web) -> None:
    add(web.store)
    add(web.store, "Globex")
    r = web.post("/applications/1/delete", follow=True)
    assert "Acme (Data Analyst) is deleted; a backup copy was made first." in text_of(r.text)
    assert web.store.application_ids() == [2]


def test_a_triple_click_on_delete_deletes_once_and_undo_brings_it_back(web: Web) -> None:
    """Issue 22.3: the second and third posts find it gone and say so, recording nothing;
    one undo then brings it back."""
    add(web.store)
    steps = [s.id for s in web.store.load(1).steps]
    said = [text_of(web.post("/applications/1/delete", follow=True).text) for _ in range(3)]
    assert "is deleted; a backup copy was made first" in said[0]
    assert all("This application is already deleted; nothing changed" in t for t in said[1:])
    r = web.post("/undo", {"return_to": "/pipeline"}, follow=True)
    assert "Undone: deleted the application at Acme." in text_of(r.text)
    assert [s.id for s in web.store.load(1).steps] == steps
    r = web.post("/undo", {"return_to": "/pipeline"}, follow=True)
    assert "Undone: added the application at Acme." in text_of(r.text)


@pytest.mark.parametrize("action", ["done", "skip", "snooze"])
def test_undo_after_done_skip_or_snooze(web: Web, action: str) -> None:
    add(web.store, people=(Person("Jane Doe", "jane@acme.example"),))
    step = next(s for s in web.store.load(1).steps if s.kind.value == "follow_up")
    before = web.store.get_step(step.id)
    data = {"return_to": "/"}
    if action == "snooze":
        data.update(until="2026-12-01", reason="away")
    elif action == "done":
        data.update(on="2026-11-23")
    r = web.post(f"/steps/{step.id}/{action}", data, follow=True)
    assert 'action="/undo"' in r.text
    web.post("/undo", {"return_to": "/"}, follow=True)
    assert web.store.get_step(step.id) == before
