"""Train the tone model shipped in src/followup/messages/tone_model.json (issues 13 and 24).

    python bench/tone_train.py           # cross-validate, train on all of it, write the JSON
    python bench/tone_train.py --dry-run # cross-validate and report only

Logistic regression (pure Python, AdaGrad with L2) over one sentence at a time, with the
features of followup.messages.tone_model. It learns from development data only: the
development parts of the three-pass corpus (bench/tone_corpus/pass*_dev.tsv) and the held-out
parts of retired passes (tone.RETIRED), the older development part (tone_dev.tsv), the first
table (tone_cases.tsv), and the sentences of followup's own message templates as fine
examples. No held-out part that is still blind is opened here.

A message is a bag of sentences (tone_text: no greeting, sign-off, signature or quotes). Every
sentence of a fine message is a fine example. A bad message of one sentence is a bad example;
in a longer bad message only its worst sentence is bad (which one is found by the model of the
round before: multiple-instance learning, two rounds), the others are left out.

What ships is chosen by cross-validation over the corpus rows, one fold per writer's pass (a
model trained without that writer scores their rows), each scored bare and inside the short
emails of bench/tone.py: the regularisation and threshold with the best recall
of the model alone (its worst sentence at the threshold) whose pooled precision is at least
TARGET_PRECISION win. The model alone, because the patterns were written on the same rows and
catch nearly all of them: judged together, any threshold would look as good, and the model's
false alarms on a new writer's text would go unseen. Then the model is trained on all of it.
The family each feature speaks for (naive Bayes over the bad sentences of the three-pass
corpus) is shipped beside it, to name the family in a warning.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from tone import FAMILIES, development, load, load_near_misses, load_part, wrapped  # noqa: E402

from followup.messages.tone import check  # noqa: E402
from followup.messages.tone_model import context, features  # noqa: E402
from followup.messages.tone_text import body, sentences  # noqa: E402

OUT = HERE.parent / "src" / "followup" / "messages" / "tone_model.json"
FAMILY_OUT = OUT.with_name("tone_model_family.json")
TEMPLATES = OUT.parent / "templates"
# Above the 0.95: held-out figures fall below cross-validation. 0.97 picked a threshold
# (0.57) at which the main branch's patterns and a model that had not seen the writer flagged
# 7% of pass 6's near misses (precision 0.947 over pass 4's held-out part and passes 5 and 6's
# development parts); 0.985 picks L2 3e-4 and 0.57 on the final data of the fourth round, where
# that simulation of a new writer gives precision 0.967 and recall 0.91 (bench/README.md).
TARGET_PRECISION = 0.985
L2S = (1e-4, 3e-4)
MIN_DOCS = 2  # a feature seen in one text only says nothing general
EPOCHS, RATE, SEED, ROUNDS = 12, 0.3, 13, 2


class Bag:
    """One labelled message: its sentences' feature ids, and how the patterns judge it."""

    def __init__(self, bad: bool, text: str, family: str, scored: bool,
                 in_email: str = "", writer: str = "") -> None:
        self.bad, self.text, self.family, self.scored = bad, text, family, scored
        self.writer = writer  # the pass (or "engineer_s7") a corpus row came from
        ctx = context(body(text))
        self.sentences = sentences(text) or [text.strip()]
        self.feats = [features(s, ctx) for s in self.sentences]
        self.rules = {"bare": rules(text)}
        if scored:  # a three-pass row: also judged inside a short email
            self.wrapped = in_email
            self.rules["email"] = rules(self.wrapped)
            ctx_w = context(body(self.wrapped))
            self.feats_w = [features(s, ctx_w) for s in sentences(self.wrapped)]


def rules(text: str) -> bool:
    return any(f.rule in ("M5", "T5") for f in check(text, use_model=False))


def data() -> list[Bag]:
    seen: set[str] = set()
    bags: list[Bag] = []
    rows = development()  # the passes' development parts and the retired held-out parts
    for r, w in zip(rows, wrapped(rows), strict=True):
        if r.text not in seen:
            seen.add(r.text)
            bags.append(Bag(r.bad, r.text, r.family, True, w.text,
                            re.sub(r"_(?:dev|heldout)$", "", r.source)))
    older = [(r.bad, r.text) for r in load_near_misses()]
    older += [(label == "bad", t) for label, _, t in load_part("dev")]
    older += [(label == "hostile", s) for label, s in load()]
    for bad, text in older:
        if text not in seen:
            seen.add(text)
            bags.append(Bag(bad, text, "", False))
    for sentence in template_sentences():
        if sentence not in seen:
            seen.add(sentence)
            bags.append(Bag(False, sentence, "", False))
    return bags


