"""Calendar invitations (.ics, or an .eml that carries one) read into plain facts.

Pure: bytes in, `Invitation`s out; no clock, no database. icalendar parses the calendar;
the zone is told apart by how the sender wrote it: an IANA TZID, an Outlook (Windows) zone
name, a VTIMEZONE block of its own (matched to an IANA zone by its offsets over the year),
UTC, or a floating time (read in the candidate's own zone, and marked as a guess).
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup import budgets
from followup.capture.lazy import lazy
from followup.core.errors import BadInput
from followup.core.validate import in_range
from followup.core.when import ruleless

VIDEO = lazy(
    r"https://[^\s<>\"']*(?:zoom\.us/j|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com"
    r"|webex\.com|whereby\.com|chime\.aws|bluejeans\.com|gotomeeting\.com|meet\.jit\.si|"
    r"around\.co)[^\s<>\"']*", re.IGNORECASE)
MAX_BYTES = budgets.ICS_BYTES
# Among zones with the same offsets all year, the ones most invitations mean.
PREFERRED = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Halifax",
    "America/Sao_Paulo", "America/Mexico_City", "America/Bogota", "Europe/London",
    "Europe/Paris", "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Europe/Istanbul",
    "Asia/Jerusalem", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai",
    "Asia/Tokyo", "Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
    "Australia/Perth", "Pacific/Auckland", "Africa/Johannesburg", "Africa/Lagos", "UTC")


# Records are NamedTuples, not dataclasses: `add --from` builds each class once per run, and
# a NamedTuple class costs a fraction of a frozen dataclass at import (bench/README.md).
class Address(NamedTuple):
    name: str
    email: str  # lower case
    role: str = ""  # REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, NON-PARTICIPANT
    cutype: str = ""  # INDIVIDUAL, ROOM, RESOURCE, GROUP
    also: str = ""  # Apple's EMAIL= parameter: the person's own address behind a relay
    partstat: str = ""  # NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED
    sent_by: str = ""  # SENT-BY: who sent it for them (a delegate, the one behind a team box)


class Invitation(NamedTuple):
    uid: str
    sequence: int
    method: str  # REQUEST, CANCEL, PUBLISH, ...
    at: datetime  # aware, in `tz`
    tz: str  # IANA name
    tz_how: str  # how the zone was found, for the proposal
    tz_guessed: bool
    all_day: bool
    recurring: bool
    summary: str
    description: str
    organizer: Address | None
    attendees: tuple[Address, ...]
    location: str | None
    video: str | None
    cancelled: bool
    # an e-mail invitation's From, Reply-To and Sender: a person's own address behind a
    # scheduling system's relay ("Reply-To: Agnieszka Wróbel <agnieszka@…>")
    senders: tuple[Address, ...] = ()
    # an e-mail invitation's own words, beside the calendar ("It'll be me and our Executive
    # Director, Gordon Achterberg"): the candidate reads them too
    note: str = ""
    # an e-mail invitation's Cc: colleagues the writer copies in ("Faith, our office
    # administrator, will send you directions")
    copied: tuple[Address, ...] = ()


# Old names the CLDR table still uses, and the names tzdata now calls canonical.
RENAMED = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Katmandu": "Asia/Kathmandu",
           "Asia/Saigon": "Asia/Ho_Chi_Minh", "Asia/Rangoon": "Asia/Yangon",
           "Europe/Kiev": "Europe/Kyiv", "Pacific/Truk": "Pacific/Chuuk",
           "America/Godthab": "America/Nuuk", "Atlantic/Faeroe": "Atlantic/Faroe"}


@cache
def windows_zones() -> dict[str, str]:
    """CLDR's Windows-to-IANA table, as icalendar ships it. The table's file has no imports
    of its own: it is run alone, so that reading a simple invitation does not import all of
    icalendar (about 90 ms) for one dictionary."""
    table: dict[str, str] | None = None
    for folder in sys.path:
        path = Path(folder or ".") / "icalendar" / "timezone" / "windows_to_olson.py"
        if path.is_file():
            scope: dict[str, object] = {}
            exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), scope)
            found = scope.get("WINDOWS_TO_OLSON")
            table = found if isinstance(found, dict) else None
            break
    if table is None:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        table = WINDOWS_TO_OLSON
    return {str(k).lower(): RENAMED.get(str(v), str(v)) for k, v in table.items()}


def iana_zone(name: str) -> ZoneInfo | None:
    name = name.strip().strip('"')
    if not name or ("/" not in name and name not in ("UTC", "GMT", "Etc/UTC")):
        return None
    for candidate in (name, name.removeprefix("/").split("/", 1)[-1] if name.startswith("/")
                      else name):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    # "/freeassociation.sourceforge.net/Tzfile/Europe/London" and similar prefixes
    parts = name.split("/")
    for i in range(len(parts) - 1):
        try:
            return ZoneInfo("/".join(parts[i:]))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _offsets(tz: tzinfo, year: int) -> tuple[timedelta | None, ...]:
    start = datetime(year, 1, 1, 12)
    return tuple((start + timedelta(days=d)).replace(tzinfo=tz).utcoffset()
                 for d in range(0, 366, 7))


def _by_offsets(tz: tzinfo, tzid: str, year: int) -> str | None:
    """The IANA zone whose offsets match a custom VTIMEZONE all year; a zone whose Windows
    or city name appears in the TZID text wins among equals."""
    windows = windows_zones()
    want = _offsets(tz, year)
    words = tzid.lower()
    seen: list[str] = []
    hinted: list[str] = []
    for win, iana in windows.items():
        if iana in seen:
            continue
        seen.append(iana)
        city = iana.rsplit("/", 1)[-1].replace("_", " ").lower()
        if win.removesuffix(" standard time") in words or city in words:
            hinted.append(iana)
    for iana in (*hinted, *PREFERRED, *seen):
        if _offsets(ZoneInfo(iana), year) == want:
            return iana
    return None


def _zone_of(value: datetime, tzid: str | None, fallback: str
             ) -> tuple[str, str, bool]:
    """(IANA name, how it was found, guessed?) for one DTSTART."""
    if value.tzinfo is None:
        return fallback, f"no time zone in the invitation: read in yours ({fallback})", True
    if tzid:
        found = iana_zone(tzid)
        if found is not None:
            return found.key, f"time zone {found.key}", False
        meant = ruleless(tzid)
        if meant:
            return meant, (f"“{tzid}” is an abbreviation with no daylight saving or "
                           f"holidays: read as {meant}: check the time"), True
        win = windows_zones().get(tzid.strip().strip('"').lower())
        if win:
            return win, f"Outlook zone “{tzid}” = {win}", False
        matched = _by_offsets(value.tzinfo, tzid, value.year)
        if matched:
            return matched, f"zone “{tzid}” matched to {matched} by its offsets", False
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and ruleless(key):
        meant = ruleless(key) or fallback
        return meant, f"“{key}” has no rules: read as {meant}: check the time", True
    if isinstance(key, str) and key and key not in ("UTC", "Etc/UTC", "GMT"):
        return key, f"time zone {key}", False
    if value.utcoffset() == timedelta(0):
        return fallback, f"given in UTC: shown in your zone ({fallback})", True
    matched = _by_offsets(value.tzinfo, str(value.tzinfo), value.year)
    if matched:
        return matched, f"matched to {matched} by its offsets", False
    return fallback, f"unknown zone: shown in yours ({fallback})", True


def _address(prop: Any) -> Address | None:
    raw = str(prop)
    email = raw.split(":", 1)[1] if raw.lower().startswith("mailto:") else raw
    email = email.strip().lower()
    if "@" not in email:
        return None
    params = getattr(prop, "params", {})
    # parameters are not TEXT, but writers escape them as TEXT ("[Whiteboard\\, VC]")
    name = re.sub(r"\\([,;\\])", r"\1", str(params.get("CN", ""))).strip().strip('"')
    if not name or name.lower() == email:
        name = ""
    also = str(params.get("EMAIL", "")).strip().lower()
    sent = str(params.get("SENT-BY", "")).strip().strip('"').lower()
    sent = sent[7:] if sent.startswith("mailto:") else sent
    return Address(name, email, str(params.get("ROLE", "")).upper(),
                   str(params.get("CUTYPE", "")).upper(), also if "@" in also else "",
                   str(params.get("PARTSTAT", "")).upper()[:20],
                   sent if "@" in sent and len(sent) <= 254 and " " not in sent else "")


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    return " ".join(str(value).split()) if value is not None else ""


def _video(*texts: str) -> str | None:
    for t in texts:
        found = VIDEO.search(t or "")
        if found:
            return found.group(0).rstrip(".,;)>")
    return None


def calendar_bytes(data: bytes) -> bytes:
    """The iCalendar part of a file: the file itself, or the calendar inside an email."""
    head = data.lstrip()[:200].upper()
    if head.startswith(b"BEGIN:VCALENDAR"):
        return data
    budgets.mail_shape(data, "the message")
    from email import message_from_bytes
    from email.policy import compat32

    msg = message_from_bytes(data, policy=compat32)
    for part in msg.walk():
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if ctype in ("text/calendar", "application/ics") or name.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and b"BEGIN:VCALENDAR" in payload.upper():
                return payload
    raise BadInput("no calendar invitation found: give an .ics file or an email that "
                   "carries one")


def invited(inv: Invitation) -> set[str]:
    """The addresses the calendar invites, the organizer's among them, in small letters."""
    return {a.email.lower() for a in (*inv.attendees, *((inv.organizer,) if inv.organizer
                                                         else ())) if a.email}


