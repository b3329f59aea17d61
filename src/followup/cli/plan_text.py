"""One application and its plan as plain text: what `show ID` and `add` print.

No Rich: its console and table cost ~45 ms of imports on every `show`, more than the rest of
the command. The step table is laid out here as `today`'s is (cli/agenda.py), except that the
reasons are wrapped in their column, never cut: `show` is where a step's why is read whole.
"""

from __future__ import annotations

import os
import sys

from followup.cli.agenda import what
from followup.cli.text import columns, fit
from followup.core.model import StepStatus
from followup.core.validate import safe, safe_block

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from followup.core.journal import JournalEntry
    from followup.core.model import Application, Person, Step

NARROW = 30  # a why column narrower than this goes on lines of its own
WHAT_MAX = 32  # the what column wraps beyond this


def _tints() -> tuple[str, str, str]:
    """Red, yellow and reset when the output is a terminal that takes colour."""
    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return "\x1b[31m", "\x1b[33m", "\x1b[0m"
    return "", "", ""


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, max(width, 10), break_on_hyphens=False) or [""]


def _due(s: Step, today: date) -> tuple[str, str]:
    """The due cell and its flag: late, due (today or inside its window) or none."""
    if s.status is StepStatus.PENDING:
        if s.projected:
            return f"~{s.due:%a %d %b}", ""  # a projection: it moves with the step before
        label = f"{s.due:%a %d %b}"
        if today > s.latest:
            return f"{label} (late)", "late"
        if s.due < today:
            return f"{label} (by {s.latest:%a %d})", "due"
        if s.due == today:
            return f"{label} (today)", "due"
        return label, ""
    if s.status is StepStatus.MISSED:
        return "missed", ""
    return s.status.value + (f" {s.done_on:%d %b}" if s.done_on else ""), ""


def steps(items: Sequence[Step], today: date, width: int) -> list[str]:
    """The step table: step, due, what, rule and why, each cell wrapped in its column."""
    red, yellow, off = _tints()
    cells = [(str(s.id), *_due(s, today), safe(what(s)), safe(s.rule), safe(s.why))
             for s in items]
    id_w = max(4, *(len(c[0]) for c in cells))
    due_w = max(3, *(len(c[1]) for c in cells))
    rule_w = max(4, *(len(c[4]) for c in cells))
    room = width - (id_w + due_w + rule_w + 8)  # what a narrow terminal leaves for "what"
    what_w = min(max(4, *(len(c[3]) for c in cells)), WHAT_MAX, max(room, 14))
    left = id_w + 2 + due_w + 2 + what_w + 2 + rule_w + 2
    why_w = width - left
    out = [f"{'step':>{id_w}}  {'due':<{due_w}}  {'what':<{what_w}}  {'rule':<{rule_w}}  why"]
    for ident, due, flag, act, rule, why in cells:
        tint = red if flag == "late" else yellow if flag else ""
        acts = _wrap(act, what_w)
        whys = _wrap(why, why_w) if why_w >= NARROW else []
        for i in range(max(len(acts), len(whys))):
            first = i == 0
            cols = (f"{ident if first else '':>{id_w}}  "
                    f"{tint if first else ''}{due if first else '':<{due_w}}"
                    f"{off if first and tint else ''}  "
                    f"{acts[i] if i < len(acts) else '':<{what_w}}  "
                    f"{rule if first else '':<{rule_w}}  "
                    f"{whys[i] if i < len(whys) else ''}")
            out.append(cols.rstrip())
        if why_w < NARROW:  # too narrow for a column: the reason below the row
            out += [f"{'':>{id_w + 2}}{line}" for line in _wrap(why, width - id_w - 2)]
    return out


def _journal(entries: Sequence[JournalEntry]) -> list[str]:
    """The candidate's journal (A4), as `journal ID --show` prints it, without styles."""
    out = ["  Journal A4"]
    for e in entries:
        about = f" · round {e.interview_round}" if e.interview_round else ""
        out.append(f"  {e.on:%a %d %b %Y}{about}  (entry {e.id})")
        for _name, label, value in e.text.parts():
            first, *rest = safe_block(value).split("\n")
            out.append(f"    {label}: {first}")
            out += [f"      {line}" for line in rest]
    return out


