"""Whose a mail domain is by its name alone, whatever suffix it is under (issue 23): a mail
provider's (icloud, posteo, orange, mailbox) or a hiring system's (taleo, jobvite, greenhouse)
is the host of the mail, never the employer, under a country's suffix, a test suffix, or with
"mail" joined to the name ("icloud-mail", "jobvitemail"). Pure."""

from __future__ import annotations

from functools import cache

from followup.capture.tool_names import PLACEHOLDER_TLDS
from followup.core.mailboxes import FREE_BRANDS, FREE_MAIL, free_mail, mail_stems, name_of

# Providers of personal mailboxes besides the free-mail list's own names (FREE_BRANDS).
_MORE_PROVIDERS = frozenset((
    "mailfence", "runbox", "startmail", "hushmail", "zohomail", "rocketmail", "rambler",
    "ukr", "abv", "bol", "uol", "terra", "sapo", "walla", "inbox", "email", "yahoomail",
    "orange", "laposte", "telstra"))
# The top-level domains reserved for examples (RFC 2606), which a provider's name keeps, and
# providers whose name is a word of its own ("me" of me.com), known as such only there
# ("jo@me.example").
_ON_PLACEHOLDER = frozenset(("me", "mac", "btinternet", "bigpond", "gmx"))
# Names of the list's domains too common as an employer's own name to say a provider when
# written under another suffix ("web.de", "free.fr", "hey.com", "att.net", "cox.net").
_COMMON = frozenset(("web", "free", "hey", "mac", "att", "cox", "wp", "o2", "pm", "onet",
                     "mail", "xtra", "163", "126"))
# Hiring systems' names too common as an employer's own name ("gem.com", "dover.com").
_COMMON_SERVICES = frozenset(("gem", "dover", "x", "cal", "prelude", "paradox", "hubspot",
                              "zcal", "ukg", "doodle", "rippling", "oraclecloud", "workday",
                              "apple", "google", "zoom", "webex"))


@cache
def _providers() -> frozenset[str]:
    return frozenset({name_of(d) for d in FREE_MAIL} - _COMMON) | FREE_BRANDS | _MORE_PROVIDERS


@cache
def _services() -> frozenset[str]:
    from followup.capture.addresses import SERVICE_DOMAINS

    return frozenset(s for d in SERVICE_DOMAINS for s in mail_stems(d)) - _COMMON_SERVICES


def provider(dom: str) -> bool:
    """A mail provider's domain, which says nothing of the employer: the free-mail list's,
    or a provider's name under any suffix ("posteo.example", "icloud-mail.example")."""
    stem, _, tld = dom.lower().rpartition(".")
    return free_mail(dom) or bool(mail_stems(dom) & _providers()) or (
        tld in PLACEHOLDER_TLDS and stem in _ON_PLACEHOLDER)


def hiring_system(dom: str) -> bool:
    """A hiring or scheduling system's domain under any suffix ("taleo.example",
    "jobvite-mail.example"): the system's, never the employer's."""
    from followup.capture.addresses import service

    return service(dom) or bool(mail_stems(dom) & _services())


def host(dom: str) -> bool:
    """Either: a domain that hosts the mail and names no employer."""
    return provider(dom) or hiring_system(dom)
