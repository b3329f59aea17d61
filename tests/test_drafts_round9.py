"""The two coaches' notes on the s7e review (issue 20, bench/drafts_grades.md and
drafts_grades_second.md), in every phrasing: a LinkedIn note that opens warmly, asks for
their view of the team and 15 minutes within a week or two, with an easy out and no "as you're
there" (#9); a thank-you call whose voicemail says the number once and that has a line for
whoever else answers (#11, M4); a first message after a reopening that thanks them for getting
back in touch, says the role still interests the candidate and leaves a marked line for the
answer to what their message asked, never quoting the candidate's note of it (#19)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from followup import service
from followup.core.model import EventKind, Person
from followup.messages import audience, drafts, render, tone
from followup.messages.context import DraftContext
from followup.messages.facts import Options
from followup.store.sqlite import Store
from test_messages_coach import _add, _on, _store
from test_messages_coach_round7 import _DETAIL, _every, base
from test_messages_histories import ANSWER

__all__ = ["base"]

SPOKEN = "oh-seven-nine-one-one, one-two-three, four-five-six"
PRIVATE = "ZQPRIVATEQZ internal candidate left"


# -- #9: the LinkedIn note ---------------------------------------------------------------


@pytest.mark.parametrize(("connection", "position"), [
    (None, None),
    (None, "Senior Data Platform Engineer"),
    ("we worked together at Contoso for three years", None),
    ("we worked together at Contoso for three years", "Senior Data Platform Engineer"),
])
def test_a_linkedin_note_is_warm_specific_and_easy_to_decline(
        base: dict[str, list[DraftContext]], connection: str | None, position: str | None) -> None:
    ctx = dataclasses.replace(
        base["touch_base"][0], linkedin=True, dear=audience.name_text("Priya"),
        connection=audience.words(connection) if connection else None,
        position=audience.position(position) if position else None)
    for v in range(3):
        text = render.render("network_note", dataclasses.replace(ctx, variant=v)).strip()
        assert len(text) <= 300, (len(text), text)  # a connection request's note
        assert text.startswith("Hi Priya, I hope you're well"), text
        assert "as you're there" not in text and ";" not in text, text
        assert "interviewed for the Data Engineer role at Northwind" in text
        assert "your take on the team" in text
        assert "15 minutes in the next week or two?" in text and "soon" not in text
        assert "No worries at all" in text
        # One reason to ask them: how you know each other, else their job there.
        assert ("Senior Data Platform" in text) is bool(position and not connection), text
        assert text.endswith("Thanks, Alex")


def test_the_review_note_to_priya(tmp_path: Path) -> None:
    store = _store(tmp_path)
    step = store.load(_add(store, (Person("Jane Doe", "j@n.example"),))).steps[0].id
    d = drafts.draft(store, step, _on(date(2026, 12, 18)), form="network",
                     options=Options(to=Person("Priya Shah")))
    assert d.channel == "linkedin" and d.findings == ()
    assert "15 minutes in the next week or two" in d.body and ";" not in d.body


# -- #11: the thank-you call --------------------------------------------------------------


def test_a_thank_you_voicemail_says_the_number_twice_as_m4_says(
        base: dict[str, list[DraftContext]]) -> None:
    for late in (False, True):
        for text in _every(base, "thank_you_call", noted=_DETAIL, late=late):
            mail = text.split("If you reach voicemail:")[1]
            assert mail.count(SPOKEN) == 2, mail
            assert "ever useful" in mail, mail


def test_a_thank_you_call_has_a_line_for_whoever_else_answers(
        base: dict[str, list[DraftContext]]) -> None:
    for spoke, met in ((False, "I met Seán"), (True, "I spoke with Seán")):
        for text in _every(base, "thank_you_call", spoke=spoke):
            other = text.split("If someone else answers:\n")[1].split("If they answer:")[0]
            ask, away = other.strip().splitlines()
            assert "speak to Seán Ó Briain, please?" in ask and "Alex Doe" in ask, ask
            assert met in ask and "Data Engineer role" in ask, ask
            assert away.startswith("(If they are not available:)"), away
            assert "let Seán know I called to say thank you" in away, away
    # Nobody's name to ask for: no such line.
    for text in _every(base, "thank_you_call", to_name=None):
        assert "If someone else answers" not in text


def test_the_m4_check_wants_the_number_twice_in_every_voicemail() -> None:
    """M4 (RULEBOOK): name, role, reason and the number slowly, twice, in every voicemail; a
    thank-you is no exception (a coach found twice heavy there; the rule stands)."""
    expect = tone.Expect(voicemail_number=SPOKEN)
    once = f"Thank you for your time. If it's ever useful, my number is {SPOKEN}."
    assert [f.phrase for f in tone.check(once, expect)] == ["number said once"]
    assert [f.phrase for f in tone.check("Thank you for your time.", expect)] == ["no number"]
    twice = f"Thank you for your time. My number is {SPOKEN} – that's {SPOKEN}."
    assert tone.check(twice, expect) == []


def test_the_review_thank_you_call_passes_the_check(tmp_path: Path) -> None:
    from followup.core.model import Channel, Timeline

    store = _store(tmp_path)
    app = _add(store, (Person("Jane Doe", "jane@northwind.example", phone="+44 20 7946 0002"),),
               tl=Timeline(call_in=4, thank_you_by=Channel.PHONE), playbook="agreed")
    step = store.load(app).steps[0]
    d = drafts.draft(store, step.id, _on(step.due))
    assert d.template == "thank_you_call" and d.findings == (), d.findings
    voicemail = d.body.split("If you reach voicemail:", 1)[1]
    assert voicemail.count(SPOKEN) == 2, "M4: slowly, twice"
    # The candidate's own edit is checked the same way.
    expect = drafts.expectations(store, step.id, _on(step.due))
    assert drafts.check_text(d.body, expect) == []


# -- #19: the first message after a reopening --------------------------------------------


def _reopened(store: Store) -> tuple[int, int, date]:
    """Elena's process: an interview, a rejection, then back two months on; the candidate's
    note of what she wrote is private."""
    app = _add(store, (Person("Elena Rossi", "elena@northwind.example"),))
    end = date(2026, 12, 3)
    service.log_event(store, app, EventKind.REJECTED, end, _on(end))
    back = end + timedelta(days=60)
    service.reopen(store, app, back, _on(back), note=PRIVATE)
    now = store.load(app)
    first = next(s for s in now.steps if s.rule == "F2" and s.key.startswith(now.phase))
    return app, first.id, first.due


def test_a_reopening_acknowledges_them_then_leaves_a_marked_answer_line(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "follow_up", reopened=audience.day("Monday 1 February"),
                       available=audience.day("Tuesday 9 February, between 10am and 4pm")):
        paras = text.split("\n\n")
        first = paras[2]
        assert first.startswith("Thank you for"), first
        assert first.count("getting back in touch") == 1 and "thinking of me" in first
        assert "still interests me a great deal" in first, first
        assert "open again" not in text and "hear from you" not in first  # nothing unknown
        assert paras[3] == ANSWER, paras[3]  # before the call is proposed
        assert "Would a call work for you on Tuesday 9 February" in paras[4]
        assert text.count("[") == 1


def test_a_reopening_with_the_candidates_own_words_has_no_blank(
        base: dict[str, list[DraftContext]]) -> None:
    answer = "I'm happy to send the portfolio you mentioned before we speak."
    for text in _every(base, "follow_up", reopened=audience.day("Monday 1 February"),
                       available=audience.day("Tuesday 9 February, between 10am and 4pm"),
                       update=audience.update(answer)):
        paras = text.split("\n\n")
        assert "[" not in text and paras[3] == answer, paras  # their words, plainly


def test_a_reopening_never_quotes_the_private_note_and_says_to_fill_the_line(
        tmp_path: Path) -> None:
    store = _store(tmp_path)
    _, step, due = _reopened(store)
    for phrasing in (1, 2, 3):
        d = drafts.draft(store, step, _on(due), phrasing=phrasing)
        assert "ZQPRIVATEQZ" not in d.body and "internal candidate" not in d.body
        assert ANSWER in d.body
        # The blank is never sent by mistake: the check flags it (so `send` refuses) ...
        assert [(f.rule, f.phrase) for f in d.findings] == [("M1", ANSWER)]
        assert any("cannot know what their message asked" in n.text for n in d.notices)
        # ... and once the candidate answers on that line, or deletes it, the draft is clean.
        expect = drafts.expectations(store, step, _on(due))
        filled = d.body.replace(ANSWER, "Yes, I can start in April.")
        assert drafts.check_text(filled, expect) == []
        assert drafts.check_text(re.sub(re.escape(ANSWER) + r"\n\n", "", d.body), expect) == []
    with_answer = drafts.draft(store, step, _on(due), options=Options(
        update="Yes, I can start in April."))
    assert with_answer.findings == () and "[" not in with_answer.body
    assert not any("cannot know" in n.text for n in with_answer.notices)


def test_send_never_mails_the_answer_line_even_forced(tmp_path: Path) -> None:
    from followup.core.errors import BadInput
    from followup.mail import send

    store = _store(tmp_path)
    _, step, due = _reopened(store)
    for force in (False, True):
        with pytest.raises(BadInput, match=r"still has a line for you to fill in") as caught:
            send.prepare(store, step, _on(due), force=force)
        assert "--update" in caught.value.message
    ready = send.prepare(store, step, _on(due), options=Options(
        update="Yes, I can start in April."))
    assert ready.message is not None and "[" not in ready.message.get_content()


def test_a_linkedin_note_too_long_for_a_connection_request_says_so(tmp_path: Path) -> None:
    store = _store(tmp_path)
    short = store.load(_add(store, (Person("Jane Doe", "j@n.example"),))).steps[0].id
    iv = service.NewInterview(at=_on(date(2026, 11, 20)), tz="Europe/London",
                              interviewers=(Person("Jane Doe", "j@n.example"),))
    long = service.add_application(
        store, company="Northwind Renewable Energy Infrastructure Holdings",
        role="Senior Principal Business Intelligence and Data Platform Engineer",
        interview=iv, now=_on(date(2026, 11, 20)), playbook="weekly").id
    for step, too_long in ((short, False), (store.load(long).steps[0].id, True)):
        d = drafts.draft(store, step, _on(date(2026, 12, 18)), form="network", options=Options(
            to=Person("Priya Shah"), connection="we worked together at Contoso for three years"))
        said = [n.text for n in d.notices if "connection request" in n.text]
        assert bool(said) is too_long, said
        assert (len(d.body.strip()) > drafts.LINKEDIN_NOTE) is too_long
