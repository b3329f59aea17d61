"""Whether an entry the reader found is a person at all, and who set the meeting up, from
how names and mail work in any language (issue 23). Pure.

- A bare title of address is no one ("Mrs", "Sr."): the name it stood before was found
  on its own.
- A one-word name that is its own address's local part ("Personas" <personas@…>,
  "Entrevues" <entrevues@…>) is a shared mailbox, unless the text writes a full name that
  begins with that word ("Maja" <maja@…>, signed "Maja Krajnc") or says it will be in the
  talk ("Kyle (our lead animator) will sit in too").
- An address-less name with an abstract noun's ending is a function or a department
  written like a name ("Talent Acquisition", "Atracción de Talento").
- An address-less entry spelled as no person's name is (capture/name_model, a small
  learned score of the letters of names against the places, zones, job words and
  meeting kinds of invitations) is no person, nor one the text writes only after a
  postcode or a zone's offset (capture/written_as_place: a town), nor one that ends with
  a legal form (capture/organisation_form: a firm).
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
    begins with it: a shared mailbox, not a person; or a name made of a team's mailbox
    (team_mailbox)."""
    words = name.split()
    if team_mailbox(name, email, text):
        return True
    if len(words) != 1 or not email or "@" not in email:
        return False
    local = re.sub(r"\d+$", "", email.partition("@")[0])
    if not local or _fold(words[0]) != _fold(local):
        return False
    from followup.capture.met_said import said_there

    return not re.search(rf"(?<!\w){re.escape(words[0])}\s+[{UPPER}]\w", text, re.IGNORECASE) \
        and not said_there(words[0], text)  # ("Kyle (our animator) will sit in": a person)


def team_mailbox(name: str, email: str | None, text: str) -> bool:
    """A name that spells its address's local part word for word, one word a team's
    mailbox word (addresses.RELAY_LOCAL: "hiring", "careers") and the others a team's
    short letters ("Ta Hiring" <ta.hiring@…>, "Uk Careers" <uk-careers@…>), that the text
    never writes: a shared mailbox whose name the reader made from its address. (A
    person's address holds their names: no such word, or one the letter signs.)"""
    from followup.capture.addresses import RELAY_LOCAL

    if not email or "@" not in email or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        return False
    parts = [w for w in re.split(r"[._\-+0-9]+", email.partition("@")[0]) if w]
    if len(parts) < 2 or [_fold(w) for w in name.split()] != [_fold(w) for w in parts]:
        return False
    team = [w for w in parts if RELAY_LOCAL.match(f"{w}@")]
    return len(team) == 1 and all(len(w) <= 2 for w in parts if w not in team)


def function_name(name: str) -> bool:
    """A name holding an abstract noun: a function or a team ("Atracción de Talento")."""
    words = [w.strip(".,;:") for w in name.split()]
    return any(_ABSTRACT.search(w) for w in words) or (
        len(words) >= 3 and bool(_ABSTRACT_FIRST.search(words[0])) and words[1].islower())


def not_a_person(p: Person, text: str) -> bool:
    """Whether an interviewer or coordinator found is no person (see the module)."""
    from followup.capture.name_model import unlike_a_name
    from followup.capture.organisation_form import ends_with_legal_form
    from followup.capture.written_as_place import written_as_place

    return bare_title(p.name) or mailbox_name(p.name, p.email, text) or (
        not p.email and (function_name(p.name) or unlike_a_name(p.name)
                         or written_as_place(p.name, text) or ends_with_legal_form(p.name)))


def vetted(staff: Sequence[Person], coord: Person | None, text: str
           ) -> tuple[tuple[Person, ...], Person | None]:
    """The interviewers and the coordinator without the entries that are no person, nor
    another's name with the words before it (titled_again), nor a firm named for another
    (named_firm)."""
    from followup.capture.named_firm import named_for_another
    from followup.capture.titled_again import titled_again

    everyone = [*staff, *([coord] if coord else [])]

    def gone(p: Person) -> bool:
        return not_a_person(p, text) or titled_again(p, everyone, text) or \
            named_for_another(p, everyone, text)

    kept = tuple(p for p in staff if not gone(p))
    return kept, (None if coord is not None and gone(coord) else coord)


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


def _label(email: str | None) -> str:
    """The name a work address's domain gives its organisation ("tasmanrail" of
    graduates@tasmanrail.example), or "" for mail a provider or a hiring system hosts."""
    from followup.capture.mail_hosts import host

    domain = (email or "").rpartition("@")[2].lower()
    if not domain or host(domain):
        return ""
    parts = domain.split(".")
    return _fold(parts[-2] if len(parts) >= 2 else parts[0])


