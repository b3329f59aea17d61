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


def _read(text: str, dmy: bool = False) -> str | None:
    return read_reply(text, _at("2027-03-02T10:00:00+01:00"), "UTC", dmy=dmy).outcome


def test_an_offer_extended_to_you_whatever_follows() -> None:
    assert _read("Congratulations, Ines!\n\nHollyoak has extended you an offer for the "
                 "Platform Lead position.\n\nReview offer") == "offer"
    assert _read("Hi Ines,\n\nWe have extended an offer for the Platform Lead position to "
                 "another candidate.\n\nBest,\nGwen") == "rejected"


def test_chat_shorthand_is_read_in_full() -> None:
    from followup.capture.reply_shorthand import spelt_out

    assert _read("hi ines - the panel loved you. keen to move to refs, can you send two "
                 "names?\n\nt") == "next_round"
    assert spelt_out("Our ref: 4471. A ref check w/ your mgr.") == \
        "Our ref: 4471. A reference check with your manager."


def test_the_post_or_its_search_stopped_is_a_no_in_each_language() -> None:
    assert _read("Hoi Ines,\n\nWe hebben besloten de functie van Data Lead voorlopig on "
                 "hold te zetten; er is geen budget.\n\nGroet,\nPim", True) == "rejected"
    assert _read("Beste Ines,\n\nWe hebben de wervingsprocedure voor deze functie "
                 "stopgezet.\n\nGroet,\nTeam Hollyoak", True) == "rejected"
    assert _read("Bonjour Ines,\n\nLe recrutement pour ce poste est suspendu suite à une "
                 "réorganisation.\n\nCordialement,\nAude", True) == "rejected"
    assert _read("Hallo Ines,\n\ndie Stelle wurde leider gestrichen.\n\nViele Grüße\nUwe",
                 True) == "rejected"
    # a pause with a day still to come, or said in the negative, is no "no"
    assert _read("Beste Ines,\n\nDe procedure staat on hold tot we uiterlijk vrijdag meer "
                 "weten.\n\nGroet,\nPim", True) != "rejected"
    assert _read("Beste Ines,\n\nDe procedure is niet stopgezet, we zijn alleen wat "
                 "later.\n\nGroet,\nPim", True) != "rejected"


def test_the_other_applicant_named_by_the_choice_made_of_them() -> None:
    assert _read("Hi Ines,\n\nIt was very close; the candidate we selected had more years "
                 "with our billing system.\n\nGwen") == "rejected"
    assert _read("Hi Ines,\n\nIf the candidate we selected declines, I will come back to "
                 "you.\n\nGwen") != "rejected"
