"""A small linear model of tone, beside the wording patterns of tone.py (M5, issue 24).

It judges one sentence at a time, so that a greeting, a sign-off or a paragraph of pleasant
news cannot dilute one bad sentence: the message takes its worst sentence's score. Features:
the sentence's words and neighbouring pairs of words, and two facts about the whole message
(does it speak of an offer, does it thank them for their time), alone and, for an offer,
joined to each word: "how much is the bonus" is fine about an offer, not in a thank-you.

Logistic regression trained on the development part of the tone corpus only
(bench/tone_train.py, which picks the threshold by cross-validation) and shipped as
`tone_model.json`: a bias, a threshold, one weight per feature, and (tone_model_family.json,
read only when a warning is to be given) per feature the family of
bad messages it speaks for most (naive Bayes, to name the family in the warning). Nothing is
downloaded and nothing heavy is imported: scoring is a few dictionary look-ups.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from pathlib import Path

from followup.messages.tone_regex import rx
from followup.messages.tone_text import body_lines, sentences

_TOKEN = rx(r"[a-z0-9']+|[!?]+|[$£€]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[()dp]")
_OFFER = rx(r"\b(?:offer(?:ed|s)?|contract|signed|accept(?:ed)?)\b", re.IGNORECASE)
_THANKS = rx(r"\bthank|\bthanks\b|\bgrateful\b|\benjoyed\b", re.IGNORECASE)


def context(text: str) -> frozenset[str]:
    """What the whole message says that changes how one sentence reads."""
    out = set()
    if _OFFER.search(text):
        out.add("offer")
    if _THANKS.search(text):
        out.add("thanks")
    return frozenset(out)


def features(sentence: str, ctx: frozenset[str] = frozenset()) -> set[str]:
    """Words and neighbouring pairs of words, and the message's context (alone and, for an
    offer, with each word). Four-letter fragments of words, tried too, made cross-validated
    recall worse (0.50 against 0.56 for the model alone at precision 0.97)."""
    low = sentence.lower().replace("’", "'")
    words = _TOKEN.findall(low)
    out = {f"w {w}" for w in words}
    out.update(f"b {a} {b}" for a, b in itertools.pairwise(words))
    out.update(f"x {c}" for c in ctx)
    if "offer" in ctx:
        out.update(f"o {w}" for w in words)
    return out


class Model:
    """Bias, threshold and weights (a plain class: `dataclasses` costs start-up time)."""

    __slots__ = ("bias", "families", "family_weights", "threshold", "weights")

    def __init__(self, bias: float, threshold: float, weights: dict[str, float],
                 families: tuple[str, ...] = (),
                 family_weights: dict[str, tuple[int, float]] | None = None) -> None:
        self.bias, self.threshold, self.weights = bias, threshold, weights
        self.families, self.family_weights = families, family_weights

    def sentence_probability(self, sentence: str, ctx: frozenset[str] = frozenset()) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(sentence, ctx))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def worst(self, text: str) -> tuple[float, str]:
        """The probability of the worst sentence of the message, and that sentence."""
        lines = body_lines(text)
        ctx = context("\n".join(lines))
        best = (0.0, "")
        for s in sentences(text, lines=lines):
            p = self.sentence_probability(s, ctx)
            if p > best[0]:
                best = (p, s)
        return best

    def probability(self, text: str) -> float:
        return self.worst(text)[0]

    def flags(self, text: str) -> bool:
        return self.probability(text) >= self.threshold

    def family(self, sentence: str) -> str:
        """The family of bad message the sentence's wording speaks for most ("tone" when the
        model has no family data)."""
        weights = self.family_weights if self.family_weights is not None else _family_cues()
        if not self.families or not weights:
            return "tone"
        votes = [0.0] * len(self.families)
        for f in features(sentence):
            hit = weights.get(f)
            if hit:
                votes[hit[0]] += hit[1]
        best = max(range(len(votes)), key=votes.__getitem__)
        return self.families[best] if votes[best] > 0 else "tone"


@functools.lru_cache(maxsize=1)
def model() -> Model:
    # Beside this module, read as a plain file: importlib.resources would cost more to import
    # than the model costs to read.
    raw = json.loads((Path(__file__).parent / "tone_model.json").read_text(encoding="utf-8"))
    return Model(raw["bias"], raw["threshold"], raw["weights"], tuple(raw.get("families", ())))


@functools.lru_cache(maxsize=1)
def _family_cues() -> dict[str, tuple[int, float]]:
    """Per feature, the family it speaks for: a file of its own, read only when the model has
    found a sentence to warn about (parsing it on every `followup check -` cost a millisecond)."""
    raw = json.loads((Path(__file__).parent / "tone_model_family.json").read_text(
        encoding="utf-8"))
    return {k: (v[0], v[1]) for k, v in raw["family"].items()}
