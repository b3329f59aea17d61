"""What an employer's reply says: an outcome, a decision date, an agreed day, or nothing new.

Pure functions over the text of one message and its Date (no clock, no database). Quoted
history and signatures are cut with mail-parser-reply first (imported only when a body is
read, never by other commands). Outcomes are read conservatively: a wrong "rejected" costs
the candidate a chance, so a rejection needs plain words and no sign of a next step.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.capture.day_numbers import dmy_signed
from followup.capture.day_phrases import WD, order_shown
from followup.capture.day_text import MONTH
from followup.capture.reply_dates import (
    add_business,
    clause_start,
    corrected,
    only_given_up,
    pick,
    resolve,
)
from followup.capture.reply_offer import is_offer
from followup.capture.reply_rounds import is_next_round

__all__ = ["Reading", "new_text", "read_reply", "resolve", "sentences"]
from followup.capture.reply_goes_on import goes_on
from followup.capture.reply_words import (
    AUTO_BODY,
    DECISION_CUE,
    FOLLOW_CUE,
    NOT_BY,
    NOT_DECIDING,
    SIGNOFF,
    is_rejection,
)


@dataclass(frozen=True, slots=True)
class Reading:
    outcome: str  # rejected | offer | next_round | decision | follow_up | reply | auto
    day: date | None  # the decision date, or the agreed follow-up day
    evidence: str  # the sentence it came from


# the mail programs' languages whose quoted-history headers are cut ("Van: … Verzonden:",
# "Från: … Skickat:", "Op … schreef"): writers of English often use a program set to their own
QUOTE_LANGUAGES = ("en", "de", "fr", "nl", "sv", "da", "pl", "es", "it", "cs")


# the line a mail program puts above the message quoted, in any language: "… wrote:",
# "Op ma 23 nov 2026 om 10:02 schreef Anna <anna@x.nl>:", "… <anna@x.se> skrev:"
_ATTRIBUTION = re.compile(
    r"^[^\n]{0,200}(?:\b(?:wrote|schrieb|schreef|skrev|kirjoitti|scrisse|escreveu|escribió|"
    r"napisał(?:\(a\))?|napsal(?:\(a\))?|a écrit)|<[^<>\s@]+@[^<>\s]+>)\s*:\s*$", re.MULTILINE)


@functools.lru_cache(maxsize=16)
def new_text(body: str, parser: str = "mail-parser-reply", signed: bool = False) -> str:
    """The new part of a reply: quoted history and the signature removed (kept when
    `signed`: who signs it, for which employer). `parser` picks the library
    (bench/capture_eval.py compares them on the corpus). The inbox reads one message's body
    several times (its outcome, its return day, its roles): it is cut once."""
    try:
        if parser == "email-reply-parser":
            from email_reply_parser import EmailReplyParser as Other

            text = Other.parse_reply(body)
        else:
            from mailparser_reply import EmailReplyParser

            text = EmailReplyParser(languages=list(QUOTE_LANGUAGES)).parse_reply(text=body)
    except Exception:  # a third-party parser must not stop the inbox
        text = body
    text = "\n".join(ln for ln in (text or "").splitlines() if not ln.lstrip().startswith(">"))
    quoted = _ATTRIBUTION.search(text)
    if quoted and quoted.start() > 0:
        text = text[:quoted.start()]
    return text.strip() if signed else unsigned(text)


def unsigned(text: str) -> str:
    """A message's new text less its signature: up to the sign-off."""
    cut = SIGNOFF.search(text)
    if cut and cut.start() > 0:
        text = text[:cut.start()]
    return text.strip()


# a web address: its words ("…/invite/next-round", "…/offer/accept") are a system's, not a
# sentence of the writer's
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


# a decision still to come ("we will decide by Friday"), not one made on a day ("we decided on
# Monday to go with another candidate")
# ("before" ending its clause looks back: "a contractor we've worked with before - …")
PROMISED = re.compile(r"\b(?:will|shall|going to|expect\w*|hop(?:e|ing)|plan\w*|aim\w*|by|"
                      r"before(?!\s*(?:[-–—.,;!]|$))|until|till|should|due)\b|'ll\b", re.I)
