"""The employer of an invitation, session 18 (issue 23): the local legal forms of every
country, the team's and the meeting's words at the edges of a name, a title's name over the
footer's registered one. Invitations written for these tests (no fixture's)."""

from __future__ import annotations

import pytest
from tests.test_capture_company import company

from followup.capture.unit_edges import edges_off
from followup.core.companies import is_legal_form, without_legal_form

# (country, the firm as its signature writes it with the local legal form)
_FORMS = [
    ("Germany", "Lindenhof Technik GmbH"), ("Germany, association", "Waldhaus Lernen e.V."),
    ("Austria", "Donautal Bau GesmbH"), ("Switzerland", "Jurablick Conseil Sàrl"),
    ("France", "Atelier Verlaine SASU"), ("Belgium", "Schelde Advies BVBA"),
    ("Belgium, non-profit", "Maaslicht VZW"), ("Netherlands", "Grachtwerk Bouw V.O.F."),
    ("Spain", "Olivar del Sur S.L.U."), ("Catalonia", "Cooperativa Garrotxa SCCL"),
    ("Portugal", "Azulejo Digital Unipessoal Lda."), ("Brazil", "Ipê Dados EIRELI"),
    ("Italy", "Vigneto Aurora S.r.l."), ("Denmark", "Fjordlys IVS"),
    ("Sweden", "Granskog Konsult HB"), ("Norway", "Nordkapp Fisk ANS"),
    ("Iceland", "Hraunfoss Orka ehf."), ("Iceland, public", "Eldfell Sjór hf."),
    ("Latvia", "Daugava Loģistika SIA"),
    ("Lithuania", "Neris Duomenys UAB"), ("Czechia", "Vltava Strojírny spol. s r.o."),
    ("Slovenia", "Bled Programska d.o.o."), ("Croatia", "Jadran Brodogradnja d.d."),
    ("Serbia", "Morava Softver a.d."), ("Hungary", "Balaton Kertészet Bt."),
    ("Bulgaria", "Витоша Софт ООД"), ("Russia", "Волга Системы ООО"),
    ("Greece", "Αιγαίο Λογισμικό Α.Ε."), ("Türkiye", "Ege Makine San. ve Tic. A.Ş."),
    ("Türkiye, limited", "Kapadokya Gıda Ltd. Şti."), ("Vietnam", "Sông Hồng Phần Mềm TNHH"),
    ("Thailand", "Chao Phraya Logistics PCL"), ("South Africa", "Karee Water NPC"),
]


@pytest.mark.parametrize(("country", "firm"), _FORMS, ids=[c for c, _ in _FORMS])
def test_every_countrys_legal_form_is_one(country: str, firm: str) -> None:
    bare = without_legal_form(firm)
    assert bare != firm and firm.startswith(bare), country
    assert not bare.endswith((" San.", " Tic.", " ve", " spol.", " Ltd."))


def test_the_forms_stay_apart_from_words_and_names() -> None:
    assert not is_legal_form("and/or") and not is_legal_form("Sam")
    assert without_legal_form("Bank of Ireland") == "Bank of Ireland"
    assert is_legal_form("S.r.l.") and is_legal_form("d.o.o.") and not is_legal_form("HR/IT")


def test_a_firm_written_only_with_its_local_form_keeps_it() -> None:
    got = company("Pogovor – razvijalec", "CN=Nina Zupan:mailto:nina.zupan@soca-data.example",
                  "Pozdravljeni,\nvabim vas na pogovor.\n\nLep pozdrav,\nNina Zupan\n"
                  "Soča Data d.o.o.")
    assert got == "Soča Data d.o.o."


# the firm's own mail spells its name, not the team's nor the meeting's words beside it
_EDGES = [
    ("Team Recruitment Kanaalzicht", "Kanaalzicht"),
    ("Equipo de Selección Alba Foods", "Alba Foods"),
    ("Recrutement Verlaine", "Verlaine"), ("Rekrytointi Kivi", "Kivi"),
    ("Kivi Rekrytointi", "Kivi"), ("Kivi Interview", "Kivi"), ("Kivi Entrevista", "Kivi"),
    ("Kivi Vorstellungsgespräch", "Kivi"), ("Kivi Haastattelu", "Kivi"),
    ("Kivi Rozmowa", "Kivi"), ("Kivi Mülakat", "Kivi"), ("Kivi 面接", "Kivi"),
    ("Kivi Pohovor", "Kivi"), ("Kivi Colloquio", "Kivi"), ("Kivi Intervju", "Kivi"),
]


@pytest.mark.parametrize(("name", "firm"), _EDGES, ids=[n for n, _ in _EDGES])
def test_a_units_or_meetings_words_at_a_names_edge_go(name: str, firm: str) -> None:
    label = firm.lower().replace(" ", "")
    assert edges_off(name, [f"hr@{label}.example"]) == firm


def test_words_the_firms_own_domain_spells_stay() -> None:
    assert edges_off("Talent Garden", ["ops@talentgarden.example"]) == "Talent Garden"
    assert edges_off("People Interview", ["a@people.example"]) == "People Interview"
    assert edges_off("Kivi Interview", ["a@gmail.com"]) == "Kivi Interview"


