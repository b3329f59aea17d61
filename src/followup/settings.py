"""Settings: one spec lists each with its default and meaning; the docs are made from it.

Precedence: command-line option, then environment variable, then the TOML config file in the
platformdirs config folder, then the default.
"""

from __future__ import annotations

import os

from followup.core.errors import BadInput
from followup.core.words import entries

TYPE_CHECKING = False  # mypy treats this name as True; pathlib stays unloaded on the fast path
if TYPE_CHECKING:
    from pathlib import Path

APP = "followup"


class Setting:
    """One setting: its name, environment variable, default and meaning.

    A plain class rather than a dataclass: this module is on the fast read path.
    """

    __slots__ = ("default", "env", "meaning", "name")

    def __init__(self, name: str, default: str | None, meaning: str) -> None:
        self.name, self.default, self.meaning = name, default, meaning
        self.env = f"FOLLOWUP_{name.upper()}"


# One setting a paragraph: its name, its default in brackets (empty: none), then what it
# means; a continuation line is indented. Its environment variable is FOLLOWUP_ + the name.
_TABLE = """
db [] SQLite file holding your job search (default: followup.db in the user data folder).
tz [] IANA time zone for interviews and for what 'today' is (default: the machine's).
holidays [] ISO country code (optionally -REGION) whose public holidays are not business days,
    e.g. US, GB, DE, US-CA, or none for weekends only (default: the country of each interview's
    time zone).
playbook [default] Playbook for new applications (see `followup playbooks`).
min_active [3] A1: with fewer active applications than this, `today` and `list` remind you to
    keep applying (0 turns that reminder off).
locale [] The voice of your drafts: en-US or en-GB spelling, idiom and dates (default: from
    your profile's region).
week_start [sunday] The day a week starts on in `followup report activity` (monday … sunday).
calendar_alarm [09:00] Local time (HH:MM) at which `followup export ics` events remind you on
    the day a step is due.
smtp_host [] Outgoing mail server for `send` and `remind`, e.g. smtp.fastmail.com.
smtp_port [] Its port (default: 587 with starttls, 465 with ssl, 25 with none).
smtp_security [starttls] starttls, ssl, or none (none only to a server on this machine).
smtp_user [] Login at the outgoing server (none: no login). The password comes from
    FOLLOWUP_SMTP_PASSWORD or the system keyring (service followup, name smtp:USER@HOST), never
    from this file.
remind_to [] Where `followup remind` sends the daily digest (default: your address from
    `followup me`).
imap_host [] Mail server that `followup inbox` reads replies from, e.g. imap.fastmail.com.
imap_port [] Its port (default: 993 with ssl, 143 with starttls or none).
imap_security [ssl] ssl, starttls, or none (none only to a server on this machine).
imap_user [] Login at the mail server (default: smtp_user). The password comes from
    FOLLOWUP_IMAP_PASSWORD or the system keyring (service followup, name imap:USER@HOST).
imap_folder [INBOX] The folder `followup inbox` reads, read-only.
caldav_url [] CalDAV server that `followup sync` keeps your next actions on as tasks, e.g.
    https://dav.example.com/ (https, or http only to this machine).
caldav_user [] Login at the CalDAV server. The password comes from FOLLOWUP_CALDAV_PASSWORD or
    the system keyring (service followup, name caldav:USER@HOST; `followup sync --password`
    stores it there).
caldav_list [followup] The task list `followup sync` writes to (made when missing).
sent_folder [] The IMAP folder (on imap_host) where `followup send` saves a copy of each email
    once the server has taken it, e.g. Sent (default: no copy); a copy a stopped run could not
    save is saved, once, by the next `send` or `inbox`.
"""


SPEC: tuple[Setting, ...] = tuple(Setting(name, default or None, meaning)
                                  for name, default, meaning in entries(_TABLE))


def config_dir() -> Path:
    from pathlib import Path

    override = os.environ.get("FOLLOWUP_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP))


def default_db() -> Path:
    from pathlib import Path

    from platformdirs import user_data_dir

    return Path(user_data_dir(APP)) / "followup.db"


def load() -> dict[str, str | None]:
    """Every setting's effective value (before command-line options)."""
    values: dict[str, str | None] = {s.name: s.default for s in SPEC}
    # As config_dir() / "config.toml", without loading pathlib (~6 ms of a fast read's start)
    override = os.environ.get("FOLLOWUP_CONFIG_DIR")
    path = (os.path.join(override, "config.toml") if override  # noqa: PTH118
            else str(config_dir() / "config.toml"))
    if os.path.exists(path):  # noqa: PTH110  # a FIFO or a device there is refused in one line
        known = {s.name for s in SPEC}
        for key, value in _read_toml(path).items():
            if key not in known:
                names = ", ".join(sorted(known))
                raise BadInput(f"{path}: unknown setting {key!r}; known: {names}")
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise BadInput(f"{path}: setting {key} must be a string or a number")
            values[key] = checked(key, str(value), path)
    for s in SPEC:
        if os.environ.get(s.env):
            values[s.name] = checked(s.name, os.environ[s.env], s.env)
    return values


def _read_toml(path: str) -> dict[str, object]:
    """config.toml within its reading budget (a regular file, 1 MB, 5 s)."""
    import tomllib

    from followup import budgets

    text = budgets.read_small(path, budgets.TOML_BYTES, path)
    try:
        data: dict[str, object] = budgets.within(budgets.SECONDS, path, tomllib.loads, text)
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"cannot read {path}: {budgets.said(exc)}") from None
    return data


