"""The writer counting themself among the people met (issue 23, session 18, second round):
a list of those present that ends with "and I" / "and me", in every language, a role in
brackets or between commas allowed after the name. The writer, though their title is HR's,
is an interviewer and no one is the coordinator; "and I look forward …" is no such list.
Every invitation here is our own."""

from __future__ import annotations

import pytest

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

OWN = frozenset({"sam@gmail.com"})


def _invite(description: str) -> bytes:
    text = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//r18bwriter//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:r18bwriter-1@test", "DTSTAMP:20270101T120000Z",
        "DTSTART:20270120T090000Z", "DTEND:20270120T100000Z",
        "SUMMARY:Interview - Maintenance Planner - Korvalis",
        "ORGANIZER;CN=Helka Marrow:mailto:helka.marrow@korvalis.example",
        "ATTENDEE;CN=Helka Marrow;ROLE=REQ-PARTICIPANT:mailto:helka.marrow@korvalis.example",
        "ATTENDEE;CN=Oswin Tarrant;ROLE=REQ-PARTICIPANT:mailto:oswin.tarrant@korvalis.example",
        "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam@gmail.com",
        f"DESCRIPTION:{text}", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _people(sentence: str) -> tuple[list[str], str | None]:
    body = f"Hello Sam,\n\n{sentence}\n\nKind regards,\nHelka Marrow\nHR Adviser | Korvalis"
    prop = propose(read(_invite(body), "UTC")[0], OWN, Known((), {}))
    return (sorted(p.name or "" for p in prop.interviewers),
            prop.coordinator.name if prop.coordinator else None)


BOTH = (["Helka Marrow", "Oswin Tarrant"], None)

# (language, the list of those present, ending with the writer)
SAID = [
    ("en", "From our side it will be Oswin Tarrant (maintenance lead) and I."),
    ("en-me", "You'll be talking to Oswin Tarrant, our maintenance lead, and me."),
    ("de", "Von unserer Seite nehmen Oswin Tarrant und ich teil."),
    ("de-obj", "Sie sprechen mit Oswin Tarrant, Leiter Instandhaltung, sowie mir."),
    ("fr", "Vous échangerez avec Oswin Tarrant (responsable maintenance) et moi."),
    ("es", "Estaremos presentes Oswin Tarrant (jefe de mantenimiento) y yo."),
    ("es-obj", "Hablarás con Oswin Tarrant, jefe de mantenimiento, y conmigo."),
    ("ca", "Hi serem l'Oswin Tarrant (cap de manteniment) i jo."),
    ("pt", "Vais falar com o Oswin Tarrant (chefe de manutenção) e comigo."),
    ("pt-br", "Participam da conversa Oswin Tarrant (gerente de manutenção) e eu."),
    ("it", "Al colloquio saremo presenti Oswin Tarrant (responsabile manutenzione) e io."),
    ("nl", "Namens ons zijn Oswin Tarrant (teamleider onderhoud) en ik aanwezig."),
    ("nl-obj", "Je spreekt met Oswin Tarrant (teamleider onderhoud) en mij."),
    ("da", "Fra vores side deltager Oswin Tarrant (vedligeholdelseschef) og jeg."),
    ("sv", "Från oss deltar Oswin Tarrant (underhållschef) och jag."),
    ("no", "Du skal snakke med Oswin Tarrant (vedlikeholdssjef) og meg."),
    ("fi", "Haastatteluun osallistuvat Oswin Tarrant (kunnossapitopäällikkö) ja minä."),
    ("is", "Af okkar hálfu taka þátt Oswin Tarrant (viðhaldsstjóri) og ég."),
    ("et", "Meie poolt osalevad Oswin Tarrant (hoolduse juht) ja mina."),
    ("lv", "Intervijā piedalīsies Oswin Tarrant (apkopes vadītājs) un es."),
    ("lt", "Pokalbyje dalyvaus Oswin Tarrant (priežiūros vadovas) ir aš."),
    ("pl", "W rozmowie wezmą udział Oswin Tarrant (kierownik utrzymania ruchu) i ja."),
    ("cs", "Pohovoru se zúčastní Oswin Tarrant (vedoucí údržby) a já."),
    ("sk", "Pohovoru sa zúčastní Oswin Tarrant (vedúci údržby) a ja."),
    ("sl", "Razgovora se bosta udeležila Oswin Tarrant (vodja vzdrževanja) in jaz."),
    ("hr", "Na razgovoru ćete se upoznati s Oswinom Tarrantom (voditelj održavanja) i sa mnom."),
    ("hu", "Az interjún részt vesz Oswin Tarrant (karbantartási vezető) és én."),
    ("ro", "La interviu vor participa Oswin Tarrant (șef mentenanță) și eu."),
    ("bg", "На интервюто ще присъстват Oswin Tarrant (ръководител поддръжка) и аз."),
    ("el", "Στη συνέντευξη θα είμαστε ο Oswin Tarrant (υπεύθυνος συντήρησης) και εγώ."),
    ("ru", "На собеседовании будут Oswin Tarrant (руководитель службы ТО) и я."),
    ("uk", "На співбесіді будуть Oswin Tarrant (керівник служби ТО) і я."),
    ("tr", "Görüşmede Oswin Tarrant (bakım müdürü) ve ben olacağız."),
    ("id", "Dari pihak kami hadir Oswin Tarrant (kepala pemeliharaan) dan saya."),
    ("vi", "Tham gia phỏng vấn có anh Oswin Tarrant (trưởng bộ phận bảo trì) và tôi."),
    ("tl", "Makakausap mo si Oswin Tarrant (maintenance lead) at ako."),
    ("sw", "Utazungumza na Oswin Tarrant (mkuu wa matengenezo) na mimi."),
    ("af", "Jy sal met Oswin Tarrant (onderhoudsbestuurder) en my praat."),
    ("hi", "Interview mein Oswin Tarrant (maintenance head) aur main rahenge."),
]


