"""One the letter names outside its list of interviewers, with an address, is the contact
(issue 23). Pure.

Where the description labels who interviews ("Interviewers: A, B", a schedule of slots),
that list is whole. A person the letter names besides, only in its prose, whom the calendar
does not invite and who does not organise it, but whose address the letter gives, is
someone the candidate writes to, not someone met: the one who set it up ("Please reply to
Valentina Silva (valentina.silva@…) with any questions", "Fragen an Jonas Weber,
jonas.weber@…"). Only when no one else is the coordinator, and only one such person.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.invitations import Invitation
from followup.capture.people import Someone

_LISTED = frozenset(("interviewers", "schedule"))
_PASSING = frozenset(("prose",))


def outside_the_list(inv: Invitation, everyone: Sequence[Someone]) -> list[Someone]:
    """`everyone` with the one person of the letter's prose outside its labelled list of
    interviewers made the coordinator (see the module)."""
    if any(s.kind == "coordinator" for s in everyone):
        return list(everyone)
    staff = [s for s in everyone if s.kind == "interviewer"]
    if not any(set(s.how.split(", ")) & _LISTED for s in staff):
        return list(everyone)
    from followup.capture.invitations import invited as invited_addresses

    invited = invited_addresses(inv)
    outside = [s for s in staff if s.email and s.name and s.email.lower() not in invited
               and s.how and set(s.how.split(", ")) <= _PASSING]
    if len(outside) != 1:
        return list(everyone)
    return [s._replace(kind="coordinator") if s is outside[0] else s for s in everyone]
