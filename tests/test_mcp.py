"""`followup mcp` as an assistant uses it (issue 28): the SDK's own client starts the server
as a subprocess over stdio, lists the tools, calls each one and compares every answer with
the `--json` command of the same database and `--now`; without --allow-writes nothing can
change the database; without --share-notes the candidate's notes never leave it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from tests.conftest import SRC, Result

from followup import service
from followup.assistant.server import READS, WRITES
from followup.store.sqlite import Store

NOW = "2026-11-24T09:00"
CONNECTIONS = Path(__file__).parent / "fixtures" / "contacts" / "Connections.csv"
INVITE = Path(__file__).parent / "fixtures" / "invites" / "examples" / "outlook.ics"
# Unique words written where only the candidate reads them.
JOURNAL, EVENT_NOTE, REASON, APP_NOTE = ("MARKJ-5521", "MARKE-7731", "MARKR-9043. Really",
                                         "MARKA-3318")
MARKERS = ("MARKJ", "MARKE", "MARKR", "MARKA")
Body = Callable[[Client], Awaitable[Any]]


def _session(db: Path, body: Body, *flags: str, now: str = NOW) -> Any:
    """Start `followup --db DB --now NOW mcp FLAGS` as an assistant would and run `body`."""
    env = {k: v for k, v in os.environ.items() if k.startswith(("FOLLOWUP_", "XDG_"))}
    params = StdioServerParameters(
        command=sys.executable, env={**env, "PYTHONPATH": str(SRC), "COLUMNS": "100"},
        args=["-m", "followup", "--db", str(db), "--now", now, "mcp", *flags])

    async def main() -> Any:
        async with Client(params) as client:
            return await body(client)

    return anyio.run(main)


def _doc(result: Any) -> Any:
    assert not result.is_error, result.content[0].text
    return json.loads(result.content[0].text)


def _said(result: Any) -> str:
    return "\n".join(c.text for c in result.content)


@pytest.fixture
def plan(cli: Callable[..., Result], db_path: Path) -> dict[str, int]:
    """Two applications, a LinkedIn network, a journal entry, a reply with a note, a step put
    off with a reason and an application's own notes; the ids a test needs."""
    assert cli("me", "--name", "Alex Candidate", "--email", "alex@example.com").code == 0
    assert cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-20 10:00",
               "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>",
               "--yes").code == 0
    stripe = cli("add", "Stripe", "--role", "Engineer", "--interviewed", "2026-11-23 10:00",
                 "--tz", "America/New_York", "--with", "Kim Park <kim@stripe.example>",
                 "--json").json()
    thanks = next(s["id"] for s in stripe["steps"] if s["kind"] == "thank_you")
    assert cli("network", "import", str(CONNECTIONS)).code == 0
    assert cli("journal", "1", "--note", JOURNAL).code == 0
    assert cli("log", "1", "reply", "--note", EVENT_NOTE, "--follow-up-on",
               "2026-12-02").code == 0
    assert cli("snooze", str(thanks), "--until", "2026-11-24", "--reason", REASON).code == 0
    store = Store(db_path)
    try:
        service.edit_application(store, 1, store_now(), notes=APP_NOTE)
    finally:
        store.close()
    later = next(s["id"] for s in cli("show", "2", "--json").json()["steps"]
                 if s["kind"] == "follow_up")
    # The morning's first read at NOW keeps what is next as it stands then (store.upnext):
    # the sessions below read at that moment, so the kept answers need no refresh.
    assert cli("today", "--json", now=NOW).code == 0
    return {"acme": 1, "stripe": stripe["id"], "thanks": thanks, "later": later}


def store_now() -> Any:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(2026, 11, 23, 18, 0, tzinfo=ZoneInfo("America/New_York"))


def _snapshot(db: Path) -> tuple[str, str]:
    """The file's hash and every row, to see that nothing changed."""
    conn = sqlite3.connect(db)
    try:
        rows = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(db.read_bytes()).hexdigest(), rows


def _data(db: Path) -> str:
    """Every row but those of the tables worked out from the others (migrations.DERIVED:
    what is next, kept up to date by any reader): the candidate's data."""
    from followup.store.migrations import DERIVED

    conn = sqlite3.connect(db)
    try:
        return "\n".join(line for line in conn.iterdump()
                         if not any(f'"{name}"' in line or f" {name} " in line
                                    for name in DERIVED))
    finally:
        conn.close()


