"""Commands for messages: me, draft, check and templates.

Jinja2, email-validator and phonenumbers are imported inside the commands that use them,
never here: `followup --help` and every other command stay quick to start.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from followup.cli import tone_report
from followup.cli.commands import Json, ctx_of
from followup.cli.context import emit_json, handles_errors
from followup.core.errors import BadInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from followup.cli.context import Context
    from followup.messages.drafts import Draft
    from followup.messages.tone import Finding

As = Annotated[str | None, typer.Option(
    "--as", metavar="FORM", help="Another message for this step: withdrawal, rejection-reply, "
    "network (a note to a contact at the company, with --to), or note (the private note of a "
    "move-on step, its default).")]
Update = Annotated[str | None, typer.Option(
    "--update", metavar="TEXT", help='News of yours for a follow-up (M6), e.g. "I have since '
    'finished my AWS certification."')]
To = Annotated[str | None, typer.Option(
    "--to", metavar='"Name <email>"', help="Write to someone else: a contact at the company "
    "(A2), a recruiter.")]
ToAddress = Annotated[str | None, typer.Option(
    "--to-address", metavar="TEXT", help="The recipient's postal address, for a letter (T3); "
    "separate lines with \\n.")]
Phrasing = Annotated[int | None, typer.Option(
    "--phrasing", metavar="N", help="Use phrasing 1, 2 or 3 instead of the one chosen for "
    "this step.")]
Locale = Annotated[str | None, typer.Option(
    "--locale", metavar="en-US|en-GB", help="Spelling, idiom and dates of the draft (default: "
    "from your profile's region).")]
# The options that pick and address a message, shared by `draft` and `check`.
_MESSAGE_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("as_", As), ("update", Update), ("to", To), ("to_address", ToAddress),
    ("phrasing", Phrasing))


def message_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` the options of _MESSAGE_OPTIONS (after its own), handed to it as one
    `choice` dict: Typer reads the parameters from the signature set here."""
    import functools
    import inspect

    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "choice"]
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None,
                                annotation=kind) for name, kind in _MESSAGE_OPTIONS]

    @functools.wraps(command)
    def with_options(*args: Any, **kwargs: Any) -> None:
        choice = {name: kwargs.pop(name, None) for name, _ in _MESSAGE_OPTIONS}
        command(*args, choice=choice, **kwargs)

    with_options.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*own, *shared])
    return with_options


def _warn(line: str) -> None:
    from followup.core.validate import safe

    print(safe(line), file=sys.stderr)


def show_warnings(d: Draft) -> None:
    for f in d.findings:
        _warn(f"followup: warning: {tone_report.finding_line(f)}")
    from followup.core.unknown import with_number

    for n in d.notices:
        _warn(f"followup: note: {n.rule}  {with_number(n.text, d.application_id)}")
    if d.notes:
        _warn(f"followup: your notes on this application: "
              f"{with_number(d.notes, d.application_id)}")


def _write_eml(target: str, data: bytes) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(target).expanduser()
    if path.is_dir():
        raise BadInput(f"--eml {target}: that is a folder; give a file name such as draft.eml")
    from followup import private

    private.write(path, data)  # 0600: a draft holds private mail
    _warn(f"followup: wrote {path}: an unsent email; open it in your mail program to send it")


def _profile_lines(values: dict[str, str | None]) -> list[str]:
    lines = []
    for key, value in values.items():
        shown = (value or "—").replace("\n", "\n" + " " * 11)
        lines.append(f"{key:>9}: {shown}")
    return lines


