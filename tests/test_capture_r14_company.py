"""The employer of an invitation, session 14's company round (issue 23): the habits behind
people_dev39/43's and people_dev45–47's company misses, each with a new example of my own
(no fixture's names, companies or wording)."""

from __future__ import annotations

from tests.test_capture_company import company

from followup.capture.mail_hosts import hiring_system, host, provider


def test_a_providers_or_a_systems_domain_under_any_suffix_is_the_mails_host() -> None:
    assert provider("posteo.example") and provider("gmx-mail.example")
    assert provider("icloud-mail.example") and provider("me.example")
    assert hiring_system("taleo.example") and hiring_system("jobvite-mail.example")
    assert hiring_system("greenhousemail.example")
    # an employer's own domain, or one that merely contains a provider's letters
    assert not host("mailchimp-partners.example") and not host("orangery-bakes.example")
    assert not host("kettleworks.example") and not host("mail.kettleworks.example")


def test_the_owner_writing_from_a_providers_domain_names_the_premises() -> None:
    # the location's business before its street, not the provider's name
    assert company("Trial shift - Sam", "CN=Noor Haddad:mailto:noor.h@yahoo-mail.example",
                   "Come by before lunch. Noor",
                   location="Olive Press Deli, 18 Canal Walk, Bristol") == "Olive Press Deli"


def test_a_street_written_before_its_number_ends_the_business_name() -> None:
    assert company("Probearbeit Konditor - Sam", "CN=Lena Brandl:mailto:lena@gmx-mail.example",
                   "Bis Samstag! Lena",
                   location="Café Brandl Hauptstraße 7, 5020 Salzburg") == "Café Brandl"
    assert company("Prova de cuina - Sam", "CN=Pau Serra:mailto:pau.serra@me.example",
                   "Porta el ganivet. Pau",
                   location="Cal Serra Carrer de la Lluna 14, 17001 Girona") == "Cal Serra"


def test_a_caseless_scripts_business_the_title_and_the_location_both_write() -> None:
    assert company("面接（キッチン）やきとり星", "CN=星野 健:mailto:hoshino@posteo.example",
                   "", location="やきとり星 大阪市北区梅田1-2-3") == "やきとり星"


def test_a_recruitment_firm_named_for_its_talent_or_search_books_for_its_client() -> None:
    # the firm's domain runs its name into its trade; the booking page's event name writes
    # the client beside the job
    assert company("Sam Candidate and Wes Okafor",
                   "CN=Wes Okafor:mailto:wes@tidemarktalent.example",
                   "Event Name: Intro Call: Site Reliability Lead – Quarry Lane Mutual\n\n"
                   "Powered by Calendly.com") == "Quarry Lane Mutual"
    # the firm signs with its legal form; the event's name writes the client in brackets
    assert company("Sam Candidate and Ines Varga",
                   "CN=Ines Varga:mailto:ines.varga@bellrock.example",
                   "Event Name: 20 Minute Call (Corvid Shipping Group)\n\n"
                   "About the Fleet Planner role.\n\n"
                   "Ines Varga | Associate Director | Bellrock Search Ltd"
                   ) == "Corvid Shipping Group"
    # a team's word after "Talent" is the employer's own team, no firm
    assert company("Interview - Data Engineer - Ashgrove Foods",
                   "CN=Tom Reyes:mailto:tom@ashgrovefoods.example",
                   "Tom Reyes\nAshgrove Talent Acquisition") == "Ashgrove Foods"


def test_a_name_with_its_legal_form_or_an_organisations_shape_beats_a_bare_guess() -> None:
    # the signature's registered name, not the town after it
    assert company("Interview: Barista – Kafe Lind", "CN=Ola Lind:mailto:ola.lind@gmail.com",
                   "Hi Sam, a quick call.\n\nOla Lind\nKafe Lind Norden AS · Storgata 3, Tromsø"
                   ) == "Kafe Lind Norden AS"
    # the description's hotel, not the job it is for
    assert company("Interview for Night Porter", "CN=Rui Sá:mailto:rui.sa@cgroup.example",
                   "Interview for Night Porter at Hotel Mar Azul\n\nWhere: Hotel Mar Azul, "
                   "Rua Nova 5") == "Hotel Mar Azul"


def test_the_job_s_unit_after_it_yields_to_the_name_the_domain_spells() -> None:
    # "City of …" before the name the domain spells is the name to write; the unit after
    # the job is the city's department
    assert company("Planner I interview | Water Services",
                   "CN=Ann Li:mailto:ann.li@fernhollow.example",
                   "City of Fern Hollow – Water Services Department\n"
                   "Planner I interview",
                   location="Water Services Annex, 40 Elm St, Fern Hollow, CO"
                   ) == "City of Fern Hollow"


def test_a_meeting_word_before_the_one_word_the_domain_spells_is_no_part_of_it() -> None:
    assert company("Entretien Cassiopée – Sam Candidate x Léa Roux",
                   "CN=Léa Roux:mailto:lea@cassiopee.example",
                   "Bonjour Sam,\n\nÀ bientôt,\nLéa") == "Cassiopée"


def test_the_senders_acronym_is_the_institution_the_text_spells_out() -> None:
    assert company("Aula de prueba y entrevista - Sam Candidate",
                   "CN=Secretaría DINF UNMA:mailto:secretaria.dinf@gmail.com",
                   "Estimado/a Sam,\n\nLe convocamos a la entrevista del Departamento de "
                   "Informática de la Universidad Nacional del Monte Alto (UNMA).\n\n"
                   "Tribunal:\nLucía Ferrer Gil\nDr. Andrés Pino\n\n"
                   "Secretaría del Departamento de Informática – UNMA",
                   location="Edificio C, aula 12 - Campus UNMA") == \
        "Universidad Nacional del Monte Alto"


def test_a_signature_shaped_like_a_trade_s_premises_is_no_person_vetoing_it() -> None:
    assert company("Entretien vendeur en boulangerie",
                   "CN=Marc Vidal:mailto:boulangerie.vidal@laposte-mail.example",
                   "Bonjour,\n\nJe vous propose un entretien mardi.\n\nMarc Vidal\n"
                   "Boulanger\nBoulangerie des Remparts\n3 place du Marché, 84000 Avignon",
                   location="Boulangerie des Remparts, 3 place du Marché, 84000 Avignon"
                   ) == "Boulangerie des Remparts"


def test_a_japanese_companys_line_with_its_legal_form_beats_the_greeting() -> None:
    assert company("【一次面接のご案内】営業職", "CN=田中 一郎:mailto:tanaka@hoshizora.example",
                   "Sam Candidate 様\n\n一次面接のご案内です。\n\n"
                   "星空物産株式会社\n人事部\n田中 一郎") == "星空物産"
