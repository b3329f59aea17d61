"""Human output with Rich: tables a candidate can read at a glance, each step with its why."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from followup.core.model import Application, Notice, Step, StepStatus
from followup.core.validate import safe  # control characters in the store never reach a tty

console = Console(highlight=False)

_STATUS_STYLE = {
    StepStatus.PENDING: "bold",
    StepStatus.DONE: "green",
    StepStatus.SKIPPED: "dim",
    StepStatus.CANCELLED: "dim strike",
    StepStatus.MISSED: "dim",
}


def _day(d: date | None, today: date | None = None, latest: date | None = None) -> Text:
    """A due date, flagged against today: late only once the latest day has passed too."""
    if d is None:
        return Text("—", style="dim")
    label = f"{d:%a %d %b}"
    if today is not None:
        if today > (latest or d):
            return Text(f"{label} (late)", style="red")
        if d < today:
            assert latest is not None
            return Text(f"{label} (by {latest:%a %d})", style="bold yellow")
        if d == today:
            return Text(f"{label} (today)", style="bold yellow")
    return Text(label)


def _what(s: Step) -> str:
    from followup.cli.agenda import what

    return safe(what(s))


def steps_table(steps: Iterable[Step], today: date, *, with_company: bool = False,
                title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False, title_justify="left")
    table.add_column("step", justify="right", style="cyan", no_wrap=True)
    if with_company:
        table.add_column("company", no_wrap=True)
    table.add_column("due", no_wrap=True)
    table.add_column("what")
    table.add_column("rule", no_wrap=True, style="magenta")
    table.add_column("why", ratio=1)
    for s in steps:
        style = _STATUS_STYLE[s.status]
        due = _day(s.due, today if s.status is StepStatus.PENDING else None, s.latest)
        if s.projected and s.status is StepStatus.PENDING:
            due = Text(f"~{s.due:%a %d %b}", style="dim")  # a projection: moves with the last
        elif s.status is StepStatus.MISSED:
            due = Text("missed", style=style)
        elif s.status is not StepStatus.PENDING:
            when = f" {s.done_on:%d %b}" if s.done_on else ""
            due = Text(f"{s.status.value}{when}", style=style)
        row: list[str | Text] = [str(s.id)]
        if with_company:
            row.append(Text(safe(s.company)))
        row += [due, Text(_what(s), style=style), s.rule, Text(safe(s.why), style="dim" if
                style.startswith("dim") else "")]
        table.add_row(*row)
    return table


def notices(items: Sequence[Notice]) -> None:
    for n in items:
        console.print(Text.assemble(("  ! ", "yellow"), (f"{n.rule} ", "magenta"), safe(n.text)))


def application(app: Application, today: date, *, show_all: bool = False) -> None:
    from followup.service import holidays_words

    head = Text.assemble(
        (f"#{app.id} ", "cyan"), (safe(app.company), "bold"), f" — {safe(app.role)}  ",
        (f"[{app.status.value}]", "green" if app.status.value == "active" else "yellow"),
        (f"  playbook {app.playbook}", "dim"),
    )
    console.print(head)
    decision = f"decision by {app.decision_by:%a %d %b %Y}; " if app.decision_by else ""
    console.print(f"  {decision}business days: {holidays_words(app)}", style="dim",
                  markup=False)
    for iv in app.interviews:
        people = ", ".join(
            f"{p.name}" + (f" <{p.email}>" if p.email else "") for p in iv.interviewers
        ) or "no interviewer recorded"
        coord = f"; coordinator {iv.coordinator.name}" if iv.coordinator else ""
        console.print(f"  round {iv.round}: {iv.at:%a %d %b %Y %H:%M} {escape(safe(iv.tz))} "
                      f"with {escape(safe(people))}{escape(safe(coord))}")
        where = [f"where: {iv.location}" if iv.location else "",
                 f"video: {iv.video}" if iv.video and iv.video != iv.location else ""]
        if any(where):  # from the invitation it was captured from (issue 15)
            console.print("    " + escape(safe("; ".join(w for w in where if w))),
                          soft_wrap=True)
        tl = iv.timeline
        facts = [f"decision by {tl.decision_by}" if tl.decision_by else "",
                 f"agreed follow-up {tl.follow_up_on}" if tl.follow_up_on else "",
                 f"call in {tl.call_in} days" if tl.call_in else "",
                 "not a fit" if not tl.fit else "",
                 f"they said: {tl.note}" if tl.note else ""]
        if any(facts):
            console.print("    " + escape(safe("; ".join(f for f in facts if f))), style="dim")
        noted = [f"{p.name}: {p.noted}" for p in iv.interviewers if p.noted]
        noted += [iv.noted] if iv.noted else []
        if noted:  # what the thank-yous recall
            console.print("    what stood out: " + escape(safe("; ".join(noted))), style="dim")
    for e in app.events:
        console.print(f"  {e.on:%a %d %b}: {e.kind.value}" + (f" — {safe(e.note)}" if e.note
                                                              else ""),
                      style="dim", markup=False)
    if app.journal:
        from followup.insights.render import journal

        journal(console, app.journal)
    shown = [s for s in app.steps if show_all or s.status is not StepStatus.CANCELLED]
    if shown:
        console.print(steps_table(shown, today))
    hidden = len(app.steps) - len(shown)
    if hidden:
        console.print(f"  ({hidden} cancelled step(s) hidden; --all shows them)", style="dim")
    if any(s.projected and s.status is StepStatus.PENDING for s in app.steps):
        console.print("  ~ a projected day: it moves later if the step before it is late",
                      style="dim")
    notices(app.notices)


def today(steps: Sequence[Step], day: date, nudge: str | None = None) -> None:
    if not steps:
        console.print(f"Nothing due on {day:%a %d %b %Y}. Keep applying and networking (A1).")
    else:
        console.print(steps_table(steps, day, with_company=True,
                                  title=f"Due by {day:%a %d %b %Y}"))
        console.print("Mark one done with: followup done STEP_ID [--on YYYY-MM-DD]", style="dim")
    if nudge:
        console.print(Text.assemble(("  ! ", "yellow"), ("A1 ", "magenta"), nudge))