def _reads(p: dict[str, int]) -> list[tuple[str, dict[str, Any], list[str]]]:
    """Each read tool with its arguments and the `--json` command it mirrors."""
    return [
        ("today", {}, ["today", "--json"]),
        ("show_application", {"app_id": p["acme"]}, ["show", "1", "--json"]),
        ("show_application", {"app_id": p["stripe"]}, ["show", "2", "--json"]),
        ("pipeline", {}, ["list", "--json"]),
        ("pipeline", {"status": "responded"}, ["list", "--status", "responded", "--json"]),
        ("draft", {"step_id": p["later"]}, ["draft", str(p["later"]), "--json"]),
        ("draft", {"step_id": p["thanks"], "phrasing": 2, "locale": "en-GB"},
         ["draft", str(p["thanks"]), "--phrasing", "2", "--locale", "en-GB", "--json"]),
        ("draft", {"app_id": p["acme"], "form": "withdrawal"},
         ["draft", "--app", "1", "--as", "withdrawal", "--json"]),
        ("who_do_i_know", {"app_id": p["stripe"]}, ["network", "2", "--json"]),
    ]


def test_every_tool_answers_as_its_json_command(plan: dict[str, int], db_path: Path,
                                                cli: Callable[..., Result]) -> None:
    calls = _reads(plan)

    async def body(client: Client) -> Any:
        listed = [t.name for t in (await client.list_tools()).tools]
        answers = [await client.call_tool(name, args) for name, args, _ in calls]
        checked = await client.call_tool("check_tone", {
            "text": "I demand to know why nobody has answered me yet.",
            "step_id": plan["later"]})
        found = await client.call_tool("pipeline", {"search": "kim park"})
        rules = await client.read_resource("followup://rules")
        books = await client.read_resource("followup://playbooks")
        page = await client.read_resource("followup://rulebook.md")
        assert page.contents[0].text == (SRC.parent / "docs" / "rules.md").read_text(
            encoding="utf-8")
        return listed, answers, checked, found, rules, books

    listed, answers, checked, found, rules, books = _session(db_path, body, "--share-notes")
    assert listed == list(READS)
    for (name, args, command), answer in zip(calls, answers, strict=True):
        expected = cli(*command, now=NOW)
        assert expected.code == 0, expected.stderr
        assert _doc(answer) == expected.json(), (name, args)
    shown = json.dumps([_doc(a) for a in answers])
    assert all(m in shown for m in MARKERS)  # --share-notes: the candidate's own words too
    assert _doc(answers[7])["notes"] == APP_NOTE  # Acme's withdrawal draft
    expected = cli("check", "-", "--step", str(plan["later"]), "--json", now=NOW,
                   input="I demand to know why nobody has answered me yet.")
    assert expected.code == 1 and _doc(checked) == expected.json()
    assert _doc(checked)["clean"] is False
    assert [a["id"] for a in _doc(found)] == [plan["stripe"]]
    assert json.loads(rules.contents[0].text) == cli("rules", "--json").json()
    assert json.loads(books.contents[0].text) == cli("playbooks", "--json").json()


def test_read_only_lists_no_write_and_changes_nothing(plan: dict[str, int],
                                                      db_path: Path) -> None:
    before = _snapshot(db_path)
    valid = {"step_id": plan["thanks"], "app_id": plan["acme"], "on": "2026-11-24",
             "until": "2026-12-01", "event": "offer", "path": str(INVITE), "store": True}
    wanted = {"mark_done": ("step_id", "on"), "skip_step": ("step_id",),
              "snooze_step": ("step_id", "until"), "log_event": ("app_id", "event"),
              "add_from_invitation": ("path", "store")}

    async def body(client: Client) -> Any:
        listed = [t.name for t in (await client.list_tools()).tools]
        out = [await client.call_tool(name, args) for name, args, _ in _reads(plan)]
        out.append(await client.call_tool("check_tone", {"text": "Thanks!", "step_id": 1}))
        out += [await client.call_tool(name, {k: valid[k] for k in keys})
                for name, keys in wanted.items()]
        await client.read_resource("followup://rules")
        return listed, out

    listed, out = _session(db_path, body)
    assert set(listed) == set(READS) and not set(listed) & set(WRITES)
    refused = out[-len(WRITES):]
    assert all(r.is_error and "--allow-writes" in _said(r) and "nothing changed" in _said(r)
               for r in refused)
    assert all(not r.is_error for r in out[:-len(WRITES)])
    assert _snapshot(db_path) == before


