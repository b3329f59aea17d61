"""Commands for the calendar and mail: export ics, remind, send and inbox.

icalendar, smtplib, ssl, imapclient and keyring are imported inside the commands that use
them, never here: every other command starts as fast as before.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from followup.cli.commands import Json, ctx_of, render_app
from followup.cli.context import Context, emit_json, handles_errors
from followup.cli.insights import File, Force, export_app
from followup.cli.messages import Phrasing, Update
from followup.cli.text import columns, fit
from followup.core.errors import BadInput

if TYPE_CHECKING:
    from followup.mail.digest import Digest
    from followup.mail.inbox import Report
    from followup.mail.send import SentCopy

Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation "
                                   "(for scripts).")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Show what would happen; send, "
                                      "log and record nothing.")]


def _say(line: str) -> None:
    from followup.core.validate import safe

    print(safe(line), file=sys.stderr)


def _confirm(question: str, yes: bool, as_json: bool) -> None:
    if yes:
        return
    if as_json:
        raise BadInput("--json needs --yes: there is no one to ask")
    if not typer.confirm(question, default=False):
        _say("followup: not sent; nothing changed")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the mail commands to `app`, and `ics` to `followup export`."""

    @app.command()
    @handles_errors
    def send(
        ctx: typer.Context,
        step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
        yes: Yes = False,
        resend: Annotated[bool, typer.Option(
            "--resend", help="Send again a step that was sent, or may have been (a send "
            "that did not finish).")] = False,
        force: Annotated[bool, typer.Option(
            "--force", help="Send even though the draft fails the tone check (M5, T5).")]
        = False,
        update: Update = None, phrasing: Phrasing = None, as_json: Json = False,
    ) -> None:
        """Send a step's email draft through your SMTP server, after you confirm; record
        its Message-ID and mark the step done. Never twice without --resend. A letter or a
        call is not sent: it is marked done."""
        from followup.cli.messages import draft_options, show_warnings
        from followup.mail import config
        from followup.mail import send as sending
        from followup.messages import forms

        c = ctx_of(ctx)
        save_owed_copies(c)  # an earlier send's copy first, whatever this one becomes
        out = sending.prepare(c.store, step_id, c.now, options=draft_options(
                                  update, None, None, setting=c.settings.get("locale")),
                              phrasing=phrasing, resend=resend, force=force)
        if out.delivery != "email":
            what = "letter" if out.delivery == "letter" else "call"
            if out.draft is not None and not as_json:
                show_warnings(out.draft)
                sys.stdout.write(forms.plain(out.draft).rstrip("\n") + "\n\n")
            elif out.problem and not as_json:
                _say(f"followup: note: no draft: {out.problem}")
            done = "posted it" if what == "letter" else "made the call"
            _say(f"followup: step {step_id} is a {what}: followup does not post letters or "
                 "place calls, it only marks them done.")
            _confirm(f"Mark step {step_id} done, as you have {done}?", yes, as_json)
            result = sending.mark_not_sent(c.store, out, c.now)
            _say(f"Marked step {step_id} done on {c.today}; the rest of the plan follows "
                 "from it (F1).")
            render_app(c, result, as_json)
            return
        assert out.draft is not None and out.message is not None
        srv = config.server("smtp", c.settings)
        password = config.password(srv)  # before asking: a missing one stops here
        copy = _sent_copy(c)
        if not as_json:
            show_warnings(out.draft)
            sys.stdout.write(f"From: {out.message['From']}\n" + forms.plain(out.draft)
                             .rstrip("\n") + "\n\n")
        _confirm(f"Send this email to {out.draft.to_email} through {srv.host} now?", yes,
                 as_json)
        sent = sending.send(c.store, out, srv, password, c.now, copy)
        if as_json:
            from followup import jsonout

            emit_json({"step_id": step_id, "sent": True, "message_id": sent.message_id,
                       "to": sent.recipient, "subject": sent.subject,
                       "server_reply": sent.answer, "marked_done": sent.marked_done,
                       "note": sent.note,
                       "application": jsonout.application(sent.application)})
            return
        print(f"Sent step {step_id} to {sent.recipient} (Message-ID {sent.message_id}).")
        if sent.marked_done:
            print(f"Marked it done on {c.today}; the later steps are planned from today (F1).")
        if sent.note:
            _say(f"followup: note: {sent.note}")

    @app.command()
    @handles_errors
    def remind(
        ctx: typer.Context,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the digest; send and "
                                              "record nothing.")] = False,
        to: Annotated[str | None, typer.Option(
            "--to", metavar="ADDRESS", help="Send it here (default: the remind_to setting, "
            "else your address from `followup me`).")] = None,
        via: Annotated[str | None, typer.Option(
            "--via", metavar="URL", help="Push it instead through Apprise to this address "
            "(ntfy://, tgram://, signal://, matrix://, mailto:// …).")] = None,
        as_json: Json = False,
    ) -> None:
        """Email yourself one digest of what is due today and overdue, with each draft's
        subject, or push it to your phone with --via. At most one a day per address,
        however often it runs (run it from cron or a systemd timer)."""
        from followup.core.parse import parse_email
        from followup.mail import config, digest
        from followup.messages import drafts

        c = ctx_of(ctx)
        if via is not None:
            if to is not None:
                raise BadInput("give --to or --via, not both")
            _push(c, via, dry_run, as_json)
            return
        mine = drafts.get_profile(c.store).email
        raw = to or c.settings.get("remind_to") or mine
        if not raw:
            raise BadInput("where should the digest go? Set remind_to in config.toml, give "
                           "--to, or set your address: followup me --email you@example.com")
        from email.utils import parseaddr

        what = "--to" if to else "setting remind_to" if c.settings.get("remind_to") else "email"
        recipient = parse_email(parseaddr(raw)[1] or raw, what).lower()
        found = digest.build(c.store, c.now, recipient, mine or recipient)
        result: dict[str, Any] = {"day": c.today.isoformat(), "to": recipient, "sent": False,
                                  "steps": found.count if found else 0}
        if _nothing_or_dry(found, result, as_json, dry_run, "sent",
                           f"To: {recipient}\nSubject: "):
            return
        assert found is not None
        before = digest.already(c.store, c.today, recipient)
        if before is not None:
            result["reason"] = "already sent today"
            _report(as_json, result, f"Today's digest already went to {recipient} "
                    f"(Message-ID {before['message_id']}); nothing sent.")
            return
        srv = config.server("smtp", c.settings)
        try:
            digest.send(c.store, found, srv, config.password(srv), c.now)
        except digest.Taken as exc:
            result["reason"] = "already sent today"
            _report(as_json, result, exc.message[:1].upper() + exc.message[1:] + ".")
            return
        late = f", {len(found.overdue)} overdue" if found.overdue else ""
        result |= {"sent": True, "message_id": str(found.message["Message-ID"])}
        _report(as_json, result, f"Sent today's digest to {recipient}: "
                f"{len(found.due)} due today{late}.")

    @app.command()
    @handles_errors
    def inbox(
        ctx: typer.Context,
        dry_run: DryRun = False,
        since: Annotated[str | None, typer.Option(
            "--since", metavar="DATE", help="Read mail that arrived from DATE on (default: "
            "the day before your oldest live interview).")] = None,
        folder: Annotated[str | None, typer.Option(
            "--folder", metavar="NAME", help="The folder to read (default: imap_folder, "
            "INBOX).")] = None,
        pending: Annotated[bool, typer.Option(
            "--pending", help="Only list the messages waiting for you to confirm; do not "
            "read the mailbox.")] = False,
        confirm: Annotated[int | None, typer.Option(
            "--confirm", metavar="N", help="Message N is a reply: log it (F12); when it "
            "proposes something (a date, an outcome, an interview), carry that out.")] = None,
        app_id: Annotated[int | None, typer.Option(
            "--app", metavar="ID", help="With --confirm or --dismiss: the application it "
            "answers, or whose proposal you mean, when it could be several.")] = None,
        dismiss: Annotated[int | None, typer.Option(
            "--dismiss", metavar="N", help="Message N is not a reply, or its proposal is "
            "wrong: forget it.")] = None,
        as_json: Json = False,
    ) -> None:
        """Find employers' replies in your mailbox (read-only) and log them, so their
        follow-ups stop (F12). Replies are matched by the thread of emails you sent with
        `followup send`, then by the sender, the company, role or people a message names,
        and hiring systems' mail, with the reason shown; an outcome or a decision date it
        reads is proposed; an out-of-office is never logged as a reply, but its return day
        is proposed as the day to resume the chase, for each open application its writer
        is on (a recruiter on several: one proposal each, confirmed with --app ID); what
        it is unsure of waits for --confirm N."""
        from followup.mail import inbox as box

        c = ctx_of(ctx)
        if sum((pending, confirm is not None, dismiss is not None)) > 1:
            raise BadInput("choose one of --pending, --confirm and --dismiss")
        if app_id is not None and confirm is None and dismiss is None:
            raise BadInput("--app goes with --confirm N or --dismiss N")
        from followup.capture import inbox as cap

        if app_id is not None:  # a wrong number says so, before anything about the message
            from followup import service

            service.show(c.store, app_id)
        proposed = cap.pending_for(c.store, confirm if confirm is not None else dismiss or 0,
                                   app_id)
        if confirm is not None and proposed is not None:
            done = cap.carry_out(c.store, confirm, proposed, c.now, own_addresses(c), c.tz)
            render_app(c, done, as_json)
            _others(c, confirm, done.id, as_json)
        elif confirm is not None:
            done = box.confirm(c.store, confirm, app_id, c.now)
            render_app(c, done, as_json)
            _others(c, confirm, done.id, as_json)
        elif dismiss is not None and proposed is not None:
            cap.dismiss(c.store, proposed)
            _report(as_json, {"dismissed": dismiss, "application": proposed["application_id"]},
                    f"Proposal of message {dismiss} for #{proposed['application_id']} "
                    "dismissed; nothing changed." if app_id is not None else
                    f"Proposal of message {dismiss} dismissed; nothing changed.")
        elif dismiss is not None and app_id is not None:
            raise BadInput(f"message {dismiss} proposes nothing for #{app_id}")
        elif dismiss is not None:
            box.dismiss(c.store, dismiss)
            _report(as_json, {"dismissed": dismiss}, f"Message {dismiss} dismissed: it is not "
                    "a reply.")
        elif pending:
            waiting = box.awaiting(c.store)
            if as_json:
                emit_json(waiting)
            elif waiting:
                _print_waiting(waiting)
            else:
                print("Nothing is waiting for you to confirm.")
        else:
            if not dry_run:
                save_owed_copies(c)
            report = _read_inbox(c, since, folder, dry_run)
            if as_json:
                emit_json({**report.to_json(), "waiting": box.awaiting(c.store)})
            else:
                waiting = box.awaiting(c.store) if not dry_run else report.unsure
                _print_report(report, {e.get("id") for e in waiting if e.get("proposal")})
                _print_waiting(waiting)

    if any(getattr(i, "name", None) == "ics" for i in export_app.registered_commands):
        return  # the app is set up once per process, but be safe

    @export_app.command("ics")
    @handles_errors
    def export_ics(
        ctx: typer.Context, target: File = None, force: Force = False,
        alarm: Annotated[str | None, typer.Option(
            "--alarm", metavar="HH:MM", help="When events remind you on their day (default: "
            "the calendar_alarm setting, 09:00).")] = None,
        only: Annotated[str | None, typer.Option(
            "--only", metavar="tasks|events", help="Only the to-dos, or only the all-day "
            "events (default: events; both with --all).")] = None,
        everything: Annotated[bool, typer.Option(
            "--all", help="Every step: done, cancelled and later ones too, each with its "
            "why and its draft (default: your next actions of the last 30 days and each "
            "application's next step in the next 90).")] = False,
    ) -> None:
        """What is next as an iCalendar file: an all-day event with a reminder per step.
        Import it again after changes: entries update, never duplicate."""
        from followup.cli.insights import write_file
        from followup.ics import alarm_time, export

        c = ctx_of(ctx)
        if only is not None and only not in ("tasks", "events"):
            raise BadInput(f"--only must be tasks or events, not {only!r}")
        at = alarm_time(alarm, "--alarm") if alarm is not None else alarm_time(
            c.settings.get("calendar_alarm"))
        write_file(target, export(c.store, c.now, alarm=at, only=only, everything=everything),
               force)


