"""The employer of an invitation, session 11's second round (issue 23's company): general
habits behind people_dev18/19/22/23/24's misses, each with a new example (no fixture's)."""

from __future__ import annotations

from tests.test_capture_company import company
from tests.test_capture_company_s10b import _with_note


def test_a_line_that_writes_the_domains_word_whole_beats_the_domains_guess() -> None:
    # the signature's last line, an institution's word before the name its domain spells
    assert _with_note("Gesprek - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@oosterbrug.example",
                      "Beste Sam,\n\nTot dan.\n\nAda Fenn\nWaterschap Oosterbrug") == \
        "Waterschap Oosterbrug"
    # a heading before a dash, the name inside an institution's words
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@lowmoorgallery.example",
                      "Regional Gallery of Lowmoor – panel 3, Curator.\n\nSee you.") == \
        "Regional Gallery of Lowmoor"
    # a name before its street address, the trade word after the domain's
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Brask:mailto:ada@braskboats.example",
                      "Come by at 9.\n\nBrask & Sons Sailmakers, 7 Quay Rd, Whitby") == \
        "Brask & Sons Sailmakers"



def test_the_signatures_registered_name_completes_the_titles_short_one() -> None:
    # the title's short name, the signature's line going on to trade words and a legal form
    assert company("Trial shift - Pennick & Sons",
                   "CN=Ada Pennick:mailto:ada@pennickandsons.example",
                   "Bring boots.\n\nAda\nPennick & Sons Stonemasons Ltd") == \
        "Pennick & Sons Stonemasons Ltd"
    # without the legal form the title's own spelling stands (trade words vary by writer)
    assert company("Trial shift - Pennick & Sons",
                   "CN=Ada Pennick:mailto:ada@pennickandsons.example",
                   "Bring boots.\n\nAda\nPennick & Sons Stonemasons") == "Pennick & Sons"
    # a team's sentence that ends in the firm's name and form is no name of it
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@kornfeld.example",
                      "Viele Grüße\nIhr Recruiting-Team der Kornfeld Bank AG") != \
        "Ihr Recruiting-Team der Kornfeld Bank AG"


def test_a_groups_domain_names_the_trading_name_the_signature_writes() -> None:
    # grupo-… : the group's word before the name; the signature's piece after a bar, not the
    # department's before it
    assert company("Llamada: Sam Candidate / Jefe de Cocina",
                   "CN=Ada Ruiz:mailto:ada.ruiz@grupo-olivar.example",
                   "Hola Sam,\n\nUn saludo,\nAda Ruiz\nSelección de Talento | Bodegas Olivar") \
        == "Bodegas Olivar"
    # the group's name written whole still wins
    assert company("Call - Sam Candidate",
                   "CN=Ada Ruiz:mailto:ada.ruiz@grupo-olivar.example",
                   "Thanks for applying to Grupo Olivar.\n\nAda") == "Grupo Olivar"

def test_a_persons_line_or_a_site_is_not_the_employers_whole_name() -> None:
    # the person of the file whose surname the domain spells signs: no company from it
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Brask:mailto:ada@braskboats.example",
                      "Come by at 9.\n\nAda Brask") != "Ada Brask"
    # a site of the employer, a building's word after its name
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@tollgate.example",
                      "See you.\n\nTollgate Support Centre, 2nd floor") != \
        "Tollgate Support Centre"
    # a sentence that starts with the name's owner is no line of the name ("Your …")
    assert _with_note("Interview - Sam Candidate",
                      "CN=Ada Fenn:mailto:ada.fenn@corvidinsure.example",
                      "Your Corvid Insurance Call\n\nSee you.") != "Your Corvid Insurance Call"


def test_a_title_piece_the_description_calls_the_job_is_no_employer() -> None:
    # "the X role": the title's lone piece is the job, the signature's firm the employer
    assert company("Interview - Loss Adjuster",
                   "CN=Ada Fenn:mailto:ada.fenn@brenmoor.example",
                   "Hi Sam,\n\nThis is for the Loss Adjuster role (Property).\n\nAda Fenn | "
                   "Brenmoor Mutual Assurance") != "Loss Adjuster"
    # "an interview for X", the firm named where the writer thanks the candidate
    assert company("Video interview: Cellar Host w/ Tours",
                   "CN=Recruitment Team:mailto:jobs@quillmere.example",
                   "Thank you for your interest in Quillmere & Holt Cider. We invite you to "
                   "a video interview for Cellar Host w/ Tours.") == "Quillmere & Holt Cider"
    # a name that ends in a company's word is not refused for following "interview for"
    assert company("Interview - Orbital Pet Insurance",
                   "CN=Ada Fenn:mailto:ada.fenn@gmail.com",
                   "An interview for Orbital Pet Insurance, with Ada.") == \
        "Orbital Pet Insurance"

def test_polands_civil_partnership_is_a_legal_form() -> None:
    from followup.core.companies import is_legal_form, legal_tail

    assert is_legal_form("s.c.") and legal_tail(" s.c. – rozmowa") == " s.c."
    assert company("Rozmowa - Sam Candidate",
                   "CN=Ada Nowak:mailto:ada@nowak-okna.example",
                   "Nowak Okna s.c. – rozmowa o pracę.") == "Nowak Okna s.c."


def test_a_partners_particle_after_the_ampersand_stays_in_the_name() -> None:
    # "Smit & de Wit": the second partner's particle is lower case, the name goes on
    assert company("Gesprek - Sam Candidate",
                   "CN=Ada Smit:mailto:a.smit@sdw.example",
                   "Het gesprek bij Smit & de Wit Installatietechniek.\n\nAda") == \
        "Smit & de Wit Installatietechniek"


def test_the_site_after_the_job_yields_to_the_name_that_writes_the_domains_words() -> None:
    # the title's piece after the job is the premises; the signature's group writes each word
    # of the two-word domain
    assert company("Entrevista: Jefe de Sala - Restaurante Marjal Valencia",
                   "CN=Ada Ruiz:mailto:ada.ruiz@marjal-restaurantes.example",
                   "Hola Sam,\n\nUn saludo,\nAda Ruiz\nSelección, Grupo Marjal Restaurantes") \
        == "Grupo Marjal Restaurantes"
