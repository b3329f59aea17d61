"""A draft review you can run (issue 20): random histories (rounds, panels, thank-yous done
or missed, replies, reopenings, locales, names with particles) and, on every draft, what a
careful reader checks: the greeting names its recipient, no private marker, no "again" or
"once more" without a thanks before to that person, no "yesterday" or "last week" that is
false on the draft's day, no doubled word, no placeholder but the documented ones."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import service
from followup.core.model import Application, EventKind, Person, StepKind, Timeline
from followup.messages import drafts, relation, voice
from followup.messages.facts import Options
from followup.store.sqlite import Store

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 20, 10, 0, tzinfo=LONDON)
NAMES = ("Seán Ó Briain", "Siobhán Nic Aodha", "Mary-Kate Ní Bhriain", "Eoin Mac Mathúna",
         "Ana de la Cruz", "Pieter van der Berg", "Ahmed bin Salleh", "Omar al-Farsi",
         "Jo Anne Smith-Kim", "Margaret Ellis")
MARK = "ZQPRIVATEQZ"
# Documented: a letter's addresses, and after a reopening the line for the answer to what
# their message asked (the draft cannot know it; follow_up.j2).
ANSWER = "[your answer to what their message asked, or delete this line]"
PLACEHOLDERS = {"[your postal address]", "[their postal address]", ANSWER}
_RULE_ID = re.compile(r"\([A-Z]\d{1,2}(?:,\s*[A-Z]\d{1,2})*\)")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DIGITS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
           "nine", "double"}
_GREETING = re.compile(r"^\"?(?:Dear|Hi|Hello) ([^,\n]+),", re.MULTILINE)

history = st.fixed_dictionaries({
    "people": st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True),
    "emails": st.lists(st.booleans(), min_size=4, max_size=4),
    "done": st.lists(st.booleans(), min_size=4, max_size=4),
    "round2": st.booleans(),
    "reply": st.booleans(),
    "reopen": st.booleans(),
    "locale": st.sampled_from(("en-US", "en-GB")),
    "playbook": st.sampled_from(("weekly", "default", "call", "two-weeks")),
    "late": st.integers(0, 12),
})


_RELATIVE = re.compile(r"\b(?:yesterday|last (?:week|Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)|(?:a couple of|a few) weeks ago)\b")


def _allowed(app: Application, day: date) -> set[str]:
    """Every relative phrase that is true on `day` of an interview or a touch done."""
    days = [iv.day for iv in app.interviews] + [
        s.done_on for s in app.steps if s.done_on is not None]
    return {w.lower() for d in days if d <= day
            for w in (voice.relative_day(d, day), voice.spoken_ago(d, day)) if w}


def _problems(d: drafts.Draft, to_thanked: bool, locale: str,
              allowed: set[str] | frozenset[str] = frozenset()) -> list[str]:
    text = (f"{d.subject}\n" if d.subject else "") + d.body
    out = []
    if MARK in text:
        out.append("private marker")
    for m in _DOUBLED.finditer(text):
        if not m.group(1).isdigit() and m.group(1).lower() not in _DIGITS:
            out.append(f"doubled word {m.group()!r}")
    for found in re.findall(r"\[[^\]]+\]", text):
        if found not in PLACEHOLDERS:
            out.append(f"placeholder {found}")
    if d.channel != "note" and not to_thanked and re.search(
            r"\b(?:thank you again|thank you once more|thanks again|I should have said so)\b",
            text, re.IGNORECASE):
        out.append("thanks 'again' to someone never thanked")
    first = _GREETING.search(d.body)
    if d.channel not in ("note", "phone") and first is not None and d.to_name:
        wanted = {voice.greeting(Person(d.to_name), locale, d.channel == "letter")}
        if first.group(1) not in wanted:
            out.append(f"greets {first.group(1)!r}, not {wanted}")
    for said in _RELATIVE.findall(text):  # "last Friday", "last week": true on its day
        if said.lower() not in allowed:
            out.append(f"{said!r} matches no interview or touch before the draft's day")
        elif d.channel != "note":  # what is sent may go out another day: dates only
            out.append(f"{said!r} in a message that may be sent on another day")
    if _RULE_ID.search(text):
        out.append("a rule id in the text")
    if re.search(r"\bMrs\b", text):
        out.append("'Mrs' nobody recorded")
    if d.template != "thank_you_relay" and len(re.findall(r"(?:^|[.;] )Thank you for", text,
                                                           re.MULTILINE)) > 1:
        out.append("stacked thank-yous")
    return out


@settings(max_examples=int(os.environ.get("FOLLOWUP_HISTORIES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(h=history)
def test_every_draft_of_a_random_history_passes_review(h: dict) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "h.db")
        try:
            _run(store, h)
        finally:
            store.close()


def _run(store: Store, h: dict) -> None:  # type: ignore[type-arg]
    drafts.set_profile(store, {"name": "Alex Doe", "email": "alex@example.com",
                               "phone": "+44 7911 123456", "region": "GB"}, AT)
    people = tuple(Person(n, f"p{i}@acme.example" if h["emails"][i] else None)
                   for i, n in enumerate(h["people"]))
    iv = service.NewInterview(at=AT, tz="Europe/London", interviewers=people,
                              timeline=Timeline(note=MARK))
    app_id = service.add_application(store, company="Acme", role="Data Engineer",
                                     interview=iv, now=AT, playbook=h["playbook"],
                                     notes=MARK).id
    for i, step in enumerate(s for s in store.load(app_id).steps
                             if s.kind is StepKind.THANK_YOU):
        if h["done"][i % 4]:
            service.mark_done(store, step.id, step.due, AT)
    now = AT + timedelta(days=h["late"])
    if h["round2"]:
        now += timedelta(days=7)
        nxt = service.NewInterview(at=now, tz="Europe/London", interviewers=people[:2])
        service.add_interview(store, app_id, nxt, now)
    if h["reply"]:
        now += timedelta(days=3)
        service.log_event(store, app_id, EventKind.REPLY, now.date(), now, note=MARK)
    if h["reopen"]:
        now += timedelta(days=2)
        service.log_event(store, app_id, EventKind.REJECTED, now.date(), now, note=MARK)
        now += timedelta(days=40)
        service.reopen(store, app_id, now.date(), now, note=MARK)
    service.replan(store, app_id, now)
    app = store.load(app_id)
    failures = []
    for step in app.steps:
        if step.kind is StepKind.CLOSE:
            continue
        when = max(now, datetime.combine(step.due, AT.timetz()))
        d = drafts.draft(store, step.id, when, options=Options(locale=h["locale"]))
        name = step.to[0] if step.to else None
        _, thanked = relation.thanks(app, step, name, when.date())
        failures += [f"step {step.id} {d.template}: {p}"
                     for p in _problems(d, thanked, h["locale"], _allowed(
                         app, relation.as_of(step, when.date())))]
    assert not failures, "\n".join(failures)
