"""Commands for people: `followup contacts ...` (C4, C5, A3) and `followup network ...` (A2).

Thin, like every command: parse, call one service function, render. The heavy libraries
(vobject, rapidfuzz, phonenumbers, Rich's progress bar) load only inside the commands that
need them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from followup.cli.commands import Json, ctx_of
from followup.cli.context import Context, emit_json, handles_errors
from followup.core.errors import BadInput

Company = Annotated[str | None, typer.Option(
    "--company", metavar="NAME", help="Only people at this company, or who interviewed or "
    "coordinated for an application there, closed ones included (A3). Names are compared "
    "loosely: 'Stripe, Inc.' is 'stripe'.")]
Search = Annotated[str | None, typer.Option(
    "--search", "-s", metavar="WORDS", help="Only people whose name, company, title or email "
    "holds every word.")]
Every = Annotated[bool, typer.Option(
    "--all", help="List every one; without it, the 30 added last (by name) and how many there "
    "are. --json always gives every one.")]
Region = Annotated[str | None, typer.Option(
    "--region", metavar="CC", help="Country of phone numbers written without +CC, e.g. US or "
    "GB (default: your profile's region, `followup me --region`, else the country of your "
    "holidays setting).")]
Title = Annotated[str | None, typer.Option("--title", help="Job title.")]
CompanyOf = Annotated[str | None, typer.Option("--company", help="Where they work.")]
Emails = Annotated[list[str] | None, typer.Option(
    "--email", help="An email address; repeat for several, the first is used for writing. "
    "In edit, the list replaces the old one ('' clears it).")]
Phones = Annotated[list[str] | None, typer.Option(
    "--phone", help="A phone number, kept in E.164 (+14155550134); repeat for several.")]
Address = Annotated[str | None, typer.Option("--address", help="Postal address, one line.")]
LinkedIn = Annotated[str | None, typer.Option(
    "--linkedin", metavar="URL", help="LinkedIn profile address.")]
Prefers = Annotated[str | None, typer.Option(
    "--prefers", metavar="CHANNEL", help="How they like to be followed up: email, phone, "
    "letter, in_person or linkedin; never text or social media (C4, T4).")]
LinkedInOk = Annotated[str | None, typer.Option(
    "--linkedin-ok", metavar="yes|no", help="They accept LinkedIn connection requests (C5).")]
Notes = Annotated[str | None, typer.Option("--notes", help="Anything worth remembering.")]


def _region(c: Context, region: str | None) -> str | None:
    from followup.service import contacts as service

    return service.default_region(c.store, c.settings.get("holidays"), region)


def _changes(c: Context, *, region: str | None = None, **typed: Any) -> dict[str, Any]:
    """Only the details the user gave, checked and in normal form (service.typed_changes)."""
    from followup.service import contacts as service

    return service.typed_changes(typed, lambda: _region(c, region))


def _show(contact: Any, as_json: bool) -> None:
    from followup.contacts import output

    if as_json:
        emit_json(output.contact(contact))
    else:
        output.contact_card(contact)


def _list(c: Context, company: str | None, search: str | None, as_json: bool,
          every: bool) -> None:
    from followup.contacts import output, table
    from followup.service import contacts as service

    found = service.list_contacts(c.store, company=company, search=search)
    if as_json:
        emit_json([output.contact(x) for x in found])
        return
    if not every:  # the newest people, still by name (cli/fast prints the same)
        kept = table.newest(x.id for x in found)
        shown = [x for x in found if x.id in kept]
    output.contacts_table(found if every else shown, f"at {company}" if company else None)
    trailer = None if every else table.more(len(shown), len(found))
    if trailer:
        print(trailer)


class _NetworkGroup(TyperGroup):
    """`followup network ID` is short for `followup network show ID`."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and args[0].lstrip("#").isdigit():
            args = ["show", *args]
        return super().resolve_command(ctx, args)