def senders(data: bytes, fields: tuple[str, ...] = ("From", "Reply-To", "Sender")
            ) -> tuple[Address, ...]:
    """The From, Reply-To and Sender of an e-mail invitation (none for an .ics file); or
    the addresses of the other header `fields` given."""
    if data.lstrip()[:200].upper().startswith(b"BEGIN:VCALENDAR"):
        return ()
    from email import message_from_bytes
    from email.header import decode_header, make_header
    from email.policy import compat32
    from email.utils import getaddresses

    msg = message_from_bytes(data, policy=compat32)
    out = []
    for field in fields:
        for raw in msg.get_all(field) or []:
            try:
                value = str(make_header(decode_header(str(raw))))
            except (ValueError, LookupError, UnicodeError):
                value = str(raw)
            for name, email in getaddresses([value]):
                if "@" in email and len(email) <= 254:
                    out.append(Address(" ".join(name.split())[:100], email.lower(),
                                       sent_by=field))
    # the From's sent_by is its Sender, who sent it on the From's behalf (RFC 5322), as
    # SENT-BY is an organizer's
    agent = next((a.email for a in out if a.sent_by == "Sender"), "")
    return tuple(a._replace(sent_by=agent if a.sent_by == "From" and agent != a.email else "")
                 for a in out)


