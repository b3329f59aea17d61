"""A voice per locale: en-US or en-GB spelling, idiom and dates, and how to greet someone.

The shipped templates are written in American English; `localise` turns a finished draft into
British English, or a British-spelt one (a user's own template, say) into American. Dates
come from Babel, imported on first use. Pure: no I/O, no clock.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from followup.core.errors import BadInput
from followup.core.model import Person

LOCALES = ("en-US", "en-GB")
# Regions whose English is written the British way (Commonwealth spelling).
_BRITISH_REGIONS = frozenset(
    ("GB", "UK", "IE", "AU", "NZ", "ZA", "IN", "SG", "HK", "MY", "NG", "KE", "GH", "MT",
     "CY", "JE", "GG", "IM", "PK", "LK", "BD"))

# (American, British), whole words, matched case-insensitively with the case kept.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("learned", "learnt"), ("organizing", "organising"), ("organized", "organised"),
    ("organize", "organise"), ("organization", "organisation"),
    ("organizations", "organisations"), ("favor", "favour"), ("favorite", "favourite"),
    ("color", "colour"), ("honor", "honour"), ("behavior", "behaviour"),
    ("center", "centre"), ("catalog", "catalogue"),
    ("realize", "realise"), ("realized", "realised"), ("recognize", "recognise"),
    ("recognized", "recognised"), ("apologize", "apologise"), ("apologized", "apologised"),
    ("prioritize", "prioritise"), ("emphasize", "emphasise"), ("summarize", "summarise"),
    ("analyze", "analyse"), ("analyzed", "analysed"), ("analyzing", "analysing"),
    ("enroll", "enrol"), ("traveling", "travelling"), ("traveled", "travelled"),
    ("canceled", "cancelled"), ("modeling", "modelling"), ("labeled", "labelled"),
    ("fulfill", "fulfil"), ("judgment", "judgement"), ("practicing", "practising"),
    ("defense", "defence"), ("gray", "grey"),
    ("skeptical", "sceptical"), ("spelled", "spelt"), ("dreamed", "dreamt"),
    ("toward", "towards"),
)
# Idioms that differ: American first.
_IDIOMS: tuple[tuple[str, str], ...] = (
    (r"reach me at", "reach me on"),
    (r"call me at", "call me on"),
    (r"on the weekend", "at the weekend"),
    (r"in the hospital", "in hospital"),
    (r"meeting with me", "meeting me"),
)
BRITISH_WORDS = frozenset(gb for _, gb in _PAIRS if gb != "towards") | {"learnt"}

_WEEKDAY_DATE = re.compile(
    r"\b((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}(?:, \d{4})?)(?= [a-z])")


def locale_for(region: str | None, wanted: str | None = None) -> str:
    """The voice of the drafts: `--locale` when given, else from the profile's region."""
    if wanted:
        key = wanted.strip().replace("_", "-").lower()
        for name in LOCALES:
            if name.lower() == key:
                return name
        raise BadInput(f"--locale {wanted!r}: choose en-US or en-GB")
    code = (region or "").strip().upper().split("-")[0]
    return "en-GB" if code in _BRITISH_REGIONS else "en-US"


@functools.lru_cache(maxsize=512)
def long_day(day: date, today_year: int, locale: str = "en-US") -> str:
    """Monday, November 23 (en-US) or Monday 23 November (en-GB); the year when not this one."""
    from babel.dates import format_date

    year = day.year != today_year
    if locale == "en-GB":
        pattern = "EEEE d MMMM y" if year else "EEEE d MMMM"
    else:
        pattern = "EEEE, MMMM d, y" if year else "EEEE, MMMM d"
    return str(format_date(day, pattern, locale=locale.replace("-", "_")))


def relative_day(day: date, today: date) -> str | None:
    """How a person says a day of the past week: "today", "yesterday", "on Monday" (earlier
    this week), "last Friday" (the week before, at most seven days ago: on a Friday, the
    Friday before); None further back, where only the full date is clear."""
    ago = (today - day).days
    if ago < 0 or ago > 7:
        return None
    if ago <= 1:
        return ("today", "yesterday")[ago]
    name = day.strftime("%A")
    return f"on {name}" if ago < 7 and day.weekday() < today.weekday() else f"last {name}"


def spoken_ago(day: date, today: date) -> str | None:
    """A past day as said on the phone, where nobody reads out a full date: "last Friday"
    within a week, then "last week", "a couple of weeks ago", "a few weeks ago"; None after
    about five weeks (the date is then needed)."""
    near = relative_day(day, today)
    if near:
        return near
    weeks = ((today - timedelta(days=today.weekday())) - (day - timedelta(
        days=day.weekday()))).days // 7
    return {1: "last week", 2: "a couple of weeks ago", 3: "a few weeks ago",
            4: "a few weeks ago"}.get(weeks)


def spoken_date(day: date, locale: str = "en-US") -> str:
    """A date as said aloud, without the weekday: "the 4th of December" (en-GB),
    "December 4th" (en-US)."""
    n = day.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    month = day.strftime("%B")
    return f"the {n}{suffix} of {month}" if locale == "en-GB" else f"{month} {n}{suffix}"


def spoken_on(day: date, today: date, locale: str = "en-US") -> str:
    """A past day said aloud so that it stays true whenever the call is made: "on Friday the
    20th", naming the month when it is not the call's ("on Friday the 20th of November")
    (en-GB) or "on Friday, November 20th" (en-US) within about three weeks, then the
    date said aloud ("on the 20th of November"); never "last Friday" or "weeks ago"."""
    if (today - day).days <= 24:
        n = day.day
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        name = day.strftime("%A")
        other = (day.year, day.month) != (today.year, today.month)
        month = f" of {day.strftime('%B')}" if other else ""
        return (f"on {name} the {n}{suffix}{month}" if locale == "en-GB"
                else f"on {name}, {day.strftime('%B')} {n}{suffix}")
    return f"on {spoken_date(day, locale)}"


