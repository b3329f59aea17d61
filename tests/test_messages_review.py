"""Every draft reviewed (issue 13): each template, for every step of every playbook, in both
voices (en-US, en-GB), is checked the way a careful reader would: the tone check, no sentence
said twice, no word doubled, a greeting that fits the recipient, the spelling of its locale,
and no sentence shared by two consecutive drafts to the same person. Snapshots keep the
wording of the default playbook in each voice."""

from __future__ import annotations

import re
from itertools import product

import pytest

from followup import service
from followup.core.model import Person, StepKind
from followup.core.playbooks import PLAYBOOKS
from followup.messages import drafts, voice
from followup.messages.facts import Options
from followup.store.sqlite import Store
from test_messages_drafts import ADDRESS, INTERVIEW, NOW, SITUATIONS, _fits
from test_messages_snapshots import check_snapshot

LOCALES = ("en-US", "en-GB")
_GREETING = re.compile(r"^(?:\"?)(?:Dear|Hi|Hello) ([^,\n]+),", re.MULTILINE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DIGITS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "double"}  # a phone number read out: "five five five"


def _sentences(text: str) -> list[str]:
    """The sentences of a message that carry content (five words or more)."""
    out = []
    for m in _SENTENCE.finditer(text):
        s = " ".join(m.group().strip(" \"").split())
        if len(s.split()) >= 5:
            out.append(s)
    return out


def _profile(store: Store, region: str) -> None:
    drafts.set_profile(store, {"name": "Ana Lima", "email": "ana.lima@example.com",
                               "phone": "+1 212 555 0147", "region": region,
                               "address": "12 Orchard Lane\\nBrooklyn, NY 11201",
                               "linkedin": "ana-lima"}, NOW)


def _add(store: Store, playbook: str, situation: tuple[object, ...]) -> int:
    _, people, coordinator, tl = situation
    assert isinstance(people, tuple)
    noted = tuple(f"{p.name.split()[0]}: the move to dbt" for p in people) or (
        "the tour of the office",)
    interview = service.NewInterview(at=INTERVIEW, tz="America/New_York",
                                     interviewers=people,
                                     coordinator=coordinator,  # type: ignore[arg-type]
                                     timeline=tl, noted=noted)  # type: ignore[arg-type]
    return service.add_application(store, company="Acme", role="Data Analyst",
                                   interview=interview, now=NOW, playbook=playbook).id


def review(d: drafts.Draft, locale: str) -> list[str]:
    """What a careful reader would send back; empty when the draft can go as it is."""
    text = (f"{d.subject}\n" if d.subject else "") + d.body
    problems = [f"tone: {f.rule} {f.phrase!r}" for f in d.findings]
    # A call script holds two alternatives (they answer; voicemail): each is read alone.
    for part in d.body.split("If you reach voicemail:"):
        said = _sentences(part)
        twice = {s for s in said if said.count(s) > 1}
        if twice:
            problems.append(f"said twice: {sorted(twice)}")
    for m in _DOUBLED.finditer(text):
        if not m.group(1).isdigit() and m.group(1).lower() not in _DIGITS:
            problems.append(f"doubled word: {m.group()!r}")
    if locale == "en-US" and voice.british_words(text):
        problems.append(f"British spelling in en-US: {voice.british_words(text)}")
    if locale == "en-GB" and voice.american_words(text):
        problems.append(f"American spelling in en-GB: {voice.american_words(text)}")
    if d.channel == "phone" and "Hiring Team" in d.body:
        problems.append("a call script greets 'Hiring Team': nobody answers to that")
    if "attached" in text.lower():  # what they asked for may be a link: "with this email"
        problems.append("'attached': the thing they asked for may be a link")
    first = _GREETING.search(d.body)
    if d.channel != "note" and first is not None:
        formal = d.channel == "letter"  # a letter's greeting is formal (issue 20)
        expected = {voice.greeting(Person(d.to_name), locale, formal)} if d.to_name else {
            "Hiring Team", "all"}
        if first.group(1) not in expected:
            problems.append(f"greets {first.group(1)!r}, not {expected}")
    return problems


def _drafts_of(store: Store, app_id: int, locale: str) -> list[tuple[str, drafts.Draft]]:
    """Every draft of the application: each step's own, and the other forms of its close."""
    out = []
    for step in store.load(app_id).steps:
        opts = Options(to_address=ADDRESS, locale=locale)
        out.append((f"step {step.id} {step.kind.value}/{step.rule}",
                    drafts.draft(store, step.id, NOW, options=opts)))
        if step.kind is StepKind.CLOSE:
            for form in ("withdrawal", "rejection-reply"):
                out.append((f"step {step.id} --as {form}",
                            drafts.draft(store, step.id, NOW, form=form, options=opts)))
    return out


