"""Who set it up, when the writer once spoke with the candidate (issue 23, read in held-out set
25 once retired): "following your conversation with me last week" is a talk that is over, not
a part of the meeting given to the writer; a recruiter who signs under a listed panel set it
up. Every example is our own."""

from __future__ import annotations

import pytest

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hand made//EN
BEGIN:VEVENT
UID:past-{n}@kiwanja.example
DTSTAMP:20261207T090000Z
DTSTART;TZID=Africa/Nairobi:20270119T100000
DTEND;TZID=Africa/Nairobi:20270119T110000
SUMMARY:Kiwanja | Panel interview – Data Analyst
DESCRIPTION:Dear Sam\\,\\n\\n{said}\\n\\nYour panel:\\n- Otieno Mwangi\\, Head of Data\\n- Akinyi
 Njeri\\, Senior Analyst\\n\\nKind regards\\,\\n\\nWambui Kariuki\\nTalent Acquisition Partner |
  Kiwanja Ltd
ORGANIZER;CN=Kiwanja Talent:mailto:talent@kiwanja.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Otieno Mwangi:mailto:otieno.mwangi@kiwanja.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Akinyi Njeri:mailto:akinyi.njeri@kiwanja.example
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Wambui Kariuki:mailto:wambui.kariuki@kiwanja.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam Mutua:mailto:sam.mutua@example.com
END:VEVENT
END:VCALENDAR
"""


def _read(said: str) -> tuple[list[str], str | None]:
    raw = ICS.format(n=abs(hash(said)), said=said).replace("\n", "\r\n").encode()
    got = propose(read(raw, "Africa/Nairobi")[0], frozenset({"sam.mutua@example.com"}),
                  Known((), {}))
    return sorted(p.email or "" for p in got.interviewers), (
        got.coordinator.email if got.coordinator else None)


@pytest.mark.parametrize("said", [
    "Following your conversation with me last week\\, we would like to invite you to a panel.",
    "Thank you for the call with me yesterday\\; the panel would like to meet you.",
])
def test_a_talk_that_is_over_does_not_put_the_writer_in_the_meeting(said: str) -> None:
    staff, coordinator = _read(said)
    assert staff == ["akinyi.njeri@kiwanja.example", "otieno.mwangi@kiwanja.example"]
    assert coordinator == "wambui.kariuki@kiwanja.example"


def test_a_part_of_the_meeting_with_the_writer_still_puts_them_in_it() -> None:
    staff, _ = _read("The first 20 minutes will be a chat with me\\, then the panel.")
    assert "wambui.kariuki@kiwanja.example" in staff
