"""The one set of checks every write path uses, and the escaping of human output.

Pure: no I/O, no clock. Each check returns the value in normal form or raises BadInput with one
sentence naming the field. Text typed by the user is refused when it holds a control character;
text that came from someone else (a vCard, a LinkedIn export) is cleaned with `strip_controls`,
which says how much it removed so that the import report can tell.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from followup.core.errors import BadInput

TYPE_CHECKING = False  # `re` and `typing` stay unloaded on the fast read paths
if TYPE_CHECKING:
    import re
    from collections.abc import Callable

# C0 and C1 controls, DEL, the bidirectional overrides and isolates, and the Unicode line and
# paragraph separators: each can rewrite a mail header or what a terminal shows.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"


class _Controls:
    """A pattern of control characters, compiled the first time text may hold one: every
    character either pattern matches is unprintable (a test checks all of Unicode), so
    printable text needs no regex, and the fast read paths never load `re`."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            import re

            self._compiled = re.compile(self._source)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return None if text.isprintable() else self._pattern().search(text)

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        return text if text.isprintable() else self._pattern().sub(repl, text)


_CONTROL = _Controls(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
# The same, but a newline and a tab are fine in text that may span lines (notes, signatures).
_CONTROL_MULTI = _Controls(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")

# One length cap per kind of field, the same on every path (CLI, web, API, imports).
LIMITS: dict[str, int] = {
    "name": 200,
    "company": 200,
    "role": 200,
    "title": 200,
    "email": 254,
    "phone": 64,
    "address": 500,
    "url": 500,
    "short": 500,  # a reason, a timeline note, a channel note
    "note": 5000,
}

# The days the calendars can plan around: core.when's (the fast read path checks --now there)
from followup.core.when import EARLIEST, LATEST, in_range  # noqa: E402

__all__ = ["EARLIEST", "LATEST", "in_range"]  # re-exported: their home is core.when


def limit_of(kind: str) -> int:
    return LIMITS[kind]


def has_control(value: str, *, multiline: bool = False) -> bool:
    return bool((_CONTROL_MULTI if multiline else _CONTROL).search(value))


def one_line(value: str | None, what: str, kind: str = "short", *,
             required: bool = False) -> str | None:
    """Trimmed one-line text the user typed: control characters refused, length capped."""
    return capped_line(value, what, LIMITS[kind], required=required)


def capped_line(value: str | None, what: str, cap: int, *,
                required: bool = False) -> str | None:
    """`one_line` with a cap of its own."""
    if value is None:
        if required:
            raise BadInput(f"{what} is required")
        return None
    cleaned = value.strip()
    if not cleaned:
        if required:
            raise BadInput(f"{what} must not be empty")
        return None
    if _CONTROL.search(cleaned):
        raise BadInput(f"{what} must be one line of text, without control characters")
    if len(cleaned) > cap:
        raise BadInput(f"{what} is too long ({len(cleaned)} characters; at most {cap})")
    return cleaned


def required_line(value: str | None, what: str, kind: str = "short") -> str:
    out = one_line(value, what, kind, required=True)
    assert out is not None  # required=True never returns None
    return out


def text_block(value: str | None, what: str, kind: str = "note") -> str | None:
    """Text that may span lines (notes): newlines and tabs allowed, other controls refused."""
    if value is None:
        return None
    cleaned = value.replace("\r\n", "\n").strip()
    if not cleaned:
        return None
    if _CONTROL_MULTI.search(cleaned):
        raise BadInput(f"{what} must be plain text, without control characters")
    cap = LIMITS[kind]
    if len(cleaned) > cap:
        raise BadInput(f"{what} is too long ({len(cleaned)} characters; at most {cap})")
    return cleaned


def strip_controls(value: str, *, multiline: bool = False) -> tuple[str, int]:
    """Third-party text with every control character removed, and how many there were.
    In one-line text a line break becomes a space (a wrapped vCard value is still one value)."""
    pattern = _CONTROL_MULTI if multiline else _CONTROL
    count = 0

    def repl(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " " if match.group() in "\r\n\t" else ""

    cleaned = pattern.sub(repl, value)
    return (" ".join(cleaned.split()) if not multiline else cleaned), count


def safe(value: object) -> str:
    """For human output: any control character still in the store (an old database, a
    value written by another tool) is shown as a visible escape, never sent raw."""
    text = "" if value is None else str(value)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def safe_block(value: object) -> str:
    """`safe` for text that may span lines: newlines and tabs kept."""
    text = "" if value is None else str(value)
    if not _CONTROL_MULTI.search(text):
        return text
    return _CONTROL_MULTI.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


ID_MAX = 2**63 - 1  # SQLite's largest integer: every id from outside is checked against it


def is_id(text: str) -> bool:
    """Whether command-line text is an id SQLite can hold (a longer number is refused by
    the command line's own check, in one line)."""
    return text.isascii() and text.isdigit() and len(text) <= 19 and int(text) <= ID_MAX


def time_zone(name: str | None, what: str = "--tz", *, default: str | None = None) -> str:
    """An IANA zone name that this machine knows. A form's field left blank (or a file's
    cell) means `default`, the user's own zone, where the caller has one; an option given
    as "" on the command line has none, and is a mistake."""
    from followup.core.when import zone

    if (name is None or not name.strip()) and default is not None:
        name = default
    if name is None or not name.strip():
        raise BadInput(f"{what} must not be empty: give an IANA name such as Europe/Paris")
    if _CONTROL.search(name) or len(name) > 64:
        raise BadInput(f"{what}: not a time zone name")
    from followup.core.when import ruleless, ruleless_line

    if ruleless(name):
        raise BadInput(ruleless_line(name, what))
    zone(name.strip())  # "unknown time zone 'Mars/Olympus': use an IANA name ..."
    return name.strip()


def aware(value: datetime, what: str) -> datetime:
    """A timestamp that says which zone it is in, within the range the planner handles."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise BadInput(f"{what}: {value.isoformat()} has no time zone; write it with an "
                       "offset such as +01:00")
    in_range(value.date(), what)
    return value


def timestamp(raw: object, what: str) -> datetime:
    """An ISO timestamp with its offset, from a file or a form."""
    if not isinstance(raw, str) or len(raw) > 64:
        raise BadInput(f"{what}: not an ISO timestamp")
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise BadInput(f"{what}: {raw!r} is not an ISO timestamp") from None
    return aware(parsed, what)


_EMAIL_SOURCE = (r"^[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                 r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


@cache
def _email() -> re.Pattern[str]:
    import re

    return re.compile(_EMAIL_SOURCE)


def email(value: str | None, what: str = "email") -> str:
    """A plain address (local@domain), as it may stand in a mail header."""
    addr = (value or "").strip()
    if (_CONTROL.search(addr) or not _email().match(addr) or ".." in addr
            or len(addr) > LIMITS["email"]):
        raise BadInput(f"{what}: {safe(value)!r} is not an email address")
    return addr
