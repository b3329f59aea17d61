"""A further step set before a promised decision (issue 23): "Want to do a final with me and
our advisor? Thinking Tues 16th. We'll decide by Fri 19th."

A decision day the rules find in a message does not say that nothing else happens before it:
an employer who promises to decide by a day often asks the candidate to one more meeting
first. The rules read such a message for its day and stop; the learned reader
(capture.reply_model) still reads it for an outcome, and a next round it is sure of carries
the promised day. Only a next round: a "no" or a job given do not wait for a day of decision.

An invitation is often a question ("Want to do a final with me?", "Fancy coming in to meet
the team?"): a question that asks the candidate to do something is how a step is offered,
not a doubt, so it does not hold the learned reader back here as it does elsewhere.
"""

from __future__ import annotations

import re

from followup.capture.lazy import lazy

# a question put to the candidate to take part: "want to …?", "would you like to …?",
# "fancy coming in …?", "are you free to …?", "could you do …?"
_ASKS_TO = lazy(r"^\W*(?:\w+ (?:\w+ )?,\s*)?(?:(?:do you |would you |you )?(?:want|fancy|care) "
                r"(?:to|coming|doing|a)\b|(?:would|could|can|will) you (?:like to |be able to |"
                r")?(?:do|come|join|meet|make|pop)\b|(?:are|r) you (?:free|around|up for|"
                r"available|game)\b|(?:how about|what about) (?:a|another|coming|doing)\b)",
                re.IGNORECASE)


def step_before(text: str, said: list[str]) -> tuple[str, str] | None:
    """("next_round", the sentence that asks for it) when the learned reader is sure the
    message asks the candidate to one more step, beside a decision day the rules found."""
    from followup.capture import reply_model

    guessed = reply_model.guess(text, said)
    if guessed is None or guessed[0] != "next_round":
        return None
    sentence = guessed[2]
    if sentence.rstrip().endswith("?") and _ASKS_TO.search(sentence):
        # a question that invites is no doubt: judged as the same words said plainly
        sentence = sentence.rstrip().rstrip("?") + "."
    if reply_model.vetoed("next_round", sentence, text):
        return None
    return "next_round", guessed[2]
