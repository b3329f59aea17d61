"""The employer's name as the invitation writes it (issue 23): from the title, the
description, the organizer's display name, in that order of trust; the caller falls back on
the e-mail domain, never a relay's. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Invitation

PIECES = re.compile(r"\s+[|–—:/·•-]\s+|\s*[|–—:·•\[\]()]\s*|\s+-\s+|\s+@\s+|\s+(?:at|with|"
                    r"for|between|and|x|re)\s+|(?<=\w):\s+")
# one capitalised run, "&" and "and" inside ("Ember & Oak", "Okeke & Partners")
RUN = r"[A-Z][\w'’-]*(?:[ \t]+(?:&|and|of|de)[ \t]+[A-Z][\w'’-]*|[ \t]+[A-Z][\w'’-]*){0,4}"
IN_TEXT = re.compile(
    rf"(?:\bat|\bfrom|\bjoin|\bto|\bapplying to|\bwith|\bfit in at|\bfor)\s+({RUN})|"
    rf"(?:^|\n)\s*({RUN})\s*$|,\s*({RUN})\s*$", re.MULTILINE)
TEAM_WORDS = re.compile(r"\s+(?:recruiting|recruitment|talent(?: acquisition)?|careers|team|"
                        r"hiring|hr|people|jobs|interviews?)(?:\s+team)?\s*$", re.IGNORECASE)
NOT_COMPANY = frozenset((
    "interview", "interviews", "onsite", "virtual", "loop", "round", "panel", "final",
    "technical", "phone", "screen", "recruiter", "chat", "coffee", "meeting", "call",
    "session", "minute", "minutes", "hiring", "manager", "portfolio", "review", "design",
    "scheduled", "invitation", "updated", "sam", "candidate", "google", "meet", "zoom",
    "teams", "microsoft", "the", "your", "our", "in-person", "in", "person", "hm", "1st",
    "2nd", "3rd", "first", "second", "third", "conversation", "intro", "introduction",
    "day", "offsite", "welcome", "regards", "kind", "best", "thanks", "dear", "hi", "hello",
    "greetings", "please", "location", "venue", "studio", "office", "reception", "schedule",
    "pacific", "eastern", "central", "time", "vp", "svp", "head"
))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def squash(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if c.isalnum())


def _plausible(piece: str, people: Sequence[str]) -> bool:
    from followup.capture.propose import names_title, stage_spans

    piece = piece.strip(" .'\"")
    words = _words(piece)
    if not words or len(words) > 5 or not piece[:1].isupper():
        return False
    if all(w in NOT_COMPANY or w.isdigit() for w in words):
        return False
    if names_title(piece) or (stage_spans(piece) and len(words) <= 2
                              and any(w in NOT_COMPANY for w in words)):
        return False
    keys = {w for p in people for w in _words(p)}
    return not (set(words) & keys and len(set(words) - keys) == 0) and \
        not (set(words) & {"sam", "candidate"})


def resembles(name: str, domain: str) -> bool:
    """ "Saltbush Energy" and sbenergy.example, "Coralline Health" and coralline.io."""
    core = squash(domain.split(".")[0] if domain.count(".") <= 1 else domain.rsplit(".", 2)[0])
    s = squash(name)
    initials = "".join(w[0] for w in _words(name))
    return bool(core) and (s.startswith(core[:5]) or core.startswith(s[:5])
                           or (core.startswith(initials) and len(initials) > 1))


def employer(inv: Invitation, people: Sequence[str], domains: list[str]) -> tuple[str, str]:
    """(company, how) from the text of the invitation, or ("", "")."""
    from followup.capture.people import is_relay

    title = [p.strip(" .'\"") for p in PIECES.split(inv.summary) if p and p.strip(" .'\"")]
    from_title = [p for p in title if _plausible(p, people)]
    text = re.sub(r"<[^>]+>", "\n", inv.description or "")
    said = []
    for m in IN_TEXT.finditer(text):
        value = next(g for g in m.groups() if g)
        value = TEAM_WORDS.sub("", value).strip(" .,!")
        if _plausible(value, people):
            said.append(value)
    org = ""
    if inv.organizer and inv.organizer.name:
        cn = TEAM_WORDS.sub("", inv.organizer.name).strip()
        if cn != inv.organizer.name.strip() or is_relay(inv.organizer.email):
            org = cn if _plausible(cn, people) else ""
    confirms = [*said, org]

    def confirmed(c: str) -> bool:
        return any(squash(x).startswith(squash(c)) or squash(c).startswith(squash(x))
                   for x in confirms if x) or any(resembles(c, d) for d in domains)

    for c in from_title:
        if confirmed(c):
            longer = [x for x in said if squash(x).startswith(squash(c)) and len(x) > len(c)
                      and c not in inv.summary.split(" | ")]
            return (longer[0] if longer and len(from_title) > 1 else c), "named in the title"
    if len(from_title) == 1:
        return from_title[0], "named in the title"
    for c in said:
        if any(resembles(c, d) for d in domains) or c == org:
            return c, "named in the description"
    if org:
        return org, "the organizer's display name"
    if said:
        return said[0], "named in the description (a guess)"
    return "", ""
