"""An unknown is not a fact (issues 20 and 23): an application stored from an invitation that
named no role or no company reads naturally in every draft ("the role", no company), never
prints the stored sentinel, and the candidate is told in one line how to give it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core import unknown
from followup.core.model import EventKind, Person, Timeline
from followup.core.playbooks import PLAYBOOKS
from followup.messages import catalog, drafts, facts, render
from followup.store.sqlite import Store

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 11, 20, 10, 0, tzinfo=LONDON)
KNOWN = {"company": "Acme", "role": "Data Engineer"}
# Which of the two is unknown: each alone, and both.
MISSING = [("role",), ("company",), ("role", "company")]
_TIMELINE = {"estimate": Timeline(decision_by=date(2026, 11, 27)),
             "agreed": Timeline(call_in=4)}


def _add(store: Store, missing: tuple[str, ...], playbook: str, region: str) -> int:
    drafts.set_profile(store, {"name": "Jordan Ellis", "email": "jordan@example.com",
                               "phone": "+44 7911 123456", "region": region,
                               "address": "1 High Street\nLondon"}, AT)
    values = {f: unknown.sentinel(f) if f in missing else v for f, v in KNOWN.items()}
    iv = service.NewInterview(
        at=AT, tz="Europe/London", timeline=_TIMELINE.get(playbook, Timeline()),
        interviewers=(Person("Priya Shah", "priya@example.com", phone="+44 20 7946 0000"),),
        coordinator=Person("Olivia Pemberton", "olivia@example.com"))
    return service.add_application(store, company=values["company"], role=values["role"],
                                   interview=iv, now=AT, playbook=playbook).id


def _every_render(store: Store, app_id: int, now: datetime, locale: str
                  ) -> list[tuple[str, str]]:
    """(template name, text) for every template and phrasing, for every step."""
    app = store.load(app_id)
    profile = drafts.get_profile(store)
    out = []
    for step in app.steps:
        for info in catalog.TEMPLATES.values():
            opts = facts.Options(to=Person("Pat Friend", "pat@example.com"), locale=locale)
            for variant in range(catalog.PHRASINGS):
                found = facts.build(app, step, profile, info, variant, now, opts)
                out.append((info.name, render.render(info.name, found.context)))
    return out


def _history(store: Store, app_id: int, locale: str, playbook: str
             ) -> list[tuple[str, str]]:
    """Every draft at the start, after a reply with no date (F12), after a reopening (A3)."""
    texts = _every_render(store, app_id, AT, locale)
    later = AT + timedelta(days=10)
    service.log_event(store, app_id, EventKind.REPLY, later.date(), later)
    texts += _every_render(store, app_id, later, locale)
    end = later + timedelta(days=5)
    service.log_event(store, app_id, EventKind.REJECTED, end.date(), end)
    back = end + timedelta(days=30)
    again = Timeline(decision_by=back.date() + timedelta(days=7)) if playbook == "estimate" \
        else None  # the estimate playbook needs their date (F5)
    service.reopen(store, app_id, back.date(), back, timeline=again)
    return texts + _every_render(store, app_id, back + timedelta(days=8), locale)


# What a sentence left without its role or company looks like.
_BROKEN = [
    (r"unknown", "the word 'unknown'"),
    (r"\(\s*\)", "empty brackets"),
    (r"\b(?:at|about|joining|the|an)\s*[.,;:?!]", "a word left hanging"),
    (r"\b(?:at|for|with|about|joining|of|from)\s+(?:–|-|and)\s", "a word left hanging"),
    (r"\bthe (?:the|a|an)\b", "a doubled article"),
    (r"\b(\w+) \1\b", "a doubled word"),
    (r"^Subject: ?(?:[a-z–-]|$)", "a subject that does not start with a word"),
    (r"(?:^|(?<![ap]\.m)[.!?] )[a-z]", "a sentence that starts in lower case"),
    (r"\s[.,;:]", "a space before punctuation"),
    (r"–\s*$", "a dash that ends the line"),
    (r"^\s*(?:role|position|opening|interview|at)\b", "a line that starts mid-sentence"),
]


def faults(text: str, missing: tuple[str, ...]) -> list[str]:
    """What keeps `text` from reading as sentences, given which facts were unknown."""
    out = []
    if text.startswith("Subject:") and text.split("\n")[1].strip():
        out.append(f"no blank line after the subject: {text[:100]!r}")
    for line in text.splitlines():
        for pattern, what in _BROKEN:
            if re.search(pattern, line, re.IGNORECASE if what.startswith("the word") else 0):
                out.append(f"{what}: {line.strip()!r}")
    for field in missing:
        if unknown.sentinel(field) in text:
            out.append(f"the sentinel {unknown.sentinel(field)!r}")
    for field, value in KNOWN.items():
        if field in missing and value in text:
            out.append(f"the {field} {value!r} although it is unknown")
    return out


@pytest.mark.parametrize("playbook", sorted(PLAYBOOKS))
@pytest.mark.parametrize("missing", MISSING, ids="+".join)
def test_every_template_reads_without_the_unknown(store: Store, playbook: str,
                                                  missing: tuple[str, ...]) -> None:
    locale = "en-US" if playbook in ("estimate", "call") else "en-GB"
    app_id = _add(store, missing, playbook, locale[-2:])
    texts = _history(store, app_id, locale, playbook)
    assert {name for name, _ in texts} == set(catalog.TEMPLATES)
    found = sorted({f"{name}: {f}" for name, text in texts for f in faults(text, missing)})
    assert not found, "\n".join(found[:40])


def test_one_home_for_unknown() -> None:
    assert unknown.is_unknown(unknown.UNKNOWN_ROLE) and unknown.is_unknown(" ")
    assert unknown.is_unknown(None) and not unknown.is_unknown("Data Engineer")
    assert unknown.known(unknown.UNKNOWN_COMPANY) is None and unknown.known("Acme") == "Acme"
    assert unknown.unknown_fields(unknown.UNKNOWN_COMPANY, "Data Engineer") == ("company",)
    assert unknown.unknown_fields("Acme", unknown.UNKNOWN_ROLE) == ("role",)
    assert unknown.how_to_give("role", 7) == "followup edit 7 --role ROLE"
    from followup.capture import apply

    assert (apply.UNKNOWN_COMPANY, apply.UNKNOWN_ROLE) == (
        unknown.UNKNOWN_COMPANY, unknown.UNKNOWN_ROLE)


def test_a_letter_without_the_company_marks_a_blank_that_check_flags(store: Store) -> None:
    """The address of a letter cannot do without the company: a blank the candidate fills,
    which the tone check flags (and `send` refuses, as it refuses every placeholder)."""
    from followup.messages import tone

    app_id = _add(store, ("company",), "weekly", "GB")
    step = store.load(app_id).steps[0]
    info = catalog.TEMPLATES["thank_you_letter"]
    found = facts.build(store.load(app_id), step, drafts.get_profile(store), info, 0, AT,
                        facts.Options())
    text = render.render(info.name, found.context)
    assert "[the company's name]" in text and "(company unknown)" not in text
    assert any(f.phrase == "[the company's name]" for f in tone.check(text, found.expect))


def test_draft_says_in_one_line_how_to_give_the_role(cli: Any) -> None:
    """A new user's invitation names no role: `add --from --yes`, then `draft` says nothing
    unknown to the employer and tells the candidate, on stderr, the command with the real
    application number; `check` passes the draft; after `edit` the role is back."""
    path = Path(__file__).parent / "fixtures" / "invites" / "people_dev" / "x04.ics"
    cli("me", "--name", "Jordan Ellis", "--email", "jordan@example.com", now="2026-11-20T09:00")
    added = cli("add", "--from", str(path), "--yes", "--json", now="2026-11-20T09:00")
    assert added.code == 0, added.stderr
    app_id, step_id = added.json()["id"], added.json()["steps"][0]["id"]
    d = cli("draft", str(step_id), now="2026-11-20T09:00")
    assert d.code == 0, d.stderr
    assert "unknown" not in d.stdout.lower(), d.stdout
    assert f"followup edit {app_id} --role ROLE" in d.stderr
    assert len(re.findall(r"role (?:is )?unknown", d.stderr, re.I)) == 1, d.stderr
    assert cli("check", str(step_id), now="2026-11-20T09:00").code == 0
    assert cli("edit", str(app_id), "--role", "Data Engineer", now="2026-11-20T09:00").code == 0
    d = cli("draft", str(step_id), now="2026-11-20T09:00")
    assert "Data Engineer" in d.stdout and "The role is unknown" not in d.stderr


def test_capture_flags_are_left_out_of_the_notes_beside_a_draft() -> None:
    role, company = unknown.flag("role"), unknown.flag("company")
    time = "time unknown: an all-day event"
    assert unknown.without_flags(f"{company}; {role}") is None
    assert unknown.without_flags(f"{role}; {time}") == time
    assert unknown.without_flags(f"{time}; {role}") == time
    assert unknown.without_flags("my own note") == "my own note"
