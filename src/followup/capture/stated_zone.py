"""The meeting's own zone, from what an invitation says, when its times are all UTC (issue 23).

Calendly, Google, Greenhouse, Workday and others often write DTSTART in UTC ("…Z") and state
the meeting's zone in words only: "10:00 AM Eastern Time", "14:00 CET", "9am Pacific",
"11:00 (Lisbon time)", "Greenwich Mean Time - Dublin". The reader (capture/invitations.py)
shows such a time in the candidate's own zone, marked as a guess; this module takes the zone
the text states instead, with a check that refuses: a zone is taken only when a time the text
writes, read in that zone, is the very same instant as the file's start. An abbreviation that
names several zones (IST: India, Ireland, Israel; CST: Chicago, China) is taken only when the
instant settles which one it is. Among zones the instant cannot tell apart (CET: Berlin, Paris,
Madrid …), a city the text names picks one (it decides the holidays), else the first listed.
A floating time (no zone at all: "DTSTART:20261214T100000") is no instant to check against:
the zone its text states is taken when a time written beside it is the file's own local time
("10:00 Lisbon time" for a floating 10:00), the wall time kept; the proposal says the zone came
from the text, still marked as a guess. A mention whose zones differ at that time (IST, CST)
is taken only when a city the text names settles it.

Pure: no I/O, no clock. Called once from capture/propose.propose.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from functools import cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from followup.capture.invitations import Invitation, iana_zone, windows_zones
from followup.capture.lazy import lazy

# How capture/invitations._zone_of says a start given in UTC (tests/test_stated_zone.py
# fails if that wording changes).
UTC_SAID = "given in UTC"
# and a floating time (no zone at all)
FLOATING_SAID = "no time zone in the invitation"
NEAR = 40  # characters between a stated zone and the time it is written beside
MAX_TEXT = 20_000  # characters read: the words around a meeting's time come first

_NA_EAST = ("America/New_York", "America/Toronto")
_NA_CENTRAL = ("America/Chicago", "America/Winnipeg", "America/Mexico_City")
_NA_MOUNTAIN = ("America/Denver", "America/Phoenix", "America/Edmonton")
_NA_PACIFIC = ("America/Los_Angeles", "America/Vancouver")
_UK = ("Europe/London", "Europe/Dublin", "Europe/Lisbon")
_CET = ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Rome",
        "Europe/Zurich", "Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen",
        "Europe/Vienna", "Europe/Brussels", "Europe/Warsaw", "Europe/Prague",
        "Europe/Budapest")
_EET = ("Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Sofia", "Europe/Kyiv")
_AU_EAST = ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane")

# Abbreviations, written in capitals: the zones each may mean, the most common first.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ET": _NA_EAST, "EST": _NA_EAST, "EDT": _NA_EAST,
    "CT": _NA_CENTRAL, "CST": (*_NA_CENTRAL, "Asia/Shanghai", "America/Havana"),
    "CDT": _NA_CENTRAL, "MT": _NA_MOUNTAIN, "MST": _NA_MOUNTAIN, "MDT": _NA_MOUNTAIN,
    "PT": _NA_PACIFIC, "PST": _NA_PACIFIC, "PDT": _NA_PACIFIC,
    "AKST": ("America/Anchorage",), "AKDT": ("America/Anchorage",),
    "HST": ("Pacific/Honolulu",), "AST": ("America/Halifax", "Asia/Riyadh"),
    "ADT": ("America/Halifax",), "NST": ("America/St_Johns",), "NDT": ("America/St_Johns",),
    "GMT": _UK, "BST": ("Europe/London", "Asia/Dhaka"), "UTC": ("UTC",),
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "WET": ("Europe/Lisbon",), "WEST": ("Europe/Lisbon",),
    "CET": _CET, "CEST": _CET, "MEZ": _CET, "MESZ": _CET, "EET": _EET, "EEST": _EET,
    "MSK": ("Europe/Moscow",), "GST": ("Asia/Dubai",), "PKT": ("Asia/Karachi",),
    "SGT": ("Asia/Singapore",), "MYT": ("Asia/Kuala_Lumpur",), "HKT": ("Asia/Hong_Kong",),
    "PHT": ("Asia/Manila",), "WIB": ("Asia/Jakarta",), "ICT": ("Asia/Bangkok",),
    "JST": ("Asia/Tokyo",), "KST": ("Asia/Seoul",), "AWST": ("Australia/Perth",),
    "ACST": ("Australia/Adelaide",), "ACDT": ("Australia/Adelaide",),
    "AEST": _AU_EAST, "AEDT": _AU_EAST, "NZST": ("Pacific/Auckland",),
    "NZDT": ("Pacific/Auckland",), "SAST": ("Africa/Johannesburg",),
    "CAT": ("Africa/Maputo",), "EAT": ("Africa/Nairobi",), "WAT": ("Africa/Lagos",),
    "BRT": ("America/Sao_Paulo",), "ART": ("America/Argentina/Buenos_Aires",),
}

# Zones written out (any case); "(standard|daylight|summer) time" and "time" may follow.
NAMES: dict[str, tuple[str, ...]] = {
    "eastern": _NA_EAST, "us eastern": _NA_EAST, "central": _NA_CENTRAL,
    "mountain": _NA_MOUNTAIN, "pacific": _NA_PACIFIC, "alaska": ("America/Anchorage",),
    "hawaii": ("Pacific/Honolulu",), "hawaii-aleutian": ("Pacific/Honolulu",),
    "atlantic": ("America/Halifax",), "newfoundland": ("America/St_Johns",),
    "greenwich mean": _UK, "british": ("Europe/London",), "uk": ("Europe/London",),
    "irish": ("Europe/Dublin",), "western european": ("Europe/Lisbon",),
    "central european": _CET, "eastern european": _EET, "moscow": ("Europe/Moscow",),
    "gulf": ("Asia/Dubai",), "arabia": ("Asia/Riyadh",), "india": ("Asia/Kolkata",),
    "indian": ("Asia/Kolkata",), "singapore": ("Asia/Singapore",),
    "china": ("Asia/Shanghai",), "japan": ("Asia/Tokyo",), "korea": ("Asia/Seoul",),
    "australian eastern": _AU_EAST, "australian western": ("Australia/Perth",),
    "australian central": ("Australia/Adelaide",), "aest": _AU_EAST,
    "new zealand": ("Pacific/Auckland",), "nz": ("Pacific/Auckland",),
    "south africa": ("Africa/Johannesburg",), "south african": ("Africa/Johannesburg",),
    "east africa": ("Africa/Nairobi",), "west africa": ("Africa/Lagos",),
    "brasilia": ("America/Sao_Paulo",), "coordinated universal": ("UTC",),
}
# A city's name for the zone it is in, beside the zones' own names (Europe/Lisbon: "lisbon").
CITIES = {
    "new york city": "America/New_York", "nyc": "America/New_York",
    "boston": "America/New_York", "washington": "America/New_York",
    "atlanta": "America/New_York", "miami": "America/New_York",
    "dallas": "America/Chicago", "houston": "America/Chicago", "austin": "America/Chicago",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "kiev": "Europe/Kyiv",
    "beijing": "Asia/Shanghai", "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin",
    "barcelona": "Europe/Madrid", "milan": "Europe/Rome", "geneva": "Europe/Zurich",
    "edinburgh": "Europe/London", "manchester": "Europe/London",
    "canberra": "Australia/Sydney", "calcutta": "Asia/Kolkata",
    # cities that are no zone's own name, where floating times are written with "… time"
    "cape town": "Africa/Johannesburg", "durban": "Africa/Johannesburg",
    "pretoria": "Africa/Johannesburg", "wellington": "Pacific/Auckland",
    "christchurch": "Pacific/Auckland", "cork": "Europe/Dublin", "galway": "Europe/Dublin",
    "porto": "Europe/Lisbon",
    # cities as their own countries write them
    "lisboa": "Europe/Lisbon", "brasilia": "America/Sao_Paulo",
    "ciudad de mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
    "roma": "Europe/Rome", "milano": "Europe/Rome", "munchen": "Europe/Berlin",
    "koln": "Europe/Berlin", "wien": "Europe/Vienna", "praha": "Europe/Prague",
    "warszawa": "Europe/Warsaw", "bruxelles": "Europe/Brussels", "brussel": "Europe/Brussels",
    "kobenhavn": "Europe/Copenhagen", "geneve": "Europe/Zurich", "den haag": "Europe/Amsterdam",
    "goteborg": "Europe/Stockholm", "sevilla": "Europe/Madrid", "bogota": "America/Bogota",
}
_AREAS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/",
          "Pacific/")

_TIME = lazy(r"(?<![\d:.+−])(?<![A-Za-z]-)"  # not "GMT-06:00": an offset, no time
             r"(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?"
             r"|([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?!\s*[ap]\.?\s?m\b)(?![\d:]))",
             re.IGNORECASE)
_ABBR = lazy(r"(?<![\w/])(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
             + r")(?![\w/])")
_NAME = lazy(r"\b(?:all\s+times\s+)?(" + "|".join(
    re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
    + r")(?:\s+(?:standard|daylight|summer))?\s+time\b|\(\s*(?:all\s+times\s+)?(eastern|"
    r"central|mountain|pacific)\s*\)|\ball\s+times\s+(eastern|central|mountain|pacific)\b",
    re.IGNORECASE)
# A zone named the way Portuguese, Spanish, French and Italian write it: "hora de Lisboa",
# "(Horário Padrão de Brasília)", "heure de Paris", "ora di Roma": the place is then looked up.
_LOCAL = lazy(r"\b(?:hor[áa]rio|hora|heure|ora|huso horario|fuso hor[áa]rio)"
              r"(?:\s+(?:padr[ãa]o|oficial|normale|legale|local|est[áa]ndar|de ver[ãa]o|d[’']été))?"
              r"\s+(?:de|da|do|d[’']|di|del)\s*([^\W\d_][\w’'-]*(?:\s+(?:de\s+)?[^\W\d_][\w’'-]*)?)",
              re.IGNORECASE)
# The text says which zone its times are in, with no time of its own to check it by:
# "Times in Pacific Time (US & Canada)", "All times are Eastern", "Time zone: CET".
_SAYS_ZONE = lazy(r"(?:\btimes?\s+(?:are\s+)?(?:(?:shown|listed|given)\s+)?in|\ball\s+times"
                  r"(?:\s+are)?|\btime\s*zone\s*:|\bzeitzone\s*:|\bfuso hor[áa]rio\s*:"
                  r"|\bzona horaria\s*:|\bfuseau horaire\s*:)\s*$", re.IGNORECASE)
_TIME_BEFORE = lazy(_TIME.pattern + r"[\s(]*$", re.IGNORECASE)  # a time, then this
_REGION = lazy(r"\b(eastern|central|mountain|pacific)\b(?!\s+(?:standard|daylight|time|"
               r"europe|european|africa|asia))", re.IGNORECASE)  # "9am Pacific"
_IANA = lazy(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/"
             r"[A-Za-z_]+(?:/[A-Za-z_]+)?\b")
_WINDOWS = lazy(r"\b[a-z][a-z. ]{1,40}? standard time(?: \((?:mexico)\))?", re.IGNORECASE)
_TAG = lazy(r"<[^>]{0,500}>")
_WORD = lazy(r"[^\W\d_][\w'’-]*")


_City = tuple[int, int, str]  # where a city's name starts and ends in the text, its zone


class _Mention:
    __slots__ = ("at", "said", "zones")

    def __init__(self, at: int, said: str, zones: tuple[str, ...]) -> None:
        self.at, self.said, self.zones = at, said, zones


def taken(inv: Invitation) -> Invitation:
    """`inv` in the zone its words state when its start is in UTC and a time it writes, read
    in that zone, is that very instant; else `inv` as it is."""
    if inv.all_day:
        return inv
    if inv.tz_how.startswith(FLOATING_SAID):
        return _floating(inv)
    if not inv.tz_how.startswith(UTC_SAID):
        return inv
    text = _words(inv)
    times = {_hour_minute(m) for m in _TIME.finditer(text)}
    start, cities = inv.at, _cities(text)
    mentions = sorted(_mentions(text, cities), key=lambda m: m.at)
    for mention in mentions:
        fits = [z for z in mention.zones if _wall(start, z) in times]
        if not fits or len({start.astimezone(ZoneInfo(z)).utcoffset() for z in fits}) > 1:
            continue  # not that instant, or the instant does not settle which zone
        zone = _named_city(text, cities, fits, start) or fits[0]
        return _in(inv, zone, f"the invitation says “{mention.said}”, the same moment")
    if not times:  # nothing to check against: only the text's own word for its times
        for mention in mentions:
            if _SAYS_ZONE.search(text[max(0, mention.at - 30):mention.at]) and len(
                    {start.astimezone(ZoneInfo(z)).utcoffset() for z in mention.zones}) == 1:
                zone = _named_city(text, cities, list(mention.zones), start) or mention.zones[0]
                return _in(inv, zone, f"the invitation says its times are in “{mention.said}”")
        return inv
    place = _one_place(text, cities, start, times)
    if place is not None:
        return _in(inv, place, f"the invitation names {place.rsplit('/', 1)[1].replace('_', ' ')}"
                               " and writes the meeting's time there")
    return inv


def _in(inv: Invitation, zone: str, said: str) -> Invitation:
    return inv._replace(at=inv.at.astimezone(ZoneInfo(zone)), tz=zone, tz_guessed=False,
                        tz_how=f"given in UTC; {said}: {zone}")


def _one_place(text: str, cities: list[_City], start: datetime, times: set[tuple[int, int]]
               ) -> str | None:
    """The zone of the one place the text names (an address, a signature: "Odengatan 40,
    Stockholm"), when a time it writes is the start's own time there and not in UTC."""
    zones = {zone for at, _, zone in cities if not _list_at(text, cities, at)}
    if len(zones) != 1 or len(zones) != len({z for _, _, z in cities}):
        return None
    zone = next(iter(zones))
    if _wall(start, zone) in times and _wall(start, "UTC") not in times:
        return zone
    return None


def _floating(inv: Invitation) -> Invitation:
    """`inv`, a floating time read in the candidate's zone, in the zone its words state
    beside that same local time; else as it is."""
    text = _words(inv)
    wall = (inv.at.hour, inv.at.minute)
    times = [m for m in _TIME.finditer(text) if _hour_minute(m) == wall]
    if not times:
        return inv
    cities = _cities(text)
    naive = inv.at.replace(tzinfo=None)
    for mention in sorted(_mentions(text, cities), key=lambda m: m.at):
        end = mention.at + len(mention.said)
        if not any(mention.at - NEAR <= t.start() and t.end() <= end + NEAR for t in times):
            continue  # no time of the file's beside it
        zones = mention.zones
        picked = _named_city(text, cities, list(zones), naive.replace(tzinfo=ZoneInfo(zones[0])))
        if picked is None and len({naive.replace(tzinfo=ZoneInfo(z)).utcoffset()
                                   for z in zones}) > 1:
            continue  # IST, CST: which one, nothing settles
        zone = picked or zones[0]
        return inv._replace(
            at=naive.replace(tzinfo=ZoneInfo(zone)), tz=zone,
            tz_how=f"no time zone in the file; the zone came from the text, which says "
                   f"“{mention.said}” beside {wall[0]:02d}:{wall[1]:02d}: {zone}")
    return inv


def _words(inv: Invitation) -> str:
    import html  # lazy: 1 ms, for the invitations in UTC only

    raw = "\n".join((inv.summary, inv.description, inv.location or "", inv.note))[:MAX_TEXT]
    return _SPELT.sub(_spelt, " ".join(html.unescape(_TAG.sub(" ", raw)).split()))


# A time written with a dot or an hour alone, where the words around it say it is one:
# "15.00 Uhr", "kl. 15.00", "às 14h" (as "15:00", "14:00").
_SPELT = lazy(r"(?<![\d.:])(?:(kl\.?\s*)?([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:Uhr|h\b))"
              r"|(kl\.?\s*)([01]?\d|2[0-3])\.([0-5]\d)|([01]?\d|2[0-3])h(?![\w:]))")


def _spelt(m: re.Match[str]) -> str:
    if m.group(7):
        return f"{m.group(7)}:00"
    if m.group(5):
        return f"{m.group(4)}{m.group(5)}:{m.group(6)}"
    return f"{m.group(1) or ''}{m.group(2)}:{m.group(3)}"


def _hour_minute(m: re.Match[str]) -> tuple[int, int]:
    """The hour and minute a time of the text writes ("2pm", "14:30")."""
    return _hour(m), int(m.group(2) or m.group(5) or 0)


def _hour(m: re.Match[str]) -> int:
    if m.group(4) is not None:
        return int(m.group(4))
    hour = int(m.group(1)) % 12
    return hour + 12 if m.group(3).lower() == "p" else hour


def _wall(start: datetime, zone: str) -> tuple[int, int]:
    local = start.astimezone(ZoneInfo(zone))
    return local.hour, local.minute


def _mentions(text: str, cities: list[_City]) -> list[_Mention]:
    out = [_Mention(m.start(), m.group(1), ABBREVIATIONS[m.group(1)])
           for m in _ABBR.finditer(text)]
    for m in _NAME.finditer(text):
        key = next(g for g in m.groups() if g).lower()
        out.append(_Mention(m.start(), m.group(0).strip(), NAMES[" ".join(key.split())]))
    for m in _REGION.finditer(text):
        if _TIME_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
            out.append(_Mention(m.start(), m.group(0), NAMES[m.group(1).lower()]))
    for m in _IANA.finditer(text):
        found = iana_zone(m.group(0))
        if found is not None:
            out.append(_Mention(m.start(), m.group(0), (found.key,)))
    for m in _LOCAL.finditer(text):
        local = _place_zone(m.group(1))
        if local:
            out.append(_Mention(m.start(), m.group(0), local))
    windows = windows_zones()
    for m in _WINDOWS.finditer(text):
        for start in _word_starts(m.group(0)):  # "… at 10:00 Pacific Standard Time"
            zone = windows.get(m.group(0)[start:].lower())
            if zone:
                out.append(_Mention(m.start() + start, m.group(0)[start:], (zone,)))
                break
    for at, end, zone in cities:
        if _time_after(text, end) or _TIME_BEFORE.search(text[max(0, at - 14):at]) or (
                text[max(0, at - 3):at].endswith("- ") and _TIME.search(text[max(0, at - 60):at])):
            # "Lisbon time"; "02:00 PM Amsterdam, Berlin"; "11:00 (Hora … central - Madrid)"
            group = tuple(z for _, _, z in _list_at(text, cities, at)) or (zone,)
            out.append(_Mention(at, text[at:end], group))
    return out


def _place_zone(place: str) -> tuple[str, ...] | None:
    """The zones of a place written after "hora de …": a city's, or a zone's own name."""
    words = _folded(place).lower().split()
    for n in (len(words), 1):
        key = " ".join(words[:n])
        if key in NAMES:
            return NAMES[key]
        if key in _city_table():
            return (_city_table()[key],)
    return None


def _word_starts(phrase: str) -> list[int]:
    return [0, *(i + 1 for i, ch in enumerate(phrase) if ch == " ")]


def _named_city(text: str, cities: list[_City], fits: list[str], start: datetime
                ) -> str | None:
    """Among zones the instant cannot tell apart, the one whose city the text names (not
    within a list of several: "Dublin, Edinburgh, Lisbon, London" names none of them)."""
    year = [start + timedelta(days=d) for d in range(0, 365, 30)]
    rules = {_rules(z, year) for z in fits}
    for at, end, zone in cities:  # not "UK, Ireland, Lisbon Time", Calendly's label for GMT
        if (len(_list_at(text, cities, at)) < 2 and not _time_after(text, end)
                and _rules(zone, year) in rules):
            return zone
    return None


def _time_after(text: str, end: int) -> bool:
    return re.match(r"\s+time\b", text[end:end + 6], re.IGNORECASE) is not None


def _rules(zone: str, year: list[datetime]) -> tuple[timedelta | None, ...]:
    """`zone`'s offsets through a year: zones alike in them the instant cannot tell apart."""
    tz = ZoneInfo(zone)
    return tuple(d.astimezone(tz).utcoffset() for d in year)


def _cities(text: str) -> list[_City]:
    """(start, end, zone) of each city the text names, capitalised, that is a zone's own
    (Europe/Lisbon: "Lisbon", America/New_York: "New York") or one of CITIES."""
    table, words, out, i = _city_table(), list(_WORD.finditer(text)), [], 0
    while i < len(words):
        step = 1
        if words[i].group(0)[0].isupper():
            for n in (3, 2, 1):  # "Port of Spain", "New York", "Lisbon"
                span = words[i:i + n]
                if len(span) == n and all(text[a.end():b.start()] == " "
                                          for a, b in pairwise(span)):
                    zone = table.get(_folded(" ".join(w.group(0) for w in span)).lower())
                    if zone:
                        out.append((span[0].start(), span[-1].end(), zone))
                        step = n
                        break
        i += step
    return out


def _list_at(text: str, found: list[_City], at: int) -> list[_City]:
    """The cities of a comma-separated list of cities that the one at `at` is part of
    (Zoom's "Amsterdam, Berlin, Rome, Stockholm, Vienna"), or [] for a city on its own."""
    index = next((i for i, c in enumerate(found) if c[0] == at), None)
    if index is None:
        return []
    lo = hi = index
    while lo > 0 and re.fullmatch(r"\s*,\s*", text[found[lo - 1][1]:found[lo][0]]):
        lo -= 1
    while hi + 1 < len(found) and re.fullmatch(r"\s*,\s*", text[found[hi][1]:found[hi + 1][0]]):
        hi += 1
    return found[lo:hi + 1] if hi > lo else []


def _folded(name: str) -> str:
    """Accents off: "São Paulo" is Sao Paulo."""
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))


@cache
def _city_table() -> dict[str, str]:
    """City name → zone, for the zones of tzdata's zone.tab (one name per zone: no old
    links such as Australia/Canberra or Asia/Calcutta) and CITIES."""
    from pathlib import Path

    try:
        import tzdata  # type: ignore[import-untyped]

        lines = (Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab").read_text("utf-8")
    except (ImportError, OSError):
        lines = ""
    keys = [row.split("\t")[2] for row in lines.splitlines()
            if row and not row.startswith("#") and row.count("\t") >= 2]
    table = {key.rsplit("/", 1)[1].replace("_", " ").lower(): key
             for key in sorted(keys) if key.startswith(_AREAS)}
    return {k: v for k, v in {**table, **CITIES}.items() if len(k) > 3}
