"""Insights commands: journal (A4), stats (A5), export, import and backup.

`export` and `import` are sub-apps: another module adds a format with
`@export_app.command("ics")` in its own `register(app)`; the order of registration does not
matter, since the Typer app is built only after every module has registered.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from followup.cli.commands import Json, ctx_of
from followup.cli.context import Context, emit_json, handles_errors
from followup.core.errors import BadInput

if TYPE_CHECKING:
    from followup.core.journal import JournalText

export_app = typer.Typer(
    name="export", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    help="Export your data: json (everything, to bring back with `followup import json`) or "
    "csv (for a spreadsheet).")
import_app = typer.Typer(
    name="import", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    help="Bring data in: json (a followup export) or csv (another tracker's spreadsheet). "
    "One transaction: all of it or nothing; what is already here is reported, never "
    "overwritten.")

File = Annotated[str | None, typer.Argument(metavar="[FILE]",
                                            help="Where to write (default or '-': stdout).")]
Force = Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check and report; change nothing.")]


def write_file(target: str | None, text: str | bytes, force: bool) -> None:
    """Write `text` to stdout, or to a private file that appears only once complete."""
    if target in (None, "-"):
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
        return
    from followup import private

    path = Path(target).expanduser()
    if path.exists() and not force:
        raise BadInput(f"{path} already exists; choose another file or add --force")
    private.sweep(path.parent)  # what a killed export left behind
    if isinstance(text, bytes):
        private.write(path, text)
    else:
        with private.writing(path, newline="") as out:
            out.write(text)
    print(f"Wrote {path}", file=sys.stderr)


def _read(source: str) -> str:
    """A file (or stdin) to import, read as a capped stream."""
    from followup.budgets import stdin
    from followup.contacts.files import MAX_TEXT, read_bytes, read_stream

    if source == "-":
        data = read_stream(stdin("standard input"), "standard input", MAX_TEXT)
        name = "standard input"
    else:
        path = Path(source).expanduser()
        if not path.exists():
            raise BadInput(f"{path}: no such file")
        data, name = read_bytes(path, MAX_TEXT), str(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{name} is not UTF-8 text; save it as UTF-8 and try again") from None


def _edit(c: Context, app_id: int, interview: int | None) -> JournalText | None:
    """Open $EDITOR on the journal template; None if the candidate wrote nothing."""
    import os
    import shlex
    import shutil
    import subprocess
    import tempfile

    from followup.insights import journal

    template = journal.template(c.store.load(app_id), interview)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or next(
        (e for e in ("nano", "vi") if shutil.which(e)), None)
    if not editor:
        raise BadInput("no editor: set $EDITOR, or write with --note, --went-well, ...")
    fd, name = tempfile.mkstemp(prefix="followup-journal-", suffix=".md")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(template)
        done = subprocess.run([*shlex.split(editor), name], check=False)
        if done.returncode != 0:
            raise BadInput(f"the editor exited with status {done.returncode}; nothing written")
        text = journal.parse_template(Path(name).read_text(encoding="utf-8"))
    finally:
        Path(name).unlink(missing_ok=True)
    return None if text.empty else text


def register(app: typer.Typer) -> None:
    """Add the insights commands to `app`."""

    @app.command()
    @handles_errors
    def journal(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID", help="The application.")],
        note: Annotated[str | None, typer.Option(
            "--note", metavar="TEXT", help="Free notes.")] = None,
        went_well: Annotated[str | None, typer.Option(
            "--went-well", metavar="TEXT", help="What went well.")] = None,
        questions: Annotated[str | None, typer.Option(
            "--questions", metavar="TEXT", help="The questions they asked.")] = None,
        improve: Annotated[str | None, typer.Option(
            "--improve", metavar="TEXT", help="What to do better next time.")] = None,
        outcome: Annotated[str | None, typer.Option(
            "--outcome", metavar="TEXT", help="How it turned out, or where it stands.")]
        = None,
        interview: Annotated[int | None, typer.Option(
            "--interview", metavar="N", help="About interview round N (default: the whole "
            "process).")] = None,
        on: Annotated[str | None, typer.Option("--on", metavar="DATE",
                                               help="The day written (default: today).")] = None,
        show: Annotated[bool, typer.Option("--show", help="Read the journal.")] = False,
        edit: Annotated[bool, typer.Option(
            "--edit", "-e", help="Write in $EDITOR (the default in a terminal).")] = False,
        as_json: Json = False,
    ) -> None:
        """Write down how an interview or a process went, to do better next time (A4); read
        it back with --show."""
        from followup.cli.human import console
        from followup.core.journal import JournalText
        from followup.core.parse import parse_date
        from followup.insights import journal as jr
        from followup.insights import render

        c = ctx_of(ctx)
        text = JournalText(note=note, went_well=went_well, questions=questions,
                           improve=improve, outcome=outcome)
        given = any(v is not None for v in (note, went_well, questions, improve, outcome))
        if show:
            if given or edit:
                raise BadInput("--show reads the journal: give it without anything to write")
            entries = jr.read(c.store, app_id)
            if as_json:
                emit_json([jr.to_json(e) for e in entries])
            elif entries:
                render.journal(console, entries)
            else:
                console.print(f"Nothing in the journal of #{app_id} yet. Write with: followup "
                              f"journal {app_id} --note TEXT (or in a terminal, without "
                              "options, to get a template).", markup=False)
            return
        if not given:
            if not (edit or sys.stdin.isatty()):
                raise BadInput("give --note, --went-well, --questions, --improve or --outcome "
                               "(or --show to read, or --edit for $EDITOR)")
            found = _edit(c, app_id, interview)
            if found is None:
                console.print("Nothing written.")
                return
            text = found
        day = parse_date(on, "--on") if on else c.today
        entry = jr.write(c.store, app_id, text, day, c.now, interview)
        if as_json:
            emit_json(jr.to_json(entry))
        else:
            console.print(f"Written to the journal of #{app_id} (entry {entry.id}).",
                          markup=False)
            render.journal(console, [entry])

    @app.command()
    @handles_errors
    def stats(
        ctx: typer.Context,
        since: Annotated[str | None, typer.Option(
            "--since", metavar="DATE", help="Only processes whose interview was on or after "
            "DATE.")] = None,
        weeks: Annotated[int, typer.Option(
            "--weeks", min=1, max=104, help="Weeks of activity shown without --since.")] = 8,
        chart: Annotated[str | None, typer.Option(
            "--chart", metavar="FILE", help="Also draw the numbers into FILE.svg (or .png "
            "with matplotlib).")] = None,
        as_json: Json = False,
    ) -> None:
        """How your follow-ups are working: response rates, time to first reply, ghosting,
        funnel and weekly activity (A5)."""
        from followup.core import stats as st
        from followup.core.parse import parse_date
        from followup.insights.numbers import stats

        c = ctx_of(ctx)
        start = parse_date(since, "--since") if since else None
        numbers = stats(c.store, c.today, start, weeks)
        if chart:
            from followup.insights.charts import write_chart

            written = write_chart(numbers, Path(chart).expanduser())
            print(f"Wrote {written}", file=sys.stderr)
        if as_json:
            emit_json(st.to_json(numbers))
        else:
            from followup.cli.human import console
            from followup.insights import render

            render.stats(console, numbers)

    @app.command()
    @handles_errors
    def backup(
        ctx: typer.Context,
        target: Annotated[str | None, typer.Argument(
            metavar="[FILE]", help="Where to write the copy (default: a dated file in the "
            "backups folder beside the database).")] = None,
        force: Force = False, as_json: Json = False,
    ) -> None:
        """Copy the database safely, even while other commands are writing to it."""
        from followup.insights import backups as bk

        c = ctx_of(ctx)
        if c.db_path.is_file():
            _ = c.store  # opening it brings an old schema up to date first
        path = bk.backup(c.db_path, Path(target) if target else None, c.now, force=force)
        if as_json:
            emit_json({"backup": str(path), "bytes": path.stat().st_size,
                       "database": str(c.db_path)})
        else:
            print(f"Backed up {c.db_path} to {path} ({path.stat().st_size:,} bytes).")
            print(f"Restore by copying it back while followup is not running. Before each "
                  f"schema upgrade a copy is also kept in {bk.folder(c.db_path)} (the last "
                  f"{bk.KEEP}).")

    _register_transfer()
    app.add_typer(export_app, name="export")
    app.add_typer(import_app, name="import")


def _register_transfer() -> None:
    if any(getattr(i, "name", None) == "json" for i in export_app.registered_commands):
        return  # registered already (the app is set up once per process)

    @export_app.command("json")
    @handles_errors
    def export_json(ctx: typer.Context, target: File = None, force: Force = False) -> None:
        """Everything, losslessly: `followup import json` brings it back identical."""
        from followup.insights import transfer

        c = ctx_of(ctx)
        write_file(target, transfer.dumps(transfer.export_document(c.store)), force)

    @export_app.command("csv")
    @handles_errors
    def export_csv(
        ctx: typer.Context, target: File = None, force: Force = False,
        steps: Annotated[bool, typer.Option(
            "--steps", help="One row per step instead of one per application.")] = False,
    ) -> None:
        """A spreadsheet: one row per application (or per step with --steps)."""
        from followup.insights import csvio

        c = ctx_of(ctx)
        text = csvio.export_steps(c.store) if steps else csvio.export_applications(c.store,
                                                                                   c.now)
        write_file(target, text, force)

    @import_app.command("json")
    @handles_errors
    def import_json(
        ctx: typer.Context,
        source: Annotated[str, typer.Argument(metavar="FILE", help="An export ('-': stdin).")],
        dry_run: DryRun = False, as_json: Json = False,
    ) -> None:
        """Bring back a `followup export json` file, whole or not at all."""
        from followup.insights import transfer

        c = ctx_of(ctx)
        document = transfer.loads(_read(source), source)
        report = transfer.import_document(c.store, document, dry_run=dry_run)
        _report(report.to_json(), as_json)

    @import_app.command("csv")
    @handles_errors
    def import_csv(
        ctx: typer.Context,
        source: Annotated[str, typer.Argument(metavar="FILE", help="A CSV file ('-': stdin).")],
        mapping: Annotated[list[str] | None, typer.Option(
            "--map", metavar="FIELD=COLUMN,...", help="Which column holds what, e.g. "
            "company=Company,role=Title,interviewed=\"Interview date\". Unmapped fields use a "
            "column of their own name.")] = None,
        tz: Annotated[str | None, typer.Option(
            "--tz", metavar="ZONE", help="Time zone of rows without a tz column (default: "
            "yours).")] = None,
        date_format: Annotated[str | None, typer.Option(
            "--date-format", metavar="FORMAT", help="How the file writes dates, e.g. "
            "%m/%d/%Y (default: YYYY-MM-DD [HH:MM]).")] = None,
        delimiter: Annotated[str, typer.Option(
            "--delimiter", metavar="CHAR", help="What separates the columns.")] = ",",
        playbook: Annotated[str | None, typer.Option(
            "--playbook", metavar="NAME", help="For rows without a playbook column.")] = None,
        dry_run: DryRun = False, as_json: Json = False,
    ) -> None:
        """Bring in applications from another tracker's CSV. Run with --dry-run first.

        Fields: company, role and interviewed (required); tz, with, coordinator,
        decision_by, follow_up_on, playbook, holidays, status (active, responded, offer,
        rejected, withdrawn, closed), status_on and notes. `followup export csv` writes
        these same names, so its files come back in without --map."""
        from followup.insights import csvio

        c = ctx_of(ctx)
        if len(delimiter) != 1:
            raise BadInput("--delimiter must be one character")
        options = csvio.CsvOptions(
            now=c.now, tz=tz or c.tz, playbook=playbook or c.settings.get("playbook")
            or "default", holidays=c.settings.get("holidays"), date_format=date_format,
            delimiter=delimiter)
        text = _read(source)
        columns = csvio.parse_mapping(mapping or [])
        c.resume = csvio.source_of(text, columns, options)  # before the store opens
        if sys.stderr.isatty() and text.count("\n") > csvio.CHUNK_ROWS:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn

            with Progress(TextColumn("{task.description}"), BarColumn(),
                          TextColumn("{task.completed:,}/{task.total:,} rows"),
                          console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("checking", total=None)

                def step(stage: str, done: int, total: int) -> None:
                    bar.update(task, description=stage, completed=done, total=total)

                report = csvio.import_csv(c.store, text, columns, options,
                                          dry_run=dry_run, progress=step)
        else:
            report = csvio.import_csv(c.store, text, columns, options, dry_run=dry_run)
        _report(report.to_json(), as_json)


def _report(doc: dict[str, object], as_json: bool) -> None:
    if as_json:
        emit_json(doc)
        return
    from followup.cli.human import console

    added = doc["added"]
    if isinstance(added, dict):
        count = sum(added.values())
        what = ", ".join(f"{n} {table}" for table, n in added.items()) or "nothing"
        ids = f" (ids {doc['ids']})" if count else ""
        console.print(f"{'Would import' if doc['dry_run'] else 'Imported'} {what}{ids}.",
                      markup=False)
    else:
        assert isinstance(added, list)
        if doc.get("resumed"):
            console.print(f"Carried on with an import that was stopped: {doc['resumed']} "
                          "row(s) were already in.", markup=False)
        verb = "Would add" if doc["dry_run"] else "Added"
        console.print(f"{verb} {len(added)} application(s).", markup=False)
        for a in added[:20]:  # a large import is summarised; --json lists all
            console.print(f"  #{a['id']} {a['company']} — {a['role']} [{a['status']}]",
                          markup=False)
        if len(added) > 20:
            console.print(f"  ... and {len(added) - 20} more (--json lists them all)",
                          markup=False)
    for key, label in (("conflicts", "already here"), ("reused", "reused")):
        items = doc.get(key)
        items = items if isinstance(items, list) else []
        for line in items[:20]:
            console.print(f"  ! {label}: {line}", style="yellow", markup=False)
        if len(items) > 20:
            console.print(f"  ! ... and {len(items) - 20} more {label}", style="yellow",
                          markup=False)
    left = doc.get("left_out")
    if isinstance(left, dict) and left:
        console.print("  Left out with what they belong to: "
                      + ", ".join(f"{n} {t}" for t, n in left.items()), markup=False)
    if doc["dry_run"]:
        console.print("Dry run: nothing was changed.", style="dim")
