"""A small learned reader of an employer's reply, beside the rules of reply_words (issue 23).

The rules say an outcome only on plain words they know; a writer who says no, yes to another
round or yes to the job in words no rule has gets "reply". This model reads what the rules
left as "reply" and names an outcome only when it is sure (its probability at or above the
shipped threshold). Features: the words and neighbouring pairs of words of the reply's new
text (quoted history and signature already cut). Three one-against-the-rest logistic
regressions, trained on the development replies only (tests/fixtures/replies/dev, blind_dev,
blind_dev2; never a held-out part) by bench/reply_train.py, which picks the threshold on a
writer the model has not seen, and shipped as `reply_model.json`: per class a bias and one
weight per feature. Nothing is downloaded and nothing heavy is imported: scoring is a few
dictionary look-ups.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from pathlib import Path

CLASSES = ("rejected", "next_round", "offer")
_TOKEN = re.compile(r"[a-z0-9']+")
PATH = Path(__file__).with_name("reply_model.json")


def features(text: str) -> set[str]:
    """The words and neighbouring pairs of words of a text, lower case."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    return {f"w {w}" for w in words} | {f"b {a} {b}" for a, b in itertools.pairwise(words)}


def probability(bias: float, weights: dict[str, float], feats: set[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def _model() -> tuple[float, dict[str, tuple[float, dict[str, float]]]]:
    try:
        doc = json.loads(PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 2.0, {}  # no model: the rules alone
    return float(doc["threshold"]), {c: (float(doc["classes"][c]["bias"]),
                                         dict(doc["classes"][c]["weights"])) for c in CLASSES}


def guess(text: str, sentences: list[str]) -> tuple[str, float, str] | None:
    """(outcome, probability, the sentence that says it most) when the model is sure of an
    outcome in `text`, else None."""
    threshold, classes = _model()
    if not classes or not text.strip():
        return None
    feats = features(text)
    scores = {c: probability(*classes[c], feats) for c in CLASSES}
    best = max(scores, key=lambda c: scores[c])
    if scores[best] < threshold:
        return None
    said = max(sentences or [text], key=lambda s: probability(*classes[best], features(s)))
    return best, scores[best], said
