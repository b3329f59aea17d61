"""How a blind tone pass was split into its development and held-out halves: run once per pass,
never again (it refuses to overwrite).

    python bench/tone_corpus/split_pass.py 6 WRITER_A.tsv [WRITER_B.tsv …]

The rows of every writer of the pass are pooled and split by a fixed seed (the pass's number),
stratified by family, label and form, so that each half has its share of every family's flagged
and near-miss rows, bare and as emails. Half goes to pass<N>_dev.tsv (read, trained on), half to
pass<N>_heldout.tsv (scored once by bench/tone_heldout.py, totals only).
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
HEADER = "label\tfamily\tform\ttext"
COMMENTED = "# " + HEADER
DEV_SHARE = 0.5


def main(number: int, files: list[str]) -> None:
    dev, held = HERE / f"pass{number}_dev.tsv", HERE / f"pass{number}_heldout.tsv"
    if dev.exists() or held.exists():
        sys.exit(f"pass {number} is already split; splitting again would reshuffle it")
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for name in files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line == HEADER or line.startswith("#"):
                continue
            label, family, form, _ = line.split("\t", 3)
            groups[(family, label, form)].append(line)
    rng = random.Random(number)
    out_dev: list[str] = []
    out_held: list[str] = []
    for key in sorted(groups):
        rows = sorted(set(groups[key]))
        rng.shuffle(rows)
        cut = round(len(rows) * DEV_SHARE)
        out_dev += rows[:cut]
        out_held += rows[cut:]
    for path, rows in ((dev, out_dev), (held, out_held)):
        path.write_text("\n".join([COMMENTED, *rows]) + "\n", encoding="utf-8")
    print(f"pass {number}: {len(out_dev)} development rows, {len(out_held)} held out")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
