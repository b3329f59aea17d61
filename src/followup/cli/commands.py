"""The commands. Each parses its options, calls one service function and renders the result."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from followup.cli.context import Context, emit_json, handles_errors
from followup.core.errors import BadInput

Json = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
Tz = Annotated[str | None, typer.Option("--tz", metavar="ZONE",
                                        help="IANA time zone of the interview (default: yours).")]
With = Annotated[list[str] | None, typer.Option(
    "--with", metavar='"Name <email>"', help="An interviewer; repeat for each one (T1, C4). "
    '"#12" names contact 12 (see `followup contacts`); a bare address a contact already has '
    "is that contact.")]
Coordinator = Annotated[str | None, typer.Option(
    "--coordinator", metavar='"Name <email>"',
    help='Who set up the interview ("#ID" for a known contact); thank-yous are relayed '
    "through them when an interviewer's address is unknown (C4, T6).")]
DecisionBy = Annotated[str | None, typer.Option(
    "--decision-by", metavar="DATE", help="When they expect to decide (C1, F5).")]
TimelineNote = Annotated[str | None, typer.Option(
    "--timeline", metavar="TEXT", help="Their words about next steps (C1).")]
AllContacted = Annotated[str | None, typer.Option(
    "--all-contacted", metavar="yes|no", help="Will every candidate hear back? (C2)")]
FollowUpOn = Annotated[str | None, typer.Option(
    "--follow-up-on", metavar="DATE", help="The follow-up date you agreed on (C3, F6).")]
CallIn = Annotated[int | None, typer.Option(
    "--call-in", metavar="N", help='They said "call me in N days" (C3, F6).')]
FollowUpBy = Annotated[str | None, typer.Option(
    "--follow-up-by", metavar="CHANNEL", help="The agreed channel: email, phone, letter (C3).")]
ThankYouBy = Annotated[str | None, typer.Option(
    "--thank-you-by", metavar="CHANNEL",
    help="email (default), letter or phone; never text or social media (T3, T4).")]
Fit = Annotated[str | None, typer.Option(
    "--fit", metavar="yes|no", help="no: it was clear you are not a fit; thank and move on (C7).")]
Needs = Annotated[str | None, typer.Option(
    "--needs", metavar="TEXT", help="What they asked you to send (C6).")]
Noted = Annotated[list[str] | None, typer.Option(
    "--noted", metavar='"Name: what stood out"', help="One thing you talked about with an "
    'interviewer, e.g. "Jane: the dbt migration"; the thank-you and the week +1 note recall '
    "it. Repeatable; without a name it fits the whole conversation.")]
On = Annotated[str | None, typer.Option("--on", metavar="DATE", help="When (default: today).")]
Yes = Annotated[bool, typer.Option(
    "--yes", "-y", help="Do it without asking: store an invitation (--from) at once, take an "
    "unusual interview date as it is.")]
TODAY_ROWS = 30


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


def timeline_fields(
    *, decision_by: str | None = None, timeline_note: str | None = None,
    all_contacted: str | None = None, follow_up_on: str | None = None,
    call_in: int | None = None, follow_up_by: str | None = None,
    thank_you_by: str | None = None, fit: str | None = None, needs: str | None = None,
) -> dict[str, Any]:
    """Only the fields the user gave, parsed."""
    from followup.core import parse

    out: dict[str, Any] = {}
    if decision_by is not None:
        out["decision_by"] = parse.parse_date(decision_by, "--decision-by")
    if timeline_note is not None:
        out["note"] = parse.text(timeline_note, "--timeline", limit=2000)
    if all_contacted is not None:
        out["all_contacted"] = parse.parse_yes_no(all_contacted, "--all-contacted")
    if follow_up_on is not None:
        out["follow_up_on"] = parse.parse_date(follow_up_on, "--follow-up-on")
    if call_in is not None:
        out["call_in"] = parse.parse_days(call_in, "--call-in")
    if follow_up_by is not None:
        out["follow_up_by"] = parse.parse_channel(follow_up_by, "--follow-up-by")
    if thank_you_by is not None:
        out["thank_you_by"] = parse.parse_channel(thank_you_by, "--thank-you-by", thank_you=True)
    if fit is not None:
        out["fit"] = parse.parse_yes_no(fit, "--fit")
    if needs is not None:
        out["needs"] = parse.text(needs, "--needs")
    return out


def new_interview(
    c: Context, when: str, tz: str | None, with_: list[str] | None,
    coordinator: str | None, fields: dict[str, Any], what: str,
    noted: list[str] | None = None,
) -> Any:
    from followup.core import parse, validate
    from followup.core.model import Timeline
    from followup.service import NewInterview

    zone_name = c.tz if tz is None else validate.time_zone(tz)  # `--tz ""` is a mistake
    from followup.core.calendar import zone

    zone(zone_name)
    at = parse.parse_when(when, zone_name, what)
    from followup.service.network import resolve_person  # "#12" or a known address

    people = tuple(resolve_person(c.store, w) for w in (with_ or []))
    coord = resolve_person(c.store, coordinator, "--coordinator") if coordinator else None
    return NewInterview(at=at, tz=zone_name, interviewers=people, coordinator=coord,
                        timeline=Timeline(**fields), noted=tuple(noted or ()))


def render_app(c: Context, app: Any, as_json: bool, show_all: bool = False) -> None:
    from followup.core.rolling import rolled

    app = rolled(app, c.today)
    if as_json:
        from followup import jsonout

        emit_json(jsonout.application(app))
    else:
        from followup.cli import human

        human.application(app, c.today, show_all=show_all)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def add(
        ctx: typer.Context,
        company: Annotated[str | None, typer.Argument(help="The employer.")] = None,
        role: Annotated[str | None, typer.Option("--role", help="The job title.")] = None,
        interviewed: Annotated[str | None, typer.Option(
            "--interviewed", metavar='"YYYY-MM-DD HH:MM"', help="When the interview was.")] = None,
        tz: Tz = None, with_: With = None, coordinator: Coordinator = None,
        decision_by: DecisionBy = None, timeline_note: TimelineNote = None,
        all_contacted: AllContacted = None, follow_up_on: FollowUpOn = None,
        call_in: CallIn = None, follow_up_by: FollowUpBy = None, thank_you_by: ThankYouBy = None,
        fit: Fit = None, needs: Needs = None, noted: Noted = None,
        playbook: Annotated[str | None, typer.Option(
            "--playbook", help="weekly, estimate, agreed, two-weeks, call or default.")] = None,
        holidays: Annotated[str | None, typer.Option(
            "--holidays", metavar="CC", help="Country whose public holidays are not business "
            "days (default: the country of the time zone; none: weekends only).")]
        = None,
        interactive: Annotated[bool, typer.Option(
            "--interactive", "-i", help="Ask the capture questions (C1–C7) one by one; the "
            "default when run in a terminal without a COMPANY.")] = False,
        from_file: Annotated[str | None, typer.Option(
            "--from", metavar="FILE", help="Read the interview from a calendar invitation "
            "(.ics, or an .eml carrying one); COMPANY and --role then correct its guesses.")]
        = None,
        yes: Yes = False,
        as_json: Json = False,
    ) -> None:
        """Record an application with its interview, and make its plan."""
        from followup import service

        c = ctx_of(ctx)
        if from_file is not None:
            from followup.cli.capture import add_from

            add_from(c, from_file, company=company, role=role, yes=yes, as_json=as_json,
                     playbook=playbook, holidays=holidays)
            return
        if company is None or interactive:
            if not (interactive or sys.stdin.isatty()) or as_json:
                raise BadInput("give the COMPANY, --role and --interviewed "
                               "(or run `followup add` in a terminal to be asked)")
            from followup.cli.interactive import add_interactively

            render_app(c, add_interactively(c), as_json)
            return
        fields = timeline_fields(
            decision_by=decision_by, timeline_note=timeline_note,
            all_contacted=all_contacted, follow_up_on=follow_up_on, call_in=call_in,
            follow_up_by=follow_up_by, thank_you_by=thank_you_by, fit=fit, needs=needs)
        if not company or not company.strip():
            raise BadInput("the company name must not be empty")
        if role is None or not role.strip():
            raise BadInput("--role is required: the job you interviewed for")
        if interviewed is None:
            raise BadInput('--interviewed is required: "YYYY-MM-DD HH:MM"')
        interview = new_interview(c, interviewed, tz, with_, coordinator, fields,
                                   "--interviewed", noted)
        source = "option" if holidays is not None else "setting"
        chosen = holidays if holidays is not None else c.settings.get("holidays")

        def store_it(confirmed: bool) -> Any:
            return service.add_application(
                c.store, company=company or "", role=role or "", interview=interview,
                now=c.now, playbook=playbook or c.settings.get("playbook") or "default",
                holidays=chosen, holidays_from=source, confirmed=confirmed)

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
        render_app(c, service.show(c.store, app_id, c.today), as_json, show_all)

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
            sys.stdout.write(service.today_json(c.store, c.today) + "\n")
            return
        from followup.cli import agenda

        found = service.agenda(c.store, c.today, None if show_all else TODAY_ROWS)
        print(agenda.today(found.late, found.due[:max(TODAY_ROWS - len(found.late), 0)]
                           if not show_all else found.due, found.late_total, found.due_total,
                           c.today, why=why, nudge=service.search_nudge(c.store, c.today)))

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
        day = parse_date(on, "--on") if on else c.today
        result = service.mark_done(c.store, step_id, day, c.now)
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
        from followup.core import parse
        from followup.core.model import LOGGABLE_EVENTS, EventKind, Timeline

        c = ctx_of(ctx)
        names = [e.value for e in LOGGABLE_EVENTS]
        if event.strip().lower() not in names:
            raise BadInput(f"unknown event {event!r}: choose one of {', '.join(names)}")
        fields = timeline_fields(decision_by=decision_by, follow_up_on=follow_up_on,
                                  call_in=call_in, follow_up_by=follow_up_by)
        day = parse.parse_date(on, "--on") if on else c.today
        result = service.log_event(
            c.store, app_id, EventKind(event.strip().lower()), day, c.now,
            note=parse.text(note, "--note", limit=2000),
            timeline=Timeline(**fields) if fields else None,
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
