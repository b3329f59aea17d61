"""A reply's outcome read the same in every language of the kit's list (issue 23): one message
whose key sentence is put in each language, the same outcome expected; and an out-of-office's
return day. Sentences written for this test, as a recruiter in each country writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from followup.capture.replies import back_day, read_reply

SENT = datetime(2027, 1, 20, 10, 0, tzinfo=UTC)  # a Wednesday

REJECTED = {
    "en": "Unfortunately we have decided to move forward with another candidate.",
    "de": "Leider haben wir uns für einen anderen Kandidaten entschieden.",
    "fr": "Malheureusement, nous avons retenu un autre candidat pour ce poste.",
    "es": "Lamentablemente hemos decidido seguir adelante con otro candidato.",
    "ca": "Malauradament hem decidit continuar amb un altre candidat.",
    "pt": "Infelizmente decidimos avançar com outro candidato.",
    "it": "Purtroppo abbiamo deciso di proseguire con un altro candidato.",
    "nl": "Helaas hebben we gekozen voor een andere kandidaat.",
    "sv": "Tyvärr har vi valt att gå vidare med en annan kandidat.",
    "pl": "Niestety zdecydowaliśmy się na innego kandydata.",
    "fi": "Valitettavasti valinta kohdistui toiseen hakijaan.",
    "is": "Því miður höfum við ákveðið að ráða annan umsækjanda.",
    "et": "Kahjuks otsustasime teise kandidaadi kasuks.",
    "lv": "Diemžēl mēs izvēlējāmies citu kandidātu.",
    "lt": "Deja, pasirinkome kitą kandidatą.",
    "cs": "Bohužel jsme se rozhodli pro jiného kandidáta.",
    "sk": "Žiaľ, rozhodli sme sa pre iného uchádzača.",
    "sl": "Žal, odločili smo se za drugega kandidata.",
    "hr": "Nažalost, odlučili smo se za drugog kandidata.",
    "hu": "Sajnos más jelölt mellett döntöttünk.",
    "ro": "Din păcate, am decis să mergem mai departe cu un alt candidat.",
    "bg": "За съжаление избрахме друг кандидат.",
    "el": "Δυστυχώς επιλέξαμε άλλον υποψήφιο.",
    "ru": "К сожалению, мы выбрали другого кандидата.",
    "uk": "На жаль, ми обрали іншого кандидата.",
    "tr": "Maalesef başka bir adayla devam etmeye karar verdik.",
    "he": "לצערנו החלטנו להתקדם עם מועמד אחר.",
    "ar": "للأسف قررنا المضي قدماً مع مرشح آخر.",
    "hi": "Afsos, hum kisi aur candidate ke saath aage badh rahe hain.",
    "hi_dev": "खेद है, हमने किसी अन्य उम्मीदवार को चुना है।",
    "id": "Mohon maaf, kami memutuskan untuk melanjutkan dengan kandidat lain.",
    "vi": "Rất tiếc, chúng tôi đã chọn ứng viên khác.",
    "th": "เสียใจด้วย เราได้เลือกผู้สมัครท่านอื่นแล้ว",
    "tl": "Paumanhin, pumili kami ng ibang kandidato.",
    "sw": "Samahani, tumeamua kuendelea na mgombea mwingine.",
    "af": "Ongelukkig het ons besluit om met 'n ander kandidaat voort te gaan.",
}

NEXT_ROUND = {
    "ca": "Ens agradaria convidar-te a una segona entrevista.",
    "fi": "Haluamme kutsua sinut toiseen haastatteluun.",
    "cs": "Rádi bychom vás pozvali na další kolo pohovorů.",
    "hr": "Želimo vas pozvati na drugi razgovor.",
    "ru": "Мы хотим пригласить вас на следующий этап собеседования.",
    "uk": "Запрошуємо вас на наступний етап співбесіди.",
    "hu": "Szeretnénk meghívni Önt a második fordulóra.",
    "ro": "Vă invităm la etapa următoare a procesului.",
    "tr": "Sizi ikinci mülakat için davet etmek istiyoruz.",
    "id": "Kami ingin mengundang Anda ke tahap selanjutnya.",
    "vi": "Chúc mừng bạn đã vào vòng phỏng vấn tiếp theo.",
    "tl": "Gusto ka naming imbitahan sa susunod na interview.",
    "af": "Ons nooi jou graag uit na 'n tweede onderhoud.",
}

OFFER = {
    "ca": "Ens complau oferir-te la posició d'analista.",
    "fi": "Haluamme tarjota sinulle paikkaa tiimissämme.",
    "cs": "Rádi bychom vám nabídli pozici analytika.",
    "ru": "Мы рады предложить вам должность аналитика.",
    "uk": "Ми раді надіслати вам пропозицію про роботу.",
    "hu": "Örömmel küldjük állásajánlatunkat.",
    "ro": "Ne bucurăm să vă trimitem oferta de angajare.",
    "el": "Με χαρά σας στέλνουμε την πρόταση εργασίας.",
    "tr": "Size iş teklifimizi iletmekten mutluluk duyuyoruz.",
    "id": "Kami dengan senang hati menawarkan Anda posisi tersebut.",
    "he": "שמחים לשלוח לך הצעת עבודה.",
    "ar": "يسعدنا أن نرسل لك عرض عمل.",
    "sw": "Tunafurahi kukupa ofa ya kazi.",
    "af": "Ons is bly om jou 'n werksaanbod te maak.",
}

BACK = {
    "cs": ("Jsem mimo kancelář, zpět budu 1. 2. 2027.", None),
    "fi": ("Olen lomalla. Palaan 1.2.2027.", date(2027, 2, 1)),
    "ru": ("Я в отпуске. Вернусь 1 февраля.", date(2027, 2, 1)),
    "tr": ("İzindeyim, 1 Şubat tarihinde ofise döneceğim.", date(2027, 2, 1)),
    "ro": ("Sunt în concediu și mă întorc pe 1 februarie.", date(2027, 2, 1)),
    "id": ("Saya sedang cuti dan akan kembali pada 1 Februari.", date(2027, 2, 1)),
    "ca": ("Soc de vacances i tornaré l'1 de febrer.", date(2027, 2, 1)),
}


def _outcome(sentence: str) -> str:
    body = f"Hi Sam,\n\n{sentence}\n\nBest regards,\nMarta\n"
    return read_reply(body, SENT, "UTC").outcome


@pytest.mark.parametrize("lang", sorted(REJECTED))
def test_a_rejection_is_read_in_every_language(lang: str) -> None:
    assert _outcome(REJECTED[lang]) == "rejected"


@pytest.mark.parametrize("lang", sorted(NEXT_ROUND))
def test_a_next_round_is_read_in_every_language(lang: str) -> None:
    assert _outcome(NEXT_ROUND[lang]) == "next_round"


@pytest.mark.parametrize("lang", sorted(OFFER))
def test_an_offer_is_read_in_every_language(lang: str) -> None:
    assert _outcome(OFFER[lang]) == "offer"


@pytest.mark.parametrize("lang", sorted(BACK))
def test_an_out_of_office_return_day_in_every_language(lang: str) -> None:
    text, want = BACK[lang]
    if want is not None:
        assert back_day(f"{text}\n", SENT, "UTC") == want


NOT_SAID = [
    "Nebudeme-li pokračovat, dáme vám vědět.",  # cs: a condition
    "Если мы не сможем продолжить, мы вам сообщим заранее?",  # ru: a question
    "Terima kasih atas waktunya, kami akan mengabari Anda minggu depan.",  # id: nothing yet
    "Kiitos haastattelusta, palaamme asiaan pian.",  # fi: nothing yet
]


@pytest.mark.parametrize("sentence", NOT_SAID)
def test_a_condition_or_a_wait_is_no_outcome(sentence: str) -> None:
    assert _outcome(sentence) not in ("rejected", "next_round", "offer")


# the employer's wish passed on by someone between, a "no" passed on by a colleague, an
# applicant-tracking system's status after a long role name, a courtesy about other jobs, an
# offer reminded of: each with the wording of a writer of this test
ENGLISH = [
    ("Great news - Harbourline want you for the analyst contract, 12 months.", "offer"),
    ("Hi Jo, the client would love a second interview with their Head of Data.", "next_round"),
    ("Morning! Fenwick want another chat - their COO this time, Thursday at 10.", "next_round"),
    ("If Fenwick want another chat I'll let you know.", "reply"),
    ("Hey, Priti mentioned it didn't work out on our side - I'm really sorry.", "rejected"),
    ("Dear Jo, the status of your application Senior Platform Engineer (REQ-77120) at "
     "Northgate Building Society has changed to: Not Selected.", "rejected"),
    ("So sorry, the client has frozen the role - not down to you. I'm on it for other "
     "positions.", "rejected"),
    ("Reminder: your offer letter for Data Analyst is still awaiting your signature.", "reply"),
]


@pytest.mark.parametrize(("text", "want"), ENGLISH)
def test_english_wordings_of_the_same_habits(text: str, want: str) -> None:
    assert _outcome(text) == want
