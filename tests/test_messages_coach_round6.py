"""The coach's sixth round (issue 20, drafts-grades-s7b): what is sent names the day instead
of "last Friday" (it may go out on another day than drafted), a recorded detail is used once
per person, closes work whatever the answer, and the reply to an update is two short
paragraphs with at most one thank-you for it and the missed thanks dated, on its own."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from followup import service
from followup.core.model import Person
from followup.messages import drafts, voice
from followup.store.sqlite import Store
from test_messages_coach import AT, _add, _body, _main, _on, _review, _store
from test_messages_coach_round5 import _every_call

_RELATIVE = re.compile(r"\b(?:yesterday|last (?:week|Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)|weeks ago)\b", re.IGNORECASE)
_PRESUMING = re.compile(r"\"Great\b|[Ss]peak soon|[Tt]alk soon|[Bb]ye for now|[Ss]ee you soon|"
                        r"that's really helpful")


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    return _review(tmp_path_factory.mktemp("review6"))


def test_spoken_days_stay_true_on_any_day_of_the_call() -> None:
    fri = date(2026, 11, 20)
    for today in (date(2026, 11, 23), date(2026, 11, 27)):
        assert voice.spoken_on(fri, today, "en-GB") == "on Friday the 20th"
    assert voice.spoken_on(fri, date(2026, 12, 11), "en-GB") == "on Friday the 20th of November"
    for today in (date(2026, 11, 23), date(2026, 11, 27), date(2026, 12, 11)):
        assert voice.spoken_on(fri, today, "en-US") == "on Friday, November 20th"
    # A month on, the weekday no longer helps: the date said aloud.
    assert voice.spoken_on(fri, date(2026, 12, 28), "en-GB") == "on the 20th of November"
    assert voice.spoken_on(date(2026, 12, 1), date(2026, 12, 3), "en-GB") == \
        "on Tuesday the 1st"


def test_nothing_sent_says_a_relative_day(review: dict[str, tuple[str, str]]) -> None:
    """"Last Friday" is true on one day only; emails, letters and scripts give the day."""
    for title, (subject, body) in review.items():
        if title.startswith("Private note"):
            continue
        assert not _RELATIVE.search(subject + "\n" + body), title
    assert "on Friday 20 November" in _body(review, "Week +1")
    assert "my email of Friday 27 November" in _body(review, "Touch-base")
    assert "we met on Friday the 20th" in _body(review, "The call you agreed")
    assert "on Friday, November 20th" in _body(review, "Status-check call")  # a US ear


def _phrasings(store: Store, step_id: int, day: date) -> list[str]:
    return [drafts.draft(store, step_id, _on(day), phrasing=p).body for p in (1, 2, 3)]


def test_every_phrasing_a_day_late_names_the_day(tmp_path_factory: pytest.TempPathFactory
                                                 ) -> None:
    """The week +1 email and the week +3 call drafted late: no "last Friday", whichever day."""
    store = _store(tmp_path_factory.mktemp("late"))
    app = _add(store, (Person("Seán Ó Briain", "sean@northwind.example",
                              phone="+44 20 7946 0001"),))
    seq = {s.rule: s for s in store.load(app).steps}
    service.mark_done(store, seq["T2"].id, AT.date(), AT)
    for rule in ("F2", "F4"):
        step = {s.rule: s for s in store.load(app).steps}[rule]
        for late in (0, 1, 3):
            for body in _phrasings(store, step.id, step.due + timedelta(days=late)):
                assert not _RELATIVE.search(body), body


def _to(review: dict[str, tuple[str, str]], name: str) -> list[str]:
    return [b for _, b in review.values()
            if re.match(rf"(?:Dear|Hello|Hi) {name}\b", _main(b).strip())
            or re.search(rf"\"(?:Hello|Hi) {name}\b", b)]


def test_a_recorded_detail_is_used_once_per_person(review: dict[str, tuple[str, str]]) -> None:
    to_sean = _to(review, "Seán")
    assert len(to_sean) >= 4
    assert sum("streaming ingestion" in b for b in to_sean) == 1
    to_mary = _to(review, "Mary-Kate")
    assert sum("on-call rota" in b for b in to_mary) <= 2  # the panel note, or its late one


def test_the_week_two_nudge_never_repeats_the_thank_you_detail(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    store = _store(tmp_path_factory.mktemp("nudge"))
    iv = service.NewInterview(at=AT, tz="Europe/London",
                              interviewers=(Person("Seán Ó Briain", "sean@northwind.example"),),
                              noted=("Seán: the move to streaming ingestion",))
    app = service.add_application(store, company="Northwind", role="Data Engineer",
                                  interview=iv, now=AT, playbook="weekly").id
    seq = {s.rule: s for s in store.load(app).steps}
    service.mark_done(store, seq["T2"].id, AT.date(), AT)
    service.mark_done(store, seq["F2"].id, seq["F2"].due, _on(seq["F2"].due))
    nudge = next(s for s in store.load(app).steps if s.rule == "F3")
    for body in _phrasings(store, nudge.id, nudge.due):
        assert "streaming ingestion" not in body, body


def test_closes_fit_whatever_the_answer(review: dict[str, tuple[str, str]],
                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    for text in _every_call(_store(tmp_path_factory.mktemp("calls6"))):
        assert not _PRESUMING.search(text), text
    for _, body in review.values():
        assert not _PRESUMING.search(body), body
    agreed = _body(review, "The call you agreed")
    assert "You agreed this call" in agreed and "asked for this call" not in agreed
    # A panel member who is thanked late is not asked about the next steps.
    assert "next steps" not in _body(review, "Late thank-you")


def test_the_reply_to_an_update_is_two_short_paragraphs(
        review: dict[str, tuple[str, str]]) -> None:
    main = _main(_body(review, "Asking once"))
    paragraphs = main.strip().split("\n\n")[1:]
    assert len(paragraphs) == 2, paragraphs
    first, second = paragraphs
    assert len(re.findall(r"thank you for the update|keeping me", first, re.IGNORECASE)) <= 2
    assert first.count("Thank you") == 1 and "belatedly" not in main and "again" not in main
    assert re.search(r"Thank you for the update, and for your time at the interview on "
                     r"Friday 20 November\.", first)
    assert second.count("?") == 1 and "Data Engineer" in second


def test_the_reopening_opens_warmly_and_looks_forward(
        review: dict[str, tuple[str, str]]) -> None:
    first = _main(_body(review, "First message after")).strip().split("\n\n")[1]
    assert "getting back in touch" in first and "good to hear from you" not in first
    assert "pick up where we left off" not in first


def test_a_contact_note_says_why_they_are_the_one_to_ask(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Their recorded job at the company is the reason to ask them (A2); none recorded: only
    that they are there, nothing invented."""
    from followup.messages.facts import Options

    store = _store(tmp_path_factory.mktemp("network"))
    step = store.load(_add(store, (Person("Jane Doe", "j@n.example"),))).steps[0].id
    for position, said in (("Analytics Lead", "on the team from where you sit as Analytics Lead."),
                           (None, "on the team there.")):
        body = drafts.draft(store, step, AT, form="network", options=Options(
            to=Person("Priya Shah"), position=position)).body
        assert f"I'd love your take {said}" in body and "(" not in body  # s8: no "as you're"
