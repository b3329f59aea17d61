"""Things that are not people, listed as interviewers or coordinator (issue 23, session 16):
the employer's own name or a team mailbox of it, what another person of the file does
written after their name, and a sentence's first word read before a name. Each invitation
is written for this test."""

from __future__ import annotations

from followup.capture.name_likeness import (
    employer_named,
    glued_words,
    the_employers,
    titles_of_others,
)
from followup.core.model import Person


def test_the_employers_own_name_is_no_person() -> None:
    assert not the_employers("Ivo Brandl", None, "", "")


def test_a_team_mailbox_named_after_the_employer_is_no_person() -> None:
    assert the_employers("Kestrel Water Apprentices", "apprentices@kestrelwater.example",
                         "Kestrel Water plc", "")
    assert the_employers("Lindqvist Internships", "internships@lindqvist.example", "", "")
    assert the_employers("Jobs bei Stadtwerke Ormbach", "jobsbeistadtwerkeormbach@ormbach.example",
                         "Stadtwerke Ormbach", "")
    # a person's own mailbox at the employer's domain stays a person's
    assert not the_employers("Mira Kestrel", "mira@kestrelwater.example", "Kestrel Water", "")
    assert not the_employers("Tomas Lindqvist", "tomas.lindqvist@lindqvist.example", "", "")
    assert not the_employers("Ola Brenn", "ola.brenn@gmail.com", "Brenn Snekkeri", "")
    staff = (Person("Mira Kestrel", "mira@kestrelwater.example"),)
    coord = Person("Kestrel Water Apprentices", "apprentices@kestrelwater.example")
    assert employer_named(staff, coord, "Kestrel Water", "") == (staff, None)


def test_what_another_person_does_is_no_person() -> None:
    text = ("With Owen Pryce (Director, Tax & Treasury Advisory).\n"
            "Saludos,\nNoelia Garrido Paz\nJefa de Mantenimiento\n")
    staff = (Person("Owen Pryce"), Person("Treasury Advisory"), Person("Jefa de Mantenimiento"),
             Person("Noelia Garrido Paz"))
    kept, _ = titles_of_others(staff, None, text)
    assert [p.name for p in kept] == ["Owen Pryce", "Noelia Garrido Paz"]
    # a person written on their own is kept, and names in a list after a comma or a dash
    alone = (Person("Beatriz Lamas"), Person("Carlos Ibarra"))
    assert titles_of_others(alone, None, "Con Beatriz Lamas y Carlos Ibarra.") == (alone, None)
    assert titles_of_others(alone, None, "Con Beatriz Lamas, Carlos Ibarra.") == (alone, None)
    assert titles_of_others(alone, None, "10:00 Beatriz Lamas – Carlos Ibarra") == (alone, None)
    assert titles_of_others(alone, None, "Beatriz Lamas (with Carlos Ibarra)") == (alone, None)


def test_a_sentences_first_word_before_a_name_is_not_the_name() -> None:
    staff = (Person("Margaux Petit", "m.petit@orange.fr"), Person("Avec Julien Roche"))
    kept, _ = glued_words(staff, None, "Avec Julien Roche (chef d'équipe).")
    assert [p.name for p in kept] == ["Margaux Petit", "Julien Roche"]
    staff = (Person("Tiago Moura", "tiago@atelier-moura.example"), Person("A Tiago"))
    kept, _ = glued_words(staff, None, "A Tiago também vai estar, a reunião é no atelier.")
    assert [p.name for p in kept] == ["Tiago Moura"]
    # a family name of two letters, never written small, stays
    staff = (Person("Wei Tan", "wei.tan@kopi.example"), Person("Ng Wei"))
    assert glued_words(staff, None, "Ng Wei and Wei Tan will meet you.")[0] == staff


def test_a_list_of_names_under_a_heading_is_no_signature() -> None:
    staff = (Person("Greta Holm"), Person("Pavel Novak"))
    text = "Interviewers:\nGreta Holm\nPavel Novak\n\nSee you then"
    assert titles_of_others(staff, None, text) == (staff, None)
