"""The employer of an invitation, session 12's second round (issue 23, point 1's company):
one general habit per test, each with a new example written for it (no fixture's), and
checks that refuse a wrong answer as well as asking for the right one."""

from __future__ import annotations

from tests.test_capture_company import company


def test_a_run_of_team_words_after_the_name_is_all_cut_with_the_dash_before_it() -> None:
    # "Interview Scheduling", "Talent Team": the meeting's word goes with its team word
    got = company("Interview - Reservoir Engineer - Sam Candidate",
                  "CN=Copperleaf Energy – Interview Scheduling:mailto:book@clf-sched.example")
    assert got == "Copperleaf Energy"
    assert "Interview" not in got
    assert company("Chat - Sam Candidate",
                   "CN=Tarnwood Dairy | Recruitment Team:mailto:jobs@tarnwood-sched.example") \
        == "Tarnwood Dairy"


def test_a_venue_on_the_line_above_its_street_is_named_not_the_domain_run_together() -> None:
    # the location's lines run together ("Saltmarsh Tea Blenders\n12 Quay Street"): the
    # business before the street's number, which the domain runs together less a word
    got = company("Tasting + chat re: Head Blender", "CN=Ruth Amos:mailto:ruth.amos@icloud.com",
                  "Come by and we'll taste together.",
                  ("CN=Ivo Marsh:mailto:ivo@saltmarshblenders.example",),
                  location="Saltmarsh Tea Blenders\n12 Quay Street, Hull HU1 1AA")
    assert got == "Saltmarsh Tea Blenders"
    assert got != "Saltmarshblenders"
    # a unit's number is no street's: no venue is read from "Building 4 East Wing"
    assert company("Chat - Sam Candidate", "CN=Ruth Amos:mailto:ruth.amos@icloud.com",
                   "See you.", location="Building 4 East Wing") == ""


def test_a_legal_form_in_brackets_marks_the_signature_s_name_over_a_place_the_text_names() -> None:
    # "(Pty) Ltd", "(Pvt.) Ltd.": a bracketed form before another, in a signature; the
    # meeting place the letter names ("the Swartberg gate") is no employer
    desc = ("Morning Sam,\n\n9:00 at the Swartberg gate (Meiringspoort Road). Lwazi (our head "
            "rider) and I will ride the pass with you and talk through the Trail Lead position."
            "\n\nAnneke\nKaroo Trail Riders (Pty) Ltd\n082 555 0199")
    got = company("Interview & ride – Trail Lead",
                  "CN=Anneke Botha:mailto:anneke@karooriders.example", desc,
                  ("CN=Lwazi Dube:mailto:lwazi@karooriders.example",),
                  location="Swartberg Nature Reserve – main gate, Meiringspoort Road")
    assert got == "Karoo Trail Riders (Pty) Ltd"
    assert "Swartberg" not in got
    assert company("Chat - Tea Taster", "CN=Nimal Perera:mailto:nimal.perera@gmail.com",
                   "See you at the estate.\n\nNimal\nUva Highlands Tea (Pvt.) Ltd.") == \
        "Uva Highlands Tea (Pvt.) Ltd."


def test_a_firm_named_for_its_partners_who_interview_is_the_employer_in_full() -> None:
    # "Quinlan & Marsh" joins the family names of two people of the invitation: the firm
    # its partners named, not a person; the organizer's display name writes it in full
    got = company("Interview – Payroll Clerk", "CN=Quinlan & Marsh Solicitors:mailto:"
                  "quinlanmarsh.office@outlook.com",
                  "Hi Sam,\n\nSee you at the office.\n\nAoife Quinlan & Declan Marsh",
                  ("CN=Aoife Quinlan:mailto:aoife.q@gmail.com",
                   "CN=Declan Marsh:mailto:declan.marsh@gmail.com"),
                  location="Quinlan & Marsh, 2nd floor, 14 Market Square, Tralee")
    assert got == "Quinlan & Marsh Solicitors"
    assert got != ""
    # given names joined by "and" are still the people one meets, no firm
    assert company("Coffee with Aoife and Declan", "CN=Aoife Quinlan:mailto:aoife.q@gmail.com",
                   "See you there.", ("CN=Declan Marsh:mailto:declan.marsh@gmail.com",)) == ""


def test_a_hyphenated_domain_that_shortens_each_word_confirms_the_title_s_name() -> None:
    # "kv-werft": K(ie)v(it) and werft, one part a word: the title's "Kievit Werftbau"
    # is the employer, not an empty company asked for
    got = company("Kievit Werftbau: Schiffbauingenieur – 2. Runde",
                  "CN=Jonas Brandt:mailto:j.brandt@kv-werft.example",
                  "Hallo Sam,\n\nwie besprochen die zweite Runde.\n\nLG\nJonas")
    assert got == "Kievit Werftbau"
    from followup.capture.org_domains import agrees
    assert agrees("Kievit Werftbau", "kv-werft.example")
    # a part that skips the word's first letter, or parts one short, shorten nothing
    assert not agrees("Kievit Werftbau", "iv-werft.example")
    assert not agrees("Kievit Werftbau Nord", "kv-werft.example")


def test_a_signature_s_name_beats_the_domain_that_runs_it_together_less_a_word() -> None:
    # "casaolmo" runs together "Casa" and "Olmo" of "Casa Editorial Olmo", less the word
    # between: the name the signature writes out, never the label run together
    got = company("Entrevista Sam Candidate – Editor Asistente",
                  "CN=Lucía Ferrer Ibáñez:mailto:lucia.ferrer@casaolmo.example",
                  "Hola Sam,\n\nTe comparto el enlace.\n\nSaludos,\nLucía Ferrer Ibáñez\n"
                  "Selección | Casa Editorial Olmo")
    assert got == "Casa Editorial Olmo"
    assert got != "Casaolmo"
    # a line whose added word is a person's is no name ("Casa Lucía Olmo")
    from followup.capture.employer_full import _picked
    assert _picked(["casa", "editorial", "olmo"], "casaolmo") == (0, 2)
    assert _picked(["editorial", "casa", "olmo"], "casaolmo") == ()


def test_a_legal_form_name_the_organizer_s_display_name_starts_is_the_employer() -> None:
    # a relay's organizer shown as the firm ("Brauerei Lindenhof"), the description writing
    # it with its legal form beside the address: two sources agree, no empty company asked
    got = company("Vorstellungsgespräch: Brauer und Mälzer (m/w/d) – Sam Candidate",
                  "CN=Brauerei Lindenhof:mailto:brlindenhof@myworkday.com",
                  "Stelle: JR-01234 Brauer und Mälzer (m/w/d)\nOrt: Brauerei Lindenhof KG, "
                  "Lindenweg 4, 79098 Freiburg\n\nGesprächspartner:\nKlara Vogt - Braumeisterin")
    assert got == "Brauerei Lindenhof KG"
    # a person's display name starts no firm's name the text writes
    assert company("Interview – Analyst", "CN=Klara Vogt:mailto:klara.vogt@gmail.com",
                   "Ort: Lindenweg Holding GmbH, Lindenweg 4, Freiburg") != "Klara Vogt"
