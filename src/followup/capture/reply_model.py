"""A small learned reader of an employer's reply, beside the rules of reply_words (issue 23).

The rules say an outcome only on plain words they know; a writer who says no, yes to another
round or yes to the job in words no rule has gets "reply". This model reads what the rules
left as "reply" and names an outcome only when it is sure (its probability at or above the
shipped threshold). Features: the words and neighbouring pairs of words of the reply's new
text (quoted history and signature already cut). Three one-against-the-rest logistic
regressions, trained on the development replies only (tests/fixtures/replies/dev, blind_dev,
blind_dev2; never a held-out part) by bench/reply_train.py, which picks the threshold on a
writer the model has not seen, and shipped as `reply_model.json`: per class a bias and one
weight per feature. Nothing is downloaded and nothing heavy is imported: scoring is a few
dictionary look-ups. The rules have the last word on what it guesses (`vetoed`).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from pathlib import Path

from followup.capture.reply_goes_on import GOES_ON
from followup.capture.reply_offer import OFFER
from followup.capture.reply_rounds import MOVED, ROUND_WORDS
from followup.capture.reply_words import ON_HOLD, PLAN_DROPPED, REJECTED

_I = re.IGNORECASE

CLASSES = ("rejected", "next_round", "offer")
_TOKEN = re.compile(r"[a-z0-9']+")
PATH = Path(__file__).with_name("reply_model.json")


def features(text: str) -> set[str]:
    """The words and neighbouring pairs of words of a text, lower case."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    return {f"w {w}" for w in words} | {f"b {a} {b}" for a, b in itertools.pairwise(words)}


