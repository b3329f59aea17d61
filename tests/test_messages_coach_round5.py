"""The coach's fifth round (issue 20, drafts-grades-s7a): a sequence to one person that does not
close every message the same way, a week +2 nudge with something new in it, call scripts that
end both branches with a goodbye, a US listener's phrasing, and a letter dated the interview
day that says "today". On the review's scenarios and on every phrasing of every template."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from followup import service
from followup.core.model import Person
from followup.messages import catalog, drafts, facts, render
from followup.store.sqlite import Store
from test_messages_coach import AT, _add, _body, _main, _on, _review, _store

_SEAN = ("Thank-you email", "Week +1", "Touch-base", "Follow-up call")
_GOODBYE = re.compile(r"good day|bye|speak soon|goodbye|thank you|thanks|appreciate your time|"
                      r"rest of your day", re.IGNORECASE)


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    return _review(tmp_path_factory.mktemp("review5"))


def _closing(body: str) -> str:
    """An email's last paragraph before the sign-off; a call's question and voicemail ask."""
    if "If they answer:" in body:
        return body.split("If they answer:")[1]
    return _main(body).rstrip().split("\n\n")[-1]


def test_the_sean_sequence_does_not_close_every_message_alike(
        review: dict[str, tuple[str, str]]) -> None:
    closings = [_closing(_body(review, title)) for title in _SEAN]
    last = [re.split(r"(?<=[.?!])\s+", c.strip())[-1] for c in closings]
    assert len(set(last)) == len(last), last
    assert sum("next steps" in c for c in closings) <= 1, closings
    assert sum(bool(re.search(r"\bkeen\b|very interested", c)) for c in closings) <= 2


def test_the_week_two_nudge_brings_something_new(review: dict[str, tuple[str, str]]) -> None:
    first = _body(review, "Touch-base").split("\n\n")[1]
    assert not first.startswith("I'm following up")  # not a bare chaser
    # The thank-you already gave Seán the recorded detail: used once per person, so the
    # nudge says it no more (coach, sixth round), and nothing else recycled.
    assert "streaming ingestion" in _body(review, "Thank-you email")
    assert "streaming ingestion" not in first and "remain keen" not in first


def _nudge(store: Store, update: str | None) -> str:
    app_id = _add(store, (Person("Seán Ó Briain", "sean@northwind.example"),))
    steps = {s.rule: s for s in store.load(app_id).steps}
    service.mark_done(store, steps["T2"].id, AT.date(), AT)
    service.mark_done(store, steps["F2"].id, steps["F2"].due, _on(steps["F2"].due))
    nudge = next(s for s in store.load(app_id).steps if s.rule == "F3")
    return drafts.draft(store, nudge.id, _on(nudge.due),
                        options=facts.Options(update=update)).body


def test_a_nudge_without_a_recorded_detail_offers_something(tmp_path_factory:
                                                             pytest.TempPathFactory) -> None:
    """Nothing recorded: an offer; the candidate's news: that news, and no offer (F3, M6)."""
    bare = _nudge(_store(tmp_path_factory.mktemp("bare")), None)
    assert "share examples of my work" in bare
    news = _nudge(_store(tmp_path_factory.mktemp("news")),
                  "I have since finished my AWS certification.")
    assert "AWS certification" in news and "examples of my work" not in news


def _every_call(store: Store) -> list[str]:
    """Every phrasing of every call template, for a UK and a US listener."""
    out = []
    people = (Person("Seán Ó Briain", "sean@northwind.example", phone="+44 20 7946 0001"),
              Person("Jane Doe", "jane@northwind.example", phone="+1 212 555 0100"))
    for person in people:
        app = store.load(_add(store, (person,)))
        profile = drafts.get_profile(store)
        step = app.steps[0]
        for info in catalog.TEMPLATES.values():
            if info.delivery != "phone":
                continue
            for variant in range(catalog.PHRASINGS):
                found = facts.build(app, step, profile, info, variant,
                                    datetime.combine(AT.date(), AT.timetz()), facts.Options())
                out.append(render.render(info.name, found.context))
    return out


def test_every_call_script_ends_both_branches_with_a_goodbye(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    calls = _every_call(_store(tmp_path_factory.mktemp("calls")))
    assert len(calls) >= 8
    for text in calls:
        live, _, mail = text.partition("If you reach voicemail:")
        said = [x for x in live.splitlines() if '"' in x]
        assert said and _GOODBYE.search(said[-1].rsplit('"', 2)[-2]), live
        assert _GOODBYE.search(mail.strip().rsplit(".", 2)[-2]), mail


def test_a_us_listener_hears_us_phrasing(
        review: dict[str, tuple[str, str]], tmp_path_factory: pytest.TempPathFactory) -> None:
    call = _body(review, "Status-check call")
    assert "Do you have a quick minute?" in call and "My number is plus" in call
    assert "Have you got" not in call and "reach me on" not in call
    for text in _every_call(_store(tmp_path_factory.mktemp("us"))):
        if "+1 212" in text:
            assert "Have you got" not in text and not re.search(r"\bring", text), text


def test_a_letter_dated_the_interview_day_says_today(review: dict[str, tuple[str, str]]) -> None:
    letter = _body(review, "Thank-you letter")
    assert "20 November 2026" in letter and "meeting me today" in letter
    assert "Friday 20 November" not in letter
    assert "enjoyed our discussion of" in letter and "I most enjoy" not in letter
    assert "to talk about" not in letter  # "talk about … talking about" (coach, sixth round)


def test_the_moving_on_note_has_no_command_and_no_invented_season(
        review: dict[str, tuple[str, str]]) -> None:
    """The rulebook has no rule on a slow holiday season: the note says nothing about it."""
    note = _body(review, "Private note")
    assert "followup" not in note and "(" not in note
    assert not re.search(r"Christmas|holiday|December|January", note)
