"""Issue 23, point 3 (session 11): the day a reply names is the writer's, and only a day
the writer names is proposed. Every example is written for its rule, in words and settings
the labelled corpora do not use."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# relative days ("tomorrow", "Friday", "next Tuesday") are the sender's: they are counted
# from the day of the Date header in its own offset, not from the UTC day nor the zone of
# the application
@pytest.mark.parametrize(("body", "sent", "want"), [
    # a Sydney recruiter early on Tuesday morning (still Monday in UTC)
    ("Thanks Sam. The hiring manager will make her decision tomorrow.",
     "2027-01-12 07:45 +1100", date(2027, 1, 13)),
    # a Vancouver recruiter late on Wednesday evening (Thursday in UTC)
    ("We'll let you know our decision on Thursday.", "2027-01-13 21:30 -0800",
     date(2027, 1, 14)),
    ("I should be able to confirm the outcome tomorrow.", "2026-12-02 20:05 -0600",
     date(2026, 12, 3)),
])
@pytest.mark.parametrize("tz", ["UTC", "Europe/Berlin"])
def test_a_relative_day_is_counted_from_the_writers_own_day(body: str, sent: str, want: date,
                                                              tz: str) -> None:
    got = read_reply(body, _at(sent), tz)
    assert (got.outcome, got.day) == ("decision", want)


def test_the_day_beside_an_outcome_is_the_writers_too() -> None:
    text = ("Great news, the panel would like you back for a final round. We'll then decide "
            "by Monday.")
    # Sunday 20:40 in Chicago is Monday in UTC: "by Monday" is the next day, not a week on
    assert decision_day(text, _at("2027-01-10 20:40 -0600")) == date(2027, 1, 11)



def test_a_date_header_at_utc_is_read_in_the_applications_zone() -> None:
    # systems stamp +0000: 02:15 UTC on the 14th is still the 13th in Toronto
    got = read_reply("We'll make a decision tomorrow.", _at("2027-01-14 02:15 +0000"),
                     "America/Toronto")
    assert got.day == date(2027, 1, 14)


# Only a day the writer names is proposed: a period ("over the next fortnight", "in the second
# half of January", "by month-end", "calendar week 4", "the week beginning 18 January") is read
# by the reader as the day one would wait for, but nobody said that day, and the candidate
# acts on what is proposed
OWN = frozenset({"sam@gmail.com"})
WED = "Wed, 13 Jan 2027 09:30:00 -0500"  # a Wednesday


def _mail(body: str, subject: str = "Re: Thank you", extra: str = "") -> bytes:
    return (f"From: Dana Whitfield <dana@larchmont-labs.example>\nTo: Sam <sam@gmail.com>\n"
            f"Subject: {subject}\nDate: {WED}\nMessage-ID: <s11@larchmont-labs.example>\n"
            f"{extra}Content-Type: text/plain; charset=utf-8\n\n{body}\n\nDana\n").encode()


def _read(body: str, subject: str = "Re: Thank you", extra: str = "") -> dict[str, object]:
    from followup.capture import inbox

    apps = [{"id": 1, "company": "Larchmont Labs", "role": "Lab Operations Manager",
             "interviewers": [{"name": "Dana Whitfield", "email": "dana@larchmont-labs.example"}],
             "coordinator": None, "sent": []}]
    return inbox.evaluate(_mail(body, subject, extra), apps, OWN)


@pytest.mark.parametrize("body", [
    "The partners are still comparing notes; we'll come back to you within three weeks.",
    "We're aiming to make our decision in the second half of February.",
    "You should have an answer from us by month-end.",
    "We will let every candidate know the outcome by the end of this week.",
    "We'll confirm the outcome the week beginning 25 January.",
    "Offers go out in calendar week 5, so you'll hear from us then.",
    "The panel needs another ten working days before it can decide.",
    "We hope to have a final answer for you sometime after the holidays.",
])
def test_a_period_is_no_decision_day(body: str) -> None:
    assert _read(body)["day"] is None


@pytest.mark.parametrize(("body", "want"), [
    # a day named inside the period is the writer's
    ("We'll decide some time next week, Wednesday at the latest.", "2027-01-20"),
    ("We'll come back to you within two weeks, by January 22.", "2027-01-22"),
    ("We had hoped to decide early next week, but it will now be Thursday the 28th.",
     "2027-01-28"),
    ("You'll have our decision a week on Friday.", "2027-01-22"),
    ("We'll decide by Friday COB.", "2027-01-15"),
    ("Expect our decision two weeks from tomorrow.", "2027-01-28"),
])
def test_a_day_named_in_or_beside_a_period_is_proposed(body: str, want: str) -> None:
    assert _read(body)["day"] == want


def test_a_round_with_a_period_for_the_answer_proposes_the_round_alone() -> None:
    got = _read("Good news: we'd like you back to meet the COO. We'll make our decision in "
                "the fortnight after that.")
    assert (got["outcome"], got["day"]) == ("next_round", None)


@pytest.mark.parametrize(("body", "back"), [
    ("I'm out of the office and back at my desk next week.", None),
    ("I am away on a site visit until mid-February with limited access to email.", None),
    ("I am out of the office until Monday 18 January.", "2027-01-18"),
])
def test_a_return_given_as_a_period_is_no_return_day(body: str, back: str | None) -> None:
    got = _read(body, "Automatic reply: Thank you", "Auto-Submitted: auto-replied\n")
    assert got["back"] == back


# the answer comes after a day something else happens on ("once we've debriefed on Friday",
# "after the board on the 19th", "shortly after Friday"): that day is not the answer's, unless
# the writer says the answer comes then; a clause after it names its own day
@pytest.mark.parametrize(("body", "want"), [
    ("We'll make our decision once we've debriefed on Friday.", None),
    ("I'll be able to share the outcome shortly after Friday.", None),
    ("The directors review the shortlist on the 19th and we'll decide then.", "2027-01-19"),
    ("After the board on the 19th I'll confirm the outcome by Thursday the 21st.",
     "2027-01-21"),
    ("Our VP wants to weigh in after her trip - so let's say the 25th for a decision.",
     "2027-01-25"),
])
def test_a_day_the_answer_comes_after_is_not_its_day(body: str, want: str | None) -> None:
    assert _read(body)["day"] == want


# a correction in the writer's own words: "I meant", "should have said", "should read"
@pytest.mark.parametrize("body", [
    "We'll decide on the 20th. Sorry, I meant the 21st.",
    "We'll decide by the 20th - that should have said the 21st.",
    "Decision by 1/20. Apologies, that should read the 21st.",
])
def test_a_day_corrected_in_the_writers_words(body: str) -> None:
    assert _read(body)["day"] == "2027-01-21"


# a writer of a country that puts the day first shows it in the signature though they write
# from a .com address: the company's legal form there, a postcode, the country or a main city
@pytest.mark.parametrize(("signature", "want"), [
    ("Fiona Blake\nTalent Partner, Larchmont Labs Ltd\n1 Finsbury Ave, EC2M 2PF", "2027-02-03"),
    ("Liam\nLarchmont Labs Pty Ltd | Level 9, 1 Market St, Sydney NSW 2000", "2027-02-03"),
    ("Priya Nair | Larchmont Labs Pvt. Ltd. | Whitefield, Bengaluru", "2027-02-03"),
    ("Thabo Mokoena\nLarchmont Labs (Pty) Ltd\nCape Town", "2027-02-03"),
    ("Wei Ling Tan\nLarchmont Labs Pte. Ltd.", "2027-02-03"),
    ("Aoife Byrne\nLarchmont Labs, Dublin 2, Ireland", "2027-02-03"),
    # the US and a Canadian province: month first, as the address says
    ("Dana Whitfield\nLarchmont Labs Inc., Austin, TX 78701", "2027-03-02"),
    ("Dana Whitfield\nLarchmont Labs, Toronto, ON", "2027-03-02"),
])
def test_a_signature_shows_the_writers_order(signature: str, want: str) -> None:
    assert _read(f"We will confirm the outcome by 3/2.\n\n{signature}")["day"] == want


def test_a_place_named_in_the_writers_prose_shows_no_order() -> None:
    body = ("We will confirm the outcome by 3/2; the panel includes two colleagues from our "
            "London office.\n\nThanks")
    assert _read(body)["day"] == "2027-03-02"


# an abbreviated month or weekday ends a sentence before a capital: the next sentence's return
# day is its own ("… to 15 Jan. Back Monday."); a day written with dots is still "inclusive"
@pytest.mark.parametrize(("body", "back"), [
    ("Out of office: I'm on holiday from 11 Jan. to 15 Jan. Back Monday.", "2027-01-18"),
    ("On leave until Fri. Jan. 15 inclusive.", "2027-01-18"),
    ("I'm away until 15.01. inclusive.", "2027-01-18"),
])
def test_a_return_day_after_an_abbreviation(body: str, back: str) -> None:
    got = _read(body, "Automatic reply: Thank you", "Auto-Submitted: auto-replied\n")
    assert got["back"] == back


def test_a_months_abbreviation_before_its_day_ends_no_sentence() -> None:
    from followup.capture.replies import sentences

    assert sentences("Decision by Fri. Jan. 22. Thanks, Sam.") == ["Decision by Fri Jan 22.",
                                                                  "Thanks, Sam."]


# a weekday and its day of the month without the month ("Friday 22", "Mon 25") is that day;
# an hour after a weekday is not a day of the month ("Friday 3pm", "Thursday 14:00")
@pytest.mark.parametrize(("body", "want"), [
    ("We'll let you know by Friday 22 or Monday 25 at the latest.", "2027-01-25"),
    ("Decision expected Thurs 21.", "2027-01-21"),
])
def test_a_weekday_with_its_day_of_the_month(body: str, want: str) -> None:
    assert _read(body)["day"] == want


@pytest.mark.parametrize("text", ["We meet Friday 3pm.", "We meet Friday 10:30.",
                                  "We meet Friday 10h.", "We meet Friday 9 - 11am."])
def test_an_hour_after_a_weekday_is_no_day_of_the_month(text: str) -> None:
    from followup.capture.day_phrases import mentions

    assert [m.day for m in mentions(text, date(2027, 1, 13))] == [date(2027, 1, 15)]


# a delay counted from the day it moves ("pushed back a week from the 22nd")
@pytest.mark.parametrize("body", [
    "Our decision has been pushed back a week from the 22nd.",
    "Sorry, the decision has been moved back by seven days from the 22nd.",
])
def test_a_delay_counted_from_the_day_after_it(body: str) -> None:
    assert _read(body)["day"] == "2027-01-29"
