"""The employer's name is a span the file writes, chosen by evidence (session 16, company):
every invitation here is new, one per habit of capture/employer_evidence.py."""

from __future__ import annotations

from tests.test_capture_company import company

from followup.capture.employer_evidence import (
    aligned,
    as_written,
    greeting_or_closing,
    written,
)


def test_a_greeting_or_a_closing_is_never_a_company() -> None:
    assert greeting_or_closing("Hey Robin")
    assert greeting_or_closing("Hallo Robin")
    assert greeting_or_closing("Herzliche Grüße")
    assert greeting_or_closing("Mit freundlichen Grüßen")
    assert greeting_or_closing("Kind regards")
    assert not greeting_or_closing("Heyward Lumber")
    assert not greeting_or_closing("Herzog Mühlenbau")


def test_a_greeting_the_reader_took_for_the_employer_yields_to_the_next_source() -> None:
    # the description's greeting line is no company: the signature's name is
    assert company("Interview – Sam Candidate",
                   "CN=Ilse Varga:mailto:ilse.varga@marrowfield.example",
                   "Herzliche Grüße\nIlse Varga\nMarrowfield Orgelbau") == "Marrowfield Orgelbau"


def test_the_files_spelling_of_a_name_a_domain_writes_without_its_marks() -> None:
    texts = ["Mit freundlichen Grüßen\nJonas Weber\nGrüner Bogen Eifel e.V."]
    assert as_written("Gruener Bogen Eifel", texts) == "Grüner Bogen Eifel"
    assert as_written("Tidewater Sails", ["Welcome to TIDEWATER SAILS."]) == "Tidewater Sails"
    assert as_written("Halden Rope", ["Welcome to Northcote."]) == ""


def test_a_written_span_the_domain_writes_by_initials_and_words() -> None:
    texts = ["Met vriendelijke groet,\nAnouk Smit\nVan den Heuvel Transport B.V."]
    assert aligned(texts, ["vdheuveltransport.example"]) == "Van den Heuvel Transport"
    assert aligned(texts, ["mailhub.example"]) == ""
    # and the invitation proposes it, not the domain's letters run together
    assert company("Gesprek – Sam Candidate",
                   "CN=Anouk Smit:mailto:anouk.smit@vdheuveltransport.example",
                   "Beste Sam,\ntot dinsdag.\n" + texts[0]).startswith("Van den Heuvel Transport")


def test_a_name_is_written_case_and_script_aside() -> None:
    assert written("Corvid Print", ["join us at CORVID PRINT on Friday"])
    assert written("Lumen & Vale", ["Lumen and Vale, 4 Quay St"])
    assert written("北辰精工", ["面接のご案内：北辰精工株式会社の採用担当です。"])
    assert not written("Corvid Print", ["the print room at Corvid"])


def test_a_possessives_apostrophe_is_not_the_names() -> None:
    assert company("Interview – Sam Candidate",
                   "CN=Dana Ruiz:mailto:dana.ruiz@gmail.com",
                   "Hi Sam,\nthanks for your interest in Kestrel Orchards' seasonal roles. "
                   "The interview is with Kestrel Orchards' farm manager.\nDana Ruiz\n"
                   "Kestrel Orchards") == "Kestrel Orchards"


def test_quotes_and_an_apostrophe_on_the_edge_are_trimmed() -> None:
    from followup.capture.employer_evidence import _edge_clean

    assert _edge_clean("Kestrel Orchards'") == "Kestrel Orchards"
    assert _edge_clean("“Kestrel Orchards”") == "Kestrel Orchards"
    assert _edge_clean("O'Neill Joinery") == "O'Neill Joinery"
