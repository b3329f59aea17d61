"""The employer's name is a span the file writes, chosen by evidence that agrees (issue 23).

The readers of `employer*.py` each propose a name from one source (the title, the location,
a signature, the domain). These checks run on what they proposed, whatever the source:

- a greeting or a letter's closing is never a company ("Hi Sam", "Herzliche Grüße");
- the name is one the file writes (an address or a link is no name written: the conventions'
  truth is then none): a name that only an e-mail domain spells is not proposed; one the
  file writes with its marks ("Grüner" for "Gruener") or with the domain's initials and
  words ("Van den Heuvel Transport" at vdheuveltransport) is proposed as the file writes it;
- quotes and a possessive's apostrophe left on the edge are not the name's.
(Trimming an edge word the domain does not spell, "… HQ", "Second-round …", was tried and
cost more files than it gained: writers keep "Café …", "… Logistics" the domain leaves out.)
Pure: no I/O."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from followup.capture.invitations import Invitation
from followup.capture.lazy import lazy
from followup.capture.org_domains import core_of, covers, squash
from followup.core.companies import without_legal_form

_ADDRESS = lazy(r"(?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+", re.I)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def file_texts(inv: Invitation) -> list[str]:
    """Every place the file writes words, without its addresses and links (a domain is
    not a name the file writes): the title, the description, the mail, the location, the
    display names."""
    from followup.capture.employer import plain

    shown = [a.name for a in [inv.organizer, *inv.attendees, *inv.senders, *inv.copied]
             if a and a.name]
    import html

    return [_ADDRESS.sub(" ", html.unescape(re.sub(r"<[^>]{0,300}>", " ", t))) for t in
            [inv.summary, plain(inv.description), inv.note, inv.location or "", *shown]]


def _spans(name: str, text: str) -> list[int]:
    """Where the folded text writes the folded name as whole words."""
    n, t = _fold(name), _fold(text)
    if not n:
        return []
    if any(ord(c) >= 0x2E80 for c in n):  # a script written without spaces ("株式会社…")
        return [m.start() for m in re.finditer(re.escape(n), t)]
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", t)]


def written(name: str, texts: Sequence[str]) -> bool:
    """The file writes the name (case and spaces aside; "&" or "and" either way)."""
    forms = {name, name.replace("&", "and"), name.replace(" and ", " & ")}
    return any(_spans(f, t) for f in forms for t in texts)


def as_written(name: str, texts: Sequence[str]) -> str:
    """The name as the file writes it when it writes the same letters with other spaces,
    marks or stops ("Smith & Co" for "Smith & Co.", "Smith-Jones" for "Smith Jones"), or
    with other letters for the same sounds ("Gruener Bogen" built from a domain,
    "Grüner Bogen" written: the file's spelling is the name), or "" when it does not."""
    from followup.capture.org_domains import DOUBLED

    keys = {squash(name), squash(without_legal_form(name))} - {""}
    size = len(name.split())
    if not keys or not size:
        return ""
    for t in texts:
        words = t.split()
        for n in range(max(1, size - 1), size + 3):
            for i in range(len(words) - n + 1):
                span = " ".join(words[i:i + n]).strip(".,;:!?()[]\"'“”«»")
                if squash(span) in keys:
                    return name
                if squash(span.translate(DOUBLED)) in keys:
                    return span
    return ""


def aligned(texts: Sequence[str], domains: Sequence[str]) -> str:
    """The span of the file that the employer's domain writes, each word whole or by its
    initial, its small words too ("Van den Heuvel Transport" at vdheuveltransport,
    "Lumen & Vale" at lumenvale), the first and last words capitalised; or ""."""
    from followup.capture.org_domains import abbreviates

    cores = [core_of(d) for d in domains if len(core_of(d)) >= 4]
    if not cores:
        return ""
    for t in texts:
        words = [w.strip(".,;:!?()[]\"'“”«»") for w in t.split()]
        for n in range(2, 7):
            for i in range(len(words) - n + 1):
                span = words[i:i + n]
                if not all(span) or not (span[0][:1].isupper() and span[-1][:1].isupper()):
                    continue
                keys = [squash(w) for w in span if squash(w)]
                if any(covers(c, span) or abbreviates(c, keys) for c in cores):
                    return " ".join(span)
    return ""


def greeting_or_closing(name: str) -> bool:
    """A greeting ("Hey Sam", "Hallo Sam") or a letter's closing ("Herzliche Grüße", "Kind
    regards") in any language the readers know: never a company."""
    from followup.capture.mention_cues import CLOSING, GREETING

    words = name.split()
    if not words:
        return False
    return bool(GREETING.match(words[0].strip(",!:"))) or bool(
        CLOSING.match(name.strip().rstrip(",.!")))


def _unmarked(name: str) -> str:
    """The name without the symbols a title puts on its edges: an emoji, a pictograph, a
    dingbat ("Chat with Studio Lumen 👋", "★ Kestrel Bakery"), which no name is spelled with."""
    out = name.strip()
    while out and (unicodedata.category(out[-1]) in ("So", "Sk", "Cf")
                   or out[-1] in "\ufe0f\u200d"):
        out = out[:-1].rstrip()
    while out and unicodedata.category(out[0]) in ("So", "Sk", "Cf"):
        out = out[1:].lstrip()
    return out


def _edge_clean(name: str) -> str:
    """The name without quotes or a possessive's apostrophe on its edges ("Kestrel
    Orchards'" where a sentence wrote "Kestrel Orchards' seasonal roles")."""
    out = _unmarked(name).strip("\"“”„«»")
    if out.endswith(("'", "’")) and not out.endswith(("s''", "s’’")):
        out = out[:-1].rstrip()
    if out[:1] in "'’" and out.count(out[0]) == 1:
        out = out[1:].lstrip()
    return out


def weighed(name: str, inv: Invitation, domains: Sequence[str]) -> str:
    """The proposed name as the evidence of the file leaves it: without quotes on its
    edges; "" for a greeting, a closing or a name the file never writes (the file's own
    spelling, or the span the domain writes, when it writes one)."""
    if not name:
        return name
    texts = file_texts(inv)
    clean = _edge_clean(name)
    if clean != name and written(clean, texts):
        name = clean
    if greeting_or_closing(name):
        return ""
    if not written(name, texts):
        # (a name only the domain spells stays the reader's last-resort guess, marked as one)
        name = as_written(name, texts) or aligned(texts, domains) or name
    return name
