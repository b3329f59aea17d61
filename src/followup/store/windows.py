"""Each step's window in real time (migration 22, issue 21: one notion of a day).

A plan's dates are days in its interview's zone; the store keeps, beside them, the moments a
step opens and closes (UTC text, `core.when.stamp`), so that SQL can say whether a step is due
at a moment without knowing zones. The planner works the window out (`core.planner.window`);
`save_plan` writes it, and `fill` gives the open steps of an older database theirs.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from followup.core.model import NO_TIMELINE, Channel, Interview, Phase, PlannedStep, StepKind
from followup.core.planner import window
from followup.core.when import stamp


def moments(step: PlannedStep) -> tuple[str | None, str | None]:
    """What `save_plan` stores for `step`'s window (None: not worked out)."""
    return (stamp(step.opens) if step.opens else None,
            stamp(step.closes) if step.closes else None)


# The zone of each step's plan: its interview's (key i<id>:...), else the application's
# newest interview's (a reply's or reopening's plan, key e<id>:..., core.rolling.current_phase).
_WITHOUT = """
SELECT s.id, s.key, s.kind, s.channel, s.due, s.latest, i.at, i.tz, substr(s.key, 1, 1) AS of
FROM steps s JOIN interviews i ON i.id = CASE WHEN s.key LIKE 'i%'
    THEN CAST(substr(s.key, 2, instr(s.key, ':') - 2) AS INTEGER)
    ELSE (SELECT max(id) FROM interviews WHERE application_id = s.application_id) END
WHERE s.opens_at IS NULL
"""


def fill(conn: sqlite3.Connection) -> None:
    """Give every step without one its window (an upgrade, or rows imported from an export
    made before migration 22)."""
    done = []
    for r in conn.execute(_WITHOUT).fetchall():
        at = datetime.fromisoformat(r[6])
        iv = Interview(at, r[7]) if r[8] == "i" else None
        phase = Phase(r[1].split(":", 1)[0], at.date(), r[7], NO_TIMELINE, iv)
        step = window(PlannedStep(r[1], StepKind(r[2]), Channel(r[3]), (), date.fromisoformat(
            r[4]), date.fromisoformat(r[5]), "", ""), phase)
        done.append((*moments(step), r[0]))
    conn.executemany("UPDATE steps SET opens_at = ?, closes_at = ? WHERE id = ?", done)