def checked(name: str, value: str, where: str) -> str:
    """`check`, with the place the value came from (the config file, an environment
    variable) in its one line."""
    try:
        return check(name, value)
    except BadInput as exc:
        from followup.core.validate import safe

        raise BadInput(f"{safe(where)}: {exc.message}") from None


PORTS = ("smtp_port", "imap_port")
SECURITY = {"smtp_security": ("starttls", "ssl", "none"),
            "imap_security": ("ssl", "starttls", "none")}


def check(name: str, value: str) -> str:
    """A value for setting `name`, checked the way the option it stands for is checked; the
    one check of each setting (config, environment, `settings set`, the mail servers)."""
    from followup.core.validate import has_control

    if has_control(value) or len(value) > 500:
        raise BadInput(f"setting {name}: one line of at most 500 characters, no control "
                       "characters")
    if name in PORTS:
        raw = value.strip()
        if raw and not (raw.isascii() and raw.isdigit() and 0 < int(raw) < 65536):
            raise BadInput(f"setting {name} must be a port number (1 to 65535), not {raw!r}")
        return raw
    if name in SECURITY:
        raw = value.strip().lower()
        if raw not in SECURITY[name]:
            raise BadInput(f"setting {name} must be {', '.join(SECURITY[name][:-1])} or "
                           f"{SECURITY[name][-1]}, not {raw!r}")
        return raw
    if name == "calendar_alarm":
        from followup.ics import alarm_time

        return f"{alarm_time(value):%H:%M}"
    if name == "remind_to" and value.strip():  # "Name <address>" or the address
        from email.utils import parseaddr

        from followup.core.validate import email

        email(parseaddr(value)[1] or value, "setting remind_to")
        return value.strip()
    if name in ("smtp_host", "imap_host") and any(ch.isspace() or ch in "/@" for ch in
                                                  value.strip()):
        raise BadInput(f"setting {name} must be a host name such as imap.example.org, not "
                       f"{value.strip()!r}")
    if name == "holidays":
        if value.strip().lower() == "none":
            return "none"
        from followup.core.calendar import check_country

        return check_country(value) or "none"
    if name == "tz":
        from followup.core.validate import time_zone

        return time_zone(value, "setting tz")
    if name == "playbook":
        from followup.core.playbooks import get_playbook

        return get_playbook(value).name
    if name == "locale" and value.strip():
        from followup.messages.voice import locale_for

        return locale_for(None, value)
    if name == "min_active":
        min_active({"min_active": value})
    return value.strip()


def save(name: str, value: str | None) -> Path:
    """Set (or with None, remove) one setting in the config file, privately (0600)."""
    known = {s.name for s in SPEC}
    if name not in known:
        raise BadInput(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
    path = config_dir() / "config.toml"
    current: dict[str, str] = {}
    if path.is_file():
        current = {k: str(v) for k, v in _read_toml(str(path)).items()}
    if value is None:
        current.pop(name, None)
    else:
        current[name] = check(name, value)
    import json

    from followup import private

    text = "".join(f"{k} = {json.dumps(v, ensure_ascii=True)}\n" for k, v in current.items())
    private.write(path, text.encode("utf-8"))  # whole, 0600, its folder made 0700
    return path


def min_active(values: dict[str, str | None]) -> int:
    """The A1 threshold, checked: a whole number, zero or more."""
    raw = (values.get("min_active") or "3").strip()
    if not (raw.isascii() and raw.isdigit()):
        raise BadInput(f"setting min_active (FOLLOWUP_MIN_ACTIVE) must be a whole number, "
                       f"not {raw!r}")
    return int(raw)


def reference() -> str:
    """The settings table for the docs, generated from SPEC."""
    lines = ["| setting | env var | default | meaning |", "|---|---|---|---|"]
    lines += [f"| `{s.name}` | `{s.env}` | {s.default or '—'} | {s.meaning} |" for s in SPEC]
    return "\n".join(lines)
