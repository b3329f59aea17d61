"""Who the candidate is when the user has not said (`followup me --email` unset; issue 23, met
in session 13's walkthrough): a small employer invites from their own private mailbox
(organizer and attendee ana.sousa@gmail.com) and the candidate's gmail is the other attendee.
Both addresses are free mail, so "the one attendee from outside the organizer's organisation"
found nobody and the candidate was thanked as an interviewer. The organizer is never their
own candidate; among several private addresses, the one the greeting names ("Hi Sam,") is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from followup.capture.invitations import read
from followup.capture.propose import Known, propose

Cli = Callable[..., Any]

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hand made//EN
BEGIN:VEVENT
UID:{uid}@unknown.example
DTSTAMP:20261207T090000Z
DTSTART;TZID=Europe/Dublin:20261215T100000
DTEND;TZID=Europe/Dublin:20261215T110000
SUMMARY:Interview: Bar Supervisor
DESCRIPTION:{said}
ORGANIZER;CN=Ciara Walsh:mailto:ciara.walsh.pub@gmail.com
{attendees}END:VEVENT
END:VCALENDAR
"""
ME = "ATTENDEE;CN=Tomás Ruane:mailto:tomas.ruane88@gmail.com\n"
ORG = "ATTENDEE;CN=Ciara Walsh:mailto:ciara.walsh.pub@gmail.com\n"
MANAGER = "ATTENDEE;CN=Declan Walsh:mailto:declan.walsh@gmail.com\n"


def _ics(said: str, attendees: str) -> bytes:
    text = ICS.format(uid=abs(hash((said, attendees))), said=said, attendees=attendees)
    return text.replace("\n", "\r\n").encode()


def _staff(said: str, attendees: str) -> list[str]:
    inv = read(_ics(said, attendees), "Europe/Dublin")[0]
    return [p.email or "" for p in propose(inv, frozenset(), Known((), {})).interviewers]


@pytest.mark.parametrize(("said", "attendees", "staff"), [
    # the organizer attends from the same private mailbox: the other address is yours
    ("See you Tuesday at the bar.", ORG + ME, ["ciara.walsh.pub@gmail.com"]),
    # the organizer invites only you
    ("Quick chat about the job.", ME, ["ciara.walsh.pub@gmail.com"]),
    # two private addresses besides the organizer: the greeting says which is yours
    ("Hi Tomás, Declan and I will meet you at the bar.", ORG + ME + MANAGER,
     ["ciara.walsh.pub@gmail.com", "declan.walsh@gmail.com"]),
])
def test_the_candidate_is_never_thanked_as_an_interviewer(said: str, attendees: str,
                                                          staff: list[str]) -> None:
    got = _staff(said, attendees)
    assert "tomas.ruane88@gmail.com" not in got
    assert sorted(got) == sorted(staff)


def test_two_private_addresses_and_no_greeting_guess_nobody() -> None:
    inv = read(_ics("We'll meet at the bar.", ORG + ME + MANAGER), "Europe/Dublin")[0]
    got = propose(inv, frozenset(), Known((), {}))
    assert "you are taken to be" not in got.people_how


def test_through_the_cli_and_a_week_on(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "pub.ics"
    path.write_bytes(_ics("See you Tuesday at the bar.", ORG + ME))
    asked = " ".join(cli("add", "--from", str(path), now="2026-12-07T09:00").stdout.split())
    assert "you are taken to be tomas.ruane88@gmail.com" in asked
    assert "followup add COMPANY --from FILE" in asked  # the hint is a command that works
    res = cli("add", "The Anchor", "--from", str(path), "--yes", "--json",
              now="2026-12-07T09:00")
    assert res.code == 0, res.stderr
    assert "Ruane" not in res.stdout  # never an interviewer, never thanked
    late = cli("today", now="2026-12-22T18:00")  # a week after the interview, nothing done
    assert late.code == 0 and "Tomás" not in late.stdout and "Ciara Walsh" in late.stdout


def test_an_address_on_file_that_the_invitation_does_not_carry_is_said_so() -> None:
    """The user gave another address (`followup me --email`): the guess says it is not that
    one, instead of asking them to set an address they have set."""
    inv = read(_ics("See you Tuesday at the bar.", ORG + ME), "Europe/Dublin")[0]
    said = propose(inv, frozenset({"tomas@ruane.example"}), Known((), {})).people_how
    assert "you are taken to be tomas.ruane88@gmail.com, which is not the address you gave" \
        in said
    assert "followup me --email" not in said
