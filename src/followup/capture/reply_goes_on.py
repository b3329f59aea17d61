"""A sentence of an employer's reply saying this process goes on (issue 23): "the senior
role is still open", "your application remains active", "please disregard the previous
email". A "no" elsewhere in the message is then about something else (capture.reply_words,
capture.reply_model). Not on a condition ("if the post is reopened"), not a talent pool's.
Moved out of reply_words.py, which keeps the words of each outcome. Pure."""

from __future__ import annotations

import re

from followup.capture.reply_held import POOL

_I = re.IGNORECASE
# "you remain one of our top candidates", not "you remain on our files"
REMAIN = r"\byou remain\b(?! (?:on|in) our (?:files?|talent|database|records|system|pool))"

# another sentence says this process goes on: a "no" elsewhere is about something else
GOES_ON = re.compile(
    r"\b(?:is|are|remains?) still (?:open|active|live|going|under consideration)|\bstill "
    r"(?:very much )?(?:in the (?:running|mix|process|frame)|being considered|under "
    r"consideration)|\b(?:has|have|is|was|been|now) reopened\b|\b(?:open|live) again\b|"
    rf"\bunaffected\b|\byou(?:'re| are) still (?:in|on|one of)\b|{REMAIN}|\bstill "
    r"(?:like|love|want|keen)\b(?! to (?:thank|wish|say|stay|keep|hear|see you apply|have you "
    r"apply|consider you for (?:future|other)))|\bkeep talking\b|"
    r"\b(?:is|are|remains?) (?:still )?very much (?:alive|open|active|live|on)\b|"
    r"\bnot (?:been )?ruled out\b|"
    # "your application remains active", "your candidacy is still live"
    r"\b(?:application|candida(?:cy|ture)|profile|file)\b[^.;]{0,20}?\b(?:remains|is still|"
    r"stays) (?:open|active|live|under consideration|on (?:our|the) (?:shortlist|table))\b|"
    # the other process said untouched: "this doesn't affect your Senior Data Analyst
    # application, which is still with Gareth"
    r"\b(?:doesn't|does not|won't|will not|shouldn't|should not)\s+(?:\w+\s+)?(?:affect|change|"
    r"impact)\s+your\s+(?:[\w,&/-]+\s+){0,5}?(?:application|candida(?:cy|ture)|process|"
    r"interviews?)\b|\b(?:application|candida(?:cy|ture))\b[^.;]{0,40}?\b(?:is|remains) still "
    r"with\b|"
    # a "no" taken back: "please disregard the previous email; it was sent in error"
    r"\bsent (?:to you )?(?:in error|by mistake)\b|\b(?:disregard|ignore) (?:the|my|our|this|that) "
    r"(?:previous |earlier |last |automated )?(?:e-?mail|message|note|notification)\b", _I)
_HOPED = re.compile(r"\b(?:if|should|once|when|whenever|in case|unless|whether)\b", _I)
# what goes on is said to be someone else's process: "still in the running with Niamh's
# team", "still open for the other role" (the "no" beside it is then this one's)
_ELSEWHERE = re.compile(r"\s+(?:with|for|on|in)\s+(?:(?-i:[A-Z][\w'’-]+)['’]s\s+(?:team|side|"
                        r"role|process|search|squad)|the other\s+(?:team|role|position|process|"
                        r"opening|vacancy)|another\s+(?:team|role|position|process))\b", _I)


def goes_on(sentence: str) -> bool:
    """This process goes on: not on a condition ("if the post is reopened"), not a pool's."""
    m = GOES_ON.search(sentence)
    return m is not None and _HOPED.search(sentence, 0, m.start()) is None and \
        POOL.match(sentence, m.end()) is None and \
        _ELSEWHERE.search(sentence[:m.end() + 40], m.end()) is None
