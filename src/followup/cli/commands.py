"""The commands. Each parses its options, calls one service function and renders the result."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from followup.cli.context import Context, emit_json, handles_errors
from followup.cli.fast_add import new_interview as new_interview  # shared with the fast path
from followup.cli.fast_add import render_app as render_app
from followup.cli.fast_add import timeline_fields as timeline_fields
from followup.core.errors import BadInput
from followup.core.fields import FIELD

Json = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _option(name: str) -> Any:
    """A capture field's option, as core.fields describes it."""
    f = FIELD[name]
    return typer.Option(f.option, metavar=f.metavar, help=f.help)


Tz = Annotated[str | None, _option("tz")]
With = Annotated[list[str] | None, _option("with")]
Coordinator = Annotated[str | None, _option("coordinator")]
DecisionBy = Annotated[str | None, _option("decision_by")]
TimelineNote = Annotated[str | None, _option("timeline")]
AllContacted = Annotated[str | None, _option("all_contacted")]
FollowUpOn = Annotated[str | None, _option("follow_up_on")]
CallIn = Annotated[int | None, _option("call_in")]
FollowUpBy = Annotated[str | None, _option("follow_up_by")]
ThankYouBy = Annotated[str | None, _option("thank_you_by")]
Fit = Annotated[str | None, _option("fit")]
Needs = Annotated[str | None, _option("needs")]
Noted = Annotated[list[str] | None, _option("noted")]
Medium = Annotated[str | None, _option("medium")]
Final = Annotated[str | None, _option("final")]
On = Annotated[str | None, typer.Option("--on", metavar="DATE", help="When (default: today).")]
Yes = Annotated[bool, typer.Option(
    "--yes", "-y", help="Do it without asking: store an invitation (--from) at once, take an "
    "unusual interview date as it is.")]
Merge = Annotated[bool, typer.Option(
    "--merge", help="An interviewer's address that a contact already has under another name "
    "is that contact (kept as they are).")]
NewPerson = Annotated[bool, typer.Option(
    "--new", help="An interviewer's address that a contact already has under another name "
    "is someone else's too: keep them as another person.")]
TODAY_ROWS = 30


def shared_choice(merge: bool, new: bool) -> str | None:
    """--merge / --new: what an address kept under another name means (core/identity)."""
    if merge and new:
        raise BadInput("choose --merge or --new, not both")
    return "merge" if merge else ("new" if new else None)


def confirming(act: Any, yes: bool) -> Any:
    """Run `act(confirmed)`; when it needs a confirmation, ask in a terminal, else refuse
    with the reason (the message names --yes)."""
    from followup.core.errors import Unconfirmed

    try:
        return act(yes)
    except Unconfirmed as exc:
        if yes or not sys.stdin.isatty():
            raise
        question = exc.message.split(";")[0]
        if not typer.confirm(f"Note: {question}. Record it anyway?", default=False):
            raise BadInput("nothing recorded") from None
        return act(True)


