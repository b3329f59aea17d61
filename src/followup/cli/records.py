"""Everyday commands beyond the scripting contract: list, interview, reopen, edit, interviewer,
prepare, demo and settings."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from followup.cli.commands import (
    AllContacted,
    CallIn,
    Coordinator,
    DecisionBy,
    Final,
    Fit,
    FollowUpBy,
    FollowUpOn,
    Json,
    Medium,
    Merge,
    Needs,
    NewPerson,
    Noted,
    On,
    ThankYouBy,
    TimelineNote,
    Tz,
    With,
    Yes,
    confirming,
    ctx_of,
    new_interview,
    render_app,
    shared_choice,
    timeline_fields,
)
from followup.cli.context import Context, emit_json, handles_errors
from followup.cli.listing import SHOWN
from followup.core.errors import BadInput


def register(app: typer.Typer) -> None:
    @app.command("list")
    @handles_errors
    def list_(
        ctx: typer.Context,
        status: Annotated[str | None, typer.Option(
            "--status", help="Only this status: active, responded, offer, rejected, "
            "withdrawn, closed.")] = None,
        every: Annotated[bool, typer.Option(
            "--all", help=f"Every application, not only the {SHOWN} newest.")
        ] = False,
        as_json: Json = False,
    ) -> None:
        """Every application with its status, next step and days since last contact."""
        c = ctx_of(ctx)
        print(list_text(c, status, every, as_json))

    @app.command()
    @handles_errors
    def interview(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID")],
        at: Annotated[str, typer.Option("--at", metavar='"YYYY-MM-DD HH:MM"',
                                        help="When this round was.")],
        tz: Tz = None, with_: With = None, coordinator: Coordinator = None,
        decision_by: DecisionBy = None, timeline_note: TimelineNote = None,
        all_contacted: AllContacted = None, follow_up_on: FollowUpOn = None,
        call_in: CallIn = None, follow_up_by: FollowUpBy = None, thank_you_by: ThankYouBy = None,
        fit: Fit = None, needs: Needs = None, noted: Noted = None, medium: Medium = None,
        final: Final = None, yes: Yes = False, merge: Merge = False,
        new_person: NewPerson = False, as_json: Json = False,
    ) -> None:
        """Record a further interview round; a new plan starts from it."""
        from followup import service

        c = ctx_of(ctx)
        fields = timeline_fields(
            decision_by=decision_by, timeline_note=timeline_note, all_contacted=all_contacted,
            follow_up_on=follow_up_on, call_in=call_in, follow_up_by=follow_up_by,
            thank_you_by=thank_you_by, fit=fit, needs=needs)
        current = service.show(c.store, app_id)
        from followup.core import validate

        zone_name = current.interviews[-1].tz if tz is None else validate.time_zone(tz)
        new = new_interview(c, at, zone_name, with_, coordinator, fields, "--at", noted,
                            shared_choice(merge, new_person), medium=medium, final=final)
        render_app(c, confirming(
            lambda ok: service.add_interview(c.store, app_id, new, c.now, confirmed=ok), yes),
            as_json)

    @app.command()
    @handles_errors
    def reopen(
        ctx: typer.Context, app_id: Annotated[int, typer.Argument(metavar="ID")],
        on: On = None,
        note: Annotated[str | None, typer.Option("--note", help="What brought it back.")] = None,
        decision_by: DecisionBy = None, follow_up_on: FollowUpOn = None, call_in: CallIn = None,
        follow_up_by: FollowUpBy = None, as_json: Json = False,
    ) -> None:
        """Bring a closed, rejected or withdrawn application back: a late answer can still
        come (A3)."""
        from followup import service
        from followup.core import parse
        from followup.core.model import Timeline

        c = ctx_of(ctx)
        fields = timeline_fields(decision_by=decision_by, follow_up_on=follow_up_on,
                                  call_in=call_in, follow_up_by=follow_up_by)
        day = parse.parse_date(on, "--on") if on else None  # None: today in the plan's zone
        result = service.reopen(c.store, app_id, day, c.now,
                                note=parse.text(note, "--note", limit=2000),
                                timeline=Timeline(**fields) if fields else None)
        render_app(c, result, as_json)

    @app.command()
    @handles_errors
    def edit(
        ctx: typer.Context, app_id: Annotated[int, typer.Argument(metavar="ID")],
        company: Annotated[str | None, typer.Option("--company")] = None,
        role: Annotated[str | None, typer.Option("--role")] = None,
        playbook: Annotated[str | None, typer.Option("--playbook")] = None,
        holidays: Annotated[str | None, typer.Option(
            "--holidays", metavar="CC", help="A country code, or 'none'.")] = None,
        decision_by: DecisionBy = None, timeline_note: TimelineNote = None,
        all_contacted: AllContacted = None, follow_up_on: FollowUpOn = None,
        call_in: CallIn = None, follow_up_by: FollowUpBy = None, thank_you_by: ThankYouBy = None,
        fit: Fit = None, needs: Needs = None,
        interviewed: Annotated[str | None, typer.Option(
            "--interviewed", metavar='"YYYY-MM-DD HH:MM"', help="When the newest interview "
            "really is or was (\"14:30\" alone: on its day), e.g. for an all-day invitation "
            "stored without a time; the plan follows, undo takes it back.")] = None,
        tz: Tz = None, as_json: Json = False,
    ) -> None:
        """Correct an application or what you learnt at the interview; the plan follows."""
        from followup import service

        c = ctx_of(ctx)
        if interviewed is not None or tz is not None:
            at = interview_time(c, app_id, interviewed, tz)
            others = (company, role, playbook, holidays, decision_by, timeline_note,
                      all_contacted, follow_up_on, call_in, follow_up_by, thank_you_by, fit,
                      needs)
            if all(o is None for o in others):
                from followup.service.interview_time import set_interview_time

                render_app(c, set_interview_time(c.store, app_id, at, c.now), as_json)
                return
        fields = timeline_fields(
            decision_by=decision_by, timeline_note=timeline_note, all_contacted=all_contacted,
            follow_up_on=follow_up_on, call_in=call_in, follow_up_by=follow_up_by,
            thank_you_by=thank_you_by, fit=fit, needs=needs)
        if "follow_up_on" in fields:
            fields.setdefault("call_in", None)
        elif "call_in" in fields:
            fields["follow_up_on"] = None
        result = service.edit_application(
            c.store, app_id, c.now, company=company, role=role, playbook=playbook,
            holidays=holidays, timeline=fields or None)
        if interviewed is not None or tz is not None:  # a second change, undone on its own
            from followup.service.interview_time import set_interview_time

            result = set_interview_time(c.store, app_id, at, c.now)
        render_app(c, result, as_json)

    @app.command()
    @handles_errors
    def interviewer(
        ctx: typer.Context,
        contact_id: Annotated[int, typer.Argument(metavar="ID", help="The person's id: "
                                                  "the #N beside their name in `followup "
                                                  "show APP`.")],
        name: Annotated[str | None, typer.Option("--name")] = None,
        email: Annotated[str | None, typer.Option("--email")] = None,
        phone: Annotated[str | None, typer.Option("--phone")] = None,
        title: Annotated[str | None, typer.Option("--title")] = None,
        prefers: Annotated[str | None, typer.Option(
            "--prefers", metavar="CHANNEL", help="How they like to be followed up (T4).")]
        = None,
        linkedin_ok: Annotated[str | None, typer.Option(
            "--linkedin-ok", metavar="yes|no", help="Accepts LinkedIn requests (C5).")] = None,
        greeting: Annotated[str | None, typer.Option(
            "--greeting", metavar="TEXT", help='How drafts greet them, e.g. "Dr Okafor" or '
            '"Jo Anne", when the guess from the name is wrong ("" to guess again).')] = None,
        address: Annotated[str | None, typer.Option(
            "--address", metavar="TEXT", help="Their postal address for a letter (T3); "
            "separate lines with \\n.")] = None,
        role: Annotated[str | None, typer.Option(
            "--role", metavar="coordinator|interviewer", help="Correct who they are in "
            "their interviews: the coordinator (thanked by no one, asked about timing) or "
            "an interviewer; the plan follows (undo takes it back).")] = None,
        remove: Annotated[bool, typer.Option(
            "--remove", help="Take them out of their interviews (a room, a relay "
            "address read as a person): no thank-you, and no longer a contact nor suggested "
            "as someone you know there (A2), unless another interview has them; the plan "
            "follows, undo takes it back.")] = False,
        app_id: Annotated[int | None, typer.Option(
            "--app", metavar="ID", help="With --role or --remove: only in this "
            "application's interviews.")] = None,
        as_json: Json = False,
    ) -> None:
        """Show or correct an interviewer's or coordinator's details, or who they are."""
        from followup import jsonout, service
        from followup.core import parse

        c = ctx_of(ctx)
        if role is not None or remove:
            from followup.service.roles import set_role

            done = set_role(c.store, contact_id, c.now, role=role and role.strip().lower(),
                            remove=remove, app_id=app_id)
            if not as_json:
                from followup.cli.text import columns, fit

                hint = "".join(f" `followup interviewer {cid} --role interviewer --app "
                               f"{app}` if they interviewed you." for cid, app in done.replaced)
                print(fit(done.said + hint, columns(), 2))
            for one in done.apps:
                render_app(c, one, as_json)
            return
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = parse.text(name, "--name", required=True)
        if email is not None:
            changes["email"] = parse.parse_email(email, "--email") if email.strip() else None
        if phone is not None:
            changes["phone"] = parse.text(phone, "--phone", limit=40)
        if title is not None:
            changes["title"] = parse.text(title, "--title")
        if prefers is not None:
            changes["preferred_channel"] = parse.parse_channel(prefers, "--prefers")
        if linkedin_ok is not None:
            changes["linkedin_ok"] = parse.parse_yes_no(linkedin_ok, "--linkedin-ok")
        if greeting is not None:
            changes["greeting"] = parse.text(greeting, "--greeting", limit=60) or None
        if address is not None:
            from followup.core.profile import multiline

            changes["address"] = "\n".join(multiline(address, "--address", 6)) or None
        if changes:
            person = service.edit_person(c.store, contact_id, c.now, **changes)
        else:
            person = c.store.get_contact(contact_id)
        shown = {**jsonout.person(person), "greeting": person.greeting,
                 "address": person.address}
        if as_json:
            emit_json(shown)
        else:
            from followup.cli import human

            for key, value in shown.items():
                human.console.print(f"{key:>17}: {'—' if value is None else value}",
                                    markup=False)

    @app.command()
    @handles_errors
    def rules(as_json: Json = False) -> None:
        """Every rule followup follows, with its id and its sources."""
        from followup.core.rules import GROUPS, RULES

        if as_json:
            emit_json([r._asdict() for r in RULES])
            return
        for key, title in GROUPS.items():
            print(f"{key}: {title}")
            for r in RULES:
                if r.group == key:
                    print(f"  {r.id:<4} {r.text}  [{r.sources}]")

    @app.command()
    @handles_errors
    def prepare(as_json: Json = False) -> None:
        """The questions to ask before you leave the interview (C1–C6), as a checklist."""
        from followup.core.fields import CHECKLIST

        if as_json:
            emit_json([{"rule": a.rule, "question": a.question} for a in CHECKLIST])
            return
        from followup.cli import human

        human.console.print("Before you leave the interview, ask:", style="bold")
        for ask in CHECKLIST:
            human.console.print(f"  [ ] {ask.question}  ({ask.rule})", markup=False)
        human.console.print(
            "Afterwards, record the answers: followup add COMPANY --role ROLE --interviewed "
            "\"YYYY-MM-DD HH:MM\" --with \"Name <email>\" --decision-by DATE ... "
            "(or just `followup add` to be asked). If it was clear you are not a fit, add "
            "--fit no: a thank-you, then move on (C7).", style="dim", markup=False)

    @app.command()
    @handles_errors
    def demo(
        ctx: typer.Context,
        keep: Annotated[str | None, typer.Option(
            "--keep", metavar="PATH", help="Write the demo database here instead of a "
            "temporary file.")] = None,
    ) -> None:
        """A sample job search in a temporary database: today's agenda and one full plan.
        Dated around today, or around --now."""
        from followup.demo import run_demo

        c = ctx_of(ctx)
        run_demo(c.now, c.tz, keep)

    @app.command()
    @handles_errors
    def settings(
        ctx: typer.Context,
        action: Annotated[str | None, typer.Argument(
            metavar="[set|unset]", help="set NAME VALUE saves a default; unset NAME "
            "removes it.")] = None,
        name: Annotated[str | None, typer.Argument(metavar="[NAME]")] = None,
        value: Annotated[str | None, typer.Argument(metavar="[VALUE]")] = None,
        as_json: Json = False,
    ) -> None:
        """Where your data lives and the settings in force; `settings set holidays US` saves
        a default (`none`: weekends only)."""
        from followup import settings as spec

        c = ctx_of(ctx)
        if action is not None:
            if action not in ("set", "unset") or name is None or (action == "set") != (
                    value is not None):
                raise BadInput("use: followup settings set NAME VALUE, or followup settings "
                               "unset NAME")
            path = spec.save(name, value)
            said = f"{name} = {spec.check(name, value)}" if value is not None else \
                f"{name} back to its default"
            if as_json:
                emit_json({"saved": name, "value": value, "config": str(path)})
            else:
                print(f"Saved {said} in {path}.")
            return
        from followup.core.validate import safe

        values = {**c.settings, "db": str(c.db_path), "tz": c.tz,
                  "config": str(spec.config_dir() / "config.toml")}
        if as_json:
            emit_json(values)
        else:
            for key, value in values.items():
                print(f"{key:>9}: {safe(value) if value is not None else '—'}")


def interview_time(c: Context, app_id: int, when: str | None, tz: str | None) -> Any:
    """`edit --interviewed WHEN [--tz ZONE]`: the newest interview's new time, read in
    ZONE, else in the interview's own zone; "14:30" alone is on the interview's day."""
    import re

    from followup import service
    from followup.core import parse, validate

    iv = service.show(c.store, app_id).interviews[-1]
    zone_name = iv.tz if tz is None else validate.time_zone(tz)
    said = (when if when is not None else f"{iv.at:%H:%M}").strip()
    if re.fullmatch(r"\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?", said, re.IGNORECASE):
        said = f"{iv.at:%Y-%m-%d} {said}"
    return parse.parse_when(said, zone_name, "--interviewed")


def list_text(c: Context, status: str | None, every: bool, as_json: bool) -> str:
    """What `list` prints (cli.fast takes the same function without Typer): the JSON of
    CONTRACT.md, written by SQLite, or the bounded plain list (cli.listing)."""
    from followup import service
    from followup.cli import listing
    from followup.core.words import STATUSES

    if status is not None and status not in STATUSES:
        raise BadInput(f"unknown status {status!r}: choose one of " + ", ".join(STATUSES))
    if as_json:
        return service.list_json(c.store, c.now, status)
    rows, totals = service.list_page(c.store, c.now, status, None if every else listing.SHOWN)
    return listing.applications(rows, totals, c.today, status=status, complete=every,
                                nudge=service.search_nudge(c.store, c.today))
