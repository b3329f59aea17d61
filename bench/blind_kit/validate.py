"""Check a folder of labelled invitations: python validate.py FOLDER"""
import email
import json
import re
import sys
from datetime import datetime
from email import policy
from pathlib import Path

import icalendar

KINDS = {"candidate", "interviewer", "coordinator", "resource", "relay"}
ADDR = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def calendars(path: Path) -> tuple[list[bytes], str]:
    raw = path.read_bytes()
    if path.suffix == ".ics":
        return [raw], raw.decode("utf-8", "replace")
    msg = email.message_from_bytes(raw, policy=policy.default)
    cals, text = [], []
    for k, v in msg.items():
        text.append(f"{k}: {v}")
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        name = part.get_filename() or ""
        if part.get_content_type() == "text/calendar" or name.endswith(".ics"):
            cals.append(payload)
        text.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return cals, "\n".join(text)


def check(folder: Path) -> int:
    errors = 0
    names = {}
    cn = folder / "company_names.json"
    if cn.exists():
        names = json.loads(cn.read_text())
    else:
        print("company_names.json: missing")
        errors += 1
    files = sorted(p for p in folder.iterdir() if p.suffix in (".ics", ".eml"))
    for path in files:
        def bad(msg: str, path: Path = path) -> None:
            nonlocal errors
            errors += 1
            print(f"{path.name}: {msg}")
        tpath = path.with_suffix(".json")
        try:
            truth = json.loads(tpath.read_text())
        except Exception as exc:
            bad(f"truth: {exc}")
            continue
        for key in ("system", "company", "role", "start", "tz", "all_day", "people"):
            if key not in truth:
                bad(f"truth lacks {key}")
        cals, text = calendars(path)
        text = re.sub(r"\r?\n[ \t]", "", text)
        if not cals:
            bad("no calendar part")
            continue
        starts = set()
        for c in cals:
            try:
                cal = icalendar.Calendar.from_ical(c)
            except Exception as exc:
                bad(f"does not parse: {exc}")
                continue
            ev = list(cal.walk("VEVENT"))
            if len(ev) != 1:
                bad(f"{len(ev)} VEVENTs")
                continue
            starts.add(ev[0].decoded("DTSTART"))
            text += "\n" + "\n".join(str(v) for k, v in ev[0].items() if k != "UID")
            for k in ("ORGANIZER", "ATTENDEE"):
                vals = ev[0].get(k)
                vals = vals if isinstance(vals, list) else [vals] if vals else []
                for v in vals:
                    text += f"\n{v} " + " ".join(str(x) for x in v.params.values())
        if truth.get("all_day"):
            if truth.get("start") is not None:
                bad("all_day with a start")
        elif truth.get("start"):
            want = datetime.fromisoformat(truth["start"])
            for s in starts:
                if not isinstance(s, datetime):
                    bad("DTSTART is a date but all_day is false")
                    continue
                if s.tzinfo is None:
                    continue  # floating: the truth states the zone from the prose
                if s != want:
                    bad(f"DTSTART {s.isoformat()} != truth {want.isoformat()}")
        people = truth.get("people", [])
        if not any(p.get("kind") == "candidate" for p in people):
            bad("no candidate")
        low = text.lower()
        given = {(p.get("email") or "").lower() for p in people}
        for p in people:
            if p.get("kind") not in KINDS:
                bad(f"kind {p.get('kind')!r}")
            if p.get("kind") == "relay" and p.get("name"):
                bad(f"relay with a name: {p}")
            if p.get("email") and p["email"].lower() not in low:
                bad(f"address not in the file: {p['email']}")
            if p.get("name"):
                for tok in re.findall(r"\w+", p["name"]):
                    if tok.lower() not in low:
                        bad(f"name word not in the file: {tok} ({p['name']})")
        coords = [p for p in people if p.get("kind") == "coordinator"]
        if len(coords) > 1:
            bad("more than one coordinator")
        skip = re.compile(r"^(uid|x-microsoft|x-ms|message-id|dkim|references|in-reply-to)", re.I)
        for line in text.splitlines():
            if skip.match(line.strip()):
                continue
            for addr in ADDR.findall(line):
                tool = re.search(r"(zoom|teams|meet|webex|calendly|\.ics)", addr, re.I)
                if addr.lower() not in given and not tool:
                    bad(f"address in the file but not in the truth: {addr}")
                    given.add(addr.lower())
        if path.stem not in names:
            bad("not in company_names.json")
        elif names[path.stem] and truth.get("company") and names[path.stem][0] != truth["company"]:
            bad("company_names.json's first form is not the truth's company")
    print(f"{len(files)} files, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1])))
