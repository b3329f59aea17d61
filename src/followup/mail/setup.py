"""The mail settings as one form: the outgoing (SMTP) and incoming (IMAP) servers, checked
together and saved to the config file, the passwords to the system keyring (never a file),
and a connection test that logs in to each and leaves (the dashboard's mail page)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from followup.core.errors import BadInput, FollowupError

KINDS = ("smtp", "imap")
FIELDS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user",
          "imap_host", "imap_port", "imap_security", "imap_user", "imap_folder")
WHAT = {"smtp": "outgoing", "imap": "incoming"}


@dataclass(frozen=True, slots=True)
class Tried:
    kind: str  # smtp | imap
    ok: bool
    said: str


def current() -> dict[str, str | None]:
    """Every setting's value as the commands see it (config file, then environment)."""
    from followup import settings

    return settings.load()


def save(form: Mapping[str, str], passwords: Mapping[str, str]) -> list[str]:
    """Check every mail setting of `form` (blank: unset), then save them all, then keep each
    password given (blank: the one kept stays); returns what was kept where."""
    from followup import settings
    from followup.mail import config

    given = {name: (form.get(name) or "").strip() for name in FIELDS}
    checked = {name: settings.check(name, value) if value else None
               for name, value in given.items()}
    merged = {**current(), **checked}
    for kind in KINDS:  # a whole server, checked before anything is written
        if checked[f"{kind}_host"]:
            config.server(kind, merged)
        elif passwords.get(kind):
            raise BadInput(f"the {WHAT[kind]} password needs a server: fill in its name too")
    for name, value in checked.items():
        settings.save(name, value)
    kept = []
    for kind in KINDS:
        secret = passwords.get(kind) or ""
        if secret:
            srv = config.server(kind, current())
            config.save_password(srv, secret)
            kept.append(f"the {WHAT[kind]} password for {srv.user}")
    return kept


def test(values: Mapping[str, str | None]) -> list[Tried]:
    """Log in to each server that is set, and leave: nothing is sent or changed."""
    from followup.mail import config, probe

    found = []
    for kind in KINDS:
        if not (values.get(f"{kind}_host") or "").strip():
            continue
        try:
            srv = config.server(kind, dict(values))
            secret = config.password(srv)
            if kind == "smtp":
                said = probe.smtp(srv, secret)
            else:
                said = probe.imap(srv, secret, values.get("imap_folder") or "INBOX")
        except FollowupError as exc:
            found.append(Tried(kind, False, exc.message))
        else:
            found.append(Tried(kind, True, said))
    if not found:
        raise BadInput("no mail server is set yet: fill in the outgoing or the incoming "
                       "server first")
    return found
