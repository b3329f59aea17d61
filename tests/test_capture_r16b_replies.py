"""Session 16, second round on replies: a padded "dd-mm" day, a day before the decision's
noun in a verb-last clause, "Entscheid", and the process wrapped up by a day beside a next
round (invented mail; no fixture's text)."""

from __future__ import annotations

from datetime import date, datetime

from followup.capture.inbox import decision_day
from followup.capture.replies import read_reply


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_a_padded_day_and_month_joined_by_a_dash_is_a_day() -> None:
    got = read_reply("Hi Noor,\n\nWe plan to reach a decision by 24-02, and I will "
                     "call you next week in any case.\n\nFemke",
                     _at("2027-02-10T10:00:00+01:00"), "UTC", dmy=True)
    assert (got.outcome, got.day) == ("decision", date(2027, 2, 24))
    zero_led = read_reply("Hi Noor,\n\nWe expect to decide by 08-03.\n\nFemke",
                          _at("2027-02-26T10:00:00+01:00"), "UTC", dmy=True)
    assert zero_led.day == date(2027, 3, 8)


def test_a_rising_pair_is_a_range_not_a_day() -> None:
    got = read_reply("Hi Noor,\n\nWe will decide in 10-14 days.\n\nFemke",
                     _at("2027-02-10T10:00:00+01:00"), "UTC", dmy=True)
    assert got.day != date(2027, 10, 14) and got.day != date(2027, 2, 10)
    assert decision_day("We will make a decision by Friday; the slot is 14-16.",
                        _at("2027-02-10T10:00:00+01:00"), True) == date(2027, 2, 12)


def test_a_day_before_the_decision_noun_in_a_verb_last_clause() -> None:
    dutch = read_reply("Hoi Ruben,\n\nWe bespreken het donderdag en we denken dinsdag 16 "
                       "maart een besluit te nemen.\n\nGroet,\nLotte",
                       _at("2027-03-09T09:00:00+01:00"), "UTC", dmy=True)
    assert (dutch.outcome, dutch.day) == ("decision", date(2027, 3, 16))
    german = read_reply("Hallo Jonas,\n\nwir werden am Mittwoch eine Entscheidung treffen.\n\n"
                        "Viele Grüße\nKarin", _at("2027-03-09T09:00:00+01:00"), "UTC", dmy=True)
    assert german.day == date(2027, 3, 10)


def test_a_swiss_entscheid_is_a_decision() -> None:
    got = read_reply("Grüezi Herr Frei\n\nUnser Entscheid verschiebt sich auf Montag, "
                     "22.3.2027.\n\nFreundliche Grüsse\nUrs", _at("2027-03-12T09:00:00+01:00"),
                     "UTC", dmy=True)
    assert got.day == date(2027, 3, 22)


def test_the_process_wrapped_up_by_a_day_beside_a_next_round() -> None:
    assert decision_day("We'd like you to do a short exercise. We're hoping to wrap up by "
                        "19/4, then a last chat.", _at("2027-04-06T09:00:00+10:00"),
                        True) == date(2027, 4, 19)
    # the interviews' own end is no decision day
    assert decision_day("We hope to wrap up final interviews by 19/4.",
                        _at("2027-04-06T09:00:00+10:00"), True) is None
