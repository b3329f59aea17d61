"""Precision and recall of the tone check (M5) on the labelled sentences in tone_cases.tsv.

Run: python bench/tone.py [--verbose]. A sentence counts as flagged when the check finds
anything in it; "hostile" is the positive class.
"""

from __future__ import annotations

import sys
from pathlib import Path

from followup.messages.tone import check

CASES = Path(__file__).with_name("tone_cases.tsv")


def load(path: Path = CASES) -> list[tuple[str, str]]:
    """(label, sentence) pairs; lines starting with # are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        if label not in ("hostile", "fine"):
            raise ValueError(f"{path}: unknown label {label!r}")
        rows.append((label, sentence))
    return rows


def score(rows: list[tuple[str, str]]) -> dict[str, object]:
    tp = fp = fn = tn = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for label, sentence in rows:
        flagged = bool(check(sentence))
        if label == "hostile" and flagged:
            tp += 1
        elif label == "hostile":
            fn += 1
            misses.append(sentence)
        elif flagged:
            fp += 1
            false_alarms.append(sentence)
        else:
            tn += 1
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "misses": misses, "false_alarms": false_alarms,
    }


def main(argv: list[str]) -> int:
    rows = load()
    s = score(rows)
    print(f"{len(rows)} labelled sentences: {s['tp']} hostile caught, {s['fn']} missed, "
          f"{s['fp']} false alarms, {s['tn']} fine left alone")
    print(f"precision {s['precision']:.2f}  recall {s['recall']:.2f}")
    if "--verbose" in argv or "-v" in argv:
        for sentence in s["misses"]:  # type: ignore[attr-defined]
            print(f"  missed:      {sentence}")
        for sentence in s["false_alarms"]:  # type: ignore[attr-defined]
            print(f"  false alarm: {sentence}")
            for f in check(sentence):
                print(f"               {f.rule} {f.phrase!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
