"""Sessions, sign-in, CSRF tokens and redirects that stay on this site.

A session is a signed cookie (HttpOnly, SameSite=Lax; Secure over TLS) holding a CSRF token,
the id of a signed-in session (which counts only while the server still knows it, see
`signin.SignIns`) and one-shot flash messages. Every state-changing request must carry
the token, in the `csrf` form field or the `X-CSRF-Token` header, and tokens are compared in
constant time.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "followup_session"
MAX_AGE_S = 14 * 24 * 3600
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"


@dataclass
class Session:
    csrf: str
    auth: bool = False
    sid: str | None = None  # the signed-in session's id; the server decides if it is live
    flash: list[tuple[str, str]] = field(default_factory=list)
    dirty: bool = False

    def say(self, kind: str, text: str) -> None:
        """A message for the next page shown (kind: ok or error)."""
        self.flash.append((kind, text))
        self.dirty = True

    def take_flash(self) -> list[tuple[str, str]]:
        out, self.flash = self.flash, []
        if out:
            self.dirty = True
        return out

    def sign_in(self, sid: str) -> None:
        """A new token on sign-in, so one planted before it is worthless (session fixation)."""
        self.auth = True
        self.sid = sid
        self.csrf = secrets.token_urlsafe(24)
        self.dirty = True

    def sign_out(self) -> None:
        self.auth = False
        self.sid = None
        self.csrf = secrets.token_urlsafe(24)
        self.dirty = True


class SessionCodec:
    def __init__(self, key: str) -> None:
        self._s = URLSafeTimedSerializer(key, salt="followup.web.session")

    def load(self, raw: str | None) -> Session:
        if raw:
            try:
                data: Any = self._s.loads(raw, max_age=MAX_AGE_S)
            except BadSignature:
                data = None
            if isinstance(data, dict) and isinstance(data.get("c"), str):
                flash = [(str(k), str(t)) for k, t in data.get("f", [])]
                sid = data.get("s")
                return Session(csrf=data["c"], sid=sid if isinstance(sid, str) else None,
                               flash=flash)
        return Session(csrf=secrets.token_urlsafe(24), dirty=True)

    def dump(self, session: Session) -> str:
        return self._s.dumps({"c": session.csrf, "s": session.sid, "f": session.flash})


def tokens_match(sent: str | None, expected: str) -> bool:
    return bool(sent) and hmac.compare_digest(str(sent).encode(), expected.encode())


_HOST = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))(?::[0-9]{1,5})?")


def host_name(header: str | None) -> str | None:
    """The name a Host header gives, lower case, without its port or an IPv6 address's
    brackets; None when the header is not a host and a port at all (`127.0.0.1:1@evil.example`,
    a user part, a path, spaces): such a request is refused, never matched by its start."""
    text = (header or "").strip()
    if not _HOST.fullmatch(text):
        return None
    name = text[:text.rindex("]") + 1] if text.startswith("[") else text.split(":", 1)[0]
    return name.strip("[]").rstrip(".").lower()


def same_origin(origin: str | None, host: str | None) -> bool:
    """A browser's Origin header must name this very host (when it sends one at all)."""
    if origin is None:
        return True
    if origin == "null" or host is None:
        return False
    return urlsplit(origin).netloc.lower() == host.lower()


def safe_path(target: str | None, default: str = "/") -> str:
    """A redirect target only if it is a path on this site: never another host (no open
    redirects), however it is spelt."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(ch in target for ch in "\\\r\n\t\x00"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


# The largest request body each route reads (issue 22.6): forms and JSON are a few kilobytes;
# the invitation upload takes its file (web/capture.MAX_UPLOAD) and the form around it.
MAX_BODY = 256 * 1024
_UPLOADS = {"/applications/from-invitation": 2_000_000 + MAX_BODY,
            # an address book or LinkedIn's export (web/people.MAX_UPLOAD)
            "/contacts/import": 32 * 1024 * 1024 + MAX_BODY,
            "/contacts/linkedin": 32 * 1024 * 1024 + MAX_BODY}


def body_limit(path: str) -> int:
    return _UPLOADS.get(path, MAX_BODY)


def _too_big(path: str) -> str:
    return (f"the request is larger than this page takes ({body_limit(path) // 1024} KB at "
            "most); nothing was changed")


def body_too_big(length: str | None, path: str) -> str | None:
    """The refusal of a body whose Content-Length is over the route's limit, before any of
    it is read (a length that is not a number is refused too)."""
    if length is None:
        return None
    text = length.strip()
    if not text.isdigit() or len(text) > 12 or int(text) > body_limit(path):
        return _too_big(path)
    return None


def capped(receive: Any, path: str) -> Any:
    """`receive` that stops a body (sent in chunks, without a length) at the route's limit:
    the route reading it gets a 413, and the rest is never read into memory."""
    from starlette.exceptions import HTTPException

    limit, seen = body_limit(path), 0

    async def receive_capped() -> Any:
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, _too_big(path))
        return message

    return receive_capped