def test_without_share_notes_the_candidates_words_stay_home(plan: dict[str, int],
                                                            db_path: Path,
                                                            cli: Callable[..., Result]) -> None:
    async def body(client: Client) -> Any:
        return [await client.call_tool(name, args) for name, args, _ in _reads(plan)]

    answers = _session(db_path, body)
    text = "\n".join(_said(a) for a in answers)
    assert not [m for m in MARKERS if m in text]
    acme = _doc(answers[1])
    typed = cli("show", "1", "--json", now=NOW).json()
    assert acme.keys() == typed.keys()  # the same shape, the private parts empty
    assert (acme["notes"], acme["journal"]) == (None, [])
    assert [e["note"] for e in acme["events"]] == [None]
    assert acme["steps"] == typed["steps"]  # nothing private in Acme's steps
    today = _doc(answers[0])
    put_off = next(s for s in today if s["id"] == plan["thanks"])
    assert put_off["why"].endswith("Put off to Tue 24 Nov.")
    assert _doc(answers[7])["notes"] is None  # Acme's withdrawal: its notes withheld


def test_each_write_is_said_and_undone_as_if_typed(plan: dict[str, int], db_path: Path,
                                                   cli: Callable[..., Result]) -> None:
    """Each change answers with the application as the command prints it and says what it
    did; `followup undo` then takes it back."""
    shown = {i: cli("show", str(i), "--json", now=NOW).json() for i in (1, 2)}
    changes = [
        ("mark_done", {"step_id": plan["thanks"]}, 2, "Marked step"),
        ("skip_step", {"step_id": plan["later"]}, 2, "Skipped step"),
        ("snooze_step", {"step_id": plan["later"], "until": "2026-12-04",
                         "reason": "after the holiday"}, 2, "Snoozed step"),
        ("log_event", {"app_id": plan["acme"], "event": "offer", "on": "2026-11-24"}, 1,
         "Logged offer"),
    ]
    for name, args, app_id, words in changes:
        async def body(client: Client, name: str = name, args: dict[str, Any] = args) -> Any:
            return await client.call_tool(name, args)

        answer = _session(db_path, body, "--allow-writes", "--share-notes")
        assert _doc(answer) == cli("show", str(app_id), "--json", now=NOW).json()
        assert answer.content[1].text.startswith(words), _said(answer)
        assert "followup undo" in answer.content[1].text
        undone = cli("undo", now=NOW)
        assert undone.code == 0 and undone.stdout.startswith("Undone: " + words.lower())
        assert cli("show", str(app_id), "--json", now=NOW).json() == shown[app_id]


def test_an_invitation_is_read_first_then_stored_and_undone(
        plan: dict[str, int], db_path: Path, cli: Callable[..., Result]) -> None:
    async def body(client: Client) -> Any:
        listed = (await client.list_tools()).tools
        assert [t.name for t in listed] == [*READS, *WRITES]
        assert not [t.name for t in listed if "send" in t.name or "mail" in t.name]
        first = await client.call_tool("add_from_invitation", {"path": str(INVITE)})
        stored = await client.call_tool("add_from_invitation", {"path": str(INVITE),
                                                                 "store": True})
        return first, stored

    before = _snapshot(db_path)
    proposal = cli("add", "--from", str(INVITE), "--json", now=NOW)
    first, stored = _session(db_path, body, "--allow-writes", "--now", NOW)
    assert _doc(first) == proposal.json()
    assert "Nothing stored" in first.content[1].text
    made = _doc(stored)
    assert made == cli("show", str(made["id"]), "--json", now=NOW).json()
    assert made["company"] == "Northwind"
    assert stored.content[1].text.endswith("Run `followup undo` to take it back.")
    assert cli("undo", now=NOW).code == 0
    assert cli("show", str(made["id"]), "--json", now=NOW).code != 0
    assert _snapshot(db_path)[1].count("INSERT INTO \"applications\"") == before[1].count(
        "INSERT INTO \"applications\"")


