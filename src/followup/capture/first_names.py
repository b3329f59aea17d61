"""People a small employer's letter names by their given name alone (issue 23): the owner
who writes by hand names the others as the candidate will call them, with what they do in
brackets after ("Ask for Marcus (head chef)", "Mein Mann Jörg (Tischlermeister) macht das
Gespräch", a signature "Michelle (volunteer, scheduling)"). A full name is capture/mentions'
to find; this reads only the one given name with its job beside it, and says in which way
the letter names them: met (the candidate is sent to them, or they hold the talk),
coordinator (the job in brackets is arranging), signature (alone on its line). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.lazy import lazy
from followup.capture.mentions import Mention
from followup.capture.names import ORGANISING, UPPER, titled
from followup.capture.person_shape import looks_like_person

# One given name (any letters, one capital first), then what the person does in brackets.
_GIVEN = lazy(rf"(?<![\w.'’-])([{UPPER}][^\W\d_A-Z]{{2,}})\s*\(([^()\n]{{2,48}})\)")
# The work a bracket names without a job title's usual words: a trade's master, a kitchen's
# chef, the owner, a volunteer ("Tischlermeister", "head chef", "Inhaberin", "volunteer").
_WORK = lazy(r"meister|chef|koch|köchin|cook|owner|inhaber|propriet|patron|dono|dueñ|"
             r"volunteer|bénévole|ehrenamt|foreman|supervisor|baker|groomer|stylist|"
             r"barista|sommelier|vet\b|nurse|dentist|therapist|trainer|coach|teacher",
             re.IGNORECASE)
# The bookings, the diary: what whoever arranges it does ("volunteer, bookings").
_BOOKS = lazy(r"\bbookings?\b|\btermine\b|\bagenda\b|\brendez-vous\b|\breservas\b",
              re.IGNORECASE)
# Sent to them, or they hold the talk: "ask for A", "my husband A", "you'll meet A", "A …
# will interview you".
_SENT_TO = lazy(r"(?i:\b(?:ask\s+for|fragen\s+sie\s+nach|demandez|pregunta\s+por|"
                r"chiedi\s+di|vraag\s+naar|report\s+to|find)\s+$|"
                # ("You'll meet Ray (owner)", "you will be speaking with Jo (head chef)")
                r"\byou(?:['’]ll|\s+will)\s+(?:also\s+)?(?:be\s+)?(?:meet(?:ing)?|"
                r"speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?:\s+(?:with|to))?\s+$|"
                # (never "Mia", "Mio", "Ma", "Mi", "Min": given names too)
                r"\b(?:my|our|mein|meine|unser|unsere|mon|notre|nuestro|nuestra|meu|minha|"
                r"mijn|onze|mitt)\s+)(?:[a-zà-ÿ][\w-]*\s+){0,2}$|"
                # (the family word capitalised, as German writes it: "Mein Mann")
                r"\b(?i:mein|meine|unser|unsere)\s+[A-ZÄÖÜ][a-zäöüß]+\s+$")
_HOLDS = lazy(r"\s*(?:(?:macht|führt)\s+(?:das|den|die)\s+|(?:will|['’]ll)\s+(?:interview|"
              r"assess|run\s+the|lead\s+the|watch|test)|(?:leads?|runs?|does)\s+the\s+"
              r"(?:interview|trial|talk))", re.IGNORECASE)
# Words of the calendar and of a letter that a capital starts, never a given name.
_NOT_GIVEN = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "parking", "lunch", "dinner", "zoom", "teams", "meet", "google", "phone",
    "address", "location", "entrance", "reception", "note", "please", "thanks", "regards",
))


def works(job: str) -> bool:
    """What a bracket after a given name says is the person's work: a job title, arranging,
    a trade ("head chef", "Inhaberin", "volunteer, bookings"), not "Parking (free)"."""
    return bool(titled(job) or ORGANISING.search(job) or _WORK.search(job))


def first_names(text: str, found: Sequence[Mention], listed: Sequence[str] = ()) -> list[Mention]:
    """Each given name alone that the text writes with its job in brackets, and that no
    full name the text already gives or the invitation lists starts ("Marcus" beside
    "Marcus Obi" is him, and what the file says of him is read where he is)."""
    known = {n.split()[0].lower() for n in [*(m.name for m in found), *listed] if n.split()}
    out: list[Mention] = []
    for m in _GIVEN.finditer(text):
        name, job = m.group(1), m.group(2).strip()
        if name.lower() in known | _NOT_GIVEN or not looks_like_person(name):
            continue
        if not works(job):
            continue  # "Parking (free)", "Room (2nd floor)": no one's job
        before = text[:m.start()]
        if re.search(rf"[{UPPER}][\w'’-]*[ \t]+$", before) and not _SENT_TO.search(before):
            continue  # the last word of a full name ("Teresa Gutiérrez (Office Manager)")
        line_start = before.rpartition("\n")[2].strip() == ""
        alone = line_start and text[m.end():].partition("\n")[0].strip() == ""
        if alone and (ORGANISING.search(job) or _BOOKS.search(job)):
            context = "coordinator"
        elif _SENT_TO.search(before) or _HOLDS.match(text[m.end():]):
            context = "met"
        elif alone:
            context = "signature"
        else:
            continue
        known.add(name.lower())
        out.append(Mention(name, job, context, None))
    from followup.capture.given_met import given_met

    return out + given_met(text, [*found, *out], listed)  # "koffie met mij en Fatima"
