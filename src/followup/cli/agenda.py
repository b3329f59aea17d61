"""The morning list as plain text: one row per next action, fitted to the terminal's width.

Rich's table layout measures every cell of every row; at thousands of rows that is most of
the command's time, so `today` writes its rows itself. One row per step, the why cut to the
line (`--why` prints it whole), the first rows only with the totals (`--all` for every row).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from followup.core.model import Application, Channel, Step, StepKind
from followup.core.validate import safe

_KIND = {"thank_you": "thank-you", "follow_up": "follow-up", "call": "call",
         "network": "network", "close": "move on"}
NARROW = 30  # a why column narrower than this goes on its own line


def what(s: Step) -> str:
    """A step in a few words: what to do and for whom."""
    if s.kind is StepKind.CLOSE:
        return "move on"
    how = "" if s.kind is StepKind.CALL or s.channel is Channel.NONE else (  # C4: no way yet
        " " + s.channel.value.replace("_", " "))
    to = ", ".join(s.to) or "—"
    via = f" via {s.via}" if s.via else ""
    return f"{_KIND[s.kind.value]}{how} → {to}{via}"


def _fit(text: str, width: int) -> str:
    text = safe(text)
    if len(text) <= width:
        return text.ljust(width)
    return text[: max(width - 1, 0)] + "…"


def _colour() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def rows(steps: Sequence[Step], day: date, *, why: bool = False, width: int | None = None,
         days: Mapping[int, date] | None = None, late: Collection[int] = ()) -> list[str]:
    """The table's lines: step, due, company, what, rule, why. A step is late once its
    window has closed (`late`: their ids; else past its latest day) and "today" on its day,
    both in its plan's zone: `days` gives what day it is there (by application id; `day`
    for any it does not name)."""
    if not width:
        from followup.cli.text import columns

        width = columns()
    company_w = min(max([len("company"), *(len(s.company) for s in steps)]), 14)
    what_w = min(max([len("what"), *(len(what(s)) for s in steps)]), 30)
    fixed = 5 + 1 + 10 + 1 + 5 + 1 + company_w + 1 + what_w + 1 + 4 + 1
    why_w = max(width - fixed, 12)
    red, yellow, off = ("\x1b[31m", "\x1b[33m", "\x1b[0m") if _colour() else ("", "", "")
    out = [f"{'step':>5} {'due':<10} {'':<5} {'company':<{company_w}} {'what':<{what_w}} "
           f"{'rule':<4} why"]
    for s in steps:
        here = (days or {}).get(s.application_id, day)
        if s.id in late or s.latest < here:
            flag, tint = "late", red
        elif s.due == here:
            flag, tint = "today", yellow
        else:
            flag, tint = f"by {s.latest:%d}", yellow
        head = (f"{s.id:>5} {s.due:%a %d %b} {tint}{flag:<5}{off} {_fit(s.company, company_w)} "
                f"{_fit(what(s), what_w)} {s.rule:<4} ")
        if why:
            out.append(head.rstrip())
            out += [f"{'':>7}{line}" for line in _wrap(safe(s.why), width - 7)]
        elif why_w < NARROW:  # the why on a line of its own, cut to the width
            out.append(head.rstrip())
            out.append(f"{'':>7}{_fit(s.why, width - 8).rstrip()}")
        else:
            out.append(head + _fit(s.why, why_w).rstrip())
    return out


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, max(width, 20)) or [""]


def today(late: Sequence[Step], due: Sequence[Step], late_total: int, due_total: int,
          day: date, *, why: bool = False, nudge: str | None = None,
          days: Mapping[int, date] | None = None) -> str:
    """The whole morning list as text. `day` is the candidate's date, said in the heading as
    theirs: each step is "today" or late by the day of its own plan's zone (`days`)."""
    total = late_total + due_total
    lines: list[str] = []
    if total == 0:
        lines.append(f"Nothing due now ({day:%a %d %b %Y}, your time). Keep applying and "
                     "networking (A1).")
    else:
        late_words = f", {late_total} late" if late_total else ""
        lines.append(f"Due now ({day:%a %d %b %Y}, your time): {total} next action(s)"
                     f"{late_words}")
        shown = [*late, *due]
        lines += rows(shown, day, why=why, days=days, late={s.id for s in late})
        if len(shown) < total:
            lines.append(f"… and {total - len(shown)} more: followup today --all")
        lines.append("Done one? followup done STEP_ID [--on DATE]   The whole plan: followup "
                     "show ID")
    if nudge:
        from followup.cli.text import columns, fit

        lines.append(fit(f"  ! A1 {nudge}", columns()))
    return "\n".join(lines)


def after_change(app: Application, step_id: int, verb: str) -> str:
    """One line after `done`, `skip` or `snooze`: what happened, and what comes next."""
    step = next(s for s in app.steps if s.id == step_id)
    line = f"{verb}: step {step.id}, {what(step)} ({safe(app.company)})."
    nxt = next((s for s in app.steps if s.status.value == "pending"
                and s.kind is not StepKind.NETWORK and s.id != step_id), None)
    if app.status.value not in ("active", "responded"):
        line += f" The application is now {app.status.value}."
    elif nxt is None:
        line += " Nothing more is planned."
    else:
        line += f" Next: {what(nxt)} on {nxt.due:%a %d %b} (step {nxt.id})."
    return safe(line)