NOTE_CHARS = 20_000


def note(data: bytes) -> str:
    """The words of an e-mail invitation's own message (its first text part that is neither
    the calendar nor an attachment; plain text before HTML), at most NOTE_CHARS."""
    if data.lstrip()[:200].upper().startswith(b"BEGIN:VCALENDAR"):
        return ""
    from email import message_from_bytes
    from email.policy import compat32

    found: dict[str, str] = {}
    for part in message_from_bytes(data, policy=compat32).walk():
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html") or ctype in found or part.get_filename():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and b"BEGIN:VCALENDAR" not in payload[:2000].upper():
            charset = part.get_content_charset() or "utf-8"
            try:
                found[ctype] = payload.decode(charset, errors="replace")[:NOTE_CHARS]
            except LookupError:
                found[ctype] = payload.decode("utf-8", errors="replace")[:NOTE_CHARS]
    return found.get("text/plain") or found.get("text/html", "")


_VTIMEZONE = lazy(r"BEGIN:VTIMEZONE\r?\n(.*?)END:VTIMEZONE\r?\n", re.DOTALL)
_TZID_LINE = lazy(r"^TZID[^:\r\n]*:(.*)$", re.MULTILINE)


def known_zones_dropped(text: str) -> str:
    """Leave out the VTIMEZONE blocks of zones known by name (IANA or Windows): they add
    nothing, and icalendar's handling of them (every zone file listed, each yearly rule
    replayed from 1601) is most of the time this command takes."""
    windows = windows_zones()

    def keep(m: re.Match[str]) -> str:
        found = _TZID_LINE.search(m.group(1))
        name = found.group(1).strip().strip('"') if found else ""
        return "" if name and (iana_zone(name) or name.lower() in windows) else m.group(0)

    return _VTIMEZONE.sub(keep, text)


