"""Train capture/name_model.json: does a string look like a person's name (issue 23).

    python bench/name_train.py            # train on every people_dev* folder, pick the
                                          # threshold leaving writers out, write the JSON
    python bench/name_train.py --without dev63,dev64,dev65   # leave folders out of training

Development truth files only (tests/fixtures/invites/people_dev*/; never a held-out part).
Positives: every labelled person's name (interviewer, coordinator, candidate). Negatives:
the capitalised phrases the same files write (title, description, note, location) that share
no word with a labelled person: places, zones, titles, companies, teams, rooms, words of the
job. Features: character n-grams (2 to 4) of each word between word boundaries, and each
whole word (capture/name_model.py); a logistic regression. The threshold is picked on
folders the model was not trained on (six groups of folders, each left out in turn, as
its writers were): the lowest score of a left-out person the model judges (two words or
more, letters of a script with case), less a margin, so that a veto never drops a real
person.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup.capture.name_model import features  # noqa: E402

INVITES = ROOT / "tests" / "fixtures" / "invites"
OUT = ROOT / "src" / "followup" / "capture" / "name_model.json"
PEOPLE = ("interviewer", "coordinator", "candidate")
# A run of capitalised words, with the small joining words names and places both have.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*"
_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:de|da|do|dos|das|del|van|der|den|von|la|le|di|bin|"
                  rf"binti|al|y|e)\s+)?{_CAP}){{0,3}}")
L2 = 1e-5
GROUPS = 6
MARGIN = 0.5


def _folders(without: set[str]) -> list[Path]:
    return sorted(p for p in INVITES.glob("people_dev*") if p.is_dir()
                  and re.fullmatch(r"dev\d*", p.name.removeprefix("people_"))
                  and p.name.removeprefix("people_") not in without)


def examples(folder: Path) -> tuple[list[str], list[str]]:
    """(person names, capitalised phrases that are no person) of one folder."""
    from followup.capture.invitations import read
    from followup.core.errors import BadInput

    pos: list[str] = []
    neg: set[str] = set()
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".ics", ".eml")):
        want = json.loads(path.with_suffix(".json").read_text())
        names = [p["name"] for p in want["people"] if p["kind"] in PEOPLE and p["name"]]
        pos.extend(names)
        words = {w.lower() for n in names for w in re.findall(r"\w+", n)}
        words |= {w.lower() for p in want["people"] for w in re.findall(r"\w+", p["name"] or "")}
        try:
            inv = read(path.read_bytes(), "Europe/London")[0]
        except BadInput:
            continue
        text = "\n".join((inv.summary, inv.description, inv.note, inv.location or ""))
        for m in _RUN.finditer(text):
            phrase = m.group(0)
            if not {w.lower() for w in re.findall(r"\w+", phrase)} & words:
                neg.add(phrase)
    return pos, sorted(neg)


def train(data: list[tuple[list[str], list[str]]], epochs: int = 6
          ) -> tuple[float, dict[str, float]]:
    """A logistic regression (stochastic gradient, small L2) of person against no person."""
    items = [(sorted(set(features(x))), 1) for pos, _ in data for x in sorted(set(pos))]
    items += [(sorted(set(features(x))), 0) for _, neg in data for x in neg]
    w: dict[str, float] = {}
    b = 0.0
    rnd = random.Random(1)
    for ep in range(epochs):
        rnd.shuffle(items)
        eta = 0.2 / (1 + ep)
        for feats, y in items:
            z = b + sum(w.get(f, 0.0) for f in feats)
            g = (y - 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))) * eta
            b += g
            for f in feats:
                w[f] = w.get(f, 0.0) * (1 - eta * L2) + g
    return b, w


def main() -> None:
    from followup.capture.name_model import judged, score

    without: set[str] = set()
    if "--without" in sys.argv:
        without = set(sys.argv[sys.argv.index("--without") + 1].split(","))
    folders = _folders(without)
    data = {f.name: examples(f) for f in folders}
    # leave each group of folders (their writers) out in turn: the scores of its people
    pos_out: list[tuple[float, str, str]] = []
    neg_out: list[tuple[float, str, str]] = []
    names = sorted(data)
    for g in (names[i::GROUPS] for i in range(GROUPS)):
        b, w = train([data[n] for n in names if n not in g])
        for n in g:
            pos_out += [(score(x, b, w), x, n) for x in set(data[n][0]) if judged(x)]
            neg_out += [(score(x, b, w), x, n) for x in data[n][1] if judged(x)]
    pos_out.sort()
    neg_out.sort()
    print(f"{len(pos_out)} names, {len(neg_out)} phrases judged, {len(folders)} folders")
    print("lowest left-out people:", [(round(s, 2), x) for s, x, _ in pos_out[:12]])
    for t in (-14.0, -12.0, -10.0, -9.0, -8.0, -7.0, -6.0):
        print(f"threshold {t}: people under it {sum(s < t for s, _, _ in pos_out)}, "
              f"phrases under it {sum(s < t for s, _, _ in neg_out)} of {len(neg_out)}")
    # under the lowest person of a folder the model was not trained on, with a margin
    threshold = round(pos_out[0][0] - MARGIN, 2)
    print("threshold", threshold)
    b, w = train(list(data.values()))
    kept = {f: round(v, 2) for f, v in sorted(w.items()) if abs(v) >= 0.05}
    OUT.write_text(json.dumps({"threshold": threshold, "bias": round(b, 3),
                               "trained_on": names, "weights": kept},
                              ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(kept)} features written to {OUT}")


if __name__ == "__main__":
    main()
