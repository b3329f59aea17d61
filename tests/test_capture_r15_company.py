"""The employer as the file calls it, session 15 (issue 23): the habits behind
people_dev55/57's company misses, each with an invitation of its own (no fixture's)."""

from __future__ import annotations

from tests.test_capture_company import company
from tests.test_capture_company_s10b import _with_note

from followup.capture.employer import undotted
from followup.core.companies import is_legal_form


def test_a_footers_registered_name_gives_way_to_the_name_the_file_calls_it() -> None:
    # the title and a sentence say "Saltvik", the legal footer "Saltvik Marine Systems AB"
    assert company("Saltvik – Design review – Sam Candidate",
                   "CN=Ines Moll:mailto:ines.moll@saltvik.example",
                   "Hi Sam,\n\nYou're booked for the design review for the Naval Architect "
                   "role at Saltvik.\n\nBest,\nInes\n\nSaltvik Marine Systems AB · Org.nr "
                   "559011-2233 · Hamngatan 4, Göteborg") == "Saltvik"
    # the title and a sentence say it, the signature's own line writes the registered name
    assert _with_note("Grenvik: intervju – Sam Candidate",
                      "CN=Olle Brask:mailto:olle.brask@grenvik.example",
                      "Hej Sam!\n\nVälkommen på intervju hos Grenvik på tisdag.\n\n"
                      "Hälsningar,\nOlle Brask\nGrenvik Logistik AB | Hamnvägen 2, Umeå") \
        == "Grenvik"
    # one word alone under a signature that is no legal footer may be a family's name
    assert _with_note("Grenvik: intervju – Sam Candidate",
                      "CN=Olle Brask:mailto:olle.brask@grenvik.example",
                      "Hej Sam!\n\nVälkommen på intervju hos Grenvik på tisdag.\n\n"
                      "Hälsningar,\nOlle Brask\nGrenvik Logistik AB") == "Grenvik Logistik AB"
    # two words the title and a sentence write do, under a signature's line
    assert _with_note("Torval Bank – intervju – Sam Candidate",
                      "CN=Olle Brask:mailto:olle.brask@torvalbank.example",
                      "Hej Sam!\n\nVälkommen på intervju hos Torval Bank på tisdag.\n\n"
                      "Hälsningar,\nOlle Brask\nTorval Bank Nordic AB") == "Torval Bank"
    # the title alone is not enough: the registered name stays
    assert _with_note("Grenvik: intervju – Sam Candidate",
                      "CN=Olle Brask:mailto:olle.brask@grenvik.example",
                      "Hej Sam!\n\nVälkommen på intervju.\n\nHälsningar,\nOlle Brask\n"
                      "Grenvik Logistik AB") == "Grenvik Logistik AB"

def test_a_registered_name_a_sentence_writes_is_kept() -> None:
    # the sentence calls it by its registered name: that is the name
    assert _with_note("Corvin – Interview – Sam Candidate",
                      "CN=Mara Lind:mailto:mara.lind@corvin.example",
                      "Hi Sam,\n\nthanks for your interest in the Analyst role at Corvin "
                      "Harbour Services Ltd.\n\nMara Lind\nCorvin Harbour Services Ltd | "
                      "4 Dock Road, Hull").rstrip(".") == "Corvin Harbour Services Ltd"
    # a job's line before it ("Recruiter, …") is no letterhead: the whole name stays
    assert _with_note("Pelham & Frost - Junior Analyst - chat with Sam",
                      "CN=Rob Dane:mailto:rob@pelhamfrost.example",
                      "Hi Sam,\n\nTalk soon.\n\nRob Dane\nRecruiter, Pelham & Frost "
                      "Advisory") == "Pelham & Frost Advisory"


def test_a_brand_before_its_registered_name_in_brackets_is_the_employer() -> None:
    assert company("Interview: Risk Analyst",
                   "CN=Talent:mailto:talent@kestrapay.example",
                   "Interview itinerary\nCompany: KestraPay (Kestra Finance Pte. Ltd.)\n"
                   "10:00 Lee Wen – Head of Risk") == "KestraPay"


def test_a_name_written_in_two_scripts_is_the_one_the_title_writes() -> None:
    assert company("Sam Candidate <> Blue Ridge Systems – SRE interview",
                   "CN=Chen Wei:mailto:chen.wei@blueridge.example",
                   "Company: Blue Ridge Systems 藍嶺系統\nInterviewer: Chen Wei") == \
        "Blue Ridge Systems"


def test_hungarian_and_other_legal_forms_are_forms_and_keep_their_dot() -> None:
    for form in ("Zrt.", "Nyrt.", "Kft.", "JSC", "Tbk", "S.A.C."):
        assert is_legal_form(form), form
    assert undotted("Tisza Energia Zrt.") == "Tisza Energia Zrt."
    # a legal form ends the name: the sentence's next words are the job's, whether the name
    # is read with its form or spelled out from the domain
    for org in ("CN=Tisza Energia Toborzás:mailto:toborzas@tisza-energia.example",
                "CN=Hegedűs Anna:mailto:hegedus.anna@tiszaenergia.example"):
        got = _with_note("Interjú – Sam Candidate", org,
                         "Kedves Sam!\n\nKöszönjük jelentkezését a Tisza Energia Zrt. Data "
                         "Engineer pozíciójára.\n\nÜdvözlettel,\nHegedűs Anna")
        assert got in ("Tisza Energia Zrt.", "Tisza Energia"), got
