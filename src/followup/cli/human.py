"""The Rich console that the human output of most commands is printed through.

An application and its plan are plain text (cli.plan_text), the same on every path; this
module prints them through the console where a command mixes them with Rich output (the demo,
`add --from`).
"""

from __future__ import annotations

from datetime import date

from rich.console import Console

from followup.core.model import Application

console = Console(highlight=False)


def application(app: Application, today: date, *, show_all: bool = False) -> None:
    """`show`'s text, printed through the console so that it falls in line with whatever
    else the command printed there."""
    from followup.cli.plan_text import application as text

    console.print(text(app, today, show_all=show_all, width=console.width), markup=False,
                  highlight=False, emoji=False, soft_wrap=True)
