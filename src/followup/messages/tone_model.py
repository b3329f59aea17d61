"""A small linear model of tone, beside the patterns of tone.py (M5).

Logistic regression over words, word pairs and word fragments, trained on the development
part of the tone corpus only (bench/tone_train.py, which also picks the threshold by
cross-validation) and shipped as `tone_model.json`: a bias, a threshold and one weight per
feature. Nothing is downloaded and nothing heavy is imported: scoring a text is a few
dictionary look-ups. The patterns speak first; the model catches wording they have no family
for, and names the sentence that weighs most.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

_TOKEN = re.compile(r"[a-z0-9']+|[!?]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[()dp]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_GRAM = 4  # fragments of four letters, so that "disorganised" and "organisation" share one


def features(text: str) -> set[str]:
    """Words, neighbouring pairs of words and four-letter fragments of longer words."""
    low = text.lower().replace("’", "'")
    words = _TOKEN.findall(low)
    out = {f"w {w}" for w in words}
    out.update(f"b {a} {b}" for a, b in itertools.pairwise(words))
    for w in words:
        if len(w) > _GRAM:
            padded = f"<{w}>"
            out.update(f"c {padded[i:i + _GRAM]}" for i in range(len(padded) - _GRAM + 1))
    return out


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, text: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(text))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def flags(self, text: str) -> bool:
        return self.probability(text) >= self.threshold

    def worst_sentence(self, text: str) -> str:
        """The sentence that weighs most towards a wince: what the finding quotes."""
        parts = [s.strip() for s in _SENTENCE.findall(text) if s.strip()] or [text.strip()]
        worst: str = max(parts, key=lambda s: sum(self.weights.get(f, 0.0)
                                                  for f in features(s)))
        return worst


@functools.lru_cache(maxsize=1)
def model() -> Model:
    raw = json.loads(resources.files("followup.messages").joinpath("tone_model.json")
                     .read_text(encoding="utf-8"))
    return Model(float(raw["bias"]), float(raw["threshold"]),
                 {str(k): float(v) for k, v in raw["weights"].items()})
