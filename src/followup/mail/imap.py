"""Read new message headers from an IMAP folder, read-only; and save a copy of a message
`send` has handed over in the Sent folder (APPEND), when the candidate asks for it.

The folder read is opened with EXAMINE (readonly=True) and only BODY.PEEK is fetched, so no
flag changes, nothing is moved or deleted; the server cannot even mark a message as seen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from followup.mail import MailError
from followup.mail.config import Server, tls_context

TIMEOUT_S = 30.0
CHUNK = 200


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    header: bytes  # the whole message: its header, then its body
    received: datetime | None  # INTERNALDATE


@dataclass(frozen=True)
class Folder:
    mailbox: str  # user@host/folder: what the UIDs belong to
    uidvalidity: int
    messages: list[Fetched]
    too_large: list[tuple[int, int]] = field(default_factory=list)  # (uid, size): not fetched


def mailbox_key(srv: Server, folder: str) -> str:
    return f"{srv.user}@{srv.host}/{folder}"


@contextlib.contextmanager
def session(srv: Server, password: str | None, doing: str) -> Iterator[Any]:
    """A logged-in client; every failure becomes one MailError line naming what was being
    done, and the connection is closed whatever happens."""
    import ssl

    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError, LoginError

    try:
        client = IMAPClient(srv.host, port=srv.port, ssl=srv.security == "ssl",
                            ssl_context=tls_context() if srv.security == "ssl" else None,
                            timeout=TIMEOUT_S)
    except (OSError, IMAPClientError) as exc:
        raise MailError(f"cannot reach the mail server {srv.host}:{srv.port}: {exc}") from None
    client.normalise_times = False
    try:
        if srv.security == "starttls":
            client.starttls(tls_context())
        client.login(srv.user or "", password or "")
        yield client
    except LoginError as exc:
        raise MailError(f"the mail server {srv.host} refused the login for {srv.user}: "
                        f"{exc}") from None
    except ssl.SSLError as exc:
        raise MailError(f"no secure connection to {srv.host}:{srv.port}: {exc}") from None
    except (OSError, IMAPClientError) as exc:
        raise MailError(f"{doing} at {srv.host} failed: {exc}") from None
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()  # leaving abruptly changes nothing


def save_copy(srv: Server, password: str | None, folder: str, message: bytes,
              when: datetime, message_id: str) -> bool:
    """Put a copy of a message sent in `folder` (IMAP APPEND, marked read), made first when
    the server has no such folder; the one change followup ever makes to a mailbox. Once
    only: a copy already there (the same Message-ID, saved by a run killed before it could
    record so) is not saved again. True when this call saved it."""
    with session(srv, password, f"saving a copy in {folder}") as client:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        else:
            client.select_folder(folder, readonly=True)
            found = client.search(["HEADER", "Message-ID", message_id])
            if found:
                return False
        client.append(folder, message, flags=(b"\\Seen",), msg_time=when)
        return True


def read_new(srv: Server, password: str | None, folder: str, since: date,
             mark: Callable[[str, int], int]) -> Folder:
    """Headers of the messages that arrived (or were written) on or after `since` and are
    above the UID `mark(mailbox, uidvalidity)` already read. The server is asked each
    message's size first (RFC822.SIZE): one over budgets.MAIL_BYTES is not downloaded at
    all, only listed in `too_large`."""
    from followup import budgets

    cap = budgets.MAIL_BYTES
    key = mailbox_key(srv, folder)
    with session(srv, password, f"reading {folder}") as client:
        info: dict[bytes, Any] = client.select_folder(folder, readonly=True)
        uidvalidity = int(info[b"UIDVALIDITY"])
        last = mark(key, uidvalidity)
        # arrived, or written, on or after `since`: a clock that is off on either side
        # cannot hide a reply
        found_uids = client.search(["OR", "SINCE", since, "SENTSINCE", since])
        uids = sorted(int(u) for u in found_uids if int(u) > last)
        found: list[Fetched] = []
        too_large: list[tuple[int, int]] = []
        for start in range(0, len(uids), CHUNK):
            chunk = uids[start:start + CHUNK]
            sizes = client.fetch(chunk, ["RFC822.SIZE"])  # asked first: nothing downloaded
            big = {uid: size for uid in chunk
                   if isinstance(size := (sizes.get(uid) or {}).get(b"RFC822.SIZE"), int)
                   and size > cap}
            too_large += big.items()
            chunk = [uid for uid in chunk if uid not in big]
            if not chunk:
                continue
            # the whole message (still unflagged): capture reads replies' text
            data = client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in chunk:
                item = data.get(uid) or {}
                header = item.get(b"BODY[]")
                received = item.get(b"INTERNALDATE")
                if isinstance(header, bytes):
                    found.append(Fetched(uid, header, received if isinstance(
                        received, datetime) else None))
        return Folder(key, uidvalidity, found, too_large)