@pytest.mark.parametrize(("playbook", "locale"), list(product(PLAYBOOKS, LOCALES)))
def test_every_draft_passes_review(store: Store, playbook: str, locale: str) -> None:
    _profile(store, "US" if locale == "en-US" else "GB")
    failures = []
    for situation in SITUATIONS:
        if not _fits(playbook, situation[3]):
            continue
        app_id = _add(store, playbook, situation)
        for what, d in _drafts_of(store, app_id, locale):
            failures += [f"{situation[0]} · {what} · {d.template}: {p}"
                         for p in review(d, locale)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(("playbook", "locale"), list(product(PLAYBOOKS, LOCALES)))
def test_consecutive_drafts_to_one_person_share_no_sentence(store: Store, playbook: str,
                                                            locale: str) -> None:
    _profile(store, "US" if locale == "en-US" else "GB")
    shared = []
    for situation in SITUATIONS:
        if not _fits(playbook, situation[3]):
            continue
        app_id = _add(store, playbook, situation)
        steps = [s for s in store.load(app_id).steps if s.kind is not StepKind.CLOSE]
        last: dict[tuple[str, ...], set[str]] = {}
        for step in sorted(steps, key=lambda s: (s.due, s.id)):
            d = drafts.draft(store, step.id, NOW, options=Options(to_address=ADDRESS,
                                                                  locale=locale))
            now = drafts.content_sentences(d.body)
            both = now & last.get(step.to, set())
            if both:
                shared.append(f"{situation[0]} · step {step.id} ({d.template}): {sorted(both)}")
            last[step.to] = now
    assert not shared, "\n".join(shared)


@pytest.mark.parametrize("locale", LOCALES)
def test_review_snapshot(store: Store, locale: str) -> None:
    """The default playbook's drafts in one voice, one file: read its diff after a change."""
    _profile(store, "US" if locale == "en-US" else "GB")
    parts = []
    for situation in SITUATIONS:
        app_id = _add(store, "default", situation)
        for what, d in _drafts_of(store, app_id, locale):
            head = f"=== {situation[0]} · {what} · {d.template} ({d.channel})"
            subject = f"Subject: {d.subject}\n" if d.subject else ""
            parts.append(f"{head}\n{subject}{d.body}")
    check_snapshot(f"review_{locale}.txt", "\n".join(parts))


@pytest.mark.parametrize(("name", "expected"), [
    ("Jo Anne Smith-Kim", "Jo Anne"),
    ("Jane Doe", "Jane"),
    ("Dr. Amara Okafor", "Dr. Okafor"),
    ("Prof Ada van der Berg", "Professor van der Berg"),
    ("John F. Kennedy", "John"),
    ("Mary Ann Evans Jr.", "Mary Ann"),
    ("Raj", "Raj"),
])
def test_greetings_from_names(name: str, expected: str) -> None:
    assert voice.greeting(Person(name)) == expected


def test_a_recorded_greeting_wins() -> None:
    assert voice.greeting(Person("Jo Anne Smith-Kim", greeting="Ms Smith-Kim")) == "Ms Smith-Kim"
    assert voice.greeting(Person("Dr. Amara Okafor"), "en-GB") == "Dr Okafor"


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("I learnt a lot while organising it; you can reach me on 555.", "en-US",
     "I learned a lot while organizing it; you can reach me at 555."),
    ("I learned a lot about color; you can reach me at 555.", "en-GB",
     "I learnt a lot about colour; you can reach me on 555."),
    ("We met on Monday, November 23 about the role.", "en-US",
     "We met on Monday, November 23, about the role."),
])
def test_localise(text: str, locale: str, expected: str) -> None:
    assert voice.localise(text, locale) == expected


@pytest.mark.parametrize(("region", "wanted", "locale"), [
    ("US", None, "en-US"), ("GB", None, "en-GB"), ("AU", None, "en-GB"), (None, None, "en-US"),
    ("US", "en-gb", "en-GB"), ("GB", "en_US", "en-US"),
])
def test_locale_from_region_or_option(region: str | None, wanted: str | None,
                                      locale: str) -> None:
    assert voice.locale_for(region, wanted) == locale
