"""What a name in a description's list is written with: the job title before it, the title
beside a name whose last word also ends organisations' names (issue 23; moved out of
mentions.py, which reads the lines). Pure."""

from __future__ import annotations

from followup.capture.names import titled, valid


def job_before(name: str) -> str:
    """The job title written before a name ("Lead Teacher Shannon O'Reilly", "Senior Manager
    Anna Maria Rossi"): the words up to the last that is a job's, when a name follows."""
    words = name.split()
    last = max((i for i, w in enumerate(words[:-2]) if titled(w)), default=-1)
    rest = " ".join(words[last + 1:])
    return " ".join(words[:last + 1]) if last >= 0 and valid(rest) else ""


def titled_person(name: str, title: str) -> bool:
    """A name on a panel's list with a job title beside it, whose last word also ends
    organisations' names ("Dale Running Water (Facilities Supervisor)", "Ana Clear Field"):
    a person, when the words before that last one are a name."""
    words = name.split()
    return bool(title) and titled(title) and 3 <= len(words) <= 4 and \
        all(w.isalpha() for w in words) and valid(" ".join(words[:-1]))


def title_first(piece: str, name: str, title: str) -> bool:
    """A piece after the one person of a label in the singular that is hers: one word with
    no title ("Entrevistador: Íñigo Berasategui, Enólogo"), or a title written before the
    words taken for a name ("Entrevistadora: Rosa Quispe, Gerente Regional Lima")."""
    return (len(name.split()) == 1 and not title) or (
        bool(title) and piece.strip().startswith(title))