def probability(bias: float, weights: dict[str, float], feats: set[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def _model() -> tuple[float, dict[str, tuple[float, dict[str, float]]]]:
    try:
        doc = json.loads(PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 2.0, {}  # no model: the rules alone
    return float(doc["threshold"]), {c: (float(doc["classes"][c]["bias"]),
                                         dict(doc["classes"][c]["weights"])) for c in CLASSES}


def guess(text: str, sentences: list[str]) -> tuple[str, float, str] | None:
    """(outcome, probability, the sentence that says it most) when the model is sure of an
    outcome in `text`, else None."""
    threshold, classes = _model()
    if not classes or not text.strip():
        return None
    feats = features(text)
    scores = {c: probability(*classes[c], feats) for c in CLASSES}
    best = max(scores, key=lambda c: scores[c])
    if scores[best] < threshold:
        return None
    said = max(sentences or [text], key=lambda s: probability(*classes[best], features(s)))
    return best, scores[best], said



# what makes the rules hold back a "no" anywhere in a message: it is put off, conditional, or
# about another role while this one goes on, or beside a meeting to be set again
_HOLD_BACK = re.compile(r"\buntil\b|\byet\b|\bfor now\b|\bif\b|\bunless\b|\bwhether\b|"
                        r"\b(?:the |an|that )?other (?:role|position|job|vacancy|opening)s?\b|"
                        r"\b(?:continues|goes on|carries on|going ahead|as planned|on track)\b|"
                        # a meeting called off and to be set again: "I'll rebook it"
                        r"\brebook|\breschedul|\bre-?arrang|\bpostpon|\bnew (?:date|time|slot)\b",
                        _I)


# a no's courtesy holds nothing back: a condition about some other job to come ("I'll shout
# if something else comes up that suits you") or about feedback ("ping me if you want notes")
_COURTESY = re.compile(
    r"\bif (?:(?:any|some)thing|another (?:\w+ )?(?:role|position|opening|job|vacancy)|an?"
    r" (?:\w+ )?(?:role|position|opening|job|vacancy)) (?:else )?(?:(?:ever )?(?:comes?|crops?|"
    r"turns?|pops?) up|opens? up|suits|fits)\b|"
    # the same post back one day: "if it reopens after the restructure I'll call you",
    # "will shout if anything changes with the role"
    r"\bif (?:it|the (?:\w+ )?(?:role|position|post|job|vacancy|req|requisition)|"
    r"(?:any|some)thing|things?) (?:ever )?(?:re-?opens?|is re-?opened|comes? back|"
    r"changes?)\b|\bif you (?:ever )?(?:want|would like|'d like|"
    r"need|fancy) (?:any |some |more )?(?:feedback|notes|pointers|a chat|to chat|to talk|"
    r"a referral|an intro(?:duction)?|a reference)\b|"
    # other jobs to come, not a sibling application going on: "I'm on it for other roles",
    # "a referral for other positions here" (plural, no article: none of them is this one's)
    r"\b(?:for|on|into|about|at|to) other (?:open )?(?:roles|positions|jobs|openings|vacancies|"
    r"opportunities)\b", _I)


# the candidate ended it ("sorry to hear you're withdrawing"): no "no" from the employer
_THEY_WITHDREW = re.compile(
    r"\byou(?:'re| are|'ve| have| had)? (?:decided to )?(?:withdraw|withdrawn|withdrawing|pull "
    r"out|pulling out|accepted (?:another|a different|an?) (?:\w+ )?(?:offer|role|position|job))|"
    r"\byour (?:withdrawal|decision to withdraw)\b|\bsorry to (?:see you go|lose you)\b|"
    r"\byour new (?:role|job|position|post|employer|adventure|company)\b|\byou(?:'ve| have)? "
    r"(?:found|taken|landed|got|accepted|chosen|decided on) (?:a|another|a new|the other) "
    r"(?:\w+ )?(?:role|job|position|post|offer)\b", _I)
# an offer gives the job: some word of that is in the message, whatever the learned reader
# makes of the rest ("find attached the job description" is no offer)
_GIVEN = re.compile(r"\bjoin|\bwelcom|\baboard\b|\bon ?board\b|\bappoint|\bhire|\byes\b|"
                    r"congrat|\bstart|\bcontract|\bsalary|\bpackage|\byours\b|\bwork (?:with|for) "
                    r"us\b|\bgreat news\b|\bgood news\b|\bdelighted\b|\bthrilled\b|\bexcited\b|"
                    r"\bpleased\b", _I)


# a no is said in some word of regret, refusal or someone else chosen: without one, what the
# learned reader takes for a no is something else ("I'm moving to another team")
_REFUSED = re.compile(r"\bunfortunately\b|\bsorry\b|\bregret|\bafraid\b|\bsadly\b|\bunsuccessful\b|"
                      r"\bnot\b|n't\b|\bno\b|\bnor\b|\bdisappoint|\bbad news\b|\bsomeone else\b|"
                      r"\bsomebody else\b|\b(?:other|another|different|internal|stronger) "
                      r"(?:candidate|applicant|person|finalist|profile|direction|way)s?\b|\bfilled\b|"
                      r"\bon hold\b|\bpass\b|\bwithdr[ae]wn?\b|\bcancel|\bclos(?:e|ed|ing)\b|"
                      r"\bpaus|\bfroze|\bfreez|\bdeclin|\bpursue\b|\bgutted\b|\btough\b|"
                      r"\bhard news\b|\bnews you\b", _I)


# idioms whose "no" or "not" refuses nothing: "not going to lie", "no worries", "no problem"
_IDIOMS = re.compile(r"\bnot (?:going to|gonna) lie\b|\bno (?:worries|problem|rush|pressure|"
                     r"hurry|doubt)\b|\bnot a problem\b|\bnot at all\b|\bno need to\b", _I)


# a sentence about someone else ("Jane has been offered a role in Leeds, so she won't be on
# your panel"): a third person, by pronoun or by name, is what it is about
_ABOUT_SOMEONE = re.compile(
    r"^\W*(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:We|I|You|It|This|That|There|Our|Your|The|Unfortunately|"
    r"Sadly|Regrettably|However|Thanks|Thank|So|But|And|After|Following|Having|As|At|In|On|If|"
    r"While|Since|Once|When)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:has|have|had|is|was|will|won't|"
    r"'s|isn't|wasn't|can't|cannot|would|just|recently)\b")


def _about_us(text: str) -> str:
    """The text without its sentences about a third person; a sentence that turns to us
    after its "but" keeps what follows ("Grace has been in touch, but it wasn't a fit")."""
    return " ".join(s if not _ABOUT_SOMEONE.match(s) else _TURN.split(s, 1)[1]
                    for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text)
                    if not _ABOUT_SOMEONE.match(s) or _TURN.search(s))


# where a sentence about someone else turns to the writer's own word: ", but", "; however"
_TURN = re.compile(r"[,;]\s*(?:but|however|though|although|yet)\b", _I)


def vetoed(outcome: str, sentence: str, text: str = "") -> bool:
    """Whether the rules overrule an outcome the learned reader gives (capture.reply_model):
    a no beside a meeting moved ("sadly we have to move your interview");
    a no with no word of regret, refusal or someone else chosen in the message (its
    sentences about a third person aside);
    a question, a condition ("if …", "should …"), words of that outcome the rules saw and
    judged denied, put off or conditional ("we haven't put the role on hold", "we hope to
    have the offer approved soon"); for a no, a message that puts it off, makes it
    conditional (a no's courtesy aside: "I'll shout if something else comes up") or says
    this process goes on ("your application will not be considered until …", "the other
    position is cancelled, but this role continues"); for a next round, an interview
    already arranged or its logistics ("did you get the calendar invite")."""
    held_back = _HOLD_BACK.search(_COURTESY.sub(" ", text))
    if outcome == "rejected" and (GOES_ON.search(text) or held_back
                                  or _THEY_WITHDREW.search(text) or MOVED.search(text)
                                  or _NO_ONE_ANSWERED.search(text)):
        return True
    if outcome == "offer" and not _GIVEN.search(text):
        return True
    if outcome == "rejected" and not _REFUSED.search(_IDIOMS.sub(" ", _about_us(text))):
        return True
    s = sentence.strip()
    if s.endswith("?") or s.lower().startswith(("if ", "should ", "once ", "when ")):
        return True
    if outcome == "next_round":
        return any(rx.search(s) for rx in ROUND_WORDS)
    if outcome == "offer":
        return OFFER.search(s) is not None or re.search(r"\boffer\b", s, _I) is not None
    return any(rx.search(s) for rx in (GOES_ON, REJECTED, ON_HOLD, _NO_DENIED, PLAN_DROPPED))


# a system's receipt that answers no one in person ("due to the volume of applications we are
# unable to respond to each individually"): no "no" of its own
_NO_ONE_ANSWERED = re.compile(r"\b(?:unable|not able|can't|cannot|can not)\b[^.;]{0,30}?\b"
                              r"(?:respond|reply|get back|answer)\w*\b[^.;]{0,30}?\b"
                              r"(?:individually|personally|to (?:each|every|all) "
                              r"(?:applicants?|applications?|candidates?|one))\b", _I)


# a "no" denied in so many words: "the role has not been scrapped", "it isn't filled"
_NO_DENIED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:been\s+|be\s+|yet\s+)?(?:scrapped|"
                        r"cancell?ed|filled|closed|withdrawn|pulled|frozen|axed|cut|put on hold|"
                        r"paused|shelved|rejected|declined)\b", _I)
