"""Train the reply model shipped in src/followup/capture/reply_model.json (issue 23).

    python bench/reply_train.py            # check on unseen writers, train on all, write JSON
    python bench/reply_train.py --dry-run  # the check only

Development replies only: tests/fixtures/replies/dev (the issue-15 corpus) and every
blind_dev* folder (each by its own writer). Never a held-out folder.

The check is what a new writer would see: for each blind_dev* folder, the model is trained
on everything else (dev and the other writers), the rules read the folder as `followup inbox`
does (capture.inbox.evaluate, with the model off), and the model then names an outcome where
the rules found none ("reply") and it is at least as sure as the threshold. The same for the
dev corpus in five folds (capture.replies.read_reply). The rules were written on these same
folders and miss almost nothing in them, so this check cannot show what the model adds on a
new writer; it shows what it gets wrong there (the outcomes it adds that are wrong). The
threshold shipped is the lowest with no wrong addition and pooled precision at least
TARGET_PRECISION, raised to FLOOR at least (a new writer's short messages score higher than
their words deserve: our own negated rule wordings, "we haven't put the role on hold",
scored 0.81-0.94); then the model is trained on all of it. What it adds on a
writer the rules were not written on was measured once, with the rules of the start of
session 7 on blind_dev2 (bench/README.md).
"""

from __future__ import annotations

import json
import math
import random
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REPLIES = ROOT / "tests" / "fixtures" / "replies"
OUT = ROOT / "src" / "followup" / "capture" / "reply_model.json"
TARGET_PRECISION = 0.98  # above the 0.97: a new writer's figures fall below this
THRESHOLDS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)
FLOOR = 0.95
L2, EPOCHS, RATE, SEED, MIN_DOCS, KEEP = 1e-4, 15, 0.3, 13, 2, 0.02
OWN = frozenset({"sam@gmail.com", "sam.candidate@outlook.com"})


def _doc(raw: bytes) -> set[str]:
    from followup.capture.inbox import body_text
    from followup.capture.replies import new_text
    from followup.capture.reply_model import features

    return features(new_text(body_text(raw)))


def corpus() -> list[dict[str, Any]]:
    """Every development reply: its folder, features, label and (for the blind folders) the
    applications it is read against."""
    out = []
    labels = json.loads((REPLIES / "dev" / "labels.json").read_text())
    for name, want in sorted(labels.items()):
        raw = (REPLIES / "dev" / name).read_bytes()
        out.append({"folder": "dev", "raw": raw, "feats": _doc(raw), "outcome": want["outcome"],
                    "date": want.get("date"), "app": None, "apps": None})
    for folder in sorted(p for p in REPLIES.glob("blind_dev*") if p.is_dir()):
        apps = json.loads((folder / "applications.json").read_text())["applications"]
        for name, want in sorted(json.loads((folder / "labels.json").read_text()).items()):
            raw = (folder / name).read_bytes()
            out.append({"folder": folder.name, "raw": raw, "feats": _doc(raw),
                        "outcome": want["outcome"], "app": want["application"], "apps": apps})
    return out


