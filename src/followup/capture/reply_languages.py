"""Replies written in a few common languages besides English (German, Dutch, French,
Spanish and Portuguese, Italian, the Scandinavian languages, Polish, Japanese, Chinese,
Korean): the outcome an employer states in plain words, the day a decision is promised by,
and the day an out-of-office writer is back. Each language's words live in its own small
module (reply_de, reply_nl …); this reads them all the same way. It is asked only when the
English rules found nothing, and it reads conservatively: a wrong outcome costs more than a
missed one. Pure: text and a day in."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from types import ModuleType

from followup.capture import (
    reply_asia,
    reply_de,
    reply_es,
    reply_fr,
    reply_it,
    reply_ja,
    reply_ko,
    reply_meaning,
    reply_more,
    reply_nl,
    reply_nordic,
    reply_north,
    reply_pl,
    reply_pt,
    reply_slavic,
    reply_southeast,
    reply_steps,
    reply_zh,
)
from followup.capture.asides import without_asides

LANGUAGES: tuple[ModuleType, ...] = (reply_de, reply_nl, reply_fr, reply_es, reply_it,
                                     reply_nordic, reply_pl, reply_ja, reply_zh, reply_ko,
                                     # the languages of the list the kit's writers use
                                     reply_pt, reply_slavic, reply_north, reply_southeast,
                                     reply_asia, reply_more, reply_steps)
# an English sentence that gives its day in another language's words ("we'll have a decision
# by 5. februar"): its cue is English, its date only in the other language's month names
_EN_DECIDE = re.compile(r"\bdecision|\bdecide|\bhear back|\bget back|\blet you know", re.I)
_EN_BY = re.compile(r"\bby\b|\bbefore\b", re.I)
# a date the words before it say is not when the decision comes ("Danke für Ihre Rückmeldung
# vom 12.01."): the day of something past
_ENGLISH = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"})
_SINCE = re.compile(r"\b(?:vom|von|du|van|från|fra|dal|della|del\s+día|since|of)\s*$", re.I)


@cache
def _words() -> tuple[dict[str, int], dict[str, int], str]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in LANGUAGES:
        months |= lang.MONTHS
        weekdays |= lang.WEEKDAYS
    return months, weekdays, "|".join(f"(?:{lang.NEXT_WEEK})" for lang in LANGUAGES)


def month_word(word: str) -> bool:
    """A month's name in one of the languages (or English), a trailing dot or comma aside."""
    w = word.lower().rstrip(".,;:")
    return w in _words()[0] or w in _ENGLISH


