"""Which server, how to reach it securely, and the password (never kept by followup)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import BadInput

if TYPE_CHECKING:
    import ssl

PORTS = {"smtp": {"starttls": 587, "ssl": 465, "none": 25},
         "imap": {"ssl": 993, "starttls": 143, "none": 143}}
KEYRING_SERVICE = "followup"


@dataclass(frozen=True, slots=True)
class Server:
    kind: str  # smtp | imap
    host: str
    port: int
    security: str  # starttls | ssl | none
    user: str | None

    @property
    def label(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port}"

    @property
    def keyring_name(self) -> str:
        return f"{self.kind}:{self.user}@{self.host}"

    @property
    def password_env(self) -> str:
        return f"FOLLOWUP_{self.kind.upper()}_PASSWORD"


def is_loopback(host: str) -> bool:
    """Only this machine: "localhost", or an address in 127.0.0.0/8 or ::1. A host name
    such as "127.evil.example" is not one."""
    import ipaddress

    name = host.strip().lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def server(kind: str, values: dict[str, str | None]) -> Server:
    """The `kind` (smtp or imap) server from the settings, checked."""
    host = (values.get(f"{kind}_host") or "").strip()
    if not host:
        what = "send mail" if kind == "smtp" else "read your inbox"
        raise BadInput(f"to {what}, set {kind}_host in config.toml (or FOLLOWUP_"
                       f"{kind.upper()}_HOST); see `followup settings`")
    from followup.settings import check

    security = check(f"{kind}_security", values.get(f"{kind}_security") or "")
    if security == "none" and not is_loopback(host):
        raise BadInput(f"{kind}_security none would send your password and mail unencrypted "
                       f"to {host}: it is allowed only to a server on this machine; use "
                       "starttls or ssl")
    raw_port = check(f"{kind}_port", values.get(f"{kind}_port") or "")
    port = int(raw_port) if raw_port else PORTS[kind][security]
    user = (values.get(f"{kind}_user") or "").strip() or None
    if kind == "imap" and user is None:
        user = (values.get("smtp_user") or "").strip() or None
        if user is None:
            raise BadInput("to read your inbox, set imap_user (or smtp_user) in config.toml")
    return Server(kind, host, port, security, user)


def password(srv: Server) -> str | None:
    """From the environment, else the system keyring; None when there is no login."""
    if srv.user is None:
        return None
    found = os.environ.get(srv.password_env)
    if found:
        return found
    hint = (f"set {srv.password_env}, or store it once in your system keyring with: "
            f"keyring set {KEYRING_SERVICE} {srv.keyring_name}")
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(KEYRING_SERVICE, srv.keyring_name)
        except KeyringError as exc:
            raise BadInput(f"no {srv.kind} password: the keyring failed ({exc}); {hint}"
                           ) from None
    except ImportError:
        found = None
    if not found:
        raise BadInput(f"no {srv.kind} password for {srv.user} at {srv.host}: {hint}")
    return found


def tls_context() -> ssl.SSLContext:
    """Certificates checked against the system's authorities (SSL_CERT_FILE may add one)."""
    import ssl

    return ssl.create_default_context()


def save_password(srv: Server, secret: str) -> str:
    """Keep a login's password in the system keyring, under the name `password` reads it
    by; returns where (the one writer, for the mail servers and CalDAV alike)."""
    if srv.user is None:
        raise BadInput(f"set the {srv.kind} login first: the password belongs to a login")
    if not secret or len(secret) > 500 or any(ord(ch) < 32 for ch in secret):
        raise BadInput(f"the {srv.kind} password must be one line of at most 500 characters")
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, srv.keyring_name, secret)
            kept = keyring.get_password(KEYRING_SERVICE, srv.keyring_name) == secret
        except KeyringError as exc:
            raise BadInput(f"the system keyring failed ({exc}); set {srv.password_env} "
                           "instead") from None
    except ImportError:
        kept = False
    if not kept:  # none installed, or one that forgets (the null keyring)
        raise BadInput(f"no system keyring here keeps passwords; set {srv.password_env} "
                       "instead")
    return f"keyring service {KEYRING_SERVICE}, name {srv.keyring_name}"
