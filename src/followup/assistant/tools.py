"""What `followup mcp` answers: each tool calls the service function that the matching
`--json` command calls and renders it with the same JSON helper (jsonout, messages.forms,
contacts.output, capture.apply), so a tool's document is that command's document.

Nothing here knows the Model Context Protocol (assistant.server does): a tool takes a
`Session` and its arguments and returns an `Answer`, or raises the error the command line
would turn into its one line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from followup.cli.context import Context
from followup.core.errors import BadInput
from followup.core.words import MISSED_THANKS


class Session(NamedTuple):
    """How the server was started: --db and --now as given, and what the candidate allows."""

    db: str | None
    now: str | None
    share_notes: bool = False
    read_only: bool = True  # without --allow-writes: the database is opened read-only


class Answer(NamedTuple):
    document: Any  # the JSON document of the matching --json command
    words: str | None = None  # a change, said in plain words


@contextmanager
def opened(s: Session) -> Iterator[Context]:
    """A context of its own for each call: the real clock is read anew (unless --now), and
    the store is opened in the thread that uses it."""
    c = Context(s.db, s.now, read_only=s.read_only)
    try:
        yield c
    finally:
        c.close()


# -- what is the candidate's alone -------------------------------------------------------------
# Without --share-notes the journal (A4), the notes on an application and on its events (a
# reply's note is kept as its timeline's note too), the notes a draft carries for the
# candidate, and the reason a step was put off are withheld: the keys stay, empty, so each
# document keeps the shape of its --json command.

_PUT_OFF = re.compile(r" Put off to \w{3} \d{2} \w{3}: ")  # as core.planner words it


def step_why(why: str) -> str:
    """A step's why without the reason it was put off. core.planner appends " Put off to
    DAY: REASON."; reading the list may append MISSED_THANKS after it. Everything after the
    colon goes, whatever the reason says, and the missed thanks are said again if the text
    ended with them."""
    found = _PUT_OFF.search(why)
    if found is None:
        return why
    tail = " " + MISSED_THANKS
    return why[:found.end() - 2] + "." + (tail if why.endswith(tail) else "")


def _step(d: dict[str, Any]) -> dict[str, Any]:
    return {**d, "why": step_why(d["why"])}


def private_application(d: dict[str, Any]) -> dict[str, Any]:
    return {**d, "notes": None, "journal": [],
            "events": [{**e, "note": None, "timeline": e["timeline"] and {
                **e["timeline"], "note": None}} for e in d["events"]],
            "steps": [_step(s) for s in d["steps"]]}


def _kept(s: Session, document: Any, withhold: Any) -> Any:
    return document if s.share_notes or document is None else withhold(document)


# -- reading -----------------------------------------------------------------------------------


def today(s: Session) -> Answer:
    """`today --json`."""
    from followup import service

    with opened(s) as c:
        steps = json.loads(service.today_json(c.store, c.now))
    return Answer(_kept(s, steps, lambda found: [_step(x) for x in found]))


def application_doc(s: Session, c: Context, app: Any) -> Any:
    """An application as `show --json` and the commands that change one print it."""
    from followup import jsonout
    from followup.core.rolling import rolled

    return _kept(s, jsonout.application(rolled(app, c.now)), private_application)


def show(s: Session, app_id: int) -> Answer:
    """`show ID --json`."""
    from followup import service

    with opened(s) as c:
        return Answer(application_doc(s, c, service.show(c.store, app_id, c.now)))


def pipeline(s: Session, status: str | None = None, search: str | None = None) -> Answer:
    """`list [--status S] --json`, only the applications that `search` finds (company, role
    or an interviewer's name, as the dashboard's search) when it is given."""
    from followup import pipeline as board
    from followup import service
    from followup.core.words import STATUSES

    if status is not None and status not in STATUSES:
        raise BadInput(f"unknown status {status!r}: choose one of " + ", ".join(STATUSES))
    with opened(s) as c:
        found = json.loads(service.list_json(c.store, c.now, status))
        ids = board.matching(c.store, search)
    return Answer(found if ids is None else [a for a in found if a["id"] in set(ids)])


def draft(s: Session, step_id: int | None = None, app_id: int | None = None,
          form: str | None = None, update: str | None = None, to: str | None = None,
          to_address: str | None = None, phrasing: int | None = None,
          locale: str | None = None) -> Answer:
    """`draft [STEP_ID | --app ID --as FORM] --json`, its tone warnings in "warnings"."""
    from followup.cli.messages import make_draft
    from followup.messages import forms

    choice = {"as_": form, "update": update, "to": to, "to_address": to_address,
              "phrasing": phrasing}
    with opened(s) as c:
        document = forms.as_json(make_draft(c, step_id, app_id, choice, locale))
    return Answer(_kept(s, document, lambda d: {**d, "notes": None}))


def check(s: Session, text: str, step_id: int | None = None, form: str | None = None
          ) -> Answer:
    """`check - [--step STEP_ID] [--as FORM] --json` with `text` on standard input."""
    from followup.cli.messages import draft_options
    from followup.cli.tone_report import MAX_CHECK_BYTES
    from followup.messages import drafts, forms

    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise BadInput("text: not UTF-8 text") from None
    if size > MAX_CHECK_BYTES:
        raise BadInput(f"text: too long to be a message (over {MAX_CHECK_BYTES} bytes)")
    with opened(s) as c:
        expect = (drafts.expectations(c.store, step_id, c.now, form,
                                      draft_options(None, None, None,
                                                    setting=c.settings.get("locale")))
                  if step_id else None)
        findings = drafts.check_text(text, expect)
    return Answer(forms.check_json(findings))


def network(s: Session, app_id: int) -> Answer:
    """`network ID --json`: who the candidate knows at the application's company (A2)."""
    from followup.contacts import output
    from followup.contacts.network import who_do_i_know

    with opened(s) as c:
        document = output.network(who_do_i_know(c.store, app_id))
    return Answer(_kept(s, document, lambda d: {
        **d, "step": d["step"] and _step(d["step"])}))


def rules() -> Any:
    """`rules --json`: every rule with its id and sources."""
    from followup.core.rules import RULES

    return [r._asdict() for r in RULES]


def playbooks() -> Any:
    """`playbooks --json`."""
    from followup import jsonout
    from followup.core.playbooks import PLAYBOOKS

    return [jsonout.playbook(p) for p in PLAYBOOKS.values()]


def dumps(document: Any) -> str:
    from followup import jsonout

    return jsonout.dumps(document)
