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
    "de_hold": "Leider wurde die Stelle vorerst auf Eis gelegt.",
    "de_filled": "Die Position wurde inzwischen intern besetzt.",
    "fr_filled": "Le poste a été pourvu en interne.",
    "fr_hold": "Le recrutement pour ce poste est suspendu.",
    "es_filled": "La posición ya ha sido cubierta.",
    "es_hold": "Hemos decidido pausar el proceso de selección para esta posición.",
    "pt_other": "Optámos por outro candidato.",
    "br_other": "Decidimos seguir com outro candidato.",
    "br_not": "Infelizmente não vamos seguir com a sua candidatura.",
    "it_filled": "La posizione è stata coperta.",
    "it_not": "Purtroppo non proseguiremo con la tua candidatura.",
    "nl_hold": "De vacature is helaas on hold gezet.",
    "da_other": "Vi har desværre valgt en anden kandidat.",
    "no_other": "Vi har dessverre valgt en annen kandidat.",
    "sv_not": "Tyvärr går vi inte vidare med din ansökan.",
    "pl_filled": "Stanowisko zostało już obsadzone.",
    "ja": "誠に残念ながら、今回はご期待に添えない結果となりました。",
    "ko": "아쉽게도 이번에는 함께하지 못하게 되었습니다.",
    "zh": "很遗憾，您未能通过本次面试。",
    "zh_t": "很遺憾，我們決定不再推進您的申請。",
    "ru_not": "К сожалению, мы не готовы продолжить с вами.",
    "cs_filled": "Pozice již byla obsazena.",
    "tr_olumsuz": "Başvurunuzun olumsuz sonuçlandığını bildirmek isteriz.",
    "hu_not": "Sajnos nem tudjuk folytatni a folyamatot Önnel.",
    "ro_not": "Din păcate, nu vom continua cu candidatura dumneavoastră.",
    "el_not": "Δυστυχώς δεν θα προχωρήσουμε με την υποψηφιότητά σας.",
    "he_not": "לצערנו לא נוכל להתקדם עם המועמדות שלך.",
    "ar_not": "نأسف لإبلاغك بأنه لم يتم اختيارك.",
    "id_not": "Mohon maaf, lamaran Anda tidak lolos ke tahap berikutnya.",
    "vi_not": "Rất tiếc hồ sơ của bạn chưa phù hợp với vị trí này.",
    "th_not": "เสียใจด้วย คุณไม่ผ่านการคัดเลือก",
    "uk_not": "На жаль, ми не продовжуватимемо з вашою кандидатурою.",
    "fi_not": "Valitettavasti emme jatka prosessia kanssasi.",
    "sw_not": "Samahani, hatutaweza kuendelea na maombi yako.",
    "af_filled": "Die pos is reeds gevul.",
    "ca_not": "Malauradament no continuarem amb la teva candidatura.",
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
    "de": "Wir möchten Sie gerne zu einem zweiten Gespräch einladen.",
    "fr": "Nous souhaitons vous inviter à un deuxième entretien.",
    "es": "Nos gustaría invitarte a una segunda entrevista.",
    "pt": "Gostaríamos de convidá-lo para uma segunda entrevista.",
    "br": "Queremos te convidar para a próxima etapa do processo.",
    "it": "Vorremmo invitarti a un secondo colloquio.",
    "nl": "We willen je graag uitnodigen voor een tweede gesprek.",
    "da": "Vi vil gerne invitere dig til en anden samtale.",
    "sv": "Vi vill gärna bjuda in dig till en andra intervju.",
    "no": "Vi vil gjerne invitere deg til et nytt intervju.",
    "pl": "Chcielibyśmy zaprosić Pana na kolejny etap rekrutacji.",
    "ja": "二次面接にお進みいただきたく、ご連絡いたしました。",
    "ko": "2차 면접 안내드립니다.",
    "zh": "恭喜您通过初试，诚邀您参加第二轮面试。",
    "zh_t": "恭喜您通過初試，誠邀您參加第二輪面試。",
    "sk": "Radi by sme vás pozvali na druhé kolo pohovorov.",
    "sl": "Vabimo vas na drugi krog razgovorov.",
    "bg": "Бихме искали да ви поканим на второ интервю.",
    "el": "Θα θέλαμε να σας προσκαλέσουμε σε δεύτερη συνέντευξη.",
    "he": "נשמח להזמין אותך לראיון שני.",
    "ar": "يسعدنا دعوتك إلى المقابلة الثانية.",
    "hi": "Hum aapko agle round ke liye invite karna chahte hain.",
    "th": "ขอเชิญคุณเข้าสัมภาษณ์รอบที่สอง",
    "sw": "Tungependa kukualika kwenye usaili wa pili.",
    "is": "Okkur langar að bjóða þér í annað viðtal.",
    "et": "Soovime kutsuda teid teise vooru intervjuule.",
    "lv": "Vēlamies aicināt jūs uz otro intervijas kārtu.",
    "lt": "Norėtume pakviesti jus į antrąjį pokalbį.",
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
    "de": "Wir freuen uns, Ihnen die Stelle anbieten zu können.",
    "fr": "Nous avons le plaisir de vous proposer le poste.",
    "es": "Nos complace ofrecerte el puesto.",
    "pt": "Temos o prazer de lhe oferecer a posição.",
    "br": "Temos o prazer de te fazer uma proposta de trabalho.",
    "it": "Siamo lieti di offrirti la posizione.",
    "nl": "We willen je graag een aanbod doen voor de functie.",
    "da": "Vi vil gerne tilbyde dig stillingen.",
    "sv": "Vi vill gärna erbjuda dig tjänsten.",
    "no": "Vi vil gjerne tilby deg stillingen.",
    "pl": "Z przyjemnością przedstawiamy Panu ofertę pracy.",
    "ja": "内定のご連絡です。",
    "ko": "최종 합격을 축하드립니다.",
    "zh": "很高兴通知您，我们决定向您发出录用通知。",
    "zh_t": "很高興通知您，我們決定向您發出錄用通知。",
    "sk": "Radi by sme vám ponúkli pozíciu analytika.",
    "sl": "Z veseljem vam ponujamo delovno mesto analitika.",
    "hr": "Drago nam je ponuditi vam posao analitičara.",
    "bg": "Радваме се да ви изпратим предложение за работа.",
    "hi": "Hum aapko job offer dena chahte hain.",
    "vi": "Chúng tôi xin gửi bạn thư mời nhận việc.",
    "th": "เรายินดีเสนอตำแหน่งนี้ให้คุณ",
    "tl": "Nais naming ialok sa iyo ang posisyon.",
    "is": "Við viljum bjóða þér starfið.",
    "et": "Soovime pakkuda teile ametikohta.",
    "lv": "Vēlamies piedāvāt jums amatu.",
    "lt": "Norime pasiūlyti jums darbo vietą.",
}

