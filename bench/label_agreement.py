"""How often two careful people agree on the labels the capture reader is scored against
(issue 23): the ceiling a reader can be measured to, and which of its misses are judgement
calls rather than mistakes.

    python bench/label_agreement.py          # totals: second reader and the reader, each
                                             # against the first writer's labels
    python bench/label_agreement.py -v       # and each file where the three differ
    python bench/label_agreement.py heldout inv:FIRST=SECOND … rep:FIRST=SECOND …
                                             # a held-out set outside the repository, each
                                             # writer's folder beside its second reader's:
                                             # totals only, never a file name

A second reader, who had seen neither the reader nor the first labels, labelled retired
development files again from the kit's conventions alone (bench/blind_kit/INVITES_FORMAT.md,
REPLIES_FORMAT.md). Their labels are in tests/fixtures/agreement/{invites,replies}/FOLDER/,
beside the first writer's in tests/fixtures/{invites,replies}/FOLDER/. The second reader is
scored exactly as the reader is (bench/capture_blind.py: people matched by address, else by
name; company with a trailing legal form aside, or by any name the file writes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import capture_blind as cb

AGREE = cb.ROOT / "agreement"
OUTCOMES = cb.OUTCOMES


def _as_got(people: list[dict[str, Any]], kind: str) -> list[Any]:
    return [SimpleNamespace(name=p.get("name"), email=p.get("email"))
            for p in people if p["kind"] == kind]


def _labels(truth: dict[str, Any]) -> dict[str, Any]:
    """A truth file as what the reader is scored on: interviewers, coordinator, company."""
    return {"staff": [p for p in truth["people"] if p["kind"] == "interviewer"],
            "coords": [p for p in truth["people"] if p["kind"] == "coordinator"],
            "company": truth.get("company"), "role": truth.get("role")}


def _reader(path: Path) -> dict[str, Any] | None:
    """What the reader proposes for one invitation, in the truth's own shape."""
    from followup.capture.invitations import read
    from followup.capture.propose import Known, propose
    from followup.core.errors import BadInput

    try:
        inv = read(path.read_bytes(), "Europe/London")[0]
    except BadInput:
        return None
    prop = propose(inv, cb.OWN, Known((), {}))
    people = [{"name": p.name, "email": p.email, "kind": "interviewer"}
              for p in prop.interviewers]
    if prop.coordinator is not None:
        people.append({"name": prop.coordinator.name, "email": prop.coordinator.email,
                       "kind": "coordinator"})
    return {"people": people, "company": prop.company.value, "role": prop.role.value}


def _compare(got: dict[str, Any] | None, want: dict[str, Any], forms: list[str]) -> dict[str, bool]:
    """Which of the scored facts `got` (a truth file's shape) has as `want` has them."""
    if got is None:
        return {"people": False, "coordinator": False, "company": False, "company_any": False,
                "role": False}
    g, w = _labels(got), _labels(want)
    coord = cb._people_right(_as_got(got["people"], "coordinator"), w["coords"])
    staff = cb._people_right(_as_got(got["people"], "interviewer"), w["staff"])
    company = cb._company(g["company"])
    return {"people": coord and staff, "coordinator": coord,
            "company": company == cb._company(w["company"]),
            "company_any": company in {cb._company(c) for c in [w["company"], *forms] if c},
            "role": cb._norm(g["role"]) == cb._norm(w["role"])}


def _dev_pairs(sub: str) -> list[tuple[Path, Path]]:
    """(first writer's folder, second reader's labels) of the retired sets relabelled."""
    return [(cb.ROOT / sub / p.name, p)
            for p in sorted(q for q in (AGREE / sub).iterdir() if q.is_dir())]


