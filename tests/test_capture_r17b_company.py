"""The employer by what is true of any letter (issue 23, session 17, second company round):
a proper name keeps its capitals, the candidate is nobody's employer, initials stand for the
words the file writes out, an agency's client receives the candidate on its premises, a
signature names the signer's firm under their name, the mail around a calendar is part of
the letter. Every example is new (no fixture's)."""

from __future__ import annotations

from email.message import EmailMessage

from tests.test_capture_company import company
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, OWN, esc

from followup.capture.employer_holds_person import holds_candidate
from followup.capture.invitations import read
from followup.capture.name_edges import small_inside
from followup.capture.propose import Known, propose


def _eml(sender: str, calendar: bytes, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Candidate <sam@gmail.com>", "Fwd"
    msg.set_content(body)
    msg.add_attachment(calendar, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_a_title_word_the_letter_writes_in_small_letters_is_no_employer() -> None:
    got = company("Colloquio - Ceramista",
                  "CN=Giulia Ferri:mailto:giulia.ferri.lab@gmail.com",
                  "Ciao Sam,\nci vediamo giovedì in laboratorio per parlare del posto di "
                  "ceramista.\nA presto,\nGiulia")
    assert got != "Ceramista"
    # the elided article before it too ("l'orfèvre")
    assert small_inside("Orfèvre", "Nous parlerons du poste d'orfèvre jeudi.")
    assert not small_inside("Orfèvre", "Bienvenue chez Orfèvre Lemaire.")


def test_a_name_that_keeps_its_capitals_stays_the_employer() -> None:
    got = company("Interview - Vantora",
                  "CN=Maya Lind:mailto:maya.lind.hires@gmail.com",
                  "Hi Sam,\nlooking forward to showing you around Vantora on Friday; the "
                  "team at Vantora is small.\nMaya")
    assert got == "Vantora"


def test_the_candidates_own_name_in_the_title_is_the_meetings_subject() -> None:
    assert holds_candidate("Rencontre Sam Candidate", ["Sam Candidate"])
    assert not holds_candidate("Sam Candidate", ["Sam Candidate"])
    assert not holds_candidate("Lindqvist Bygg", ["Sam Candidate"])
    got = company("Rencontre Sam Candidate - poste de paysagiste",
                  "CN=Luc Berthier:mailto:luc.berthier@orange.fr",
                  "Bonjour Sam,\nà mardi pour le poste.\n\nCordialement,\nLuc Berthier\n"
                  "Gérant\nBerthier Jardins Paysages\n06 00 00 00 00")
    assert "Sam" not in got


def test_initials_are_the_name_the_file_writes_out() -> None:
    got = company("Entrevista - Técnico de mantenimiento",
                  "CN=Lucía Prado:mailto:lucia.prado@tnv-vigo.example",
                  "Hola Sam,\ngracias por tu interés.\n\nUn saludo,\nLucía Prado\n"
                  "Recursos Humanos\nTNV – Talleres Navales de Vigo S.L.")
    assert got.startswith("Talleres Navales de Vigo"), got


def test_an_agencys_client_is_the_business_that_receives_you() -> None:
    got = company("Interview - Plant Controller - Sam Candidate",
                  "CN=Ruth Pelham:mailto:ruth.pelham@kestrelsearch.example",
                  "Sam,\nConfirming your interview with our client, a well-known food "
                  "producer, for their Plant Controller vacancy.\n\nRuth Pelham\n"
                  "Associate Director\nKestrel Search Partners Ltd",
                  location="Marlow Dairies Ltd, 12 Canal Street, Derby DE1 2AB")
    assert got == "Marlow Dairies Ltd", got


def test_the_line_under_the_signers_name_that_writes_their_family_name() -> None:
    got = company("Proefdag + gesprek", "CN=Kees Visser:mailto:keesvisser71@hotmail.com",
                  "Hoi Sam,\nkom je dinsdag meedraaien in de zaak?\n\nGroet,\nKees Visser\n"
                  "Slagerij Visser & Zn.\n\nVerstuurd vanaf mijn iPhone")
    assert got == "Slagerij Visser & Zn."


def test_the_forwarders_signature_names_what_the_domain_spells() -> None:
    calendar = ics("Entrevista – Supervisor de Almacén (Arequipa)",
                   "CN=Raúl Mendoza:mailto:rmendoza@cargasandinassur.example", [ME],
                   esc("Raúl Mendoza le está invitando a una reunión de Zoom.\n\n"
                       "Tema: Entrevista – Supervisor de Almacén (Arequipa)\n"))
    data = _eml("Paula Ríos <prios@cargasandinassur.example>", calendar,
                "Hola Sam:\nte reenvío la invitación.\n\nSaludos,\nPaula Ríos\n"
                "Selección de Personal\nCargas Andinas Sur S.A.C.\n")
    got = propose(read(data, "UTC")[0], OWN, Known((), {})).company.value
    assert got.startswith("Cargas Andinas Sur"), got


def test_the_place_the_letter_calls_by_its_kind_is_the_business() -> None:
    got = company("Entrevista Sam - Sommelier",
                  "CN=Mariela Sosa:mailto:mariela.sosa.vinos@gmail.com",
                  "Hola Sam, te espero el lunes en la bodega para charlar del puesto de "
                  "sommelier.\nSaludos,\nMariela",
                  location="Bodega Las Acequias, Maipú")
    assert got == "Bodega Las Acequias"
    from followup.capture.employer_where import at_location

    data = ics("x", "CN=Mariela Sosa:mailto:m.sosa@gmail.com", [ME], esc("Hola Sam, el lunes."))
    inv = read(data.replace(b"END:VEVENT", b"LOCATION:Bodega Las Acequias\\, Maip\xc3\xba"
                                 b"\r\nEND:VEVENT"), "UTC")[0]
    assert at_location(inv, []) == ""  # no street and no kind said: not read
