"""An experiment: a small linear model trained on the development part only, scored beside
the rules. It is not shipped: at a threshold that leaves every known-fine sentence alone it
adds nothing on the held-out part (see bench/README.md, "Tone check").

    python bench/tone_train.py      # trains, picks the threshold, scores the held-out part

Logistic regression over words and word pairs, full-batch gradient descent with L2. The
threshold is chosen by 5-fold cross-validation on the development part (the lowest one whose
pooled precision is at least 0.95), then raised above every fine sentence of the first table
(tone_cases.tsv, a validation set), so that the model never overrules a sentence we know is
fine. The held-out part plays no role here.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from tone import load, load_part  # noqa: E402

from followup.messages.tone import check  # noqa: E402

EPOCHS, RATE, L2 = 300, 0.5, 1e-3


_TOKEN = re.compile(r"[a-z’']+|[!?]+|[\U0001F300-\U0001FAFF]|:\)")


def features(text: str) -> list[str]:
    words = [w.replace("’", "'") for w in _TOKEN.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def train(rows: list[tuple[int, list[str]]]) -> tuple[float, dict[str, float]]:
    weights: dict[str, float] = {}
    bias = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        grad: dict[str, float] = {}
        gb = 0.0
        for y, feats in rows:
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            err = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - y
            gb += err
            for f in feats:
                grad[f] = grad.get(f, 0.0) + err
        bias -= RATE * gb / n
        for f, g in grad.items():
            w = weights.get(f, 0.0)
            weights[f] = w - RATE * (g / n + L2 * w)
    return bias, weights


def prob(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def rows_of(part: str) -> list[tuple[int, list[str]]]:
    return [(int(label == "bad"), sorted(set(features(text))))
            for label, _, text in load_part(part)]


def choose_threshold(rows: list[tuple[int, list[str]]]) -> float:
    rng = random.Random(13)
    order = list(range(len(rows)))
    rng.shuffle(order)
    scored: list[tuple[float, int]] = []
    for k in range(5):
        test = {i for j, i in enumerate(order) if j % 5 == k}
        b, w = train([r for i, r in enumerate(rows) if i not in test])
        scored += [(prob(b, w, rows[i][1]), rows[i][0]) for i in test]
    for t in [x / 100 for x in range(50, 100)]:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        if tp + fp and tp / (tp + fp) >= 0.95:
            recall = tp / sum(y for _, y in scored)
            print(f"threshold {t:.2f}: cross-validated precision {tp / (tp + fp):.3f}, "
                  f"recall {recall:.3f} (model alone)")
            return t
    return 0.99


def _score(rows: list[tuple[str, str, str]], flag: object) -> str:
    assert callable(flag)
    tp = sum(1 for label, _, t in rows if label == "bad" and flag(t))
    fp = sum(1 for label, _, t in rows if label == "fine" and flag(t))
    fn = sum(1 for label, _, t in rows if label == "bad" and not flag(t))
    return f"precision {tp / max(tp + fp, 1):.3f}  recall {tp / max(tp + fn, 1):.3f}"


def main() -> None:
    rows = rows_of("dev")
    cv_threshold = choose_threshold(rows)
    bias, weights = train(rows)
    fine = [prob(bias, weights, sorted(set(features(s)))) for label, s in load()
            if label == "fine"]
    safe = max(cv_threshold, math.ceil((max(fine) + 0.001) * 100) / 100)
    held = load_part("heldout")

    def rules(t: str) -> bool:
        return any(f.rule in ("M5", "T5") for f in check(t))

    print(f"held out, rules alone:                 {_score(held, rules)}")
    for name, t in (("cross-validated", cv_threshold), ("validation-safe", safe)):
        def both(x: str, t: float = t) -> bool:
            return rules(x) or prob(bias, weights, sorted(set(features(x)))) >= t
        print(f"held out, rules or model at {t:.2f} ({name}): {_score(held, both)}")


if __name__ == "__main__":
    main()
