"""The journal (A4): write down how each interview and process went, to do better next time.

Entries are only ever added, never rewritten: what the candidate wrote stays as written.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from followup.core.errors import BadInput
from followup.core.journal import SECTIONS, JournalEntry, JournalText
from followup.core.model import Application
from followup.core.validate import has_control
from followup.store.sqlite import Store

MAX_CHARS = 20_000  # per part: a long page of notes


def clean(text: JournalText) -> JournalText:
    """Trim each part and unify line endings; refuse what SQLite text cannot carry safely."""
    changes: dict[str, str | None] = {}
    for f in fields(text):
        value: str | None = getattr(text, f.name)
        if value is None:
            continue
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        label = dict(SECTIONS)[f.name].lower()
        if "\x00" in value:
            raise BadInput(f"{label}: the text contains a NUL character")
        if has_control(value, multiline=True):
            raise BadInput(f"{label} must be plain text, without control characters")
        if len(value) > MAX_CHARS:
            raise BadInput(f"{label} is too long ({len(value)} characters; at most {MAX_CHARS})")
        changes[f.name] = value or None
    return replace(text, **changes)


def write(store: Store, app_id: int, text: JournalText, on: date, now: datetime,
          interview_round: int | None = None) -> JournalEntry:
    """Add an entry about an application, or about one of its interview rounds."""
    text = clean(text)
    if text.empty:
        raise BadInput("nothing to write: give --note or a part of the retro "
                       "(--went-well, --questions, --improve, --outcome)")
    if on > now.date():
        raise BadInput(f"--on {on} is in the future; write about what has happened")
    with store.write():
        store.load(app_id)  # an unknown id fails before anything is written
        interview_id = (store.insights.interview_of_round(app_id, interview_round)
                        if interview_round is not None else None)
        entry_id = store.insights.insert_journal(app_id, interview_id, on, text, now)
    return next(e for e in read(store, app_id) if e.id == entry_id)


def read(store: Store, app_id: int) -> list[JournalEntry]:
    """The application's entries, oldest first."""
    with store.read():
        store.load(app_id)
        return store.insights.journal_entries(app_id)


def summary(entry: JournalEntry) -> str:
    """One entry as plain text: its parts, each labelled."""
    about = f"Round {entry.interview_round}. " if entry.interview_round else ""
    return about + " ".join(f"{label}: {value}" for _name, label, value in entry.text.parts())


def entries(store: Store, app_id: int) -> list[dict[str, str]]:
    """The web page's view of the journal: [{on, text}, ...]."""
    return [{"on": e.on.isoformat(), "text": summary(e), "id": str(e.id),
             "round": str(e.interview_round or "")} for e in store.insights.journal_entries(app_id)]


def to_json(entry: JournalEntry) -> dict[str, Any]:
    from followup.jsonout import journal_entry

    return journal_entry(entry)


# -- the editor template -------------------------------------------------------------------

_HEAD = "## "


def template(app: Application, interview_round: int | None) -> str:
    if interview_round is None:
        about = "the whole process"
        hint = "# To write about one interview instead, add --interview ROUND.\n"
    else:
        iv = next((i for i in app.interviews if i.round == interview_round), None)
        when = f" on {iv.at:%a %d %b %Y}" if iv else ""
        about = f"interview round {interview_round}{when}"
        hint = ""
    lines = [
        f"# Journal: #{app.id} {app.company} — {app.role}, about {about}.",
        "# Write down how it went, to do better in the next one (A4).",
        "# Lines starting with a single # are left out. Leave a section empty to skip it;",
        "# save an empty file to write nothing.",
        hint.rstrip("\n"),
    ]
    out = "\n".join(line for line in lines if line) + "\n"
    for _name, label in SECTIONS:
        out += f"\n{_HEAD}{label}\n\n"
    return out


def parse_template(text: str) -> JournalText:
    """What the candidate wrote under each heading of `template`."""
    by_label = {label.casefold(): name for name, label in SECTIONS}
    parts: dict[str, list[str]] = {}
    current: str | None = "note"
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(_HEAD):
            current = by_label.get(line[len(_HEAD):].strip().casefold())
            if current is None:
                raise BadInput(f"unknown heading {line.strip()!r}: keep the template's "
                               "headings as they are")
            continue
        if line.startswith("#") and not line.startswith("##"):
            continue
        if current is not None:
            parts.setdefault(current, []).append(line)
    return clean(JournalText(**{name: "\n".join(lines) for name, lines in parts.items()}))
