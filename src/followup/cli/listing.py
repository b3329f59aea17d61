"""`list` as plain text: one line per application, fitted to the terminal's width, the newest
applications only with the totals (`--all` for every one), like the morning list.

A Rich table measures every cell of every row first; at ten thousand applications that took
half a minute. Rows come from the store as tuples (store.reads.overview_rows), so that the fast
path can print them without the model, the service or Typer.
"""

from __future__ import annotations

import os
import sys
from datetime import date

from followup.cli.text import columns, fit
from followup.core.validate import safe

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

    from followup.core.model import Playbook

SHOWN = 30  # rows without --all
_NEXT = {"thank_you": "thank-you", "follow_up": "follow-up", "close": "move on"}
_EMPTY = ('No applications yet. Add one: followup add COMPANY --role ROLE --interviewed '
          '"YYYY-MM-DD HH:MM"')


def _fit(text: object, width: int) -> str:
    text = safe(text)
    if len(text) <= width:
        return text.ljust(width)
    return text[: max(width - 1, 0)] + "…"


def _due(due: str | None, latest: str | None, day: date) -> tuple[str, str]:
    """The next step's day, flagged against today, and its flag (late, due or none)."""
    if due is None:
        return "—", ""
    d = date.fromisoformat(due)
    label = f"{d:%a %d %b}"
    last = date.fromisoformat(latest) if latest else d
    if day > last:
        return f"{label} (late)", "late"
    if d < day:
        return f"{label} (by {last:%a %d})", "due"
    if d == day:
        return f"{label} (today)", "due"
    return label, ""


def _since(days: int | None) -> str:
    if days is None:
        return "—"
    return f"{days} d ago" if days >= 0 else f"in {-days} d"


def applications(rows: Sequence[Sequence[Any]], totals: dict[str, int], day: date, *,
                 status: str | None = None, complete: bool = False, nudge: str | None = None,
                 width: int | None = None) -> str:
    """The whole list as text: a title with the totals, the rows, how to see the rest, and
    the A1 nudge. `rows` are (id, company, role, status, playbook, next_due, next_kind,
    next_latest, last_contact, days_since_contact[, time_unknown]); `complete` says they
    are all there are."""
    total = totals.get(status, 0) if status else sum(totals.values())
    width = width or columns()
    lines: list[str] = []
    if not rows:
        lines.append(f"No {status} applications." if status and total == 0 and totals
                     else _EMPTY)
    else:
        counts = ", ".join(f"{n:,} {s}" for s, n in sorted(totals.items(),
                                                          key=lambda kv: -kv[1]))
        which = f"{total:,} {status}" if status else f"{total:,} ({counts})"
        lines.append(fit(f"Applications on {day:%a %d %b %Y}: {which}", width, 2))
        cells = [(str(r[0]), r[1], r[2], str(r[3]),
                  _NEXT.get(str(r[6]), str(r[6] or "—")), *_due(r[5], r[7], day),
                  _since(r[9])) for r in rows]
        id_w = max(2, *(len(c[0]) for c in cells))
        status_w = max(6, *(len(c[3]) for c in cells))
        next_w = max(9, *(len(c[4]) for c in cells))
        due_w = max(3, *(len(c[5]) for c in cells))
        since_w = max(12, *(len(c[7]) for c in cells))
        room = width - (id_w + status_w + next_w + due_w + since_w + 6)
        company_w = max(7, min(max(len(c[1]) for c in cells), room // 2, 24))
        role_w = max(4, min(max(len(c[2]) for c in cells), room - company_w - 1, 28))
        red, yellow, off = (("\x1b[31m", "\x1b[33m", "\x1b[0m")
                            if sys.stdout.isatty() and not os.environ.get("NO_COLOR")
                            else ("", "", ""))
        lines.append(f"{'id':>{id_w}} {'company':<{company_w}} {'role':<{role_w}} "
                     f"{'status':<{status_w}} {'next step':<{next_w}} {'due':<{due_w}} "
                     "last contact")
        for ident, company, role, state, nxt, due, flag, since in cells:
            tint = red if flag == "late" else yellow if flag else ""
            lines.append(f"{ident:>{id_w}} {_fit(company, company_w)} {_fit(role, role_w)} "
                         f"{state:<{status_w}} {nxt:<{next_w}} {tint}{due:<{due_w}}"
                         f"{off if tint else ''} {since}".rstrip())
        untimed = [str(r[0]) for r in rows if len(r) > 10 and r[10]]
        if untimed:  # an all-day invitation stored without its time (core.unknown)
            lines.append(fit(f"  ! time unknown (an all-day invitation): #{', #'.join(untimed)}"
                             f'; give it: followup edit {untimed[0]} --interviewed '
                             '"YYYY-MM-DD HH:MM"', width))
        if not complete and len(rows) < total:
            lines.append(f"… the {len(rows)} newest of {total:,} shown: followup list --all")
    if nudge:
        lines.append(fit(f"  ! A1 {nudge}", width))
    return "\n".join(lines)


def playbooks(items: Iterable[Playbook], width: int | None = None) -> str:
    """The playbooks as plain text: name, source and caps, then the shape and the rules
    wrapped to the width."""
    import textwrap

    width = max(width or columns(), 40)
    lines = ["Playbooks"]
    for p in items:
        caps = f"{p.max_touches} touches, {p.max_calls} calls"
        if p.period_days:
            caps += f", {p.period_days} days"
        lines.append(f"{p.name}  (from {p.source}; at most {caps})")
        lines += textwrap.wrap(p.shape, width - 2, initial_indent="  ",
                               subsequent_indent="    ")
        lines += textwrap.wrap("rules: " + " ".join(p.rules), width - 2,
                               initial_indent="  ", subsequent_indent="         ")
    return "\n".join(lines)
