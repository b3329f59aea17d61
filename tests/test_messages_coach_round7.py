"""The coach's seventh round (issue 20, drafts-grades-s7c), in every phrasing: a missed
thanks carried as warmth, never as a lapse; a late thank-you that thanks before it apologises
and never says "remain"; a call script with a line for whoever else answers; a thank-you
voicemail with the recorded detail; a reopening that thanks them for getting back in touch."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from pathlib import Path

import pytest

from followup.core.model import Person
from followup.messages import audience, catalog, drafts, facts, render
from followup.messages.context import DraftContext
from test_messages_coach import AT, _add, _store


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[DraftContext]]:
    """The built context of every template and phrasing, for a UK interviewer with a phone."""
    store = _store(Path(tmp_path_factory.mktemp("round7")))
    app = store.load(_add(store, (Person("Seán Ó Briain", "sean@northwind.example",
                                         phone="+44 20 7946 0001"),)))
    profile = drafts.get_profile(store)
    at = datetime.combine(AT.date(), AT.timetz())
    return {name: [facts.build(app, app.steps[0], profile, info, v, at,
                               facts.Options()).context for v in range(catalog.PHRASINGS)]
            for name, info in catalog.TEMPLATES.items()
            if name in ("touch_base", "late_thanks", "call_follow_up", "thank_you_call",
                        "follow_up")}


def _every(base: dict[str, list[DraftContext]], name: str, **changes: object) -> list[str]:
    return [render.render(name, dataclasses.replace(c, **changes)) for c in base[name]]


_DETAIL = audience.noted("the move to streaming ingestion")


def test_a_missed_thanks_is_warmth_not_a_lapse(base: dict[str, list[DraftContext]]) -> None:
    for reply in (audience.day("Monday 30 November"), None):
        for text in _every(base, "touch_base", thanks_missed=True, last_reply=reply,
                           direct=True, noted=_DETAIL):
            if not reply:  # after their reply it rides in the one thanks (round 8)
                assert re.search(r"I enjoyed (?:meeting you|speaking with you|our latest "
                                 r"conversation) on .*, and I'm grateful for your time\.",
                                 text), text
            for lapse in ("sooner", "belatedly", "sorry", "again", "should have"):
                assert lapse not in text, (lapse, text)
            if reply:
                assert len(re.findall(r"\bthank", text, re.IGNORECASE)) == 1, text
                assert text.split("\n\n")[3].count("?") == 1, text


def test_a_late_thank_you_never_remains(base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "late_thanks", fit=True, noted=_DETAIL):
        body = text.split("\n\n", 2)[2]
        assert "remain" not in body and "still" not in body and "again" not in body, body


def test_a_follow_up_call_has_a_line_for_whoever_else_answers(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "call_follow_up"):
        other = text.split("If someone else answers:")[1].split("If they answer:")[0]
        assert "could I speak to Seán Ó Briain, please?" in other
        assert "(If they are not available:)" in other


def test_a_thank_you_voicemail_carries_the_detail_and_a_light_number(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "thank_you_call", noted=_DETAIL):
        live, _, mail = text.partition("If you reach voicemail:")
        assert "streaming ingestion" in mail and "ever useful" in mail, mail
        assert "Northwind" in live, live  # by the first thing said after the greeting
        assert "Again, that's" not in mail and "Once more" not in mail


def test_a_reopening_thanks_them_for_getting_back_in_touch(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "follow_up", reopened=audience.day("Monday 1 February"),
                       available=audience.day("Tuesday 9 February, between 10am and 4pm")):
        first = text.split("\n\n")[2]
        assert "getting back in touch" in first and "pick up where" not in text, text
        starts = [s.split()[0] for s in re.split(r"(?<=[.?!])\s+", first.strip())]
        assert len(set(starts)) == len(starts), first
