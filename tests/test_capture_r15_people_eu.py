"""Who is who in invitations written in continental Europe, Latin America and Asia (issue 23,
session 15): each habit on an invitation written for this test, with names, companies and
wordings of its own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from tests.test_capture_people import OWN, ics
from tests.test_capture_people_rules import esc

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

ME = "CN=Sam Candidate:mailto:sam@gmail.com"
Pair = tuple[str, str | None]


def people_of(data: bytes) -> tuple[list[Pair], Pair | None]:
    p = propose(read(data, "UTC")[0], OWN, Known((), {}))
    coord = (p.coordinator.name, p.coordinator.email) if p.coordinator else None
    return [(x.name, x.email) for x in p.interviewers], coord


def names_of(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def eml(sender: str, calendar: bytes, body: str, reply_to: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Candidate <sam@gmail.com>", "Invite"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body)
    msg.add_attachment(calendar, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_the_person_a_hiring_systems_mail_answers_to_is_the_coordinator() -> None:
    cal = ics("Tallinna Tarkvara – Onsite", "CN=Tallinna Tarkvara:mailto:noreply@ashbyhq.com",
              [ME, "CN=Mart Kask:mailto:mart.kask@tarkvara.example"],
              esc("Who: Mart Kask (Engineering Lead)"))
    body = ("Hi Sam,\n\nYour onsite is confirmed.\nWho: Mart Kask (Engineering Lead)\n\n"
            "Cheers,\nLiis from the people team")
    data = eml("Tallinna Tarkvara <noreply@ashbyhq.com>", cal, body,
               reply_to="Liis Tamm <liis.tamm@tarkvara.example>")
    staff, coord = people_of(data)
    assert staff == [("Mart Kask", "mart.kask@tarkvara.example")]
    assert coord == ("Liis Tamm", "liis.tamm@tarkvara.example")


def test_the_name_on_a_systems_sender_names_the_address_it_answers_to() -> None:
    cal = ics("Interview", "CN=Brava:mailto:no-reply@ashbyhq.com",
              [ME, "CN=Oren Levi:mailto:oren@brava.example"], esc("Who: Oren Levi (CTO)"))
    data = eml('"Dana Shapiro (via Ashby)" <no-reply@ashbyhq.com>', cal,
               "Who: Oren Levi (CTO)\n\nAny questions? Ask Dana at dana@brava.example.",
               reply_to="dana@brava.example")
    assert people_of(data)[1] == ("Dana Shapiro", "dana@brava.example")


def test_a_team_mailbox_behind_a_system_is_no_coordinator() -> None:
    cal = ics("Interview", "CN=Brava:mailto:no-reply@ashbyhq.com",
              [ME, "CN=Oren Levi:mailto:oren@brava.example"], esc("Who: Oren Levi (CTO)"))
    data = eml("Brava <no-reply@ashbyhq.com>", cal,
               "Who: Oren Levi (CTO)\n\nSee our careers page.", reply_to="careers@brava.example")
    assert people_of(data)[1] is None


@pytest.mark.parametrize("label", ["Estarán contigo:", "Haastattelijat:", "Beobachter:",
                                   "Partners on panel:", "Intervjuare:"])
def test_who_will_be_with_you_or_watch_is_a_list_of_the_interviewers(label: str) -> None:
    data = ics("Entrevista – Analista", "CN=Nuria Soler:mailto:nuria.soler@olivar.example",
               [ME], esc(f"Hola Sam,\n\n{label} Tomás Aranda (Jefe de Planta), Greta Lind "
                         "(Personalentwicklung)\n\nUn saludo,\nNuria Soler\nSelección y "
                         "Desarrollo"))
    staff, coord = names_of(data)
    assert staff == ["Tomás Aranda", "Greta Lind"]
    assert coord == "Nuria Soler"


@pytest.mark.parametrize(("written", "name"), [
    ("Khun Pimchanok Saetang", "Pimchanok Saetang"), ("คุณวิภา ทองดี", "วิภา ทองดี"),
    ("Ibu Ratna Sari", "Ratna Sari"),
])
def test_a_courtesy_title_of_south_east_asia_is_not_the_name(written: str, name: str) -> None:
    data = ics("Interview – Agronomist", "CN=Talent:mailto:talent@rubberleaf.example", [ME],
               esc(f"Interviewer(s): {written}"))
    assert names_of(data)[0] == [name]


def test_letters_after_a_name_before_another_name_are_credentials() -> None:
    data = ics("Interview – Trainee Solicitor", "CN=Ama Owusu:mailto:ama@owusu-law.example",
               [ME], esc("Partners on panel: Mr. Kwabena Mensah SAN and Mrs. Efua Boateng. "
                         "Kindly call Ama on arrival to rearrange."))
    assert names_of(data) == (["Kwabena Mensah", "Efua Boateng"], "Ama Owusu")


def test_a_closing_slot_in_french_with_talent_acquisition_is_the_coordinators() -> None:
    data = ics("Entretiens – Acheteur", "CN=:mailto:no-reply@greenhouse.io", [ME],
               esc("9h00 – 9h45 : Lucie Garnier, Directrice Achats\n"
                   "9h45 – 10h00 : Échange de clôture avec Paul Roussel (Talent Acquisition)"))
    assert names_of(data) == (["Lucie Garnier"], "Paul Roussel")


def test_someone_of_the_people_team_who_joins_to_tell_next_steps_sets_it_up() -> None:
    data = ics("Entrevista – Analista", "CN=Equipo de Personas:mailto:personas@cobre.example",
               [ME, "CN=Ana Vidal:mailto:avidal@cobre.example"],
               esc("Te entrevistará Ana Vidal, Jefa de Finanzas. Antes de terminar se unirá "
                   "Diego Rojas (Personas) para contarte los próximos pasos."))
    assert names_of(data) == (["Ana Vidal"], "Diego Rojas")


def test_a_management_assistant_who_forwards_the_invitation_sets_it_up() -> None:
    data = ics("Gesprek Planner", "CN=Joost Kramer:mailto:joost.kramer@veerhaven.example",
               [ME, "CN=Femke Smit:mailto:femke.smit@veerhaven.example"],
               esc("Hieronder de uitnodiging van Joost.\n\nGroet,\nFemke Smit\n"
                   "Management Assistant\nVeerhaven"))
    assert names_of(data)[1] == "Femke Smit"


def test_a_relative_the_writer_says_will_be_there_too_is_an_interviewer() -> None:
    data = ics("Colloquio", "CN=Bruno Ferri:mailto:bruno@ferri-legno.example", [ME],
               esc("Ciao Sam,\nti aspetto in bottega. Ci sarà anche mio figlio Matteo, che "
                   "segue i clienti.\n\nBruno"))
    assert names_of(data)[0] == ["Bruno Ferri", "Matteo"]


def test_a_title_before_words_under_a_singular_label_is_the_one_persons() -> None:
    data = ics("Entrevista – Jefe de Tienda", "CN=:mailto:seleccion@almacenes-yaku.example",
               [ME], esc("Entrevistador: Carlos Mamani Quispe, Gerente Zonal Cusco\n\n"
                         "Atentamente,\nGestión del Talento – Almacenes Yaku"))
    assert names_of(data) == (["Carlos Mamani Quispe"], None)


def test_the_jobs_own_line_names_no_one() -> None:
    data = ics("Entrevista – Verdeluz", "CN=Recrutamento:mailto:recrutamento@verdeluz.example",
               [ME, "CN=Paula Reis:mailto:paula.reis@verdeluz.example"],
               esc("Vaga: Analista de Dados Sênior – Logística\nEntrevistadora: Paula Reis "
                   "(Head de Dados)"))
    assert names_of(data) == (["Paula Reis"], None)


def test_a_tool_a_slot_is_held_in_is_no_one() -> None:
    data = ics("Interview", "CN=Kite Recruiting:mailto:scheduling@kite.example", [ME],
               esc("10:00-10:45 Pairing (CoderPad Sandbox) - Meera Nair\n"
                   "10:45-11:30 System design - Vikram Rao"))
    assert names_of(data)[0] == ["Meera Nair", "Vikram Rao"]


def test_who_is_told_about_the_journey_is_the_coordinator_and_who_also_attends_is_in_it() -> None:
    data = ics("Interview: Quality Lead", "CN=Nasrin Akter:mailto:nasrin@padmaknit.example",
               [ME, "CN=Kamal Hossain:mailto:kamal.hossain@padmaknit.example",
                "CN=Tanvir Rahman:mailto:tanvir.rahman@padmaknit.example"],
               esc("Dear Sam,\nI am sending this invitation for your interview. Mr. Kamal "
                   "Hossain, Head of HR, will also attend.\n\nTransport from Mirpur can be "
                   "arranged - please let Tanvir know by Monday.\n\nRegards,\nNasrin Akter\n"
                   "General Manager - Quality"))
    staff, coord = names_of(data)
    assert sorted(staff) == ["Kamal Hossain", "Nasrin Akter"] and coord == "Tanvir Rahman"


def test_a_short_name_with_the_whole_name_beside_it_is_the_whole_name() -> None:
    data = ics("Interview - Branch Supervisor", "CN=:mailto:jobs@kalamansi.example", [ME],
               esc("Ask the guard for Ma'am Lyn (Rosalyn Bautista, HR). Sir Jun Reyes "
                   "(Branch Head) will interview you."))
    assert names_of(data) == (["Jun Reyes"], "Rosalyn Bautista")


def test_who_from_recruiting_asked_the_writer_to_set_it_up_is_the_coordinator() -> None:
    data = ics("Sam <> Orbit | Data Engineer", "CN=Kiran Das:mailto:kiran.das@orbit.example",
               ["CN=Kiran Das:mailto:kiran.das@orbit.example", ME],
               esc("Hi Sam, Wei Lin from our recruiting team asked me to set this up - here's "
                   "our first chat.\n\nCheers,\nKiran"))
    assert names_of(data) == (["Kiran Das"], "Wei Lin")


def test_the_one_to_contact_after_the_recruiting_desk_in_japanese_is_the_coordinator() -> None:
    data = ics("【一次面接】データエンジニア", "CN=採用:mailto:recruit@kitsune.example", [ME],
               esc("面接官：技術部 高橋 誠、小林 舞\n\n"
                   "ご不明点は採用担当 伊藤 までご連絡ください。"))
    assert names_of(data) == (["高橋 誠", "小林 舞"], "伊藤")


@pytest.mark.parametrize(("line", "staff"), [
    ("Aanwezig: Eva Jansen (HR) en Daan de Vries (Teamleider)", ["Eva Jansen", "Daan de Vries"]),
    ("Deltagere: Mette Hansen (HR) og Lars Nielsen (Teamleder)", ["Mette Hansen", "Lars Nielsen"]),
    ("Osallistujat: Aino Virtanen (HR) ja Ville Heikkinen (tiiminvetäjä)",
     ["Aino Virtanen", "Ville Heikkinen"]),
    ("Rozmówcy: Pani Anna Kowalska (HR) oraz Pani Ewa Nowak (Kierownik IT)",
     ["Anna Kowalska", "Ewa Nowak"]),
    ("Pewawancara: Bapak Budi Santoso dan Ibu Sri Wahyuni", ["Budi Santoso", "Sri Wahyuni"]),
    ("Người phỏng vấn: Ông Nguyễn Văn An, Bà Trần Thị Mai", ["Nguyễn Văn An", "Trần Thị Mai"]),
    ("Görüşmeciler: Ayşe Yılmaz Hanım ve Mehmet Demir Bey", ["Ayşe Yılmaz", "Mehmet Demir"]),
    ("Entrevistadores: Lic. María López (Gerente de RRHH), Mtro. Juan Pérez (Jefe de Planta)",
     ["María López", "Juan Pérez"]),
    ("Saranno presenti: Giulia Neri e Marco Bassi", ["Giulia Neri", "Marco Bassi"]),
])
def test_who_will_be_there_in_more_languages_with_their_courtesy_titles_aside(
        line: str, staff: list[str]) -> None:
    data = ics("Interview – Analyst", "CN=Jobs:mailto:jobs@vesta-corp.example", [ME],
               esc(f"Hello Sam,\n\n{line}\n\nBest regards"))
    assert names_of(data) == (staff, None)


@pytest.mark.parametrize("line", [
    "You'll meet Tom Hardy (Head of Data). Towards the end, Priya Shah (HR) will join to walk "
    "you through next steps.",
    "Sie sprechen mit Tom Hardy (Teamleiter). Zum Schluss kommt Priya Shah (HR) dazu und "
    "erklärt die nächsten Schritte.",
])
def test_who_joins_at_the_end_for_the_next_steps_sets_it_up(line: str) -> None:
    data = ics("Interview – Analyst", "CN=Jobs:mailto:jobs@vesta-corp.example", [ME],
               esc(f"Hello Sam,\n\n{line}\n\nBest regards"))
    assert names_of(data) == (["Tom Hardy"], "Priya Shah")


def test_who_from_recruiting_asked_for_the_call_in_spanish_set_it_up() -> None:
    data = ics("Llamada – Analista", "CN=Carlos Vega:mailto:carlos.vega@vesta-corp.example",
               [ME], esc("Hola Sam, Lucía Romero del equipo de Talento me pidió que organizara "
                         "esta llamada.\n\nSaludos,\nCarlos Vega"))
    assert names_of(data) == (["Carlos Vega"], "Lucía Romero")


@pytest.mark.parametrize("line", [
    "Bei Fragen wenden Sie sich gerne an Laura Schmidt.",
    "Pour toute question, contactez Laura Schmidt.",
    "Cualquier duda, escríbele a Laura Schmidt.",
    "Dúvidas? Fale com a Laura Schmidt.",
    "Per qualsiasi domanda puoi contattare Laura Schmidt.",
    "Vragen? Neem contact op met Laura Schmidt.",
    "Any questions, please reach out to Laura Schmidt.",
])
def test_whom_the_candidate_is_told_to_write_to_with_questions_is_the_coordinator(
        line: str) -> None:
    data = ics("Interview – Analyst", "CN=Karriere:mailto:karriere@nordlicht.example",
               [ME, "CN=Jonas Keller:mailto:jonas.keller@nordlicht.example"],
               esc(f"Hallo Sam,\n\nInterviewer: Jonas Keller (Teamleiter)\n\n{line}"))
    assert names_of(data) == (["Jonas Keller"], "Laura Schmidt")


@pytest.mark.parametrize("line", [
    "Participarán de la entrevista: Ana Ruiz y Luis Paz.",
    "Il colloquio sarà condotto da Ana Ruiz e Luis Paz.",
    "Het gesprek wordt gevoerd door Ana Ruiz en Luis Paz.",
    "Intervjun hålls av Ana Ruiz och Luis Paz.",
    "Haastattelijoina toimivat Ana Ruiz ja Luis Paz.",
    "Rozmowę przeprowadzą Ana Ruiz i Luis Paz.",
    "Das Gespräch führen Ana Ruiz und Luis Paz.",
    "A entrevista será conduzida por Ana Ruiz e Luis Paz.",
    "L'entretien sera mené par Ana Ruiz et Luis Paz.",
    "Anda akan diwawancarai oleh Ana Ruiz dan Luis Paz.",
])
def test_a_sentence_that_says_who_conducts_it_names_the_interviewers(line: str) -> None:
    data = ics("Entrevista – Analista", "CN=Talento:mailto:talento@brisa-andina.example",
               [ME], esc(f"Hola Sam,\n\n{line}"))
    assert names_of(data) == (["Ana Ruiz", "Luis Paz"], None)


@pytest.mark.parametrize("line", [
    "Te entrevistará Jonas Keller (Director). Marta Solís te recibirá en la recepción.",
    "Sie sprechen mit Jonas Keller (Direktor). Marta Solís holt Sie am Empfang ab.",
    "Vous rencontrerez Jonas Keller (Directeur). Marta Solís vous accueillera à l'accueil.",
    "Vai conversar com Jonas Keller (Diretor). A Marta Solís vai recebê-lo na receção.",
    "Incontrerai Jonas Keller (Direttore). Marta Solís ti accoglierà in reception.",
    "Je spreekt met Jonas Keller (Directeur). Marta Solís haalt je op bij de receptie.",
    "Du träffar Jonas Keller (chef). Marta Solís möter dig i receptionen.",
])
def test_who_greets_the_candidate_at_reception_in_other_languages_sets_it_up(line: str) -> None:
    data = ics("Interview – Analyst", "CN=Jobs:mailto:jobs@ostwind.example",
               [ME, "CN=Jonas Keller:mailto:jonas.keller@ostwind.example",
                "CN=Marta Solís:mailto:marta.solis@ostwind.example"], esc(f"Hola Sam,\n\n{line}"))
    assert names_of(data) == (["Jonas Keller"], "Marta Solís")


@pytest.mark.parametrize("title", ["Assistente Executiva", "Directiesecretaresse",
                                   "Personalkonsulent", "HRBP", "Gente y Gestión",
                                   "Selección y Desarrollo"])
def test_a_signer_of_recruitings_or_the_offices_desk_off_the_list_sets_it_up(title: str) -> None:
    data = ics("Entrevista – Analista", "CN=Marta Solís:mailto:marta.solis@ostwind.example",
               [ME, "CN=Jonas Keller:mailto:jonas.keller@ostwind.example"],
               esc(f"Hola Sam,\n\nEntrevistador: Jonas Keller (Director)\n\nUn saludo,\n"
                   f"Marta Solís\n{title}"))
    assert names_of(data) == (["Jonas Keller"], "Marta Solís")


@pytest.mark.parametrize(("organizer", "text", "staff", "coord"), [
    ("CN=招聘:mailto:hr@longteng.example", "面试官：张伟（技术总监）、李娜（产品经理）\n\n"
     "如有疑问，请联系HR 王芳。", ["张伟", "李娜"], "王芳"),
    ("CN=채용:mailto:recruit@hanbit.example", "면접관: 김민수 팀장, 이지은 매니저\n\n"
     "문의사항은 인사팀 박서연 매니저에게 연락 주세요.", ["김민수", "이지은"], "박서연"),
    ("CN=採用:mailto:saiyo@kaede.example", "面接官：開発部 佐藤 健、鈴木 愛\n\n採用担当：中村 美咲",
     ["佐藤 健", "鈴木 愛"], "中村 美咲"),
    ("CN=HR:mailto:hr@anatolia.example", "Görüşmeciler: Ayşe Yılmaz (IT Müdürü)\n"
     "İletişim: Elif Kaya (İK Uzmanı)", ["Ayşe Yılmaz"], "Elif Kaya"),
])
def test_the_contact_in_asian_and_turkish_invitations_is_the_coordinator_not_the_mailbox(
        organizer: str, text: str, staff: list[str], coord: str) -> None:
    assert names_of(ics("Interview", organizer, [ME], esc(text))) == (staff, coord)


@pytest.mark.parametrize("line", ["Agendado por: Marta Solís", "Organizado por Marta Solís",
                                  "Organisé par Marta Solís", "Ingepland door Marta Solís",
                                  "Coordinadora: Marta Solís"])
def test_who_scheduled_it_in_other_languages_is_the_coordinator(line: str) -> None:
    data = ics("Interview – Analyst", "CN=Jobs:mailto:jobs@ostwind.example",
               [ME, "CN=Jonas Keller:mailto:jonas.keller@ostwind.example"],
               esc(f"Hola Sam,\n\nEntrevistador: Jonas Keller (Director)\n{line}"))
    assert names_of(data) == (["Jonas Keller"], "Marta Solís")
