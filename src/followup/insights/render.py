"""Human output of the insights commands with Rich: tables with bars, and the journal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from followup.core.journal import JournalEntry
from followup.core.stats import NEVER_HEAR_BACK, Rate, Stats
from followup.core.validate import safe
from followup.insights.charts import bar


def _pct(r: Rate) -> str:
    return "—" if r.rate is None else f"{r.rate:.0%}"


def _rates(title: str, head: str, rows: Sequence[Rate], hits: str, total: str) -> Table:
    table = Table(title=title, title_justify="left")
    for col, justify in ((head, "left"), (hits, "right"), (total, "right"), ("rate", "right"),
                         ("", "left")):
        table.add_column(col, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for r in rows:
        table.add_row(r.label.replace("_", " "), str(r.hits), str(r.total), _pct(r),
                      Text(bar(r.rate), style="cyan"))
    return table


def stats(console: Console, s: Stats) -> None:
    scope = f"since {s.since:%a %d %b %Y}" if s.since else "all applications"
    console.print(Text.assemble(("How your follow-ups are working", "bold"),
                                f" — {scope}, as of {s.today:%a %d %b %Y}"))
    if not s.applications:
        console.print("No applications in this period yet: the numbers appear once you record "
                      "some (followup add).")
    heard = s.heard_back
    console.print(Text.assemble(
        "  Heard back from the employer: ", (f"{heard.hits} of {heard.total}", "bold"),
        f" ({_pct(heard)})  ", (bar(heard.rate), "cyan")))
    yours = "" if heard.rate is None else (
        f"; you have not heard back in {1 - heard.rate:.0%} of yours")
    console.print(Text(
        f"  Most applicants never hear back at all ({NEVER_HEAR_BACK:.0%} in the survey the "
        f"rulebook cites, A5){yours}. Tracking your own rate shows which follow-ups pay off.",
        style="dim"))
    median = s.median_days_to_first_reply
    console.print("  Median days from interview to first response: "
                  + ("—" if median is None else f"{median:g}"), markup=False)
    g = s.ghosted
    console.print(f"  Ghosted: {g.hits} of {g.total} ended processes were closed with no "
                  f"response at all ({_pct(g)})", markup=False)
    for title, head, rows, hits, total in (
        ("Response rate by playbook", "playbook", s.by_playbook, "heard back", "applications"),
        ("Touches answered, by channel", "channel", s.by_channel, "answered", "touches"),
        ("Touches answered, by touch number", "touch", s.by_touch, "answered", "touches"),
    ):
        if rows:
            console.print(_rates(title, head, rows, hits, total))
    top = max((n for _name, n in s.funnel), default=0) or 1
    funnel = Table(title="Funnel", title_justify="left")
    for col in ("stage", "applications", ""):
        funnel.add_column(col, no_wrap=True)
    for name, n in s.funnel:
        funnel.add_row(name, str(n), Text(bar(n / top), style="green"))
    console.print(funnel)
    console.print("  By status: " + ", ".join(f"{name} {n}" for name, n in s.by_status if n)
                  if s.applications else "", markup=False)
    console.print(_weekly(s))


def _weekly(s: Stats) -> Table:
    table = Table(title="Weekly activity", title_justify="left")
    for col in ("week of", "applications", "interviews", "touches", ""):
        table.add_column(col, no_wrap=True, justify="left" if col in ("week of", "") else "right")
    top = max((w.applications + w.interviews + w.touches for w in s.weekly), default=0) or 1
    for w in s.weekly:
        total = w.applications + w.interviews + w.touches
        table.add_row(f"{w.start:%a %d %b}", str(w.applications), str(w.interviews),
                      str(w.touches), Text(bar(total / top), style="magenta"))
    return table


def journal(console: Console, entries: Sequence[JournalEntry]) -> None:
    """The journal as shown by `followup journal ID --show` and under `followup show`."""
    if not entries:
        return
    console.print(Text.assemble(("  Journal", "bold"), (" A4", "magenta")))
    for e in entries:
        about = f" · round {e.interview_round}" if e.interview_round else ""
        console.print(Text(f"  {e.on:%a %d %b %Y}{about}  (entry {e.id})", style="cyan"))
        for _name, label, value in e.text.parts():
            lines = [safe(line) for line in value.split("\n")]  # nothing raw to the terminal
            console.print(Text.assemble(("    " + label + ": ", "bold"), lines[0]))
            for line in lines[1:]:
                console.print(Text("      " + line))
