"""Chat and phone shorthand spelt out before a reply is read for its outcome (issue 23).

A founder writing from a phone, or a recruiter in a hurry, clips the words the readers look
for ("move to refs", "a deeper tech convo w/ our CTO"); the readers of outcomes are written
for the words in full. The days' own short forms ("tmrw", "nxt wk") are capture.day_text's.
Only clippings that mean nothing else in a hiring mail are spelt out, as whole words.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_WORDS = {"refs": "references", "ref": "reference", "convo": "conversation",
          "convos": "conversations", "mgr": "manager", "w/": "with", "w/o": "without",
          "b/c": "because"}
_SHORT = lazy(r"(?<![\w/])(refs|ref|convos?|mgr|w/o|w/|b/c)(?![\w/])(?!-)",
                    re.IGNORECASE)
# "ref" alone is a reference only where a check or a call follows or precedes: "a ref
# check", "ref calls"; not a reference number ("Ref: 2231", "your ref 44")
_REF_ALONE = lazy(r"\bref\b(?!\s+(?:checks?|calls?|requests?)\b)", re.IGNORECASE)


def spelt_out(text: str) -> str:
    """`text` with its shorthand written in full ("refs" -> "references")."""
    def full(m: re.Match[str]) -> str:
        word = m.group(1)
        if word.lower() == "ref" and _REF_ALONE.match(text, m.start()):
            return word
        return _WORDS[word.lower()]
    return _SHORT.sub(full, text)
