"""A firm that calls the employer its client is not the employer (issue 23). Pure.

A recruitment firm writes of the employer as "our client", in its own language, whether it
names the client or describes it only ("our client, a leading plantation group"; "onze
opdrachtgever – een snelgroeiende fintech"). Whatever the firm's name says of its trade, the
name its own address spells is then the sender's, never the employer's: when it describes
the client instead of naming it, the employer is asked, not guessed. (Any "our client" was
too wide: a firm that places its own staff at clients says it too.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import agrees, domain_words, squash

# "our client" in the languages of the readers: the sender's possessive and the word for a
# client (a principal, a mandate), either order
_OUR_CLIENT = lazy(
    r"\b(?:our|my)[ \t]+(?:valued[ \t]+)?client\b|\bclient[ \t]+of[ \t]+ours\b|"
    r"\b(?:onze|mijn)[ \t]+(?:opdrachtgever|klant)\b|"
    r"\bunser(?:e[mnr]?)?[ \t]+(?:Kunden?|Auftraggeber(?:in)?|Mandant(?:in|en)?|"
    r"Klient(?:in|en)?)\b|"
    r"\b(?:notre|mon)[ \t]+client(?:e)?\b|\bnuestr[oa][ \t]+client[ea]\b|"
    r"\bnoss[oa][ \t]+client[ea]\b|\bnostr[oa][ \t]+client[ea]\b|"
    r"\bklien[ \t]+kami\b|\bnasz(?:ego|emu)?[ \t]+klient(?:a|owi)?\b|"
    r"\bvores[ \t]+kunde\b|\bvår[ \t]+(?:kund|klient|oppdragsgiver)\b",
    re.IGNORECASE)


# … and describes it instead of naming it: an apposition that opens with an indefinite
# article ("our client, a leading plantation group"; "onze opdrachtgever – een fintech")
_DESCRIBED = lazy(r"[ \t]*[,–—(:-][ \t]*(?:an?|een|ein(?:e[mnr]?)?|une?|una|uma?|sebuah|"
                  r"et|en)[ \t]", re.IGNORECASE)


def calls_it_client(text: str) -> bool:
    """The text writes of the employer as the sender's client and describes it, not names
    it."""
    return any(_DESCRIBED.match(text, m.end()) for m in _OUR_CLIENT.finditer(text))


def senders_own(name: str, inv: Invitation, domains: Sequence[str]) -> bool:
    """The proposed employer is the firm of the sender's own address ("Talentbrug Recruitment
    B.V." from …@talentbrug) while the text calls the employer its client."""
    from followup.capture.employer import plain

    if not name or not domains:
        return False
    mine = [a.email.rpartition("@")[2].lower() for a in [inv.organizer, *inv.senders]
            if a and a.email]
    own = [d for d in domains if d.lower() in mine]
    if not own or not any(agrees(name, d) or (
            len(squash(domain_words(d))) >= 4
            and squash(domain_words(d)) in squash(name)) for d in own):  # "PT Cipta Karir …"
        return False
    return calls_it_client(f"{inv.summary}\n{plain(inv.description)}\n{inv.note}")


def client_premises(own: str, inv: Invitation, people: Sequence[str]) -> str:
    """Where the sender's text calls the employer its client and the sender's own firm is
    refused, the business the location names before its street address is the client's
    (the candidate is received on the employer's premises, not the agency's): "Ashgrove
    Foods Ltd, 4 Mill Lane" for an interview booked by a search firm. Not the sender's own
    firm again."""
    from followup.capture.employer_where import at_location

    place = at_location(inv, people)
    return "" if not place or squash(place) == squash(own) or squash(own).startswith(
        squash(place)) else place
