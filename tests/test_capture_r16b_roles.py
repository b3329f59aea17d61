"""Who interviews and who set it up (issue 23, session 16): everyone a sentence lists as met
is met, whatever their title; a calendar sent by a delegate (SENT-BY) was set up by the
delegate and meets the candidate with its organizer; one person per address whatever the
script of the name the letter signs with."""

from __future__ import annotations

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

OWN = frozenset({"sam@gmail.com"})


def _fold(line: str) -> list[str]:
    out = [line[:70]]
    line = line[70:]
    while line:
        out.append(" " + line[:69])
        line = line[69:]
    return out


def _ics(organizer: str, attendees: list[str], description: str, summary: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Writer//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:r16b-roles@test", "DTSTAMP:20270101T090000Z",
             "DTSTART:20270115T100000Z", "DTEND:20270115T110000Z", f"SUMMARY:{summary}",
             *_fold(f"ORGANIZER;{organizer}"),
             *_fold("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Candidate:mailto:sam@gmail.com")]
    for a in attendees:
        lines += _fold(f"ATTENDEE;ROLE=REQ-PARTICIPANT;{a}")
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines += _fold(f"DESCRIPTION:{desc}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def _people(raw: bytes) -> tuple[set[str], str | None]:
    prop = propose(read(raw, "UTC")[0], OWN, Known((), {}))
    staff = {p.email or p.name for p in prop.interviewers}
    coord = prop.coordinator
    return staff, (coord.email or coord.name) if coord else None


def test_the_writer_listed_with_the_other_interviewer_in_a_sentence_is_met() -> None:
    raw = _ics("CN=Katja Brenner:mailto:katja.brenner@halvard.example",
               ["CN=Oskar Lind:mailto:oskar.lind@halvard.example"],
               "Hei Sam,\n\nKutsumme sinut haastatteluun. Haastattelussa ovat mukana Oskar "
               "Lind (tuotepäällikkö) ja Katja Brenner (HR-asiantuntija).\n\nYstävällisin "
               "terveisin,\nKatja Brenner\nHR-asiantuntija | Halvard Oy",
               "Haastattelu: Product Analyst - Halvard")
    staff, coord = _people(raw)
    assert staff == {"oskar.lind@halvard.example", "katja.brenner@halvard.example"}
    assert coord is None


def test_a_recruiter_listed_between_commas_beside_a_manager_is_met() -> None:
    raw = _ics("CN=Talent Team:mailto:noreply@jobs.example",
               ["CN=Mira Castell:mailto:mira.castell@orvane.example",
                "CN=Tobias Wren:mailto:tobias.wren@orvane.example"],
               "Hello Sam,\n\nYou will meet Mira Castell, Head of Finance, and Tobias Wren, "
               "Talent Acquisition Partner.\n\nKind regards,\nThe Talent Team - Orvane",
               "Interview - Financial Controller - Orvane")
    staff, coord = _people(raw)
    assert staff == {"mira.castell@orvane.example", "tobias.wren@orvane.example"}
    assert coord is None


def test_an_or_between_two_names_is_no_list_of_the_met() -> None:
    from followup.capture.listed_together import listed_together
    from followup.core.model import Person

    boss = Person(name="Mira Castell", email="mira@x.example")
    rec = Person(name="Tobias Wren", email="tobias@x.example")
    text = "Questions? Ask Mira Castell (Finance) or Tobias Wren (Talent)."
    assert listed_together([boss], rec, text) == ((boss,), rec)


def test_a_delegate_who_sends_for_the_organizer_set_it_up() -> None:
    raw = _ics('CN=Ferreira Duarte;SENT-BY="mailto:lea.morel@quintal.example":mailto:'
               "duarte.ferreira@quintal.example",
               ["CN=Ines Vaz:mailto:ines.vaz@quintal.example"],
               "Dear Sam,\n\nOn behalf of our CFO I am sending the invitation for your "
               "second interview.\n\nDuarte will be joined by Ines Vaz (Controller).\n\n"
               "Best regards,\n\nLea Morel\nOffice Manager",
               "Second interview - Treasury Lead")
    staff, coord = _people(raw)
    assert "duarte.ferreira@quintal.example" in staff
    assert "ines.vaz@quintal.example" in staff
    assert coord == "lea.morel@quintal.example"


def test_a_delegate_named_only_in_the_signature_keeps_their_address() -> None:
    from followup.capture.delegate import sent_for
    from followup.core.model import Person

    raw = _ics('CN="Horvat, Marko";SENT-BY="mailto:p.novak@dravalink.example":mailto:'
               "m.horvat@dravalink.example",
               ["CN=Ana Kos:mailto:a.kos@dravalink.example"],
               "Pozdravljeni,\n\nvabimo vas na razgovor.\n\nLep pozdrav,\nPetra Novak\n"
               "Poslovna asistentka", "Razgovor - Analitik")
    inv = read(raw, "UTC")[0]
    marko = Person(name="Marko Horvat", email="m.horvat@dravalink.example")
    ana = Person(name="Ana Kos", email="a.kos@dravalink.example")
    staff, coord = sent_for(inv, [ana], marko, OWN)
    assert coord == Person(name="Petra Novak", email="p.novak@dravalink.example")
    assert set(staff) == {marko, ana}


def test_a_delegate_who_sits_in_stays_an_interviewer() -> None:
    from followup.capture.delegate import sent_for
    from followup.core.model import Person

    raw = _ics('CN=Marko Horvat;SENT-BY="mailto:p.novak@dravalink.example":mailto:'
               "m.horvat@dravalink.example",
               ["CN=Petra Novak:mailto:p.novak@dravalink.example"], "Hello Sam", "Interview")
    inv = read(raw, "UTC")[0]
    petra = Person(name="Petra Novak", email="p.novak@dravalink.example")
    marko = Person(name="Marko Horvat", email="m.horvat@dravalink.example")
    assert sent_for(inv, [petra], marko, OWN) == ((petra,), marko)


def test_a_delegate_the_text_names_but_not_invited_is_not_met() -> None:
    """An assistant who sends the manager's invitation and signs it is no interviewer when
    the calendar does not invite them: never thanked for a meeting they were not in."""
    raw = _ics('CN=Erik Lindgren;SENT-BY="mailto:sara.holm@lindqvist.example":mailto:'
               "erik.lindgren@lindqvist.example",
               ["CN=Erik Lindgren:mailto:erik.lindgren@lindqvist.example"],
               "Hej Sam, Erik will meet you in room Vanern.\nKind regards, Sara Holm, "
               "assistant to Erik Lindgren", "Interview: Data Engineer - Lindqvist Marine AB")
    staff, coord = _people(raw)
    assert staff == {"erik.lindgren@lindqvist.example"} and \
        coord == "sara.holm@lindqvist.example"


def test_a_signature_in_latin_letters_is_the_organizer_named_in_another_script() -> None:
    raw = _ics("CN=山本 彩:mailto:a.yamamoto@kitahara-denki.example",
               ["CN=Mori Takeshi:mailto:t.mori@kitahara-denki.example"],
               "Dear Sam,\n\nInterviewer: Mori Takeshi (Engineering Lead)\n\nBest regards,\n"
               "Kitahara Denki - HR\nYamamoto Aya",
               "一次面接 / First interview - Kitahara Denki")
    prop = propose(read(raw, "UTC")[0], OWN, Known((), {}))
    everyone = [*prop.interviewers, *([prop.coordinator] if prop.coordinator else [])]
    assert sum(p.email == "a.yamamoto@kitahara-denki.example" or "Yamamoto" in p.name
               for p in everyone) == 1
