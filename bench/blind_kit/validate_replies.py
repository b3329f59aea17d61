"""Check a folder of labelled replies: python validate_replies.py FOLDER"""
import email
import json
import sys
from email import policy
from pathlib import Path

OUT = {None, "rejected", "next_round", "offer"}
WHY = {None, "thread", "company_role", "names", "ats_text"}


def main(folder: Path) -> int:
    errors = 0
    apps = json.loads((folder / "applications.json").read_text())["applications"]
    ids = {a["id"] for a in apps}
    sent = {s["message_id"] for a in apps for s in a.get("sent", [])}
    labels = json.loads((folder / "labels.json").read_text())
    files = sorted(p.name for p in folder.glob("*.eml"))
    for name in sorted(set(files) | set(labels)):
        def bad(msg: str, name: str = name) -> None:
            nonlocal errors
            errors += 1
            print(f"{name}: {msg}")
        if name not in labels:
            bad("no label")
            continue
        if name not in files:
            bad("label without a file")
            continue
        lab = labels[name]
        for k in ("application", "outcome", "decision_by", "ooo_until", "why_application",
                  "locale", "notes"):
            if k not in lab:
                bad(f"label lacks {k}")
        if lab.get("application") not in ids | {None}:
            bad("unknown application")
        if lab.get("outcome") not in OUT:
            bad("bad outcome")
        if lab.get("why_application") not in WHY:
            bad("bad why_application")
        msg = email.message_from_bytes((folder / name).read_bytes(), policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                bad(f"no {h}")
        refs = " ".join(filter(None, [msg["In-Reply-To"], msg["References"]]))
        if lab.get("why_application") == "thread" and not any(s in refs for s in sent):
            bad("labelled thread but no sent message_id in In-Reply-To/References")
        try:
            body = msg.get_body(preferencelist=("plain", "html"))
            if body is None or not body.get_content().strip():
                bad("empty body")
        except Exception as exc:
            bad(f"body: {exc}")
    print(f"{len(files)} files, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
