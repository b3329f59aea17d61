"""The job where a title names it in words we do not know for jobs, and what is never the
job in the description (pure; issue 23, the role).

- The title's one piece beside the kind of interview is the job, whatever its words
  ("Groomer Interview (Paws on Pike)", "Entretien préparateur en pharmacie",
  "Bewerbungsgespräch Alex Muster – Kanzleiassistenz", "Interview: Credit Risk Modeller"):
  never whom the meeting is with, a name of the file's people or company, the place, a day.
- A title in brackets after a capitalised name is that person's ("Ask for Marcus (head
  chef)", "my colleague Ines Roth (Head of Compliance)"), not the job.
- An executive search's mandate is the job, not the search ("Chief Risk Officer search").
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy
from followup.capture.role_words import names_kind, names_title, stage_spans
from followup.capture.role_written import key_words, qualifier

# whom the meeting is with, to the title's next separator ("Interview w/ Gord", "Gespräch
# mit Frau Roth", "Entretien avec Paul"): a person, never the job
_WITH = lazy(r"(?:^|\s)(?:with|w/|mit|avec|con|met|com|med|and|und|et|y|e)\s+"
             r"[^|–—:/·•()\[\]（）【】-]*", re.IGNORECASE)
# a sentence's words, never in a job's name
_SENTENCE = frozenset(("we", "you", "i", "our", "your", "is", "are", "me", "us", "my", "to",
                       "will", "be", "please", "can", "do", "this", "it", "about", "re",
                       "regarding", "hi", "hello", "welcome", "dear", "quick", "informal",
                       "job", "role", "position", "vacancy"))
# the ends of a job's one capitalised word in the languages invitations come in ("Groomer",
# "Kanzleiassistenz", "Conseiller", "Verkäuferin"), which a person's first name seldom has
_JOB_WORD_END = lazy(r"(?:er|erin|or|ist|ant|ent|enz|eur|euse|ière|ier|ian|ess|ero|era|ista|"
                     r"tore|trice|are|ling|arz)$", re.IGNORECASE)


def _kind_stripped(piece: str) -> tuple[str, bool]:
    """The piece less the kind of interview written at its start or its end ("Groomer
    Interview" → "Groomer", "Entretien préparateur en pharmacie" → "préparateur en
    pharmacie"), and whether it wrote one."""
    spans = stage_spans(piece)
    if not spans:
        return piece, False
    start, end = 0, len(piece)
    for a, b in spans:  # the kind's words at the start
        if piece[start:a].strip(" -"):
            break
        start = b
    for a, b in reversed(spans):  # and at the end
        if b <= start or piece[b:end].strip(" -"):
            break
        end = a
    rest = piece[start:end].strip(" -,.'\"&+")
    if start > 0 and end == len(piece) and re.fullmatch(r"(?-i:[^\W\d_A-ZÀ-Þ])[\w-]*", rest):
        rest = ""  # one small word after the kind is how it is held ("Prova didática",
        # "Entrevista telefónica", "Colloquio conoscitivo"), never the job
    return rest, start > 0 or end < len(piece)


def _job_like(rest: str, noise: list[str], place: str) -> bool:
    words = key_words(rest)
    if not 0 < len(words) <= 5 or set(words) & _SENTENCE or re.search(r"[\d?!@#:;]", rest):
        return False
    if names_kind(rest) or stage_spans(rest) or not qualifier(rest, noise, place):
        return False
    company = {w for w in key_words(noise[0]) if len(w) > 2} if noise and noise[0] else set()
    if set(words) & company:
        return False  # the company as the title writes it, short or long ("Crumb & Co")
    if all(w.isupper() for w in rest.split()) and not names_title(rest):
        return False  # initials: an organisation's, a job's abbreviated ("BRWA ED")
    after = rest.rpartition(",")[2]
    if "," in rest and set(key_words(after)) <= set(key_words(place)):
        return False  # where: "kitchen, Ancoats" at the place in Ancoats
    lone = len(words) == 1 and rest[:1].isupper()
    return not lone or names_title(rest) or (len(rest) > 4 and bool(_JOB_WORD_END.search(rest)))


def beside_kind(summary: str, split: re.Pattern[str], noise: list[str], place: str) -> str:
    """The one piece of the title, between its separators, that is not the kind of
    interview, a name of the file's people or company, whom it is with, the place or a
    day, when a piece names the kind of interview: the job, in whatever words ("" when
    none or more than one is left)."""
    text = summary
    for name in noise:
        if name:
            text = re.sub(rf"\b{re.escape(name)}\b", " | ", text, flags=re.IGNORECASE)
    text = _WITH.sub(" | ", re.sub(r"[（）【】「」]", " | ", text))
    text = re.sub(r"@.*$", "", text)
    edges = " .,'\"-–—/|"
    kind, found = False, []
    for piece in split.split(text):
        piece = piece.strip(edges) if piece else ""
        if not piece:
            continue
        rest, had = _kind_stripped(piece)
        kind = kind or had
        if rest and not (had and not rest.strip(edges)) and _job_like(rest, noise, place):
            found.append(rest)
    return found[0] if kind and len(found) == 1 else ""


def person_titled(value: str) -> bool:
    """What is read is a person's title in brackets after their name, as a sentence writes
    it ("Ask for Marcus (head chef)"): a name's words, then a job's in small letters."""
    bracket = re.fullmatch(r"([^()]+?)\s*\(([^()]+)\)", value)
    if bracket is None:
        return False
    return not names_title(bracket.group(1)) and names_title(
        bracket.group(2)) and bracket.group(2)[:1].islower() and all(  # "Marcus", not "CNM2"
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in bracket.group(1).split())


# what an executive search firm writes after the job it is hired to fill: the search, the
# mandate ("Chief Risk Officer search", "CFO mandate")
_MANDATE = lazy(r"\s+(?:search|mandate|assignment)$", re.IGNORECASE)


def mandate_dropped(role: str) -> str:
    """The job less the search for it, when a job's word comes right before ("Chief Risk
    Officer search" → "Chief Risk Officer"; never "Machine Learning Engineer, Search")."""
    m = _MANDATE.search(role)
    if m is None:
        return role
    head = role[:m.start()]
    last = head.split()[-1:] if head.split() else []
    return head if last and last[0][-1:].isalnum() and names_title(last[0]) else role


# initials, then the words they stand for in brackets ("CNM2 (Clinical Nurse Manager 2)")
_INITIALS_THEN_WORDS = lazy(r"([A-Z][A-Z&]{1,6})[ -]?(\d*)\s*\(([^()]+)\)")


def spelled_out(role: str) -> str:
    """The job's initials written out in brackets after them are its name ("CNM2 (Clinical
    Nurse Manager 2)" → "Clinical Nurse Manager 2", "RMN (Registered Mental Health Nurse)")
    when the bracket's capitalised words start with the initials' letters."""
    m = _INITIALS_THEN_WORDS.fullmatch(role.strip())
    if m is None:
        return role
    words = m.group(3).split()
    capitals = "".join(w[0] for w in words if w[:1].isupper() or w == "&")
    number = "".join(w for w in words if w.isdigit())
    if capitals and (m.group(1).replace("&", "") == capitals.replace("&", "")
                     and number == m.group(2)):
        return m.group(3).strip()
    return role
