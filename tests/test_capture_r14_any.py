"""Who is who, session 14 (issue 23), read from habits of any world: each invitation is
written for this test in another business's words (none is copied from the fixtures)."""

from __future__ import annotations

from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, esc, people_of

from followup.capture.addresses import is_relay, service


def names(data: bytes) -> tuple[list[str], str | None]:
    staff, coord = people_of(data)
    return [n for n, _ in staff], coord[0] if coord else None


def test_a_services_domain_with_a_placeholder_top_level_domain_is_still_the_service() -> None:
    assert service("myworkday.example") and service("hire.lever.test")
    assert service("jobvite-mail.example") and service("acme.zoom.example")
    assert is_relay("kestrel@myworkday.example")
    assert not service("kestrelfoods.example") and not service("gem.example")
    data = ics("Interview: Bakery Supervisor", "CN=Kestrel Foods:mailto:kestrel@myworkday.example",
               ["CN=Tomasz Zielinski:mailto:tomasz.zielinski@kestrelfoods.example", ME],
               esc("Dear Sam,\n\nYou will meet Tomasz Zielinski, Production Manager.\n\n"
                   "Kind regards,\nPeople Team"))
    staff, coord = names(data)
    assert staff == ["Tomasz Zielinski"] and coord is None