def register(app: typer.Typer) -> None:
    """Add the message commands to `app`."""

    @app.command()
    @handles_errors
    def me(
        ctx: typer.Context,
        name: Annotated[str | None, typer.Option("--name", help="Your full name: it signs "
                                                 "every draft (M1).")] = None,
        email: Annotated[str | None, typer.Option("--email", help="Your email address: the "
                                                  "From of .eml drafts.")] = None,
        phone: Annotated[str | None, typer.Option("--phone", help="Your phone number, said "
                                                  "twice in voicemails (M4); kept as E.164.")]
        = None,
        region: Annotated[str | None, typer.Option(
            "--region", metavar="CC", help="Country of a number written without +code, e.g. "
            "US (default: the country of the holidays setting).")] = None,
        address: Annotated[str | None, typer.Option(
            "--address", help="Your postal address for letters (T3); separate lines with \\n.")]
        = None,
        signature: Annotated[str | None, typer.Option(
            "--signature", help="Lines under your emails (default: name, phone, LinkedIn); "
            "separate lines with \\n.")] = None,
        linkedin: Annotated[str | None, typer.Option("--linkedin", help="Your LinkedIn "
                                                     "profile address or name.")] = None,
        as_json: Json = False,
    ) -> None:
        """Set or show your profile: who signs your drafts and how to reach you. An empty
        value ("") clears a field."""
        from followup.messages import drafts

        c = ctx_of(ctx)
        holidays = c.settings.get("holidays") or ""
        default_region = holidays.split("-")[0].upper() or None
        profile = drafts.set_profile(c.store, {
            "name": name, "email": email, "phone": phone, "region": region,
            "address": address, "signature": signature, "linkedin": linkedin,
        }, c.now, default_region)
        if as_json:
            emit_json(profile.as_dict())
            return
        print("\n".join(_profile_lines(profile.as_dict())))
        if not profile.name:
            _warn('followup: note: drafts need your name: followup me --name "Your Name"')

    @app.command()
    @handles_errors
    @message_options
    def draft(
        ctx: typer.Context,
        step_id: Annotated[int | None, typer.Argument(metavar="STEP_ID")] = None,
        app_id: Annotated[int | None, typer.Option(
            "--app", metavar="ID", help="A message about a whole application instead of a "
            "step, with --as: e.g. --app 3 --as rejection-reply.")] = None,
        locale: Locale = None,
        as_json: Json = False,
        eml: Annotated[str | None, typer.Option(
            "--eml", metavar="FILE", help="Write an unsent email (X-Unsent: 1) for your mail "
            "program; - writes it to stdout.")] = None,
        mailto: Annotated[bool, typer.Option("--mailto", help="Print a mailto: link that "
                                             "opens the draft in your mail program.")] = False,
        *,
        choice: dict[str, Any],
    ) -> None:
        """The message for a step, ready to send: plain text (default), --json, --eml FILE or
        --mailto. Tone warnings (M5, T5, M1, M2, M4) go to stderr."""
        from followup.messages import forms

        c = ctx_of(ctx)
        if sum((as_json, eml is not None, mailto)) > 1:
            raise BadInput("choose one of --json, --eml and --mailto")
        d = make_draft(c, step_id, app_id, choice, locale)
        if eml is not None:
            if not d.from_email:
                raise BadInput("--eml needs your email address for From: set it with: "
                               "followup me --email you@example.com")
            data = forms.eml(d, c.now)
            show_warnings(d)
            _write_eml(eml, data)
        elif mailto:
            show_warnings(d)
            print(forms.mailto(d))
        elif as_json:
            emit_json(forms.as_json(d))
        else:
            from followup.core.validate import safe_block

            show_warnings(d)
            sys.stdout.write(safe_block(forms.plain(d)))  # data from the store, escaped

    @app.command()
    @handles_errors
    @message_options
    def check(
        ctx: typer.Context,
        target: Annotated[str, typer.Argument(
            metavar="STEP_ID|FILE|-", help="A step (its draft is checked), a text file, or - "
            "for standard input.")],
        step: Annotated[int | None, typer.Option(
            "--step", metavar="STEP_ID", help="With a FILE or -: check it as the message for "
            "this step (M1 reminders, M2 agreement, T5 length).")] = None,
        as_json: Json = False,
        *,
        choice: dict[str, Any],
    ) -> None:
        """Check a message's tone: hostile, pushy, guilt-tripping or desperate wording (M5),
        a long thank-you or a second pitch (T5), missing reminders (M1) or agreement (M2).
        Exit 1 when something is found, 0 when clean."""
        from followup.messages import drafts

        c = ctx_of(ctx)
        findings: list[Finding]
        as_ = choice["as_"]
        options = draft_options(choice["update"], choice["to"], choice["to_address"],
                                setting=c.settings.get("locale"))
        if target == "-" or Path(target).is_file():
            text = tone_report.read_text(target)
            expect = drafts.expectations(c.store, step, c.now, as_, options) if step else None
            findings = drafts.check_text(text, expect)
        elif target.strip().isdigit():
            if step is not None:
                raise BadInput("give a STEP_ID or --step with a FILE, not both")
            d = drafts.draft(c.store, int(target), c.now, form=as_, options=options,
                             phrasing=choice["phrasing"])
            findings = list(d.findings)
        else:
            raise BadInput(f"{target!r} is neither a step id nor a file (use - to read "
                           "standard input)")
        if tone_report.report(findings, as_json):
            raise typer.Exit(1)

    app.add_typer(_templates_app(), name="templates")


