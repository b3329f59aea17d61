"""A colleague's word of sympathy after the news someone else gave (issue 23): "Zoe will have
told you about the hold. Really sorry, you were our first choice", "Heard the news - sorry we
couldn't get you over the line", "Nadia told me she'd emailed. Gutted, honestly."

When a process ends, the no comes from one person (the recruiter, the system) and others
who met the candidate often write after it. Their note does not say the no again: it points
at the news given ("will have told you", "heard the news", "has been in touch") and is sorry
about it. Both together confirm a no; neither alone does ("sorry for the slow reply, Ana
will have told you we're still deciding" is no news told; "heard the news, congratulations"
is no regret). Not when the message speaks of good news, of a step or a day still to come,
or asks something.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_I = re.IGNORECASE
# the news given by someone else, pointed at
NEWS_TOLD = lazy(
    r"\b(?:will|'ll|would|must|may|might|should) have (?:already )?(?:told you|let you know|"
    r"been in touch|emailed|written|called|spoken to you|broken the news|passed on)|"
    r"\b(?:told|tells|said to) me (?:she|he|they)(?:'d| had| has| have|'s|'ve)? (?:already )?"
    r"(?:emailed|written|called|been in touch|told you|let you know|spoken to you)|"
    r"\b(?:heard|hear|got|get) the (?:news|outcome|decision)\b|"
    r"\b(?:has|have|had) (?:probably |already |now |just )*(?:been in touch|told you|let you "
    r"know|emailed you|written to you|called you|broken the news|given you the news)\b", _I)
# regret about it, not an apology for a delay or a bother
REGRET = lazy(
    r"\b(?:really |so |very |truly |genuinely )?(?:sorry|gutted|commiserations|unlucky|"
    r"shame|pity|bummed|disappointed|sad)\b(?! (?:for|about) (?:the |my |our )?(?:delay|wait|"
    r"slow|late|radio silence|silence|bother|trouble|confusion|mix-up|short notice|"
    r"inconvenience)\b)(?! to (?:bother|chase|trouble|nudge|hassle))"
    # sorry for one's own absence is no regret about the news: "sorry I missed you"
    r"(?! (?:I|we) (?:missed|couldn't make|could not make|wasn't|weren't|didn't get|"
    r"haven't|have not|can't|cannot)\b)(?! I\b)", _I)
# what a no does not say: good news, a step or a day still to come, a question
_NOT_A_NO = lazy(
    r"\bcongrat|\bwelcome\b|\bgreat news\b|\bgood news\b|\bpleased\b|\bdelighted\b|"
    r"\bthrilled\b|\bexcited\b|\boffer\b|\bnext (?:step|stage|round)\b|\bstill\b|\byet\b|"
    r"\bwill (?:decide|let you know|confirm)\b|\bby (?:mon|tue|wed|thu|fri|the end|end of)|"
    r"\binvit|\bschedul|\bbook\b|\bavailab|\bfinal (?:round|stage|interview)|\bmov(?:e|ing) "
    r"you\b|\bprogress|\bthrough to\b|\?", _I)


def sympathy_after_news(text: str) -> str | None:
    """The sentence of regret when `text` is a note of sympathy after a no someone else gave,
    else None."""
    if not NEWS_TOLD.search(text) or _NOT_A_NO.search(text):
        return None
    sentences = [s for s in re.split(r"(?<=[.!])\s+|\n+|\s+[-–—]\s+", text) if s.strip()]
    return next((s.strip() for s in sentences if REGRET.search(s)), None)
