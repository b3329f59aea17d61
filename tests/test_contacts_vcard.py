"""C4: business cards in vCard files, as phones, address books and card scanners write them.
Parsed card by card; broken cards are reported and skipped; exports read back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject  # type: ignore[import-untyped]

from followup.contacts import vcard
from followup.contacts.files import decode
from followup.core.contacts import Card, Contact
from followup.core.errors import BadInput

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"


def _parse(name: str, region: str | None = None) -> vcard.Parsed:
    path = FIXTURES / name
    return vcard.parse(decode(path.read_bytes(), name), name, region)


def test_iphone_export_v3_with_several_cards_groups_and_a_photo() -> None:
    parsed = _parse("iphone-export.vcf", region="US")
    assert [line for line, _ in parsed.cards] == [1, 23, 33]
    jane, chidi, asa = (c for _, c in parsed.cards)
    assert jane.name == "Jane Q. Doe"
    assert jane.company == "Stripe, Inc."  # the escaped comma, and ORG's first part only
    assert jane.title == "Engineering Manager"
    assert jane.emails == ("jane.doe@stripe.example", "jqdoe@mail.example")  # pref first
    assert jane.phones == ("+14155550134", "+14155550100")  # E.164, with the region
    assert jane.address == "510 Townsend St, San Francisco, CA 94103, United States"
    assert jane.linkedin_url == "https://www.linkedin.com/in/jane-q-doe"
    assert jane.notes is not None and jane.notes.startswith("Panel interview, 23 Nov.")
    assert jane.notes.endswith("Asked about the data platform.")  # a folded line, unfolded
    assert chidi.phones == ("+442079460958",)
    assert asa.name == "Åsa Lindqvist"
    assert asa.linkedin_url == "https://www.linkedin.com/in/asalindqvist"  # X-SOCIALPROFILE
    assert parsed.skipped == [] and parsed.warnings == []


def test_local_numbers_without_a_region_are_kept_as_written_with_a_note() -> None:
    parsed = _parse("iphone-export.vcf")
    assert parsed.cards[0][1].phones == ("(415) 555-0134", "+14155550100")
    assert len(parsed.warnings) == 1 and "(415) 555-0134" in parsed.warnings[0].reason


def test_google_contacts_export_with_lf_line_ends() -> None:
    raj, mei = (c for _, c in _parse("google-contacts.vcf").cards)
    assert raj.company == "Acme Corp" and raj.phones == ("+16465550182",)
    assert raj.address == "1 Main St, Suite 400, New York, NY 10001, US"
    assert raj.linkedin_url is None  # a team page is not a LinkedIn profile
    assert mei.company == "Metaview" and mei.phones == ()


def test_card_scanner_v4_with_tel_uris_and_pref() -> None:
    (line, sofia), = _parse("scanned-card-v4.vcf").cards
    assert line == 1
    assert sofia.name == "Dr. Sofia Marquez"
    assert sofia.company == "Applied Materials, Inc."
    assert sofia.emails == ("sofia.marquez@amat.example", "sofia.m@mail.example")
    assert sofia.phones == ("+14085550147", "+14085550199")
    assert sofia.adr == ("", "", "3050 Bowers Ave", "Santa Clara", "CA", "95054", "USA")
    assert sofia.linkedin_url == "https://www.linkedin.com/in/sofia-marquez-eng"


def test_android_v21_quoted_printable() -> None:
    (_, card), = _parse("android-2.1.vcf", region="DE").cards
    assert card.name == "Jürgen Müller"
    assert card.phones == ("+491701234567", "+49301234567")


def test_broken_cards_are_skipped_with_their_line_and_the_rest_kept() -> None:
    parsed = _parse("broken.vcf")
    assert [c.name for _, c in parsed.cards] == ["Good One", "Bad Address"]
    assert [(p.line, p.reason.split(":")[0]) for p in parsed.skipped] == [
        (11, "malformed card"), (12, "card has no name (neither FN nor N)"),
        (22, "card has no END"),
    ]
    bad = parsed.cards[1][1]
    assert bad.emails == () and bad.phones == ()  # an impossible address and number dropped
    assert len(parsed.warnings) == 2


@pytest.mark.parametrize("text", ["", "hello\n", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"])
def test_a_file_without_any_card_is_refused(text: str) -> None:
    with pytest.raises(BadInput, match="not a vCard file"):
        vcard.parse(text, "x.vcf")


def test_binary_files_are_refused() -> None:
    with pytest.raises(BadInput, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.vcf")


def test_windows_1252_text_is_read() -> None:
    text = decode("BEGIN:VCARD\r\nFN:Ren\xe9e\r\nEND:VCARD\r\n".encode("cp1252"), "x")
    (_, card), = vcard.parse(text, "x").cards
    assert card.name == "Renée"


FULL = Card(name="Jane Q. Doe", title="Engineering Manager", company="Stripe, Inc.",
            emails=("jane@stripe.example", "jq@mail.example"),
            phones=("+14155550134", "+14155550100"),
            address="510 Townsend St, San Francisco, CA 94103, USA",
            adr=("", "", "510 Townsend St", "San Francisco", "CA", "94103", "USA"),
            linkedin_url="https://www.linkedin.com/in/jane-q-doe",
            notes="Met at the panel; likes data.\nSecond line, with a comma")


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_is_valid_and_reads_back_identically(version: str) -> None:
    from followup.core.model import Channel

    contacts = [Contact(1, FULL, ""), Contact(2, Card(name="Cher"), ""),
                Contact(3, Card(name="Raj Patel", company="Acme", phones=("+1 555 0100 x",),
                                preferred_channel=Channel.PHONE, linkedin_ok=False,
                                address="Somewhere 1"), "")]
    text = vcard.write(contacts, version)
    components = list(vobject.readComponents(text))
    assert [c.version.value for c in components] == [version] * 3
    assert "".join(c.serialize() for c in components) == text  # vobject re-reads it unchanged
    again = vcard.parse(text, "out.vcf")
    cards = [c for _, c in again.cards]
    assert cards[0] == FULL
    assert cards[1] == Card(name="Cher")
    assert cards[2].preferred_channel is Channel.PHONE and cards[2].linkedin_ok is False
    assert cards[2].adr == ("", "", "Somewhere 1", "", "", "", "")
    assert again.skipped == [] and all("kept as written" in w.reason for w in again.warnings)


def test_v4_writes_tel_uris_and_v3_writes_types() -> None:
    v4 = vcard.write([Contact(1, FULL, "")], "4.0")
    assert "TEL;PREF=1;VALUE=uri:tel:+14155550134" in v4
    v3 = vcard.write([Contact(1, FULL, "")], "3.0")
    assert "EMAIL;TYPE=INTERNET,pref:jane@stripe.example" in v3
    assert v3.count("\r\n") > 10  # CRLF, as the standard wants


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(BadInput, match=r"3\.0 or 4\.0"):
        vcard.write([], "2.1")
