"""A message cut into the sentences the tone check judges (issue 24).

The greeting ("Dear Ms. Carter,"), a standard sign-off ("Best regards,") and the signature
under it, quoted text (lines starting with ">", and an "On … wrote:" block with everything
after it) and a subject line are neither judged nor allowed to dilute what is: the check
scores each remaining sentence on its own and the message takes the worst. A closing that is
not a standard one ("Love,", "Sorry again,", "Thanks babe xx") is kept: it says something.
Pure functions over text.
"""

from __future__ import annotations

import re

from followup.messages.tone_regex import rx

_GREETING = rx(
    r"^\s*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|to whom it "
    r"may concern)\b(?:[ \t]+(?:[^\s!?.,:—–]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)+){0,5}?"
    r"[ \t]*(?:[,:!]|$)\s*", re.IGNORECASE)  # a salutation and a name: at most five words
_CLOSING = rx(
    r"^\s*(?:(?:with )?(?:best|kind|warm|warmest|many|kindest)?\s*(?:regards|wishes|thanks)|"
    r"best|all the best|thanks(?: again| so much)?|thank you(?: again| so much)?|many thanks|"
    r"cheers|sincerely|yours(?: truly| sincerely| faithfully)?|warmly|respectfully|"
    r"(?:speak|talk) soon|take care|with (?:thanks|appreciation|gratitude)|best of luck|"
    r"bye(?: for now)?|thanks in advance)\s*[,.!]?\s*$", re.IGNORECASE)
_WROTE = rx(r"^\s*(?:on\b.{3,200}\bwrote:|-{2,}\s*original message\s*-{2,}|from:\s.+"
                    r"\bsent:)", re.IGNORECASE)
_SUBJECT = rx(r"^\s*subject:", re.IGNORECASE)
_SIGNATURE_LINES = 4  # a name, a title, a phone number, a link
# A sentence ends at . ! ? or … before a space, except after a title or a common abbreviation.
_END = rx(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\be\.g\.)"
                  r"(?<!\bi\.e\.)(?<!\bvs\.)(?<!\betc\.)(?<=[.!?…)])\s+")


def body_lines(text: str) -> list[str]:
    """The lines a sender wrote as the message: no greeting, standard sign-off, signature,
    quoted text or subject line."""
    lines = text.replace("\r\n", "\n").replace("\\n", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if _WROTE.match(line):
            break  # a reply's quoted thread: none of it is the sender's
        if line.lstrip().startswith(">") or _SUBJECT.match(line):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    # A standard closing among the last lines: it and the signature under it go.
    for i in range(len(kept) - 1, max(len(kept) - 2 - _SIGNATURE_LINES, -1), -1):
        if _CLOSING.match(kept[i]) and i > 0:
            kept = kept[:i]
            break
    first = next((i for i, line in enumerate(kept) if line.strip()), None)
    if first is not None:
        rest = _GREETING.sub("", kept[first], count=1)
        kept[first] = rest
    return kept


def greeting(text: str) -> str:
    """The greeting the message opens with ("Hey buddy,"), or "": not judged as a sentence,
    but an endearment in it says something (issue 24)."""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip() and not _SUBJECT.match(line):
            m = _GREETING.match(line)
            return m.group() if m else ""
    return ""


def sentences(text: str, *, lines: list[str] | None = None) -> list[str]:
    """Each sentence of the message's own words, in order (of `lines`, when body_lines has
    already been called)."""
    out: list[str] = []
    for line in body_lines(text) if lines is None else lines:
        for part in _END.split(line.strip()):
            if any(c.isalnum() for c in part):
                out.append(part.strip())
    return out


def body(text: str) -> str:
    """The message's own words as one text (a line per line), for the wording patterns."""
    return "\n".join(body_lines(text)).strip()
