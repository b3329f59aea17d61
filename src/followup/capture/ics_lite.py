"""The plain shape of an invitation read with the standard library alone.

icalendar's import costs more than the rest of `add --from` together (it loads every
component, property and time-zone module). Most invitations are simple: one VEVENT, zones
named (IANA or Outlook's Windows names), UTC or floating times. `parse` reads exactly that
subset into objects with the few methods `invitations._event` uses, and returns None for
anything else (a custom VTIMEZONE, an encoded value, an unreadable time), which then goes to
icalendar as before. tests/test_capture_invitations.py checks that both readers agree on the
whole development corpus.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from followup.capture.lazy import lazy

TYPE_CHECKING = False  # mypy reads it as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable

    Zones = Callable[[str], tzinfo | None]

_STAMP = lazy(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_ADDRESSES = ("ORGANIZER", "ATTENDEE")
_UNESCAPE = lazy(r"\\([\\;,nN])")


class Prop(str):
    """A property's value (text unescaped) with its parameters, as icalendar gives them."""

    params: dict[str, str]

    def __new__(cls, value: str, params: dict[str, str]) -> Prop:
        made = super().__new__(cls, value)
        made.params = params
        return made


class Component:
    def __init__(self, name: str) -> None:
        self.name = name
        self.props: dict[str, list[Prop]] = {}
        self.children: list[Component] = []
        self.starts: dict[str, date] = {}

    def get(self, name: str, default: object = None) -> object:
        found = self.props.get(name.upper())
        if not found:
            return default
        return found if len(found) > 1 else found[0]

    def __getitem__(self, name: str) -> object:
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def decoded(self, name: str) -> date:
        return self.starts[name.upper()]

    def walk(self, name: str) -> list[Component]:
        out = [self] if self.name == name else []
        for child in self.children:
            out += child.walk(name)
        return out


def _split(line: str) -> tuple[str, dict[str, str], str] | None:
    """NAME;PARAM=value;PARAM="quoted: value":VALUE -> (NAME, params, VALUE)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1:]
            break
    else:
        return None
    parts: list[str] = []
    start = 0
    quoted = False
    for i, ch in enumerate(head):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append(head[start:i])
            start = i + 1
    parts.append(head[start:])
    name = parts[0].strip()
    if not name or not name.replace("-", "").isalnum():
        return None
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        if not eq:
            return None
        params[key.strip().upper()] = val.replace('"', "")
    return name.upper(), params, value


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _when(value: str, params: dict[str, str], zone_named: Zones) -> date | None:
    m = _STAMP.match(value.strip())
    if m is None:
        return None
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if hh is None:
            return date(int(y), int(mo), int(d))
        naive = datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss))
    except ValueError:  # 30 February, year 0: icalendar says what is wrong
        return None
    if z:
        return naive.replace(tzinfo=UTC)
    tzid = params.get("TZID")
    if not tzid:
        return naive
    zone = zone_named(tzid)
    return naive.replace(tzinfo=zone) if zone is not None else None


def parse(text: str, zone_named: Zones) -> Component | None:
    """The calendar, or None when it is not in the simple subset. `zone_named(tzid)` gives
    the ZoneInfo of a TZID known by name, or None."""
    root: Component | None = None
    stack: list[Component] = []
    for line in _unfold(text):
        if not line.strip():
            continue
        split = _split(line)
        if split is None:
            return None
        name, params, value = split
        if "ENCODING" in params:
            return None
        if name == "BEGIN":
            comp = Component(value.strip().upper())
            if comp.name == "VTIMEZONE":
                return None  # a zone known only by its rules: icalendar reads it
            if stack:
                stack[-1].children.append(comp)
            elif root is None:
                root = comp
            else:
                return None
            stack.append(comp)
            continue
        if name == "END":
            if not stack or stack.pop().name != value.strip().upper():
                return None
            continue
        if not stack:
            return None
        comp = stack[-1]
        if name in ("DTSTART", "DTEND") and comp.name == "VEVENT":
            when = _when(value, params, zone_named)
            if when is None:
                return None
            comp.starts[name] = when
        text_value = value if name in _ADDRESSES else _UNESCAPE.sub(
            lambda e: "\n" if e.group(1) in "nN" else e.group(1), value)
        comp.props.setdefault(name, []).append(Prop(text_value, params))
    if root is None or stack or root.name != "VCALENDAR":
        return None
    return root


def zone_named(windows: dict[str, str], iana: Callable[[str], ZoneInfo | None]) -> Zones:
    """A `zone_named` for `parse`: IANA names first, then Windows names from `windows`."""

    def find(tzid: str) -> ZoneInfo | None:
        found = iana(tzid)
        if found is not None:
            return found
        win = windows.get(tzid.strip().strip('"').lower())
        return ZoneInfo(win) if win else None

    return find