def invitations(pairs: list[tuple[Path, Path]], verbose: bool) -> dict[str, Any]:
    keys = ("people", "coordinator", "company", "company_any", "role")
    second = dict.fromkeys(keys, 0)
    reader = dict.fromkeys(keys, 0)
    n = 0
    # Of the files whose people the reader has wrong by the first writer: the second reader
    # sides with the reader, with the first writer, or with neither.
    misses = {"with_reader": 0, "with_writer": 0, "with_neither": 0}
    for first, folder in pairs:
        forms = cb._names_of(first)
        for path in sorted(p for p in first.iterdir() if p.suffix in (".ics", ".eml")):
            mine = folder / f"{path.stem}.json"
            if not mine.exists():
                continue
            n += 1
            want = json.loads(path.with_suffix(".json").read_text())
            again = json.loads(mine.read_text())
            got = _reader(path)
            s = _compare(again, want, forms.get(path.stem, []))
            r = _compare(got, want, forms.get(path.stem, []))
            for k in keys:
                second[k] += s[k]
                reader[k] += r[k]
            if not r["people"]:
                sides = _compare(got, again, [])["people"] if got else False
                misses["with_reader" if sides else "with_writer" if s["people"]
                       else "with_neither"] += 1
            if verbose and not (s["people"] and r["people"]):
                print(f"  {folder.name}/{path.name}: writer {_who(want)}\n"
                      f"      second {_who(again)}\n      reader {_who(got)}")
    return {"invitations": n,
            "second_reader": {k: round(v / max(n, 1), 3) for k, v in second.items()},
            "reader": {k: round(v / max(n, 1), 3) for k, v in reader.items()},
            "reader_people_misses": misses}


def _who(truth: dict[str, Any] | None) -> str:
    if truth is None:
        return "unreadable"
    def one(kind: str) -> list[str]:
        return [p.get("name") or p.get("email") or "?" for p in truth["people"]
                if p["kind"] == kind]
    return f"staff {one('interviewer')} coord {one('coordinator')}"


def _reply_counts(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Precision, recall and dates of `got` against `want`, counted as capture_blind does."""
    tp = fp = fn = dated = dates_ok = 0
    for got, want in pairs:
        right = got["outcome"] in OUTCOMES and got["outcome"] == want["outcome"] and \
            got["application"] == want["application"]
        tp += right
        fp += got["outcome"] in OUTCOMES and not right
        fn += want["outcome"] in OUTCOMES and not right
        if want["decision_by"]:
            dated += 1
            dates_ok += got["decision_by"] == want["decision_by"] and \
                got["application"] == want["application"]
    return {"precision": round(tp / max(tp + fp, 1), 3), "recall": round(tp / max(tp + fn, 1), 3),
            "dates_exact": round(dates_ok / max(dated, 1), 3), "outcomes": tp + fn,
            "dated": dated}


def replies(pairs: list[tuple[Path, Path]], verbose: bool) -> dict[str, Any]:
    second: list[tuple[dict[str, Any], dict[str, Any]]] = []
    reader: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for first, folder in pairs:
        apps = json.loads((first / "applications.json").read_text())["applications"]
        want_all = json.loads((first / "labels.json").read_text())
        again_all = json.loads((folder / "labels.json").read_text())
        for name, want in sorted(want_all.items()):
            again = again_all.get(name)
            if again is None:
                continue
            got = cb.read_message((first / name).read_bytes(), apps)
            got = {"application": got["app"], "outcome": got["outcome"],
                   "decision_by": got["day"]}
            second.append((again, want))
            reader.append((got, want))
            if verbose and (again["outcome"], again["application"]) != (
                    want["outcome"], want["application"]):
                print(f"  {folder.name}/{name}: writer #{want['application']} "
                      f"{want['outcome']} {want['decision_by']}; second "
                      f"#{again['application']} {again['outcome']} {again['decision_by']}; "
                      f"reader #{got['application']} {got['outcome']} {got['decision_by']}")
    return {"replies": len(second), "second_reader": _reply_counts(second),
            "reader": _reply_counts(reader)}


def _held_out(args: list[str]) -> dict[str, Any]:
    """Totals of a held-out set: each `inv:FIRST=SECOND` / `rep:FIRST=SECOND` names a writer's
    folder and the folder of its second reader's labels."""
    inv: list[tuple[Path, Path]] = []
    rep: list[tuple[Path, Path]] = []
    for arg in args:
        kind, _, rest = arg.partition(":")
        first, _, second = rest.partition("=")
        {"inv": inv, "rep": rep}[kind].append((Path(first), Path(second)))
    return {"invitations": invitations(inv, False) if inv else None,
            "replies": replies(rep, False) if rep else None}


if __name__ == "__main__":
    if sys.argv[1:2] == ["heldout"]:  # never a file name: the set is still held out
        print(json.dumps(_held_out(sys.argv[2:]), indent=1))
        sys.exit()
    verbose = "-v" in sys.argv
    if not AGREE.is_dir():
        sys.exit(f"no second reader's labels ({AGREE}): nothing to compare")
    print(json.dumps({"invitations": invitations(_dev_pairs("invites"), verbose)
                      if (AGREE / "invites").is_dir() else None,
                      "replies": replies(_dev_pairs("replies"), verbose)
                      if (AGREE / "replies").is_dir() else None}, indent=1))
