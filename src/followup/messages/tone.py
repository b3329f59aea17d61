"""The tone check: what a careful recruiter would wince at, each with its rule and a fix.

M5: never hostile, pushy, guilt-tripping or desperate, even after a long silence. T5: a
thank-you is brief and no second pitch. M1: a follow-up says who is writing, for which role
and since which interview. M2: an agreed follow-up says it was agreed, and when. M4: a
voicemail says the number twice. Pure functions over text: no I/O, no templates.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from followup.messages.tone_regex import rx

_Q = "['’]"  # straight or curly apostrophe
_S = r"[^.!?\n]"  # within one sentence

# (category, pattern, suggestion). Every pattern is matched case-insensitively.
_M5: tuple[tuple[str, str, str], ...] = (
    ("demand", r"\bI (?:demand|insist)\b(?! (?:a lot|much|the best|high standards|more) (?:of|"
     r"from) myself)", "Ask instead of demanding: “Could you let me know…”."),
    ("demand", r"(?<!feel )(?<!if )\byou (?:must|need to|have to|should) "
     r"(?:respond|reply|answer|get back|call|contact|let me know|tell me|decide|give me|make)\b",
     "Ask instead of telling them what to do: “I’d be grateful to hear…”."),
    ("demand", r"\bI (?:expect|require|want) (?:a|an|your|some) (?:answer|reply|response|"
     r"decision|update|call|explanation)\b", "Say you would appreciate news, not that you "
     "expect it."),
    ("demand", r"\bI need (?:a|an|your|some) (?:answer|reply|response|decision|update)\b|"
     r"\bI need to know\b", "Say you would be glad to hear, not that you need to."),
    ("demand", r"(?<!to )(?<!can )(?<!will )(?<!ll )"  # "glad to answer today" is an offer
     r"\b(?:respond|reply|answer|call me|get back to me|write back|let me know)\b"
     rf"{_S}{{0,20}}\b(?:immediately|right away|at once|today|tonight|asap)\b|"
     r"(?<!an )(?<!my )(?<!better )"  # "a better answer now" is a noun
     r"\b(?:respond|reply|answer|call me|write back)(?: me)? (?:right )?now\b",
     "Leave the timing to them: “whenever you have a moment”."),
    ("pushy", r"\bASAP\b|(?<!let you know )(?<!tell you )(?<!inform you )\bas soon as possible\b",
     "Drop the rush: “when you have a moment”."),
    ("ultimatum", rf"\bif I (?:do not|don{_Q}t|have not|haven{_Q}t) (?:hear|heard|receive|"
     r"received|get|gotten)\b(?=[^.!?\n]*\b(?:withdraw|accept (?:the|an|another|their)|take "
     r"(?:the|another|their|it as|that as|this as)|go with|move on|call (?:you|again|every)|come"
     r"|drop by|visit|contact|escalate|assume (?:that )?you|pull out))", "No conditions or "
     "deadlines: ask once, politely, and leave it with them."),
    ("ultimatum", rf"\bor else\b|\botherwise,? I(?: will|{_Q}ll)\b"
     r"(?! (?:touch base|check (?:back|in)|follow up|"
     rf"wait|be in touch|get in touch|keep an eye|look out)\b)|\bor I(?: will|{_Q}ll)\b",
     "Remove the threat; a follow-up only asks."),
    ("ultimatum", r"\b(?:last|final) (?:chance|warning|notice|reminder)\b",
     "Remove the ultimatum; a follow-up only asks."),
    ("ultimatum", r"\b(?:if|unless|otherwise|or|until)\b[^.!?\n]{0,80}?"  # a condition
     rf"\bI(?: will|{_Q}ll| am going to|{_Q}m going to)(?: have to)? "
     r"(?:withdraw|go elsewhere|look elsewhere|take (?:my|this|it|the matter) (?:\w+ )?"
     r"(?:elsewhere|further)|escalate|report|complain|leave a review)\b",
     "No threats. If you do decide to withdraw, say so plainly and kindly."),
    ("ultimatum", r"\b(?:contact|call|email|complain to|go to|escalate to|speak to) your "
     r"(?:manager|boss|supervisor|superior|ceo)\b", "Never go over their head; ask them "
     "directly and politely."),
    ("ultimatum", r"(?<!needs an )(?<!need to )(?<!have to )(?<!must )(?<!my )(?<!an )"  # owed
     r"(?<!asked to )(?<!asked me to )(?<!could you )(?<!would you )"
     r"\b(?:respond|reply|answer|hear back|get back to me|let me know)\b"
     rf"{_S}{{0,25}}\bby (?:the end of|tomorrow|tonight|today|close of business|eod|cob|"
     r"monday|tuesday|wednesday|thursday|friday|noon|\d)", "Don’t set them a deadline."),
    ("repeat", r"\bas I (?:have )?(?:already|previously) (?:said|mentioned|stated|told you|"
     r"explained|written|wrote|noted|asked)\b|\bas (?:previously|already) (?:said|mentioned|"
     r"stated|discussed|explained|noted)\b", "Say it afresh without pointing back to it."),
    ("repeat", r"\b(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|"
     r"letter|call|voicemail)\b", "Leave out the pointer to your last message; just ask."),
    ("repeat", rf"\bI(?: have|{_Q}ve) already (?:told|asked|explained|written|emailed|"
     r"called|left|contacted|reached out|followed up)\b", "Don’t count your attempts; "
     "simply ask again in fresh words."),
    ("repeat", r"\b(?:for|this is) the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
     r"umpteenth|nth) time\b|\b(?:several|many|multiple|numerous|countless|repeated) "
     r"(?:emails|messages|voicemails|calls|attempts)\b|\byet again\b|\bagain and again\b|"
     r"\brepeatedly\b|\b(?:called|written|emailed|phoned|tried|contacted you|reached out|"
     r"left messages) (?:you )?(?:several|many|multiple|numerous|countless|a few|a number of|"
     r"two|three|four|\d+) times\b",
     "Don’t count your attempts; each message stands on its own."),
    ("impatience", rf"\bstill waiting\b|\bI(?: have|{_Q}ve) been waiting\b"
     rf"(?! to (?:hear|see) about)|\b(?:I am|I{_Q}m) waiting (?:for|on) (?:your|a|an|some)\b",
     "Say what you would like to know, not how long you have waited."),
    ("impatience", rf"\bstill (?:haven{_Q}t|have not|hasn{_Q}t|has not|didn{_Q}t|did not|"
     rf"don{_Q}t|do not) (?:heard|received|gotten|got|had|hear|know)\b|\bstill no "
     r"(?:reply|response|answer|word|news|call|update|decision)\b",
     "Leave their silence out; ask about the next steps instead."),
    ("impatience", rf"(?<!if I )\b(?:haven{_Q}t|have not|never) (?:heard|received|gotten|got) "
     r"(?:anything|a thing|a word|a single|any (?:reply|response|answer|word|news|update|"
     r"feedback))\b", "Leave their silence out; ask about the next steps instead."),
    ("impatience", rf"\b(?:no one|nobody|no-one)(?: has| had|{_Q}s)? (?:bothered|responded|"
     r"replied|answered|called|gotten back|got back|returned|contacted)\b|"
     rf"\byou (?:never|haven{_Q}t|have not|didn{_Q}t|did not) (?:replied|reply|responded|"
     r"respond|answered|answer|gotten back|got back|called|call|returned|bothered)\b",
     "Don’t reproach them for not answering; they may still be deciding."),
    ("impatience", rf"\bwhy (?:haven{_Q}t|hasn{_Q}t|have you not|has no one|has nobody|"
     rf"didn{_Q}t|did you not|don{_Q}t|won{_Q}t|is it taking|does it take|is this taking)\b|"
     rf"\bwhat(?:{_Q}s| is) taking\b|\btaking (?:so|this|far too|way too) long\b|"
     r"\b(?:so|this) long to (?:reply|respond|answer|decide|hear)\b",
     "Ask where things stand rather than why it takes long."),
    ("impatience", rf"\bit(?:{_Q}s| has) been (?:\d+|two|three|four|five|six|several|many) "
     r"(?:days|weeks|months)(?: now)?(?: and| without| with no)\b",
     "Leave the count of days out."),
    ("guilt", r"\bthe least you could do\b|\bcommon (?:courtesy|decency)\b|\b(?:basic|simple) "
     r"(?:courtesy|decency|respect|manners)\b|\byou owe me\b|\bI deserve\b|\bshame on\b|"
     r"\bhow dare\b", "No guilt-tripping: thank them and ask simply."),
    ("guilt", r"\b(?:rude|disrespectful|unprofessional|unacceptable|insulting|ridiculous|"
     r"pathetic|outrageous|appalling|incompetent|shameful)\b",
     "Keep judgements of them out of it; it can only hurt you."),
    ("guilt", r"\b(?:wasted|waste of|wasting) (?:my|our) time\b|\bwaste of time\b|"
     r"\bafter all (?:the|my) (?:time|effort|work|trouble)\b|\bI (?:took|had to take) "
     r"(?:a |the |an )?(?:day|time|afternoon|morning|hours?|leave) off\b",
     "Don’t weigh what it cost you; it reads as a reproach."),
    ("guilt", r"(?<!please )(?<!just )(?<!can )\bignor(?:e|ed|es|ing)\b(?! (?:the|that|my "
     r"(?:previous|last|earlier) (?:message|email|note)|it)\b)|\bghost(?:ed|ing)\b|"
     r"\bblack hole\b|"
     r"\bdisappointed (?:in|by|with) (?:you|your|the (?:lack|silence|way))\b",
     "Don’t accuse them of ignoring you; ask about the next steps instead."),
    ("guilt", r"\b(?:do|does) (?:you|anyone|anybody) (?:even )?(?:care|read)\b|\bwould it "
     r"(?:kill|hurt) (?:you|anyone)\b|\btoo busy to\b|\bI guess (?:you|my|no one|nobody|"
     rf"I{_Q}m not)\b|\bit would (?:have been|be) (?:nice|polite|courteous|professional) "
     r"(?:to|if)\b", "Drop the sarcasm; a plain, friendly question works better."),
    ("desperate", r"\bdesperate(?:ly)?\b|\bbeg(?:ging)?\b|\bplead(?:ing)?\b|\bplease,? please\b",
     "Stay composed: interested, not desperate."),
    ("desperate", r"\bI (?:really |truly |badly |so )?need (?:this|the|a) (?:job|position|role|"
     rf"work|offer)\b|\bI(?:{_Q}ll| will| would) (?:do|take|accept) (?:anything|any (?:job|"
     r"position|role|salary|offer))\b|\bplease (?:just )?(?:hire|choose|pick) me\b|"
     r"\bplease (?:just )?give me (?:a|the|this|one more) (?:chance|job|position|role)\b",
     "Say why the role interests you, not how much you need it."),
    ("desperate", rf"\b(?:my|the) (?:last|only) hope\b|\bI can(?:not|{_Q}t) afford\b|\bcounting"
     rf" on you\b|\bI(?:{_Q}ll| will| would| am willing to|{_Q}m willing to) work for "
     r"(?:free|nothing|less|any)\b", "Stay composed: interested, not desperate."),
    ("pushy", r"\burgently\b|(?<!if )\b(?:this|it|the matter|matter) is urgent\b|"
     r"\burgent(?=[^.!?\n]{0,30}\b(?:reply|response|answer|update|decision|news|attention|"
     rf"matter)\b)|(?<!if )(?<!if it )\b(?:is|it{_Q}s|it is) urgent(?! for)\b|"
     r"(?<!any )(?<!no )(?<!not in a )\bhurry\b|"
     r"\bchas(?:e|ing) (?:this|you|it|up)\b|"
     r"\b(?:follow(?:ing)?|check(?:ing)?) (?:up |in )?(?:once again|one more time)\b|"
     r"\b(?:another|one more|friendly|gentle|quick|final) reminder\b|"
     r"\bmake up your mind\b|\bwhen (?:will|are) you (?:going to )?(?:decide|respond|reply|"
     r"call|get back|let me know|make)\b",
     "Lower the pressure: one friendly question about the next steps is enough."),
    ("pushy", rf"\bI(?:{_Q}m| am) (?:tired|sick) of\b|\bfed up\b|\benough is enough\b|"
     rf"\bdon{_Q}t (?:keep me waiting|make me wait)\b", "Keep frustration out of it; it can "
     "only hurt you."),
)

_PITCH = rx(
    r"(?<!grow )(?<!develop )(?<!build )(?<!improve )(?<!stretch )(?<!broaden )"
    r"\bmy (?:qualifications|skills|strengths|track record|accomplishments|achievements|"
    r"expertise|credentials|experience (?:in|with|as))\b|\b(?:best|perfect|ideal|strongest|"
    r"top) (?:candidate|person|fit)\b|\byears of (?:experience|expertise)\b|\bas (?:you can "
    r"see|my (?:resume|résumé|cv) shows)\b|\bI(?: am|{q}m) (?:confident|certain|sure) (?:that )?"
    r"I (?:can|could|would|will)\b|\b(?:let me|allow me to|I{q}d like to|I would like to) "
    r"(?:remind you|reiterate|highlight|emphasi[sz]e)\b".replace("{q}", _Q), re.IGNORECASE)
_AGREED = rx(
    r"\b(?:agreed|as (?:we )?discussed|as arranged|as planned|you suggested|as you suggested|"
    r"you asked me to|you invited me to|we arranged|we said)\b", re.IGNORECASE)
_CAPS = rx(r"\b[A-Z][A-Z'’]+\b(?:[ \t]+\b[A-Z][A-Z'’]+\b)*")
_PUNCT = rx(r"[!?]*(?:!!|\?\?|!\?|\?!)[!?]*")
_WORD = rx(r"[\w'’-]+")
_SLOT = rx(r"\[[a-z][a-z'’ ,-]{4,60}\]")  # a placeholder still to fill in



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitals that are names of things, not shouting.
ACRONYMS = _words("""
AI API APIS AWS AZURE BA BI BS BSC CEO CFO CIO COO CPA CRM CSS CTO CV DEI EMEA EOD ERP ETL EU
GCP GDPR GPA HR HTML HIPAA II III IOS IT JSON KPI KPIS LLC LTD MA MBA ML MS MSC NASA NYC OK
PDF PHD PHP PM QA ROI SAAS SAP SDK SEO SQL SRE TV UI UK UN US USA UX VP PST EST CET GMT UTC
AM PS NB RE FYI OKR OKRS B2B B2C DC LA SF IBM SAS SPSS NLP GPU
""")
SHOUTING = _words("""
NOW WHY YOU NOT ANY NO ME MY NEED PLEASE STILL EVER NEVER REALLY VERY HAVE WAIT ANSWER REPLY
""")

_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty")


class _Record:
    """An immutable record: what a frozen dataclass gives, without importing `dataclasses`
    (it and `inspect` would be a third of `followup check -`'s start-up, issue 24)."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({inner})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")


class Finding(_Record):
    __slots__ = ("rule", "phrase", "suggestion", "category")  # noqa: RUF023 - the fields' order
    rule: str
    phrase: str
    suggestion: str
    category: str

    def __init__(self, rule: str, phrase: str, suggestion: str, category: str) -> None:
        for name, value in zip(self.__slots__, (rule, phrase, suggestion, category),
                               strict=True):
            object.__setattr__(self, name, value)


class Expect(_Record):
    """What a message for a given step must or must not do, beyond M5."""

    __slots__ = ("thank_you", "reminders", "name", "role", "interview_day", "agreed",  # noqa: RUF023
                 "agreed_day", "agreed_days", "voicemail_number", "known_words", "word_limit",
                 "day_words")
    thank_you: bool  # T5
    reminders: bool  # M1
    name: str | None
    role: str | None
    interview_day: date | None
    agreed: bool  # M2
    agreed_day: date | None
    agreed_days: int | None
    voicemail_number: str | None  # M4: the number as the script writes it out
    known_words: frozenset[str]
    word_limit: int
    day_words: tuple[str, ...]  # how the draft may say the interview day instead ("last Friday")

    def __init__(self, *, thank_you: bool = False, reminders: bool = False,
                 name: str | None = None, role: str | None = None,
                 interview_day: date | None = None, agreed: bool = False,
                 agreed_day: date | None = None, agreed_days: int | None = None,
                 voicemail_number: str | None = None,
                 known_words: frozenset[str] = frozenset(), word_limit: int = 150,
                 day_words: tuple[str, ...] = ()) -> None:
        values = (thank_you, reminders, name, role, interview_day, agreed, agreed_day,
                  agreed_days, voicemail_number, known_words, word_limit, day_words)
        for slot, value in zip(self.__slots__, values, strict=True):
            object.__setattr__(self, slot, value)


def number_words(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def day_forms(day: date) -> tuple[str, ...]:
    """The ways a message may write a day: November 23, Nov 23, 23 November, 2026-11-23,
    23rd of November."""
    from followup.messages.voice import spoken_date

    return (f"{day:%B} {day.day}", f"{day:%b} {day.day}", f"{day.day} {day:%B}",
            f"{day.day} {day:%b}", day.isoformat(), f"{day.month}/{day.day}",
            spoken_date(day, "en-GB")[4:])  # "27th of November", as said aloud


def _mentions_day(text: str, day: date) -> bool:
    low = text.lower()
    return any(form.lower() in low for form in day_forms(day))


def word_count(text: str) -> int:
    body = "\n".join(line for line in text.splitlines()
                     if not line.lower().startswith("subject:"))
    return len(_WORD.findall(body))


def _shouting(text: str, known: frozenset[str]) -> list[Finding]:
    found = []
    for match in _CAPS.finditer(text):
        words = [w.strip("'’") for w in match.group().split()]
        loud = [w for w in words if w not in ACRONYMS and w not in known and w != "I"]
        if not loud:
            continue
        if len(loud) >= 2 or any(w in SHOUTING or len(w) >= 5 for w in loud):
            found.append(Finding("M5", match.group(), "Write it in ordinary case: capitals "
                                 "read as shouting.", "shouting"))
    return found


def _punctuation(text: str) -> list[Finding]:
    found = [Finding("M5", m.group(), "One mark is enough: repeated ! or ? read as "
                     "impatience.", "punctuation") for m in _PUNCT.finditer(text)]
    if not found and text.count("!") >= 3:
        found.append(Finding("M5", f"{text.count('!')} × !", "Keep at most one exclamation "
                             "mark in a message.", "punctuation"))
    return found


def _reminders(text: str, e: Expect) -> list[Finding]:
    out = []
    low = text.lower()
    hint = "Remind them who you are: your name, the role and the day you met (M1)."
    if e.name and e.name.lower() not in low:
        out.append(Finding("M1", f"missing your name “{e.name}”", hint, "reminder"))
    if e.role and e.role.lower() not in low:
        out.append(Finding("M1", f"missing the role “{e.role}”", hint, "reminder"))
    if e.interview_day and not _mentions_day(text, e.interview_day) and not any(
            w.lower() in low for w in e.day_words):
        out.append(Finding("M1", f"missing the interview date ({e.interview_day:%B} "
                           f"{e.interview_day.day})", hint, "reminder"))
    return out


def _agreement(text: str, e: Expect) -> list[Finding]:
    out = []
    if not _AGREED.search(text):
        out.append(Finding("M2", "no mention of the agreement", "Say that you agreed on this "
                           "follow-up: “as we agreed when we met…” (M2).", "agreement"))
    said = []
    if e.agreed_day:
        said.append(_mentions_day(text, e.agreed_day))
    if e.agreed_days is not None:
        said.append(bool(re.search(rf"\b(?:{e.agreed_days}|{number_words(e.agreed_days)}) "
                                   r"(?:business |working )?days?\b", text, re.IGNORECASE)))
    if said and not any(said):
        out.append(Finding("M2", "no mention of the agreed time", "Give the timeframe they "
                           "gave you: the date or “in four days” (M2).", "agreement"))
    return out


@functools.lru_cache(maxsize=1)
def _wording() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Every wording pattern in lower case, to match lower-cased text: a quarter faster than
    matching each one ignoring case."""
    from followup.messages import tone_patterns

    return tuple((c, rx(p.lower()), s) for c, p, s in (*_M5, *tone_patterns.MORE))


@functools.lru_cache(maxsize=1)
def _wording_any_case() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    from followup.messages import tone_patterns

    return tuple((c, rx(p, re.IGNORECASE), s) for c, p, s in (*_M5, *tone_patterns.MORE))


# What to do instead, per family of bad message (issue 24); the model's finding names one.
ADVICE: dict[str, str] = {
    "salary": "Leave pay and benefits until they raise them or make an offer: a thank-you or "
              "an early follow-up is about the role.",
    "presuming": "Don’t write as if you had the job (start dates, onboarding, notice handed "
                 "in): the decision is still theirs.",
    "persistence": "Don’t promise to keep writing, calling or visiting: one follow-up at the "
                   "agreed time is enough.",
    "leverage": "Don’t use another offer as pressure. If you truly owe another employer an "
                "answer, say the date once and ask politely whether theirs can fit.",
    "apology": "One short apology is plenty, or none: don’t run yourself down.",
    "familiar": "Keep it warm but professional: no endearments, remarks on looks or "
                "invitations to socialise.",
    "complaint": "Leave complaints about the process out; ask about the next step instead.",
    "needy": "Stay composed: say why the role interests you, not how much you need it.",
    "pushy": "Ask instead of demanding, and leave the timing to them.",
    "guilt": "Don’t weigh what the process cost you; it reads as a reproach. Ask simply.",
    "hostile": "Keep judgements and sarcasm out of it; they can only count against you.",
    "ultimatum": "No deadlines or threats: ask once, kindly, and leave the decision with "
                 "them.",
}


def _model_finding(text: str) -> list[tuple[int, Finding]]:
    """The model's verdict on the message's worst sentence: quoted whole, with its family."""
    from followup.messages.tone_model import model

    m = model()
    p, sentence = m.worst(text)
    if not sentence or p < m.threshold:
        return []
    family = m.family(sentence)
    return [(max(text.find(sentence), 0), Finding(
        "M5", sentence, ADVICE.get(family, "This reads as reproachful, pushy or desperate: "
                                   "say plainly what you would like to know, and leave the "
                                   "decision with them."), family))]


def check(text: str, expect: Expect | None = None, *, use_model: bool = True) -> list[Finding]:
    """Everything worth changing in `text`, in reading order. The wording is judged on the
    sender's own words only (tone_text: no greeting, sign-off, signature or quoted text).
    Where two wording findings overlap, the one that starts first (or is longer) stands for
    both. When no pattern finds anything, the linear model (tone_model.py) scores each
    sentence and may find the worst one wrong; the finding quotes it and names its family.
    `use_model=False` is the patterns alone (for training)."""
    from followup.messages import tone_families, tone_patterns
    from followup.messages.tone_text import body_lines, greeting, sentences

    full = text
    lines = body_lines(full)
    text = "\n".join(lines).strip()
    e = expect or Expect()
    if expect is None and tone_patterns.looks_like_thank_you(full):
        e = Expect(thank_you=True)  # text that reads as a thank-you is checked as one (T5)
    found: list[tuple[int, int, Finding]] = []
    low = text.lower()
    same = len(low) == len(text)  # lower case kept every offset: match it, quote the original
    for category, pattern, suggestion in (_wording() if same else _wording_any_case()):
        for m in pattern.finditer(low if same else text):
            found.append((m.start(), m.end(), Finding(
                "M5", text[m.start():m.end()], suggestion, category)))
    opening: list[tuple[int, Finding]] = []  # the greeting is outside `text`: no overlap
    for family, sentence in tone_families.family_cues(sentences(full, lines=lines), text,
                                                      greeting(full)):
        at = text.find(sentence)
        if at < 0:
            opening.append((-1, Finding("M5", sentence, ADVICE[family], family)))
            continue
        found.append((at, at + len(sentence), Finding("M5", sentence, ADVICE[family], family)))
    for phrase, suggestion in tone_patterns.register(text):
        at = max(text.find(phrase), 0)
        found.append((at, at + len(phrase), Finding("M5", phrase, suggestion, "register")))
    if e.thank_you:
        for m in _PITCH.finditer(text):
            found.append((m.start(), m.end(), Finding(
                "T5", m.group(), "A thank-you is not a second pitch: leave your "
                "qualifications to the interview (T5).", "pitch")))
    tail: list[Finding] = []
    if e.thank_you and word_count(full) > e.word_limit:
        tail.append(Finding("T5", f"{word_count(full)} words", "Keep a thank-you brief: under "
                            f"{e.word_limit} words (T5).", "length"))
    if e.reminders:
        tail += _reminders(full, e)
    if e.agreed:
        tail += _agreement(full, e)
    said = full.lower().count(e.voicemail_number.lower()) if e.voicemail_number else 2
    if said < 2:
        tail.append(Finding("M4", "number said once" if said else "no number", "In a voicemail, "
                            "say your number slowly, twice (M4).", "voicemail"))
    words: list[tuple[int, Finding]] = opening
    covered_to = -1
    for start, end, f in sorted(found, key=lambda t: (t[0], -t[1])):
        if start >= covered_to:  # overlapping wording: the first, longest match speaks
            covered_to = end
            words.append((start, f))
    for m in _SLOT.finditer(full):
        words.append((m.start(), Finding("M1", m.group(), "Fill this in before you send it: "
                                         "nothing in square brackets should reach them.",
                                         "placeholder")))
    form = [(max(text.find(f.phrase), 0), f)  # capitals and !!: advice of their own
            for f in (*_shouting(text, e.known_words), *_punctuation(text))]
    if use_model and not form and not any(f.rule in ("M5", "T5") for _, f in words) \
            and not any(f.rule == "T5" for f in tail):
        words += _model_finding(full)
    ordered = [f for _, f in sorted(words + form, key=lambda t: t[0])]
    return sorted(ordered, key=lambda f: max(full.find(f.phrase), 0)) + tail
