"""Which of the days a reply names is the decision or agreed day (issues 15, 23).

Pure: text and the day the message was written (in the application's zone) in, dates out.
The days themselves are read by capture.day_phrases (`mentions`); a sentence is then read
by position (`pick`): a day given as the new one ("now the 11th") first, then a calendar
date after the cue over a counted one, a day refined after a period ("early next week,
probably Tuesday"), then the mention in the clause that carries the cue ("decide", "hear
back", "call me"), one after "by" or "before" first. Mentions that are not about the
decision are set aside: someone out until a day, a day in the past, what happened on a day,
the day of a thank-you, a pleasantry or an interview, a day given up ("had planned the
4th"). The conventions for vague days are in the README (capture section) and in
capture.day_phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from followup.capture.day_calendar import add_business
from followup.capture.day_phrases import DAY_FIRST, Mention, mentions
from followup.capture.day_text import flat as _flat

__all__ = ["DAY_FIRST", "Mention", "add_business", "clause_start", "corrected", "given_up",
           "mentions", "named_only", "only_given_up", "pick", "resolve"]

# What is proposed to the candidate is a day the writer named; the reader alone (and the
# corpus of its readings, bench/capture_eval.py) also reads a period as the day a careful
# reader would wait for ("next week" as its Friday)
_NAMED_ONLY: ContextVar[bool] = ContextVar("NAMED_ONLY", default=False)


@contextmanager
def named_only() -> Iterator[None]:
    """Within it, a period the writer gives ("next week", "within ten working days", "early
    in the new year", "w/c 4 January", "by the end of the month") is no day: the writer named
    none, and a candidate acts on the day proposed."""
    token = _NAMED_ONLY.set(True)
    try:
        yield
    finally:
        _NAMED_ONLY.reset(token)

_DEADLINE = re.compile(r"(?:\bby|\bbefore|no later than|\bon or before|\bwithin|\buntil|"
                       r"\btill|\bat the latest|\bat latest|\bno later|\bprior to)"
                       r"(?:\s+(?:the\s+)?(?:end|close|middle)\s+of)?\s*(?:the\s+)?$")
# a day that is not the decision's: someone away until it, a thing done on it, a thank-you
_TRAP = re.compile(
    r"(?:\b(?:(?:i'm|i am|i'll be|i will be|\w+'s|they're|we're|is|are|be|being) "
    r"(?:out(?! to\b)|off|back(?! (?:in touch|to you|with you)))|out of (?:the )?office|away|"
    r"travel+ing|on (?:\w+ )?(?:leave|pto)|on vacation|on holiday|ooo|return(?:s|ing)?|posted|"
    r"clos(?:es|ed|ure)(?! (?:out|off|by)\b)|shut|(?:active|valid|open|live|effective) "
    r"(?:through|thru|until|till)|"
    r"published|advertised|listed|opened|applied|submitted|interviews?|interviewing|"
    r"applications close|"
    r"meeting (?:with )?(?:the )?(?:other|last|remaining|final) (?:candidates?|applicants?)|"
    r"received|started|since|met|spoke|came in|joined|last|expir\w*|lapses?|"
    r"interviewed(?! (?:candidates|applicants|people|finalists)))\b"
    r"[^.;,!?]{0,30}$)|\b(?:interview(?:s|ing|ed)?|assessment(?:[- ]cent(?:re|er)|[- ]day)?s?|"
    r"presentations?|case stud(?:y|ies)|trial (?:day|shift)|site visits?|open days?|webinars?|"
    r"open evenings?|information sessions?|info sessions?|careers? (?:fairs?|events?))\b"
    r"[^.;,!?]{0,60}\b(?:on|from) (?:the )?$|"
    r"thank(?:s| you)(?: again)? for\b[^.;!?]{0,60}$|"
    r"\b(?:great|nice|good|lovely|a pleasure|wonderful|glad|enjoyed) (?:to )?(?:meet|see|"
    r"speak|talk|chat)\w*\b[^.;!?]{0,40}$")
_THEN = re.compile(r"\bthen\b|\bon (?:my|her|his|their|our) return\b|\bwhen (?:i|she|he|we|"
                   r"they)(?:'m|'re| am| are| is|'s)? back\b|\bonce (?:i|she|he|we|they)"
                   r"(?:'m|'re| am| are| is|'s)? back\b", re.I)
_LATEST = re.compile(r",?\s*at the (?:very )?latest\b")
_WAS = re.compile(r"\b(?:had (?:hoped|planned|expected|intended|wanted|aimed)|(?:we|i|they)"
                  r"(?: |'d )(?:hoped|planned|intended|aimed|wanted)|(?:was|were) (?:hoping|"
                  r"planning|aiming|expecting|going to)|(?:target|plan|aim|date|deadline) was|"
                  r"originally|initially|(?:was|were) (?:supposed|meant|planned|due|scheduled)|"
                  r"at first)\b"
                  r"(?:(?!\b(?:but|however|now|instead)\b)[^.;!?]){0,70}$")
_NOW = re.compile(r"\b(?:now|instead(?! of)|rather(?! than)|make (?:that|it)|moved (?:it |this |"
                  r"things )?(?:back )?to|pushed (?:it |this |things )?(?:back |out )?(?:to|until)|"
                  r"slip(?:s|ped|ping)? (?:back )?(?:to|until)|moving (?:it |this )?(?:back )?to|"
                  r"more like|closer to|realistically|more realistically|i mean|i meant|"
                  r"(?:should|ought to) (?:have )?(?:said|read|be)|correction|"
                  r"(?:or|and) rather|in reality|"
                  r"postponed (?:to|until)|delayed (?:to|until)|new (?:date|timeline|target)|"
                  r"revised|updated)\b[^.;!?,]{0,40}$")
_INSTEAD = re.compile(r"\s*,?\s*(?:instead|now)\b(?! of\b)")
# a slip put right in the same breath: "by Friday 5/3 - sorry, Thursday 4/3", "the 12th
# (oops, the 15th)"
_OOPS = re.compile(r"[-–—,;(]\s*(?:sorry|oops|whoops|my mistake|my bad|scratch that|i mean|"
                   r"i meant)\s*[,:\-–—]?\s*(?:i mean\s+|make (?:that|it)\s+)?(?:the\s+)?$",
                   re.IGNORECASE)


_DELAYED = re.compile(r"(?:pushed|moved|put|set|delayed|postponed|slip)")


def _changed(t: str, m: Mention) -> bool:
    """A day given in place of another: after "now", "moved to", "make it", "realistically"
    or before "instead" ("let's say 1/8 instead")."""
    return _NOW.search(t, max(0, m.start - 40), m.start) is not None or bool(
        _INSTEAD.match(t, m.end)) or _OOPS.search(t, max(0, m.start - 30), m.start) is not None


def corrected(text: str, today: date) -> date | None:
    """The day a sentence gives in place of one said before, though it has no word of a
    decision ("I need a couple more days, so let's say 1/8 instead"), or None."""
    t = _flat(text)  # the last day put in place ("correction: Monday's a holiday, so Tuesday")
    return next((m.day for m in reversed(mentions(t, today)) if m.day >= today
                 and not (m.vague and _NAMED_ONLY.get())
                 and not _trapped(t, m) and _changed(t, m)), None)


_REFINED = re.compile(r"(?:probably|likely|ideally|say|perhaps|possibly|hopefully|i\.?e\.?|"
                      r"that is|specifically|realistically)[,:]?\s*(?:on\s+|by\s+)?$")
# a period narrowed to a day after it: "…, so Friday 15th", "…, Friday 15th realistically"
_SO = re.compile(r"(?:,|\s[-–—])?\s*so\s+(?:on\s+|by\s+)?$")
_HEDGED = re.compile(r",?\s*(?:realistically|probably|most likely|likely|ideally|hopefully)\b")
# ("as" before a day names that day, "confirmed as Monday 5 April": no clause starts there)
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|so|while|although|though|because|"
                     r"as(?!\s+(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|\d))|"
                     r"since|once|after|when|then)\b")




# an appointment: a day booked for something, or given with its hour ("Tuesday 9 March,
# 2pm"), unless it is a deadline ("by Friday at 5pm")
_BOOKED = re.compile(r"\b(?:confirmed|booked|scheduled|arranged|pencil+ed in|reserved|holding|"
                     r"held)(?:\s+(?!by\b|until\b)\w+){0,3}?\s+(?:for|on)\s*(?:the\s+)?$|"
                     # "to arrange a call on 6 January": a meeting set up, not the answer
                     r"\b(?:arrange|schedule|book|set up|organi[sz]e|fix|plan|find time for) "
                     r"(?:a|an|the|our|your)\s+(?:\w+\s+)?(?:call|meeting|chat|conversation|"
                     r"catch-?up|interview|session)\s+(?:on|for)\s*(?:the\s+)?$")
_HOUR = re.compile(r",?\s*(?:at|@|from|um|à|kl\.?|,)?\s*(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|"
                   r"\d{1,2}[:.]\d{2}\b|\d{1,2}\s?h(?:\d{2})?\b|\d{1,2}\s?uhr\b|noon\b)")


# the candidate's own deadline or first day: "let us know your decision by Friday", "sign and
# return by", "a start date of 4 January"
_THEIRS = re.compile(r"\b(?:let (?:us|me) know|your (?:decision|"
                     r"answer|response|availability|preference|acceptance)|(?:please|kindly|"
                     r"you(?:'ll| will)? (?:need|have) to|could you|can you|would you|request "
                     r"you to) (?:\w+ ){0,3}?(?:sign|return|complete|submit|accept|upload|send|"
                     r"close|confirm|reply|respond|revert|select|choose|pick|book|schedule|provide|"
                     r"share|fill|register|indicate)\w*|you have (?:until|till)|(?:hear|heard) "
                     r"(?:back )?from you|for (?:your )?acceptance|"
                     # the answer wanted of the candidate: "they'd love an answer by Weds"
                     r"(?:'d|would) (?:love|like|appreciate|need) (?:an?|your) (?:answer|"
                     r"response|reply|decision)|"
                     # the deadline of the candidate's own task: "the deadline for the
                     # written exercise is Thursday", "the take-home is due Monday"
                     r"(?:deadline|due date|submission date|cut-?off(?: date)?|hand-?in date) for "
                     r"(?:accepting|signing|returning|responding|replying|confirming|completing|"
                     r"submitting|sending|uploading|your (?:acceptance|response|reply|decision)|"
                     r"(?:the|your) (?:[\w-]+ ){0,3}?(?:exercise|task|take-home|assignment|"
                     r"assessment|test|case study|presentation|portfolio|forms?|documents?|"
                     r"references?|work sample|challenge|project))|(?:exercise|task|take-home|"
                     r"assignment|case study|presentation|portfolio|challenge) (?:is|are) due|"
                     r"start(?:ing)? (?:date|on)|join(?:ing)? (?:us|the team) on|(?:your|a) first "
                     r"day|(?:date of |your )joining|joining date|onboarding|induction)\b"
                     r"[^.;!?]{0,50}$")


# a call set for a day to talk something through ("Ben will call you tomorrow to go over the
# details", "I'll ring you Friday to walk you through the package") is a meeting, not the day
# of the answer, unless the call brings it ("call you Friday with an update", "to let you know")
_CALL_BEFORE = re.compile(r"\b(?:call|ring|phone|speak (?:to|with)|talk (?:to|with)|catch up "
                          r"with|meet)\b(?:\s+\w+){0,3}?\s*(?:on|at)?\s*(?:the\s+)?$", re.I)
_TALK_THROUGH = re.compile(r"[^.;!?]{0,30}?\bto\s+(?:go (?:over|through)|talk (?:you )?"
                           r"(?:through|about)|walk (?:you )?through|run (?:you )?through|discuss|"
                           r"chat (?:about|through)|introduce)\b", re.I)
_NEWS = re.compile(r"\b(?:updates?|decisions?|news|outcome|feedback|results?|let you know|either "
                   r"way|answer|verdict)\b", re.I)


def talk_day(t: str, m: Mention) -> bool:
    """The day of a call to talk something through, which brings no news of its own."""
    lo, hi = _clause_bounds(t, m.start)
    return bool(_CALL_BEFORE.search(t, lo, m.start) and _TALK_THROUGH.match(t, m.end)
                and not _NEWS.search(t, lo, max(hi, m.end + 60)))


# "once we've debriefed on Friday", "after the panel on the 8th", "after Friday": the answer
# comes after that day, on one the writer does not name
_AFTER_STEP = re.compile(r"\b(?:once|after)\b[^.;!?,]{0,40}$")
# "after that", "after this": a step named before, not in the words up to the day
_BACK_THERE = re.compile(r"(?:once|after)\s+(?:that|this|then)\b(?!\s+(?:call|meeting|"
                         r"interview|round|panel|chat|session)\b)")


# a step the sentence puts before the decision: "before we decide, …", "before making a final
# decision, …": a day after it is the step's (a deadline after it is still the decision's)
_BEFORE_DECIDING = re.compile(r"^[^.;!?]{0,15}?\bbefore (?:(?:we|they|i|the \w+) (?:\w+ ){0,2}?"
                              r"(?:decide|make)|(?:deciding|making)|(?:a|any|the|our) (?:final )?"
                              r"(?:decision|call))\b[^.;!?]*?,")


# the employer's answer passed on by a go-between: "she'll let me know by Thurs 4/2", "the
# client has promised to let us know by Friday" (not the candidate's: "please let me know")
_RELAYED = re.compile(r"\b(?!you\b|please\b|pls\b|kindly\b|can\b|could\b)[\w-]+(?:'ll| will| "
                      r"should| (?:is|are) going to|'s going to| (?:has |have )?promised to) "
                      r"(?:\w+ )?let (?:me|us) know\b[^.;!?]{0,50}$")


def _theirs(t: str, lo: int, at: int) -> bool:
    """A deadline of the candidate's before `at`, unless a go-between's answer to come."""
    return _THEIRS.search(t, lo, at) is not None and _RELAYED.search(t, lo, at) is None


def _trapped(t: str, m: Mention) -> bool:
    step = _AFTER_STEP.search(t, max(0, m.start - 45), m.start)
    if step and not _CLAUSE.search(t, step.start() + 5, m.start) and not (
            _BACK_THERE.match(t, step.start()) and _DEADLINE.search(t, max(0, m.start - 30),
                                                                    m.start)):
        return True  # "after X - so say 1/8"; not "after that we'll decide by Friday 19/2"
    if (first := _BEFORE_DECIDING.search(t, 0, m.start)) and not _DEADLINE.search(
            t[max(first.end(), m.start - 30):m.start]):
        return True  # "before we decide, we'd like you to meet our CFO on Tuesday"
    lo = _clause_bounds(t, m.start)[0]
    seg = t[max(lo, m.start - 60):m.start]
    trap = _TRAP.search(seg)
    if trap and not ((now := _NOW.search(seg)) and now.start() > trap.start()):
        return True  # "on holiday leave, it's now looking like the 11th": the new day
    if _BOOKED.search(t[lo:m.start]) or talk_day(t, m) or _MOVED_TO.search(
            t, max(0, m.start - 70), m.start):
        return True
    if _theirs(t, max(lo, m.start - 60), m.start):
        return True
    return bool(_HOUR.match(t, m.end) or _SLOT.match(t, m.end)) and not _DEADLINE.search(
        t[max(0, m.start - 30):m.start])


# a meeting moved to a day: "your interview has been moved to Thursday", "we need to push the
# call to the 9th" (a decision moved is not: "the panel's decision has been pushed to Friday")
_MEETING = (r"(?:interview|call|meeting|chat|panel|slot|session|onsite|on-site|visit|assessment|"
            r"presentation|conversation)s?\b")
_SHIFT = (r"(?:moved|mov(?:e|ing)|rescheduled|reschedul(?:e|ing)|push(?:ed|ing)?|changed|"
          r"chang(?:e|ing)|brought forward|postponed|shift(?:ed|ing)?|switch(?:ed|ing)?|"
          r"swapp?(?:ed|ing)?|bump(?:ed|ing)?)")
_MOVED_TO = re.compile(rf"(?:\b{_MEETING}(?:(?!decision|decid|outcome|feedback|answer)"
                       rf"[^.;!?]){{0,25}}?\b{_SHIFT}|\b{_SHIFT} (?:your|the|our|this|that|"
                       rf"tomorrow's) (?:[\w-]+ ){{0,2}}?{_MEETING})(?: (?:back|forward|out))? "
                       r"(?:to|until|till|for)\s+(?:the\s+)?$", re.I)


# a day that names a booking: "the Thursday slot", "Friday's interview"
_SLOT = re.compile(r"(?:'s)?\s+(?:slot|interview|appointment)s?\b", re.I)


def clause_start(text: str, at: int) -> int:
    """Where the clause of the text's position `at` starts (the text as written)."""
    return _clause_bounds(text.lower(), at)[0]


def _clause_bounds(t: str, at: int) -> tuple[int, int]:
    starts = [b.end() for b in _CLAUSE.finditer(t) if b.end() <= at]
    ends = [b.start() for b in _CLAUSE.finditer(t) if b.start() >= at]
    return (max(starts, default=0), min(ends, default=len(t)))


def pick(text: str, today: date, cue: re.Pattern[str] | None = None,
         after: bool = False, traps: bool = True, ahead: bool = False,
         before: str = "") -> date | None:
    """The day a sentence gives for what `cue` names: a mention in the cue's clause first
    (one after "by", "before", "within" first), then any in the sentence (with `ahead`, only
    one after the cue: "on leave 11/01 - 15/01 and will reply on my return" names no return
    day); never a day in the past (or today, with `after`), nor (with `traps`) one someone
    is away until or something happened on. `before`: the sentences before it, where the day
    "the following Monday" follows is named. Within `named_only`, when what the sentence
    gives is a period, no day."""
    chosen = _chosen(text, today, cue, after, traps, ahead, before)
    return None if chosen is None or (chosen.vague and _NAMED_ONLY.get()) else chosen.day


def _chosen(text: str, today: date, cue: re.Pattern[str] | None, after: bool, traps: bool,
            ahead: bool, before: str) -> Mention | None:
    t = _flat(text)
    cue_at = cue.search(t) if cue is not None else None
    keep: list[Mention] = []
    held: list[Mention] = []
    said = mentions(t, today, before)
    # "due on the 13th, delayed by two days": the delay, counted from the day before it,
    # replaces that day
    moved = {said[i - 1].start for i in range(1, len(said)) if _DELAYED.match(t, said[i].start)}
    for m in said:
        if m.day < today or (after and m.day == today) or m.start in moved:
            continue
        if traps and _trapped(t, m):
            held.append(m)
            continue
        keep.append(m)
    if not keep and cue_at and _THEN.search(t[cue_at.start():]):
        # "I'm out until the 4th and will decide then", when no other day is given; never the
        # candidate's own deadline ("let me know by Monday; we'll then confirm")
        keep = [m for m in held if not _theirs(t, max(0, m.start - 60), m.start)]
    if not keep:
        return None
    # "we had hoped to decide by the 4th, but it will now be the 11th": the new day wins
    was = [m for m in keep if given_up(t, m)]
    if was and len(was) < len(keep):
        keep = [m for m in keep if m not in was]
    # "the committee will meet on 1/20 … and I will get back to you by 1/22": the day a body
    # meets is a step before the answer when the sentence names another day
    meets = [m for m in keep if meeting_day(t, m, waited=True)]
    if meets and len(meets) < len(keep):
        keep = [m for m in keep if m not in meets]
    if any(m.day == today for m in keep) and any(m.day > today for m in keep):
        # "we're debriefing tonight and I'll have a decision for you tomorrow": what happens on
        # the message's own day is a step before the answer a later day brings
        keep = [m for m in keep if m.day > today]
    now = [m for m in keep if _changed(t, m)]
    if now:  # "correction: Monday is a holiday, so realistically by Tuesday": the last word
        return now[-1]
    # "w/c 14th December, by the 18th at the latest": the day held to, unless a calendar
    # date restates it ("two weeks from today at the latest, on December 18")
    latest = [m for m in keep if _LATEST.match(t, m.end)]
    if latest and not any(m.absolute and m.start > latest[-1].start for m in keep):
        return latest[-1]
    narrowed = [m for m in keep if not m.vague and any(v.vague and v.end <= m.start for v in keep)
                and (_SO.search(t, max(0, m.start - 12), m.start) or _HEDGED.match(t, m.end))]
    if narrowed:  # "by the end of next week, so Friday 15th realistically": the day named
        return narrowed[0]
    refined = [m for m in keep if (cue_at is None or m.start >= cue_at.start())
               and _REFINED.search(t, max(0, m.start - 20), m.start)]
    if refined:  # "the week of 12/14, most likely Wednesday 12/16": the narrower day
        return refined[0]
    dated = [m for m in keep if m.absolute and (cue_at is None or m.start >= cue_at.start())]
    if dated:  # "within two weeks, by December 18": the calendar date is the precise one
        return dated[0]
    if cue_at is None:
        return _firm(t, keep)
    latest = [m for m in keep if m.start >= cue_at.start() and (
        _LATEST.match(t, m.end) or _REFINED.search(t, max(0, m.start - 20), m.start))]
    if latest:  # "in a day or two, by Tuesday at the latest"; "early next week, probably Tuesday"
        return latest[0]
    lo, hi = _clause_bounds(t, cue_at.start())
    near = [m for m in keep if m.start < hi and m.end > lo]
    if near:
        return _firm(t, near)
    later = [m for m in keep if m.start >= cue_at.start()]  # the clauses after the cue's
    if ahead and not later:
        return None
    return _firm(t, later or keep)


# "I know I said we'd have news by 12/18, but …": a day said before and taken back
_SAID = re.compile(r"\b(?:i|we)(?: \w+)? (?:said|mentioned|told you|promised|indicated|estimated|"
                   r"suggested)\b[^.;!?]{0,70}$")
# "rather than the 11th", "instead of Friday", "no longer the 9th": a day put aside
_NOT_THIS = re.compile(r"\b(?:rather than|instead of|not|no longer)\s+(?:on\s+|by\s+)?(?:the\s+)?"
                       r"(?:this\s+|next\s+)?$")
# "the 13th is no longer realistic", "Friday won't work": a day the writer gives up after it
_NO_LONGER = re.compile(r"\s*(?:is|was|looks|seems)?\s*(?:no longer|not (?:going to|realistic|"
                        r"possible|happening|feasible|achievable)|n't (?:going to|realistic|"
                        r"possible|happening|feasible)|won't (?:work|happen|be possible)|"
                        # "… by 18/12 as originally planned": the plan the sentence gives up
                        r",?\s*as (?:originally|initially|first|previously) (?:planned|hoped|"
                        r"intended|expected|promised|scheduled|indicated|advised|said))\b")
_BUT = re.compile(r"[^.;!?]{0,40}?\b(?:but|however|though|unfortunately|sadly)\b")


def given_up(t: str, m: Mention) -> bool:
    """A day the writer had hoped or planned for and gives up ("we'd originally planned
    to come back to everyone by the 11th"), one they said before and take back ("I told
    you Friday, but …"), or one put aside ("rather than the 11th")."""
    if _NOT_THIS.search(t, max(0, m.start - 25), m.start) or _NO_LONGER.match(t, m.end):
        return True
    return _WAS.search(t, max(0, m.start - 80), m.start) is not None or (
        _SAID.search(t, max(0, m.start - 80), m.start) is not None
        and _BUT.match(t, m.end) is not None)


# "the board meets Thursday 28/1 to sign off headcount": the day a body meets, not one waited
# for ("until the panel meets on the 8th")
# (or acts on it: "the board signs off on Thursday", "the decision at its meeting on 9 December")
_MEETS = re.compile(r"\b(?:meets?|convenes?|sits|is meeting|are meeting|signs? off|signing off|"
                    r"(?:at|in) (?:its|their|our|the|a|next) (?:[\w-]+ )?meeting)\b(?: again)?"
                    r"[^.;!?]{0,20}$")
_WAITS = re.compile(r"\b(?:until|till|til|after|once|when)\b[^.;!?]{0,40}$")


def meeting_day(t: str, m: Mention, waited: bool = False) -> bool:
    """The day a board, panel or committee meets: a step before the decision (with `waited`,
    also one the writer waits for: "until the panel meets on the 8th")."""
    meets = _MEETS.search(t, max(0, m.start - 40), m.start)
    return meets is not None and (waited or not _WAITS.search(t, max(0, meets.start() - 60),
                                                                meets.start()))


# "we can't sign off until the 14th", "Walt is away til the 4th": a day waited for, before the
# answer; "as I mentioned / I promised you an answer by the 5th": a day said before
_UNTIL = re.compile(r"\b(?:until|till|til|once|after)\s+(?:[^.;!?,]{0,40}\bon\s+)?"
                    r"(?:the\s+)?$")
_RECALLED = re.compile(r"\b(?:i|we)(?: \w+)? (?:said|mentioned|told you|promised|indicated|"
                       r"estimated|suggested)\b[^.;!?,]{0,70}$")


def step_day(t: str, m: Mention) -> bool:
    """A day the answer waits for (a body meets on it, someone is away or busy until it), or
    one the writer said before: a later sentence's day is the answer's."""
    return (meeting_day(t, m, waited=True) or _UNTIL.search(t, max(0, m.start - 60), m.start)
            is not None or re.match(r"(?:until|till|til)\b", t[m.start:m.end]) is not None
            or _RECALLED.search(t, max(0, m.start - 80), m.start) is not None)


def only_given_up(text: str, today: date) -> bool:
    """Every day the text names from today on is one given up, someone's time away or only
    a step before the answer (the day a panel meets, a day waited until): a later sentence's
    day, if any, is the one that holds
    ("we had hoped to decide by the 11th. I'll let you know by the 21st"; "the board meets
    Thursday to sign off headcount. I'll come back to you on Friday")."""
    t = _flat(text)
    found = [m for m in mentions(t, today) if m.day >= today]
    return bool(found) and all(_trapped(t, m) or given_up(t, m) or step_day(t, m)
                               for m in found)


def _firm(t: str, found: list[Mention]) -> Mention:
    """One after "by", "before", "within" first, else the first."""
    firm = [m for m in found if _DEADLINE.search(t[max(0, m.start - 30):m.start])
            or re.match(r"(?:within|by|before) ", t[m.start:m.end])]
    return (firm or found)[0]


def resolve(text: str, today: date) -> date | None:
    """The first day a text names that is not set aside, relative forms read from `today`."""
    return pick(text, today)
