"""Who set the interview up, in every language (issue 23, session 18): the title of whoever
keeps the diary (an assistant to the management, a secretary, an office manager, a recruiter
or a personnel desk) under the letter, and a recruiting team's shared mailbox, by its name or
its address. One invitation written for this test (no fixture copied); its key line put in
each language, the same people expected."""

from __future__ import annotations

import pytest
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.addresses import is_relay
from followup.capture.small_employer import body_not_person, keeps_the_office

ORG = "CN=Halina Varga:mailto:halina.varga@lindqvist-rail.example"
STAFF = ["CN=Oskar Lindqvist:mailto:oskar.lindqvist@lindqvist-rail.example",
         "CN=Mirela Toth:mailto:mirela.toth@lindqvist-rail.example", ME]

# The title the organizer signs with: who keeps the office or the diary, in each language.
OFFICE_TITLES = {
    "en": "Office Manager", "de": "Büroleiterin", "de2": "Vorstandsassistentin",
    "fr": "Assistante de direction", "es": "Asistente de dirección",
    "ca": "Secretària de direcció", "pt": "Assistente de direção",
    "br": "Secretária executiva", "it": "Assistente di direzione",
    "nl": "Management Assistent Directie", "nl2": "Officemanager", "da": "Kontorchef",
    "sv": "Ledningsassistent", "no": "Kontorsjef", "fi": "Johdon assistentti",
    "is": "Skrifstofustjóri", "et": "Juhiabi", "lv": "Biroja vadītāja",
    "lt": "Biuro vadovė", "pl": "Asystentka zarządu", "cs": "asistentka vedení",
    "sk": "Asistentka riaditeľa", "sl": "Poslovna sekretarka", "hr": "Poslovna tajnica",
    "hu": "Ügyvezetői asszisztens", "ro": "Asistent manager", "bg": "Офис мениджър",
    "el": "Γραμματέας", "ru": "Помощник руководителя", "uk": "Офіс-менеджер",
    "tr": "Yönetici Asistanı", "he": "מנהלת משרד", "ar": "مديرة المكتب",
    "hi": "कार्यालय प्रबंधक", "id": "Sekretaris", "ms": "Setiausaha",
    "vi": "Thư ký", "th": "เลขานุการ", "tl": "Kalihim", "sw": "Katibu",
    "af": "Kantoorbestuurder", "ja": "秘書", "ko": "비서", "zh": "行政助理",
    "zh2": "總務",
}