_FILL = (("phone", "two one two, five five five, zero one four seven"), ("date", "Monday, "
         "November 23"), ("day", "Monday"), ("role", "Data Analyst"), ("company", "Acme"),
         ("name", "Jane"), ("dear", "Jane"), ("interviewer", "Jane"), ("", "the report"))


def template_sentences() -> list[str]:
    """The sentences of followup's own message templates, their slots filled with plain
    values: the drafts the product writes are fine by definition."""
    out = []
    for path in sorted(TEMPLATES.glob("*.j2")):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r"\{%.*?%\}", "", text, flags=re.S)
        text = re.sub(r"\{\{(.*?)\}\}", lambda m: next(v for k, v in _FILL if k in m.group(1)),
                      text, flags=re.S)
        for line in text.splitlines():
            out += [s.strip('"“” ') for s in sentences(line) if len(s.split()) >= 3]
    return out


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def score(bias: float, w: dict[str, float], feats: set[str]) -> float:
    return sigmoid(bias + sum(w.get(f, 0.0) for f in feats))


def fit(examples: list[tuple[int, list[str]]], l2: float) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for _, feats in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    index: dict[str, int] = {}
    rows = []
    for y, feats in examples:
        ids = [index.setdefault(f, len(index)) for f in feats if counts[f] >= MIN_DOCS]
        rows.append((y, ids))
    weights = [0.0] * len(index)
    squares = [1e-8] * len(index)
    bias, bias_sq = 0.0, 1e-8
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    n = len(rows)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            y, ids = rows[i]
            z = bias
            for j in ids:
                z += weights[j]
            err = sigmoid(z) - y
            bias_sq += err * err
            bias -= RATE * err / math.sqrt(bias_sq)
            for j in ids:
                g = err + l2 * weights[j] * n
                squares[j] += g * g
                weights[j] -= RATE * g / math.sqrt(squares[j])
    names = list(index)
    return bias, {names[j]: weights[j] for j in range(len(names))}


def train(bags: list[Bag], l2: float) -> tuple[float, dict[str, float]]:
    """Multiple-instance rounds: the worst sentence of a long bad message is its bad one."""
    model: tuple[float, dict[str, float]] | None = None
    for _ in range(ROUNDS):
        examples: list[tuple[int, list[str]]] = []
        for b in bags:
            if not b.bad:
                examples += [(0, sorted(f)) for f in b.feats]
            elif len(b.feats) == 1:
                examples.append((1, sorted(b.feats[0])))
            elif model is not None:
                worst = max(b.feats, key=lambda f: score(model[0], model[1], f))
                examples.append((1, sorted(worst)))
        model = fit(examples, l2)
    assert model is not None
    return model


def worst(model: tuple[float, dict[str, float]], feats: list[set[str]]) -> float:
    return max((score(model[0], model[1], f) for f in feats), default=0.0)


def out_of_fold(bags: list[Bag], l2: float) -> list[tuple[Bag, float, float]]:
    """(bag, bare probability, in-an-email probability) for each corpus row, from a model that
    did not see its writer: one fold per pass (issue 24, fourth round). Random folds let a
    writer's habits leak from training into the fold scored, and picked a threshold that
    flagged a new writer's near misses (pass 6: 20 of 216 fine rows)."""
    writers = sorted({b.writer for b in bags if b.scored})
    out = []
    for held in writers:
        m = train([b for b in bags if not (b.scored and b.writer == held)], l2)
        out += [(b, worst(m, b.feats), worst(m, b.feats_w))
                for b in bags if b.scored and b.writer == held]
    return out


