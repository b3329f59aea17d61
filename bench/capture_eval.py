"""Score the capture readers on the labelled corpus (issue 15).

    python bench/capture_eval.py dev        # while developing
    python bench/capture_eval.py heldout    # the figures reported in the README

Replies: outcome precision and recall over the outcomes that change a plan (rejected,
next_round, offer); dates: exact over the replies that state one. Invitations: time, zone
and interviewers all right. `--parser email-reply-parser` compares the other reply parser
(pip install email-reply-parser first; it is not a dependency).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUTCOMES = ("rejected", "next_round", "offer")


PARSER = "mail-parser-reply"


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


def replies(part: str, verbose: bool) -> dict[str, float]:
    folder = ROOT / "replies" / part
    labels = json.loads((folder / "labels.json").read_text())
    tp = fp = fn = 0
    dated = dates_ok = 0
    for name, want in sorted(labels.items()):
        got, day = read_one((folder / name).read_bytes())
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
        if verbose and (got != w or (want["date"] and day != want["date"])):
            print(f"  {name}: want {w} {want['date']}, got {got} {day}")
    return {"replies": len(labels), "precision": tp / max(tp + fp, 1),
            "recall": tp / max(tp + fn, 1), "dated": dated,
            "dates_exact": dates_ok / max(dated, 1)}


def invitations(part: str, verbose: bool) -> dict[str, float]:
    from followup.capture.invitations import read
    from followup.capture.propose import people

    folder = ROOT / "invites" / part
    labels = json.loads((folder / "labels.json").read_text())
    ok = 0
    own = frozenset({"sam@gmail.com", "sam.candidate@outlook.com"})
    for name, want in sorted(labels.items()):
        inv = read((folder / name).read_bytes(), "Europe/London")[0]
        staff, _coord, _, _ = people(inv, own)
        got = {"at": inv.at.isoformat(), "tz": inv.tz,
               "interviewers": sorted(p.email or "" for p in staff)}
        right = (got["at"] == want["at"] and got["tz"] == want["tz"]
                 and got["interviewers"] == sorted(want["interviewers"]))
        ok += right
        if verbose and not right:
            print(f"  {name}: want {want}, got {got}")
    return {"invitations": len(labels), "right": ok / max(len(labels), 1)}


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    verbose = "-v" in sys.argv
    out: dict[str, object] = {"part": part}
    if "--parser" in sys.argv:
        PARSER = sys.argv[sys.argv.index("--parser") + 1]
    out["parser"] = PARSER
    if (ROOT / "invites" / part / "labels.json").exists():
        out |= invitations(part, verbose)
    out |= replies(part, verbose)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))
