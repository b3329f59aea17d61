"""The coach's eighth round (issue 20, drafts-grades-s7d), in every phrasing: a late
thank-you that apologises first in its own short sentence and closes warmly; a call that tells
whoever answers who is calling and why; a reply to an update with one thank-you sentence; a
reopening with one opener that claims nothing the product does not know; a LinkedIn note that
fits a connection request."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from followup.messages import audience, render, voice
from followup.messages.context import DraftContext
from test_messages_coach_round7 import _DETAIL, _every, base

__all__ = ["base"]


def test_a_late_thank_you_apologises_first_then_thanks_and_closes(
        base: dict[str, list[DraftContext]]) -> None:
    for fit in (True, False):
        for text in _every(base, "late_thanks", fit=fit, noted=_DETAIL):
            body = text.split("\n\n")[2]
            first = re.split(r"(?<=[.?!])\s+", body)[0]
            assert "sorry" in first and "hank" not in first and len(first) < 50, first
            assert "streaming ingestion" in body and body.count("\n") == 0, text
            assert re.search(r"(?:time|you)\.$", body), body  # a warm close, same paragraph


def test_a_follow_up_call_says_who_is_calling_and_why_to_whoever_answers(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "call_follow_up"):
        other = text.split("If someone else answers:")[1].split("If they answer:")[0]
        assert "about the Data Engineer interview" in other, other
        assert "could I leave a message, or is there a good time to try again?" in other
        assert "send an email" not in text


def test_a_spoken_date_names_the_month_when_it_is_not_the_calls() -> None:
    day, call = date(2026, 11, 20), date(2026, 12, 11)
    assert voice.spoken_on(day, call, "en-GB") == "on Friday the 20th of November"
    assert voice.spoken_on(date(2026, 12, 4), call, "en-GB") == "on Friday the 4th"
    assert voice.spoken_on(day, call, "en-US") == "on Friday, November 20th"


def test_a_reply_to_an_update_has_one_thank_you_sentence(
        base: dict[str, list[DraftContext]]) -> None:
    for missed in (True, False):
        for text in _every(base, "touch_base", thanks_missed=missed, direct=True,
                           last_reply=audience.day("Monday 30 November"), noted=_DETAIL):
            paras = text.split("\n\n")
            assert len(re.findall(r"\bthank", text, re.I)) == 1, text
            assert "grateful" not in text and "enjoyed" not in text, text
            assert paras[3].count("?") == 1 and "hank" not in paras[3], text
            if missed:
                assert re.search(r"Thank you for .*, and for .* on \w+day \d+ \w+\.$",
                                 paras[2]), paras[2]


def test_a_reopening_has_one_opener_and_claims_nothing_unknown(
        base: dict[str, list[DraftContext]]) -> None:
    for text in _every(base, "follow_up", reopened=audience.day("Monday 1 February"),
                       available=audience.day("Tuesday 9 February, between 10am and 4pm")):
        first = text.split("\n\n")[2]
        assert "open again" not in text and "hear from you" not in first, first
        assert first.count("getting back in touch") == 1, first


def test_a_linkedin_note_fits_a_connection_request(
        base: dict[str, list[DraftContext]]) -> None:
    ctx = dataclasses.replace(
        base["touch_base"][0], linkedin=True, dear=audience.name_text("Priya"),
        connection=audience.words("we worked together at Contoso for three years"),
        position=audience.position("Senior Data Platform Engineer"))
    for v in range(3):
        text = render.render("network_note", dataclasses.replace(ctx, variant=v))
        assert "Subject:" not in text and len(text.strip()) <= 300, (len(text), text)