def fit(docs: list[set[str]], ys: list[int]) -> tuple[float, dict[str, float]]:
    """Logistic regression, AdaGrad with L2, fixed seed."""
    w: dict[str, float] = {}
    g: dict[str, float] = {}
    b, gb = 0.0, 1e-8
    order = list(range(len(docs)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            z = b + sum(w.get(f, 0.0) for f in docs[i])
            e = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - ys[i]
            gb += e * e
            b -= RATE * e / math.sqrt(gb)
            for f in docs[i]:
                grad = e + L2 * w.get(f, 0.0)
                g[f] = g.get(f, 1e-8) + grad * grad
                w[f] = w.get(f, 0.0) - RATE * grad / math.sqrt(g[f])
    return b, w


def train(rows: list[dict[str, Any]]) -> dict[str, tuple[float, dict[str, float]]]:
    from followup.capture.reply_model import CLASSES

    seen: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            seen[f] = seen.get(f, 0) + 1
    docs = [{f for f in r["feats"] if seen[f] >= MIN_DOCS} for r in rows]
    return {c: fit(docs, [int(r["outcome"] == c) for r in rows]) for c in CLASSES}


def rules_alone(row: dict[str, Any]) -> tuple[int | None, str | None, bool]:
    """(application, outcome, open to the model) as the rules read it, the model off."""
    from followup.capture import inbox, reply_model
    from followup.capture.replies import read_reply

    saved = reply_model.guess
    reply_model.guess = lambda *_a, **_k: None
    try:
        if row["apps"] is None:
            from followup.mail.replies import parse

            head = parse(1, row["raw"], None, datetime(2027, 1, 1).astimezone())
            r = read_reply(inbox.body_text(row["raw"]), head.at, "UTC")
            return None, r.outcome, r.outcome == "reply"
        got = inbox.evaluate(row["raw"], row["apps"], OWN)
        return got["app"], got["outcome"], (got["kind"] in (None, "reply")
                                            and got["app"] is not None and got["back"] is None)
    finally:
        reply_model.guess = saved


def scored(model: dict[str, tuple[float, dict[str, float]]], row: dict[str, Any]
           ) -> tuple[str, float]:
    from followup.capture.reply_model import probability

    ps = {c: probability(*m, row["feats"]) for c, m in model.items()}
    best = max(ps, key=lambda c: ps[c])
    return best, ps[best]


def check() -> dict[float, dict[str, int]]:
    """Rules and model together on writers the model has not seen, per threshold."""
    rows = corpus()
    folds: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]] = []
    for folder in sorted({r["folder"] for r in rows} - {"dev"}):
        folds.append(([r for r in rows if r["folder"] != folder],
                      [r for r in rows if r["folder"] == folder]))
    fold_of = {id(r): i % 5 for i, r in enumerate(r for r in rows if r["folder"] == "dev")}
    for k in range(5):
        folds.append(([r for r in rows if fold_of.get(id(r), -1) != k],
                      [r for r in rows if fold_of.get(id(r), -1) == k]))
    counts = {t: {"tp": 0, "fp": 0, "fn": 0, "added": 0, "added_wrong": 0} for t in
              (*THRESHOLDS, 2.0)}
    for learn, test in folds:
        model = train(learn)
        for row in test:
            app, outcome, open_ = rules_alone(row)
            best, p = scored(model, row)
            for t, c in counts.items():
                out = best if open_ and p >= t else outcome
                right = out == row["outcome"] and out in model and (
                    row["apps"] is None or app == row["app"])
                c["tp"] += right
                c["fp"] += out in model and not right
                c["fn"] += row["outcome"] in model and not right
                if out != outcome:
                    c["added"] += 1
                    c["added_wrong"] += not right
    return counts


def main(argv: list[str]) -> None:
    counts = check()
    lowest, failed = 2.0, False
    for t, c in sorted(counts.items(), reverse=True):
        precision = c["tp"] / max(c["tp"] + c["fp"], 1)
        recall = c["tp"] / max(c["tp"] + c["fn"], 1)
        print(f"threshold {t if t <= 1 else 'off':>4}: precision {precision:.3f} recall "
              f"{recall:.3f}; the model added {c['added']} outcomes, {c['added_wrong']} wrong")
        failed = failed or bool(c["added_wrong"]) or precision < TARGET_PRECISION
        if t <= 1 and not failed:
            lowest = t
    best_t = max(lowest, FLOOR)
    print(f"lowest threshold with no wrong addition: {lowest}; shipped: {best_t}")
    if "--dry-run" in argv or best_t > 1:
        return
    model = train(corpus())
    doc = {"threshold": best_t, "trained_on": "tests/fixtures/replies/dev, blind_dev*",
           "classes": {c: {"bias": round(b, 4), "weights": {
               f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= KEEP}}
               for c, (b, w) in model.items()}}
    OUT.write_text(json.dumps(doc, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