def the_employers(name: str, email: str | None, company: str, text: str) -> bool:
    """An entry written with the employer's own name, which the reader knows: no person.
    (An address-less part of the employer's name, "Finch Hospitality", is left: a rank and a
    name read as the company, "Deputy Principal Ikaika Kahale", look the same.)
    - A mailbox named for a team of it: the name begins with the organisation its
      domain spells (or the employer's name) and goes on with the mailbox's own word
      ("Tasman Rail Graduates" <graduates@tasmanrail…>, "Akkerbank Traineeships"
      <traineeships@akkerbank…>); a person's mailbox holds their given name, which never
      follows the employer's.
    - A mailbox that spells the whole phrase, the organisation among its words and a word
      in small letters no name has ("Werken bij Gemeente Nieuwerbrug"
      <werkenbijgemeentenieuwerbrug@…>)."""
    from followup.capture.names import AND_PARTICLES, PARTICLE_WORDS
    from followup.core.companies import without_legal_form

    words = name.split()
    core = [_fold(w) for w in without_legal_form(company).split()] if company else []
    core = [w for w in core if w]
    if not words or len(words) < 2:
        return False
    folded = [_fold(w) for w in words]
    if not email:  # (a part of the employer's name read as a name: left, as a rank and a
        return False  # name read as the company look the same)
    local = _fold(email.partition("@")[0])
    label = _label(email)
    if not local:
        return False
    orgs = {x for x in (label, "".join(core)) if len(x) >= 4}
    for k in range(1, len(words)):
        if "".join(folded[:k]) in orgs and "".join(folded[k:]) == local:
            return True
    small = [w for w in words if w.islower() and w not in PARTICLE_WORDS and
             w not in AND_PARTICLES]
    return (len(words) >= 3 and bool(small) and local == "".join(folded)
            and any(f in orgs or f in core for f in folded if len(f) >= 4))


def employer_named(staff: Sequence[Person], coord: Person | None, company: str, text: str
                   ) -> tuple[tuple[Person, ...], Person | None]:
    """The interviewers and the coordinator without entries the employer's name writes
    (the_employers)."""
    def gone(p: Person) -> bool:
        return the_employers(p.name, p.email, company, text)

    kept = tuple(p for p in staff if not gone(p))
    return kept, (None if coord is not None and gone(coord) else coord)


def _held_by(at: int, others: Sequence[str], text: str) -> bool:
    """The words at `at` follow another's name as what they do: inside the brackets after
    it, after a comma, "&" or "/" there ("Ana Roy (Partner, Data & Privacy Practice)"),
    or on the line under it, a signature's
    ("Saludos,\\nCatalina Vergara Soto\\nSuperintendente de Confiabilidad")."""
    from followup.capture.mention_cues import CLOSING

    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    lines = text[:max(0, start - 1)].split("\n")
    above = lines[-1].strip() if lines else ""
    # (a signature's: the name under a closing, never a list of names under a heading)
    signs = len(lines) >= 2 and bool(CLOSING.search(lines[-2].strip()))
    for other in others:
        o = re.escape(other)
        if re.search(rf"(?<!\w){o}\s*\((?:[^()\n]*[,&/]\s*)?$", before) or \
                (signs and not before.strip() and
                 re.fullmatch(rf"(?:\W*\w+\W+){{0,3}}?{o}\W*", above)):
            return True
    return False


def titles_of_others(staff: Sequence[Person], coord: Person | None, text: str
                     ) -> tuple[tuple[Person, ...], Person | None]:
    """Without the address-less entries the text writes only as what another person of
    the file does (_held_by): a job, a department, a practice, never a person."""
    everyone = [p.name for p in (*staff, *([coord] if coord else [])) if len(p.name.split()) >= 2]

    def gone(p: Person) -> bool:
        if p.email:
            return False
        at = _named_at(p.name, text)
        others = [n for n in everyone if n != p.name]
        return bool(at) and bool(others) and all(_held_by(a, others, text) for a in at)

    kept = tuple(p for p in staff if not gone(p))
    return kept, (None if coord is not None and gone(coord) else coord)


# The word a sentence starts with before the one it names: "with" and the little articles
# of the languages that put one before a first name ("Avec Olivier Lambert (chef
# d'atelier)", "O Rui (coordenador) também vai estar").
_WITH_FIRST = frozenset(("with", "avec", "con", "mit", "com", "met"))


def glued_words(staff: Sequence[Person], coord: Person | None, text: str
                ) -> tuple[tuple[Person, ...], Person | None]:
    """An address-less entry read with the sentence's first word before the name: "with"
    in a language ("Avec Olivier Lambert": "Olivier Lambert"), or a word of one or two
    letters the text also writes in small letters, a word of its language, before a given
    name another entry begins with ("O Rui" beside "Rui Tavares": the same person, dropped;
    a family name "Ng", "Li" is never written small)."""
    from followup.core.model import replace

    everyone = [p.name for p in (*staff, *([coord] if coord else []))]
    firsts = {n.split()[0] for n in everyone if len(n.split()) >= 2}
    out: list[Person] = []
    for p in staff:
        words = p.name.split()
        if p.email or len(words) < 2:
            out.append(p)
        elif words[0].lower() in _WITH_FIRST and len(words) >= 3:
            rest = " ".join(words[1:])
            if rest not in everyone:
                out.append(replace(p, name=rest))
        elif not (len(words) == 2 and len(words[0]) <= 2 and words[0][:1].isupper()
                  and words[1] in firsts and
                  re.search(rf"(?<!\w){re.escape(words[0].lower())}(?!\w)", text) is not None):
            out.append(p)
    return tuple(out), coord