def _nothing_or_dry(found: Digest | None, result: dict[str, Any], as_json: bool,
                    dry_run: bool, verb: str, head: str) -> bool:
    """Nothing due, or a dry run: say so (or print the digest) and report True."""
    if found is None:
        result["reason"] = "nothing due"
        _report(as_json, result, f"Nothing due today or overdue: no digest {verb}.")
        return True
    if not dry_run:
        return False
    if as_json:
        emit_json({**result, "dry_run": True, "subject": str(found.message["Subject"]),
                   "body": found.message.get_content()})
        return True
    sys.stdout.write(f"{head}{found.message['Subject']}\n\n" + found.message.get_content())
    _say(f"followup: dry run: nothing {verb}, nothing recorded")
    return True


def _push(c: Context, url: str, dry_run: bool, as_json: bool) -> None:
    """`remind --via URL`: the digest through Apprise, once a day per address."""
    from followup.mail import digest, push

    push.check(url)
    found = digest.build(c.store, c.now, "you@followup.invalid", "followup@followup.invalid")
    result: dict[str, Any] = {"day": c.today.isoformat(), "via": push.label(url),
                              "sent": False, "steps": found.count if found else 0}
    if _nothing_or_dry(found, result, as_json, dry_run, "pushed", ""):
        return
    assert found is not None
    if digest.already(c.store, c.today, push.key(url)) is not None:
        result["reason"] = "already sent today"
        _report(as_json, result, f"Today's digest already went to {push.label(url)}; "
                "nothing pushed.")
        return
    try:
        push.push(c.store, found, url, c.now)
    except digest.Taken as exc:
        result["reason"] = "already sent today"
        _report(as_json, result, exc.message[:1].upper() + exc.message[1:] + ".")
        return
    late = f", {len(found.overdue)} overdue" if found.overdue else ""
    result["sent"] = True
    _report(as_json, result, f"Pushed today's digest to {push.label(url)}: "
            f"{len(found.due)} due today{late}.")


