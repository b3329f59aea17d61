"""Two-way task sync over CalDAV (`followup sync`): the account from the settings, the
password from the environment or the system keyring (the mail commands' own path)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.core.errors import BadInput

if TYPE_CHECKING:
    from datetime import datetime

    from followup.mail.config import Server as Login
    from followup.store.sqlite import Store
    from followup.sync.dav import Server
    from followup.sync.engine import Report

TIMEOUT = 20.0  # seconds a server may take to answer one request


@dataclass(frozen=True, slots=True)
class Account:
    url: str
    user: str | None
    list_name: str

    @property
    def key(self) -> str:
        """What a sync's remembered state belongs to: another account or list starts over."""
        return f"{self.url}|{self.user or ''}|{self.list_name}"

    @property
    def login(self) -> Login:
        from urllib.parse import urlsplit

        from followup.mail.config import Server as Login

        parts = urlsplit(self.url)
        secure = parts.scheme == "https"
        return Login("caldav", parts.hostname or "", parts.port or (443 if secure else 80),
                     "ssl" if secure else "none", self.user)


def account(values: dict[str, str | None]) -> Account:
    """The CalDAV account from the settings, checked."""
    from urllib.parse import urlsplit

    from followup.mail.config import is_loopback

    url = (values.get("caldav_url") or "").strip()
    if not url:
        raise BadInput("to sync tasks, set caldav_url (followup settings set caldav_url "
                       "https://dav.example.com/) and caldav_user; see the README, "
                       "'Your next actions on your phone'", field="caldav_url")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise BadInput(f"setting caldav_url must be an https:// address, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise BadInput(f"caldav_url {url} would send your password and plan unencrypted: "
                       "http is allowed only to a server on this machine; use https")
    if parts.username or parts.password:
        raise BadInput("caldav_url must not hold a login: set caldav_user, and the password "
                       "in the keyring (followup sync --password)", field="caldav_login")
    user = (values.get("caldav_user") or "").strip() or None
    name = (values.get("caldav_list") or "followup").strip() or "followup"
    if not url.endswith("/"):
        url += "/"
    return Account(url, user, name)


def password(acct: Account) -> str | None:
    """From FOLLOWUP_CALDAV_PASSWORD, else the system keyring (as the mail commands do)."""
    from followup.mail.config import password as mail_password

    try:
        return mail_password(acct.login)
    except BadInput as exc:
        raise BadInput(exc.message, field="caldav_password") from None


def save_password(acct: Account, secret: str) -> str:
    """Keep the password in the system keyring; returns where."""
    from followup.mail.config import save_password as keep

    if acct.user is None:
        raise BadInput("set caldav_user first: the password belongs to a login",
                       field="caldav_user")
    return keep(acct.login, secret)


def server(acct: Account, secret: str | None, timeout: float = TIMEOUT) -> Server:
    from followup.sync.dav import Server

    return Server(acct.url, acct.user, secret, timeout)


def phone_waiting(store: Store) -> int:
    """How many changes from the phone wait for the candidate (for Today)."""
    from followup.store.tasks import open_count

    with store.read():
        return open_count(store.conn)


def run(store: Store, values: dict[str, str | None], now: datetime,
        timeout: float = TIMEOUT) -> tuple[Account, Report]:
    """One sync with the account of the settings `values` (the command and the web page)."""
    from followup.ics import alarm_time
    from followup.sync import engine

    acct = account(values)
    alarm = alarm_time(values.get("calendar_alarm"))
    srv = server(acct, password(acct), timeout)
    try:
        return acct, engine.sync(store, srv, acct.key, acct.list_name, now, alarm)
    finally:
        srv.close()


def configure(url: str, user: str, list_name: str, secret: str | None) -> Account:
    """Keep the CalDAV account (the settings page): the server, the login and the list in the
    config file as `followup settings set` does, the password (when given) in the system
    keyring as `followup sync --password` does. Everything is checked before anything is
    kept; an empty login or list goes back to its default."""
    from followup import settings as config_file

    values: dict[str, str | None] = {"caldav_url": url.strip(),
                                     "caldav_user": user.strip() or None,
                                     "caldav_list": list_name.strip() or None}
    for name, value in values.items():
        if value is not None:
            values[name] = config_file.check(name, value)
    acct = account(values)
    if secret:
        save_password(acct, secret)
    for name, value in values.items():
        config_file.save(name, value)
    return acct


def check(values: dict[str, str | None], timeout: float = TIMEOUT) -> str:
    """Try the account without changing anything (the page's "test connection"): sign in,
    find the list; one line of what was found."""
    acct = account(values)
    srv = server(acct, password(acct), timeout)
    try:
        found, _ = srv.find_list(acct.list_name, make=False)
    finally:
        srv.close()
    who = f" as {acct.user}" if acct.user else ""
    if found:
        return f"Connected to {srv.where}{who}: the list “{acct.list_name}” is there."
    return (f"Connected to {srv.where}{who}: there is no list “{acct.list_name}” yet; the "
            "first sync makes it.")
