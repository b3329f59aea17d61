"""A narrow fast path for the hot read-only commands scripts call most: `today --json` and
`show ID --json`, and a few more (`check -`: the tone check of a text).

Building the Typer app costs ~50 ms of imports on every call; these two commands need none of
it. Only the exact shapes below are taken here (global --db/--now, then the command and
--json); anything else, including every error and --help, goes through Typer as usual, and
both paths call the same service and JSON functions.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Sequence

    from followup.cli.context import Context


def _globals(args: Sequence[str]) -> tuple[dict[str, str], list[str]] | None:
    opts: dict[str, str] = {}
    rest = list(args)
    while rest and rest[0].startswith("--"):
        head = rest.pop(0)
        name, eq, value = head.partition("=")
        if name not in ("--db", "--now"):
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        opts[name[2:]] = value
    return opts, rest


def run(args: Sequence[str]) -> int | None:
    """The exit code if the fast path handled `args`, else None."""
    parsed = _globals(args)
    if parsed is None:
        return None
    opts, rest = parsed
    if rest == ["today", "--json"]:  # the hottest: before the checks (and `re`) the rest need
        return _today(opts)
    from followup.core.validate import is_id

    if rest[:1] == ["add"]:
        from followup.cli import fast_add

        return _add_from(opts, rest[1:]) if "--from" in rest else fast_add.run(opts, rest[1:])
    if rest[:1] == ["list"]:
        return _list(opts, rest[1:])
    if rest[:1] == ["mcp"]:
        return _mcp(opts, rest[1:])
    if rest[:1] == ["network"] and rest[1:2] == ["show"]:
        rest = ["network", *rest[2:]]
    if len(rest) == 2 and rest[0] == "network" and is_id(rest[1]):
        return _network(opts, int(rest[1]))
    if rest[:1] == ["check"] and len(rest) in (2, 3) and rest[2:] in ([], ["--json"]) \
            and (rest[1] == "-" or not rest[1].startswith("-")) and not rest[1].isdigit():
        return _check(rest[1], as_json=rest[2:] == ["--json"])
    if rest == ["stats", "--json"]:
        return _stats_json(opts)
    if rest[:1] == ["contacts"] and rest[1:] in ([], ["list"], ["--all"], ["list", "--all"]):
        return _contacts(opts, every="--all" in rest)
    if rest in (["playbooks"], ["playbooks", "--json"]):
        return _playbooks(json="--json" in rest)
    if rest[:1] == ["show"] and rest[1:2] and is_id(rest[1]) and rest[2:] in ([], ["--all"]):
        return _show(opts, int(rest[1]), show_all=rest[2:] == ["--all"])
    if len(rest) == 3 and rest[0] == "show" and rest[2] == "--json" and is_id(rest[1]):
        return _show_json(opts, int(rest[1]))
    return None


def _today(opts: dict[str, str]) -> int:
    from followup.cli.context import Context, handles_errors

    @handles_errors
    def go() -> int:
        c = Context(opts.get("db"), opts.get("now"))
        try:
            sys.stdout.write(_today_json(c) + "\n")
        finally:
            c.close()
        return 0

    return go()


def _show_json(opts: dict[str, str], app_id: int) -> int:
    from followup.cli.context import Context, handles_errors

    @handles_errors
    def go() -> int:
        c = Context(opts.get("db"), opts.get("now"))
        try:
            from followup import jsonout, service
            from followup.cli.context import emit_json
            from followup.store import holiday_cache

            holiday_cache.load()  # as `show ID`
            emit_json(jsonout.application(service.show(c.store, app_id, c.now)))
            holiday_cache.save()
        finally:
            c.close()
        return 0

    return go()


def _on_current(opts: dict[str, str],
                read: Callable[[Context, sqlite3.Connection], str | None]) -> int | None:
    """Print what `read` makes of a current database (opened read-only by store.reads); None
    (from here or from `read`) hands over to Typer's path, which creates or upgrades the
    database (and takes any error there)."""
    from followup.cli.context import Context, handles_errors
    from followup.store.migrations import LATEST
    from followup.store.reads import open_current

    @handles_errors
    def go() -> int | None:
        c = Context(opts.get("db"), opts.get("now"))
        conn = open_current(c.db_file, LATEST)
        if conn is None:
            return None
        try:
            text = read(c, conn)
        finally:
            conn.close()
            c.close()
        if text is None:
            return None
        sys.stdout.write(text + "\n")
        return 0

    return go()


def _today_json(c: Context) -> str:
    """Straight from SQLite when the database exists, is current and what is next for every
    application is kept for today (store.upnext: no model objects, no planner, no Typer);
    otherwise through the service, which creates or upgrades the database and works out what
    is next where it is not kept."""
    from followup.store import upnext
    from followup.store.migrations import LATEST
    from followup.store.reads import open_current

    conn = open_current(c.db_file, LATEST)
    if conn is not None:
        try:
            if not upnext.stale(conn, c.now):
                return upnext.actions_json(conn)
        finally:
            conn.close()
    from followup import service

    return service.today_json(c.store, c.now)


PATTERNS_KEPT = 1000  # the invitation reader has about 300; more means stale ones piled up


def _keep_patterns(kind: str) -> None:
    """Keep this run's compiled patterns for the next, with those of earlier runs (another
    invitation needs others, and an inline pattern kept earlier is given, never listed as
    used): all of them, or, once stale ones have piled up past PATTERNS_KEPT, this run's."""
    from followup.core import patterns
    from followup.store import regex_cache

    used, fresh = patterns.used()
    inline = patterns.inline()
    if fresh or inline:
        known = patterns.known()
        regex_cache.save(known if len(known) <= PATTERNS_KEPT else used, kind, inline)


