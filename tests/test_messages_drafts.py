"""Drafts: every step of every playbook gets a message, each phrasing passes its own tone
check, every (kind, rule) maps to its template, and a missing detail names the command that
sets it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from itertools import product
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup import service
from followup.core.model import Channel, Person, StepKind, Timeline
from followup.core.playbooks import PLAYBOOKS
from followup.messages import catalog, drafts, forms
from followup.messages.facts import Options
from followup.store.sqlite import Store
from test_messages_snapshots import CASES, build_once, copy_search, find_step

NY = ZoneInfo("America/New_York")
INTERVIEW = datetime(2026, 11, 23, 10, 0, tzinfo=NY)
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=NY)
JANE = Person("Jane Doe", "jane@acme.example", phone="+12125550100")
RAJ = Person("Raj Patel")
SAM = Person("Sam Rivera", "sam@acme.example")
ADDRESS = "Acme Inc.\\n1 Main Street\\nSpringfield, IL 62701"

# (name, interviewers, coordinator, timeline): the situations the planner distinguishes.
SITUATIONS: list[tuple[str, tuple[Person, ...], Person | None, Timeline]] = [
    ("plain", (JANE,), None, Timeline()),
    ("two interviewers, relay", (JANE, RAJ), SAM, Timeline(needs="my references")),
    ("nobody but the coordinator", (), SAM, Timeline()),
    ("nobody at all", (), None, Timeline()),
    ("decision date", (JANE,), None, Timeline(decision_by=datetime(2026, 12, 4).date(),
                                              note="Decision by end of next week.")),
    ("decision tomorrow", (JANE,), None, Timeline(decision_by=datetime(2026, 11, 24).date())),
    ("agreed date by email", (JANE,), None,
     Timeline(follow_up_on=datetime(2026, 12, 1).date(), follow_up_by=Channel.EMAIL)),
    ("call me in four days", (JANE,), None, Timeline(call_in=4)),
    ("agreed in person", (JANE,), None,
     Timeline(follow_up_on=datetime(2026, 12, 2).date(), follow_up_by=Channel.IN_PERSON)),
    ("letter", (JANE,), None, Timeline(thank_you_by=Channel.LETTER)),
    ("phone thank-you", (JANE,), None, Timeline(thank_you_by=Channel.PHONE)),
    ("not a fit", (JANE,), None, Timeline(fit=False)),
]
NEEDS_PLAYBOOK = {"estimate": "decision", "agreed": "agreed"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    return build_once(tmp_path_factory)


@pytest.fixture
def search(built: tuple[Path, dict[str, int]], db_path: Path) -> dict[str, int]:
    return copy_search(built, db_path)


def _fits(playbook: str, tl: Timeline) -> bool:
    need = NEEDS_PLAYBOOK.get(playbook)
    return (need != "decision" or tl.decision_by is not None) and (
        need != "agreed" or tl.agreed)


@pytest.fixture
def profiled(store: Store) -> Store:
    drafts.set_profile(store, {"name": "Ana Lima", "email": "ana.lima@example.com",
                               "phone": "+1 212 555 0147", "address": "12 Orchard Lane\\n"
                               "Brooklyn, NY 11201", "linkedin": "ana-lima"}, NOW)
    return store


def _add(store: Store, playbook: str, people: tuple[Person, ...], coordinator: Person | None,
         tl: Timeline) -> int:
    interview = service.NewInterview(at=INTERVIEW, tz="America/New_York",
                                     interviewers=people, coordinator=coordinator, timeline=tl,
                                     noted=("the move to dbt",))
    return service.add_application(store, company="Acme", role="Data Analyst",
                                   interview=interview, now=NOW, playbook=playbook).id


def _all_forms(d: drafts.Draft) -> None:
    assert d.body.strip() and forms.plain(d).endswith(d.body)
    assert forms.as_json(d)["body"] == d.body
    assert b"X-Unsent: 1" in forms.eml(d, NOW)
    assert forms.mailto(d).startswith("mailto:")


@pytest.mark.parametrize(("playbook", "situation"), [
    (p, s) for p, s in product(PLAYBOOKS, SITUATIONS) if _fits(p, s[3])],
    ids=lambda v: v if isinstance(v, str) else v[0])
def test_every_step_of_every_playbook_drafts_cleanly(
    profiled: Store, playbook: str, situation: tuple[Any, ...],
) -> None:
    _, people, coordinator, tl = situation
    app_id = _add(profiled, playbook, people, coordinator, tl)
    steps = profiled.load(app_id).steps
    assert steps
    for step, phrasing, update in product(steps, (1, 2, 3), (None, "I have since finished my "
                                                             "AWS certification.")):
        opts = Options(update=update, to_address=ADDRESS)
        d = drafts.draft(profiled, step.id, NOW, options=opts, phrasing=phrasing)
        assert d.findings == (), (step.kind, step.rule, d.template, phrasing, d.findings)
        _all_forms(d)
        if update and d.template not in ("moving_on",) and not d.template.startswith("thank"):
            assert update in d.body  # M6
    close = next(s for s in steps if s.kind is StepKind.CLOSE)
    for form, phrasing in product(("withdrawal", "rejection-reply", "network"), (1, 2, 3)):
        opts = Options(to=Person("Priya Shah", "priya@example.org"))
        d = drafts.draft(profiled, close.id, NOW, form=form, options=opts, phrasing=phrasing)
        assert d.findings == (), (form, phrasing, d.findings)
        _all_forms(d)


# (kind, rule, channel, via) -> template: every combination the planner produces (planner.py).
MAPPING = [
    ("thank_you", "T2", "email", None, "thank_you_email"),
    ("thank_you", "T4", "email", None, "thank_you_email"),
    ("thank_you", "F11", "email", None, "thank_you_email"),
    ("thank_you", "T3", "email", None, "thank_you_email"),  # decision too soon for the post
    ("thank_you", "T3", "letter", None, "thank_you_letter"),
    ("thank_you", "T4", "letter", None, "thank_you_letter"),
    ("thank_you", "T4", "phone", None, "thank_you_call"),
    ("thank_you", "T6", "email", None, "thank_you_relay"),
    ("thank_you", "T6", "email", "Sam Rivera", "thank_you_relay"),
    ("follow_up", "F2", "email", None, "follow_up"),
    ("follow_up", "F3", "email", None, "touch_base"),
    ("follow_up", "F5", "email", None, "status_check"),
    ("follow_up", "F6", "email", None, "agreed_follow_up"),
    ("follow_up", "F6", "in_person", None, "agreed_follow_up"),
    ("follow_up", "F7", "email", None, "touch_base"),
    ("call", "F4", "phone", None, "call_follow_up"),
    ("call", "F5", "phone", None, "call_status"),
    ("call", "F6", "phone", None, "call_agreed"),
    ("call", "F7", "phone", None, "call_follow_up"),
    ("call", "F9", "phone", None, "call_follow_up"),
    ("network", "A2", "email", None, "network_note"),
    ("close", "F8", "none", None, "moving_on"),
    ("close", "F10", "none", None, "moving_on"),
    ("close", "C7", "none", None, "moving_on"),
]


@pytest.mark.parametrize(("kind", "rule", "channel", "via", "template"), MAPPING)
def test_each_kind_and_rule_has_its_template(kind: str, rule: str, channel: str,
                                             via: str | None, template: str) -> None:
    from followup.core.model import Step, StepStatus

    step = Step(id=1, application_id=1, key="i1:x", kind=StepKind(kind), channel=Channel(channel),
                to=("Jane Doe",), due=NOW.date(), latest=NOW.date(), status=StepStatus.PENDING,
                rule=rule, why="", touch=2, via=via)
    assert catalog.choose(step).name == template
    assert set(catalog.TEMPLATES) >= {template}


def test_f8_tries_start_with_a_follow_up_then_touch_base(profiled: Store) -> None:
    app_id = _add(profiled, "two-weeks", (JANE,), None, Timeline())
    tries = [s for s in profiled.load(app_id).steps if s.rule == "F8" and s.kind.value ==
             "follow_up"]
    names = [drafts.draft(profiled, s.id, NOW).template for s in tries]
    assert names[0] == "follow_up" and set(names[1:]) == {"touch_base"}


def _sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in re.split(r"(?<=[.?!])\s+|\n", text)
            if len(s.split()) >= 6}


def test_touch_base_does_not_repeat_the_week1_email_word_for_word(profiled: Store) -> None:
    """F3: the second email may say the same things, never in the same words."""
    app_id = _add(profiled, "weekly", (JANE,), None, Timeline(note="They meet on Friday."))
    steps = {s.rule: s for s in profiled.load(app_id).steps}
    for a, b in product((1, 2, 3), (1, 2, 3)):
        week1 = drafts.draft(profiled, steps["F2"].id, NOW, phrasing=a)
        week2 = drafts.draft(profiled, steps["F3"].id, NOW, phrasing=b)
        assert not _sentences(week1.body) & _sentences(week2.body)
        assert week1.subject != week2.subject


def test_phrasing_is_stable_and_differs_between_consecutive_steps(profiled: Store) -> None:
    app_id = _add(profiled, "default", (JANE, Person("Raj Patel", "raj@acme.example"),
                                        Person("Li Wei", "li@acme.example")), None, Timeline())
    thanks = [s for s in profiled.load(app_id).steps if s.kind is StepKind.THANK_YOU]
    first = [drafts.draft(profiled, s.id, NOW) for s in thanks]
    again = [drafts.draft(profiled, s.id, NOW) for s in thanks]
    assert [d.body for d in first] == [d.body for d in again]  # deterministic
    assert len({d.variant for d in first}) == 3  # T1: three separate, different notes


def test_a_draft_the_day_after_gives_the_date(profiled: Store) -> None:
    """A thank-you drafted the day after may go out later still: it names the day ("on
    Monday, November 23"), never "yesterday", which is false by the time it is read."""
    app_id = _add(profiled, "default", (JANE,), None, Timeline())
    step = profiled.load(app_id).steps[0]
    later = datetime(2026, 11, 24, 8, 0, tzinfo=NY)
    bodies = [drafts.draft(profiled, step.id, later, phrasing=p) for p in (1, 2, 3)]
    for d in bodies:
        text = (d.subject or "") + d.body
        assert "yesterday" not in text and "November 23" in text


@pytest.mark.parametrize(("case", "missing", "command"), [
    ("thank_you_email", "name", "followup me --name"),
    ("call_week3", "phone", "followup me --phone"),
])
def test_a_missing_profile_field_names_the_command(cli: Callable[..., Any],
                                                   search: dict[str, int], case: str,
                                                   missing: str, command: str) -> None:
    app, kind, rule, nth, extra = CASES[case]
    step = find_step(cli, search[app], kind, rule, nth)
    assert cli("me", f"--{missing}", "").code == 0
    res = cli("draft", str(step), *extra)
    assert res.code == 2 and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1 and command in res.stderr


def test_a_letter_without_addresses_drafts_with_placeholders(cli: Callable[..., Any],
                                                             search: dict[str, int]) -> None:
    """Issue 13: a letter is drafted with clear placeholders, each named in a note (T3)."""
    step = find_step(cli, search["agreed"], "thank_you", "T3")
    assert cli("me", "--address", "").code == 0
    res = cli("draft", str(step))
    assert res.code == 0
    assert "[your postal address]" in res.stdout and "[their postal address]" in res.stdout
    assert "followup me --address" in res.stderr and "--address" in res.stderr
    assert "You can reach me at" in res.stdout  # a letter says how to answer it


def test_the_recipients_address_is_remembered(cli: Callable[..., Any],
                                              search: dict[str, int]) -> None:
    step = find_step(cli, search["agreed"], "thank_you", "T3")
    shown = cli("show", str(search["agreed"]), "--json")
    import json

    person = json.loads(shown.stdout)["interviews"][0]["interviewers"][0]
    pid = person["id"]
    assert cli("interviewer", str(pid), "--address", "1 Main Street\\nSpringfield").code == 0
    res = cli("draft", str(step))
    assert res.code == 0 and "1 Main Street\nSpringfield" in res.stdout
    assert "[their postal address]" not in res.stdout


def test_eml_needs_your_email(cli: Callable[..., Any], search: dict[str, int],
                              tmp_path: Any) -> None:
    step = find_step(cli, search["weekly"], "thank_you", "T2")
    assert cli("me", "--email", "").code == 0
    res = cli("draft", str(step), "--eml", str(tmp_path / "x.eml"))
    assert res.code == 2 and "followup me --email" in res.stderr
    assert not (tmp_path / "x.eml").exists()


def test_after_a_rejection_the_move_on_step_drafts_the_reply(cli: Callable[..., Any],
                                                             search: dict[str, int]) -> None:
    app = search["decision"]
    close = find_step(cli, app, "close", "F10")
    assert cli("log", str(app), "rejected").code == 0
    doc = cli("draft", str(close), "--json").json()
    assert doc["template"] == "rejection_reply" and doc["to"]["email"] == "alice@umbrella.example"


@pytest.mark.parametrize(("args", "message"), [
    (("--as", "note"), "private note of a move-on step"),
    (("--as", "poem"), "choose one of note, withdrawal, rejection-reply, network"),
    (("--as", "network"), "give --to"),
    (("--phrasing", "4"), "choose 1 to 3"),
    (("--json", "--mailto"), "choose one of --json, --eml and --mailto"),
    (("--to", "Eve <not an address>"), "--to"),
])
def test_bad_draft_options_are_one_line(cli: Callable[..., Any], search: dict[str, int],
                                        args: tuple[str, ...], message: str) -> None:
    step = find_step(cli, search["weekly"], "follow_up", "F2")
    res = cli("draft", str(step), *args)
    assert res.code == 2 and message in res.stderr and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1


def test_unknown_step(cli: Callable[..., Any]) -> None:
    res = cli("draft", "999")
    assert res.code == 1 and "no step with id 999" in res.stderr


def test_notes_and_warnings_go_to_stderr(cli: Callable[..., Any],
                                         search: dict[str, int]) -> None:
    relay = find_step(cli, search["weekly"], "thank_you", "T6")
    res = cli("draft", str(relay), "--update", "I moved to Boston.")
    assert res.code == 0
    assert "C6" in res.stderr and "the link to my portfolio" in res.stderr  # attach it
    assert "T5" in res.stderr and "Boston" not in res.stdout  # no status news in a thank-you
    week1 = find_step(cli, search["weekly"], "follow_up", "F2")
    doc = cli("draft", str(week1), "--update", "I moved to Boston.", "--json").json()
    assert "I moved to Boston." in doc["body"] and doc["warnings"] == []


def test_voicemail_says_name_role_reason_and_number_twice(cli: Callable[..., Any],
                                                          search: dict[str, int]) -> None:
    """M4, for every phrasing of every call script."""
    for case in ("call_week3", "call_agreed", "call_status", "thank_you_call"):
        app, kind, rule, nth, _ = CASES[case]
        step = find_step(cli, search[app], kind, rule, nth)
        for phrasing in ("1", "2", "3"):
            out = cli("draft", str(step), "--phrasing", phrasing).stdout
            voicemail = out.split("If you reach voicemail:", 1)[1]
            assert voicemail.count("two-one-two, five-five-five, zero-one-four-seven") == 2
            assert "Ana Lima" in voicemail and "Data Analyst" in voicemail
            assert len(voicemail.split()) < 90  # brief


def test_agreed_follow_up_says_it_was_agreed_and_when(cli: Callable[..., Any],
                                                      search: dict[str, int]) -> None:
    """M2, every phrasing: the agreement and the timeframe they gave."""
    email = find_step(cli, search["agreed"], "follow_up", "F6")
    call = find_step(cli, search["call_in"], "call", "F6")
    for phrasing in ("1", "2", "3"):
        text = cli("draft", str(email), "--phrasing", phrasing).stdout
        assert "agreed" in text.lower() or "you suggested" in text
        assert "December 1" in text
        script = cli("draft", str(call), "--phrasing", phrasing).stdout
        # "call me in four days": the script names the day, never a count of days (M2), and
        # says it as a person would aloud ("on November 27th"), never a written weekday date.
        assert "four days" not in script and "agreed" in script
        assert re.search(r"\b(?:today|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)|the \d{1,2}"
                         r"(?:st|nd|rd|th) of [A-Z][a-z]+)\b", script)



def test_m3_a_status_check_asks_politely_whether_still_considered(
        cli: Callable[..., Any], search: dict[str, int]) -> None:
    """M3, in every phrasing of the email and the call: still considered? Without a blunt
    "or has it been filled": the email asks for a word either way, the call asks for news
    once the listener has said it is a good time (or, after the coach's fifth round, for
    news on the decision, with a note "either way"). Other interviews come only from the
    candidate's own --update, with a reminder to keep it true."""
    email = find_step(cli, search["decision"], "follow_up", "F5")
    call = find_step(cli, search["calls"], "call", "F5")
    for step, phrasing in product((email, call), ("1", "2", "3")):
        res = cli("draft", str(step), "--phrasing", phrasing)
        text = res.stdout.lower()
        assert any(w in text for w in ("considered", "consideration", "still open",
                                       "where things stand", "news on my application",
                                       "news on the decision"))
        assert "filled" not in text and "another candidate" not in text
        if step == email:
            assert "either way" in text
        else:
            assert re.search(r"(?:quick minute|a good time|quick question)\?", text)
        assert "December 4" in res.stdout  # their own date (F5)
        assert "interview elsewhere" not in text and "offer" not in text
        news = cli("draft", str(step), "--phrasing", phrasing, "--update",
                   "I have another interview next week.")
        # Another process with no deadline reads as leverage: left out, and said why (M3).
        assert "another interview" not in news.stdout
        assert "M3" in news.stderr and "deadline" in news.stderr
        dated = cli("draft", str(step), "--phrasing", phrasing, "--update",
                    "I have an offer to answer by Friday 11 December.")
        assert "I have an offer to answer by Friday 11 December." in dated.stdout
        assert "M3" in dated.stderr and "only if they are real" in dated.stderr