def make_draft(c: Context, step_id: int | None, app_id: int | None, choice: dict[str, Any],
               locale: str | None) -> Draft:
    """The draft `draft` shows: of a step, or of an application with --as (`choice` holds
    the message options by their parameter names)."""
    from followup.messages import drafts

    as_ = choice.get("as_")
    if (step_id is None) == (app_id is None):
        raise BadInput("give a STEP_ID, or --app ID with --as FORM")
    if app_id is not None:
        if as_ is None:
            raise BadInput("--app needs --as: withdrawal, rejection-reply or network")
        step_id = drafts.step_for_app(c.store, app_id)
    assert step_id is not None
    options = draft_options(choice.get("update"), choice.get("to"), choice.get("to_address"),
                            locale, c.settings.get("locale"))
    return drafts.draft(c.store, step_id, c.now, form=as_, options=options,
                        phrasing=choice.get("phrasing"))


def draft_options(update: str | None, to: str | None, to_address: str | None,
                  locale: str | None = None, setting: str | None = None) -> Any:
    """The draft's options; `locale` (the option) wins over `setting` (the locale setting),
    and with neither the profile's region decides."""
    from followup.core import parse
    from followup.messages import facts
    from followup.messages.voice import locale_for

    return facts.Options(
        update=parse.text(update, "--update", limit=500),
        to=parse.parse_person(to, "--to") if to else None,
        to_address=to_address,
        locale=locale_for(None, locale or setting) if (locale or setting) else None,
    )


def _templates_app() -> typer.Typer:
    templates = typer.Typer(
        help="The message templates: list them, show one, or edit your own copy (yours win "
        "over the shipped ones).", no_args_is_help=True, rich_markup_mode=None)

    @templates.command("list")
    @handles_errors
    def list_templates(as_json: Json = False) -> None:
        """Every template, what it drafts, its rules, and whether you have your own copy."""
        from followup.messages import render
        from followup.service.templates import list_templates as rows_of

        rows: list[dict[str, Any]] = [{"name": r.name, "title": r.title,
                                       "rules": list(r.rules), "yours": r.yours}
                                      for r in rows_of()]
        if as_json:
            emit_json(rows)
            return
        for r in rows:
            yours = f"  (your copy: {r['yours']})" if r["yours"] else ""
            print(f"{r['name']:<18} {r['title']}  [{' '.join(r['rules'])}]{yours}")
        print(f"\nYour copies live in {render.user_dir()}; "
              "`followup templates edit NAME` makes one.")

    @templates.command("show")
    @handles_errors
    def show_template(name: Annotated[str, typer.Argument(metavar="NAME")]) -> None:
        """Print a template as drafts use it: your copy if you have one, else the shipped
        one."""
        from followup.messages import render

        text, where = render.source(name)
        _warn(f"followup: {where}")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")

    @templates.command("edit")
    @handles_errors
    def edit_template(name: Annotated[str, typer.Argument(metavar="NAME")]) -> None:
        """Copy a shipped template into your config folder and open it in $EDITOR (outside
        a terminal, just print the path)."""
        import os
        import shlex
        import subprocess

        from followup.messages import render

        path = render.user_path(name)
        if not path.is_file():
            original = render.shipped_source(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(original, encoding="utf-8")
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not (editor and sys.stdin.isatty() and sys.stdout.isatty()):
            print(path)
            return
        subprocess.run([*shlex.split(editor), str(path)], check=False)
        render.validate(name)
        print(f"{path}: saved; drafts now use your copy (delete it to go back)")

    return templates