@pytest.mark.parametrize(("language", "sentence"), SAID, ids=[s[0] for s in SAID])
def test_the_writer_who_ends_the_list_with_themself_is_met(language: str,
                                                         sentence: str) -> None:
    assert _people(sentence) == BOTH, language


def test_and_i_that_starts_a_clause_is_no_list() -> None:
    got = _people("You will meet Oswin Tarrant, our maintenance lead. Oswin and I look forward "
                  "to it; I have booked the room for you.")
    assert got == (["Oswin Tarrant"], "Helka Marrow")


def _phone_invite(description: str) -> bytes:
    text = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//r18bwriter//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:r18bwriter-2@test", "DTSTAMP:20270101T120000Z",
        "DTSTART:20270121T140000Z", "DTEND:20270121T143000Z",
        "SUMMARY:Phone screen - Warehouse Supervisor",
        "ORGANIZER;CN=Dana Whitfield:mailto:dwhitfield@larchmoor-logistics.example",
        "ATTENDEE;CN=Sam Candidate;ROLE=REQ-PARTICIPANT:mailto:sam@gmail.com",
        f"DESCRIPTION:{text}", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _caller(description: str) -> tuple[list[str], str | None]:
    prop = propose(read(_phone_invite(description), "UTC")[0], OWN, Known((), {}))
    return (sorted(p.name or "" for p in prop.interviewers),
            prop.coordinator.name if prop.coordinator else None)


CALLED = [
    ("en", "Recruiter: Dana Whitfield will call you on the number you gave us."),
    ("de", "Recruiterin: Dana Whitfield ruft Sie unter Ihrer Nummer an."),
    ("fr", "Recruteuse : Dana Whitfield vous appellera sur votre portable."),
    ("es", "Reclutadora: Dana Whitfield te llamará al número que nos diste."),
    ("pt", "Recrutadora: Dana Whitfield vai te ligar no número informado."),
    ("it", "Recruiter: Dana Whitfield ti chiamerà al numero indicato."),
    ("nl", "Recruiter: Dana Whitfield belt je op het nummer uit je sollicitatie."),
    ("sv", "Rekryterare: Dana Whitfield ringer dig på ditt mobilnummer."),
    ("pl", "Rekruterka: Dana Whitfield zadzwoni do Pana na podany numer."),
    ("cs", "Náborářka: Dana Whitfield vám zavolá na uvedené číslo."),
    ("tr", "İşe alım uzmanı: Dana Whitfield sizi arayacak."),
    ("id", "Rekruter: Dana Whitfield akan menelepon Anda di nomor yang terdaftar."),
]


@pytest.mark.parametrize(("language", "sentence"), CALLED, ids=[s[0] for s in CALLED])
def test_the_only_person_named_who_will_call_holds_the_call(language: str,
                                                            sentence: str) -> None:
    assert _caller(sentence) == (["Dana Whitfield"], None), language


def test_a_call_to_settle_the_time_is_no_interview() -> None:
    got = _caller("Recruiter: Dana Whitfield will call you to confirm the time; you will "
                  "speak with Arlo Pennick, our site manager.")
    assert got[1] == "Dana Whitfield"


def test_a_close_and_signature_after_the_video_block_is_the_writers() -> None:
    from followup.capture.description import usable_text

    text = ("Marrowfield Search is inviting you to a scheduled Zoom meeting.\n\n"
            "Join Zoom Meeting\nhttps://us06web.zoom.us/j/8812345678\n\n"
            "Meeting ID: 881 234 5678\nPasscode: 4410\n\n"
            "Hi Sam,\n\nYou will speak with Ilse Varga, Head of Quality.\n\n"
            "Kind regards,\nPerrin Oakes\nPrincipal, Industrial Practice\nMarrowfield Search\n"
            "+44 20 7946 0312")
    kept = usable_text(text)
    assert "Perrin Oakes" in kept and "Passcode" not in kept


@pytest.mark.parametrize(("name", "domain"), [
    ("De Kaasmakerij B.V.", "kaasmakerij.example"),
    ("The Quillon Works Ltd", "quillonworks.example"),
    ("La Tornerie SARL", "tornerie.example"),
    ("Het Zaagatelier", "zaagatelier.example"),
    ("Die Kupferschmiede GmbH", "kupferschmiede.example"),
])
def test_a_domain_never_spells_the_article_a_name_starts_with(name: str, domain: str) -> None:
    from followup.capture.org_domains import agrees

    assert agrees(name, domain)
    assert not agrees(name, "brightwater-staffing.example")