BACK = {  # each a return on Monday 1 February 2027, as the writer's country writes it
    "en": "I am out of the office and will be back on 1 February.",
    "de": "Ich bin ab dem 01.02.2027 wieder im Büro.",
    "fr": "Je serai de retour le 1er février.",
    "es": "Estaré de vuelta el 1 de febrero.",
    "pt": "Estarei de volta no dia 01/02.",
    'ca': "Tornaré a l'oficina l'1 de febrer.",
    "it": "Sarò di nuovo in ufficio dal 1 febbraio.",
    "nl": "Vanaf maandag 1 februari ben ik weer terug.",
    "da": "Jeg er tilbage mandag den 1. februar.",
    "sv": "Jag är tillbaka måndag 1 februari.",
    "no": "Jeg er tilbake 1. februar.",
    "fi": "Palaan toimistolle 1. helmikuuta.",
    "is": "Ég kem aftur 1. febrúar.",
    "et": "Olen tagasi 1. veebruaril.",
    "lv": "Atgriezīšos birojā 01.02.2027.",
    "lt": "Grįšiu į biurą 2027-02-01.",
    "pl": "Wracam 1 lutego.",
    "cs": "Vrátím se 1. února.",
    "sk": "Budem späť 1. februára.",
    "sl": "Vrnem se 1. 2. 2027.",
    "hr": "Vraćam se 01.02.2027.",
    "hu": "2027.02.01-től ismét elérhető vagyok.",
    "ro": "Mă întorc pe 1 februarie.",
    "bg": "Връщам се на 01.02.2027.",
    "el": "Επιστρέφω την 1η Φεβρουαρίου.",
    "ru": "Вернусь 1 февраля.",
    "uk": "Повернуся 1 лютого.",
    "tr": "1 Şubat tarihinde ofise döneceğim.",
    "he": "אחזור למשרד ב-01.02.2027.",
    "ar": "سأعود إلى المكتب في 01/02/2027.",
    "id": "Saya akan kembali pada 1 Februari.",
    "vi": "Tôi sẽ quay lại văn phòng vào ngày 01/02/2027.",
    "th": "จะกลับมาทำงานวันที่ 1/2/2027",
    "tl": "Babalik ako sa opisina sa 1 Pebrero.",
    "sw": "Nitarudi ofisini tarehe 01/02/2027.",
    "af": "Ek is terug op 1 Februarie.",
    "ja": "2月1日より出社いたします。",
    "ko": "2월 1일부터 업무에 복귀합니다.",
    "zh": "我将于2月1日起回到办公室。",
    "zh_t": "我將於2月1日起回到辦公室。",
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
    body = f"Hi,\n\n{BACK[lang]}\n\nMarta\n"
    assert back_day(body, SENT, "UTC", dmy=True) == date(2027, 2, 1)


def test_a_day_written_with_spaces_after_its_dots_is_one_sentence() -> None:
    from followup.capture.replies import sentences

    assert sentences("Vrátím se 3. 2. 2027. Děkuji.") == ["Vrátím se 3. 2. 2027.", "Děkuji."]
    assert sentences("Ozveme se do 5. 3. Díky.") == ["Ozveme se do 5. 3.", "Díky."]
    assert sentences("It was step 3. 2027 is next.") == ["It was step 3.", "2027 is next."]


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
    ("Jo - the board signed off after all. If you're still available, our offer stands.", "offer"),
    ("Funding landed this morning, so the offer is back on the table!", "offer"),
    ("If the budget clears, the offer stands.", "reply"),
    ("Sorry it didn't work out this time on the platform side. I gather you're still in the "
     "running with Farida's team, so fingers crossed there!", "rejected"),
    ("Sorry it didn't work out this time. You're still in the running though.", "reply"),
]


