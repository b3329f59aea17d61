"""What an employer's reply says: an outcome, a decision date, an agreed day, or nothing new.

Pure functions over the text of one message and its Date (no clock, no database). Quoted
history and signatures are cut with mail-parser-reply first (imported only when a body is
read, never by other commands). Outcomes are read conservatively: a wrong "rejected" costs
the candidate a chance, so a rejection needs plain words and no sign of a next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3, "a": 1}
_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|a)"

REJECTED = re.compile(
    r"not (?:be )?(?:moving|move|proceeding|proceed|progressing|progress|going) (?:forward|"
    r"ahead|further)|(?:move|moving|go|going|proceed|proceeding) (?:forward|ahead) with "
    r"(?:other|another|a different|the other|someone|candidates?)|decided to pursue other|"
    r"pursue other candidates|(?:not|unable to) (?:be )?(?:able to )?offer you|"
    r"position has (?:been|now been) filled|(?:role|position|vacancy) (?:is|has been) "
    r"(?:now )?(?:filled|closed)|filled the (?:position|role|vacancy)|"
    r"(?:go|going|gone) in a different direction|"
    r"not (?:be )?extend(?:ing)? (?:you )?an offer|"
    r"regret to (?:inform|let you know|tell you)|not (?:been )?selected|were not successful|"
    r"was not successful|have not been successful|will not be (?:taking|moving|proceeding)|"
    r"won't be (?:moving|proceeding|taking)|not the right (?:fit|match)|closer match|"
    r"better (?:aligned|suited|match)|decided not to|chosen (?:another|a different) candidate|"
    r"offered the (?:role|position) to (?:another|someone)|cannot offer|can't offer|"
    r"no longer (?:considering|under consideration)|decline your application|"
    r"not (?:a|the) (?:fit|match) (?:for|at) this time|unsuccessful", re.IGNORECASE)
OFFER = re.compile(
    r"(?:pleased|happy|delighted|thrilled|excited) to (?:extend|offer|make)|offer of "
    r"employment|extend (?:you )?an? (?:formal |verbal |written )?offer|"
    r"(?:attached|enclosed) (?:is|please find|you will find) (?:your|the|our) "
    r"(?:formal |written )?offer|(?:your|the) offer letter|would like to offer you|"
    r"want to offer you|(?:we are|we're) offering you|offer you the (?:position|role|job)|"
    r"send(?:ing)? (?:over |you )?(?:a|the|your) (?:formal |written )?offer",
    re.IGNORECASE)
NEXT_ROUND = re.compile(
    r"(?:next|second|third|final|last|2nd|3rd|another|further|follow-up|onsite|on-site|"
    r"panel|technical) (?:round|stage|interview|step|conversation|call|meeting)s?\b.{0,80}?"
    r"|made it (?:through )?to the (?:next|last|final) (?:round|stage)"
    r"|(?:invite|inviting|like to (?:invite|schedule|set up|bring)|move you (?:forward|on)|"
    r"moving you (?:forward|on)|advance you|progress you|advancing you)"
    r"|(?:meet|speak with) (?:the|our) (?:team|hiring manager|director|founders?|cto|ceo|vp)",
    re.IGNORECASE)
NEXT_CONFIRM = re.compile(
    r"invite|inviting|schedul|set up|move you|moving you|advance|progress you|next (?:round|"
    r"stage|step)|second|third|final|another|onsite|on-site|panel|meet|availability|"
    r"available|speak with|talk with|talk to|again|made it|calendar", re.IGNORECASE)
THE_CALL = re.compile(r"\b(?:make|making|made) (?:the|a|our) (?:final )?(?:call|decision)\b",
                      re.IGNORECASE)
AUTO_BODY = re.compile(
    r"out of (?:the )?office|mailbox is not monitored|do not reply to this (?:e-?mail|"
    r"message)|automatic(?:ally generated)? (?:reply|response)|on (?:annual |parental )?leave "
    r"(?:until|and will)|limited access to (?:e-?mail|my inbox)", re.IGNORECASE)
NEGATION_NEAR = re.compile(r"\b(?:not|won't|unable|unfortunately|no longer)\b", re.I)
DECISION_CUE = re.compile(
    r"decid|decision|final call|hear (?:back )?from us|hear back|get back to you|"
    r"be in touch|update you|"
    r"let you know|reach out|back to you|timeline|expect|an answer|feedback|news|wrap up|"
    r"finali[sz]e|come back to you|touch base with you", re.IGNORECASE)
FOLLOW_CUE = re.compile(
    r"(?:give|gimme) (?:me|us) a (?:call|ring|shout)|call me|ring me|check in with me|"
    r"follow up with me|follow up on|reach out (?:to me )?(?:again )?on|ping me|"
    r"email me (?:again )?on|touch base (?:again )?on|feel free to (?:call|follow up|check in)",
    re.IGNORECASE)
SIGNOFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|thanks|thank you|"
    r"many thanks|cheers|sincerely|all the best|talk soon|speak soon|br|--|—)[,.!]?\s*$",
    re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Reading:
    outcome: str  # rejected | offer | next_round | decision | follow_up | reply | auto
    day: date | None  # the decision date, or the agreed follow-up day
    evidence: str  # the sentence it came from


def new_text(body: str, parser: str = "mail-parser-reply") -> str:
    """The new part of a reply: quoted history and the signature removed. `parser` picks
    the library (bench/capture_eval.py compares them on the corpus)."""
    try:
        if parser == "email-reply-parser":
            from email_reply_parser import EmailReplyParser as Other

            text = Other.parse_reply(body)
        else:
            from mailparser_reply import EmailReplyParser

            text = EmailReplyParser(languages=["en", "de", "fr"]).parse_reply(text=body)
    except Exception:  # a third-party parser must not stop the inbox
        text = body
    text = "\n".join(ln for ln in (text or "").splitlines() if not ln.lstrip().startswith(">"))
    cut = SIGNOFF.search(text)
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    return text.strip()


def sentences(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", flat) if s.strip()]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUM.get(word, 1)


def _weekday(name: str) -> int:
    n = name.lower()[:3]
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(n))


def _add_business(day: date, n: int) -> date:
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def resolve(text: str, today: date) -> date | None:
    """The first date a sentence names, relative forms resolved from `today` (the day the
    message was written, in the application's zone)."""
    t = text.lower()
    m = re.search(rf"\b({_WD}) next week\b", t)
    if m:
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=_weekday(m.group(1)))
    m = re.search(r"\bend of (?:the |this )?(next )?week\b", t)
    if m:
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        return friday + timedelta(days=7) if m.group(1) else friday
    m = re.search(r"\b(early|beginning of|start of|middle of|mid|end of|late) next week\b", t)
    if m:
        monday = today + timedelta(days=7 - today.weekday())
        return {"early": monday, "beginning of": monday, "start of": monday,
                "middle of": monday + timedelta(days=2), "mid": monday + timedelta(days=2)
                }.get(m.group(1), monday + timedelta(days=4))
    m = re.search(r"\bend of (?:the |this )?month\b", t)
    if m:
        nxt = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return nxt - timedelta(days=1)
    m = re.search(rf"\b(?:within|in|over) (?:the next )?{_N} (business |working )?"
                  r"(days?|weeks?)\b", t)
    if m:
        n = _num(m.group(1))
        if m.group(3).startswith("week"):
            return today + timedelta(days=7 * n)
        return _add_business(today, n) if m.group(2) else today + timedelta(days=n)
    if re.search(r"\b(?:tomorrow)\b", t):
        return today + timedelta(days=1)
    m = re.search(rf"\b(?:(next|this|coming) )?({_WD})\b(?!,? {_MONTH}|,? \d)", t)
    explicit = re.search(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|"
                         rf"th)? (?:of )?{_MONTH}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b", t)
    if explicit:
        return _explicit(explicit.group(0), today)
    nth = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", t)
    if nth and 1 <= int(nth.group(1)) <= 31:
        n = int(nth.group(1))
        month = today if n >= today.day else (today.replace(day=28) + timedelta(days=4))
        try:
            return month.replace(day=n)
        except ValueError:
            return None
    if m:
        target = _weekday(m.group(2))
        if m.group(1) == "next":  # a weekday of the next calendar week
            return today + timedelta(days=7 - today.weekday() + target)
        return today + timedelta(days=(target - today.weekday()) % 7 or 7)
    return None


