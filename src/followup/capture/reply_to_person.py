"""The person behind a hiring system's mail (issue 23): an e-mail invitation sent From a
relay ("no-reply@ashbyhq.com", "Kivi Recruiting" <no-reply@…>) whose Reply-To is a
person's own address at the employer, who is not among the interviewers and whom the
letter names ("Veera from the Kivi talent team", "Questions? Reach out to Noam"), set the
interview up: the one the candidate answers is the coordinator. Pure: the invitation and
the people already read in, one (name, address) or None out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup.capture.addresses import is_relay, personal
from followup.capture.attendees import envelope
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.names import name_words
from followup.capture.spelling import plain, spells

# "Noam Friedman (via Ashby)", "Noam Friedman via Greenhouse": a person's name on a
# system's sender
_VIA = lazy(r"\s*(?:\(\s*via\s+[^)]*\)|\bvia\s+\S.*)$", re.IGNORECASE)


def coordinator_behind_relay(inv: Invitation, taken: Iterable[tuple[str, str | None]]
                             ) -> tuple[str, str] | None:
    """(name, address) of whoever answers for a relay's invitation, none of `taken` (the
    interviewers and the candidate, by name and address), or None."""
    if not inv.senders or not is_relay(inv.senders[0].email):
        return None  # (sent by a person, or an .ics file alone)
    taken = list(taken)
    busy = {e.lower() for _, e in taken if e}
    text = plain(f"{inv.description}\n{inv.note}").lower()
    for s in inv.senders[1:]:
        if is_relay(s.email) or personal(s.email) or s.email.lower() in busy or \
                (inv.organizer is not None and s.email == inv.organizer.email):
            continue
        local = s.email.partition("@")[0]
        names = [envelope(n) for n in (s.name, _VIA.sub("", inv.senders[0].name)) if n]
        name = next((n for n in names if len(n.split()) >= 2 and spells(local, n)), "")
        if any(n and (spells(local, n) or (name and name_words(n) & name_words(name)))
               for n, _ in taken):
            continue  # an interviewer the text names without an address, on their own
        if not name:
            continue  # (no person's whole name on the headers: a team's mailbox)
        given = plain(name.split()[0]).lower()
        if not re.search(rf"(?<!\w){re.escape(given)}(?!\w)", text):
            continue  # (the letter never names them: a shared inbox's stand-in)
        return name, s.email
    return None
