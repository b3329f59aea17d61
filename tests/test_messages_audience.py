"""Every fact has an audience (issue 20): what the candidate wrote for themselves never
reaches a draft, whatever the template; the employer's timeline reaches it only as a date the
product understood. Plus the cases the issue lists, each as a user meets them."""

from __future__ import annotations

import ast
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.model import EventKind, Person, StepKind, Timeline
from followup.messages import catalog, drafts, facts, render, voice
from followup.messages.context import NAMES
from followup.store.sqlite import Store

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 20, 10, 0, tzinfo=LONDON)
SRC = Path(__file__).resolve().parents[1] / "src" / "followup"
# One marker per private field: none may ever appear in a draft.
PRIVATE = {
    "timeline": "ZQTIMELINEQZ we send every candidate an update each Friday",
    "notes": "ZQNOTESQZ",
    "reply": "ZQREPLYQZ Weekly update: still interviewing",
    "snooze": "ZQSNOOZEQZ",
    "reopen": "ZQREOPENQZ Priya: internal candidate declined",
    "rejected": "ZQREJECTQZ",
}


def _profile(store: Store, region: str = "GB") -> None:
    drafts.set_profile(store, {"name": "Alex Doe", "email": "alex@example.com",
                               "phone": "+44 7911 123456", "region": region}, AT)


def _add(store: Store, people: tuple[Person, ...], tl: Timeline = Timeline(),
         coordinator: Person | None = None, playbook: str = "weekly",
         noted: tuple[str, ...] = ()) -> int:
    iv = service.NewInterview(at=AT, tz="Europe/London", interviewers=people,
                              coordinator=coordinator, timeline=tl, noted=noted)
    return service.add_application(store, company="Acme", role="Data Engineer",
                                   interview=iv, now=AT, playbook=playbook).id


def _every_render(store: Store, app_id: int, now: datetime) -> list[str]:
    """Every template, for every step, from the application as it stands."""
    app = store.load(app_id)
    profile = drafts.get_profile(store)
    out = []
    for step in app.steps:
        for info in catalog.TEMPLATES.values():
            opts = facts.Options(to=Person("Pat Friend", "pat@example.com"))
            for variant in range(catalog.PHRASINGS):
                found = facts.build(app, step, profile, info, variant, now, opts)
                out.append(render.render(info.name, found.context))
    return out


def _markers(texts: list[str]) -> list[str]:
    return [f"{key}: {text[:80]!r}" for text in texts for key, mark in PRIVATE.items()
            if mark.split()[0] in text]


def test_no_private_field_reaches_any_template(store: Store) -> None:
    _profile(store)
    tl = Timeline(note=PRIVATE["timeline"], decision_by=date(2026, 11, 27))
    app_id = _add(store, (Person("Seán Ó Briain", "sean@acme.com"),), tl)
    service.edit_application(store, app_id, AT, notes=PRIVATE["notes"])
    texts = _every_render(store, app_id, AT)
    first = next(s for s in store.load(app_id).steps if s.kind is not StepKind.THANK_YOU)
    service.snooze(store, first.id, first.due + timedelta(days=3), PRIVATE["snooze"], AT)
    later = AT + timedelta(days=10)
    service.log_event(store, app_id, EventKind.REPLY, later.date(), later,
                      note=PRIVATE["reply"])
    texts += _every_render(store, app_id, later)
    end = later + timedelta(days=5)
    service.log_event(store, app_id, EventKind.REJECTED, end.date(), end,
                      note=PRIVATE["rejected"])
    back = end + timedelta(days=60)
    service.reopen(store, app_id, back.date(), back, note=PRIVATE["reopen"])
    texts += _every_render(store, app_id, back + timedelta(days=8))
    assert texts and not _markers(texts)


