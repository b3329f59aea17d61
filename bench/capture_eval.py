"""Score the capture readers on the labelled corpus (issue 15).

    python bench/capture_eval.py development   # while developing: dev/ and the retired part
    python bench/capture_eval.py dev           # one folder of tests/fixtures/{replies,invites}
    python bench/capture_eval.py heldout       # the first held-out part, retired on
                                               # 2026-11-30 (scored twice, partly read): it
                                               # is development material now

Replies: outcome precision and recall over the outcomes that change a plan (rejected,
next_round, offer); dates: exact over the replies that state one. Invitations: time, zone
and interviewers all right. `false_dates` counts replies that state no day but were given one
(a decision or agreed day read from an interview day, an absence, a past day).
`--parser email-reply-parser` compares the other reply parser (pip install
email-reply-parser first; it is not a dependency). A new folder of labelled replies (a
held-out part written later) is scored by naming it: `python bench/capture_eval.py NAME`.
`--only r12,r13` scores the replies whose file names start so (one batch: the fifth, written
for outcome recall, is r1200-r1363).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUTCOMES = ("rejected", "next_round", "offer")


PARSER = "mail-parser-reply"
ONLY: tuple[str, ...] = ()


def read_one(raw: bytes) -> tuple[str, str | None]:
    from email import message_from_bytes
    from email.policy import default

    from followup.capture.replies import read_reply
    from followup.mail.replies import parse

    head = parse(1, raw, None, __import__("datetime").datetime.now().astimezone())
    if head.automatic:
        return "auto", None
    msg = message_from_bytes(raw, policy=default)
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    r = read_reply(body, head.at, "America/New_York", PARSER)
    return r.outcome, r.day.isoformat() if r.day else None


# the first held-out part, retired into development on 2026-11-30 (see the README)
DEVELOPMENT = ("dev", "heldout")


def _labelled(kind: str, part: str) -> list[tuple[Path, str, dict[str, str | None]]]:
    out = []
    for folder in (ROOT / kind / p for p in (DEVELOPMENT if part == "development" else (part,))):
        if (folder / "labels.json").exists():
            labels = json.loads((folder / "labels.json").read_text())
            out += [(folder / name, f"{folder.name}/{name}", want)
                    for name, want in sorted(labels.items())
                    if not ONLY or name.startswith(ONLY)]
    return out


def replies(part: str, verbose: bool) -> dict[str, float]:
    items = _labelled("replies", part)
    tp = fp = fn = 0
    dated = dates_ok = false_dates = 0
    for path, name, want in items:
        got, day = read_one(path.read_bytes())
        w = want["outcome"]
        if got in OUTCOMES and got == w:
            tp += 1
        elif got in OUTCOMES:
            fp += 1
        if w in OUTCOMES and got != w:
            fn += 1
        if want["date"]:
            dated += 1
            dates_ok += day == want["date"]
        elif day and got in ("decision", "follow_up"):
            false_dates += 1
        if verbose and (got != w or (want["date"] and day != want["date"])):
            print(f"  {name}: want {w} {want['date']}, got {got} {day}")
    return {"replies": len(items), "precision": tp / max(tp + fp, 1),
            "recall": tp / max(tp + fn, 1), "dated": dated,
            "dates_exact": dates_ok / max(dated, 1), "false_dates": false_dates}


def invitations(part: str, verbose: bool) -> dict[str, float]:
    from followup.capture.invitations import read
    from followup.capture.propose import people

    items = _labelled("invites", part)
    ok = 0
    own = frozenset({"sam@gmail.com", "sam.candidate@outlook.com"})
    for path, name, want in items:
        inv = read(path.read_bytes(), "Europe/London")[0]
        staff, _coord, _, _ = people(inv, own)
        got = {"at": inv.at.isoformat(), "tz": inv.tz,
               "interviewers": sorted(p.email or "" for p in staff)}
        right = (got["at"] == want["at"] and got["tz"] == want["tz"]
                 and got["interviewers"] == sorted(want["interviewers"]))
        ok += right
        if verbose and not right:
            print(f"  {name}: want {want}, got {got}")
    return {"invitations": len(items), "right": ok / max(len(items), 1)}


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    verbose = "-v" in sys.argv
    out: dict[str, object] = {"part": part}
    if "--parser" in sys.argv:
        PARSER = sys.argv[sys.argv.index("--parser") + 1]
    out["parser"] = PARSER
    if "--only" in sys.argv:
        ONLY = tuple(sys.argv[sys.argv.index("--only") + 1].split(","))
        out["only"] = ",".join(ONLY)
    if _labelled("invites", part):
        out |= invitations(part, verbose)
    out |= replies(part, verbose)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))