def register(app: typer.Typer) -> None:
    """Add the contacts commands to `app`."""
    people = typer.Typer(
        help="The people you meet: interviewers, coordinators, business cards (C4, C5). "
        "They stay after an application closes (A3). `followup contacts` alone lists them.",
        no_args_is_help=False, rich_markup_mode=None)

    @people.callback(invoke_without_command=True)
    @handles_errors
    def contacts(ctx: typer.Context, company: Company = None, search: Search = None,
                 as_json: Json = False, every: Every = False) -> None:
        """The people you meet (C4, C5, A3); without a subcommand, list them."""
        if ctx.invoked_subcommand is None:
            _list(ctx_of(ctx), company, search, as_json, every)

    @people.command("list")
    @handles_errors
    def list_(ctx: typer.Context, company: Company = None, search: Search = None,
              as_json: Json = False, every: Every = False) -> None:
        """The people added last (--all: everyone), by name; or those at one company, past
        interviewers included (A3)."""
        _list(ctx_of(ctx), company, search, as_json, every)

    @people.command()
    @handles_errors
    def show(ctx: typer.Context, contact_id: Annotated[str, typer.Argument(
            metavar="ID", help="The contact's number: 12 or #12.")], as_json: Json = False,
             ) -> None:
        """One person: details, and every interview they took part in."""
        from followup.service import contacts as service

        _show(service.show_contact(ctx_of(ctx).store, service.parse_id(contact_id)), as_json)

    @people.command()
    @handles_errors
    def add(
        ctx: typer.Context, name: Annotated[str, typer.Argument(help="Their full name.")],
        title: Title = None, company: CompanyOf = None, email: Emails = None,
        phone: Phones = None, address: Address = None, linkedin: LinkedIn = None,
        prefers: Prefers = None, linkedin_ok: LinkedInOk = None, notes: Notes = None,
        region: Region = None, as_json: Json = False,
    ) -> None:
        """Add a person, from a business card for instance (C4). Refused if already known
        by email, phone, or name and company."""
        from followup.core.contacts import Card
        from followup.service import contacts as service

        c = ctx_of(ctx)
        fields = _changes(c, name=name, title=title, company=company, emails=email,
                          phones=phone, address=address, linkedin=linkedin, prefers=prefers,
                          linkedin_ok=linkedin_ok, notes=notes, region=region)
        _show(service.add_contact(c.store, Card(**fields), c.now, _region(c, region)), as_json)

    @people.command()
    @handles_errors
    def edit(
        ctx: typer.Context, contact_id: Annotated[str, typer.Argument(metavar="ID")],
        name: Annotated[str | None, typer.Option("--name")] = None,
        title: Title = None, company: CompanyOf = None, email: Emails = None,
        phone: Phones = None, address: Address = None, linkedin: LinkedIn = None,
        prefers: Prefers = None, linkedin_ok: LinkedInOk = None, notes: Notes = None,
        region: Region = None, as_json: Json = False,
    ) -> None:
        """Correct or complete a person's details; plans that reach them follow (T4, T6)."""
        from followup.service import contacts as service

        c = ctx_of(ctx)
        ident = service.parse_id(contact_id)
        fields = _changes(c, name=name, title=title, company=company, emails=email,
                          phones=phone, address=address, linkedin=linkedin, prefers=prefers,
                          linkedin_ok=linkedin_ok, notes=notes, region=region)
        if not fields:
            raise BadInput("nothing to change: give at least one option (see --help)")
        _show(service.edit_contact(c.store, ident, fields, c.now), as_json)

    @people.command()
    @handles_errors
    def merge(
        ctx: typer.Context,
        keep: Annotated[str, typer.Argument(metavar="KEEP", help="The contact to keep.")],
        others: Annotated[list[str], typer.Argument(
            metavar="OTHER...", help="Duplicates to fold into KEEP; they are removed.")],
        as_json: Json = False,
    ) -> None:
        """Fold duplicates of one person into one: KEEP's details win, the others fill gaps,
        and their interviews become KEEP's."""
        from followup.service import contacts as service

        c = ctx_of(ctx)
        merged = service.merge_contacts(c.store, service.parse_id(keep, "KEEP"),
                                        [service.parse_id(o, "OTHER") for o in others], c.now)
        _show(merged, as_json)

    @people.command("import")
    @handles_errors
    def import_(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(metavar="FILE.vcf", help="vCard file (3.0 or "
                                             "4.0; one card or many).")],
        region: Region = None, as_json: Json = False,
        merge: Annotated[bool, typer.Option(
            "--merge", help="A card that matches someone only by phone, by name and "
            "company, or by an address under another name adds its details to them (their "
            "name and first email stay).")] = False,
        new: Annotated[bool, typer.Option(
            "--new", help="A card that matches someone only by phone, by name and company, "
            "or by an address under another name becomes a separate person.")] = False,
    ) -> None:
        """Import business cards from a vCard file. People already known by email are
        updated, not doubled (never renamed by a card under another name); a card that matches
        someone only by phone number, by name and company, or by an address under another
        name is listed as a conflict (see --merge, --new); broken cards are skipped and
        listed."""
        from followup.contacts import output
        from followup.service import contacts as service

        c = ctx_of(ctx)
        if merge and new:
            raise BadInput("choose --merge or --new, not both")
        decide = "merge" if merge else ("new" if new else None)
        result = service.import_vcards(c.store, file, c.now, _region(c, region), decide)
        if as_json:
            emit_json(output.report(result))
        else:
            output.import_summary(result)

    @people.command()
    @handles_errors
    def export(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(metavar="FILE.vcf")],
        version: Annotated[str, typer.Option("--version", help="vCard version: 3.0 or 4.0.")]
        = "3.0",
        company: Company = None, as_json: Json = False,
    ) -> None:
        """Write your contacts to a vCard file that phones and address books read."""
        from followup.service import contacts as service

        c = ctx_of(ctx)
        count = service.export_vcards(c.store, file, version, company=company)
        if as_json:
            emit_json({"file": str(file), "version": version, "contacts": count})
        else:
            print(f"Wrote {count} contact(s) to {file} (vCard {version}).")

    app.add_typer(people, name="contacts")

    network = typer.Typer(
        cls=_NetworkGroup, no_args_is_help=True, rich_markup_mode=None,
        help="Your LinkedIn network, and who you know at a company (A2). "
        "`followup network ID` lists the people you know at application ID's company.")

    @network.command("import")
    @handles_errors
    def network_import(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(
            metavar="FILE", help="LinkedIn's Connections.csv, or the whole data-export ZIP.")],
        as_json: Json = False,
    ) -> None:
        """Import your LinkedIn connections. Importing a newer export updates people (same
        profile, else same name and company), never doubles them; bad rows are listed."""
        from followup.contacts import output
        from followup.service import contacts as service

        c = ctx_of(ctx)
        if sys.stderr.isatty():  # the bar goes to stderr, never into --json
            result = _with_progress(c, file)
        else:
            result = service.import_network(c.store, file, c.now)
        if as_json:
            emit_json(output.report(result))
        else:
            output.import_summary(result)

    @network.command("show")
    @handles_errors
    def network_show(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID", help="The application.")],
        as_json: Json = False,
    ) -> None:
        """Who you know at the application's company, best match first (A2)."""
        from followup.cli.text import columns
        from followup.contacts import output
        from followup.contacts.network import who_do_i_know

        found = who_do_i_know(ctx_of(ctx).store, app_id)
        if as_json:
            emit_json(output.network(found))
        else:
            output.network_table(found, columns())

    app.add_typer(network, name="network")


def _with_progress(c: Context, file: Path) -> Any:
    """The import with a progress bar on stderr (only shown once a file is large)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from followup.service import contacts as service

    with Progress(TextColumn("importing {task.description}"), BarColumn(),
                  TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(file.name, total=None, visible=False)

        def step(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, visible=total >= 2000)

        return service.import_network(c.store, file, c.now, progress=step)