def test_bad_input_is_the_command_lines_line_and_changes_nothing(
        plan: dict[str, int], db_path: Path, cli: Callable[..., Result]) -> None:
    bad = [
        ("show_application", {"app_id": 99}, ["show", "99"]),
        ("pipeline", {"status": "asleep"}, ["list", "--status", "asleep"]),
        ("draft", {}, ["draft"]),
        ("draft", {"app_id": 1}, ["draft", "--app", "1"]),
        ("who_do_i_know", {"app_id": 42}, ["network", "42"]),
        ("mark_done", {"step_id": plan["thanks"], "on": "2026-12-25"},
         ["done", str(plan["thanks"]), "--on", "2026-12-25"]),
        ("mark_done", {"step_id": plan["thanks"], "on": "someday"},
         ["done", str(plan["thanks"]), "--on", "someday"]),
        ("skip_step", {"step_id": 999}, ["skip", "999"]),
        ("snooze_step", {"step_id": plan["later"], "until": "2026-11-01"},
         ["snooze", str(plan["later"]), "--until", "2026-11-01"]),
        ("log_event", {"app_id": 1, "event": "ghosted"}, ["log", "1", "ghosted"]),
        ("log_event", {"app_id": 1, "event": "offer", "follow_up_on": "2026-12-09"},
         ["log", "1", "offer", "--follow-up-on", "2026-12-09"]),
        ("add_from_invitation", {"path": str(CONNECTIONS), "store": True},
         ["add", "--from", str(CONNECTIONS), "--yes"]),
    ]
    before = _data(db_path)

    async def body(client: Client) -> Any:
        out = [await client.call_tool(name, args) for name, args, _ in bad]
        odd = await client.call_tool("pipeline", {"search": "\x00kim park"})
        assert [a["id"] for a in _doc(odd)] == [plan["stripe"]]  # a NUL is no error
        out.append(await client.call_tool("show_application", {"app_id": "one"}))
        out.append(await client.call_tool("show_application", {"app_id": 2**70}))
        out.append(await client.call_tool("add_from_invitation", {"path": "invite.ics"}))
        out.append(await client.call_tool("check_tone", {"text": "x" * 1_000_001}))
        return out

    out = _session(db_path, body, "--allow-writes")
    for (name, _, command), answer in zip(bad, out, strict=False):
        typed = cli(*command, now=NOW)
        assert typed.code != 0
        assert answer.is_error and len(answer.content) == 1, name
        assert answer.content[0].text == typed.stderr.strip(), name
    for answer in out[len(bad):]:
        assert answer.is_error
        line = answer.content[0].text
        assert line.startswith("followup: error: ") and "\n" not in line, line
    assert _data(db_path) == before  # the command lines above may bring what is next up to date


def test_without_the_extra_the_command_says_how_to_get_it(
        cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "mcp" else real(name, *a))
    said = cli("mcp")
    assert said.code == 1 and "pip install 'followup[mcp]'" in said.stderr


def test_no_other_command_loads_the_sdk(plan: dict[str, int], db_path: Path) -> None:
    """The SDK (and the assistant's modules) load only when `followup mcp` runs."""
    import subprocess

    code = ("import sys\nfrom followup.cli import main\n"
            "for args in (['today', '--json'], ['show', '1'], ['list'], ['draft', '1'], "
            "['rules'], ['--help']):\n"
            "    try:\n"
            f"        main(['--db', {str(db_path)!r}, '--now', {NOW!r}, *args])\n"
            "    except SystemExit:\n        pass\n"
            "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith("
            "('mcp.', 'followup.assistant'))), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_a_wrong_start_is_one_line_before_serving(cli: Callable[..., Result],
                                                  cli_proc: Callable[..., Result]) -> None:
    assert cli("mcp", "--now", "whenever").stderr.startswith("followup: error: --now:")
    assert cli("mcp", "--read-everything").code == 2
    started = cli_proc("mcp", "--db", ":memory:", timeout=120)  # the fast path's start
    assert started.code == 2 and started.stdout == ""
    assert started.stderr.startswith("followup: error: --db ':memory:'")


@given(reason=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1),
       missed=st.sampled_from(["", "before", "after"]))
def test_a_put_off_reason_is_withheld_whatever_it_says(reason: str, missed: str) -> None:
    """core.planner writes " Put off to DAY: REASON." after the why (a missed thank-you's
    words may come before it, or be added after it when the list is read)."""
    from followup.assistant.tools import step_why
    from followup.core.words import MISSED_THANKS

    base = "A week after your thank-you: check in (F1, F2)."
    before = f" {MISSED_THANKS}" if missed == "before" else ""
    after = f" {MISSED_THANKS}" if missed == "after" else ""
    why = f"{base}{before} Put off to Tue 24 Nov: {reason}.{after}"
    assert step_why(why) == f"{base}{before} Put off to Tue 24 Nov.{after}"
    assert step_why(f"{base} Put off to Tue 24 Nov.") == f"{base} Put off to Tue 24 Nov."


def test_a_reason_that_mimics_the_plans_words_is_withheld_too() -> None:
    from followup.assistant.tools import step_why
    from followup.core.words import MISSED_THANKS

    why = f"Check in (F2). Put off to Tue 24 Nov: secret Put off to Mon 01 Dec: x {MISSED_THANKS}"
    assert "secret" not in step_why(why)