def day_phrase(day: date, today: date, locale: str = "en-US") -> str:
    """A past day as it reads in a sentence: relative within a week ("last Friday"), else
    "on" and the full date ("on Friday 20 November")."""
    return relative_day(day, today) or f"on {long_day(day, today.year, locale)}"


def short_day(day: date, locale: str = "en-US") -> str:
    """November 30, 2026 or 30 November 2026: the date line of a letter."""
    from babel.dates import format_date

    pattern = "d MMMM y" if locale == "en-GB" else "MMMM d, y"
    return str(format_date(day, pattern, locale=locale.replace("-", "_")))


def _keep_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@functools.lru_cache(maxsize=2)
def _speller(locale: str) -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = {us: gb for us, gb in _PAIRS if us != gb}
    table = pairs if locale == "en-GB" else {gb: us for us, gb in pairs.items()}
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE), table


def localise(text: str, locale: str) -> str:
    """Spelling, idiom and date punctuation of `locale`, leaving everything else alone."""
    pattern, table = _speller(locale)
    text = pattern.sub(lambda m: _keep_case(table[m.group().lower()], m.group()), text)
    for us, gb in _IDIOMS:
        old, new = (us, gb) if locale == "en-GB" else (gb, us)
        text = re.sub(rf"\b{old}\b", new, text)
    if locale == "en-US":  # "on Monday, November 23, about the role": the date is set off
        text = _WEEKDAY_DATE.sub(r"\1,", text)
    return text


def british_words(text: str) -> list[str]:
    """British spellings in `text` (to check an en-US draft)."""
    pattern, _ = _speller("en-US")
    return [m.group() for m in pattern.finditer(text)]


def american_words(text: str) -> list[str]:
    """American spellings in `text` (to check an en-GB draft)."""
    pattern, _ = _speller("en-GB")
    return [m.group() for m in pattern.finditer(text)]


# "Mrs" and "Miss" speak of marriage: the drafts say "Ms" unless she recorded her own greeting.
_TITLES = {"dr": "Dr", "mr": "Mr", "mrs": "Ms", "ms": "Ms", "mx": "Mx", "prof": "Professor",
           "professor": "Professor", "sir": "Sir", "dame": "Dame", "miss": "Ms"}
# Words that belong to the family name that follows them: "van der Berg", "Ó Briain",
# "Nic Aodha", "bin Salleh", "al Rashid".
_PARTICLES = {"van", "von", "de", "del", "della", "der", "den", "da", "di", "du", "la", "le",
              "st", "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten", "dos", "das",
              "ó", "o", "ní", "ni", "nic", "mac", "mc", "ua", "uí", "ui", "bean", "ap",
              "ferch", "abu", "y"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}


def addressed(name: str) -> str:
    """A name as the top of a letter or a call script shows it: a title that assumes a
    marriage ("Mrs", "Miss") becomes "Ms"."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".").lower() in ("mrs", "miss"):
        return " ".join(["Ms", *words[1:]])
    return name


def greeting(person: Person | None, locale: str = "en-US", formal: bool = False) -> str:
    """Dear ___: their own greeting when recorded; a title with the family name; else the
    given name(s) ("Jo Anne Smith-Kim" is greeted "Jo Anne", "Seán Ó Briain" "Seán"); the
    team when nobody is known. `formal` (a letter): with no title known, the full name, as
    a formal letter in either locale may open ("Dear Margaret Ellis")."""
    if person is None:
        return "Hiring Team"
    if person.greeting and person.greeting.strip():
        return " ".join(person.greeting.split())
    words = list(re.sub(r"[\x00-\x1f]", " ", person.name).replace(",", " ").split())
    while words and words[-1].rstrip(".").lower() in _SUFFIXES:
        words.pop()
    if not words:
        return "Hiring Team"
    title = _TITLES.get(words[0].rstrip(".").lower())
    if title and len(words) > 1:
        rest = words[1:]
        family = _family(rest)
        dot = "." if locale == "en-US" and title in ("Dr", "Mr", "Mrs", "Ms", "Mx") else ""
        return f"{title}{dot} {' '.join(family)}"
    if formal and len(words) > 1:
        return " ".join(w for w in words if not re.fullmatch(r"[A-Za-z]\.?", w))
    if len(words) <= 2:
        return words[0]
    family = _family(words)
    given = [w for w in words[: len(words) - len(family)]
             if not re.fullmatch(r"[A-Za-z]\.?", w)]  # middle initials
    return " ".join(given) if given else words[0]


def sign_off(locale: str) -> str:
    """How a formal letter closes when it greets someone by name: "Yours sincerely" in
    British letters, "Sincerely" in American ones."""
    return "Yours sincerely" if locale == "en-GB" else "Sincerely"


def _family(words: list[str]) -> list[str]:
    """The family name at the end, with any particles before it ("van der Berg")."""
    if len(words) == 1:
        return words
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return words[i:]


_SAID_AS = {"@": " at ", ".": " dot ", "-": " dash ", "_": " underscore ", "+": " plus "}


def spoken_email(address: str) -> str:
    """An email address the way people say it on the phone ("alex at example dot com"), with
    a short all-letter name spelt out ("that's A-L-E-X") so it is heard right (M4)."""
    said = "".join(_SAID_AS.get(ch, ch) for ch in address.strip())
    local = address.split("@", 1)[0]
    if local.isalpha() and len(local) <= 12:
        said += " – that's " + "-".join(local.upper())
    return said