def _person(p: Person) -> str:
    """A person as `show` names them, with the id `followup interviewer ID` takes."""
    mark = f" #{p.id}" if p.id is not None else ""
    return f"{p.name}{mark}" + (f" <{p.email}>" if p.email else "")


def application(app: Application, today: date, *, show_all: bool = False,
                width: int | None = None) -> str:
    """The application as `show` prints it: the head, each interview round and what was
    said, the events, the journal, the steps and the plan's notices."""
    from followup.service import holidays_words

    width = width or columns()
    lines = [f"#{app.id} {safe(app.company)} — {safe(app.role)}  [{app.status.value}]  "
             f"playbook {app.playbook}"]
    decision = f"decision by {app.decision_by:%a %d %b %Y}; " if app.decision_by else ""
    lines.append(f"  {decision}business days: {holidays_words(app)}")
    from followup.core.unknown import standing, time_unknown

    no_time = time_unknown(app.notes)
    for iv in app.interviews:
        people = ", ".join(_person(p) for p in iv.interviewers) or "no interviewer recorded"
        coord = f"; coordinator {_person(iv.coordinator)}" if iv.coordinator else ""
        when = (f"{iv.at:%a %d %b %Y}, time unknown (kept at {iv.at:%H:%M})"
                if no_time and iv is app.interviews[-1] else f"{iv.at:%a %d %b %Y %H:%M}")
        gone = " (cancelled by the employer)" if iv.cancelled else ""
        lines.append(f"  round {iv.round}: {when} {safe(iv.tz)}{gone} "
                     f"with {safe(people)}{safe(coord)}")
        where = [f"where: {iv.location}" if iv.location else "",
                 f"video: {iv.video}" if iv.video and iv.video != iv.location else ""]
        if any(where):  # from the invitation it was captured from
            lines.append("    " + safe("; ".join(w for w in where if w)))
        tl, decided = iv.timeline, app.decided_by(iv)  # as it stands; what was said, dated
        moved = (f" (said at the interview: {tl.decision_by})"
                 if tl.decision_by and decided != tl.decision_by else "")
        facts = [f"decision by {decided}{moved}" if decided else "",
                 f"agreed follow-up {tl.follow_up_on}" if tl.follow_up_on else "",
                 f"call in {tl.call_in} days" if tl.call_in else "",
                 "not a fit" if not tl.fit else "",
                 f"they said: {tl.note}" if tl.note else ""]
        if any(facts):
            lines.append("    " + safe("; ".join(f for f in facts if f)))
        noted = [f"{p.name}: {p.noted}" for p in iv.interviewers if p.noted]
        noted += [iv.noted] if iv.noted else []
        if noted:  # what the thank-yous recall
            lines.append("    what stood out: " + safe("; ".join(noted)))
    for e in app.events:
        said = e.timeline.decision_by if e.timeline else None
        lines.append(f"  {e.on:%a %d %b}: {e.kind.value}" + (f" — {safe(e.note)}" if e.note
                                                             else "")
                     + (f"; decision by {said:%a %d %b}" if said else ""))
    if app.journal:
        lines += _journal(app.journal)
    if app.id is not None and app.interviews:
        lines += [f"  ! {safe(f)}" for f in standing(
            app.id, app.company, app.role, app.notes, f"{app.interviews[-1].at:%Y-%m-%d}")]
    lines = [fit(line, width) for line in lines]
    shown = [s for s in app.steps if show_all or s.status is not StepStatus.CANCELLED]
    if shown:
        lines += steps(shown, today, width)
    tail: list[str] = []
    hidden = len(app.steps) - len(shown)
    if hidden:
        tail.append(f"  ({hidden} cancelled step(s) hidden; --all shows them)")
    if any(s.projected and s.status is StepStatus.PENDING for s in app.steps):
        tail.append("  ~ a projected day: it moves later if the step before it is late")
    from followup.core.unknown import with_number

    tail += [f"  ! {n.rule} {safe(with_number(n.text, app.id))}" for n in app.notices]
    return "\n".join(lines + [fit(line, width) for line in tail])
