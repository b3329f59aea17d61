"""The other applicant named by the choice made of them (issue 23): "the person we chose had
more experience", "the candidate they ultimately hired". A relative clause that says "we"
chose, hired or went with someone, in the past, says the reader was not chosen, whatever the
sentence goes on to say about that person. Not in a question, not after "if", and not when
"you" are the one chosen ("the candidate we selected was you")."""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

_I = re.IGNORECASE
CHOSEN_OTHER = lazy(
    r"\b(?:the|our) (?:other |successful |final |eventual )?(?:person|candidate|applicant|"
    r"individual|finalist|hire) (?:that |who |whom )?(?:we|they|the (?:team|panel|client|"
    r"hiring manager)) (?:ultimately |eventually |finally |have )?(?:chose|selected|picked|"
    r"hired|appointed|went with|decided on|settled on)\b(?! (?:was|is) you\b)", _I)
_WHO = r"(?:candidate|applicant|person|finalist|individual|colleague|hire)s?"
_OTHER_ONE = (rf"(?:another|a different|an? (?:internal|external|stronger|more experienced)|the "
              rf"other|one of the other) (?:[\w-]+ ){{0,2}}?{_WHO}\b")
WENT_ELSEWHERE = lazy(
    rf"\b(?:offered|given|awarded) to (?:and (?:accepted|taken) by )?(?:{_OTHER_ONE})|"
    rf"\b(?:accepted|taken|filled) by (?:{_OTHER_ONE})|"
    rf"\b(?:offered to|went to|gone to) (?:someone|somebody) else\b|"
    rf"\b(?:went|gone) to (?:{_OTHER_ONE})|"
    # the choice in another's favour: "decided in favour of a candidate with more …"
    rf"\b(?:decided|decision\w*|chose|went|gone) [^.;]{{0,30}}?\bin (?:the )?favou?r of "
    rf"(?:{_OTHER_ONE}|(?:someone|somebody) (?:else|with|who)\b|an? (?:[\w-]+ ){{0,2}}?"
    rf"{_WHO} (?:with|who)\b)|"
    rf"\b(?:{_OTHER_ONE}) (?:has|have|had) (?:now |since |already )?(?:accepted|taken)\b"
    r"(?=\s*(?:[.,;!]|$|(?:the|our|their|an?|this) (?:[\w-]+ )?(?:offer|role|position|job|"
    r"post)\b|it\b))", _I)
# the post named, then filled from inside by a word that points back to it: "the analyst role
# … the partners have decided to fill it internally", "the Lead req, which Omar ended up
# filling internally"; never denied on the way ("the role won't be filled internally")
_KEPT = r"(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.;!?])"
FILLED_BACK = lazy(
    rf"\b(?:role|position|post|vacancy|opening|req|requisition)\b{_KEPT}{{0,100}}?\b(?:fill|"
    rf"filled|filling) it (?:internally|from within|in-house)\b|"
    rf"\b(?:role|position|post|vacancy|opening|req|requisition),? (?:which|that) {_KEPT}{{0,40}}?"
    rf"\b(?:filled|filling|fill) (?:internally|from within|in-house)\b", _I)
_OPEN = lazy(r"\b(?:if|whether|unless|should|in case)\b", _I)


def chosen_other(sentence: str) -> bool:
    """Whether `sentence` names the one chosen as someone else ("the person we chose")."""
    m = CHOSEN_OTHER.search(sentence) or WENT_ELSEWHERE.search(sentence) or \
        FILLED_BACK.search(sentence)
    return m is not None and not sentence.rstrip().endswith("?") and \
        not _OPEN.search(sentence, 0, m.start())
