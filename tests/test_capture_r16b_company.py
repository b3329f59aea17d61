"""What the reader named as the employer that is no employer at all (session 16, second
round, company): a line about a person, a firm that calls the employer its client, a
tool's heading glued to a script without spaces, an emoji on a title's edge, and the one
firm a free-mail sender writes with its legal form. Every invitation here is new."""

from __future__ import annotations

from tests.test_capture_company import company
from tests.test_capture_people import ics
from tests.test_capture_people_rules import ME, OWN
from tests.test_capture_r14_any import eml

from followup.capture.client_of_sender import calls_it_client
from followup.capture.employer_holds_person import holds_given_name
from followup.capture.invitations import read
from followup.capture.meeting_line import service_heading
from followup.capture.propose import Known, propose


def company_of(data: bytes) -> str:
    return propose(read(data, "UTC")[0], OWN, Known((), {})).company.value


def test_a_span_that_holds_a_persons_given_name_alone_is_about_that_person() -> None:
    assert holds_given_name("Entrevue Noor", ["Noor"])  # the candidate
    assert holds_given_name("Groetjes Wouter", ["Wouter de Boer"])  # the sender's closing
    assert not holds_given_name("Bakkerij de Boer", ["Wouter de Boer"])  # named for him
    assert not holds_given_name("Wouter de Boer Transport", ["Wouter de Boer"])
    assert not holds_given_name("Lindqvist Marine", ["Anna Berg"])
    assert not holds_given_name("Noor", ["Noor"])  # one word: the other readers' call


def test_a_title_that_greets_the_candidate_yields_to_the_signature() -> None:
    # the candidate is the attendee "Sam Candidate": "Rozhovor Sam" is the title's heading
    got = company("Rozhovor Sam - vedoucí směny",
                  "CN=Petra Dvořáková:mailto:petra.dvorakova77@seznam.example",
                  "Dobrý den,\ntěším se na vás ve čtvrtek.\n\nS pozdravem\nPetra Dvořáková\n"
                  "Pekárna Vltavín")
    assert got == "Pekárna Vltavín"


def test_a_firm_that_calls_the_employer_its_client_is_not_the_employer() -> None:
    assert calls_it_client("an interview with our client, a listed logistics group")
    assert calls_it_client("de rol bij onze opdrachtgever – een bank in Utrecht")
    assert calls_it_client("das Gespräch mit unserem Auftraggeber, einem Versicherer")
    assert not calls_it_client("you would be placed on site at our client for six months")
    assert not calls_it_client("our clients love the product")
    got = company("Intro call – Head of Treasury",
                  "CN=Marit Holm:mailto:marit.holm@nordkyst-partners.example",
                  "Hi Sam,\nas discussed, this is the first call about the role with our "
                  "client, a family-owned shipping group in Bergen (name shared at the next "
                  "stage).\n\nBest,\nMarit Holm\nSenior Consultant\nNordkyst Partners AS")
    assert got == ""


def test_a_client_the_firm_names_is_still_the_employer() -> None:
    got = company("Interview – Plant Controller",
                  "CN=Marit Holm:mailto:marit.holm@nordkyst-partners.example",
                  "Hi Sam,\nyour interview with our client, Fjordbyen Aluminium, is "
                  "confirmed.\n\nBest,\nMarit Holm\nNordkyst Partners AS")
    assert got.startswith("Fjordbyen Aluminium")


def test_a_video_services_heading_in_a_script_without_spaces() -> None:
    assert service_heading("Zoomミーティングに参加する")
    assert service_heading("Teams会议")
    assert not service_heading("Zoomly Analytics")


def test_an_emoji_on_the_titles_edge_is_not_the_names() -> None:
    got = company("Coffee with Atelier Brons 👋",
                  "CN=Lotte Smit:mailto:lotte@atelierbrons.example",
                  "Hi Sam, see you at Atelier Brons on Friday.\nLotte")
    assert got == "Atelier Brons"


def test_the_one_firm_a_free_mail_sender_writes_with_its_legal_form() -> None:
    cal = ics("Entrevista – auxiliar de cozinha",
              "CN=Rui Tavares:mailto:rui.tavares.cozinha@gmail.com", [ME])
    data = eml("From: Rui Tavares <rui.tavares.cozinha@gmail.com>\nTo: sam@gmail.com\n"
               "Subject: Entrevista",
               "Bom dia Sam,\n\nespero por si na quarta às 10h na cozinha.\n\n"
               "Cumprimentos\nRui Tavares\nTasca do Largo, Lda.\n912 555 301", cal)
    assert company_of(data).startswith("Tasca do Largo")


def test_a_footers_line_that_ends_in_a_legal_form_is_the_name_whatever_its_case() -> None:
    from followup.capture.employer_footer import footer_names

    assert list(footer_names("Svenska trävaruhuset AB")) == [(["Svenska", "trävaruhuset"],
                                                              " AB")]
    assert list(footer_names("Please come early as")) == []
    assert list(footer_names("Dolní 12, 602 00 Brno")) == []
    got = company("Pohovor – Sam Candidate – technolog",
                  "CN=Eva Horáková:mailto:eva.horakova@slezske-sklarny.example",
                  "Dobrý den,\npotvrzuji pohovor.\n\nS pozdravem\nEva Horáková\n"
                  "Slezské sklárny a.s.\nOpavská 5, Ostrava")
    assert got == "Slezské sklárny a.s."


def test_an_aside_that_ends_a_signature_line_is_not_the_line() -> None:
    from followup.capture.employer_footer import without_asides

    assert without_asides("Jo Lind | founder, Brasa (we're tiny, no site yet)") == \
        "Jo Lind | founder, Brasa"
    assert without_asides("Call – Finance (Kestrel Banking Group)") == \
        "Call – Finance (Kestrel Banking Group)"
    got = company("Chat Sam <> Jo",
                  "CN=Jo Lindqvist:mailto:jo.lindqvist@gmail.com",
                  "Hey Sam, quick call tonight?\n\nJo\n--\nJo Lindqvist | co-founder, Brasa "
                  "(we're still tiny, no site yet)")
    assert got == "Brasa"