def _explicit(text: str, today: date) -> date | None:
    import dateparser

    base = datetime(today.year, today.month, today.day)
    found = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": "MDY"})
    if found is None:
        return None
    day: date = found.date()
    if day < today - timedelta(days=60):
        day = day.replace(year=day.year + 1)
    return day


def read_reply(body: str, sent_at: datetime, tz: str, parser: str = "mail-parser-reply"
               ) -> Reading:
    """What one reply proposes; `sent_at` is its Date header, `tz` the application's zone."""
    text = new_text(body, parser)
    today = sent_at.astimezone(ZoneInfo(tz)).date()
    said = sentences(text)
    if AUTO_BODY.search(text):
        return Reading("auto", None, next((s for s in said if AUTO_BODY.search(s)), ""))
    offer = next((s for s in said if OFFER.search(s) and not REJECTED.search(s)
                  and not NEGATION_NEAR.search(s)), None)
    if offer:
        return Reading("offer", None, offer)
    nxt = next((s for s in said if NEXT_ROUND.search(THE_CALL.sub(" ", s))
                and NEXT_CONFIRM.search(THE_CALL.sub(" ", s)) and not REJECTED.search(s)),
               None)
    rejected = next((s for s in said if REJECTED.search(s)), None)
    if rejected and not nxt:
        return Reading("rejected", None, rejected)
    if nxt:
        return Reading("next_round", resolve(nxt, today), nxt)
    for s in said:
        if FOLLOW_CUE.search(s):
            day = resolve(s, today)
            if day is not None and day > today:
                return Reading("follow_up", day, s)
    for s in said:
        if DECISION_CUE.search(s):
            day = resolve(s, today)
            if day is not None and day >= today:
                return Reading("decision", day, s)
    return Reading("reply", None, said[0] if said else "")