# words of a decision itself, not of an answer to mail ("Jane will respond within a day")
DECIDED = re.compile(r"decid|decision|outcome|feedback|verdict|news|hear back|hear from us|"
                     r"let you know|update you", re.I)
ELLIPSIS = re.compile(r"^(?:(?:most |more )?(?:likely|probably|hopefully|ideally|definitely|"
                      r"certainly|at the latest|realistically)[,:]? )?(?:by|before|no later than|"
                      r"within|on|in|around|some ?time|early|mid|late|end of|the end of|"
                      r"next|this|tomorrow|(?:should|will|hope to|expect to|aim to|plan to) "
                      r"(?:have|be|get|know|decide)\b)", re.I)
# a month's or a weekday's abbreviation ends no sentence before its day ("Dec. 18", "Fri. Jan
# 22") or lower case, but does before a capital ("back on 15 Jan. Thanks, Ann")
_ABBREV = re.compile(r"\b(mr|mrs|ms|dr|st|approx|no|etc)\.(?=\s)|\b(jan|feb|mar|apr|jun|jul|"
                     r"aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\."
                     rf"(?=\s+(?:\d|(?-i:[a-z])|{MONTH}))", re.IGNORECASE)
_DOTTED = re.compile(r"\b([ap])\.m\.|\b(e)\.g\.|\b(i)\.e\.", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The sentences of a text; "Dec. 18" is not a sentence end (the dot is dropped), a "?"
    or "!" is one before lower case too, and a paragraph ("Hi Sam,", a first line standing
    alone) ends one."""
    return [s for part in re.split(r"\n\s*\n", text) for s in _sentences(part)]


def _sentences(text: str) -> list[str]:
    flat = _DOTTED.sub(lambda m: {"a": "am", "p": "pm", "e": "eg", "i": "ie"}[
        (m.group(1) or m.group(2) or m.group(3)).lower()], " ".join(text.split()))
    flat = _ABBREV.sub(lambda m: m.group(1) or m.group(2), flat)
    # a question or an exclamation ends a sentence whatever follows: writers in a hurry go on
    # in lower case ("want to come in? bring a laptop"); so may an amount ("It's yours. £41k");
    # an emoji before a capital ends one as a full stop does ("great news 😀 They want …")
    said = [s.strip() for s in re.split(r"(?<=[.!?\U0001F300-\U0001FAFF\u2600-\u27BF])\s+"
                                        r"(?=[A-Z0-9\"'(£$€])|(?<=[?!])\s+(?=[a-z])",
                                        flat) if s.strip()]
    from followup.capture.asides import closed_brackets

    return closed_brackets(_ordinals_joined(said))


_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
# a day written with a space after each dot ("do 1. 2. 2027", Czech, Slovak, Slovenian,
# Croatian, Hungarian): its month ("2.") and its year ("2027.") end no sentence
_SPACED = ((re.compile(r"(?:^|\s)\d{1,2}\.$"), re.compile(r"\d{1,2}\.$")),
           (re.compile(r"(?:^|\s)\d{1,2}\.\s\d{1,2}\.$"), re.compile(r"\d{4}\b")))


def _ordinals_joined(said: list[str]) -> list[str]:
    """A day written as an ordinal with a dot before its month ("bis zum 15. Januar", "den
    3. März") ends no sentence: the pieces split there are one."""
    from followup.capture.reply_languages import month_word

    out: list[str] = []
    for s in said:
        if (out and _ORDINAL_END.search(out[-1]) and month_word(s.split(" ", 1)[0])) or (
                out and any(a.search(out[-1]) and b.match(s) for a, b in _SPACED)):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


# a decision already made ("we've decided to go with Zoom for Thursday", "the decision to
# re-advertise was made on Monday") says what was decided, not when the answer comes;
_MADE = re.compile(r"(?<!will )(?<!to )(?<!should )(?:'ve|\b(?:have|has|had|we|i|they|he|she))"
                   r" (?:now |just |already |finally |since )?(?:decided|chosen|opted|settled)\b|"
                   r"\bdecision (?:to [\w-]+ )?(?:was|has been|had been|'s been) (?:made|taken)\b|"
                   # nor is news of a detail of a meeting: "I'll let you know the panel line-up
                   # by Friday", "we'll confirm the room by Monday"
                   r"\b(?:let you know|confirm|send(?: you)?|share|tell you|update you on) (?:the|"
                   r"your|our) (?:[\w-]+ ){0,2}?(?:line-?up|time|timings?|room|venue|location|"
                   r"agenda|details|link|address|format|schedule|logistics|dial-in|parking|"
                   r"itinerary|directions)\b(?! (?:of|for) (?:the |our )?decision)",
                   re.IGNORECASE)


# "we're closed 24/12 to 4/1; mail will be answered after that": the answer comes after the
# days named before it, on one the writer does not name
# (not "after that meeting": the meeting's day is named)
_AFTER_THAT = re.compile(r"\s*(?:\w+\s+){0,3}?(?:after (?:that|then|this|those)\b(?!\s+\w)|"
                         r"thereafter\b|afterwards\b)", re.IGNORECASE)


def decision_day_of(sentence: str, today: date, before: str = "") -> date | None:
    """The decision day a sentence promises; `before`, the sentences before it, name the day
    "Friday that week" or "the following Monday" counts from."""
    cue = DECISION_CUE.search(_MADE.sub(" ", sentence))
    if cue is None:
        return None
    if NOT_DECIDING.search(sentence) and not NOT_BY.search(sentence):
        return None
    then = _AFTER_THAT.match(sentence, cue.end())
    if then is not None and pick(sentence[then.end():], today) is None:
        return None
    day = pick(sentence, today, DECISION_CUE, before=before)
    # "the shortlisting panel sits the week commencing 7 December, and we will email all of
    # you by 11/12": when the first cue's clause gives no day, a later cue's may
    # (read from the start of that cue's clause: "please let us know your decision by Friday"
    # is still the candidate's deadline when read from "decision")
    later = iter(list(DECISION_CUE.finditer(sentence))[1:])
    while day is None and (nxt := next(later, None)) is not None:
        day = pick(sentence[clause_start(sentence, nxt.start()):], today, DECISION_CUE)
    return day


def _said_after(said: list[str], i: int, today: date) -> date | None:
    """A cue with no day, and the day in the next sentence ("We'll decide soon. Most likely
    by Friday."): only a short sentence that opens with the deadline."""
    if i + 1 >= len(said) or DECISION_CUE.search(said[i + 1]):
        return None
    nxt = said[i + 1]
    if len(nxt) > 80 or not ELLIPSIS.match(nxt):
        return None
    return pick(nxt, today)


# Countries whose writers put the day first ("3/12" is 3 December): their domains, their
# dialling codes, their English tags. The US (and .com, .io …) writes the month first.
DMY_TLDS = frozenset({"uk", "ie", "au", "nz", "za", "in", "sg", "hk", "my", "ng", "ke", "de",
                      "fr", "es", "it", "nl", "be", "pt", "dk", "se", "no", "fi", "at", "ch",
                      "pl", "cz", "gr", "br", "ar", "mx", "cl", "il", "ae"})


def day_first(*addresses: str, text: str = "") -> bool:
    """Whether the writer puts the day first: a sender whose address is in such a country
    (.co.uk, .ie, .com.au), or whose own part of the message shows it (an en-GB language
    tag, a UK, Irish or Australian phone number, a signature's legal form or place)."""
    shown = order_shown(own_part(text)) if text else None
    if shown is not None:  # "back on 22/12" shows the order whatever the address
        return shown
    for a in addresses:
        tld = a.lower().rstrip(">.").rpartition(".")[2] if a else ""
        if tld in DMY_TLDS:
            return True
    return bool(text) and dmy_signed(own_part(text))  # capture.day_numbers


def own_part(body: str) -> str:
    """The writer's own part of a message, signature kept: above the quoted history."""
    cut = _HEADER.search(body)
    text = body[:cut.start()] if cut else body
    return "\n".join(ln for ln in text[:6000].splitlines() if not ln.lstrip().startswith(">"))


MEETING = re.compile(r"\b(?:confirm(?:ing|ed)?|see you|looking forward to (?:our|the))\b[^.]*?"
                     r"\b(?:call|interview|meeting|chat|conversation|session)\b|"
                     r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b", re.IGNORECASE)
DECIDING = re.compile(r"\b(?:decid|decision|get back|hear (?:back|from)|update|let you know|"
                      r"news|outcome)", re.IGNORECASE)
BACK = re.compile(r"\b(?:back|return(?:s|ing)?|returned|in the office|re-?opens?|re-?opening)\b",
                  re.IGNORECASE)
# "out sick and need to move our call": "to" leads to a day only when one follows it
_UNTIL_DAY = (r"\s*(?:and including\s+|up to and including\s+|on\s+|the\s+|this\s+|next\s+|"
              rf"the end of\s+|after (?:the )?)?(?:\d|{WD}|{MONTH}|tomorrow|mid|end|early|late|"
              r"new year|holidays|christmas)")
# away until a day: that day is the return; away through a day (or until it "inclusive"), or
# a range of days away: the next working day is
AWAY_UNTIL = re.compile(r"\b(?:out|off|away|ooo|on (?:\w+ )?leave|closed|travell?ing|"
                        r"on holiday|on vacation|on pto|limited access|unavailable|no access|"
                        r"not (?:be )?(?:available|in the office|checking))\b"
                        r"(?:[^.;]|(?<=\d)\.(?=\d|\s?[-–])){0,60}?"
                        r"(?:\b(?:until|till|til|to|through|thru|up to)\b|"
                        rf"(?<=\d)\.?\s?[-–]|\s[-–])(?={_UNTIL_DAY})",
                        re.IGNORECASE)
# "away from 14/12 to 18/12": a leave range ends on its last day away
# a range of days ("from 12 to 16 January"): its end is the last day away; an absence that
# starts at an hour of today ("from this afternoon until Monday 18th") names only its return
_RANGE = re.compile(r"\bfrom\b(?!\s+(?:now|noon|midday|this\s+(?:morning|afternoon|evening))\b)"
                    r"[^.;]{1,30}\b(?:to|until|till|til)$|[-–]$", re.IGNORECASE)
_LAST_DAY = re.compile(r"\b(?:through|thru)\b[^.;]{0,30}$|^(?:[^.;]|(?<=\d)\.){0,30}?"
                       r"\b(?:inclusive|included)\b|^\s*(?:and|up to and) including\b",
                       re.IGNORECASE)


def writers_day(sent_at: datetime, tz: str) -> date:
    """The day the writer wrote on: the Date header's own day, in the writer's own offset
    ("back tomorrow" at 22:29 -0500 on the 8th is the 9th), else the day in `tz` (a Date at
    +0000 is as often a server's clock as a writer's)."""
    return sent_at.date() if sent_at.utcoffset() not in (None, timedelta(0)) else \
        sent_at.astimezone(ZoneInfo(tz)).date()


def back_day(body: str, sent_at: datetime, tz: str, dmy: bool = False) -> date | None:
    """The day an out-of-office says its writer is back ("back on Monday 4 January",
    "returning 1/4", "back tomorrow"), or None."""
    from followup.capture.reply_dates import DAY_FIRST

    token = DAY_FIRST.set(dmy)
    try:
        today = writers_day(sent_at, tz)
        said = sentences(new_text(body))
        for s in said:
            if BACK.search(s):
                day = pick(s, today, BACK, traps=False, ahead=True)
                if day is not None:
                    return day
        from followup.capture.reply_languages import back_day as said_back

        if (back := said_back(said, today, through=False)) is not None:
            return back  # a return in its own words first: "1月13日より順次対応いたします"
        from followup.capture.reply_languages import away_through

        if (kept := away_through(said, today, inclusive=True)) is not None:
            return kept  # "t/m vrijdag 12/2" beside "away until Friday 12/2": the exact one
        for s in said:
            if (m := AWAY_UNTIL.search(s)) is not None:
                day = pick(s[m.end() - 8:], today, traps=False)
                if day is not None:
                    through = _LAST_DAY.search(s[max(0, m.end() - 8):m.end()]) or \
                        _RANGE.search(m.group(0)) or \
                        _LAST_DAY.search(s[m.end():])
                    return add_business(day, 1) if through else day
        from followup.capture.away_said import said_back as away_day

        return said_back(said, today) or away_day(said, today)  # in another language
    finally:
        DAY_FIRST.reset(token)


def read_reply(body: str, sent_at: datetime, tz: str, parser: str = "mail-parser-reply",
               dmy: bool = False, learned: bool = True) -> Reading:
    """As `_read_reply`, with numeric dates read day first when `dmy` (a British writer).
    The learned reader (reply_model) reads only a whole message (`learned`): which part of a
    message is about which role is the rules' to say."""
    from followup.capture.reply_dates import DAY_FIRST

    token = DAY_FIRST.set(dmy)
    try:
        return _read_reply(body, sent_at, tz, parser, learned)
    finally:
        DAY_FIRST.reset(token)


def _read_reply(body: str, sent_at: datetime, tz: str, parser: str = "mail-parser-reply",
                learned: bool = True) -> Reading:
    """What one reply proposes; `sent_at` is its Date header, `tz` the application's zone.
    When in doubt it says "reply": a sentence that still promises a decision on a date, or
    puts one off, is never read as a rejection."""
    from followup.capture.gender_marks import unmarked
    from followup.capture.reply_shorthand import spelt_out

    # a link's words are not the writer's; "move to refs" is "move to references";
    # "Bewerber:in" is "Bewerberin"
    text = unmarked(spelt_out(WEB_ADDRESS.sub(" ", new_text(body, parser))))
    today = writers_day(sent_at, tz)  # "tomorrow" at 19:10 -0500 is the writer's tomorrow
    said = sentences(text)
    if AUTO_BODY.search(text):
        # a person may say they are away and still give the day ("I'm out of the office
        # until the 9th, but the team will decide by Friday"), and a system's notice that
        # says it is automated still says what it says ("Your status has changed to:
        # Finalist … This is an automated message"): only then is it read on
        rest = [s[m.end():] if (m := AUTO_BODY.search(s)) else s for s in said]
        if not any((decision_day_of(s, today) and DECIDED.search(s)) or is_rejection(s)
                   or is_offer(s) or is_next_round(s) for s in rest):
            return Reading("auto", None, next((s for s in said if AUTO_BODY.search(s)), ""))
    offer = next((s for s in said if is_offer(s)), None)
    if offer:
        return Reading("offer", None, offer)
    nxt = next((s for s in said if is_next_round(s)), None)
    from followup.capture.reply_chosen import chosen_other

    rejected = next((s for s in said if (is_rejection(s) or chosen_other(s)) and (
        decision_day_of(s, today) is None or not PROMISED.search(s))), None)
    if rejected and any(goes_on(s) and not is_rejection(s) for s in said):
        rejected = None  # "no" to one role, "still open" for this one
    if rejected and (not nxt or said.index(rejected) > said.index(nxt)):
        # "you made it to the final two … we've decided to hire the other finalist"
        return Reading("rejected", None, rejected)
    if nxt:
        return Reading("next_round", pick(nxt, today, traps=False), nxt)  # its day, if any
    from followup.capture import reply_languages as other
    from followup.capture.reply_relayed import relayed

    if not rejected and (wished := relayed(said)) is not None:  # "the client wants you"
        return Reading(wished[0], None, wished[1])

    if not rejected and (said_so := other.outcome(said)) is not None:  # another language's
        return Reading(said_so[0], None, said_so[1])
    for s in said:
        if FOLLOW_CUE.search(s):
            day = pick(s, today, FOLLOW_CUE, after=True)
            if day is not None:
                return Reading("follow_up", day, s)
    hoped: Reading | None = None
    for i, s in enumerate(said):
        if MEETING.search(s) and not DECIDING.search(s):
            continue  # "Confirming our call on Thursday at 11am ET": a meeting, no decision
        day = decision_day_of(s, today, " ".join(said[:i]))
        if day is None and DECISION_CUE.search(s):
            day = _said_after(said, i, today)
        if day is None and hoped is not None:
            day = corrected(s, today)  # "I promised you the 5th. … let's say 1/8 instead"
        if day is not None and only_given_up(s, today):
            hoped = hoped or Reading("decision", day, s)  # unless a later sentence has one
        elif day is not None:
            # "We'll decide by the 23rd. Actually, make that the 30th.": the day put in its place
            again = corrected(said[i + 1], today) if i + 1 < len(said) else None
            from followup.capture.reply_step_first import step_before

            step = step_before(text, said) if learned else None  # a step set before it
            return Reading(*(step[0], again or day, step[1]) if step else (
                "decision", again or day, s))
    if hoped is not None:
        return hoped
    if (promised := other.decision_day(said, today)) is not None:
        return Reading("decision", *promised)
    if STILL_ON.search(text):
        day = quoted_day(body, text, today)
        if day is not None:
            return Reading("decision", day, next(s for s in said if STILL_ON.search(s)))
    from followup.capture import reply_model
    from followup.capture.reply_condolence import sympathy_after_news

    if (sorry := sympathy_after_news(text)) and not reply_model.vetoed("rejected", sorry, text):
        return Reading("rejected", None, sorry)  # "Zoe will have told you. Really sorry."
    guessed = reply_model.guess(text, said) if learned else None  # words no rule knows
    if guessed is not None and not reply_model.vetoed(guessed[0], guessed[2], text):
        return Reading(guessed[0], None, guessed[2])
    from followup.capture.reply_forwarded import forwarded_letter

    if learned and (letter := forwarded_letter(body)) is not None:  # a note over the news
        news = _read_reply(letter, sent_at, tz, parser, learned=False)
        if news.outcome in ("rejected", "next_round", "offer"):
            return news
    return Reading("reply", None, said[0] if said else "")


# "Yes, still on track for that date": the day is in the message it answers
STILL_ON = re.compile(r"\b(?:still|remain\w*|we're|we are|is|are|all)\s+(?:\w+\s+)?(?:on "
                      r"(?:track|schedule|course|target)|the plan)\b|\b(?:that|the) (?:date|day|"
                      r"timeline|plan) (?:still )?(?:stands|holds|works)\b", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:from|sent|to|cc|date|subject):.*$|^\s*on\b.{0,200}\bwrote:\s*$|"
                     r"^\s*_{5,}\s*$|^\s*-{3,}.*-{3,}\s*$", re.IGNORECASE | re.MULTILINE)


def quoted_day(body: str, fresh: str, today: date) -> date | None:
    """The decision day of the quoted message a reply answers ("is that still the plan?"
    under "Yes, still on track"): the first such day of the text quoted below the reply,
    never a day already past."""
    tail = fresh.strip().splitlines()[-1] if fresh.strip() else ""
    at = body.find(tail) + len(tail) if tail and tail in body else 0
    quoted = "\n".join(ln.lstrip("> ").rstrip() for ln in body[at:at + 4000].splitlines())
    quoted = _HEADER.sub("", quoted)
    said = sentences(quoted)
    for i, s in enumerate(said):
        day = decision_day_of(s, today) or (
            _said_after(said, i, today) if DECISION_CUE.search(s) else None)
        if day is not None:
            return day
    return None
