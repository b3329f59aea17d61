"""The client a recruitment firm books for, where the firm signs, sends or names itself in
ways the first agency rules do not read (issue 23): a signature line that ends in the firm's
name with its legal form ("… | Harbourline Talent Partners Ltd"), a domain that spells a
firm's name ("brightfieldtalent"), a sender's display name that adds the client ("Omar –
Emirates Heritage Hospitals"). The employer is then the other organisation the file names:
the client the sender's display name adds when the text writes it too, the title's own name
in brackets, in a script with no capitals, that the location writes again (its premises), the
piece beside the job or in brackets in a booking page's event name, or the longer name a
sentence's one word starts ("role at Kestrel" beside "(Kestrel Banking Group)"). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from followup.capture.employer_sources import Sources
from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import agrees, domain_words, org_label, squash

# a booking page's own line for the event's name ("Event Name: Intro Call: Engineer – Acme")
_EVENT_NAME = lazy(r"(?im)^[ \t]*(?:event name|event type|event)[ \t]*:[ \t]*(.+)$")
# the title's leading name in brackets ("[Hanbit Chemical] Process Engineer interview")
_BRACKETED = lazy(r"^\s*[\[【]([^\]】]{2,60})[\]】]")
# a domain that runs a firm's name into its trade ("brightfieldtalent", "nordicstaffing"; not
# "search", a search engine's as often)
_TRADE_JOINED = lazy(r"^[a-z]{3,}-?(?:talent|staffing|recruitment|recruiting|rpo|"
                     r"headhunters|resourcing)$")
# a display name that adds an organisation after the person's ("Omar Al-Fahim - Emirates
# Heritage Hospitals", "Ana Ruiz | Acme")
_ADDED = lazy(r"\s+[-–—|@]\s+(.+)$")


def firm_names(inv: Invitation, found: Sources, domains: Sequence[str]) -> list[str]:
    """The names the sender's own organisation goes by in the file: its display name, the
    name its domain spells, and each name the file writes with a legal form."""
    from followup.capture.employer import plain, with_legal_form

    out = [found.org, *found.said]
    out += [domain_words(d) for d in _senders(inv, domains)]
    out.append(with_legal_form(inv, list(domains), found.org))
    text = plain(inv.description)
    out += [line.split("|")[-1].strip() for line in text.splitlines() if "|" in line]
    return [x for x in out if x]


def _senders(inv: Invitation, domains: Sequence[str]) -> list[str]:
    own = {a.email.rsplit("@", 1)[-1].lower() for a in [inv.organizer, *inv.senders]
           if a and "@" in a.email}
    return [d for d in domains if d.lower() in own]


def firm_sends(inv: Invitation, found: Sources, domains: Sequence[str]) -> bool:
    """A recruitment firm sends the invitation: a name it goes by says its trade, and it is
    the sender's own (the sender's domain agrees with it, or it is the display name)."""
    from followup.capture.employer_where import agency

    mine = _senders(inv, domains)
    if any(_TRADE_JOINED.search(org_label(d)) for d in mine):  # "brightfieldtalent"
        return True
    return any(agency(x) and (x == found.org or any(agrees(x, d) or squash(x).startswith(
        squash(domain_words(d))) for d in mine)) for x in firm_names(inv, found, domains))


def client(inv: Invitation, found: Sources, domains: Sequence[str],
           people: Sequence[str]) -> str:
    """The organisation the firm books for, by the habits in the module's note; "" when
    the file names none beside the firm's own."""
    from followup.capture.employer import plain, plausible
    from followup.capture.employer_where import agency
    from followup.capture.roles import names_title

    mine = _senders(inv, domains)

    def other(x: str) -> bool:
        return bool(x) and not agency(x) and not any(
            agrees(x, d) or squash(domain_words(d)).startswith(squash(x)) for d in mine)

    text = plain(inv.description)
    for a in [inv.organizer, *inv.senders]:  # the client the display name adds, which the
        m = _ADDED.search(a.name) if a and a.name else None  # title or the text writes too
        added = m.group(1).strip() if m else ""
        if added and other(added) and plausible(added, people) and not names_title(added) and (
                added in inv.summary or added in text):
            return added
    m = _BRACKETED.match(inv.summary)  # in a script with no capitals, which the other
    # readers never take for a name ("[한빛케미칼] 공정엔지니어 1차 면접")
    head = m.group(1).strip() if m else ""
    if head and not any(c.isupper() or c.islower() for c in head) and other(head) and \
            not names_title(head) and head in (inv.location or ""):
        return head
    from followup.capture.employer_sources import PIECES

    for line in _EVENT_NAME.findall(text):  # the piece beside the job in the event's name
        pieces = [p.strip() for p in PIECES.split(line) if p and p.strip()]
        for i, p in enumerate(pieces):  # or in brackets after the call ("… Call (Acme)")
            if i and (names_title(pieces[i - 1]) or f"({p})" in line) and other(p) and \
                    plausible(p, people) and not names_title(p):
                return p
    # one word a sentence introduces, written whole elsewhere ("role at Kestrel" beside
    # "(Kestrel Banking Group)")
    for x in found.introduced:
        longer = [s for s in found.said if s != x and s.startswith(x + " ") and other(s)]
        if longer and other(x):
            return longer[0]
    return ""
