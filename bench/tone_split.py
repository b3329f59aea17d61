"""How tone_dev.tsv and tone_heldout.tsv were made: run once, on 2026-11-30, and never again.

The labelled corpus (sentences and short emails, written for this purpose) was split per
category with a fixed seed: 60% for development (read, and used to write the rules and to
train the model), 40% held out (only ever scored, never read for failures). Re-running it
over the stored files would reshuffle them; it refuses when they exist.

Format of both files: label <TAB> category <TAB> text, with "\\n" for a line break in an email.
label: "bad" (a careful recruiter would wince) or "fine".
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
DEV, HELDOUT = HERE / "tone_dev.tsv", HERE / "tone_heldout.tsv"
SEED = 13
DEV_SHARE = 0.6
FINE = ("fine", "fine_email")


def split(rows: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    rng = random.Random(SEED)
    dev: list[str] = []
    held: list[str] = []
    for category in sorted({c for c, _ in rows}):
        items = [t for c, t in rows if c == category]
        rng.shuffle(items)
        cut = round(len(items) * DEV_SHARE)
        label = "fine" if category in FINE else "bad"
        dev += [f"{label}\t{category}\t{t}" for t in items[:cut]]
        held += [f"{label}\t{category}\t{t}" for t in items[cut:]]
    return dev, held


def main(folder: str) -> None:
    if DEV.exists() or HELDOUT.exists():
        sys.exit("the split is made once: tone_dev.tsv and tone_heldout.tsv already exist")
    rows = []
    for path in sorted(Path(folder).glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append((path.stem, line.strip()))
    dev, held = split(rows)
    header = "# label\tcategory\ttext\n"
    DEV.write_text(header + "\n".join(dev) + "\n", encoding="utf-8")
    HELDOUT.write_text(header + "\n".join(held) + "\n", encoding="utf-8")
    print(f"{len(dev)} development, {len(held)} held out")


if __name__ == "__main__":
    main(sys.argv[1])
