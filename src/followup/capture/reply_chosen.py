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
_OPEN = lazy(r"\b(?:if|whether|unless|should|in case)\b", _I)


def chosen_other(sentence: str) -> bool:
    """Whether `sentence` names the one chosen as someone else ("the person we chose")."""
    m = CHOSEN_OTHER.search(sentence)
    return m is not None and not sentence.rstrip().endswith("?") and \
        not _OPEN.search(sentence, 0, m.start())
