"""The addresses an e-mail invitation's headers give the people its text names (issue 23):
Reply-To, From and Sender (a person's own address behind a scheduling relay) and Cc (the
colleague the writer copies in, whom the text may call by the given name alone: "Faith, our
office administrator, will send you directions", copied as Faith Achieng
<faith.achieng@…>). Pure: the people reader's entries and the header addresses in; the
entries are given their addresses in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from followup.capture.addresses import is_relay
from followup.capture.attendees import envelope
from followup.capture.names import name_words, one_given_name
from followup.capture.spelling import spells


def give_addresses(entries: list[Any], headers: Iterable[Any], own: frozenset[str]) -> None:
    """Each header address to the one person of `entries` it is: the same name, the one
    name its local part spells ("Nicole" <n.hartigan@…>), or the one given name alone the
    text writes of a header's whole name; never a relay, never the candidate."""
    for s in headers:
        if is_relay(s.email) or s.email in own:
            continue
        full = envelope(s.name) if s.name else ""
        hit = next((e for e in entries if e.name and full
                    and name_words(e.name) == name_words(full)), None)
        spelled = [e for e in entries if e.name and spells(s.email.partition("@")[0], e.name)]
        hit = hit or (spelled[0] if len(spelled) == 1 else None)
        given = [e for e in entries if e.name and len(e.name.split()) == 1
                 and len(full.split()) >= 2 and one_given_name(e.name, full.split()[0])]
        if hit is None and len(given) == 1:
            hit = given[0]
            if not hit.email:  # "Faith" of "Faith Achieng": thanked by her whole name
                hit.name = full
        if hit is not None and (not hit.email or is_relay(hit.email)):
            hit.email = s.email
