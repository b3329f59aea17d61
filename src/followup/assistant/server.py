"""`followup mcp`: the candidate's plan served to their own AI assistant over the Model Context
Protocol (stdio), with the official SDK. Imported only by that command.

Read-only unless started with --allow-writes; the journal, notes and reasons are withheld
unless started with --share-notes; mail is never sent. Each tool answers with the JSON
document of the matching `--json` command (assistant.tools), then, for a change, a line
saying what was done; bad input is an error result holding the command line's one line.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from followup.assistant import tools, writes
from followup.assistant.tools import Answer, Session
from followup.cli.context import said
from followup.core.errors import FollowupError

NAME = "followup"
READ = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False,
                        open_world_hint=False)

# A whole number SQLite can hold: a larger one is refused in one line like any wrong type.
Whole = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]
StepId = Annotated[Whole, Field(description="A step's id (from today or show_application).")]
AppId = Annotated[Whole, Field(description="An application's id (from pipeline or today).")]
Day = Annotated[str | None, Field(description="YYYY-MM-DD; default: today.")]
Text = Annotated[str | None, Field(description="Optional.")]


def _line(text: str) -> TextContent:
    return TextContent(type="text", text=text)


def error(message: str) -> CallToolResult:
    return CallToolResult(content=[_line(f"followup: error: {message}")], is_error=True)


class _Server(MCPServer[Any]):
    """The SDK's server, with a wrong argument type said in one line, as the command line
    says a wrong option."""

    allowed: tuple[str, ...] = ()

    async def call_tool(self, name: str, arguments: dict[str, Any],
                        context: Any = None) -> Any:
        if name in WRITES and name not in self.allowed:
            return error(f"{name} would change your data, and followup mcp was started "
                         "read-only: nothing changed (the candidate can allow changes with "
                         "followup mcp --allow-writes)")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if not isinstance(cause, ValidationError):
                raise
            wrong = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                              for e in cause.errors())
            return error(f"{name}: {wrong}")


class Tools:
    """The tools of one server, bound to how it was started."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def answer(self, call: Callable[[], Answer]) -> CallToolResult:
        try:
            got = call()
        except (FollowupError, sqlite3.Error, OSError) as exc:
            return error(said(exc)[0])
        said_too = [_line(got.words)] if got.words else []
        return CallToolResult(content=[_line(tools.dumps(got.document)), *said_too])

    # -- reading -------------------------------------------------------------------------------

    def today(self) -> CallToolResult:
        """Your next actions as of today, the late ones first: at most one follow-up per
        application, every thank-you of a fresh round; each step with its why and rule
        (as `followup today --json`)."""
        return self.answer(lambda: tools.today(self.s))

    def show_application(self, app_id: AppId) -> CallToolResult:
        """One application: its interviews, events and plan, each step with its why and the
        rule it follows (as `followup show ID --json`)."""
        return self.answer(lambda: tools.show(self.s, app_id))

    def pipeline(self, status: Annotated[str | None, Field(
            description="Only this status: active, responded, offer, rejected, withdrawn, "
            "closed.")] = None,
                 search: Annotated[str | None, Field(
            description="Only applications whose company, role or interviewer matches.")]
                 = None) -> CallToolResult:
        """Every application with its status, next step and days since last contact (as
        `followup list --json`), narrowed by status and search words."""
        return self.answer(lambda: tools.pipeline(self.s, status, search))

    def draft(self, step_id: Annotated[Whole | None, Field(
            description="The step to write for (or give app_id with form).")] = None,
              app_id: Annotated[Whole | None, Field(
            description="A message about a whole application, with form.")] = None,
              form: Annotated[str | None, Field(
            description="Another message for the step: withdrawal, rejection-reply, "
            "network (with `to`) or note.")] = None,
              update: Annotated[str | None, Field(
            description="News of the candidate's for a follow-up (M6).")] = None,
              to: Annotated[str | None, Field(
            description='Write to someone else: "Name <email>".')] = None,
              to_address: Annotated[str | None, Field(
            description="The recipient's postal address, for a letter (T3).")] = None,
              phrasing: Annotated[Whole | None, Field(description="Phrasing 1, 2 or 3.")]
              = None,
              locale: Annotated[str | None, Field(description="en-US or en-GB.")] = None,
              ) -> CallToolResult:
        """The message for a step, ready for the candidate to send themselves, with its tone
        warnings (as `followup draft STEP_ID --json`). Nothing is sent."""
        return self.answer(lambda: tools.draft(self.s, step_id, app_id, form, update, to,
                                               to_address, phrasing, locale))

    def check_tone(self, text: Annotated[str, Field(description="The message to check.")],
                   step_id: Annotated[Whole | None, Field(
            description="Check it as the message for this step (M1, M2, T5).")] = None,
                   form: Annotated[str | None, Field(
            description="With step_id: the form of message, as in draft.")] = None,
                   ) -> CallToolResult:
        """Check a message's tone: hostile, pushy, guilt-tripping or desperate wording (M5),
        a long thank-you (T5), missing reminders (M1) or agreement (M2) (as `followup check
        - --json`)."""
        return self.answer(lambda: tools.check(self.s, text, step_id, form))

    def who_do_i_know(self, app_id: AppId) -> CallToolResult:
        """The people the candidate knows at the application's company, best match first
        (A2; as `followup network ID --json`)."""
        return self.answer(lambda: tools.network(self.s, app_id))

    # -- changing (only with --allow-writes) ---------------------------------------------------

    def mark_done(self, step_id: StepId, on: Day = None) -> CallToolResult:
        """Mark a step carried out (on `on`, default today); the steps after it are planned
        again from that day (F1). Undo: `followup undo`."""
        return self.answer(lambda: writes.done(self.s, step_id, on))

    def skip_step(self, step_id: StepId) -> CallToolResult:
        """Leave a step out; the plan carries on without it. Undo: `followup undo`."""
        return self.answer(lambda: writes.skip(self.s, step_id))

    def snooze_step(self, step_id: StepId,
                    until: Annotated[str, Field(description="YYYY-MM-DD: the day to do it.")],
                    reason: Annotated[str | None, Field(description="Why it waits.")] = None,
                    ) -> CallToolResult:
        """Put a step off to a later business day; the touches after it move with it. Undo:
        `followup undo`."""
        return self.answer(lambda: writes.snooze(self.s, step_id, until, reason))

    def log_event(self, app_id: AppId,
                  event: Annotated[str, Field(
            description="reply, rejected, offer or withdrawn.")],
                  on: Day = None,
                  note: Annotated[str | None, Field(description="What they said.")] = None,
                  decision_by: Annotated[str | None, Field(
            description="With a reply: the date they now mean to decide by.")] = None,
                  follow_up_on: Annotated[str | None, Field(
            description="With a reply: the date agreed for the next touch (F12).")] = None,
                  call_in: Annotated[Whole | None, Field(
            description="With a reply: an agreed call this many days on.")] = None,
                  follow_up_by: Annotated[str | None, Field(
            description="With a reply: the channel agreed.")] = None,
                  ) -> CallToolResult:
        """Record what the employer or the candidate did. A reply stops the sequence and
        plans the next touch from what they said (F12); an offer, a rejection or a
        withdrawal ends it (A3). Undo: `followup undo`."""
        return self.answer(lambda: writes.log(self.s, app_id, event, on, note, decision_by,
                                              follow_up_on, call_in, follow_up_by))

    def add_from_invitation(
            self, path: Annotated[str, Field(
                description="The full path of a calendar invitation (.ics) or a mail "
                "holding one (.eml).")],
            store: Annotated[bool, Field(
                description="false: only say what the invitation would record; true: "
                "record it.")] = False,
            company: Text = None, role: Text = None) -> CallToolResult:
        """Read an interview from an invitation file: first what it would record, then, with
        store=true, record it (a new application, a further round, a moved or cancelled
        interview). Undo: `followup undo`."""
        return self.answer(lambda: writes.add_from(self.s, path, store, company, role))


