"""Out-of-office replies in every language (issue 23: "Out-of-office replies propose pausing
the chase until their return date plus a business day"): a responder without automatic-reply
headers is known by what it says, in any language of the kit's list, and its last written day
is its return when no language's own words read one; a person who was away in the past, or
who says a colleague is away, is no out-of-office. Metamorphic: one responder's key sentence in
each language, the same message around it. Every example is our own (no fixture's)."""

from __future__ import annotations

import re
from datetime import UTC, date

import pytest

from followup.capture import inbox
from followup.capture.away_said import AWAY, SAID, said_back, says_away

# "I am out of the office until 22.03.2027" in each language, as a responder writes it
AWAY_SENTENCES = {
    "en": "I am currently out of the office with limited access to email until 22.03.2027.",
    "de": "Ich bin bis einschließlich 19.03.2027 nicht im Büro und habe keinen Zugriff.",
    "de2": "Ihre Nachricht wird nicht weitergeleitet. Ab 22.03.2027 bin ich wieder da.",
    "nl": "Ik ben tot 22.03.2027 afwezig en lees mijn mail beperkt.",
    "af": "Ek is met verlof tot 22.03.2027.",
    "fr": "Je suis actuellement absente jusqu'au 22.03.2027 inclus.",
    "es": "Estoy fuera de la oficina hasta el 22.03.2027.",
    "ca": "Estic de vacances fins al 22.03.2027.",
    "pt": "Estou de férias até 22.03.2027, com acesso limitado ao e-mail.",
    "br": "Estou ausente do escritório até 22.03.2027.",
    "it": "Sono fuori ufficio fino al 22.03.2027.",
    "da": "Jeg er på ferie til og med 21.03.2027.",
    "sv": "Jag är på semester till och med 21.03.2027.",
    "no": "Jeg er på ferie frem til 22.03.2027.",
    "fi": "Olen lomalla 22.03.2027 asti.",
    "is": "Ég er í fríi til 22.03.2027.",
    "et": "Olen puhkusel kuni 22.03.2027.",
    "lv": "Esmu atvaļinājumā līdz 22.03.2027.",
    "lt": "Esu atostogose iki 22.03.2027.",
    "pl": "Jestem na urlopie do 22.03.2027.",
    "cs": "Jsem na dovolené do 22.03.2027.",
    "sk": "Som na dovolenke do 22.03.2027.",
    "sl": "Sem na dopustu do 22.03.2027.",
    "hr": "Nalazim se na godišnjem odmoru do 22.03.2027.",
    "sr": "Biću van kancelarije do 22.03.2027.",
    "hu": "Szabadságon vagyok 22.03.2027-ig.",
    "ro": "Sunt în concediu până la 22.03.2027.",
    "bg": "Ще бъда в отпуск до 22.03.2027.",
    "el": "Θα είμαι εκτός γραφείου έως 22.03.2027.",
    "ru": "Я нахожусь в отпуске до 22.03.2027.",
    "uk": "Я у відпустці до 22.03.2027.",
    "tr": "22.03.2027 tarihine kadar yıllık izindeyim.",
    "he": "אני מחוץ למשרד עד 22.03.2027.",
    "ar": "أنا خارج المكتب حتى 22.03.2027.",
    "hi": "Main 22.03.2027 tak chhutti par hoon.",
    "hi-deva": "मैं 22.03.2027 तक छुट्टी पर हूँ।",
    "id": "Saya sedang cuti sampai 22.03.2027.",
    "ms": "Saya berada di luar pejabat hingga 22.03.2027.",
    "vi": "Tôi đang nghỉ phép đến ngày 22.03.2027.",
    "th": "ผมไม่อยู่ที่สำนักงานจนถึง 22.03.2027",
    "tl": "Naka-leave ako hanggang 22.03.2027.",
    "sw": "Niko likizo hadi 22.03.2027.",
    "ja": "誠に勝手ながら、22.03.2027まで休暇をいただいております。",
    "ko": "22.03.2027까지 휴가 중입니다.",
    "zh": "我目前休假中，22.03.2027返回。",
    "zh-hant": "本人不在辦公室，22.03.2027返回。",
}