@pytest.mark.parametrize(("text", "want"), ENGLISH)
def test_english_wordings_of_the_same_habits(text: str, want: str) -> None:
    assert _outcome(text) == want


PAUSED = {  # the hire paused, no day it comes back: a no
    "de": "Die Stelle wurde leider vorerst auf Eis gelegt.",
    "fr": "Le recrutement pour ce poste est suspendu.",
    "it": "La posizione è stata sospesa.",
    "nl": "De vacature is helaas on hold gezet.",
    "sv": "Tyvärr har rekryteringen pausats.",
    "da": "Desværre er rekrutteringen sat på pause.",
    "no": "Dessverre er rekrutteringen satt på vent.",
    "pl": "Niestety rekrutacja została wstrzymana.",
    "pt": "Infelizmente o processo foi suspenso.",
    "cs": "Bohužel bylo výběrové řízení pozastaveno.",
    "sk": "Žiaľ, výberové konanie bolo pozastavené.",
    "hr": "Nažalost, natječaj je obustavljen.",
    "ru": "К сожалению, вакансия приостановлена.",
    "uk": "На жаль, вакансію призупинено.",
    "fi": "Valitettavasti rekrytointi on keskeytetty.",
    "hu": "Sajnos a toborzást felfüggesztettük.",
    "ro": "Din păcate, procesul de recrutare a fost suspendat.",
    "tr": "Maalesef pozisyon askıya alındı.",
    "el": "Δυστυχώς η διαδικασία πρόσληψης έχει ανασταλεί.",
    "id": "Mohon maaf, proses rekrutmen untuk posisi ini ditunda.",
    "ja": "誠に申し訳ございませんが、本ポジションの採用を見合わせることとなりました。",
    "zh": "很抱歉，该职位的招聘已暂停。",
    "ko": "죄송하지만 해당 포지션의 채용이 보류되었습니다.",
    "es": "Lamentablemente el proceso ha quedado en pausa.",
}