def _alt(names: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months, weekdays, next_week = _words()
    mo, wd = _alt(months), _alt(weekdays)
    worded = re.compile(rf"\b(\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?({mo})\b\.?"
                        rf"(?:\s+(?:de\s+)?(\d{{4}}))?", re.I)
    numeric = re.compile(r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\.?"
                         r"(?![\d/]|\.\d)")
    weekday_day = re.compile(rf"\b({wd})\b,?\s+(?:den\s+|le\s+|el\s+|il\s+)?(\d{{1,2}})\b\.?"
                             rf"(?!\s*(?:{mo})\b|[./]\d)", re.I)
    weekday = re.compile(rf"\b({wd})\b(?:\s+({next_week}))?", re.I)
    return worded, numeric, weekday_day, weekday


def _year(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year is not None:
            return date(year + 2000 if year < 100 else year, month, day)
        d = date(today.year, month, day)
        return d if d >= today - timedelta(days=60) else date(today.year + 1, month, day)
    except ValueError:
        return None


def _day_of_month(today: date, day: int) -> date | None:
    for step in range(3):
        y, m = divmod(today.month - 1 + step, 12)
        try:
            d = date(today.year + y, m + 1, day)
        except ValueError:
            continue
        if d >= today:
            return d
    return None


_DASHED = re.compile(r"(?<![\d-])\d{2}-\d{2}(?:-\d{4})?(?![\d-])")


# the day before the decision it names, as a verb-last clause puts it: "we verwachten
# woensdag 27 januari een besluit te nemen", "wir werden am Freitag eine Entscheidung
# treffen" (the day, then only the article of the decision's noun)
_OBJECT_AFTER = re.compile(r"[^,;:()]{1,30}?\s(?:een|eine[nm]?|unsere?|onze|une?|notre)\s+$",
                           re.I)


def dates(s: str, today: date, english: bool = False) -> list[tuple[int, date]]:
    """The days a sentence gives, in order, each with where it starts: "25.01.2027",
    "29/01", "5. februar", "19 de enero", "vendredi 12 février", "Freitag, den 22.",
    "Freitag nächster Woche", "ab Freitag" (a weekday alone is its next coming). In an
    `english` sentence only another language's month names: its own dates are English's."""
    worded, number, weekday_day, weekday = _patterns()
    months, weekdays, _ = _words()
    for lang in LANGUAGES:  # a language's own way of writing a day, as the others write it
        s = lang.normal(s) if hasattr(lang, "normal") else s
    # "uiterlijk 29-01", "tot 05-02-2027": a day and month joined by dashes, two digits each
    s = _DASHED.sub(lambda m: m.group(0).replace("-", "."), s)
    found: list[tuple[int, int, date]] = []
    for m in worded.finditer(s):
        if english and m.group(2).lower() in _ENGLISH:
            continue
        d = _year(today, months[m.group(2).lower()], int(m.group(1)),
                  int(m.group(3)) if m.group(3) else None)
        if d is not None:
            found.append((m.start(), m.end(), d))
    if not english:
        for m in number.finditer(s):
            d = _year(today, int(m.group(2)), int(m.group(1)),
                      int(m.group(3)) if m.group(3) else None)
            if d is not None:
                found.append((m.start(), m.end(), d))
    for m in weekday_day.finditer(s):
        d = _day_of_month(today, int(m.group(2)))
        if d is not None and d.weekday() == weekdays[m.group(1).lower()]:
            found.append((m.start(), m.end(), d))
    for m in weekday.finditer(s):
        if any(m.start() <= a <= m.end() + 12 for a, _, _ in found):
            continue  # "Freitag, den 26.02.2027": the date says it
        idx = weekdays[m.group(1).lower()]
        if m.group(2):
            d = today + timedelta(days=7 - today.weekday() + idx)
        else:
            d = today + timedelta(days=(idx - today.weekday() - 1) % 7 + 1)
        found.append((m.start(), m.end(), d))
    return [(a, d) for a, _, d in sorted(found)]


def _unsaid(lang: ModuleType, s: str, m: re.Match[str]) -> bool:
    """A sentence that says it only in the negative or as a question: "kein Angebot", "ti
    facciamo sapere … se passi alla fase successiva"."""
    return bool(lang.NOT.search(s[:m.start()]))


def _asked(lang: ModuleType, s: str, m: re.Match[str]) -> bool:
    """A sentence of a language that names its words of a condition (IF) that asks it or puts
    it as one: "Если мы не сможем продолжить …?", "Nebudeme-li pokračovat"."""
    return hasattr(lang, "IF") and ("?" in s or bool(lang.IF.search(s[:m.start()])))


def outcome(said: list[str]) -> tuple[str, str] | None:
    """("offer" | "rejected" | "next_round", the sentence) when a sentence says it in one of
    the languages, else None. A rejection after an invitation to a next round wins ("you made
    it to the final two … we chose the other"), as in English."""
    said = split_full_stops(said)
    def first(kind: str, guarded: bool) -> tuple[int, str] | None:
        for i, s in enumerate(said):
            t = without_asides(s)  # "zum Gespräch (ca. 2 Stunden) einladen"
            for lang in LANGUAGES:
                m = getattr(lang, kind).search(t) or reply_meaning.said(lang, kind, t)
                if m is not None and not (guarded and _unsaid(lang, t, m)) and not _asked(
                        lang, t, m):
                    return i, s
        return None

    offer = first("OFFER", True)
    if offer is not None:
        return "offer", offer[1]
    nxt, rejected = first("NEXT_ROUND", True), first("REJECTED", False)
    if rejected is not None and (nxt is None or rejected[0] > nxt[0]):
        return "rejected", rejected[1]
    return ("next_round", nxt[1]) if nxt is not None else None


def decision_day(said: list[str], today: date) -> tuple[date, str] | None:
    """The day a decision is promised by: a date after "bis", "uiterlijk", "au plus tard",
    "antes del", "entro", "senast" … in a sentence about a decision, or right after its word
    ("una respuesta el jueves 28")."""
    cues = [(lang.DECIDE, lang.BY, False, True) for lang in LANGUAGES]
    cues.append((_EN_DECIDE, _EN_BY, True, True))
    # an English cue, the writer's own "by" and day: "a decision on the role innen fredag
    # 29.01" (the day only after that word, read as its language writes it; not Polish or
    # Czech "do", Afrikaans "teen", English words too)
    cues.append((_EN_DECIDE, re.compile("|".join(lang.BY.pattern for lang in LANGUAGES
                                                 if lang not in (reply_pl, reply_slavic,
                                                                 reply_more)), re.I),
                 False, False))
    said = split_full_stops(said)
    for i, s in enumerate(said):
        for decide, by, english, near in cues:
            cue = decide.search(s)
            if cue is None:
                continue
            after = [m.end() for m in by.finditer(s)]
            for start, day in dates(s, today, english):
                if _SINCE.search(s[max(0, start - 12):start]):
                    continue
                if any(a <= start <= a + 30 for a in after) or \
                        (near and cue.end() <= start <= cue.end() + 30) or \
                        (near and not english and _OBJECT_AFTER.match(s, start, cue.start())):
                    return corrected(s[start:], said[i + 1:i + 2], today) or day, s
    return None


def corrected(rest: str, then: list[str], today: date) -> date | None:
    """The day a writer puts in place of the one just given, in the same sentence or the
    next ("bis spätestens 19.02. Ach nein, Korrektur: … sagen wir bis Montag, 22.02.",
    "antes del 12/2. Perdona, me corrijo: … como muy tarde el 15/2"): the last day after
    the word that corrects it."""
    for text in (rest, *then):
        cue = next((m for lang in LANGUAGES if hasattr(lang, "CORRECTS")
                    and (m := lang.CORRECTS.search(text))), None)
        if cue is not None:
            later = [d for at, d in dates(text[cue.end():], today)]
            if later:
                return later[-1]
    return None


_FULL_STOP = re.compile(r"(?<=[。！？])")


def split_full_stops(said: list[str]) -> list[str]:
    """Sentences that end in a full stop of Chinese or Japanese ("。") without a space after
    it, split there."""
    return [p.strip() for s in said for p in _FULL_STOP.split(s) if p.strip()]


def back_day(said: list[str], today: date, through: bool = True) -> date | None:
    """The day an out-of-office says its writer is back ("Ab dem 25.01.2027 bin ich wieder
    erreichbar", "Vanaf maandag 25 januari ben ik terug", "Je serai de retour le lundi 11
    janvier", "Ab Freitag bin ich wieder im Büro"); with `through`, else not, the day after an
    absence said to last through a day (away_through)."""
    said = split_full_stops(said)
    for s in said:
        cue = next((m for lang in LANGUAGES if (m := lang.BACK.search(s))), None)
        if cue is not None:
            got = dates(s, today)  # the day after the word of return, else the one before it
            after = [d for at, d in got if at >= cue.start()]
            if got:
                return after[0] if after else got[-1][1]
    return away_through(said, today) if through else None


def away_through(said: list[str], today: date, inclusive: bool = False) -> date | None:
    """The day after an absence said to last through a day ("fuori ufficio fino al 22/02
    compreso", "bis einschließlich 15.01.", "t/m 12 februari"), or that day itself when
    the words do not say it is included (the writer's "until" is read as the return); with
    `inclusive`, only an absence said to include its last day."""
    for s in said:
        for lang in LANGUAGES:
            until = lang.UNTIL.search(s) if hasattr(lang, "UNTIL") else None
            if until is None:
                continue
            got = [(at, d) for at, d in dates(s, today) if at >= until.start()]
            if got:
                at, day = got[0]
                through = lang.THROUGH.search(s[until.start():at + 40])
                if through:  # back the next working day
                    from followup.capture.day_calendar import add_business

                    return add_business(day, 1)
                if not inclusive:
                    return day
    return None


def written_day(text: str, sent_at: datetime, tz: str) -> date | None:
    """`decision_day` of a message's text, on the writer's own day."""
    from followup.capture.replies import sentences, writers_day

    got = decision_day(sentences(text), writers_day(sent_at, tz))
    return got[0] if got else None