def _add_from(opts: dict[str, str], rest: list[str]) -> int | None:
    """`add --from FILE --yes [--json]` or `add --from FILE --json`: scripts drop
    invitations on it; every other shape of `add` goes through Typer."""
    flags = [a for a in rest if a in ("--yes", "-y", "--json")]
    others = [a for a in rest if a not in flags]
    if len(others) != 2 or others[0] != "--from" or others[1].startswith("-"):
        return None
    yes, as_json = bool({"--yes", "-y"} & set(flags)), "--json" in flags
    if not (yes or as_json) or len(set(flags)) != len(flags):
        return None
    from followup.core import patterns
    from followup.store import holiday_cache, regex_cache

    # The reader's patterns, compiled by earlier runs: given before the modules that compile
    # some at import are imported.
    patterns.give(regex_cache.load("capture"))
    from followup.cli.capture import add_from
    from followup.cli.context import Context, handles_errors

    @handles_errors
    def go() -> int:
        holiday_cache.load()  # the plan of one application: no `holidays` import when kept
        c = Context(opts.get("db"), opts.get("now"))
        try:
            add_from(c, others[1], company=None, role=None, yes=yes, as_json=as_json,
                     playbook=None, holidays=None)
        finally:
            c.close()
        holiday_cache.save()
        _keep_patterns("capture")
        return 0

    return go()


def _list(opts: dict[str, str], rest: list[str]) -> int | None:
    """`list [--all] [--json] [--status S]` on a current database: the rows and the JSON come
    from SQLite (store.reads) and the text from cli.listing, as on Typer's path (which goes
    through the service and takes every other shape, every error and a database to create)."""
    from followup.core.words import STATUSES

    flags = {"--all", "--json"}
    status = None
    if len(rest) >= 2 and rest[-2] == "--status" and rest[-1] in STATUSES:
        status, rest = rest[-1], rest[:-2]
    if len(set(rest)) != len(rest) or not set(rest) <= flags:
        return None
    return _on_current(opts, lambda c, conn: _list_text(c, conn, status, "--all" in rest,
                                                        "--json" in rest))


def _list_text(c: Context, conn: sqlite3.Connection, status: str | None, every: bool,
               as_json: bool) -> str | None:
    from followup.store import reads, upnext

    if upnext.stale(conn, c.now):  # the day's first read: what is next is kept first
        from followup.service import upnext as keeper

        if c.store.read_only:
            return None  # kept in the store's own TEMP tables: Typer's path reads them
        keeper.refresh(c.store, c.now)

    from followup.core.when import days_in

    day, days = c.today.isoformat(), days_in(c.now, upnext.zones(conn))
    if as_json:
        return reads.overview_json(conn, day, days, status)
    from datetime import datetime

    from followup import settings
    from followup.cli import listing
    from followup.core.words import search_nudge

    rows = reads.overview_rows(conn, day, days, status, None if every else listing.SHOWN)
    active, newest = reads.pipeline_health(conn)
    since = None if newest is None else (c.today - datetime.fromisoformat(newest).date()).days
    nudge = search_nudge(active, since, settings.min_active(settings.load()))
    return listing.applications(rows, reads.status_totals(conn), c.today, status=status,
                                complete=every, nudge=nudge)


