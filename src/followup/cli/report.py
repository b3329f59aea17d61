"""`followup report activity`: the work-search record a benefits office asks for."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from followup.cli.commands import ctx_of
from followup.cli.context import handles_errors
from followup.core.errors import BadInput

report_app = typer.Typer(
    name="report", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    help="Records made from your search: `activity` is the work-search log that "
    "unemployment offices ask for.")


def register(app: typer.Typer) -> None:
    app.add_typer(report_app)

    @report_app.command("activity")
    @handles_errors
    def activity(
        ctx: typer.Context,
        target: Annotated[str | None, typer.Argument(
            metavar="[FILE]", help="Where to write (default or '-': standard output; a PDF "
            "needs a file unless the output is piped).")] = None,
        start: Annotated[str | None, typer.Option(
            "--from", metavar="DATE", help="First day of the period (default: four weeks "
            "before --to).")] = None,
        end: Annotated[str | None, typer.Option(
            "--to", metavar="DATE", help="Last day of the period (default: today).")] = None,
        fmt: Annotated[str, typer.Option(
            "--format", metavar="FORMAT", help="csv, html (a page that prints cleanly) or "
            "pdf.")] = "csv",
        week_start: Annotated[str | None, typer.Option(
            "--week-start", metavar="DAY", help="The day a week starts on (default: the "
            "week_start setting, else sunday).")] = None,
        paper: Annotated[str, typer.Option(
            "--paper", metavar="SIZE", help="letter or a4, for a PDF.")] = "letter",
        force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")
                         ] = False,
    ) -> None:
        """Every contact with an employer in a period (interviews, thank-yous, follow-ups,
        replies), a row each with the date, employer, address or website, contact person and
        how, position and result, grouped by week. Nothing you wrote for yourself is in it."""
        from followup.cli.insights import write_file
        from followup.core.parse import parse_date
        from followup.insights import activity as act

        c = ctx_of(ctx)
        kind, paper_size = act.kind_of(fmt, paper)
        first, last = act.period(parse_date(start, "--from") if start else None,
                                 parse_date(end, "--to") if end else None, c.today)
        rec = act.activity(c.store, first, last,
                           act.first_weekday(week_start or c.settings.get("week_start")))
        who = c.store.profile.get_profile().name
        if kind == "pdf" and target in (None, "-") and sys.stdout.isatty():
            raise BadInput("a PDF is not for the terminal: give a file name, e.g. "
                           "followup report activity record.pdf --format pdf")
        write_file(target, act.made(rec, kind, who, paper_size), force)
