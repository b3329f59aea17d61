"""Issue 23, point 3 (session 9): more of the ways a reply names, or only seems to name, the
day the employer will decide. Every example is written for its rule, in words and settings
the labelled corpora do not use."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from tests.test_capture_reply_dates_rules import _days as _days_from
from tests.test_capture_reply_dates_rules import _decision

from followup.capture.day_phrases import DAY_FIRST, mentions
from followup.capture.reply_dates import only_given_up, pick
from followup.capture.reply_words import DECISION_CUE

WED = date(2027, 1, 6)  # a Wednesday


def _pick(text: str, today: date = WED, dmy: bool = False) -> date | None:
    token = DAY_FIRST.set(dmy)
    try:
        return pick(text, today, DECISION_CUE)
    finally:
        DAY_FIRST.reset(token)


def _days(text: str, today: date = WED, dmy: bool = False) -> list[date]:
    return _days_from(text, today, dmy)


# a day something runs out on (an offer, a link, a code, a booking) is the reader's deadline
# or nothing at all, never the day the employer decides
@pytest.mark.parametrize("text", [
    "Your offer pack will expire on 22 January unless signed.",
    "For security, the sign-in code lapses on Friday; contact us if you need another.",
    "The assessment link expires in 48 hours.",
])
def test_a_day_something_expires_on_is_no_decision_day(text: str) -> None:
    assert _pick(text, dmy=True) is None


# the day a committee, board or panel meets is a step before the answer: when the same
# sentence names the day the writer will answer, that one holds
@pytest.mark.parametrize(("text", "want"), [
    ("The hiring board sits on 19 January to agree appointments, and our HR team will "
     "contact you by 21 January.", date(2027, 1, 21)),
    ("Our governors meet on the 18th and we'll confirm the outcome on the 20th.",
     date(2027, 1, 20)),
])
def test_a_bodys_meeting_day_gives_way_in_its_own_sentence(text: str, want: date) -> None:
    assert _pick(text, dmy=True) == want


# "realistically", "I mean", "correction": the day after such a word replaces the one before
@pytest.mark.parametrize("text", [
    "We aim to decide by the 13th; realistically it will be the 15th.",
    "You'll hear from us on Wednesday the 13th, I mean Friday the 15th.",
    "Decision due 13.01., correction: 15.01.",
    "We'll get back to you by the 13th, or rather the 15th.",
])
def test_a_corrected_day_is_the_new_one(text: str) -> None:
    assert _pick(text, dmy=True) == date(2027, 1, 15)


# a day the answer waits for ("until the 4th", "once the partner is back on Monday") or one
# the writer recalls having promised is a step: a later sentence's day is the answer's, and
# alone it is still the day
def test_a_day_waited_for_gives_way_to_a_later_sentences_day() -> None:
    sent = datetime(2026, 12, 28, 14, tzinfo=UTC)  # a Monday
    away = ("Our managing partner is skiing till the 4th and won't sign off without seeing "
            "your file. We should be able to confirm the decision by the 7th.")
    assert only_given_up(away.split(". ")[0] + ".", date(2026, 12, 28))
    assert _decision(away, sent) == date(2027, 1, 7)
    alone = "Our managing partner is skiing till the 4th and won't decide before then."
    assert _decision(alone, sent) == date(2027, 1, 4)
    recalled = ("We promised you a decision by 30 December. The panel now expects to "
                "decide by 6 January.")
    assert _decision(recalled, sent, dmy=True) == date(2027, 1, 6)


def test_said_again_with_a_comma_the_day_is_kept() -> None:
    assert not only_given_up("As we mentioned, the decision will be made by 6 January.",
                             date(2026, 12, 28))


# a week named by its number (the ISO calendar week of German, Nordic and Dutch offices) is
# waited for to its Friday, in the year that puts it nearest; a week of a process is no date
@pytest.mark.parametrize(("text", "want"), [
    ("Rückmeldung in KW 3, we'll let you know then.", [date(2027, 1, 22)]),
    ("Expect our answer by CW04.", [date(2027, 1, 29)]),
    ("The board decides in calendar week 2.", [date(2027, 1, 15)]),
    ("The decision falls in week 5.", [date(2027, 2, 5)]),  # after in, by, during
    ("We decide during week 5 of the programme.", []),
    ("We meant to decide in KW 51.", []),  # last December: past
])
def test_a_numbered_week_is_its_friday(text: str, want: list[date]) -> None:
    assert [d for d in _days(text) if d >= WED] == want


# every numeric order a writer may use with a full year: dashed in the writer's order, and
# the year first with slashes or dots (as Asian and Nordic systems print it)
@pytest.mark.parametrize(("text", "dmy", "want"), [
    ("Outcome expected by 14-01-2027.", True, date(2027, 1, 14)),
    ("Outcome expected by 01-14-2027.", False, date(2027, 1, 14)),
    ("Outcome expected by 2027/01/14.", False, date(2027, 1, 14)),
    ("Outcome expected by 2027.1.14.", True, date(2027, 1, 14)),
])
def test_numeric_dates_with_a_year_in_every_order(text: str, dmy: bool, want: date) -> None:
    assert _days(text, dmy=dmy) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Sign-off should come end Feb.", date(2027, 2, 28)),  # British, without "of"
    ("Budget approval lands start March.", date(2027, 3, 1)),
    ("I'll have news for you a week today.", date(2027, 1, 13)),
    ("I'll have news for you a fortnight tomorrow.", date(2027, 1, 21)),
    ("Headcount is confirmed at the end of Q1.", date(2027, 3, 31)),
    ("Headcount is confirmed by the end of the quarter.", date(2027, 3, 31)),
])
def test_more_written_days(text: str, want: date) -> None:
    assert _days(text) == [want]


def test_that_week_is_the_week_of_the_day_named_before() -> None:
    text = "Assessment centres finish on Tuesday 19 January; we decide by the end of that week."
    assert _pick(text, dmy=True) == date(2027, 1, 22)


def test_a_day_given_instead_of_another() -> None:
    from followup.capture.reply_dates import corrected

    mon = date(2027, 1, 4)
    assert corrected("Our chair is still travelling, so call it Tuesday the 12th instead.",
                     mon) == date(2027, 1, 12)
    assert corrected("We're now aiming for 12 January.", mon) == date(2027, 1, 12)
    assert corrected("Friday instead of Monday suits us for the call.", mon) is None
    assert corrected("Looking forward to Friday.", mon) is None
    assert _pick("We had said the 8th; call it the 12th instead.", mon) == date(2027, 1, 12)


# a day given as the new one is not an away day, though someone's leave is named before it;
# one named before the leave is
def test_a_new_day_after_a_leave_is_the_new_day() -> None:
    fri = date(2026, 12, 18)
    text = ("We meant to confirm by the 4th, though with our director on parental leave it is "
            "now more like the 12th.")
    assert _pick(text, fri, dmy=True) == date(2027, 1, 12)
    assert _pick("I'm now on leave until the 12th.", fri) is None


# what happens on the message's own day is a step before a later day's answer; alone, today
# can be the day
@pytest.mark.parametrize(("text", "want"), [
    ("The panel compares notes this afternoon and you'll get our decision on Monday.",
     date(2027, 1, 11)),
    ("You'll have our decision by close of business today.", WED),
])
def test_todays_step_gives_way_to_a_later_day(text: str, want: date) -> None:
    assert _pick(text) == want


@pytest.mark.parametrize("short", ["tmrw", "tmw", "2moro", "tommorow"])
def test_the_short_forms_of_tomorrow(short: str) -> None:
    assert _days(f"contract coming {short} !!") == [date(2027, 1, 7)]


def test_a_continental_date_after_a_verb() -> None:
    assert _days("Sorry, I wrote 12.01; the right day is 15.01.", dmy=True) == [
        date(2027, 1, 12), date(2027, 1, 15)]
    assert _days("The call will be 9.30 or so.") == []


def test_a_span_of_dotted_days_is_its_later_end() -> None:
    mon = date(2026, 12, 21)
    assert _days("Betriebsferien 24.12.-2.1., wir melden uns danach.", mon) == [date(2027, 1, 2)]
    assert _days("Slots 9.05-9.10 are taken.", mon) == []  # clock times
    assert _days("The parcel weighs 1.2-1.5 kg.", mon) == []
    assert _days("I'm back 5.1. and will reply then.", mon) == [date(2027, 1, 5)]


def test_a_date_readable_one_way_only_shows_the_order_of_the_others() -> None:
    mon = date(2026, 12, 21)
    # month first by default, but "23/12" can only be day first: so is "4/1"
    assert _days("Studio closed 23/12 - 4/1.", mon) == [date(2027, 1, 4)]
    # day first by the sender's country, but "1/14" can only be month first: so is "1/12"
    assert _days("Panel on 1/12; decision by 1/14.", mon, dmy=True) == [
        date(2027, 1, 12), date(2027, 1, 14)]


def test_a_day_someone_is_away_until_is_a_step() -> None:
    sent = datetime(2026, 12, 22, 9, tzinfo=UTC)
    body = ("Our directors are away until 4 January, so no sign-off before then. You'll "
            "have an answer by the 8th.")
    assert _decision(body, sent, dmy=True) == date(2027, 1, 8)
    assert _decision("Our directors are away until 4 January; we decide then.", sent,
                     dmy=True) == date(2027, 1, 4)


# the candidate's own deadline, first day or event, in the words of Indian, British and
# American offices and of HR systems, is no decision day
@pytest.mark.parametrize("text", [
    "Kindly revert with your acceptance by 15th January.",
    "We request you to confirm your joining by 15 Jan.",
    "Onboarding begins 1 February.",
    "The offer is open for acceptance until 15 January.",
    "You have until Friday to accept.",
    "We need to hear back from you by Friday.",
    "Could you let us know by Friday which slot suits?",
    "The assessment centre runs on 14.01.",
    "Applications close 15 January.",
])
def test_the_candidates_own_day_in_more_words(text: str) -> None:
    assert _pick(text, dmy=True) is None


def test_a_joining_date_beside_the_employers_day() -> None:
    text = "Your date of joining is 1 February; HR will share the offer letter by 12th Jan."
    assert _pick(text, dmy=True) == date(2027, 1, 12)


@pytest.mark.parametrize(("text", "want"), [
    # February 2027 starts on a Monday; May 2027 on a Saturday: its first week is 3-7 May
    ("A decision in the first week of February.", date(2027, 2, 5)),
    ("A decision in the second week of May.", date(2027, 5, 14)),
    ("A decision in the first half of February.", date(2027, 2, 15)),
    ("Board approval on the 15, then we write.", date(2027, 1, 15)),
    ("Entscheidung am 15.01.27, we promise.", date(2027, 1, 15)),
])
def test_weeks_halves_and_short_years(text: str, want: date) -> None:
    assert [d for d in _days(text, dmy=True) if d >= WED] == [want]


# a writer abroad may keep the month in their own tongue, the day first
@pytest.mark.parametrize(("text", "want"), [
    ("Rückmeldung bis 15. Januar, sorry for the wait.", date(2027, 1, 15)),
    ("We come back to you le 15 janvier.", date(2027, 1, 15)),
    ("Decision expected 15 de enero de 2027.", date(2027, 1, 15)),
    ("The board meets 3 maart.", date(2027, 3, 3)),
])
def test_a_month_named_in_another_tongue(text: str, want: date) -> None:
    token = DAY_FIRST.set(True)
    try:
        found = mentions(text, WED)
    finally:
        DAY_FIRST.reset(token)
    assert [(m.day, m.absolute) for m in found] == [(want, True)]


# a day given with its hour in the continental way is an appointment; hours as a span count
@pytest.mark.parametrize(("text", "want"), [
    ("Your slot: Thu 14.01., 9h30.", None),
    ("Your slot: Thu 14.01. um 9 Uhr.", None),
    ("We will decide within 48h.", date(2027, 1, 8)),
    ("Decision in 24hrs, promise.", date(2027, 1, 7)),
])
def test_continental_hours(text: str, want: date | None) -> None:
    assert _pick(text, dmy=True) == want


def test_the_order_a_text_shows() -> None:
    from followup.capture.day_phrases import order_shown

    assert order_shown("Back on 22/12, then off again 4/1.") is True
    assert order_shown("Interviews 12/14 and 12/15.") is False
    assert order_shown("Decision 3/4.") is None  # reads both ways
    assert order_shown("From 22/12 to 12/22, oddly.") is None  # shows both


def test_ahead_takes_no_day_named_before_the_cue() -> None:
    from followup.capture.replies import BACK

    text = "On leave 11/01 - 15/01 and will answer on my return."
    assert pick(text, date(2027, 1, 11), BACK, traps=False, ahead=True) is None
    assert pick("On Monday 18 January I'm back.", date(2027, 1, 11), BACK, traps=False,
                ahead=True) == date(2027, 1, 18)


# a delay counts from the day it moves; a day the writer calls no longer possible gives way
@pytest.mark.parametrize(("text", "want"), [
    ("We were going to make our choice on the 12th, but it has been pushed back by a week.",
     date(2027, 1, 19)),
    ("The verdict, due on the 12th, has been delayed by two days.", date(2027, 1, 14)),
    ("The 12th is no longer feasible; you'll hear from us on the 19th.", date(2027, 1, 19)),
    ("Friday won't work any more, so expect our answer on Tuesday the 12th.",
     date(2027, 1, 12)),
    # a delay of something else, before the day given for the answer
    ("Our panellist is off until 1/11, so the debrief is pushed a few days, but we still "
     "expect a decision by Friday, 1/15.", date(2027, 1, 15)),
])
def test_delays_and_days_given_up_after_them(text: str, want: date) -> None:
    assert _pick(text) == want
