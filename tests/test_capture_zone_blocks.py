"""A zone defined by its rules belongs to its own file. icalendar keeps the first VTIMEZONE
of each TZID for the whole process; Outlook names every zone it customises "Customized Time
Zone", so a server or an inbox reading many invitations must not read the second file's time
by the first file's rules (found when two test files ran in one process)."""

from __future__ import annotations

from followup.capture.invitations import read


def _invite(uid: str, offset: str, std_name: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0//EN",
        "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}", f"TZNAME:{std_name}", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T120000Z",
        "DTSTART;TZID=Customized Time Zone:20261215T100000",
        "DTEND;TZID=Customized Time Zone:20261215T110000",
        "SUMMARY:Interview - Analyst - Tallow & Finch",
        "ORGANIZER;CN=Ines Duarte:mailto:ines@tallow.example",
        "ATTENDEE;CN=Sam Candidate:mailto:sam@gmail.com", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def test_each_file_is_read_by_its_own_block_of_a_shared_tzid() -> None:
    first = read(_invite("a@x", "+0530", "IST"), "UTC")[0]
    second = read(_invite("b@x", "-0300", "BRT"), "UTC")[0]
    again = read(_invite("c@x", "+0530", "IST"), "UTC")[0]
    assert first.at.utcoffset() is not None and second.at.utcoffset() is not None
    assert first.at.isoformat().endswith("+05:30"), first.at
    assert second.at.isoformat().endswith("-03:00"), second.at
    assert (second.at - first.at).total_seconds() == 8.5 * 3600
    assert again.at == first.at