def _sent_copy(c: Context) -> SentCopy | None:
    """Where `send` saves a copy of what it sends (the sent_folder setting), if anywhere."""
    from followup.mail import config
    from followup.mail.send import SentCopy

    if not c.settings.get("sent_folder"):
        return None
    keep = config.server("imap", c.settings)
    return SentCopy(keep, config.password(keep), str(c.settings["sent_folder"]))


def save_owed_copies(c: Context) -> None:
    """The copies an earlier `send` owes to the Sent folder (it was stopped after the server
    took the message), saved now, each once; a note for each."""
    from followup.mail import send as sending

    if not c.settings.get("sent_folder") or not sending.owes_copies(c.store):
        return
    copy = _sent_copy(c)
    assert copy is not None
    saved, problem = sending.save_owed_copies(c.store, copy)
    for what in saved:
        _say(f"followup: note: saved the copy an earlier send owed to your Sent folder: {what}")
    if problem:
        _say(f"followup: note: {problem}")


def own_addresses(c: Context) -> frozenset[str]:
    from followup.cli.capture import own_addresses as own

    return own(c)


def _read_inbox(c: Context, since: str | None, folder: str | None, dry_run: bool) -> Report:
    from followup.core.parse import parse_date
    from followup.mail.reading import read_inbox

    start = parse_date(since, "--since") if since else None
    return read_inbox(c.store, c.settings, c.now, c.tz, since=start, folder=folder,
                      dry_run=dry_run)