def ctx_of(ctx: typer.Context) -> Context:
    obj = ctx.obj
    assert isinstance(obj, Context)
    return obj


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def add(
        ctx: typer.Context,
        company: Annotated[str | None, typer.Argument(help=FIELD["company"].help)] = None,
        role: Annotated[str | None, _option("role")] = None,
        interviewed: Annotated[str | None, _option("interviewed")] = None,
        tz: Tz = None, with_: With = None, coordinator: Coordinator = None,
        decision_by: DecisionBy = None, timeline_note: TimelineNote = None,
        all_contacted: AllContacted = None, follow_up_on: FollowUpOn = None,
        call_in: CallIn = None, follow_up_by: FollowUpBy = None, thank_you_by: ThankYouBy = None,
        fit: Fit = None, needs: Needs = None, noted: Noted = None, medium: Medium = None,
        final: Final = None,
        playbook: Annotated[str | None, _option("playbook")] = None,
        holidays: Annotated[str | None, _option("holidays")] = None,
        interactive: Annotated[bool, typer.Option(
            "--interactive", "-i", help="Ask the capture questions (C1–C7) one by one; the "
            "default when run in a terminal without a COMPANY.")] = False,
        from_file: Annotated[str | None, typer.Option(
            "--from", metavar="FILE", help="Read the interview from a calendar invitation "
            "(.ics, or an .eml carrying one). What you give beside it wins over the file: "
            "COMPANY, --role, --coordinator and --interviewed replace its guesses; --with "
            "adds to its interviewers (naming one of them again corrects them); --noted may "
            "name any of them. The screen before storing shows what will be stored.")]
        = None,
        yes: Yes = False, merge: Merge = False, new: NewPerson = False,
        as_json: Json = False,
    ) -> None:
        """Record an application with its interview, and make its plan."""
        c = ctx_of(ctx)
        if from_file is not None:
            from followup.cli.capture import add_from, given_beside

            beside = given_beside(c, with_, coordinator, noted, timeline_fields(
                decision_by=decision_by, timeline_note=timeline_note,
                all_contacted=all_contacted, follow_up_on=follow_up_on, call_in=call_in,
                follow_up_by=follow_up_by, thank_you_by=thank_you_by, fit=fit, needs=needs),
                interviewed, tz)
            add_from(c, from_file, company=company, role=role, yes=yes, as_json=as_json,
                     playbook=playbook, holidays=holidays, given=beside)
            return
        if company is None or interactive:
            if not (interactive or sys.stdin.isatty()) or as_json:
                raise BadInput("give the COMPANY, --role and --interviewed "
                               "(or run `followup add` in a terminal to be asked)")
            from followup.cli.interactive import add_interactively

            render_app(c, add_interactively(c), as_json)
            return
        from followup.cli import fast_add

        given = {"company": company, "role": role, "interviewed": interviewed, "tz": tz,
                 "with": with_, "coordinator": coordinator, "noted": noted,
                 "playbook": playbook, "holidays": holidays, "decision_by": decision_by,
                 "timeline": timeline_note, "all_contacted": all_contacted,
                 "follow_up_on": follow_up_on, "call_in": call_in,
                 "follow_up_by": follow_up_by, "thank_you_by": thank_you_by, "fit": fit,
                 "needs": needs, "shared": shared_choice(merge, new),
                 "medium": medium, "final": final}

        def store_it(confirmed: bool) -> Any:
            return fast_add.add(c, given, confirmed=confirmed)

        render_app(c, confirming(store_it, yes), as_json)

    @app.command()
    @handles_errors
    def show(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID", help="The application.")],
        show_all: Annotated[bool, typer.Option("--all", help="Show cancelled steps too.")]
        = False,
        as_json: Json = False,
    ) -> None:
        """One application: its interviews, events and plan, each step with its why."""
        from followup import service

        c = ctx_of(ctx)
        render_app(c, service.show(c.store, app_id, c.now), as_json, show_all)

    @app.command()
    @handles_errors
    def today(
        ctx: typer.Context,
        why: Annotated[bool, typer.Option("--why", help="Print each step's reason in full.")]
        = False,
        show_all: Annotated[bool, typer.Option("--all", help="Every row, not the first 30.")]
        = False,
        as_json: Json = False,
    ) -> None:
        """Your next actions: at most one follow-up per application, due today or earlier,
        the late ones first."""
        from followup import service

        c = ctx_of(ctx)
        if as_json:
            sys.stdout.write(service.today_json(c.store, c.now) + "\n")
            return
        from followup.cli import agenda

        found = service.agenda(c.store, c.now, None if show_all else TODAY_ROWS)
        print(agenda.today(found.late, found.due[:max(TODAY_ROWS - len(found.late), 0)]
                           if not show_all else found.due, found.late_total, found.due_total,
                           c.today, why=why, nudge=service.search_nudge(c.store, c.today),
                           days=found.days))
        from followup.cli.text import columns, fit
        from followup.sync import phone_waiting

        waiting = phone_waiting(c.store)
        if waiting:
            print(fit(f"From your phone: {waiting} change(s) wait for you (a task deleted "
                      "there is never skipped silently): followup sync --proposals",
                      columns(), 2))
        from followup.capture import waiting as inbox_waiting

        mail = inbox_waiting(c.store)  # as Today on the web says it
        if mail:
            print(fit(f"From your inbox: {mail} message(s) wait for you (what a reply "
                      "proposes is never applied silently): followup inbox --pending",
                      columns(), 2))

    @app.command()
    @handles_errors
    def done(
        ctx: typer.Context,
        step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
        on: On = None, as_json: Json = False,
    ) -> None:
        """Mark a step carried out; the steps after it are re-planned from that day (F1)."""
        from followup import service
        from followup.core.parse import parse_date

        c = ctx_of(ctx)
        day = parse_date(on, "--on") if on else None  # None: now, dated in the plan's zone
        result = service.mark_done(c.store, step_id, day, c.now)
        day = next(s.done_on for s in result.steps if s.id == step_id) or c.today
        if as_json:
            render_app(c, result, as_json)
        else:
            from followup.cli.agenda import after_change

            print(after_change(result, step_id, f"Done on {day:%a %d %b}"))

    @app.command()
    @handles_errors
    def skip(
        ctx: typer.Context, step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
        as_json: Json = False,
    ) -> None:
        """Leave a step out; the plan carries on without it."""
        from followup import service

        c = ctx_of(ctx)
        result = service.skip(c.store, step_id, c.now)
        if as_json:
            render_app(c, result, as_json)
        else:
            from followup.cli.agenda import after_change

            print(after_change(result, step_id, "Skipped"))

    @app.command()
    @handles_errors
    def log(
        ctx: typer.Context,
        app_id: Annotated[int, typer.Argument(metavar="ID")],
        event: Annotated[str, typer.Argument(metavar="EVENT",
                                             help="reply, rejected, offer or withdrawn.")],
        on: On = None,
        note: Annotated[str | None, typer.Option("--note", help="What they said.")] = None,
        decision_by: DecisionBy = None, follow_up_on: FollowUpOn = None, call_in: CallIn = None,
        follow_up_by: FollowUpBy = None, as_json: Json = False,
    ) -> None:
        """Record what the employer or you did. A reply stops the sequence; give the date
        they mentioned to plan the next touch from it (F12)."""
        from followup import service
        from followup.core import fields, parse
        from followup.core.model import Timeline

        c = ctx_of(ctx)
        fields.event(event)  # a wrong name first, before any date is read
        given = timeline_fields(decision_by=decision_by, follow_up_on=follow_up_on,
                                call_in=call_in, follow_up_by=follow_up_by)
        timeline = Timeline(**given) if given else None
        kind = fields.event(event, timeline)
        day = parse.parse_date(on, "--on") if on else None  # None: today where it happened
        result = service.log_event(
            c.store, app_id, kind, day, c.now,
            note=parse.text(note, "--note", limit=2000), timeline=timeline,
        )
        render_app(c, result, as_json)
        if result.status.value == "rejected":  # A3: answer it, and keep the door open
            print(f"followup: note: A3  A gracious reply keeps the door open: followup draft "
                  f"--app {result.id} --as rejection-reply", file=sys.stderr)

    @app.command()
    @handles_errors
    def playbooks(ctx: typer.Context, as_json: Json = False) -> None:
        """The playbooks and the rules each one follows."""
        from followup.core.playbooks import PLAYBOOKS

        if as_json:
            from followup import jsonout

            emit_json([jsonout.playbook(p) for p in PLAYBOOKS.values()])
        else:
            from followup.cli.listing import playbooks as text

            print(text(PLAYBOOKS.values()))