def test_the_employer_date_is_said_only_before_it_passes(store: Store) -> None:
    _profile(store)
    tl = Timeline(note=PRIVATE["timeline"], decision_by=date(2026, 12, 11))
    app_id = _add(store, (Person("Jane Doe", "jane@acme.com"),), tl, playbook="weekly")
    week1 = next(s for s in store.load(app_id).steps if s.rule == "F2")
    before = drafts.draft(store, week1.id, datetime(2026, 11, 27, 9, tzinfo=LONDON))
    after = drafts.draft(store, week1.id, datetime(2026, 12, 14, 9, tzinfo=LONDON))
    assert "11 December" in before.body
    assert "11 December" not in after.body and "ZQTIMELINEQZ" not in after.body


def test_context_is_typed_and_said_is_made_only_in_audience() -> None:
    """A template sees the fields of DraftContext, and `Said(` is written only in audience.py:
    a plain string from anywhere else cannot be put in the context (mypy refuses it)."""
    assert not NAMES & {"notes", "next_steps", "why", "journal", "note", "reason_text"}
    for path in (SRC / "messages").glob("*.py"):
        if path.name == "audience.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and n.func.id == "Said"]
        assert not calls, f"{path.name} makes a Said itself: go through audience.py"


@pytest.mark.parametrize(("name", "dear"), [
    ("Seán Ó Briain", "Seán"), ("Siobhán Nic Aodha", "Siobhán"),
    ("Mary-Kate Ní Bhriain", "Mary-Kate"), ("Mary Kate Mac Mathúna", "Mary Kate"),
    ("Ciarán Ua Duinn", "Ciarán"), ("Ana de la Cruz", "Ana"), ("Lena von Trapp", "Lena"),
    ("Pieter van der Berg", "Pieter"), ("Ahmed bin Salleh", "Ahmed"),
    ("Omar al-Farsi", "Omar"),
])
def test_greetings_with_particles(name: str, dear: str) -> None:
    assert voice.greeting(Person(name)) == dear


@pytest.mark.parametrize(("locale", "dear", "close"), [
    ("en-GB", "Dear Ms Ellis,", "Yours sincerely,"),  # "Mrs" assumes a marriage: "Ms"
    ("en-US", "Dear Ms. Ellis,", "Sincerely,"),
])
def test_a_formal_letter_greets_and_closes_as_the_locale_asks(
        store: Store, locale: str, dear: str, close: str) -> None:
    _profile(store, "GB" if locale == "en-GB" else "US")
    app_id = _add(store, (Person("Mrs Margaret Ellis"),), Timeline(thank_you_by=None))
    step = store.load(app_id).steps[0]
    assert step.channel.value == "letter"  # no address, nobody to relay: a letter (C4)
    d = drafts.draft(store, step.id, AT, options=facts.Options(locale=locale))
    assert dear in d.body and close in d.body and "Kind regards" not in d.body
    assert "Mrs" not in d.body and d.to_name == "Ms Margaret Ellis"


def test_mrs_only_when_she_recorded_it_as_her_greeting() -> None:
    assert voice.greeting(Person("Mrs Margaret Ellis"), "en-GB", True) == "Ms Ellis"
    assert voice.greeting(Person("Miss Jo Ellis"), "en-GB", True) == "Ms Ellis"
    assert voice.greeting(Person("Margaret Ellis", greeting="Mrs Ellis"), "en-GB",
                          True) == "Mrs Ellis"
    assert voice.addressed("Mrs Margaret Ellis") == "Ms Margaret Ellis"


def test_voicemail_reads_the_number_as_the_listener_writes_it(store: Store) -> None:
    _profile(store, "GB")
    app_id = _add(store, (Person("Jane Doe", "jane@acme.com", phone="+44 20 7946 0000"),),
                  Timeline(call_in=4), playbook="agreed")
    call = next(s for s in store.load(app_id).steps if s.kind is StepKind.CALL)
    body = drafts.draft(store, call.id, AT).body
    # In the groups a Briton says it, 0 as "oh", the six digits as two threes (M4).
    assert "oh-seven-nine-one-one, one-two-three, four-five-six" in body
    assert "plus four-four" not in body
    drafts.set_profile(store, {"phone": "+1 212 555 0147", "region": "US"}, AT)
    body = drafts.draft(store, call.id, AT).body
    assert "plus one, two-one-two, five-five-five, oh-one-four-seven" in body


