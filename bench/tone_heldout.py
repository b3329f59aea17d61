"""Held-out figures of the tone check on the three-pass corpus (issue 24): totals only.

    python bench/tone_heldout.py

Scores bench/tone_corpus/pass{1,2,3}_heldout.tsv, each row bare and each sentence row
inside a short email (bench/tone.py's WRAPPERS), and the older held-out part
(bench/tone_heldout.tsv). It prints precision and recall overall, and recall and false
alarms per family, per pass: never a text, never which row was missed. Run it rarely (once
before a change, once after); nothing is developed against its output.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tone import (
    FAMILIES,
    PASSES,
    Row,
    by_family,
    load_corpus,
    load_part,
    ratio,
    score,
    totals,
    wrapped,
)


def report(name: str, rows: list[Row]) -> dict[str, dict[str, int]]:
    counts = by_family(rows)
    t = totals(counts)
    print(f"{name}: {len(rows)} texts, precision {ratio(t['tp'], t['tp'] + t['fp']):.3f} "
          f"recall {ratio(t['tp'], t['tp'] + t['fn']):.3f} "
          f"({t['tp']} caught, {t['fn']} missed, {t['fp']} false alarms, {t['tn']} fine)")
    return counts


def family_table(columns: list[tuple[str, dict[str, dict[str, int]]]]) -> None:
    print("recall per family (caught/bad), false alarms (flagged/fine):")
    print(f"  {'family':<12}" + "".join(f"{name:>22}" for name, _ in columns))
    for fam in FAMILIES:
        cells = []
        for _, counts in columns:
            c = counts[fam]
            bad, fine = c["tp"] + c["fn"], c["fp"] + c["tn"]
            cells.append(f"{ratio(c['tp'], bad):.2f} {c['tp']:>2}/{bad:<2} fa {c['fp']}/{fine:<2}")
        print(f"  {fam:<12}" + "".join(f"{cell:>22}" for cell in cells))


def main() -> int:
    columns = []
    pooled: dict[str, list[Row]] = {"bare": [], "email": []}
    for p in PASSES:
        rows = load_corpus(p, "heldout")
        for how, these in (("bare", rows), ("email", wrapped(rows))):
            pooled[how] += these
            columns.append((f"pass {p} {how}", report(f"pass {p} {how}", these)))
    for how, these in pooled.items():
        columns.append((f"all {how}", report(f"all passes {how}", these)))
    family_table(columns[:3 * 2])
    family_table(columns[6:])
    old = score([(label, t) for label, _, t in load_part("heldout")])
    print(f"older held-out part (bench/tone_heldout.tsv): precision {old['precision']:.3f} "
          f"recall {old['recall']:.3f} ({old['tp']} caught, {old['fn']} missed, "
          f"{old['fp']} false alarms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
