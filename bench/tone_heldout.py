"""Held-out figures of the tone check on the blind parts of the tone corpus (issue 24): totals
only.

    python bench/tone_heldout.py                      # every blind held-out part
    python bench/tone_heldout.py FILE.tsv [FILE.tsv]  # the parts named

By default it scores every bench/tone_corpus/pass*_heldout.tsv whose pass is not retired
(tone.RETIRED: passes 1-5, whose held-out parts were scored twice and now count as development
data), so a new writer's pass is scored as soon as its held-out file is in the folder. Each row
is scored bare and, for a sentence, inside a short email (bench/tone.py's WRAPPERS). It prints
precision and recall overall, and recall and false alarms per family, per file and pooled:
never a text, never which row was missed. Run it rarely (once before a change, once after);
nothing is developed against its output, and nobody who changes the check runs it on a part
that is still blind.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tone import (
    CORPUS,
    FAMILIES,
    RETIRED,
    Row,
    by_family,
    load_rows,
    ratio,
    totals,
    wrapped,
)

_PASS = re.compile(r"pass(\d+)_heldout\.tsv")


def blind_parts(folder: Path = CORPUS) -> list[Path]:
    """Every held-out part in `folder` whose pass is not retired, in pass order."""
    found = []
    for path in folder.glob("pass*_heldout.tsv"):
        m = _PASS.fullmatch(path.name)
        if m and int(m.group(1)) not in RETIRED:
            found.append((int(m.group(1)), path))
    return [path for _, path in sorted(found)]


def report(name: str, rows: list[Row]) -> dict[str, dict[str, int]]:
    counts = by_family(rows)
    t = totals(counts)
    print(f"{name}: {len(rows)} texts, precision {ratio(t['tp'], t['tp'] + t['fp']):.3f} "
          f"recall {ratio(t['tp'], t['tp'] + t['fn']):.3f} "
          f"({t['tp']} caught, {t['fn']} missed, {t['fp']} false alarms, {t['tn']} fine)")
    return counts


def family_table(columns: list[tuple[str, dict[str, dict[str, int]]]]) -> None:
    print("recall per family (caught/bad), false alarms (flagged/fine):")
    print(f"  {'family':<12}" + "".join(f"{name:>24}" for name, _ in columns))
    for fam in FAMILIES:
        cells = []
        for _, counts in columns:
            c = counts[fam]
            bad, fine = c["tp"] + c["fn"], c["fp"] + c["tn"]
            cells.append(f"{ratio(c['tp'], bad):.2f} {c['tp']:>3}/{bad:<3} fa {c['fp']}/{fine:<3}")
        print(f"  {fam:<12}" + "".join(f"{cell:>24}" for cell in cells))


def main(argv: list[str] | None = None) -> int:
    paths = [Path(a) for a in argv] if argv else blind_parts()
    if not paths:
        print("tone: no blind held-out part (bench/tone_corpus/pass*_heldout.tsv beyond the "
              f"retired passes {', '.join(map(str, RETIRED))}); nothing to score")
        return 0
    pooled: dict[str, list[Row]] = {"bare": [], "email": []}
    for path in paths:
        rows = load_rows(path)
        columns = []
        for how, these in (("bare", rows), ("email", wrapped(rows))):
            pooled[how] += these
            columns.append((f"{path.stem} {how}", report(f"{path.stem} {how}", these)))
        family_table(columns)
    if len(paths) > 1:
        family_table([(f"all {how}", report(f"all parts {how}", these))
                      for how, these in pooled.items()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
