"""What an attendee's own calendar entry says of them (issue 23): a room or a person, and the
name and title of a display name, as on an envelope. The rest of who is who, read from the
whole file, is capture/people.py's. Pure.
"""

from __future__ import annotations

import re

from followup.capture.invitations import Address
from followup.capture.lazy import lazy
from followup.capture.mention_cues import PRONOUNS
from followup.capture.names import (
    CREDENTIALS,
    NOT_SURNAME,
    PARTICLE_WORDS,
    RECRUITING_ABROAD,
    SOCIAL,
    titled,
)
from followup.core.companies import is_legal_form

# A room, a bridge, a piece of equipment: by its name, whatever CUTYPE says.
ROOM = lazy(r"\b(?:room|rm|conf(?:erence)?|boardroom|bridge|auditorium|suite\s*\d|"
                  r"studio\s*\d|floor|fl\.|bldg|building|huddle|pod|booth|lounge|"
                  r"vergaderruimte|ruimte|salle|sala|meeting\s*(?:room|space)|"
                  r"teams\s*room|zoom\s*room|projector|equipment|whiteboard|"
                  # … a meeting room in the languages rooms are named in
                  r"mötesrum|konferensrum|møterom|mødelokale|kokoushuone|neuvotteluhuone|zaal|"
                  r"aula|salón|stanza|ruang\s+(?:rapat|mesyuarat|meeting)|bilik\s+mesyuarat|"
                  r"phòng\s+họp)\b|\w+raum\b|^raum\b|会議室|会议室|회의실|ห้องประชุม|"
                  r"\((?:cap\.?\s*)?\d+\)|\[\d+\]|\d+\s*(?:seats|pax)\b|"
                  r"^[A-Z]{2,4}-[\w.-]*-|"
                  # a building's code and a room's number ("CPH-4.12 Skagen", "B2-314",
                  # "Tokomaru 2.07"): a person's name has no figures
                  r"^[A-Z]{1,4}\d?[- ]?\d+(?:[.-]\d+)*\b|\b\d{1,2}\.\d{2,3}\b", re.IGNORECASE)
PERSON_ROLE_WORDS = lazy(r"\b(?:recruiter|coordinator|talent|partner|acquisition|"
                               r"team|recruiting|recruitment|staffing|personnel|"
                               r"scheduling|scheduler|careers|hr|people|"
                               r"hiring|calendar|notifications?|assistant|bot|greenhouse|"
                               r"lever|workday|ashby|goodtime|calendly|zoom|interviews?|"
                               r"jobs|no-?reply|bookings?|appointments?|(?-i:TA)|"
                               # … in the languages invitations come in
                               rf"{RECRUITING_ABROAD}|(?-i:RRHH|RH)|"
                               # … and in the scripts without capitals ("採用", "人事部")
                               r"採用(?:チーム|担当|窓口)?|人事(?:部|課)?|招聘|人力资源(?:部)?|"
                               r"채용(?:팀)?|인사(?:팀)?)\b",
                               re.IGNORECASE)

# A room's mailbox with no name given ("confroom4b@", "room.4b@", "raum.elbe312@",
# "boardroom@"; not "rmartin@" or "salazar@").
ROOM_MAILBOX = lazy(r"^(?:conf(?:erence)?|room|rm|boardroom|huddle|meeting-?room|mtg-?rm|"
                          r"raum|salle|sala|zaal)(?:[-_.\d@]|room)", re.IGNORECASE)


def looks_like_room(a: Address) -> bool:
    return (a.cutype in ("ROOM", "RESOURCE") or (a.role == "NON-PARTICIPANT" and not informed(a))
            or "resource.calendar" in a.email or bool(a.name and ROOM.search(a.name))
            or (not a.name and bool(ROOM_MAILBOX.match(a.email))))


def informed(a: Address) -> bool:
    """A person copied for information (ROLE=NON-PARTICIPANT, CUTYPE=INDIVIDUAL, a person's
    name): in the loop, not in the meeting."""
    return a.role == "NON-PARTICIPANT" and a.cutype == "INDIVIDUAL" and bool(a.name) and \
        person_name(display_name(a.name)[0]) and not ROOM.search(a.name)


# The first word of a place's name that a small employer goes by: a person's never.
VENUES = frozenset(("cafe", "café", "caffè", "coffee", "bistro", "brasserie", "restaurant",
                    "ristorante", "trattoria", "pizzeria", "taverna", "bakery", "bakehouse",
                    "boulangerie", "bäckerei", "patisserie", "pâtisserie", "hotel", "hostel",
                    "salon", "spa", "pub", "brewery", "winery", "gallery", "theatre", "theater"))


def person_name(text: str) -> bool:
    """Whether a display name is a person's (not "Ember & Oak Recruiting", "Parrotfish
    Labs")."""
    from followup.capture.employer import INSTITUTIONS, SUFFIXES

    words = re.findall(r"[\w'’-]+", text)
    return (1 <= len(words) <= 5 and not PERSON_ROLE_WORDS.search(text)
            and not re.fullmatch(INSTITUTIONS, words[0])  # "Grupo …", "Hospital …"
            and words[0].lower() not in VENUES  # "Cafe Lumo", "Hotel Adlon"
            and "@" not in text and "&" not in text
            and not any(is_legal_form(w) for w in text.split())
            and all(w[:1].isupper() for w in words if len(w) > 3)
            and not (len(words) > 1 and words[-1].lower() in SUFFIXES | NOT_SURNAME))


def display_name(cn: str) -> tuple[str, str]:
    """(name, title) of a calendar display name, as on an envelope: "Smith, John (HR)",
    "Lee, Amy [Engineering]", "John Smith | Recruiter", "Olivia Pemberton, Talent Partner",
    "Dr. Amy Lee (she/her)"."""
    text = PRONOUNS.sub("", cn).strip().strip('"')
    text = CREDENTIALS.sub("", text).strip(" ,")  # "Pillai, Ravindra MD", "Aiko Tanaka, RN"
    text = SOCIAL.sub("", text)  # "Herr Jonas Weber", "Mme Lucie Hartmann"
    text = re.sub(r"\s*\(?\bvia\s+[\w .-]+\)?\s*$", "", text) or text  # "Jane Doe via Lever"
    title = ""
    m = re.match(r"^(.+?)\s*[(\[]([^()\[\]]+)[)\]]\s*$", text)
    if m:
        text, title = m.group(1).strip(), m.group(2).strip()
    m = re.match(r"^(.+?)\s+[|–—-]\s+(.+)$", text)
    if m and person_name(m.group(1)):  # "John Smith | Recruiter"; "Lim Jia Hui | Merlion
        # Payments": the employer, no title
        text, title = m.group(1).strip(), title or (m.group(2).strip() if titled(m.group(2))
                                                     else "")
    if text.count(",") == 1:
        left, right = (s.strip() for s in text.split(","))
        if right and (titled(right) or not person_name(right)):
            if person_name(left):  # "Olivia Pemberton, Talent Acquisition Partner"
                text, title = left, title or right
        elif left and right and len(left.split()) <= 4 and len(
                [w for w in right.split() if w.lower() not in PARTICLE_WORDS]) <= 2:
            text = f"{right} {left}"  # "van der Berg, Maarten", "Heuvel, Eline van den"
    return text, title


def envelope(name: str) -> str:
    """The name of a display name, as on an envelope ("Smith, John (HR)" → "John Smith")."""
    return display_name(name)[0]