@pytest.mark.parametrize("lang", sorted(OFFICE_TITLES))
def test_the_organizer_who_signs_as_the_office_keeper_set_it_up(lang: str) -> None:
    title = OFFICE_TITLES[lang]
    assert keeps_the_office(title), title
    data = ics("Interview – Signalling Engineer", ORG, STAFF,
               esc("Hello Sam,\n\nThe interview is on the 3rd floor. Please bring your "
                   "certificates.\n\nHalina Varga\n" + title + "\nLindqvist Rail"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], lang
    assert coord is not None and coord[0] == "Halina Varga", lang


def test_a_title_of_the_teams_own_work_still_interviews() -> None:
    data = ics("Interview – Signalling Engineer", ORG, STAFF,
               esc("Hello Sam,\n\nThe interview is on the 3rd floor.\n\nHalina Varga\n"
                   "Head of Signalling\nLindqvist Rail"))
    staff, coord = people_of(data)
    assert "Halina Varga" in [n for n, _ in staff] and coord is None


# A recruiting team's shared mailbox: its local part and its display name, in each language.
TEAM_MAILBOXES = {
    "es": ("Talento", "talento"), "pt": ("Carreiras Lindqvist", "carreiras"),
    "fr": ("Carrières Lindqvist", "carrieres"), "nl": ("Werken bij Lindqvist", "werkenbij"),
    "da": ("Karriere Lindqvist", "karriere"), "sv": ("Jobb Lindqvist", "jobb"),
    "fi": ("Rekry Lindqvist", "rekry"), "is": ("Ráðningar Lindqvist", "radningar"),
    "et": ("Värbamine", "varbamine"), "lv": ("Karjera Lindqvist", "karjera"),
    "lt": ("Atranka", "atranka"), "pl": ("Kariera Lindqvist", "kariera"),
    "cs": ("Kariéra Lindqvist", "kariera"), "sl": ("Zaposlitev", "zaposlitev"),
    "hr": ("Karijera Lindqvist", "karijera"), "hu": ("Karrier Lindqvist", "karrier"),
    "ro": ("Cariere Lindqvist", "cariere"), "tr": ("Kariyer Lindqvist", "kariyer"),
    "id": ("Karir Lindqvist", "karir"), "ms": ("Kerjaya Lindqvist", "kerjaya"),
    "vi": ("Tuyển dụng Lindqvist", "tuyendung"), "sw": ("Ajira Lindqvist", "ajira"),
    "af": ("Werwing Lindqvist", "werwing"), "it": ("Lavora con noi", "lavoraconnoi"),
}


@pytest.mark.parametrize("lang", sorted(TEAM_MAILBOXES))
def test_a_recruiting_teams_mailbox_is_nobody_in_any_language(lang: str) -> None:
    name, local = TEAM_MAILBOXES[lang]
    assert is_relay(f"{local}@lindqvist-rail.example"), local
    data = ics("Interview – Signalling Engineer",
               f"CN={name}:mailto:{local}@lindqvist-rail.example", STAFF,
               esc("Hello Sam,\n\nInterviewers: Oskar Lindqvist, Mirela Toth\n\n"
                   "See you soon."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], lang
    assert coord is None, (lang, coord)


def test_a_persons_name_is_no_teams() -> None:
    for name in ("Bharti Sharma", "Ana Carreras", "Jonas Karlsson", "Ura Tanaka"):
        assert not body_not_person(name), name
    assert not is_relay("hrabal@lindqvist-rail.example")
    assert not is_relay("carrera@lindqvist-rail.example")


# "I invite you on behalf of X, our CTO, to …": the one named is met, the writer set it up.
ON_BEHALF = {
    "en": "I am writing on behalf of Oskar Lindqvist, CTO, to invite you to an interview.",
    "de": "Im Auftrag von Oskar Lindqvist, CTO, lade ich Sie zu einem Gespräch ein.",
    "de2": "Im Namen von Herrn Oskar Lindqvist lade ich Sie herzlich ein.",
    "fr": "Je vous écris au nom de Oskar Lindqvist, CTO, pour vous inviter à un entretien.",
    "fr2": "Je vous contacte de la part de M. Oskar Lindqvist pour un entretien.",
    "es": "Le escribo en nombre de Oskar Lindqvist, CTO, para invitarle a una entrevista.",
    "ca": "T'escric en nom de Oskar Lindqvist, CTO, per convidar-te a una entrevista.",
    "pt": "Escrevo em nome de Oskar Lindqvist, CTO, para o convidar para uma entrevista.",
    "it": "Le scrivo a nome di Oskar Lindqvist, CTO, per invitarla a un colloquio.",
    "it2": "La contatto per conto di Dott. Oskar Lindqvist per un colloquio.",
    "nl": "Hierbij nodig ik je namens Oskar Lindqvist, CTO, uit voor een gesprek.",
    "da": "Jeg skriver på vegne af Oskar Lindqvist, CTO, for at invitere dig til samtale.",
    "no": "Jeg skriver på vegne av Oskar Lindqvist, CTO, og inviterer deg til intervju.",
    "sv": "Jag skriver på uppdrag av Oskar Lindqvist, CTO, och bjuder in dig till intervju.",
    "is": "Ég skrifa fyrir hönd Oskar Lindqvist, CTO, og býð þér í viðtal.",
    "pl": "Piszę w imieniu Oskar Lindqvist, CTO, aby zaprosić Panią na rozmowę.",
    "cs": "Jménem Ing. Oskar Lindqvist Vás zvu na pohovor.",
    "sk": "V mene Ing. Oskar Lindqvist Vás pozývam na pohovor.",
    "sl": "V imenu Oskar Lindqvist, CTO, vas vabim na razgovor.",
    "hr": "U ime Oskar Lindqvist, CTO, pozivam Vas na razgovor.",
    "ro": "Vă scriu în numele lui Oskar Lindqvist, CTO, pentru un interviu.",
    "ru": "Пишу вам от имени Oskar Lindqvist, CTO, чтобы пригласить на собеседование.",
    "uk": "Пишу вам від імені Oskar Lindqvist, CTO, щоб запросити на співбесіду.",
    "bg": "Пиша Ви от името на Oskar Lindqvist, CTO, за да Ви поканя на интервю.",
    "el": "Σας γράφω εκ μέρους του Oskar Lindqvist, CTO, για μια συνέντευξη.",
    "id": "Saya menulis atas nama Oskar Lindqvist, CTO, untuk mengundang Anda wawancara.",
    "ms": "Saya menulis bagi pihak Oskar Lindqvist, CTO, untuk menjemput anda ke temu duga.",
    "vi": "Tôi thay mặt Oskar Lindqvist, CTO, mời bạn tham dự buổi phỏng vấn.",
    "tl": "Sumusulat ako sa ngalan ni Oskar Lindqvist, CTO, para sa isang interview.",
    "sw": "Naandika kwa niaba ya Oskar Lindqvist, CTO, kukualika kwenye usaili.",
    "af": "Ek skryf namens Oskar Lindqvist, CTO, om jou na 'n onderhoud te nooi.",
}


@pytest.mark.parametrize("lang", sorted(ON_BEHALF))
def test_whoever_writes_on_behalf_of_another_set_it_up(lang: str) -> None:
    data = ics("Interview – Signalling Engineer", ORG,
               ["CN=Oskar Lindqvist:mailto:oskar.lindqvist@lindqvist-rail.example", ME],
               esc("Hello Sam,\n\n" + ON_BEHALF[lang] + "\n\nHalina Varga\nLindqvist Rail"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist"], lang
    assert coord is not None and coord[0] == "Halina Varga", lang


# "Scheduled via <tool> on behalf of <firm> by X": the agent after the verb set it up,
# whatever words stand between.
SET_UP_BY = {
    "en": "(Scheduled via Ashby on behalf of Lindqvist Rail by Julia Moss)",
    "en2": "This interview was arranged for the signalling team by Julia Moss.",
    "es": "(Agendado a través de Lever para Lindqvist Rail por Julia Moss)",
    "pt": "Entrevista agendada via Gupy pela Julia Moss.",
    "fr": "Entretien organisé pour l'équipe signalisation par Julia Moss.",
    "de": "Der Termin wurde über unser Portal vereinbart von Julia Moss.",
    "nl": "Ingepland via Recruitee door Julia Moss.",
    "it": "Colloquio pianificato tramite la piattaforma da Julia Moss.",
    "sv": "Intervjun är bokad via vårt system av Julia Moss.",
    "da": "Samtalen er booket via vores system af Julia Moss.",
    "no": "Intervjuet er planlagt i Teams av Julia Moss.",
    "pl": "Rozmowa zaplanowana w Teams przez Julia Moss.",
    "ro": "Interviu programat prin Teams de Julia Moss.",
    "id": "Wawancara dijadwalkan melalui Teams oleh Julia Moss.",
    "vi": "Buổi phỏng vấn được sắp xếp qua Teams bởi Julia Moss.",
}


@pytest.mark.parametrize("lang", sorted(SET_UP_BY))
def test_whoever_the_text_says_booked_it_is_the_coordinator(lang: str) -> None:
    data = ics("Interview – Signalling Engineer",
               "CN=Lindqvist Rail:mailto:no-reply@ashbyhq.com", STAFF,
               esc("Interviewers: Oskar Lindqvist, Mirela Toth\n\n" + SET_UP_BY[lang]))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], lang
    assert coord is not None and coord[0] == "Julia Moss", (lang, coord)


# "You will speak with X and Y", written by the organizer, who is then not met.
MEETS = {
    "en": "You'll be talking with Oskar Lindqvist and Mirela Toth.",
    "da": "Du skal tale med partner Oskar Lindqvist og projektleder Mirela Toth.",
    "no": "Du skal snakke med Oskar Lindqvist og Mirela Toth.",
    "sv": "Du kommer att prata med Oskar Lindqvist och Mirela Toth.",
    "de": "Sie sprechen mit Oskar Lindqvist und Mirela Toth.",
    "fr": "Vous allez échanger avec Oskar Lindqvist et Mirela Toth.",
    "es": "Vas a hablar con Oskar Lindqvist y Mirela Toth.",
    "ca": "Parlaràs amb Oskar Lindqvist i Mirela Toth.",
    "it": "Avrai un colloquio con Oskar Lindqvist e Mirela Toth.",
    "nl": "Je gaat in gesprek met Oskar Lindqvist en Mirela Toth.",
    "pt": "Você irá conversar com Oskar Lindqvist e Mirela Toth.",
    "is": "Þú munt hitta Oskar Lindqvist og Mirela Toth.",
    "lv": "Jūs tiksieties ar Oskar Lindqvist un Mirela Toth.",
    "lt": "Jūs susitiksite su Oskar Lindqvist ir Mirela Toth.",
    "cs": "Budete mluvit s Oskar Lindqvist a Mirela Toth.",
    "sk": "Stretnete sa s Oskar Lindqvist a Mirela Toth.",
    "sl": "Srečali se boste z Oskar Lindqvist in Mirela Toth.",
    "hr": "Razgovarat ćete s Oskar Lindqvist i Mirela Toth.",
    "bg": "Ще се срещнете с Oskar Lindqvist и Mirela Toth.",
    "ru": "Вы встретитесь с Oskar Lindqvist и Mirela Toth.",
    "uk": "Ви зустрінетеся з Oskar Lindqvist і Mirela Toth.",
    "id": "Anda akan bertemu dengan Oskar Lindqvist dan Mirela Toth.",
    "ms": "Anda akan berjumpa dengan Oskar Lindqvist dan Mirela Toth.",
    "vi": "Bạn sẽ gặp Oskar Lindqvist và Mirela Toth.",
    "tl": "Makakausap mo sina Oskar Lindqvist at Mirela Toth.",
    "sw": "Utakutana na Oskar Lindqvist na Mirela Toth.",
    "af": "Jy sal met Oskar Lindqvist en Mirela Toth gesels.",
}


@pytest.mark.parametrize("lang", sorted(MEETS))
def test_whom_the_writer_says_you_will_speak_with_is_met_and_the_writer_is_not(lang: str) -> None:
    data = ics("Interview – Signalling Engineer", ORG, STAFF,
               esc("Hello Sam,\n\n" + MEETS[lang] + "\n\nHalina Varga\nLindqvist Rail"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], lang
    assert coord is not None and coord[0] == "Halina Varga", (lang, coord)


# "If you need to reschedule, contact X": X set it up.
RESCHEDULE = {
    "en": "If you need to reschedule, please contact Julia Moss.",
    "de": "Falls Sie den Termin verlegen müssen, melden Sie sich bitte bei Julia Moss.",
    "fr": "En cas d'empêchement, prévenez Julia Moss.",
    "es": "Si tienes algún imprevisto, comunícate con Julia Moss.",
    "pt": "Se precisar reagendar, entre em contato com Julia Moss.",
    "it": "In caso di imprevisti, contatta Julia Moss.",
    "nl": "Wil je het gesprek verzetten? Neem dan contact op met Julia Moss.".replace("? N", ", n"),
    "da": "Hvis du bliver forhindret, så giv besked til Julia Moss.",
    "sv": "Behöver du boka om, hör av dig till Julia Moss.",
    "no": "Om du må endre tidspunkt, ta kontakt med Julia Moss.",
    "fi": "Jos haluat siirtää aikaa, ota yhteyttä Julia Moss.",
    "pl": "Jeśli musisz przełożyć rozmowę, skontaktuj się z Julia Moss.",
    "cs": "Pokud potřebujete termín přesunout, kontaktujte Julia Moss.",
    "hr": "Ako trebate promijeniti termin, javite se Julia Moss.",
    "ro": "Dacă trebuie să reprogramăm, contactați Julia Moss.",
    "ru": "Если нужно перенести встречу, свяжитесь с Julia Moss.",
    "uk": "Якщо потрібно перенести зустріч, зв'яжіться з Julia Moss.",
    "id": "Jika perlu menjadwalkan ulang, hubungi Julia Moss.",
    "vi": "Nếu cần dời lịch, vui lòng liên hệ với Julia Moss.",
    "sw": "Ukihitaji kuahirisha, wasiliana na Julia Moss.",
    "af": "As jy moet herskeduleer, kontak Julia Moss.",
}


@pytest.mark.parametrize("lang", sorted(RESCHEDULE))
def test_whom_the_candidate_is_sent_to_about_changes_is_the_coordinator(lang: str) -> None:
    data = ics("Interview – Signalling Engineer",
               "CN=Lindqvist Rail:mailto:no-reply@ashbyhq.com",
               [*STAFF, "CN=Julia Moss:mailto:julia.moss@lindqvist-rail.example"],
               esc("Hello Sam,\n\nThe interview is on the 3rd floor. " + RESCHEDULE[lang]))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], (lang, staff)
    assert coord is not None and coord[0] == "Julia Moss", (lang, coord)


# The writer says they coordinate the process: they set it up, the others interview.
COORDINATES = {
    "en": "I'm coordinating your interviews for this role.",
    "de": "Ich koordiniere den Bewerbungsprozess.",
    "fr": "Je coordonne le recrutement pour ce poste.",
    "es": "Coordino el proceso de selección.",
    "pt": "Eu coordeno o processo seletivo.",
    "it": "Coordino i colloqui per questa posizione.",
    "nl": "Ik coördineer de sollicitatieprocedure.",
    "da": "Jeg koordinerer rekrutteringen.",
    "sv": "Jag samordnar rekryteringen.",
    "pl": "Koordynuję proces rekrutacji.",
    "cs": "Koordinuji celý nábor.",
    "hr": "Koordiniram proces zapošljavanja.",
    "ro": "Coordonez procesul de recrutare.",
    "ru": "Я координирую процесс подбора.",
    "uk": "Я координую процес відбору.",
    "id": "Saya mengoordinasikan proses rekrutmen.",
    "vi": "Tôi điều phối quy trình tuyển dụng.",
}


@pytest.mark.parametrize("lang", sorted(COORDINATES))
def test_the_writer_who_says_they_coordinate_the_process_set_it_up(lang: str) -> None:
    data = ics("Interview – Signalling Engineer", ORG, STAFF,
               esc("Hello Sam,\n\n" + COORDINATES[lang] + "\n\nHalina Varga\nLindqvist Rail"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Oskar Lindqvist", "Mirela Toth"], (lang, staff)
    assert coord is not None and coord[0] == "Halina Varga", (lang, coord)