def _report(as_json: bool, document: dict[str, Any], line: str) -> None:
    if as_json:
        emit_json(document)
    else:
        _out(line)


def _when(stamp: str) -> str:
    from datetime import datetime

    moment = datetime.fromisoformat(stamp)
    return f"{moment:%a} {moment.day} {moment:%b}"


def _out(line: str, hang: int | None = None) -> None:
    """A line of the inbox's report, wrapped at the terminal's width like `today`'s (its
    follow-on lines under its text, or by `hang`): senders and subjects come from
    strangers' mail."""
    from followup.cli.text import columns, fit
    from followup.core.validate import safe

    print(fit(safe(line), columns(), hang))


def _print_report(r: Report, proposing: set[Any] | None = None) -> None:
    """What one reading of the mailbox did. A machine's message that proposes something
    (an out-of-office's return day) is listed once, under "Waiting for you"."""
    head = "Dry run: nothing logged or recorded. " if r.dry_run else ""
    _out(f"{head}Read {r.read} new message{'s' if r.read != 1 else ''} in {r.mailbox}.")
    if r.replies:
        _out("Replies logged; their follow-ups stop and the plans are remade (F12):"
              if not r.dry_run else "Would log as replies (F12):")
        for e in r.replies:
            _out(f"  #{e['applications'][0]}  {_when(e['date'])}  {e['from']}  "
                  f"“{e['subject']}” — {e['reason']}")
    ignored = [e for e in r.ignored if e.get("id") is None
               or e.get("id") not in (proposing or set())]
    if ignored:
        _out("Ignored, sent by a machine:")
        for e in ignored:
            _out(f"  {_when(e['date'])}  {e['from']}  “{e['subject']}” — {e['reason']}")
    if r.skipped:
        _out("Skipped, over a reading budget (the rest was read):")
        for e in r.skipped:
            who = f"{e['from']}  “{e['subject']}” — " if e["from"] else ""
            _out(f"  message {e['uid']}  {who}{e['reason']}")
    if not (r.replies or r.ignored or r.unsure or r.proposals):
        _out("No replies from employers.")


