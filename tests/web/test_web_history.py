"""Explaining what a change did (issue 14, point 4): a reply or an outcome names each step it
cancelled and why; the history lists snoozes, skips and cancellations."""

from __future__ import annotations

from web_helpers import Web, add, text_of

from followup.core.model import Person, StepStatus


def _two_interviewers(web: Web) -> None:
    add(web.store, people=(Person("Jane Doe", "jane@acme.example"),
                           Person("Raj Patel", "raj@acme.example")))


def test_a_reply_names_every_step_it_cancelled_and_why(web: Web) -> None:
    _two_interviewers(web)
    pending = [s for s in web.store.load(1).steps if s.status is StepStatus.PENDING]
    r = web.post("/applications/1/events", {"kind": "reply", "on": "2026-11-23"}, follow=True)
    page = text_of(r.text)
    cancelled = [s for s in web.store.load(1).steps if s.status is StepStatus.CANCELLED]
    assert cancelled and {s.id for s in cancelled} <= {s.id for s in pending}
    assert "Cancelled: Thank-you email to Raj Patel (was due Mon 23 Nov): their reply " \
           "stopped the sequence (F12)." in page
    assert "Cancelled: Thank-you email to Jane Doe" in page
    assert "steps cancelled" not in page or "names each one and why" in page


def test_an_outcome_says_it_ended_the_plan(web: Web) -> None:
    add(web.store)
    r = web.post("/applications/1/events", {"kind": "rejected", "on": "2026-11-23"},
                 follow=True)
    assert "the rejection ended the plan (A3)" in text_of(r.text)


def test_history_lists_snoozes_skips_and_cancellations(web: Web) -> None:
    _two_interviewers(web)
    steps = [s for s in web.store.load(1).steps if s.status is StepStatus.PENDING]
    web.post(f"/steps/{steps[0].id}/skip", {"return_to": "/"})
    later = next(s for s in steps if s.kind.value == "follow_up")
    web.post(f"/steps/{later.id}/snooze", {"until": "2026-12-01",
                                            "reason": "they are at a conference"})
    page = text_of(web.get("/applications/1").text)
    assert "Skipped: Thank-you email to Jane Doe" in page
    assert "Snoozed to" in page and "they are at a conference" in page
    web.post("/applications/1/events", {"kind": "offer", "on": "2026-11-23"})
    page = text_of(web.get("/applications/1").text)
    assert "Cancelled: Thank-you email to Raj Patel" in page
    assert "the offer ended the plan (A3)" in page
    assert "Skipped: Thank-you email to Jane Doe" in page  # a skip stays a skip
