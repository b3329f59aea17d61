"""The employer's wish passed on by someone between (an agency's recruiter, a referrer): "Quaystone
want you for the contract", "the client wants a 2nd interview", "they'd like another chat with
the CTO". Whoever writes it, a named employer (or "they", "the client") wanting the candidate for
the job is its offer, and wanting a further step is a next round. Not said as a condition, a
question or in the negative ("if they want a second interview", "they don't want a final").
An offer renewed after it was put off is an offer too ("round closed early - the offer
stands", "the offer is back on the table"), whatever the candidate is asked of their own
freedom ("if you're still free, the offer stands"). Pure: sentences in, (outcome, sentence)
out."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# who wants it: a name written with a capital ("Lagan", "Meridian Pharma"), or the employer said
# as "they", "the client", "the team", "the hiring manager"
_WHO = (r"(?:(?-i:[A-Z][\w&'’-]+)(?:\s(?-i:[A-Z][\w&'’-]+)){0,2}|they|the (?:client|team|"
        r"company|hiring manager|business))")
_WANT = r"(?:want|wants|would (?:like|love)|'d (?:like|love)|are keen on|is keen on)"
_JOB = r"(?:role|job|contract|position|post|gig|engagement|placement)"
_STEP = (r"(?:(?:2nd|second|3rd|third|final|further|follow-up|next)\s+(?:[\w-]+\s+)?|another\s+"
         r"(?:[\w-]+\s+)?)(?:interview|round|chat|call|meeting|conversation|stage)")
OFFER = re.compile(rf"\b{_WHO}\s+{_WANT}\s+(?:you|to (?:hire|take) you)\s+(?:for|on|as)\s+"
                   rf"(?:the|this|their|our)\s+(?:[\w-]+\s+)?{_JOB}\b", _I)
NEXT_ROUND = re.compile(rf"\b{_WHO}\s+{_WANT}\s+(?:to (?:do|have|set up|book|arrange)\s+)?"
                        rf"(?:a|an)?\s*{_STEP}\b", _I)
# an offer back: "the offer stands", "our offer is back on the table" (not "no longer stands")
AGAIN = re.compile(r"\b(?:the|our|my|that|this) (?:job |original |verbal |same )?offer "
                   r"(?:still |now )?(?:stands|is back on(?: the table)?|is back)\b", _I)
# the candidate's own freedom asked, which holds nothing of the offer back
_YOURS = re.compile(r"^\s*(?:and )?if you(?:'re| are) (?:still )?(?:free|available|interested|keen|"
                    r"up for it|open to it)\b(?: (?:now|again|then))?,?", _I)
# a condition, a question or a "no" before it in its sentence
_HELD = re.compile(r"\b(?:if|whether|unless|once|should|not|never|don't|doesn't|didn't|won't|"
                   r"no longer)\b|n't\b", _I)


def relayed(said: list[str]) -> tuple[str, str] | None:
    """("offer" | "next_round", the sentence) when a sentence passes on the employer's wish to
    hire the candidate or to see them again, else None."""
    for kind, rx in (("offer", OFFER), ("next_round", NEXT_ROUND)):
        for s in said:
            if "?" in s:
                continue
            m = rx.search(s)
            if m is not None and not _HELD.search(s, 0, m.end()):
                return kind, s
    for s in said:
        rest = _YOURS.sub("", s)
        m = AGAIN.search(rest)
        if m is not None and "?" not in s and not _HELD.search(rest, 0, m.end()):
            return "offer", s
    return None