def _others(c: Any, row_id: int, app_id: int | None, as_json: bool) -> None:
    """After a message is confirmed for one application: the others it could answer, and
    how to log it there too (a word about two roles is news for both)."""
    if as_json:
        return
    from followup.capture.inbox import open_proposals

    with c.store.read():
        others = [a for a in c.store.mail.candidates_of(row_id) if a != app_id]
        proposed = {p["application"]: p for p in open_proposals(c.store).get(row_id, [])}
        machine = c.store.mail.inbox_message(row_id)["outcome"] == "ignored"
    for other in others:
        if other in proposed:  # an out-of-office's pause there, say: its own proposal
            print(fit(f"Message {row_id} proposes for #{other} too: `followup inbox --confirm "
                      f"{row_id} --app {other}` carries it out, `--dismiss` drops it.",
                      columns(), 2))
        elif not machine:  # an auto-reply is no reply to log
            print(fit(f"Message {row_id} could also answer #{other}: `followup inbox "
                      f"--confirm {row_id} --app {other}` logs it there as a reply.",
                      columns(), 2))


def _print_waiting(waiting: list[dict[str, Any]]) -> None:
    if not waiting:
        return
    _out("Waiting for you (`followup inbox --confirm N`, or `--dismiss N` if not a reply):")
    for e in waiting:
        apps = ", ".join(f"#{a}" for a in e["applications"])
        label = f"[{e['id']}]" if e.get("id") is not None else "[?]"
        _out(f"  {label} {_when(e['date'])}  {e['from']}  “{e['subject']}”  ({apps}) — "
              f"{e['reason']}", len(label) + 3)
        props = e.get("proposals") or ([e["proposal"]] if e.get("proposal") else [])
        several = len(props) > 1
        for p in props:  # one per application, each confirmed on its own
            which = f" for #{p['application']} (--app {p['application']})" if several else (
                f" for #{p['application']}" if len(e["applications"]) > 1 else "")
            _out(f"       proposed{which}: {p['summary']}", 17)
