"""The recruiter an invitation names only in its words (issue 23, a gap a new user met in
session 13): "reply to your recruiter Jenna Park with any questions", "your recruiting contact
is Jenna Park", "Questions? Contact Jenna Park, Talent Partner". The candidate reads that
person as the one who set the interview up, the coordinator, though no attendee is them.

Asked only when the people reader (capture/people.py) found no coordinator: this never
overrides what the attendees, the organizer or the schedule said. A name is taken when the
words around it say recruiter: the phrase itself ("your recruiter", "recruiting contact",
"Recruiter:"), or a recruiting title written beside it ("…, Talent Partner", "(Recruiting
Coordinator)") after a phrase that points to a contact ("questions? contact", "point of
contact", "on behalf of"). It is refused when it does not look like a person's
(capture/person_shape.py) or is one of the interviewers. Its address is the one written
beside it, else one of the text's whose mailbox spells the name. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.mention_cues import EMAIL
from followup.core.model import Person

# A person's name as written: two to four capitalised words, with the particles of family
# names between them ("Guadalupe Ortiz Ramírez", "Tadhg Ó Conaill", "Ana de la Cruz").
_WORD = r"[A-ZÀ-ÞŁŚŻ][\w'’\-]*"
_PARTICLE = r"(?:de|del|della|der|den|van|von|da|das|dos|du|la|le|al|el|bin|ibn|Ó|Ní|Mac)"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,3}})"
# What may follow the name: a title after a comma, a dash or in brackets ("…, Talent
# Partner", "(Recruiting Coordinator)"), read up to the next comma, bracket or full stop.
_TITLE = lazy(r"\s*(?:,|\(|–|—|-)\s*(?P<title>[^,.()\n<>@]{2,60})")
# Phrases that say the person is the recruiter themselves.
_RECRUITER = lazy(
    r"(?i:\byour\s+(?:recruit(?:er|ing\s+(?:contact|coordinator|partner|lead))|talent\s+"
    r"(?:partner|acquisition\s+partner)|hiring\s+coordinator)"
    r"(?:\s+for\s+this\s+(?:role|position|process))?(?:\s+is|\s*[:,])?"
    r"|\brecruit(?:er|ing\s+contact|ing\s+coordinator)\s*:"
    r"|\b(?:questions?\??|any\s+questions)[,.!?]?\s*(?:please\s+)?(?:contact|reach\s+out\s+to|"
    r"email|ask)\s+(?:your\s+)?recruiter"
    r"|\breply\s+to\s+your\s+recruiter)\s+" + _NAME)
# Phrases that point to a contact, who is the recruiter when a recruiting title says so.
_CONTACT = lazy(
    r"(?i:\b(?:questions?\??|any\s+questions)[,.!?]?\s*(?:please\s+)?(?:contact|reach\s+out\s+"
    r"to|email|ask)|\bpoint\s+of\s+contact(?:\s+is|\s*:)|\bon\s+behalf\s+of"
    r"|\bcoordinated\s+by|\bscheduled\s+by)\s+" + _NAME)
_RECRUITING_TITLE = lazy(r"recruit|talent|\bhr\b|human\s+resources|people\s+(?:partner|team)|"
                         r"coordinat|schedul|staffing|acquisition", re.IGNORECASE)


def _key(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", name.lower()) if len(w) > 1)


def _spells(email: str, name: str) -> bool:
    """The mailbox spells the name: "jenna.park@", "jpark@", "jenna@"."""
    local = re.sub(r"[^a-z]", "", email.partition("@")[0].lower())
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    words = [w for w in words if w]
    if len(words) < 2 or len(local) < 3:
        return False
    first, last = words[0], words[-1]
    return local in (first + last, first[0] + last, first, last + first, first + last[0]) \
        or (local.startswith(first) and local.endswith(last))


def named_recruiter(text: str, interviewers: Iterable[Person], own: frozenset[str] = frozenset()
                    ) -> tuple[Person, str] | None:
    """The recruiter `text` names, with how it was read; None when it names none that can be
    taken (no person's shape, an interviewer, the candidate)."""
    from followup.capture.person_shape import looks_like_person

    staff = list(interviewers)
    taken: set[frozenset[str]] = {_key(p.name) for p in staff}
    addresses = {p.email.lower() for p in staff if p.email} | {a.lower() for a in own}
    for pattern, needs_title in ((_RECRUITER, False), (_CONTACT, True)):
        for m in pattern.finditer(text):
            name = m["name"].strip()
            after = text[m.end():m.end() + 160]
            t = _TITLE.match(after)
            title = t["title"].strip() if t and "@" not in t["title"] else ""
            near = EMAIL.search(after.split("\n\n", 1)[0][:100])
            if needs_title and not _RECRUITING_TITLE.search(title):
                continue
            if _RECRUITING_TITLE.search(name) or not looks_like_person(name, text):
                continue  # "Recruiting Team", "Talent Acquisition"
            if any(_key(name) <= k or k <= _key(name) for k in taken if k):
                continue  # an interviewer, however the text shortens their name
            beside = re.match(r"\s*[(<]\s*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", after)
            email = (beside.group(1) if beside else None) or (
                near.group() if near and _spells(near.group(), name) else None) or next(
                (e for e in EMAIL.findall(text) if _spells(e, name)), None)
            if email and email.lower() in addresses:
                continue
            said = f", {title}" if title and _RECRUITING_TITLE.search(title) else ""
            return Person(name=name, email=email.lower() if email else None), (
                f"{name}{said} is named as your recruiter in the invitation's text "
                "(coordinator)")
    return None


def from_text(inv: Invitation, staff: Iterable[Person], me: Iterable[str], own: frozenset[str],
              how: str) -> tuple[Person | None, str]:
    """The coordinator the invitation's words name, when the people reader found none, and
    the proposal's `how` saying so (propose.propose)."""
    from followup.capture.description import usable_text

    text = "\n".join(t for t in (usable_text(inv.description), inv.note) if t)
    found = named_recruiter(text, [*staff, *(Person(name=n) for n in me)], own)
    if found is None:
        return None, how
    return found[0], f"{how}; {found[1]}"
