"""Whether an entry the reader found is a person at all, and who set the meeting up, from
how names and mail work in any language (issue 23). Pure.

- A bare title of address is no one ("Mrs", "Sr."): the name it stood before was found
  on its own.
- A one-word name that is its own address's local part ("Personas" <personas@…>,
  "Entrevues" <entrevues@…>) is a shared mailbox, unless the text writes a full name that
  begins with that word ("Maja" <maja@…>, signed "Maja Krajnc").
- An address-less name with an abstract noun's ending is a function or a department
  written like a name ("Talent Acquisition", "Atracción de Talento").
- Words of the job's title are no person ("Zmiany Magazynu" out of "Kierownik Zmiany
  Magazynu"): the role reader, asked again without that name, reads it inside the role.
- The organizer who writes the letter, names the others the candidate meets and signs
  as one of them's assistant ("Secretary Plant Manager" under the plant manager named)
  set it up: they are not among those the candidate meets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from followup.capture.lazy import lazy
from followup.capture.names import SOCIAL, UPPER
from followup.core.model import Person

# The endings of abstract nouns: a function, never a family name ("Acquisition",
# "Partnership"); in the Romance languages ("Atracción", "Captação", "Selezione") only as the
# first word, before a word in small letters ("Atracción de Talento"): "Conceição" and
# "Asunción" are names too.
_ABSTRACT = lazy(r"\w{3,}(?:tion|sion|ship)$", re.IGNORECASE)
_ABSTRACT_FIRST = lazy(r"\w{3,}(?:ción|sión|ção|zione)$", re.IGNORECASE)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c) and c.isalnum())


def bare_title(name: str) -> bool:
    """Only a title of address ("Mrs", "Sr.", "Herr")."""
    return bool(name.strip()) and SOCIAL.sub("", name.strip() + " x", count=1) == "x"


def mailbox_name(name: str, email: str | None, text: str) -> bool:
    """A one-word name that is its own mailbox's local part, and no full name in the text
    begins with it: a shared mailbox, not a person."""
    words = name.split()
    if len(words) != 1 or not email or "@" not in email:
        return False
    local = re.sub(r"\d+$", "", email.partition("@")[0])
    if not local or _fold(words[0]) != _fold(local):
        return False
    return not re.search(rf"(?<!\w){re.escape(words[0])}\s+[{UPPER}]\w", text, re.IGNORECASE)


def function_name(name: str) -> bool:
    """A name holding an abstract noun: a function or a team ("Atracción de Talento")."""
    words = [w.strip(".,;:") for w in name.split()]
    return any(_ABSTRACT.search(w) for w in words) or (
        len(words) >= 3 and bool(_ABSTRACT_FIRST.search(words[0])) and words[1].islower())


def not_a_person(p: Person, text: str) -> bool:
    """Whether an interviewer or coordinator found is no person (see the module)."""
    return bare_title(p.name) or mailbox_name(p.name, p.email, text) or (
        not p.email and function_name(p.name))


def vetted(staff: Sequence[Person], coord: Person | None, text: str
           ) -> tuple[tuple[Person, ...], Person | None]:
    """The interviewers and the coordinator without the entries that are no person."""
    kept = tuple(p for p in staff if not not_a_person(p, text))
    return kept, (None if coord is not None and not_a_person(coord, text) else coord)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def role_words(staff: Sequence[Person], summary: str, role_without: Callable[[str], str]
               ) -> tuple[tuple[Person, ...], str | None]:
    """The address-less entries that are words of the job's title: a name the title writes
    right after another capitalised word ("… Kierownik Zmiany Magazynu"), which the role
    reader, asked without it, reads inside a longer role. (kept staff, the role then read)"""
    kept, better = list(staff), None
    for p in staff:
        if p.email or not p.name:
            continue
        m = re.search(rf"(\w+)\s+{re.escape(p.name)}(?!\w)", summary)
        if m is None or not m.group(1)[:1].isupper() or bare_title(m.group(1)):
            continue
        again = role_without(p.name)
        mine, theirs = _words(p.name), _words(again)
        if len(theirs) > len(mine) and " ".join(mine) in " ".join(theirs):
            kept.remove(p)
            better = again
    return tuple(kept), better


def _named_at(name: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def organizer_sets_up(staff: Sequence[Person], coord: Person | None, organizer: str | None,
                      letter: str) -> tuple[tuple[Person, ...], Person | None]:
    """The organizer who writes the letter, names the other interviewers in it by their
    full names and signs as one of them's assistant set it up: the coordinator, in any
    language ("Interviewer: Mr Hendra Wijaya (Plant Manager) … Dewi Lestari / Secretary
    Plant Manager"). (An organizer the letter never names is not enough: a hiring manager
    often books "Interview with Jane Doe" and sits in it.)"""
    if coord is not None or organizer is None or len(staff) < 2 or not letter.strip():
        return tuple(staff), coord
    org = next((p for p in staff if p.email and p.email.lower() == organizer.lower()), None)
    if org is None or len(org.name.split()) < 2:
        return tuple(staff), coord
    text = "\n".join(ln.strip() for ln in letter.strip().splitlines() if ln.strip())
    others = [p for p in staff if p is not org and len(p.name.split()) >= 2]
    if not others or not all(_named_at(p.name, text) for p in others) or \
            not _assists(org.name, text, others):
        return tuple(staff), coord
    return tuple(p for p in staff if p is not org), org


def _assists(name: str, text: str, others: Sequence[Person]) -> bool:
    """The writer signs with one word before another's title of two words or more: their
    assistant, who set it up ("Dewi Lestari / Sekretaris Plant Manager" for "Hendra Wijaya
    (Plant Manager)"), as languages that join "assistant" to whom it serves write it."""
    signed = re.search(rf"(?<!\w){re.escape(name)}\s*\n([^\n]{{3,80}})\s*$|"
                       rf"(?<!\w){re.escape(name)}\s*\n([^\n]{{3,80}})\n", text)
    if signed is None:
        return False
    line = (signed.group(1) or signed.group(2)).lower()
    for p in others:
        held = re.search(rf"(?<!\w){re.escape(p.name)}\s*(?:\(([^()\n]{{3,60}})\)|"
                         rf"[,–—-]\s*([^\n,(]{{3,60}}))", text)
        title = (held.group(1) or held.group(2) or "").strip().lower() if held else ""
        before = line.strip()[:-len(title)].split() if title and len(title.split()) >= 2 \
            and line.strip().endswith(title) else []
        if len(before) == 1 and before[0].isalpha():  # "Sekretaris Plant Manager"
            return True
    return False


def books_a_day_for_a_client(staff: Sequence[Person], coord: Person | None, organizer: str | None,
                             all_day: bool, company: str
                             ) -> tuple[tuple[Person, ...], Person | None]:
    """The one person of an all-day block (an assessment centre, a trial day), who writes from
    another organisation than the employer's (an agency's consultant), booked it for the
    client: the coordinator; the day's assessors are the client's to name."""
    from followup.capture.mail_hosts import host
    from followup.capture.org_domains import agrees, resembles

    if not all_day or coord is not None or len(staff) != 1 or not organizer or not company:
        return tuple(staff), coord
    one, domain = staff[0], organizer.rpartition("@")[2].lower()
    if (one.email or "").lower() != organizer.lower() or host(domain) or \
            agrees(company, domain) or resembles(company, domain):
        return tuple(staff), coord
    return (), one
