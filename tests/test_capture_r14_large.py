"""Large organisations, public bodies and the agencies booking for them (issue 23, session
14): a selection committee listed by its seats, its clerk who keeps the minutes, an office's
mailbox, a no-reply sender whose words sit anywhere in its name, a delegate who signs with
the given name, an agency's client named beside the recruiter or in the event's name. Each
invitation is written for this test in another wording, country or system than the
development files (none is copied from people_dev46 or people_dev44)."""

from __future__ import annotations

from email.message import EmailMessage

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.addresses import is_relay, service
from followup.capture.employer import plausible
from followup.capture.invitations import read
from followup.capture.mentions import mentions
from followup.capture.propose import Known, propose

OWN = frozenset({"sam@gmail.com"})


def company_of(data: bytes) -> str:
    return propose(read(data, "UTC")[0], OWN, Known((), {})).company.value


def eml(sender: str, calendar: bytes, body: str = "", reply_to: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Candidate <sam@gmail.com>", "Invite"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body or "See the invitation.")
    msg.add_attachment(calendar, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_a_no_reply_mailbox_is_nobody_wherever_its_words_sit() -> None:
    for address in ("hrnoreply@brightmoor.example", "acme-careers-noreply@brightmoor.example",
                    "jobs.donotreply@brightmoor.example"):
        assert is_relay(address), address
    assert not is_relay("noreen.reply@brightmoor.example")


def test_a_service_on_the_stand_in_domain_is_the_service() -> None:
    assert service("myworkday.example") and service("wd3.myworkday.example")
    assert service("hire.lever.example") and service("icims.example")
    assert not service("workdayfoods.example") and not service("brightmoor.example")


def test_a_committee_listed_by_its_seats_and_its_clerk() -> None:
    data = ics("Colloquio – Funzionario Amministrativo", "CN=Ufficio Personale:mailto:"
               "personale@comune-valbruna.example", [ME],
               esc("Gentile candidato,\n\nCommissione giudicatrice:\n"
                   "Presidente: Dott.ssa Elena Bortolan, Dirigente Area Finanziaria\n"
                   "Componente: Marco Dal Zotto\n"
                   "Segretario verbalizzante: Sara Pivato, Servizio Personale\n\n"
                   "Comune di Valbruna – Servizio Personale"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dott.ssa Elena Bortolan", "Marco Dal Zotto"]
    assert coord is not None and coord[0] == "Sara Pivato"


def test_a_member_who_keeps_the_minutes_organises() -> None:
    data = ics("Auswahlgespräch Sachbearbeitung", "CN=\"Brenner, Ute\":mailto:"
               "ute.brenner@kreis-hollental.example",
               ["CN=\"Brenner, Ute\":mailto:ute.brenner@kreis-hollental.example", ME,
                "CN=\"Falk, Jonas\":mailto:jonas.falk@kreis-hollental.example"],
               esc("Guten Tag,\n\nTeilnehmende:\n- Jonas Falk, Fachbereichsleiter\n"
                   "- Ute Brenner, Personalamt (Protokoll)\n\nMit freundlichen Grüßen\n"
                   "i. A.\n\nUte Brenner"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Jonas Falk"]
    assert coord is not None and coord[1] == "ute.brenner@kreis-hollental.example"


def test_a_seat_before_the_title_in_brackets() -> None:
    found = mentions("Selection panel:\nHana Ito (Chair), Dean, Faculty of Law\n"
                     "Priya Raman, Senior Lecturer")
    assert [(m.name, m.title) for m in found] == [
        ("Hana Ito", "Chair, Dean, Faculty of Law"), ("Priya Raman", "Senior Lecturer")]


def test_a_contact_with_a_phone_number_after_the_video_block_is_read() -> None:
    data = ics("Panel interview – Research Fellow", "CN=Recruitment Zoom:mailto:"
               "rec-zoom@uni-kestrel.example", [ME],
               esc("Join Zoom Meeting\nhttps://zoom.example/j/123\n\nMeeting ID: 123 456\n\n"
                   "Interview panel:\nOwen Baird, Professor\n\nFor anything practical your "
                   "contact is Mele Tupou, HR Officer, mele.tupou@uni-kestrel.example, "
                   "+61 2 5550 1234."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Owen Baird"]
    assert coord is not None and coord[0] == "Mele Tupou"


def test_an_office_mailbox_is_no_interviewer() -> None:
    data = ics("Entrevista – Analista de Sistemas", "CN=Secretaria RH Vale Norte:mailto:"
               "secretaria.rh.valenorte@gmail.com", [ME],
               esc("Banca examinadora:\nJoão Pedro Matos (presidente)\nLuana Ferraz\n\n"
                   "Atenciosamente,\nSecretaria de RH"))
    staff, _ = people_of(data)
    assert [n for n, _ in staff] == ["João Pedro Matos", "Luana Ferraz"]


def test_a_thing_named_with_its_article_or_a_unit_after_a_job_is_nobody() -> None:
    assert mentions("Criteria: Changing and Improving, Seeing the Big Picture.") == []
    found = mentions("Confirmamos la entrevista para Jefa de Tesorería Corporativa (Madrid).")
    assert found == []


def test_a_delegate_who_signs_with_the_given_name_has_the_sent_by_address() -> None:
    data = ics("Sam Candidate / Ahmed Karim – Head of Credit",
               "CN=\"Karim, Ahmed\";SENT-BY=\"mailto:wanjiru.kamau@lakeside-bank.example\":"
               "mailto:ahmed.karim@lakeside-bank.example",
               [ME], esc("Dear Sam,\n\nOn behalf of Ahmed, please find the invitation.\n\n"
                         "Kind regards,\nWanjiru\nPersonal Assistant to Ahmed Karim"))
    staff, coord = people_of(data)
    assert [e for _, e in staff] == ["ahmed.karim@lakeside-bank.example"]
    assert coord is not None and coord[1] == "wanjiru.kamau@lakeside-bank.example"


def test_an_rpo_recruiter_sends_under_the_clients_name() -> None:
    cal = ics("Screening call: Sam Candidate - Director of Nursing",
              "CN=Tomasz Wrona:mailto:tomasz.wrona@peoplebridge-rpo.example", [ME],
              esc("Screening call with Tomasz Wrona (PeopleBridge RPO) for Director of "
                  "Nursing."))
    data = eml("Tomasz Wrona - Northvale Children's Hospital <notifications@jobvite.com>",
               cal, reply_to="tomasz.wrona@peoplebridge-rpo.example")
    assert company_of(data) == "Northvale Children's Hospital"


def test_an_agency_names_its_client_in_the_events_name() -> None:
    data = ics("Sam Candidate and Priya Anand",
               "CN=Priya Anand:mailto:priya.anand@meridianpeople.example", [ME],
               esc("Event Name: 20 Minute Call - Treasury Analyst (Coastline Building "
                   "Society)\n\nPriya Anand | Consultant | Meridian People Recruitment Ltd"))
    assert company_of(data) == "Coastline Building Society"


def test_a_relays_company_name_beats_the_job_in_the_title() -> None:
    cal = ics("Interview: Pricing Actuary (88123)", "mailto:tvb-careers-noreply@taleo.net",
              [ME], esc("Technical interview.\nHead office, Durban."))
    data = eml("Tugela Valley Insurance <tvb-careers-noreply@taleo.net>", cal)
    assert company_of(data).startswith("Tugela Valley Insurance")


def test_a_brand_the_panels_titles_name_is_no_person() -> None:
    data = ics("Onsite – Head of Guest Experience", "CN=Rhea Sato:mailto:rhea.sato@"
               "orla-hotels.example", [ME],
               esc("Who you'll meet: Dara Quinn (VP Operations, Saltmarsh Inns & Kelp House)"
                   "\n\nOrla Hotels runs Saltmarsh Inns, Kelp House and Driftwood Lodges."
                   "\nCoordinator: Rhea Sato, Recruiting Coordinator"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Dara Quinn"]
    assert coord is not None and coord[0] == "Rhea Sato"


def test_a_public_bodys_name_under_the_signature_is_no_person() -> None:
    data = ics("Vorstellungsgespräch Sachbearbeitung Bauamt", "CN=\"Roth, Anja\":mailto:"
               "anja.roth@gemeinde-tannau.example",
               [ME, "CN=\"Wolf, Peter\":mailto:peter.wolf@gemeinde-tannau.example"],
               esc("Guten Tag,\n\nIhr Gesprächspartner: Peter Wolf, Bauamtsleiter\n\n"
                   "Mit freundlichen Grüßen\nAnja Roth\nLandkreis Tannau\n"
                   "Fachdienst Personal - Sachgebiet Stellenbesetzung"))
    staff, coord = people_of(data)
    assert "Peter Wolf" in [n for n, _ in staff]
    assert "Landkreis Tannau" not in [n for n, _ in staff] + [coord[0] if coord else ""]


def test_you_will_meet_in_another_language_lists_the_interviewers() -> None:
    data = ics("Intervju – Controller – Borås Energi", "CN=Elin Berg:mailto:elin.berg@"
               "borasenergi.example", [ME],
               esc("Hej Sam!\n\nDu träffar:\nElin Berg, rekryterare\nNils Holm, ekonomichef\n\n"
                   "Vänliga hälsningar\nElin Berg"))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Elin Berg", "Nils Holm"] and coord is None


def test_write_to_someone_to_change_the_appointment_in_spanish() -> None:
    data = ics("Entrevista: Jefe de Almacén | Distribuciones Ebro",
               "mailto:noreply@smartrecruiters.com",
               [ME, "CN=Pilar Gaspar:mailto:pgaspar@distebro.example"],
               esc("Hola Sam:\n\nTe entrevistará:\n- Pilar Gaspar, Directora de Logística\n\n"
                   "Si necesitas cambiar el día, escribe a Óscar Lafuente "
                   "(oscar.lafuente@distebro.example)."))
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Pilar Gaspar"]
    assert coord == ("Óscar Lafuente", "oscar.lafuente@distebro.example")


def test_the_addressee_with_an_honorific_is_no_company_and_a_cjk_title_piece_is() -> None:
    data = ics("【北斗精機】一次面接のご案内",
               "CN=佐々木 瞳:mailto:sasaki.hitomi@hokuto-seiki.example",
               [ME, "CN=山田 太郎:mailto:yamada.taro@hokuto-seiki.example"],
               esc("Sam Candidate 様\n\n北斗精機 人事部の佐々木です。\n面接官：山田 太郎"))
    assert company_of(data) in ("北斗精機", "Hokuto Seiki")
    assert plausible("한결물산", ()) and not plausible("Sam Candidate 様", ())
    assert not plausible("김민준 님", ())


def test_a_list_field_ends_with_its_sentence() -> None:
    found = mentions("Interviewing: Ruth Okonjo (Partner) and Lior Ben-Ami (Associate). "
                     "Freya Moss (Calder Search) will open the call and admit you, then leave.")
    assert [(m.name, m.context) for m in found] == [
        ("Ruth Okonjo", "interviewers"), ("Lior Ben-Ami", "interviewers"),
        ("Freya Moss", "coordinator")]


def test_whom_the_title_says_one_meets_is_a_person() -> None:
    cal = ics("Meeting with Chief Nursing Officer - Kaveri Hospitals",
              "CN=Divya Rao:mailto:divya.rao@kaverihospitals.example", [ME])
    data = eml("Divya Rao <divya.rao@kaverihospitals.example>", cal,
               body="Dear Sam,\n\nConfirming your meeting with our Chief Nursing Officer "
                    "Ms Lakshmi Menon on Friday at 10 am.\n\nRegards,\nDivya Rao\nHR Manager")
    staff, coord = people_of(data)
    assert [n for n, _ in staff] == ["Lakshmi Menon"]
    assert coord is not None and coord[0] == "Divya Rao"


def test_a_korean_list_writes_the_title_after_the_name() -> None:
    found = mentions("면접 위원: 정하늘 연구소장, 오세린 품질팀장")
    assert [(m.name, m.title) for m in found] == [("정하늘", "연구소장"), ("오세린", "품질팀장")]


def test_a_latin_spelling_in_brackets_after_a_firms_name_is_no_person() -> None:
    found = mentions("세림정밀(Serim Precision, 세림그룹 계열사) 설계엔지니어 면접 안내입니다.")
    assert [m.name for m in found] == []
