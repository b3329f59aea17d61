"""The employer beside the sender's own organisation (issue 23). A recruiting agency, an
outsourced recruiter or a group's in-house recruiter sends from its own domain and signs with
its own name, and writes the organisation that hires in the title beside the job: "Straits
Harbour Logistics – Assessment Day" from meridiantalent, "Revenue Manager - Nilgiri
Hospitality" from malabargroup, "Golden Poppy Snacks - Brand Manager" from sierravistafoods.
The domain's name is then the sender's, the title's other organisation the employer. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.capture.employer_sources import Sources
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import agrees, core_of, name_words, squash


def _sender_domains(inv: Invitation, domains: Sequence[str]) -> list[str]:
    """The people's domains the organizer or a sender writes from."""
    own = {a.email.rsplit("@", 1)[-1].lower() for a in [inv.organizer, *inv.senders]
           if a and "@" in a.email}
    return [d for d in domains if d.lower() in own]


def _shares_domain(name: str, domains: Sequence[str]) -> bool:
    """The name agrees with a domain or one of its long words is in one ("Hotel Marisma
    Sevilla" at marisma-hoteles: the sender's own site, not another organisation)."""
    return any(agrees(name, d) or any(len(w) >= 4 and squash(w) in core_of(d)
                                      for w in name_words(name)) for d in domains)


def beside_sender(inv: Invitation, found: Sources, domains: Sequence[str],
                  sender: str, people: Sequence[str]) -> str:
    """The title's one organisation beside the job when the file's employer would be the
    sender's own (`sender`, the name its domain spells or its signature writes): a name of
    two words or more, a piece of the title by itself, that is no part of the job nor a
    person's, shares nothing with the sender's name or any domain, and that the description
    writes again or that ends in a company's word; after the job, where a team's or a site's
    name stands as often ("… Manager – Enterprise Solutions"), only one a sentence introduces
    or that ends in a legal form; "" otherwise."""
    from followup.capture.employer import ACRONYMS, by_suffix, plausible
    from followup.capture.employer_where import qualifies_job
    from followup.capture.roles import names_title
    from followup.core.companies import is_legal_form

    mine = _sender_domains(inv, domains)
    if not sender or not mine or not any(agrees(sender, d) for d in mine):
        return ""
    summary = inv.summary
    if len(found.title) != 1:
        return ""
    c = found.title[0]
    # a name of two words, none an initial ("Tomasz W."), that is not the sender's own
    if len(c.split()) < 2 or min(len(w) for w in name_words(c)) < 2 or ACRONYMS.fullmatch(
            c) or _shares_domain(c, mine) or set(name_words(c)) & set(name_words(sender)):
        return ""
    from followup.capture.employer_sources import PIECES

    pieces = [p.strip() for p in PIECES.split(summary) if p and p.strip()]
    if squash(c) not in {squash(p) for p in pieces} or not plausible(c, people) or not any(
            names_title(p) for p in pieces if c not in p):
        return ""
    from followup.capture.employer import plain
    from followup.capture.employer_sources import title_copies

    # a piece after the job is its team or site as often ("… Designer | Payments"): only a
    # sentence that introduces it as an organisation, or a company's word, tells otherwise
    at = next(i for i, p in enumerate(pieces) if squash(p) == squash(c))
    if qualifies_job(c, summary) or any(names_title(p) for p in pieces[:at]):
        return c if is_legal_form(c.split()[-1]) else ""
    prose = squash(title_copies(plain(inv.description), summary))
    return c if by_suffix(c) or squash(c) in prose else ""


# a client the agency keeps back for now, whatever words it uses: "client name will be shared
# after this discussion", "the client's details will be disclosed at the next stage", "we
# can't name the client yet"
_KEPT_BACK = lazy(r"\bclient(?:['’]s)?[ \t]+(?:name|details|identity)[ \t]+(?:will|would|"
                  r"can|is[ \t]+to|to)[ \t]+(?:only[ \t]+)?be[ \t]+(?:shared|disclosed|revealed|"
                  r"confirmed|given)|\b(?:can(?:not|['’]t)|unable[ \t]+to)[ \t]+(?:yet[ \t]+)?"
                  r"(?:name|disclose|share|reveal)[ \t]+(?:the|our|my)[ \t]+client\b"
                  # the name itself held back for now ("name shared after this first call",
                  # "under NDA", "name withheld")
                  r"|\bname[ \t]+(?:(?:is|will[ \t]+be)[ \t]+)?(?:withheld|(?:shared|disclosed|"
                  r"revealed)[ \t]+(?:after|at|once|later|in))\b|\bunder[ \t]+(?:an[ \t]+)?NDA\b"
                  # a client kept confidential, as the languages of the recruiters' letters say
                  r"|\b(?:cliente|client|klient|kunde|kunden|mandant|mandanten|klant|opdrachtgever|"
                  r"kund|asiakas)[ \t]+(?:confidencial|confidentiel|riservato|confidenziale|"
                  r"poufny|důvěrný|dôverný|vertraulich|konfidentiell|fortroligt?|luottamuksellinen)"
                  r"\b|\b(?:vertraulichen|vertrouwelijke|confidential|poufnego)[ \t]+(?:kunden|"
                  r"mandanten|klant|opdrachtgever|klienta)\b",
                  re.IGNORECASE)
# the trade of a firm that recruits for others, in its name: "Anvaya RPO Services",
# "Northway Talent Partners" (recruitment process outsourcing, a talent firm)
# … and a firm named for the talent it finds or its search ("Brightfield Talent", "Seoul Talent
# Bridge", "Hartwell Search Ltd"), not a team's words ("Acme Talent Acquisition")
_OUTSOURCED = lazy(r"\S[ \t]+(?:RPO\b|Talent[ \t]+(?:Partners|Solutions)\b|Talent\b(?![ \t]+"
                   r"(?:Acquisition|Team|Teams|Operations|Ops|Scheduling|Coordinator|Partner\b|"
                   r"Lead|Manager|Specialist|Advisor|Sourcer|Business|Management))|"
                   # "Search" last, its legal form aside: a search firm's, not "Bright
                   # Search Labs" (a search engine's)
                   r"Search(?=[ \t]*$|,?[ \t]+(?:Ltd|Limited|LLC|Inc|GmbH|Pty|BV|AB|AS|Oy)"
                   r"\b\.?[ \t]*$))")


def keeps_client_back(text: str) -> bool:
    """The agency says it will name its client later: the employer is asked, never the
    agency."""
    return bool(_KEPT_BACK.search(text))


def outsourced(name: str) -> bool:
    """The name is an outsourced recruiter's or a talent firm's."""
    return bool(_OUTSOURCED.search(name))