A_TASK_OR_REFERENCES = {  # a task or references as the next step
    "de": "Als nächsten Schritt möchten wir Ihnen eine Fallstudie zusenden.",
    "fr": "Nous aimerions vous proposer un cas pratique.",
    "es": "Como siguiente paso te enviaremos una prueba técnica.",
    "it": "Il prossimo passo è una prova tecnica da svolgere a casa.",
    "nl": "Als volgende stap sturen we je een thuisopdracht.",
    "sv": "Nästa steg är ett arbetsprov.",
    "pl": "Kolejnym etapem jest zadanie rekrutacyjne.",
    "cs": "Dalším krokem je testovací úkol.",
    "ru": "Следующий этап — тестовое задание.",
    "fi": "Seuraavaksi saat ennakkotehtävän.",
    "tr": "Bir sonraki aşama bir vaka çalışması olacak.",
    "ja": "次のステップとして、課題をお送りします。",
    "zh": "下一步请您完成一份笔试。",
    "ko": "다음 단계로 과제 전형이 진행됩니다.",
    "de_ref": "Könnten Sie uns bitte zwei Referenzen nennen?",
    "fr_ref": "Pourriez-vous nous transmettre deux références ?",
    "es_ref": "¿Podrías enviarnos dos referencias?",
}


@pytest.mark.parametrize("lang", sorted(PAUSED))
def test_the_hire_paused_is_a_no_in_every_language(lang: str) -> None:
    assert _outcome(PAUSED[lang]) == "rejected"


@pytest.mark.parametrize("lang", sorted(A_TASK_OR_REFERENCES))
def test_a_task_or_references_is_a_next_round_in_every_language(lang: str) -> None:
    assert _outcome(A_TASK_OR_REFERENCES[lang]) == "next_round"


NOT_PAUSED = [
    "Die Rekrutierung wurde nicht pausiert.",
    "Rekryteringen har pausats till februari.",
    "Rekryteringen har inte pausats.",
    "El proceso está en pausa hasta marzo.",
    "招聘没有暂停。",
    "Wir brauchen keine Referenzen.",
]


@pytest.mark.parametrize("sentence", NOT_PAUSED)
def test_a_pause_denied_or_with_its_day_is_no_outcome(sentence: str) -> None:
    assert _outcome(sentence) not in ("rejected", "next_round", "offer")


def _two_roles() -> list[dict[str, object]]:
    coordinator = {"name": "Tomás Reyes", "email": "tomas.reyes@larkfield.example"}
    return [
        {"id": 1, "company": "Larkfield Energy", "role": "Platform Engineer",
         "interviewers": [{"name": "Ines Vogt", "email": "ines.vogt@larkfield.example"}],
         "coordinator": coordinator,
         "sent": [{"message_id": "<pe-1@mail.example>", "subject": "Platform Engineer",
                   "to": "Ines Vogt <ines.vogt@larkfield.example>"}]},
        {"id": 2, "company": "Larkfield Energy", "role": "Site Reliability Engineer",
         "interviewers": [{"name": "Oskar Lind", "email": "oskar.lind@larkfield.example"}],
         "coordinator": coordinator,
         "sent": [{"message_id": "<sre-2@mail.example>", "subject": "SRE - checking in",
                   "to": "Tomás Reyes <tomas.reyes@larkfield.example>"}]},
    ]


def test_a_role_named_only_to_be_set_aside_leaves_the_thread_its_own() -> None:
    from followup.capture import inbox

    raw = (b"From: Tomas Reyes <tomas.reyes@larkfield.example>\r\n"
           b"To: sam@gmail.com\r\nSubject: Re: SRE - checking in\r\n"
           b"Date: Wed, 20 Jan 2027 10:00:00 +0000\r\nMessage-ID: <r-1@larkfield.example>\r\n"
           b"In-Reply-To: <sre-2@mail.example>\r\nReferences: <sre-2@mail.example>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hi Sam,\r\n\r\nGreat news: Oskar would love to bring you back for a final round "
           b"with the CTO.\r\n\r\nDon't worry about the Platform Engineer process, that's a "
           b"different team - this one is going ahead.\r\n\r\nTomas\r\n")
    got = inbox.evaluate(raw, _two_roles(), frozenset({"sam@gmail.com"}))
    assert (got["app"], got["outcome"]) == (2, "next_round")
