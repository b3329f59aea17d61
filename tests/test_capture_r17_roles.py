"""Who interviews and who set it up (issue 23, session 17): one person whose display name a
directory writes family name first, an e-mail sent on another's behalf (its Sender), and a
forward of another organisation's invitation. Each habit on an invitation written for this
test (new people, new organisations, other wordings), never a fixture's."""

from __future__ import annotations

from email.message import EmailMessage

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.invitations import Address, read, senders
from followup.capture.name_order import given_first, turned
from followup.capture.passed_on import forwarded


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return sorted(n for n, _ in staff), coord[0] if coord else None


def eml(headers: dict[str, str], calendar: bytes, body: str) -> bytes:
    msg = EmailMessage()
    msg["To"], msg["Subject"] = "Sam Candidate <sam@gmail.com>", "Interview"
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body)
    msg.add_attachment(calendar, maintype="text", subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def test_a_display_name_family_name_first_takes_the_order_the_letter_writes() -> None:
    text = "Regards,\nIlona Varga\nTalent Partner"
    assert turned(Address("Varga Ilona", "i.varga@x.example"), text).name == "Ilona Varga"
    # written as the display name writes it, or not at all: left as it is
    assert turned(Address("Varga Ilona", "i.varga@x.example"), "Varga Ilona here").name == \
        "Varga Ilona"
    assert turned(Address("Sato Haruki", "h@x.example"), "Hello").name == "Sato Haruki"
    assert turned(Address("Varga, Ilona", "i@x.example"), text).name == "Varga, Ilona"


def test_the_writer_listed_family_name_first_is_still_the_one_who_signs() -> None:
    data = ics("Rozmowa – Planista Produkcji",
               "CN=Varga Ilona:mailto:i.varga@dunaferro.example",
               [ME, "CN=Horvat Luka:mailto:l.horvat@dunaferro.example",
                "CN=Kis Dora:mailto:d.kis@dunaferro.example"],
               esc("Dear Sam,\n\nthank you for the call. On the day you will meet:\n"
                   "- Luka Horvat – Plant Director\n- Dora Kis – HR Business Partner\n\n"
                   "Best regards\nIlona Varga\nRecruitment Specialist\nDunaferro Kft."))
    inv = given_first(read(data, "UTC")[0])
    assert inv.organizer is not None and inv.organizer.name == "Ilona Varga"
    assert names(data) == (["Dora Kis", "Luka Horvat"], "Ilona Varga")


def test_a_sender_on_behalf_of_the_organizer_is_the_from_s_delegate() -> None:
    got = senders(b"From: Tor Haugen <tor.haugen@fjordkraft.example>\r\n"
                  b"Sender: Maja Lind <maja.lind@fjordkraft.example>\r\n\r\nHi")
    assert got[0].sent_by == "maja.lind@fjordkraft.example"
    assert all(not a.sent_by for a in got[1:])


def test_who_sends_the_organizer_s_invitation_for_them_set_it_up() -> None:
    cal = ics("Andre intervju – Driftsingeniør",
              "CN=\"Haugen, Tor\":mailto:tor.haugen@fjordkraft.example",
              [ME, "CN=\"Berg, Sigrid\":mailto:sigrid.berg@fjordkraft.example"])
    data = eml({"From": "\"Haugen, Tor\" <tor.haugen@fjordkraft.example>",
                "Sender": "\"Lind, Maja\" <maja.lind@fjordkraft.example>"}, cal,
               "Hei Sam,\n\nPå vegne av Tor Haugen inviterer jeg deg til et nytt intervju. "
               "Du snakker med Tor Haugen (driftssjef) og Sigrid Berg (senioringeniør).\n\n"
               "Vennlig hilsen\nMaja Lind\nLedelsesassistent\nFjordkraft Drift AS\n")
    assert names(data) == (["Sigrid Berg", "Tor Haugen"], "Maja Lind")


def test_the_header_of_a_forwarded_message_names_its_author() -> None:
    text = ("Hi Sam,\nsee below.\n\nCarla\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Henrik Maas <h.maas@wendel.example>\nAn: Carla\n\nmit mir und Ina Roth")
    at, author = forwarded(text) or (0, "")
    assert author == "h.maas@wendel.example" and text[:at].endswith("Carla\n")
    assert forwarded("Hi Sam,\n\nsee you Tuesday.\nCarla") is None


CLIENT = ics("Interview – Process Engineer (via Kestrel Search)",
             "CN=Henrik Maas:mailto:h.maas@wendelchemie.example",
             [ME, "CN=Henrik Maas:mailto:h.maas@wendelchemie.example",
              "CN=Ina Roth:mailto:ina.roth@wendelchemie.example",
              "mailto:carla.neves@kestrelsearch.example"],
             esc("Interview with me and Ina Roth (Head of Production)."))
NOTE = ("Hi Sam,\n\nWendel Chemie would like to meet you; the invitation is below. Ring me "
        "afterwards and tell me how it went.\n\nCarla Neves\nConsultant, Kestrel Search\n\n"
        "-----Original Message-----\nFrom: Henrik Maas <h.maas@wendelchemie.example>\n"
        "To: Carla Neves <carla.neves@kestrelsearch.example>\n\n"
        "Interview with me and Ina Roth (Head of Production). Please pass it on.\n\n"
        "Henrik Maas\nProduction Manager\n")


def test_who_forwards_another_organisation_s_invitation_set_it_up() -> None:
    data = eml({"From": "Carla Neves <carla.neves@kestrelsearch.example>"}, CLIENT, NOTE)
    assert names(data) == (["Henrik Maas", "Ina Roth"], "Carla Neves")


def test_who_forwards_it_and_says_they_take_part_stays_in_the_room() -> None:
    note = NOTE.replace("Ring me afterwards and tell me how it went.",
                        "I'll be interviewing you with Henrik and Ina.")
    data = eml({"From": "Carla Neves <carla.neves@kestrelsearch.example>"}, CLIENT, note)
    staff, coord = names(data)
    assert "Carla Neves" in staff and coord != "Carla Neves"


def test_a_colleague_who_forwards_a_colleague_s_invitation_is_read_as_before() -> None:
    cal = CLIENT.replace(b"carla.neves@kestrelsearch.example", b"carla.neves@wendelchemie.example")
    note = NOTE.replace("kestrelsearch", "wendelchemie")
    data = eml({"From": "Carla Neves <carla.neves@wendelchemie.example>"}, cal, note)
    before = eml({"From": "Carla Neves <carla.neves@wendelchemie.example>"}, cal,
                 note.split("-----Original")[0])
    assert names(data)[1] != "Carla Neves" or names(before)[1] == "Carla Neves"


def test_leaving_is_said_of_a_person_in_their_own_clause() -> None:
    from followup.capture.agency_people import leaves_early

    assert leaves_early(" will say hello, then leave you with the panel.")
    assert not leaves_early(" from our data team will join me; we'll walk through a case and "
                            "leave time for your questions.")
    data = ics("Harbourline <> Sam Candidate | Platform Engineer",
               "CN=Ayo Bankole:mailto:ayo.bankole@harbourline.example",
               ["CN=Ayo Bankole:mailto:ayo.bankole@harbourline.example",
                "CN=Mei Tanaka:mailto:mei.tanaka@harbourline.example", ME],
               esc("Hi Sam,\n\nMei Tanaka from our infra team will join me; we'll work "
                   "through a design problem and leave time for questions.\n\nAyo"))
    assert names(data) == (["Ayo Bankole", "Mei Tanaka"], None)


def test_whom_the_letter_gives_an_address_for_and_the_calendar_leaves_out_is_written_to() -> None:
    data = ics("Technical interview - Sam Candidate - SRE",
               "CN=Talent:mailto:talent@quillmark.example", [ME],
               esc("Interviewers: Oren Falk (Principal SRE) and Lise Moreau (SRE Manager)\n"
                   "Anything unclear? Drop a line to Priti Shah, priti.shah@quillmark.example."))
    assert names(data) == (["Lise Moreau", "Oren Falk"], "Priti Shah")
    # … not one the calendar invites, nor one of those met
    data = ics("Technical interview - Sam Candidate - SRE",
               "CN=Talent:mailto:talent@quillmark.example",
               [ME, "CN=Oren Falk:mailto:oren.falk@quillmark.example"],
               esc("Interviewers: Lise Moreau (SRE Manager) and Oren Falk, "
                   "oren.falk@quillmark.example."))
    assert names(data)[1] is None
