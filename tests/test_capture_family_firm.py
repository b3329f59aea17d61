"""Small and medium employers of continental Europe and Latin America (issue 23, session 13,
second round): a shared desk's display name that carries the business's own name is nobody
to thank, and the one who writes that the meeting is with others, named, and never of
themself, set it up. Each invitation is written for this test the way another business,
system or country would write the same thing (none is copied from people_dev43)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.family_firm import meets_others, names_the_business


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_front_desk_named_after_the_hotel_is_nobody() -> None:
    data = ics("Entrevista: Recepcionista",
               "CN=Reservas Hotel Las Palmeras:mailto:reservas@hotellaspalmeras-mazatlan.example",
               ["CN=Ximena Lozano Robles:mailto:ximena.lozano@hotellaspalmeras-mazatlan.example",
                ME],
               esc("Hola Sam,\n\nLe confirmamos la entrevista con Ximena Lozano Robles "
                   "(gerente). Saludos,\nHotel Las Palmeras S.A. de C.V."))
    staff, coord = names(data)
    assert "Reservas Hotel Las Palmeras" not in staff and coord != "Reservas Hotel Las Palmeras"
    assert staff == ["Ximena Lozano Robles"]


def test_a_business_name_inside_a_desks_name_is_the_business() -> None:
    cores = {"ajuntamentvilafranca", "clinicadelsol", "hotelmiramarnerja"}
    assert names_the_business("Personal Clínica del Sol", None, {"clinicadelsol"})
    assert names_the_business("Recepción Hotel Miramar", None, cores)
    assert names_the_business("Secretaria Ajuntament Vilafranca", None, cores)
    # a person: an address of their own, or a name of two words, or no business spelled
    assert names_the_business("Recepción Hotel Miramar", "rec@hotelmiramar-nerja.example", cores)
    assert not names_the_business("Hotel Miramar Nerja", "hotelmiramarnerja@gmail.com", cores)
    assert not names_the_business("Marta Soler", None, {"martasoler"})
    assert not names_the_business("Ana María Quintero Ruiz", None, cores)


def test_a_bookkeeper_who_confirms_the_owners_interview_coordinates() -> None:
    data = ics("Colloquio - Saldatore",
               "CN=Chiara Fontana:mailto:ufficio@carpenteria-rossi.example",
               ["CN=Luca Rossi:mailto:luca.rossi@carpenteria-rossi.example", ME],
               esc("Buongiorno Sam,\n\nconfermo il colloquio con Luca Rossi (titolare). "
                   "Portare un documento.\n\nCordiali saluti\nChiara Fontana\n"
                   "Amministrazione\nCarpenteria Rossi S.r.l."))
    staff, coord = names(data)
    assert staff == ["Luca Rossi"] and coord == "Chiara Fontana"


def test_a_sister_who_books_her_brother_in_german_coordinates() -> None:
    data = ics("Vorstellungsgespräch Bäcker (m/w/d)",
               "CN=\"Brandl, Anna\":mailto:anna@baeckerei-brandl.example",
               ["CN=\"Brandl, Josef\":mailto:josef@baeckerei-brandl.example", ME],
               esc("Hallo Sam,\n\nSie sprechen mit Josef Brandl (Bäckermeister). Bitte "
                   "kommen Sie in die Backstube.\n\nGrüße\nAnna Brandl\nBäckerei Brandl GmbH & "
                   "Co. KG"))
    staff, coord = names(data)
    assert staff == ["Josef Brandl"] and coord == "Anna Brandl"


def test_the_owner_who_holds_it_with_a_partner_still_interviews() -> None:
    data = ics("Entrevista - Ayudante de cocina",
               "CN=Rafael Gómez Ortega:mailto:rafael@casagomez.example",
               ["CN=Pilar Ortega Díaz:mailto:pilar@casagomez.example", ME],
               esc("Hola Sam,\n\nNos vemos el lunes. Yo haré la entrevista con Pilar Ortega "
                   "Díaz (jefa de cocina).\n\nRafael Gómez Ortega\nCasa Gómez S.L."))
    staff, coord = names(data)
    assert coord is None and sorted(staff) == ["Pilar Ortega Díaz", "Rafael Gómez Ortega"]


class _E:
    def __init__(self, name: str, is_org: bool, title: str = "") -> None:
        self.name, self.email, self.is_org, self.title = name, None, is_org, title


def test_whom_to_ask_and_whom_one_meets_with_are_not_the_same() -> None:
    people = [_E("Anouk de Vries", True), _E("Bram Jansen", False)]
    assert meets_others("Je gesprek is met Bram Jansen (teamleider).", people)
    assert not meets_others("Vragen? Neem contact op met Bram Jansen.", people)
    assert not meets_others("Je gesprek is met Anouk de Vries. Daarna met Bram Jansen.", people)
    assert not meets_others("I'll run the session with Bram Jansen (lead).", people)
    assert not meets_others("With Bram Jansen joining later.", people)
    assert not meets_others("Interview with Bram Jansen and me.", people)
    assert not meets_others("Notification sent to sam@gmail.com\nBram Jansen", people)
    boss = [_E("Anouk de Vries", True, "Operations Director"), _E("Bram Jansen", False)]
    assert not meets_others("Je gesprek is met Bram Jansen (teamleider).", boss)
    office = [_E("Anouk de Vries", True, "Kantoor"), _E("Bram Jansen", False)]
    assert meets_others("Je gesprek is met Bram Jansen (teamleider).", office)


def test_a_site_in_a_bracket_after_a_job_title_is_nobody() -> None:
    from followup.capture.family_firm import written_as_a_place

    data = ics("Entrevista final: Jefe de Bodega",
               "CN=Marcela Ibáñez Soto:mailto:marcela.ibanez@frutasdelvalle.example", [ME],
               esc("Hola Sam,\n\n9:00  Tomás Riquelme Vidal, Gerente de Operaciones\n"
                   "9:45  Camila Reyes Fuentes, Jefa de Packing (San Fernando)\n\n"
                   "Saludos,\nMarcela Ibáñez Soto\nRecursos Humanos"))
    staff, _ = names(data)
    assert "San Fernando" not in staff
    said = "Ana Ruiz Soto, Chef de Partie (Puerto Vallarta)\nwith our Head Chef (Luis Mora)"
    assert written_as_a_place("Puerto Vallarta", said)
    assert not written_as_a_place("Luis Mora", said)
    assert not written_as_a_place("Luis Mora", "Panel: Ana Ruiz, Head Chef (Luis Mora)\n"
                                               "Luis Mora will meet you.")