def figures(scored: list[tuple[Bag, float, float]], t: float,
            alone: bool = False) -> dict[str, float]:
    """As the check runs (the patterns, or the model at threshold t), or the model alone."""
    tp = fp = fn = 0
    fam: dict[str, list[int]] = {f: [0, 0] for f in FAMILIES}
    for b, p_bare, p_mail in scored:
        for how, p in (("bare", p_bare), ("email", p_mail)):
            hit = (b.rules[how] and not alone) or p >= t
            tp += hit and b.bad
            fp += hit and not b.bad
            fn += (not hit) and b.bad
            if b.bad:
                fam[b.family][0] += hit
                fam[b.family][1] += 1
    out = {"precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1), "fp": fp}
    out |= {f: c[0] / max(c[1], 1) for f, c in fam.items()}
    return out


def family_weights(bags: list[Bag]) -> dict[str, tuple[int, float]]:
    """For each feature of the bad three-pass sentences: the family it speaks for most, and
    by how much (log-odds against the other families, naive Bayes with add-one)."""
    counts = {f: {} for f in FAMILIES}  # type: dict[str, dict[str, int]]
    for b in bags:
        if b.bad and b.scored:
            for feats in b.feats:
                for f in feats:
                    if not f.startswith(("x ", "o ")):
                        counts[b.family][f] = counts[b.family].get(f, 0) + 1
    totals = {fam: sum(c.values()) for fam, c in counts.items()}
    vocab = {f for c in counts.values() for f in c}
    out: dict[str, tuple[int, float]] = {}
    for f in vocab:
        n = [counts[fam].get(f, 0) for fam in FAMILIES]
        if sum(n) < 3:
            continue
        logs = [math.log((n[i] + 1) / (totals[fam] + len(vocab)))
                for i, fam in enumerate(FAMILIES)]
        best = max(range(len(FAMILIES)), key=logs.__getitem__)
        rest = sorted(logs)[-2]
        if logs[best] - rest > 0.3:
            out[f] = (best, round(logs[best] - rest, 3))
    return out


def main(argv: list[str]) -> None:
    bags = data()
    three = [b for b in bags if b.scored]
    print(f"{len(bags)} texts ({sum(b.bad for b in bags)} bad), {len(three)} of them from the "
          f"three passes, {sum(len(b.feats) for b in bags)} sentences")
    base = figures([(b, 0.0, 0.0) for b in three], 2.0)
    print(f"the patterns alone: precision {base['precision']:.3f} recall {base['recall']:.3f}")
    best: tuple[float, float, float, float] | None = None  # recall, precision, l2, threshold
    for l2 in L2S:
        scored = out_of_fold(bags, l2)
        for t in [x / 100 for x in range(30, 100)]:
            f = figures(scored, t, alone=True)
            if f["precision"] >= TARGET_PRECISION and (best is None or f["recall"] > best[0]):
                best = (f["recall"], f["precision"], l2, t)
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            f = figures(scored, t, alone=True)
            print(f"l2 {l2:g} t {t:.2f}: precision {f['precision']:.3f} recall "
                  f"{f['recall']:.3f} fp {f['fp']:.0f} | " + " ".join(
                      f"{fam[:5]} {f[fam]:.2f}" for fam in FAMILIES))
    assert best is not None, "no setting reaches the precision target"
    recall, precision, l2, threshold = best
    scored = out_of_fold(bags, l2)
    for writer in sorted({b.writer for b, _, _ in scored}):
        w = figures([t for t in scored if t[0].writer == writer], threshold, alone=True)
        print(f"  {writer} unseen: the model alone precision {w['precision']:.3f} recall "
              f"{w['recall']:.3f} ({w['fp']:.0f} fine flagged)")
    f = figures(scored, threshold)
    print(f"chosen: l2 {l2:g}, threshold {threshold:.2f}: the model alone, cross-validated, "
          f"precision {precision:.3f}, recall {recall:.3f}; with the patterns (written on the "
          f"same rows, so flattered) precision {f['precision']:.3f} recall {f['recall']:.3f}")
    if f:
        print("  per family: " + " ".join(f"{fam} {f[fam]:.2f}" for fam in FAMILIES))
    if "--dry-run" in argv:
        return
    bias, weights = train(bags, l2)
    kept = {k: round(w, 3) for k, w in sorted(weights.items()) if abs(w) >= 0.01}
    fams = family_weights(bags)
    OUT.write_text(json.dumps({
        "about": "followup tone model (issues 13, 24): logistic regression over sentences, "
                 "trained by bench/tone_train.py on development data only",
        "bias": round(bias, 4), "threshold": threshold, "l2": l2, "weights": kept,
        "families": list(FAMILIES),
    }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    FAMILY_OUT.write_text(json.dumps({
        "about": "per feature of followup's tone model, the family of bad message it speaks for "
                 "most (naive Bayes, bench/tone_train.py): [family index, log-odds margin]",
        "family": {k: list(v) for k, v in sorted(fams.items())},
    }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(kept)} weights, {len(fams)} family cues, "
          f"{OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