def read(data: bytes, fallback_tz: str, reader: str = "auto") -> list[Invitation]:
    """Every event of an invitation, in order; `fallback_tz` is the candidate's own zone,
    used for floating and all-day times. `reader="icalendar"` skips the stdlib reader (the
    tests compare the two). Read within the invitation budgets (followup.budgets)."""
    return budgets.within(budgets.SECONDS, "the invitation", _read, data, fallback_tz, reader)


_LINE_START = re.compile(rb"^(BEGIN:VEVENT|ATTENDEE[;:])", re.MULTILINE | re.IGNORECASE)


def _counted(raw: bytes) -> None:
    """The counts of the invitation budgets, on the bytes before any parser sees them."""
    found = [m.group(1)[:5].upper() for m in _LINE_START.finditer(raw)]
    budgets.at_most(found.count(b"BEGIN"), budgets.ICS_EVENTS, "the invitation", "events")
    budgets.at_most(found.count(b"ATTEN"), budgets.ICS_ATTENDEES, "the invitation",
                    "attendees")


_ZONE_PARTS = frozenset(("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYDAY",
                         "BYMONTHDAY", "BYSETPOS", "BYYEARDAY", "BYWEEKNO", "WKST"))


def _zone_rules(vtz: Any) -> None:
    """A VTIMEZONE within the zone budgets: a few STANDARD/DAYLIGHT rules, each repeating
    yearly from a year in range (`FREQ=SECONDLY` from 1601 would be replayed for ever)."""
    tzid = " ".join(str(vtz.get("TZID", "")).split())[:60]
    rules = [c for c in vtz.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
    budgets.at_most(len(rules), budgets.ICS_ZONE_RULES, f"the time zone “{tzid}”", "rules")
    for rule in rules:
        rrule = rule.get("RRULE")
        for one in rrule if isinstance(rrule, list) else [rrule] if rrule else []:
            freq = [str(f).upper() for f in one.get("FREQ", [])]
            if any(f not in budgets.ICS_ZONE_FREQS for f in freq):
                raise budgets.OverBudget(
                    f"the time zone “{tzid}” changes its offset {freq[0].lower()} "
                    "(RRULE FREQ): a zone's rules repeat yearly; not read")
            extra = sorted(str(k).upper() for k in one if str(k).upper() not in _ZONE_PARTS)
            if extra:
                raise budgets.OverBudget(
                    f"the time zone “{tzid}” has a rule no zone needs ({extra[0]}): not read")


def _read(data: bytes, fallback_tz: str, reader: str) -> list[Invitation]:
    if len(data) > MAX_BYTES:
        raise BadInput("the invitation is too large to be one (over 2 MB)")
    from followup.capture import ics_lite

    raw = calendar_bytes(data)
    _counted(raw)
    text = known_zones_dropped(raw.decode("utf-8", errors="replace"))
    cal: Any = ics_lite.parse(text, ics_lite.zone_named(windows_zones(), iana_zone))
    if cal is None or reader == "icalendar":
        from icalendar import Calendar

        try:
            cal = Calendar.from_ical(text)
        except (ValueError, IndexError, KeyError) as exc:
            raise BadInput(f"not a readable calendar invitation: {budgets.said(exc)}"
                           ) from None
    method = _text(cal, "METHOD").upper() or "PUBLISH"
    blocks: dict[str, tzinfo] = {}
    for vtz in cal.walk("VTIMEZONE"):
        _zone_rules(vtz)
        try:
            # this file's own rules: icalendar keeps the first block of each TZID for the
            # whole process, and "Customized Time Zone" means another zone in the next file
            blocks[str(vtz.get("TZID", "")).strip('"')] = vtz.to_tz(lookup_tzid=False)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    out = []
    sent_by = senders(data) if raw is not data else ()
    words = note(data) if raw is not data else ""
    copied = senders(data, ("Cc",)) if raw is not data else ()
    for ev in cal.walk("VEVENT"):
        try:
            out.append(_event(ev, method, fallback_tz, blocks)._replace(
                senders=sent_by, note=words, copied=copied))
        except (ValueError, TypeError, KeyError) as exc:
            raise BadInput(f"an event in the invitation cannot be read: {budgets.said(exc)}"
                           ) from None
    if not out:
        raise BadInput("the calendar holds no event")
    return out


def _event(ev: Any, method: str, fallback_tz: str, blocks: dict[str, tzinfo]
           ) -> Invitation:
    start_prop = ev.get("DTSTART")
    if start_prop is None:
        raise BadInput("the invitation has no start time (DTSTART)")
    start = ev.decoded("DTSTART")
    if not isinstance(start, date):
        raise BadInput(f"the start time cannot be read: {start!r}")
    in_range(start if not isinstance(start, datetime) else start.date(),
             "the invitation's start (DTSTART)")
    tzid = start_prop.params.get("TZID") if hasattr(start_prop, "params") else None
    own_block = blocks.get(str(tzid).strip('"')) if tzid else None
    if own_block is not None and isinstance(start, datetime):
        start = start.replace(tzinfo=own_block)  # the wall time, by this file's block
    all_day = isinstance(start, date) and not isinstance(start, datetime)
    if all_day:
        tz, how, guessed = fallback_tz, "an all-day event: no time given", True
        at = datetime.combine(start, time(9, 0), ZoneInfo(fallback_tz))
    else:
        tz, how, guessed = _zone_of(start, str(tzid) if tzid else None, fallback_tz)
        zone = ZoneInfo(tz)
        at = start.replace(tzinfo=zone) if start.tzinfo is None else start.astimezone(zone)
    organizer = _address(ev["ORGANIZER"]) if ev.get("ORGANIZER") is not None else None
    attendees_raw = ev.get("ATTENDEE") or []
    if not isinstance(attendees_raw, list):
        attendees_raw = [attendees_raw]
    attendees = tuple(a for a in (_address(p) for p in attendees_raw) if a is not None)
    # a location's lines are its parts, as its commas are ("Can Roig\nCarrer de Verdi 52, …":
    # the business, then its street)
    location = ", ".join(" ".join(line.split()) for line in str(ev.get("LOCATION") or "")
                         .splitlines() if line.strip() and line.strip() != ",") or None
    description = str(ev.get("DESCRIPTION") or "")
    conference = " ".join(str(ev.get(k) or "") for k in
                          ("URL", "CONFERENCE", "X-GOOGLE-CONFERENCE",
                           "X-MICROSOFT-SKYPETEAMSMEETINGURL"))
    status = _text(ev, "STATUS").upper()
    try:
        sequence = int(str(ev.get("SEQUENCE", 0)).strip()[:20] or 0)
    except ValueError:
        sequence = 0
    if not 0 <= sequence <= budgets.ICS_SEQUENCE:
        raise BadInput(f"the invitation's SEQUENCE must be a whole number from 0 to "
                       f"{budgets.ICS_SEQUENCE}: it is {str(ev.get('SEQUENCE'))[:30]}")
    uid = _text(ev, "UID")
    if not uid:
        raise BadInput("the invitation has no UID: it could not be recognised again")
    return Invitation(
        uid=uid, sequence=sequence, method=method, at=at, tz=tz, tz_how=how,
        tz_guessed=guessed, all_day=all_day, recurring=ev.get("RRULE") is not None,
        summary=_text(ev, "SUMMARY"), description=description, organizer=organizer,
        attendees=attendees, location=location,
        video=_video(conference, location or "", description),
        cancelled=method == "CANCEL" or status == "CANCELLED")
