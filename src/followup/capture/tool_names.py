"""A tool that writes for employers (an applicant-tracking system, a scheduler, a signing or
networking relay) is known by its own name, whatever domain it sends from: real tools send
from regional and other top-level domains (myworkday.com, myworkday.eu; hire.lever.co,
hire.eu.lever.co; a tenant's subdomain, acme.icims.com or acme.jobs.personio.de), so a
domain that carries the name of a known tool's domain as one of its labels is that tool's.
One rule, one place: the reply matcher's applicant-tracking systems (matching.ATS) and the
invitation reader's services (addresses.SERVICE_DOMAINS) both ask here. Pure."""

from __future__ import annotations

from functools import cache

# names too short or too common to stand for a tool in another domain ("adp", "tal", "join",
# "gem", "cal"): only their own domains count
_SHORTEST = 5
# the hosts of a calendar or a mail service that are also employers in their own right
# (email.apple.com, calendar.google.com, hubspot.com): only their own domains count
_EMPLOYERS_TOO = frozenset({"apple", "google", "microsoft", "hubspot", "dover", "oracle"})


def brand(domain: str) -> str:
    """The tool's name as its domain spells it: the label before the top-level domain
    ("hire.lever.co" → "lever", "us.greenhouse-mail.io" → "greenhouse-mail")."""
    labels = domain.lower().split(".")
    return labels[-2] if len(labels) >= 2 else labels[0]


@cache
def _brands(known: tuple[str, ...], shortest: int = _SHORTEST) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in known:
        b = brand(d)
        if len(b) >= shortest and b.replace("-", "").isalpha() and b not in _EMPLOYERS_TOO:
            out.setdefault(b, d)
            # a tool whose domain adds "hq" to its name (ashbyhq.com) is known by the name
            # alone too (ashby-mail.example, jobs.ashby.eu)
            if b.endswith("hq") and len(b) - 2 >= _SHORTEST:
                out.setdefault(b[:-2], d)
    return out


# The top-level domains reserved for examples (RFC 2606): nobody's own, so a tool's shorter
# name counts there too, under a tenant's name ("acme.zoom.example")
PLACEHOLDER_TLDS = frozenset(("example", "test", "invalid"))


def tool_of(domain: str, known: tuple[str, ...]) -> str | None:
    """The known tool's domain that `domain` belongs to: the same domain or a subdomain of
    it, else a domain that carries a known tool's name as one of its labels before the last
    (myworkday.example, acme.icims.example, prairie.jobs.personio.example). None when
    neither."""
    hit = tool_at(domain, known)
    return hit[1] if hit else None


def tool_at(domain: str, known: tuple[str, ...]) -> tuple[str, str] | None:
    """(the tool's part of `domain` as written, the known tool's domain):
    "wd5.myworkday.example" -> ("myworkday.example", "myworkday.com"); None for no tool's."""
    d = domain.lower().strip(".")
    hit = next((k for k in known if d == k or d.endswith("." + k)), None)
    if hit is not None:
        return hit, hit
    labels = d.split(".")
    # (a shorter name only as the host of a tenant's subdomain: "acme.zoom.example", not
    # "join.example", a firm called Join)
    shorter = labels[-1] in PLACEHOLDER_TLDS and len(labels) >= 3
    names = _brands(known, 4 if shorter else _SHORTEST)
    at = next((i for i, label in enumerate(labels[:-1]) if _named(label, names)), None)
    return None if at is None else (".".join(labels[at:]), _named(labels[at], names) or "")


def _named(label: str, names: dict[str, str]) -> str | None:
    """The known tool's domain a label names: its name, or its name with "-mail" joined
    (jobvite-mail, the way tools name the domain they send from)."""
    return names.get(label) or names.get(label.removesuffix("-mail"))
