"""Replies of session 15 in other languages (issue 23, after blind_dev29): Polish and
Japanese read as the other languages are; more plain words of an outcome in German, Spanish,
Portuguese, Italian, Dutch and Swedish; a decision day corrected in the next words; an absence
"through" a day; an offer's days are the candidate's. Every example is our own (no fixture's):
employers, people and wordings invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from followup.capture.reply_languages import back_day, dates, decision_day, outcome

TUE = date(2027, 4, 6)  # a Tuesday


@pytest.mark.parametrize(("text", "kind"), [
    # German
    ("Am Ende haben wir uns für jemanden mit mehr Erfahrung im Vertrieb entschieden.",
     "rejected"),
    ("Wir laden Sie gerne zum nächsten Schritt in unserem Auswahlverfahren ein – einladen "
     "möchten wir Sie zu einem Gespräch.", "next_round"),
    ("Wir freuen uns, Ihnen die Stelle als Leiterin der Buchhaltung an unserem Standort in "
     "Bremen anbieten zu dürfen.", "offer"),
    ("Anbei das überarbeitete Angebot mit dem neuen Gehalt.", "offer"),
    # Spanish and Portuguese
    ("Al final el comité decidió seguir con otro perfil más senior.", "rejected"),
    ("Nos hemos decantado por una persona con más experiencia en logística.", "rejected"),
    ("Aunque no hemos podido seguir adelante contigo, te dejo el feedback.", "rejected"),
    ("Esta vez no vamos a seguir adelante con tu postulación.", "rejected"),
    ("El estado de tu solicitud cambió a: Ya no se está considerando.", "rejected"),
    ("Tu candidatura fue seleccionada para la siguiente etapa del proceso.", "next_round"),
    ("Nos gustaría avanzar contigo a la última etapa con la directora.", "next_round"),
    ("Adjunto encontrarás la carta oferta con el salario.", "offer"),
    ("Parabéns, você avançou para a etapa final do processo.", "next_round"),
    ("A Carla vai te enviar a proposta formal na segunda.", "offer"),
    # Italian
    ("Purtroppo la ricerca per questo ruolo è stata sospesa fino a nuovo ordine.", "rejected"),
    ("Vorremmo invitarti al colloquio finale con la direttrice.", "next_round"),
    ("Il prossimo step è una prova pratica di due ore.", "next_round"),
    # Dutch
    ("We hebben besloten om niet verder te gaan met je sollicitatie.", "rejected"),
    ("Uiteindelijk zijn we voor een andere kandidaat gegaan.", "rejected"),
    # Swedish
    ("Vi har tyvärr inte möjlighet att gå vidare med din ansökan.", "rejected"),
    ("Det blev inte du den här gången, men tack för din tid.", "rejected"),
    ("Vi bjuder in dig till en slutintervju på vårt kontor i Malmö.", "next_round"),
    ("Vi vill gärna träffa dig igen för en fallstudie med teamet.", "next_round"),
    # Polish
    ("Zdecydowaliśmy się na innego kandydata.", "rejected"),
    ("Z przyjemnością przedstawiamy ofertę pracy na stanowisku Księgowej.", "offer"),
    ("Zapraszamy Panią na kolejny etap rekrutacji.", "next_round"),
    # Japanese
    ("慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。", "rejected"),
    ("今回はご縁がなかったものとさせていただきます。", "rejected"),
    ("選考の結果、ぜひ最終面接にお進みいただきたく、ご連絡いたしました。", "next_round"),
])
def test_other_languages_say_the_outcome_in_these_words(text: str, kind: str) -> None:
    got = outcome([text])
    assert got is not None and got[0] == kind


@pytest.mark.parametrize("text", [
    "Ob wir uns für jemanden entscheiden, wissen wir noch nicht.",
    "Si no te hemos seleccionado para la siguiente etapa, te avisaremos.",
    "Nie wiemy jeszcze, czy zaprosimy Pana na kolejny etap.",
    "最終面接に進んでいただくことはできません。",
    "La posizione è ancora aperta e il budget è confermato.",
])
def test_the_same_words_negated_or_open_are_no_outcome(text: str) -> None:
    got = outcome([text])
    assert got is None or (got[0] != "next_round" and got[0] != "offer")


def test_a_polish_decision_day_is_read() -> None:
    got = decision_day(["Decyzję podejmiemy najpóźniej do 16.04.2027."], TUE)
    assert got is not None and got[0] == date(2027, 4, 16)


@pytest.mark.parametrize(("text", "day"), [
    ("面接の結果につきましては、4月16日（金）までにご連絡いたします。", date(2027, 4, 16)),
    ("選考結果は4/20（火）までにメールでお知らせします。", date(2027, 4, 20)),
])
def test_a_japanese_day_is_month_first(text: str, day: date) -> None:
    got = decision_day([text], TUE)
    assert got is not None and got[0] == day


def test_a_us_day_without_japanese_stays_as_read() -> None:
    assert [d for _, d in dates("Entscheidung bis 4/5(Mo)", TUE)] == [date(2027, 5, 4)]


@pytest.mark.parametrize("said", [
    ["Wir melden uns bis spätestens 14.04.", "Korrektur: da bin ich verreist, also bis 16.04."],
    ["Te damos una respuesta antes del 14/4.", "Perdona, me corrijo: será el 16/4."],
    ["Ti diamo un riscontro entro il 14/4, anzi mi correggo: entro il 16/4."],
])
def test_a_day_corrected_in_the_next_words_is_the_day(said: list[str]) -> None:
    got = decision_day(said, TUE)
    assert got is not None and got[0] == date(2027, 4, 16)


def test_a_day_not_corrected_stays() -> None:
    got = decision_day(["Wir melden uns bis 14.04.", "Danach fahre ich am 20.04. in Urlaub."],
                       TUE)
    assert got is not None and got[0] == date(2027, 4, 14)


@pytest.mark.parametrize(("text", "day"), [
    ("Sono fuori ufficio fino al 12/04 compreso.", date(2027, 4, 13)),
    ("Ik ben afwezig t/m 12 april.", date(2027, 4, 13)),
    ("Jestem na urlopie do 12.04 włącznie.", date(2027, 4, 13)),
    ("Sono fuori ufficio fino al 12/04.", date(2027, 4, 12)),
    ("Estoy de vacaciones y regreso a la oficina el lunes 12 de abril.", date(2027, 4, 12)),
    ("お休みをいただいております。4月12日（月）より順次対応いたします。", date(2027, 4, 12)),
])
def test_the_day_an_absence_ends(text: str, day: date) -> None:
    assert back_day([text], TUE) == day


def _mail(body: str) -> bytes:
    return ("From: Ilse Krug <ilse.krug@moorland-kaffee.example>\r\n"
            "To: sam@gmail.com\r\nSubject: Ihr Angebot\r\n"
            "Date: Tue, 06 Apr 2027 10:00:00 +0200\r\nMessage-ID: <a1@moorland-kaffee.example>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_an_offers_reply_by_day_is_the_candidates_not_a_decision() -> None:
    from followup.capture.inbox import evaluate

    apps = [{"id": 1, "company": "Moorland Kaffee", "role": "Einkäuferin",
             "interviewers": [{"name": "Ilse Krug", "email": "ilse.krug@moorland-kaffee.example"}],
             "coordinator": None, "sent": []}]
    got = evaluate(_mail("Hallo Sam,\n\nanbei das Angebot für die Stelle als Einkäuferin. "
                         "Wir freuen uns über deine Rückmeldung bis zum 16.04.2027.\n\nIlse\n"),
                   apps, frozenset({"sam@gmail.com"}))
    assert got["outcome"] == "offer" and got["day"] is None


@pytest.mark.parametrize("address", ["noreply@hrmos.co", "info@gupy.io", "no-reply@herp.cloud",
                                     "kontakt@erecruiter.pl"])
def test_hiring_systems_of_asia_latin_america_and_poland_are_known(address: str) -> None:
    from followup.capture.matching import is_ats

    assert is_ats(address)


def test_a_return_in_its_own_language_beats_an_english_until() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followup.capture.replies import back_day as away_back

    body = ("4月8日（木）まで出張しております。4月9日（金）より順次対応いたします。\n\n"
            "I am travelling until Thursday 8 April and will reply from Friday 9 April.\n")
    sent = datetime(2027, 4, 6, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert away_back(body, sent, "Asia/Tokyo") == date(2027, 4, 9)


@pytest.mark.parametrize(("text", "kind"), [
    ("Wir haben uns für andere Bewerberinnen entschieden.", "rejected"),
    ("Leider können wir Ihnen keine Zusage geben.", "rejected"),
    ("Die Stelle wurde inzwischen anderweitig besetzt.", "rejected"),
    ("Wir freuen uns, Ihnen heute eine Zusage für die Stelle zu geben.", "offer"),
    ("Gern möchten wir Sie zu einem persönlichen Gespräch mit der Geschäftsführung einladen.",
     "next_round"),
    ("Nous avons le regret de vous informer que votre profil ne correspond pas.", "rejected"),
    ("Le poste a été pourvu en interne.", "rejected"),
    ("Nous sommes ravis de vous proposer le poste de cheffe de projet.", "offer"),
    ("Vous avez été retenue pour l'étape suivante du processus.", "next_round"),
    ("La vacante ya ha sido cubierta.", "rejected"),
    ("Decidimos seguir com outro candidato para esta vaga.", "rejected"),
    ("Não vamos seguir com a sua candidatura neste momento.", "rejected"),
    ("Segue em anexo a nossa proposta de emprego.", "offer"),
    ("Gostaríamos de convidar você para uma entrevista final com a diretoria.", "next_round"),
    ("Purtroppo non potremo dare seguito alla tua candidatura.", "rejected"),
    ("Siamo lieti di offrirti la posizione di analista.", "offer"),
    ("Helaas moeten we je teleurstellen: de vacature is inmiddels vervuld.", "rejected"),
    ("Graag bieden we je de functie van teamleider aan.", "offer"),
    ("Je gaat door naar de volgende ronde!", "next_round"),
    ("Tjänsten har nu tillsatts.", "rejected"),
    ("Bifogat finns ditt anställningsavtal.", "offer"),
    ("Du går vidare till nästa steg i processen.", "next_round"),
    ("이번에는 아쉽게도 함께하지 못하게 되었습니다.", "rejected"),
    ("최종 합격을 축하드립니다.", "offer"),
    ("2차 면접 안내 드립니다.", "next_round"),
    ("很遗憾，您未能通过本次面试。", "rejected"),
    ("恭喜您进入下一轮面试。", "next_round"),
    ("随信附上录用通知。", "offer"),
])
def test_more_ways_each_language_says_an_outcome(text: str, kind: str) -> None:
    got = outcome([text])
    assert got is not None and got[0] == kind


@pytest.mark.parametrize("text", [
    "Suite à votre dernier entretien, nous reviendrons vers vous.",
    "Vi har desværre valgt andre kandidater til næste runde.",
    "Leider können wir Sie nicht zu einem weiteren Gespräch einladen.",
    "很遗憾，您没有进入下一轮面试。",
    "2차 면접에 모시지 못하게 되어 죄송합니다.",
])
def test_a_round_named_but_not_given_is_no_next_round(text: str) -> None:
    got = outcome([text])
    assert got is None or got[0] != "next_round"


@pytest.mark.parametrize(("text", "day"), [
    ("결과는 4월 16일까지 안내드리겠습니다.", date(2027, 4, 16)),
    ("面试结果将于4月16日前通知您。", date(2027, 4, 16)),
    ("Vamos te dar um retorno no máximo até sexta-feira, dia 16/04.", date(2027, 4, 16)),
])
def test_a_decision_day_in_more_languages(text: str, day: date) -> None:
    got = decision_day([text], TUE)
    assert got is not None and got[0] == day


def test_still_live_said_of_another_employer_keeps_this_ones_no() -> None:
    from followup.capture.inbox import evaluate

    recruiter = {"name": "Nadia Brook", "email": "nadia@brookfield-search.example"}
    apps = [{"id": 1, "company": "Tidewell Foods Ltd", "role": "Supply Planner",
             "interviewers": [{"name": "Hal Moss", "email": "hal@tidewell.example"}],
             "coordinator": recruiter, "sent": []},
            {"id": 2, "company": "Orrin Textiles GmbH", "role": "Demand Planner",
             "interviewers": [{"name": "Ute Lind", "email": "ute@orrin.example"}],
             "coordinator": recruiter, "sent": []}]
    raw = (b"From: Nadia Brook <nadia@brookfield-search.example>\r\nTo: sam@gmail.com\r\n"
           b"Subject: Tidewell - Supply Planner\r\nDate: Tue, 06 Apr 2027 10:00:00 +0100\r\n"
           b"Message-ID: <b2@brookfield-search.example>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hi Sam,\n\nTidewell have decided to go with another candidate for the Supply "
           b"Planner role.\n\nOrrin is still very much live, so let's keep going there.\n\n"
           b"Nadia\n")
    got = evaluate(raw, apps, frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"]) == (1, "rejected")


@pytest.mark.parametrize(("text", "named"), [
    ("Thank you for applying to Marlow Shipping Group.", False),
    ("Your application at Marlow Shipping Group. The Talent Team", False),
    ("Marlow Ports Ltd Talent Acquisition", False),
    ("Thanks for your time with Marlow today.", True),
    ("Marlow Talent Acquisition", True),
    ("Marlow Freight Ltd: your interview", True),
])
def test_a_short_name_that_starts_another_companys_name_is_not_this_one(
        text: str, named: bool) -> None:
    from followup.capture.matching import Facts, short_named

    mine = Facts(1, "Marlow Freight Ltd", "Analyst", ())
    assert short_named(mine, [mine], text) is named


@pytest.mark.parametrize(("text", "day"), [
    ("Estou de férias e retorno ao escritório em 12/04.", date(2027, 4, 12)),
    ("Tornerò in ufficio lunedì 12 aprile.", date(2027, 4, 12)),
    ("Ik ben tot 12 april afwezig.", date(2027, 4, 12)),
    ("Jag är åter på kontoret måndag 12 april.", date(2027, 4, 12)),
])
def test_more_words_of_return(text: str, day: date) -> None:
    assert back_day([text], TUE) == day


@pytest.mark.parametrize("text", [
    "Der Status Ihrer Bewerbung wurde geändert: Wird nicht mehr berücksichtigt.",
    "Statut de votre candidature : n'est plus à l'étude.",
    "O status da sua candidatura mudou para: Não está mais sendo considerado.",
    "Status van je sollicitatie: Niet meer in overweging.",
    "Stato della candidatura: non più in fase di valutazione.",
    "Status för din ansökan: Inte längre aktuell.",
])
def test_a_systems_status_of_no_longer_considered_is_a_no(text: str) -> None:
    got = outcome([text])
    assert got is not None and got[0] == "rejected"
