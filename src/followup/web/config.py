"""What one web server needs to know, and the secrets it keeps between runs.

The secrets live in `web.json` in the config folder (mode 0600): the key that signs session
cookies, the token of the calendar feed URL (stable, so a calendar subscription keeps
working), and the argon2 hash of the password, if one was set.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from followup.core.errors import BadInput

SECRETS_FILE = "web.json"
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Secrets:
    session_key: str
    feed_token: str
    password_hash: str | None = None
    feed_off: bool = False  # the candidate turned the feed off: no address works


@dataclass(frozen=True)
class WebConfig:
    """Everything a `create_app` call takes: the same object serves the server and the tests."""

    db_path: Path
    tz: str
    clock: Callable[[], datetime]
    secrets: Secrets
    playbook: str = "default"
    holidays: str | None = None
    week_start: str = "sunday"  # the work-search record's weeks (setting week_start)
    locale: str = ""  # the drafts' voice, en-US or en-GB (setting locale; "": the region's)
    # None: any Host header (tests); the server passes the names it answers to, which stops
    # DNS-rebinding pages from talking to a dashboard on localhost.
    allowed_hosts: tuple[str, ...] | None = None
    secure_cookies: bool = False  # served over TLS (--certfile): cookies are Secure
    secrets_file: Path | None = None  # None: web.json in the config folder
    # seconds that only ever go forward: sign-in back-off and session ends (tests move it)
    monotonic: Callable[[], float] = time.monotonic

    @property
    def needs_login(self) -> bool:
        return self.secrets.password_hash is not None


def secrets_path(folder: Path | None = None) -> Path:
    if folder is None:
        from followup.settings import config_dir

        folder = config_dir()
    return folder / SECRETS_FILE


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    tmp.replace(path)


def _read(path: Path) -> dict[str, Any]:
    from followup.budgets import TOML_BYTES, read_small

    try:
        data = json.loads(read_small(path, TOML_BYTES, str(path)))
    except ValueError as exc:
        raise BadInput(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise BadInput(f"cannot read {path}: not a JSON object")
    return data


def check_hash(stored: str, path: Path) -> None:
    """A stored password hash argon2 can read, or one line saying how to mend it (a hash
    edited by hand would start a dashboard that refuses every password)."""
    from argon2 import extract_parameters
    from argon2.exceptions import InvalidHashError

    try:
        extract_parameters(stored)
    except (InvalidHashError, ValueError, TypeError):
        raise BadInput(f"{path}: the stored password hash is broken (not an argon2 hash): "
                       "set the password again with `followup web --set-password`") from None


def load_secrets(path: Path | None = None, *, check: bool = True) -> Secrets:
    """The stored secrets; missing ones are made and saved on first use. A broken password
    hash is refused (`check`), except when it is being replaced."""
    path = path or secrets_path()
    data: dict[str, Any] = {}
    if path.is_file():
        data = _read(path)
    changed = False
    for key in ("session_key", "feed_token"):
        if not isinstance(data.get(key), str) or len(data[key]) < 32:
            data[key] = secrets.token_urlsafe(32)
            changed = True
    if changed:
        _write(path, data)
    pw = data.get("password_hash")
    if check and pw is not None:
        check_hash(pw if isinstance(pw, str) else "", path)
    return Secrets(data["session_key"], data["feed_token"], pw if isinstance(pw, str) else None,
                   data.get("feed_off") is True)


def long_enough(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password is too short: use at least {MIN_PASSWORD} characters")
    if len(password) > 1000:
        raise BadInput("the password is too long: use at most 1,000 characters")
    return password


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(long_enough(password))


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def set_password(password: str, path: Path | None = None) -> Path:
    """Store the argon2 hash of `password`; the session key changes too, so every browser
    that was signed in must sign in again."""
    path = path or secrets_path()
    load_secrets(path, check=False)
    data = _read(path)
    data["password_hash"] = hash_password(password)
    data["session_key"] = secrets.token_urlsafe(32)
    _write(path, data)
    return path


def new_feed_token(path: Path | None = None) -> str:
    """A fresh feed URL: the old one stops working (for a URL that leaked)."""
    path = path or secrets_path()
    load_secrets(path)
    data = _read(path)
    data["feed_token"] = secrets.token_urlsafe(32)
    data["feed_off"] = False
    _write(path, data)
    return str(data["feed_token"])


def revoke_feed(path: Path | None = None) -> str:
    """Turn the feed off: the address stops working, and a new one is made for the day it
    is turned on again (the old one never comes back)."""
    token = new_feed_token(path)
    path = path or secrets_path()
    data = _read(path)
    data["feed_off"] = True
    _write(path, data)
    return token


RESET_FILE = "password-reset.txt"
RESET_S = 15 * 60  # a reset code works this long, once


def reset_path(secrets_file: Path | None = None) -> Path:
    return (secrets_file or secrets_path()).with_name(RESET_FILE)


def write_reset_code(now: datetime, secrets_file: Path | None = None) -> Path:
    """A new one-time code in a file only this machine's user can read (0600), beside the
    secrets: whoever can open it may choose a new password (the way Jupyter proves local
    access with a token in a private file). A newer code replaces the older."""
    from datetime import timedelta

    path = reset_path(secrets_file)
    code = "-".join(secrets.token_hex(3) for _ in range(3))
    ends = (now + timedelta(seconds=RESET_S)).isoformat(timespec="seconds")
    _write(path, {"code": code, "ends": ends,
                  "what": "the code that lets the dashboard's sign-in page set a new password"})
    return path


def use_reset_code(code: str, new_password: str, now: datetime,
                   secrets_file: Path | None = None) -> str:
    """Set `new_password` if `code` is the live one in the reset file; the file goes either
    way once a code was tried, so a code can be guessed once. Returns the new hash."""
    long_enough(new_password)  # said before the code is used up
    path = reset_path(secrets_file)
    if not path.is_file():
        raise BadInput("there is no reset code waiting: ask for a new one")
    data = _read(path)
    path.unlink(missing_ok=True)
    live = datetime.fromisoformat(str(data.get("ends"))) > now
    if not (live and secrets.compare_digest(str(data.get("code", "")).encode(),
                                            code.strip().lower().encode())):
        raise BadInput("that code is not the one in the file, or it is more than 15 minutes "
                       "old; ask for a new one")
    target = set_password(new_password, secrets_file)
    return str(load_secrets(target).password_hash)