# a real reply: its writer was away, or a colleague is; no responder says this of itself
NOT_AWAY = [
    "I was on holiday last week, sorry for the slow reply: we'd like to meet you again.",
    "Ich war letzte Woche im Urlaub, daher die späte Antwort.",
    "Ik was vorige week op vakantie; excuses voor de late reactie.",
    "J'étais en vacances la semaine dernière, désolée pour ce retard.",
    "Estuve de vacaciones la semana pasada; perdona la demora.",
    "Byłam na urlopie w zeszłym tygodniu, przepraszam za opóźnienie.",
    "Jag var på semester förra veckan, förlåt dröjsmålet.",
    "先週は休暇をいただいていたため、ご連絡が遅くなりました。",
    "Thanks for waiting: the panel met yesterday and we'll be in touch by Friday.",
    "Sobre o processo: a equipa reuniu-se ontem e daremos notícias em breve.",
]


@pytest.mark.parametrize("lang", sorted(AWAY_SENTENCES))
def test_a_responders_sentence_says_away_in_every_language(lang: str) -> None:
    assert says_away(AWAY_SENTENCES[lang])


def test_every_language_of_the_list_has_its_entry() -> None:
    assert len(SAID) >= 38
    assert all(re.compile(p, re.I).pattern for p in SAID.values())


@pytest.mark.parametrize("text", NOT_AWAY)
def test_a_past_holiday_or_plain_news_is_no_out_of_office(text: str) -> None:
    assert not AWAY.search(text)


@pytest.mark.parametrize("lang", ["pl", "cs", "fi", "et", "ru", "tr", "id", "sw", "el", "bg"])
def test_the_last_day_of_the_away_sentence_is_the_return(lang: str) -> None:
    said = ["Dzień dobry,", AWAY_SENTENCES[lang]]
    assert said_back(said, date(2027, 3, 10)) == date(2027, 3, 22)


def test_a_day_in_a_sentence_that_does_not_say_away_is_no_return() -> None:
    assert said_back(["Spotkanie 22.03.2027 odbędzie się zdalnie."], date(2027, 3, 10)) is None


_APPS = [{"id": 1, "company": "Vistula Grain", "role": "Buyer",
          "interviewers": [{"name": "Ola Nowak", "email": "ola@vistulagrain.example"}],
          "coordinator": {"name": "Iga Marek", "email": "iga@vistulagrain.example"},
          "sent": [{"message_id": "<s1@mail.example>", "subject": "Buyer role"}]}]


def _mail(sentence: str) -> bytes:
    return (f"From: Iga Marek <iga@vistulagrain.example>\r\nTo: sam@gmail.com\r\n"
            f"Subject: Re: Buyer role\r\nIn-Reply-To: <s1@mail.example>\r\n"
            f"Date: Wed, 10 Mar 2027 08:00:00 +0100\r\nMessage-ID: <o1@vistulagrain.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{sentence}\r\n\r\nIga\r\n"
            ).encode()


@pytest.mark.parametrize("lang", ["pl", "cs", "sk", "hr", "ro", "tr", "id", "vi", "sw", "el"])
def test_a_headerless_responder_in_any_language_gives_its_return(lang: str) -> None:
    got = inbox.evaluate(_mail(AWAY_SENTENCES[lang]), _APPS, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"], got["back"]) == (1, None, "2027-03-22")


def test_a_reply_after_a_past_holiday_is_read_for_its_news() -> None:
    raw = _mail("Byłam na urlopie do 8.03. Z przykrością informujemy, że wybraliśmy innego "
                "kandydata.")
    got = inbox.evaluate(raw, _APPS, frozenset({"sam@gmail.com"}))
    assert got["back"] is None


@pytest.mark.parametrize("text", [
    "Rangi is on leave until Thursday, so it will be Friday before we can decide.",
    "Both directors are out of the office this week; I'll come back to you after.",
])
def test_a_colleagues_absence_is_not_the_writers(text: str) -> None:
    assert not AWAY.search(text)


def test_an_absence_from_an_hour_of_today_until_a_day_names_the_return() -> None:
    from datetime import datetime

    from followup.capture.replies import back_day

    body = ("Thank you for your message. I'm out of the office from this afternoon until "
            "Monday 22nd March with limited access to email.\n\nMaree\n")
    at = datetime(2027, 3, 17, 12, 0, tzinfo=UTC)
    assert back_day(body, at, "UTC", dmy=True) == date(2027, 3, 22)
    ranged = body.replace("from this afternoon until", "from Thursday 18th until")
    assert back_day(ranged, at, "UTC", dmy=True) == date(2027, 3, 23)
