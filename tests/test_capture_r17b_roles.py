"""Who interviews and who set it up, by mechanisms that hold in any language (issue 23,
session 17, r17b-roles): the invitations here are written for these tests."""

from __future__ import annotations

from followup.capture.invitations import read
from followup.capture.listed_together import listed_together
from followup.capture.propose import Known, propose
from followup.core.model import Person

OWN = frozenset({"sam@gmail.com"})


def _ics(organizer: str, attendees: list[str], description: str,
         summary: str = "Interview - Analyst") -> bytes:
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:r17b@test", "DTSTAMP:20261201T120000Z",
             "DTSTART:20270115T100000Z", "DTEND:20270115T110000Z", f"SUMMARY:{summary}",
             f"ORGANIZER;{organizer}", "ATTENDEE;CN=Sam Candidate:mailto:sam@gmail.com",
             *[f"ATTENDEE;{a}" for a in attendees], f"DESCRIPTION:{desc}",
             "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _people(data: bytes) -> tuple[list[str], str | None]:
    prop = propose(read(data, "UTC")[0], OWN, Known((), {}))
    return sorted(p.name for p in prop.interviewers), (
        prop.coordinator.name if prop.coordinator else None)


def test_a_writer_listed_after_a_title_of_address_with_an_interviewer_is_met() -> None:
    # "dan Ibu …", "et Mme …", "und Frau …": a title of address with no dot before the name
    data = _ics("CN=Ratna Wijaya:mailto:ratna.wijaya@lautbiru.example",
                ["CN=Agus Santoso:mailto:agus.santoso@lautbiru.example"],
                "Halo Sam,\n\nWawancara ini bersama Bapak Agus Santoso (Head of Sales) dan "
                "Ibu Ratna Wijaya (Recruitment Lead).\n\nSalam,\nRatna Wijaya\nRecruitment Lead")
    assert _people(data) == (["Agus Santoso", "Ratna Wijaya"], None)


def test_titles_of_address_with_no_dot_keep_a_list_of_the_met() -> None:
    staff, coord = (Person("Marc Olivier"),), Person("Claire Roussel")
    for text in ("Vous serez reçu par M. Marc Olivier, Directeur de site, et Mme Claire "
                 "Roussel, Chargée de recrutement.",
                 "Sie treffen Marc Olivier (Werkleiter) und Frau Claire Roussel (HR).",
                 "Bersama Marc Olivier (Plant Head) dan Ibu Claire Roussel (HR)."):
        assert listed_together(staff, coord, text) == ((*staff, coord), None), text
    text = "Vous serez reçu par Marc Olivier (Directeur) et notre Claire Roussel."
    assert listed_together(staff, coord, text) == (staff, coord)


def test_a_writer_listed_with_mme_between_commas_is_met() -> None:
    data = _ics("CN=Claire Roussel:mailto:claire.roussel@verrerie-sud.example",
                ["CN=Marc Olivier:mailto:marc.olivier@verrerie-sud.example"],
                "Bonjour Sam,\n\nVous serez reçu par M. Marc Olivier, Directeur de site, et "
                "Mme Claire Roussel, Chargée de recrutement.\n\nCordialement,\nClaire Roussel\n"
                "Chargée de recrutement")
    assert _people(data) == (["Claire Roussel", "Marc Olivier"], None)


def test_a_word_that_is_no_title_of_address_before_the_name_makes_no_list() -> None:
    data = _ics("CN=Claire Roussel:mailto:claire.roussel@verrerie-sud.example",
                ["CN=Marc Olivier:mailto:marc.olivier@verrerie-sud.example"],
                "Bonjour Sam,\n\nVous serez reçu par M. Marc Olivier, Directeur de site, et "
                "aussi Claire Roussel pour les questions.\n\nCordialement,\nClaire Roussel\n"
                "Chargée de recrutement")
    assert "Marc Olivier" in _people(data)[0]


def test_a_slot_given_to_the_organizer_puts_them_in_the_room() -> None:
    data = _ics("CN=Ola Nordby:mailto:ola.nordby@fjellkraft.example",
                ["CN=Kari Lunde:mailto:kari.lunde@fjellkraft.example"],
                "Second round: 30 min with me, then 30 min with Kari Lunde (Grid Planning).")
    assert _people(data)[0] == ["Kari Lunde", "Ola Nordby"]


def test_a_contact_the_letter_names_outside_its_list_of_interviewers_set_it_up() -> None:
    data = _ics("mailto:no-reply@workable.com", [],
                "Hi Sam,\n\nInterviewers: Tomás Quiroga, Inés Barrios\n\nAny questions, please "
                "reply to Mariela Duarte (mariela.duarte@puntonorte.example).")
    assert _people(data) == (["Inés Barrios", "Tomás Quiroga"], "Mariela Duarte")


def test_a_second_person_with_an_address_outside_the_list_leaves_it_alone() -> None:
    data = _ics("mailto:no-reply@workable.com", [],
                "Hi Sam,\n\nInterviewers: Tomás Quiroga, Inés Barrios\n\nYou can also reach "
                "Mariela Duarte (mariela.duarte@puntonorte.example) and Pablo Ríos "
                "(pablo.rios@puntonorte.example).")
    assert _people(data)[1] is None  # (which of the two set it up, the letter does not say)


def _eml(cc: str, body: str) -> bytes:
    cal = _ics("CN=Harbour Studio:mailto:studio@harbourworks.example", [],
               "Harbour Studio is inviting you to a scheduled video call.").decode()
    return (
        "From: Aoife Nolan <aoife@harbourworks.example>\r\nTo: sam@gmail.com\r\n"
        f"Cc: {cc}\r\nSubject: Video chat re Designer role\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n--b1\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        f"{cal}\r\n--b1--\r\n").encode()


def test_when_no_one_is_met_the_colleagues_the_writer_copies_and_names_are() -> None:
    data = _eml("Rory Doyle <rory@harbourworks.example>, Cian Ward <cian@harbourworks.example>",
                "Hi Sam,\n\nRory and Cian are keen to talk about the role. I've booked a call "
                "from our studio account, invite attached.\n\nAll the best,\nAoife\n\n"
                "Aoife Nolan | Office Manager\nHarbour Works")
    staff, coord = _people(data)
    assert staff == ["Cian Ward", "Rory Doyle"] and (coord or "").startswith("Aoife")


def test_a_copied_colleague_the_letter_never_names_is_not_met() -> None:
    data = _eml("Rory Doyle <rory@harbourworks.example>",
                "Hi Sam,\n\nI've booked a call from our studio account, invite attached.\n\n"
                "All the best,\nAoife\n\nAoife Nolan | Office Manager\nHarbour Works")
    assert "Rory Doyle" not in _people(data)[0]


def test_a_recruiter_alone_on_their_own_screen_still_talks() -> None:
    data = _ics("CN=Milan Horvat:mailto:milan.horvat@adriatic-talent.example", [],
                "Hi Sam,\n\nA first call about the Backend Engineer role with us.\n\nMilan\n"
                "Milan Horvat | Talent Partner",
                summary="Recruiter screen - Sam Candidate")
    assert _people(data)[0] == ["Milan Horvat"]
