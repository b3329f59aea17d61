"""Turning what a user typed into domain values, or one clear BadInput line.

Shared by the command line and the web form, so both say the same thing about the same mistake.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from followup.core.calendar import localize
from followup.core.errors import BadInput
from followup.core.model import (
    FOLLOW_UP_CHANNELS,
    REFUSED_CHANNELS,
    THANK_YOU_CHANNELS,
    Channel,
    Person,
)
from followup.core.validate import capped_line, has_control, in_range
from followup.core.when import parse_now as parse_now  # re-exported for callers
from followup.core.when import zone

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_ALIASES = {
    "e-mail": Channel.EMAIL, "mail": Channel.EMAIL, "post": Channel.LETTER,
    "note": Channel.LETTER, "handwritten": Channel.LETTER, "call": Channel.PHONE,
    "voicemail": Channel.PHONE, "in-person": Channel.IN_PERSON, "inperson": Channel.IN_PERSON,
}


def text(value: str | None, what: str, *, required: bool = False, limit: int = 500) -> str | None:
    """Trimmed single-line text; refuses control characters that could break mail headers."""
    return capped_line(value, what, limit, required=required)


def parse_date(value: str, what: str) -> date:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{what}: {value!r} is not a real date; write it as YYYY-MM-DD") from None
    return in_range(day, what)


def parse_when(value: str, tz: str, what: str = "--interviewed") -> datetime:
    """A wall-clock time in `tz` ("2026-11-23 10:00", "2026-11-23T10:00"); a date alone
    means 09:00. An explicit UTC offset is converted into `tz`."""
    raw = value.strip()
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(
            f"{what}: {value!r} is not a real date and time; write it as \"YYYY-MM-DD HH:MM\""
        ) from None
    in_range(parsed.date(), what)
    if len(raw) == 10:
        parsed = datetime.combine(parsed.date(), time(9, 0))
    if parsed.tzinfo is not None:
        return parsed.astimezone(zone(tz))
    return localize(parsed.replace(second=0, microsecond=0), tz)


def parse_email(value: str, what: str = "email") -> str:
    addr = value.strip()
    if has_control(addr) or not _EMAIL.match(addr) or ".." in addr or len(addr) > 254:
        raise BadInput(f"{what}: {value!r} is not an email address")
    return addr


# "Jane Doe <jane@acme.example>": plain words, one space apart, and a plain address. For this
# shape, the usual one, email.utils.parseaddr gives the name and the address as they stand.
_PLAIN_NAME_ADDRESS = re.compile(r"([^\W\d_]+(?:[ '-][^\W\d_]+)*) <([A-Za-z0-9._%+-]+@"
                                 r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>")


def _name_and_address(raw: str) -> tuple[str, str]:
    """What email.utils.parseaddr makes of `raw`; the plain shape is split without loading
    the email package (~8 ms of `add`'s start)."""
    plain = _PLAIN_NAME_ADDRESS.fullmatch(raw)
    if plain is not None:
        return plain[1], plain[2]
    from email.utils import parseaddr  # quotes, comments, odd spacing: the full parser

    return parseaddr(raw)


def parse_person(value: str, what: str = "--with") -> Person:
    """`Name <email>`, `Name`, or a bare address."""
    raw = value.strip()
    if not raw:
        raise BadInput(f"{what}: give a name, optionally with an address: \"Jane <jane@x.com>\"")
    if has_control(raw):
        raise BadInput(f"{what}: {value!r} must be one line of text")
    if len(raw) > 500:
        raise BadInput(f"{what} is too long ({len(raw)} characters; at most 500)")

    if "<" in raw or ">" in raw or "@" in raw:
        if raw.count("<") != raw.count(">") or raw.count("<") > 1 or (
            "<" in raw and not raw.endswith(">")
        ):
            raise BadInput(f"{what}: {value!r} is malformed; write \"Name <email>\"")
        if raw.count("@") > 1:
            raise BadInput(f"{what}: {value!r} names more than one address; give one person "
                           "per --with")
        name, addr = _name_and_address(raw)
        if not addr:
            raise BadInput(f"{what}: {value!r} is malformed; write \"Name <email>\"")
        email = parse_email(addr, what)
        name = name.strip().strip('"').strip()
        if not name:
            if "<" in raw:
                raise BadInput(f"{what}: {value!r} has no name; write \"Name <email>\"")
            name = email.split("@")[0]
        return Person(name=name, email=email)
    return Person(name=raw)


def parse_channel(value: str, what: str, *, thank_you: bool = False) -> Channel:
    """A channel name; text messages and social media are refused (T4)."""
    word = value.strip().lower().replace(" ", "_")
    if word in REFUSED_CHANNELS or (thank_you and word == Channel.LINKEDIN):
        raise BadInput(
            f"{what}: never by {value.strip()}: a thank-you or follow-up goes by email, letter "
            "or phone, not by text message or social media (T4)"
        )
    channel = _ALIASES.get(word)
    if channel is None:
        try:
            channel = Channel(word)
        except ValueError:
            channel = None
    allowed = THANK_YOU_CHANNELS if thank_you else (*FOLLOW_UP_CHANNELS, Channel.LINKEDIN)
    if channel is None or channel not in allowed:
        names = ", ".join(c.value for c in allowed)
        raise BadInput(f"{what}: unknown channel {value!r}; choose one of {names}")
    return channel


def parse_yes_no(value: str, what: str) -> bool:
    word = value.strip().lower()
    if word in ("yes", "y", "true", "1"):
        return True
    if word in ("no", "n", "false", "0"):
        return False
    raise BadInput(f"{what}: answer yes or no, not {value!r}")


def parse_days(value: int, what: str) -> int:
    if value < 1 or value > 365:
        raise BadInput(f"{what}: {value} is not a number of days from 1 to 365")
    return value