READS = ("today", "show_application", "pipeline", "draft", "check_tone", "who_do_i_know")
WRITES = ("mark_done", "skip_step", "snooze_step", "log_event", "add_from_invitation")


def instructions(session: Session, allow_writes: bool) -> str:
    said = ["followup plans a job seeker's follow-ups after interviews. Every tool answers "
            "with the JSON of the matching `followup ... --json` command."]
    said.append("Changes are allowed: each is undone by `followup undo`." if allow_writes
                else "Read-only: the candidate has not allowed changes (followup mcp "
                "--allow-writes).")
    if not session.share_notes:
        said.append("The candidate's journal, notes and reasons are withheld (shown empty) "
                    "unless they start followup mcp --share-notes.")
    said.append("Nothing is ever sent: drafts are for the candidate to send.")
    return " ".join(said)


def build(session: Session, *, allow_writes: bool = False) -> MCPServer[Any]:
    from importlib.metadata import version

    server = _Server(NAME, version=version("followup"), log_level="WARNING",
                     instructions=instructions(session, allow_writes))
    server.allowed = WRITES if allow_writes else ()
    bound = Tools(session)
    for name in READS:
        server.add_tool(getattr(bound, name), name=name, annotations=READ,
                        structured_output=False)
    for name in WRITES if allow_writes else ():
        server.add_tool(getattr(bound, name), name=name, annotations=WRITE,
                        structured_output=False)

    @server.resource("followup://rules", name="rulebook", mime_type="application/json",
                     description="Every rule followup follows, with its id and sources "
                     "(as `followup rules --json`).")
    def rulebook() -> str:
        return tools.dumps(tools.rules())

    @server.resource("followup://rulebook.md", name="rulebook-text", mime_type="text/markdown",
                     description="The same rules by group, as a page to read (docs/rules.md).")
    def rulebook_text() -> str:
        from followup.core.rules import markdown

        return markdown()

    @server.resource("followup://playbooks", name="playbooks", mime_type="application/json",
                     description="The playbooks and the rules each one follows (as "
                     "`followup playbooks --json`).")
    def playbooks() -> str:
        return tools.dumps(tools.playbooks())

    return server


def serve(session: Session, *, allow_writes: bool) -> None:
    build(session, allow_writes=allow_writes).run("stdio")
