"""Small and medium employers of continental Europe and Latin America (issue 23): a shared
mailbox whose display name carries the business's own name ("Recepción Hotel Miramar",
"Empleo Clínica San Rafael", "Ajuntament de Sant Feliu de Pallerols" beside
hotelmiramar-nerja.example, clinicasanrafael.example, santfeliupallerols.example) is the
business's, never a person's; and the one who writes that the meeting is with others,
named, and never of themself, set it up ("confermo il colloquio con Marco Bellandi
(responsabile produzione) e Francesca Bellandi", "Sie sprechen mit Georg Huber"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from followup.capture.lazy import lazy
from followup.capture.names import UPPER
from followup.capture.spelling import spells


class Entry(Protocol):
    name: str
    email: str | None
    is_org: bool
    title: str


def names_the_business(name: str, email: str | None, cores: set[str]) -> bool:
    """A name, on no person's mailbox that spells it ("ana.ruiz@"), in which two or more
    words together (with or without the little words of a place's name: "de", "del", "i")
    spell the business of the file's addresses, after a word of their own (the desk's:
    "Recepción", "Empleo", "Reservas"): the business's mailbox. A person's own surnames
    spelling a firm of the same name stay a person's: the words never start the name, and
    a name of two words is left to capture/addresses.spells_organisation."""
    from followup.capture.employer import squash

    local = (email or "").partition("@")[0]
    if not name or (len(re.split(r"[._-]", local)) >= 2 and spells(local, name)):
        return False  # (their own mailbox: "ana.ruiz@"; never a desk's: "reservas@")
    words = name.split()
    capital = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(capital) < 3:
        return False
    for start in capital[1:]:
        for end in (i + 1 for i in capital if i > start):
            span = words[start:end]
            for run in {squash(" ".join(span)),
                        squash(" ".join(w for w in span if w[:1].isupper()))}:
                if len(run) >= 8 and any(c == run or (c.startswith(run) and len(run) >= 10)
                                         for c in cores):
                    return True
    return False


# The meeting is with someone, in the languages small employers write in ("with", "con",
# "mit", "avec", "com", "met", "z").
_WITH = lazy(r"(?<![\w.@/-])(?:with|con|mit|avec|com|met)[ \t]+(?:(?:the|our|el|la|los|il|dem|"
             r"der|den|le|les|o|a|de|onze)[ \t]+)?", re.IGNORECASE)
# … and the writer puts themself in it ("with me", "conmigo", "con me", "mit mir").
_ME = lazy(r"\b(?:me|myself|conmigo|mi|m[ií]|moi|mir|mich|mim|comigo|mij|io|ich|I)\b")
# … or is the one who holds it ("I'll run the session with …", "we'll talk with …").
_I_HOLD = lazy(r"\b(?:I|we|us|ich|wir|yo|nosotros|nous|eu|n[oó]s|ik|wij|io|noi)\b"
               r"(?!['’]d like)", re.IGNORECASE)

# … or names whom to ask, not whom to meet ("Neem contact op met Anouk", "contact with").
_CONTACT = lazy(r"contact|kontakt|contat|question|vragen|fragen|preguntas|dudas", re.IGNORECASE)


def meets_others(said: str, entries: Sequence[Entry]) -> bool:
    """The organizer, a person, writes that the meeting is with other people of the file,
    named in full, and never puts themself in it: they set it up; unless they sign with a
    post of their own ("Finance Director": a manager writing whom else you meet), not the
    office's ("Büro", "Ufficio amministrazione")."""
    from followup.capture.names import ORGANISING, titled
    from followup.capture.small_employer import keeps_the_office

    org = next((e for e in entries if e.is_org and e.name), None)
    if org is None or len(org.name.split()) < 2 or (
            titled(org.title) and not (ORGANISING.search(org.title) or
                                       keeps_the_office(org.title))):
        return False
    others = [e.name for e in entries if e is not org and e.name and len(e.name.split()) >= 2]
    first = org.name.split()[0].lower()  # (a family firm: the surname is everyone's)
    hit = False
    for m in _WITH.finditer(said):
        after = said[m.end():m.end() + 160].split("\n")[0]
        after = re.split(r"(?<=[.!?])\s", after)[0]
        if after.startswith(org.name):
            return False  # the meeting is with the writer
        before = re.split(r"(?<=[.!?])\s|\n", said[:m.start()])[-1]
        if not before.strip() or _I_HOLD.search(before) or _CONTACT.search(before):
            continue  # "With Lena joining …", "I'll run the session with …", "contact …"
        if not any(after.startswith(n) for n in others):
            continue
        if _ME.search(after) or first in {w.lower() for w in re.findall(r"\w+", after)}:
            return False
        hit = True
    return hit


_NAMED = lazy(rf"[{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+\s*$")


def written_as_a_place(name: str, said: str) -> bool:
    """A name the text writes only in a bracket after the job title of someone it names
    before ("Wilson Arhuaco, Warehouse Supervisor (Santa Marta)"): the bracket holds where
    or which team, never who (the title has its person); "Head Chef (Luis Mora)" alone is
    Luis Mora's."""
    from followup.capture.names import titled

    spots = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", said))
    if not spots:
        return False
    for m in spots:
        line = said[:m.start()].rpartition("\n")[2]
        if line.endswith("(") and said[m.end():m.end() + 1] == ")":
            parts = line[:-1].split(",")  # "Wilson Arhuaco, Warehouse Supervisor ("
            if len(parts) >= 2 and titled(parts[-1].strip()) and \
                    _NAMED.search(parts[-2]) and name not in parts[-2]:
                continue
        return False
    return True
