"""`followup remind --via URL`: the day's digest as a push (ntfy, Telegram, Signal, Matrix,
e-mail and the rest) through Apprise, at most once a day per address.

The once-a-day record is the e-mailed digest's own (the digests table): the day is claimed
before the push leaves, and a push that may have left keeps it, so a run killed in the middle
never pushes twice. The address is kept only as a hash: it often holds a token.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from followup.core.errors import BadInput, FollowupError
from followup.mail.digest import Digest, Taken

if TYPE_CHECKING:
    from followup.store.sqlite import Store

TIMEOUT = 20  # seconds, for connecting and for reading the answer


class NotPushed(FollowupError):
    """The service refused the push; the next run tries again."""


def key(url: str) -> str:
    """The digests table's recipient for a push address (a hash: never the token)."""
    return "push:" + hashlib.sha256(url.strip().encode()).hexdigest()[:24]


def label(url: str) -> str:
    """The address as it may be shown: its scheme only."""
    scheme = url.partition("://")[0]
    return f"{scheme}://…" if scheme.isalnum() else "the --via address"


def _apprise(url: str) -> object:
    import logging
    import warnings

    joined = url.strip()
    if "?" not in joined.partition("://")[2]:
        joined += f"?cto={TIMEOUT}&rto={TIMEOUT}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # its imghdr, on 3.11 and 3.12
        try:
            import apprise
        except ImportError:
            raise BadInput("--via needs Apprise: pip install apprise") from None
        logging.getLogger("apprise").setLevel(logging.CRITICAL)  # we say it in one line
        notifier = apprise.Apprise()
        known = notifier.add(joined)
    if not known:
        raise BadInput(f"--via: Apprise does not know the address {label(url)} (see "
                       "https://github.com/caronc/apprise/wiki for the forms it takes)")
    return notifier


def check(url: str) -> None:
    """A usable address, before anything is claimed."""
    _apprise(url)


def push(store: Store, digest: Digest, url: str, now: datetime) -> None:
    """Push the digest once today to `url`."""
    notifier = _apprise(url)
    who = key(url)
    with store.write():
        if not store.mail.claim_digest(digest.day, who, str(digest.message["Message-ID"]),
                                       digest.count, now):
            raise Taken(f"today's digest has already gone to {label(url)}; nothing sent")
    title = str(digest.message["Subject"])
    body = digest.message.get_content()
    try:
        delivered = bool(notifier.notify(title=title, body=body))  # type: ignore[attr-defined]
    except Exception as exc:  # a plugin's own failure: the push did not leave
        delivered, reason = False, type(exc).__name__
    else:
        reason = "the service refused it or did not answer"
    if not delivered:
        with store.write():
            store.mail.finish_digest(digest.day, who, "failed", now, reason)
        raise NotPushed(f"the push to {label(url)} failed ({reason}); nothing was recorded "
                        "as sent: the next run tries again")
    with store.write():
        store.mail.finish_digest(digest.day, who, "sent", now)