def _contacts(opts: dict[str, str], every: bool) -> int | None:
    """`contacts [list] [--all]` on a current database: the rows from SQLite
    (store.reads_more), the text from contacts.table, as on Typer's path (which builds a
    Contact per person): without --all, the people added last, by name, and how many there
    are."""

    def read(_c: Context, conn: sqlite3.Connection) -> str:
        from followup.cli.text import columns
        from followup.contacts import table
        from followup.core.folding import fold
        from followup.store.reads_more import contact_count, contact_rows

        found = contact_rows(conn, None if every else table.SHOWN)
        found.sort(key=lambda r: (fold(r[1]), r[0]))  # by name, as service.list_contacts
        text = table.lines(table.all_cells(found), None, columns(100))
        trailer = None if every else table.more(len(found), contact_count(conn))
        return f"{text}\n{trailer}" if trailer else text

    return _on_current(opts, read)


def _stats_json(opts: dict[str, str]) -> int | None:
    """`stats --json` on a current database: counted in SQL (store.reads_more), the document
    of core.stats.to_json, as on Typer's path (insights.numbers), without building Typer."""

    def read(c: Context, conn: sqlite3.Connection) -> str:
        import json

        from followup.core import stats
        from followup.store.reads_more import stats_counts

        counts = stats_counts(conn, c.today, None)  # the default 8 weeks, as below
        document = stats.to_json(stats.from_counts(counts, c.today))
        # as jsonout.dumps writes it (that module loads the model)
        return json.dumps(document, ensure_ascii=False, indent=2)

    return _on_current(opts, read)


def _network(opts: dict[str, str], app_id: int) -> int:
    """`network [show] ID` as Typer's path prints it (cli.contacts.network_show), without
    building the Typer app."""
    from followup.cli.context import Context, handles_errors

    @handles_errors
    def go() -> int:
        from followup.cli.text import columns
        from followup.contacts import output
        from followup.contacts.network import who_do_i_know

        c = Context(opts.get("db"), opts.get("now"))
        try:
            output.network_table(who_do_i_know(c.store, app_id), columns())
        finally:
            c.close()
        return 0

    return go()


def _playbooks(json: bool) -> int:
    """`playbooks [--json]`: no database, no Typer; the same text and JSON as Typer's path."""
    from followup.core.playbooks import PLAYBOOKS

    if json:
        from followup import jsonout

        sys.stdout.write(jsonout.dumps([jsonout.playbook(p) for p in PLAYBOOKS.values()]) + "\n")
    else:
        from followup.cli.listing import playbooks

        sys.stdout.write(playbooks(PLAYBOOKS.values()) + "\n")
    return 0


def _show(opts: dict[str, str], app_id: int, *, show_all: bool) -> int:
    """`show ID [--all]` as Typer's path prints it (cli.commands.render_app), without
    building the Typer app."""
    from followup.cli.context import Context, handles_errors

    @handles_errors
    def go() -> int:
        from followup import service
        from followup.cli.plan_text import application
        from followup.store import holiday_cache

        holiday_cache.load()  # a live plan is rolled to today: no `holidays` import when kept
        c = Context(opts.get("db"), opts.get("now"))
        try:
            app = service.show(c.store, app_id, c.now)
            sys.stdout.write(application(app, c.today, show_all=show_all) + "\n")
        finally:
            c.close()
        holiday_cache.save()
        return 0

    return go()


def _mcp(opts: dict[str, str], rest: list[str]) -> int | None:
    """`mcp [--allow-writes] [--share-notes] [--db PATH] [--now WHEN]` (the options after the
    command as well as before it) without building Typer; --help and anything else go
    through Typer."""
    flags = {"--allow-writes", "--share-notes"}
    given = _globals([a for a in rest if a not in flags])
    if given is None or given[1] or len(set(rest) & flags) != sum(a in flags for a in rest):
        return None
    from followup.cli import serving
    from followup.cli.assistant import start
    from followup.cli.context import handles_errors

    serving()  # a server: it reads and answers until its client goes away

    @handles_errors
    def go() -> int:
        where = {**opts, **given[0]}
        start(where.get("db"), where.get("now"), allow_writes="--allow-writes" in rest,
              share_notes="--share-notes" in rest)
        return 0

    return go()


def _check(target: str, *, as_json: bool) -> int | None:
    """`check -` or `check FILE`: the tone check of a text with no step (issue 24's start-up
    target); a target that is neither goes through Typer for its error."""
    from pathlib import Path

    if target != "-" and not Path(target).is_file():
        return None
    from followup.cli import tone_report
    from followup.cli.context import handles_errors
    from followup.messages import tone_regex
    from followup.store import regex_cache

    tone_regex.give(regex_cache.load())  # before the check's modules compile their patterns
    code = handles_errors(tone_report.check_text)(target, as_json)
    _keep_patterns("tone")
    return code
