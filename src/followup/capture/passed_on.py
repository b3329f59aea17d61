"""Who passes on another organisation's invitation set it up (issue 23, session 17).

An e-mail that forwards a message keeps its author's header under a rule ("---------- Forwarded
message ---------", "-----Original Message-----" in any language, Outlook's line of
underscores, then "From: Fiona MacLeod <fiona@…>"). capture/forwarder.py reads a covering
note that says in words that it forwards another's invitation; this reads the header alone.
Everything below it is the author's: its "me", "mij", "moi" is the author, not the one who
forwards it. So when the mail's writer (its From) passes on the invitation of someone the
candidate meets, from an organisation not their own (an agency's consultant forwarding the
client's hiring manager), and the writer's own words above the forward do not say they take
part, the writer is not in the room: they set it up, and are the coordinator. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.addresses import is_relay, personal
from followup.capture.forwarder import SEPARATOR
from followup.capture.invitations import Invitation
from followup.capture.mention_cues import EMAIL
from followup.capture.mentions import usable_text
from followup.capture.org_domains import core_of
from followup.capture.people import PRESENT, Someone
from followup.core.model import Person

# What the people reader says of someone who takes part (capture/people.py's contexts).
_IN_IT = frozenset(("interviewers", "schedule", "met", "joins", "host", "welcome"))


def forwarded(text: str) -> tuple[int, str] | None:
    """Where a forwarded message starts in the text (the line that opens it:
    capture/forwarder.SEPARATOR), and its author's address, the first its header writes."""
    cut = SEPARATOR.search(text)
    if cut is None:
        return None
    head = text[cut.start():].lstrip("\n").split("\n", 3)[:3]
    found = EMAIL.search("\n".join(head))
    return (cut.start(), found.group(0).lower()) if found else None


def _org(email: str) -> str:
    return core_of(email.rpartition("@")[2].lower())


def passed_on(inv: Invitation, staff: Sequence[Person], coord: Person | None,
              own: frozenset[str], everyone: Sequence[Someone]
              ) -> tuple[tuple[Person, ...], Person | None]:
    """(interviewers, coordinator), with the writer who forwards the invitation of another
    organisation's person met the coordinator; `everyone` is the people reader's reading,
    with what it found of each person."""
    if not inv.senders or (coord is not None and coord.email):
        return tuple(staff), coord  # (someone with an address of their own set it up)
    text = inv.note.replace("\r\n", "\n")
    fwd = forwarded(text) or forwarded(text := inv.description.replace("\r\n", "\n"))
    writer = inv.senders[0].email.lower()
    if fwd is None or fwd[1] == writer or writer in own or is_relay(writer) or \
            personal(writer) or PRESENT.search(usable_text(text[:fwd[0]])):
        return tuple(staff), coord  # (the writer's own words say they take part)
    who = next((p for p in staff if p.email and p.email.lower() == writer), None)
    said = next((set(s.how.split(", ")) for s in everyone if s.email == writer), set())
    met = [p for p in staff if p is not who]
    theirs = {_org(p.email) for p in met if p.email and not is_relay(p.email)}
    if who is None or said & _IN_IT or fwd[1] not in {p.email for p in met} or \
            _org(writer) in theirs:
        return tuple(staff), coord
    return tuple(met), who
