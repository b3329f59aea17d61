"""A calendar sent for someone else (issue 23): an organizer with SENT-BY another person's
address (RFC 5545: the delegate who acts for the organizer; Exchange writes it when an
assistant books a manager's meeting) was set up by that delegate, and the organizer, on
whose behalf it was sent, is the one the candidate meets. So the delegate is the
coordinator, by their address, and the organizer an interviewer, unless the reader already
holds the delegate as the coordinator or found a coordinator with an address of their own.
An e-mail's Sender header says the same of its From (session 17). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.addresses import is_relay
from followup.capture.attendees import envelope
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.names import UPPER
from followup.capture.spelling import spells
from followup.core.model import Person

_WORDS = lazy(rf"[{UPPER}][^\W\d_]+(?:[ \t]+[{UPPER}][^\W\d_'’-]*[^\W\d_]){{1,2}}")


def _named(address: str, inv: Invitation) -> str:
    """The delegate's name: as the mail's sender shows it, else the one name the text
    writes that their address spells ("Magdalena Kaczmarek" of m.kaczmarek@…)."""
    shown = next((s.name for s in inv.senders if s.email.lower() == address and s.name), "")
    if shown and "@" not in shown:
        return envelope(shown)
    local = address.partition("@")[0]
    text = f"{inv.description}\n{inv.note}"
    spelled = {m.group(0) for m in _WORDS.finditer(text) if spells(local, m.group(0))}
    return spelled.pop() if len(spelled) == 1 else ""


def _on_behalf(inv: Invitation) -> str:
    """The mail's Sender when its From is the organizer: the one who sent the organizer's
    mail on their behalf (RFC 5322's agent, Outlook's "Annelies Wouters on behalf of Jeroen
    Bakker"), as SENT-BY says it in the calendar."""
    org = inv.organizer
    mailed = next((s for s in inv.senders if org and s.email == org.email.lower()), None)
    return mailed.sent_by if mailed is not None else ""


def sent_for(inv: Invitation, staff: Sequence[Person], coord: Person | None,
             own: frozenset[str]) -> tuple[tuple[Person, ...], Person | None]:
    """(interviewers, coordinator) with the delegate who sent the organizer's invitation as
    the coordinator and the organizer met."""
    org = inv.organizer
    delegate = (org.sent_by or _on_behalf(inv)).lower() if org else ""
    if org is None or not delegate or delegate in own or is_relay(delegate) or \
            is_relay(org.email) or delegate == org.email.lower():
        return tuple(staff), coord
    if coord is not None and coord.email and coord.email.lower() == delegate:
        return tuple(staff), coord
    was_org = coord is not None and coord.email is not None and \
        coord.email.lower() == org.email.lower()
    if coord is not None and coord.email and not was_org:
        return tuple(staff), coord  # someone else with an address of their own set it up
    name = _named(delegate, inv) or (coord.name if coord is not None and not was_org else "")
    if not name:
        return tuple(staff), coord
    if any(a.email.lower() == delegate for a in inv.attendees):
        return tuple(staff), coord  # the delegate sits in: the reader's reading stands
    # named in the text only (a signature: "Sara Holm, assistant to …"): not met
    out = [p for p in staff if not (p.email and p.email.lower() == delegate)]
    if was_org and coord is not None:
        out.insert(0, coord)
    return tuple(out), Person(name=name, email=delegate)
