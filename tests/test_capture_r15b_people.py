"""Who is who when a desk for candidates signs, a list of who is present opens on a verb or
a label, a Finnish name is declined, and a friend forwards another's invitation (issue 23,
session 15, second round). Each habit on an invitation written for this test (new people,
new organisations, another wording), never a fixture's."""

from __future__ import annotations

from email.message import EmailMessage

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.forwarder import forwarder
from followup.capture.name_forms import declined
from followup.capture.names import ORGANISING, valid
from followup.capture.present_list import present_list


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return sorted(n for n, _ in staff), coord[0] if coord else None


def eml(sender: str, calendar: bytes, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Candidate <sam@gmail.com>", "Fwd"
    msg.set_content(body)
    msg.add_attachment(calendar, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_a_desk_that_looks_after_candidates_sets_the_interview_up() -> None:
    assert ORGANISING.search("Candidate Experience, Larchmont Foods")
    assert ORGANISING.search("Candidate Care Team")
    assert not ORGANISING.search("Customer Experience")
    data = ics("Larchmont: Final Round - Sam Candidate",
               "CN=Odile Ferrant:mailto:scheduling@larchmontfoods.example",
               [ME, "CN=Ravi Sethi:mailto:ravi.sethi@larchmontfoods.example",
                "CN=Hana Kobel:mailto:hana.kobel@larchmontfoods.example"],
               esc("Hi Sam,\n\nYour final round:\n\n9:00 AM - 10:00 AM  Pricing case - "
                   "Ravi Sethi\n10:15 AM - 11:00 AM  Team fit - Hana Kobel\n\nBest,\n"
                   "Odile Ferrant\nCandidate Experience, Larchmont Foods"))
    assert names(data) == (["Hana Kobel", "Ravi Sethi"], "Odile Ferrant")


def test_a_list_after_a_word_for_present_names_the_interviewers() -> None:
    got = present_list("Termin am Montag. Anwesend sind Jonas Brenner (Werkstattleitung) "
                       "und Dr. Ute Salm.\n")
    assert [(m.name, m.title) for m in got] == [("Jonas Brenner", "Werkstattleitung"),
                                                ("Dr. Ute Salm", "")]
    got = present_list("Participarán: Lucía Herrera (Jefa de Turno, Planta Norte) y "
                       "Matías Olave.")
    assert [m.name for m in got] == ["Lucía Herrera", "Matías Olave"]
    assert present_list("Mit freundlichen Grüßen\nJonas Brenner") == []


def test_who_forwards_from_private_mail_with_the_present_list_sets_it_up() -> None:
    cal = ics("Bewerbungsgespräch Kleiderkammer",
              "CN=Miriam Lautner:mailto:miriam.lautner@gmx.de",
              ["CN=Sam Candidate:mailto:sam@gmail.com",
               "CN=Tobias Renz:mailto:tobias.renz@kleiderkammer-graz.example"],
              esc("Hallo Sam,\n\nGespräch am Dienstag um 10 Uhr im Büro. Dabei sind "
                  "Tobias Renz (Geschäftsführung) und Petra Aigner (Vorstand).\n\nLG Miriam"))
    assert names(cal) == (["Petra Aigner", "Tobias Renz"], "Miriam Lautner")


def test_a_verb_of_meeting_or_joining_opens_the_list() -> None:
    got = present_list("Tervetuloa! Tapaat Eero Salosen (CTO) ja Liisa Mäkisen.")
    assert [m.name for m in got] == ["Eero Salosen", "Liisa Mäkisen"]
    assert [m.name for m in present_list("Charla breve. Se une Ramiro Vidal.")] == \
        ["Ramiro Vidal"]
    assert [m.name for m in present_list("Entrevistan: Ana Paula Reis y Tomás Feo\n")] == \
        ["Ana Paula Reis", "Tomás Feo"]


def test_a_finnish_name_in_nen_is_declined_on_s() -> None:
    assert declined("Eero Salosen", "Eero Salonen")
    assert declined("Liisa Mäkiselle", "Liisa Mäkinen")
    assert not declined("Eero Salmen", "Eero Salonen")
    data = ics("Haastattelu: Sam Candidate – Data Engineer",
               "CN=Rekry:mailto:c_abc123@group.calendar.google.com",
               [ME, "CN=Eero Salonen:mailto:eero.salonen@kuura.example",
                "CN=Liisa Mäkinen:mailto:liisa.makinen@kuura.example"],
               esc("Hei Sam,\n\nTapaat Eero Salosen (CTO) ja Liisa Mäkisen.\n\nTerveisin\n"
                   "Kuura Data Oy"))
    assert names(data)[0] == ["Eero Salonen", "Liisa Mäkinen"]


def test_a_with_label_in_a_when_where_block_lists_hr_too_as_interviewer() -> None:
    data = ics("Vorstellungsgespräch Elektroniker/in",
               "CN=:mailto:noreply@join.com", [ME],
               esc("Grüezi Sam\n\nWann: Montag, 10:00 Uhr\nWo: Werkstrasse 4, Bern\n"
                   "Mit: Urs Gerber (Werkstattchef) und Nina Frei (HR)\n\nFreundliche "
                   "Grüsse\nNina Frei"))
    assert names(data) == (["Nina Frei", "Urs Gerber"], None)


def test_a_forward_line_and_interview_in_another_language_are_no_names() -> None:
    for phrase in ("Weitergeleitete Nachricht", "Mensaje reenviado", "Message transféré",
                   "Entrevista Analista de Riesgos", "Entretien Chargé Projet",
                   "Bureaux du Plateau"):
        assert not valid(phrase), phrase
    assert valid("Inés Bureau") is valid("Inés Bureau")  # (a surname is asked elsewhere)


def test_a_friend_who_forwards_anothers_invitation_sets_it_up_and_is_not_the_candidate() -> None:
    cal = ics("Entretien - Responsable logistique",
              "CN=Karim Alaoui:mailto:k.alaoui@sahelfret.example",
              ["CN=Leila Amrani:mailto:leila.amrani@gmail.com"],
              esc("Entretien avec Karim Alaoui et Sofia Bennis. Siège de Rabat."))
    body = ("Salut Sam,\n\nJe te transfère l'invitation de Karim, il veut te rencontrer.\n\n"
            "Bisous,\nLeila\n\n-------- Message transféré --------\nDe : Karim Alaoui "
            "<k.alaoui@sahelfret.example>\n\nLeila, peux-tu transmettre ? Entretien avec moi "
            "et Sofia Bennis.\n\nKarim Alaoui\nDirecteur")
    assert [m.name for m in forwarder(body)] == ["Leila"]
    assert forwarder("Hi Sam, forwarding the invite for our call.\n\nDana\n\n----- "
                     "Forwarded -----\nFrom: Dana") == []  # (her own invite: she holds it)
    data = eml("Leila Amrani <leila.amrani@gmail.com>", cal, body)
    assert names(data) == (["Karim Alaoui", "Sofia Bennis"], "Leila Amrani")
