"""Who in a file is a person (issue 23, session 17, r17b-persons): given names a sentence
puts beside the writer or says who they are, a list that writes each one's job before the
name, a team's mailbox whose name the reader made from its address. Invitations written
for these tests, with names and employers of their own."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return sorted(n for n, _ in staff), coord[0] if coord else None


def test_a_given_name_joined_to_the_writer_after_with_is_met() -> None:
    data = ics("Proefdag – Bedrijfsleider", "CN=Gerrit Vos:mailto:gerritvos71@hotmail.com",
               ["CN=Gerrit Vos:mailto:gerritvos71@hotmail.com", ME],
               esc("Hoi Sam,\n\nKom zaterdag meedraaien in de zaak. Na afloop een gesprek met "
                   "mij en Yasmina.\n\nGroet,\nGerrit Vos"))
    assert names(data) == (["Gerrit Vos", "Yasmina"], None)
    data = ics("Trial shift – Cook", "CN=Moira Dunn:mailto:moira.dunn@gmail.com",
               ["CN=Moira Dunn:mailto:moira.dunn@gmail.com", ME],
               esc("Hi Sam,\n\nAfter the shift, a cuppa with Rosheen and me.\n\nMoira Dunn"))
    assert names(data) == (["Moira Dunn", "Rosheen"], None)


def test_a_given_name_after_with_and_said_who_they_are_is_met() -> None:
    data = ics("Visita – Sumiller", "CN=Inés Carrasco:mailto:ines.carrasco.vinos@gmail.com",
               ["CN=Inés Carrasco:mailto:ines.carrasco.vinos@gmail.com", ME],
               esc("Hola Sam, te espero en la tienda. Vamos a estar con Baltasar, el "
                   "encargado de la cava, para hablar del puesto.\n\nInés"))
    assert names(data) == (["Baltasar", "Inés Carrasco"], None)


def test_no_given_name_from_words_of_the_calendar_or_the_language() -> None:
    data = ics("Interview – Analyst", "CN=Petra Holm:mailto:petra.holm@fjordline.example",
               ["CN=Petra Holm:mailto:petra.holm@fjordline.example", ME],
               esc("Hi Sam,\n\nSee you Monday with Zoom and me. Greetings from the "
                   "office.\n\nPetra Holm"))
    assert names(data) == (["Petra Holm"], None)


def test_a_list_that_writes_each_ones_job_first_is_of_the_met() -> None:
    data = ics("Finance Manager – Corvale Foods",
               "CN=Dermot Lacey:mailto:dermot.lacey@brightwater-search.example", [ME],
               esc("Hi Sam,\n\nYou'll meet the Finance Director, Helen Osei, and the People "
                   "Director, Ravi Menon, at their Leeds office.\n\nDermot Lacey\n"
                   "Consultant, Brightwater Search"))
    staff, coord = names(data)
    assert {"Helen Osei", "Ravi Menon"} <= set(staff) and coord != "Ravi Menon"


def test_a_teams_mailbox_named_from_its_address_is_no_one() -> None:
    data = ics("Interview – QA Engineer", "mailto:uk.recruiting@mistral-soft.example",
               [ME, "CN=Anouk Bakker:mailto:anouk.bakker@mistral-soft.example",
                "CN=Joris Smit:mailto:joris.smit@mistral-soft.example"])
    assert names(data) == (["Anouk Bakker", "Joris Smit"], None)


def test_a_persons_address_with_a_short_name_stays_a_person() -> None:
    from followup.capture.name_likeness import team_mailbox

    assert team_mailbox("Uk Recruiting", "uk.recruiting@mistral-soft.example", "")
    assert not team_mailbox("Bo Lind", "bo.lind@mistral-soft.example", "")
    assert not team_mailbox("Li Hiring", "li.hiring@mistral-soft.example", "Thanks, Li Hiring")
    assert not team_mailbox("Ana Jobs", "ana.jobs@mistral-soft.example", ""), "a family name"


def test_a_firm_named_for_its_founder_is_no_one() -> None:
    body = ("Bonjour Sam,\n\nEntretien au bureau avec Mme Odile Ferrand.\n\nCordialement,\n\n"
            "Xavier Laurentin\nNotaire\nOffice Laurentin Conseil\n04 00 00 00 00")
    data = ics("RDV – clerc de notaire", "CN=Xavier Laurentin:mailto:x.laurentin@orange.fr",
               [ME], esc(body))
    staff, _ = names(data)
    assert "Laurentin Conseil" not in staff and "Odile Ferrand" in staff


def test_a_person_whose_given_name_is_anothers_family_name_stays() -> None:
    body = ("Hi Sam,\n\nYou'll meet Grant Morgan and our CTO Morgan Ellis.\n\n"
            "Thanks,\nGrant Morgan")
    data = ics("Interview – Engineer", "CN=Grant Morgan:mailto:grant@tallowfield.example",
               [ME], esc(body))
    staff, _ = names(data)
    assert "Morgan Ellis" in staff


def test_people_the_mail_copies_and_introduces_by_name_are_met() -> None:
    from tests.test_capture_r14_any import eml

    data = eml("From: Orla Tierney <orla@ashgroveplanning.example>\nTo: sam@gmail.com\n"
               "Cc: Fergal Hanlon <fergal@ashgroveplanning.example>, "
               "Aoife Brennan <aoife@ashgroveplanning.example>\nSubject: Chat with the team",
               "Hi Sam,\n\nFergal and Aoife would love a chat about the Planner role. I've "
               "booked a call from our shared account.\n\nFergal Hanlon heads the practice; "
               "Aoife Brennan runs the rural team.\n\nOrla\n\nOrla Tierney | Office Manager\n"
               "Ashgrove Planning",
               ics("Ashgrove Planning – chat", "CN=Ashgrove Planning:mailto:"
                   "office@ashgroveplanning.example", [ME]))
    staff, coord = people_of(data)
    assert sorted(n for n, _ in staff) == ["Aoife Brennan", "Fergal Hanlon"]
    assert coord is not None and coord[0] == "Orla Tierney"


def test_a_copied_person_the_text_names_only_in_a_header_is_not_added() -> None:
    from followup.capture.copied_named import copied_named
    from followup.capture.invitations import Address

    cc = [Address("Dana Whitlow", "dana@kestrel.example", "", "", "", "", "")]
    assert copied_named(cc, [], "---\nCc: Dana Whitlow <dana@kestrel.example>\nHi Sam") == []
    assert copied_named(cc, [], "Hi Sam, Dana Whitlow leads the team.")[0].email == \
        "dana@kestrel.example"
