"""When the name the reader took for the employer was something else (issue 23). Pure.

The title's piece a letter calls the position ("stillingen som Havbruksbiolog"), or the
town the location writes after a postcode ("21300 Makarska"), was read as the employer: the
file still names the firm, by the name its domain spells, or as the business the location
names before its street.
"""

from __future__ import annotations

from followup.capture.invitations import Invitation
from followup.capture.org_domains import squash


def premises(inv: Invitation, people_names: tuple[str, ...]) -> str:
    """The business the location names before its address, when the reader's was its town."""
    from followup.capture.employer import file_addresses
    from followup.capture.employer_full import in_full
    from followup.capture.employer_where import at_location
    from followup.capture.written_as_place import town_of_address

    # (a "person" read only from a mailbox the business is named by: konoba.mareta@)
    boxes = {squash(a.partition("@")[0]) for a in file_addresses(inv)}
    place = at_location(inv, tuple(n for n in people_names if squash(n) not in boxes))
    return in_full(place, inv) if place and not town_of_address(place, inv.location or "") \
        else ""


def job_was_read(inv: Invitation, spell: list[str]) -> str:
    """The name a domain of the file spells, written in full, when the reader's was the job."""
    from followup.capture.employer_full import in_full, written_whole
    from followup.capture.employer_spelled import spelled_like
    from followup.capture.job_said import said_as_job

    other = spelled_like(inv, spell, mail=True)
    other = written_whole(other, inv, ()) or other if other else ""
    return in_full(other, inv) if other and not said_as_job(other, [inv.description]) else ""