def test_thanks_owed_to_whom_it_is_owed(store: Store) -> None:
    """Seán thanked on time, Mary-Kate missed: the next touch to Seán has no late thanks and
    no "again" it cannot claim; Mary-Kate gets one short late note of her own (T7)."""
    _profile(store)
    sean = Person("Seán Ó Briain", "sean@acme.com")
    mary = Person("Mary-Kate Nic Aodha", "mk@acme.com")
    app_id = _add(store, (sean, mary))
    steps = store.load(app_id).steps
    service.mark_done(store, steps[0].id, AT.date(), AT)
    later = AT + timedelta(days=3)
    service.replan(store, app_id, later)
    app = store.load(app_id)
    late = next(s for s in app.steps if s.to == (mary.name,) and s.kind is StepKind.THANK_YOU)
    assert late.rule == "T7" and late.due > AT.date()
    note = drafts.draft(store, late.id, later)
    assert note.template == "late_thanks" and "Dear Mary-Kate," in note.body
    assert "again" not in note.body and "once more" not in note.body
    week1 = next(s for s in app.steps if s.rule == "F2")
    assert week1.to == (sean.name,)
    body = drafts.draft(store, week1.id, later).body
    assert "sooner" not in body and "did not want another day" not in body


def test_a_re_drafted_step_knows_only_its_own_day(store: Store) -> None:
    _profile(store)
    app_id = _add(store, (Person("Jane Doe", "jane@acme.com"),))
    steps = store.load(app_id).steps
    service.mark_done(store, steps[0].id, AT.date(), AT)
    week1 = next(s for s in store.load(app_id).steps if s.rule == "F2")
    service.mark_done(store, week1.id, week1.due, datetime.combine(week1.due, AT.timetz()))
    week2 = next(s for s in store.load(app_id).steps if s.rule == "F3")
    on = datetime.combine(week2.due, AT.timetz())
    service.mark_done(store, week2.id, week2.due, on)
    again = drafts.draft(store, week1.id, on + timedelta(days=30))
    assert week2.due.strftime("%B") not in again.body or str(week2.due.day) not in again.body
    assert "yesterday" not in again.body


def test_repeat_interviewer_and_phone_screen(store: Store) -> None:
    _profile(store)
    elena = Person("Elena Rossi", "elena@acme.com")
    app_id = _add(store, (elena,))
    iv2 = service.NewInterview(at=AT + timedelta(days=7), tz="Europe/London",
                               interviewers=(elena,))
    service.add_interview(store, app_id, iv2, AT + timedelta(days=7))
    thanks = [s for s in store.load(app_id).steps if s.kind is StepKind.THANK_YOU
              and s.key.startswith(store.load(app_id).phase)]
    body = " ".join(drafts.draft(store, thanks[0].id, AT + timedelta(days=7),
                                 phrasing=n).body for n in (1, 2, 3))
    assert "meet you" not in body and "meeting with me" not in body
    assert "again" in body


def test_a_panel_of_four_gets_four_notes_that_differ_beyond_a_phrase(store: Store) -> None:
    _profile(store)
    names = ("Seán Ó Briain", "Siobhán Nic Aodha", "Eoin Mac Mathúna", "Ana de la Cruz")
    app_id = _add(store, tuple(Person(n, f"p{i}@acme.example") for i, n in enumerate(names)))
    notes = []
    for step in store.load(app_id).steps:
        if step.kind is StepKind.THANK_YOU:
            body = drafts.draft(store, step.id, AT).body
            for n in names:  # what is left when the names are taken out
                body = body.replace(n, "NAME").replace(n.split()[0], "NAME")
            notes.append([p for p in body.split("\n\n") if "NAME" not in p or len(p) > 40])
    for i, a in enumerate(notes):
        for b in notes[i + 1:]:
            assert sum(x != y for x, y in zip(a, b, strict=False)) >= 2, (a, b)