def test_the_title_names_the_firm_and_the_meeting() -> None:
    got = company("Lumenvik Robotics Interview: Backend (Sam Candidate)",
                  "mailto:no-reply@ashbyhq.com",
                  attendees=("CN=Ivo Marek:mailto:ivo@lumenvik-robotics.example",))
    assert got == "Lumenvik Robotics"


def test_the_titles_name_over_the_footers_registered_one() -> None:
    got = company("Saule Analytics – Data Engineer interview",
                  "mailto:jobs@saule.example",
                  "Hi Sam, you will meet Jonas Petraitis (Head of Data) at Saule Analytics.\n"
                  "Saule Analytics, UAB · Gedimino pr. 9, Vilnius")
    assert got == "Saule Analytics"


# the letter calls one piece of the title the position, in each language's own words
_POSITION = [
    ("English", "Thanks for applying for the position of {job}."),
    ("English, role", "Thanks for your interest in the role of {job}."),
    ("German", "Vielen Dank für Ihre Bewerbung auf die Stelle als {job}."),
    ("Dutch", "Bedankt voor je sollicitatie op de functie van {job}."),
    ("French", "Merci pour votre candidature au poste de {job}."),
    ("Spanish", "Gracias por tu candidatura al puesto de {job}."),
    ("Catalan", "Gràcies per la teva candidatura al lloc de {job}."),
    ("Portuguese", "Obrigado pela candidatura à vaga de {job}."),
    ("Italian", "Grazie per la candidatura alla posizione di {job}."),
    ("Norwegian", "Takk for søknaden din på stillingen som {job}."),
    ("Swedish", "Tack för din ansökan till tjänsten som {job}."),
    ("Danish", "Tak for din ansøgning til stillingen som {job}."),
    ("Polish", "Dziękujemy za aplikację na stanowisko {job}."),
    ("Czech", "Děkujeme za zájem o pozici {job}."),
    ("Slovak", "Ďakujeme za záujem o pozíciu {job}."),
    ("Croatian", "Hvala na prijavi za radno mjesto {job}."),
    ("Slovenian", "Hvala za prijavo na delovno mesto {job}."),
    ("Romanian", "Vă mulțumim pentru aplicarea la postul de {job}."),
    ("Russian", "Спасибо за отклик на вакансию {job}."),
    ("Ukrainian", "Дякуємо за відгук на посаду {job}."),
    ("Greek", "Ευχαριστούμε για την αίτηση για τη θέση {job}."),
    ("Turkish", "{job} pozisyonu için başvurunuz için teşekkürler."),
    ("Hungarian", "Köszönjük jelentkezését a(z) {job} pozícióra."),
    ("Indonesian", "Terima kasih telah melamar posisi sebagai {job}."),
    ("Tagalog", "Salamat sa pag-apply sa posisyon bilang {job}."),
    ("Swahili", "Asante kwa kuomba nafasi ya {job}."),
    ("Afrikaans", "Dankie vir jou aansoek vir die pos as {job}."),
]


@pytest.mark.parametrize(("language", "sentence"), _POSITION, ids=[x for x, _ in _POSITION])
def test_a_name_the_letter_calls_the_position_is_no_employer(language: str,
                                                             sentence: str) -> None:
    from followup.capture.job_said import said_as_job

    assert said_as_job("Lagerlogistiker", [sentence.format(job="Lagerlogistiker")]), language
    assert not said_as_job("Brenntal Logistik", ["Willkommen bei Brenntal Logistik."])


def test_the_title_piece_the_letter_calls_the_job_yields_to_the_firm() -> None:
    got = company("Intervju Fiskehelseekspert – Saltvik Havbruk",
                  "CN=Saltvik Havbruk:mailto:noreply@teamtailor.com",
                  "Hei Sam!\nTakk for søknaden din på stillingen som Fiskehelseekspert.\n"
                  "Vennlig hilsen\nSaltvik Havbruk AS",
                  ("CN=Tone Lie:mailto:tone.lie@saltvik.example",))
    assert got.startswith("Saltvik")


def test_a_town_after_a_postcode_is_no_employer() -> None:
    from followup.capture.written_as_place import town_of_address

    assert town_of_address("Makarska", "Konoba Sidro, Riva 3, 21300 Makarska, Hrvatska")
    assert town_of_address("Porto", "Rua das Flores 12, 4050-265 Porto")
    assert not town_of_address("Konoba Sidro", "Konoba Sidro, Riva 3, 21300 Makarska")


def test_the_business_written_at_the_locations_street() -> None:
    from followup.capture.written_as_place import named_at_address

    texts = ["Olá Sam, passe pela loja (Pastelaria Aurora, Rua do Salitre 15). Obrigada!"]
    assert named_at_address("Rua do Salitre 15, 1250-198 Lisboa", texts, ()) == \
        "Pastelaria Aurora"
    assert named_at_address("Rua do Salitre 15", ["See you at Rua do Salitre 15."], ()) == ""
    assert named_at_address("Online", texts, ()) == ""


def test_a_japanese_registered_name_keeps_its_hiragana_head_on_a_signature_line() -> None:
    got = company("【ひまわり電子】二次面接のご案内",
                  "CN=鈴木 花子:mailto:suzuki@himawari-denshi.example",
                  "Sam Candidate 様\n\n二次面接を下記の通りご案内いたします。\n\n"
                  "ひまわり電子株式会社\n人事部 鈴木 花子")
    assert got == "ひまわり電子株式会社"
