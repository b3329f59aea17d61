"""`followup add COMPANY --role … --interviewed …` without Typer (issue 11: `add` at most 8x a
bare start), and the helpers both paths share to turn the options into an interview and print
the result.

The options are read from core.fields, the one description of the capture fields, so the
names, the values taken and the messages are those of Typer's path. Only shapes this parser
fully understands are taken: a long option with its value (`--role X` or `--role=X`), the
flags `--json`, `--yes`/`-y`, and one COMPANY. Anything else (`--help`, `--interactive`,
`--from`, an unknown or misspelt option, a missing value, a value that starts with "-",
`--call-in` that is not a number, a second COMPANY, none) goes through Typer, which owns
every usage error; so does an unusual interview date in a terminal, where Typer asks. Every
other error comes from the same functions on both paths (tests/test_add_fast.py compares
them).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from followup.cli.context import Context

FLAGS = {"--json": "json", "--yes": "yes", "-y": "yes"}
MULTIPLE = ("with", "noted")  # repeatable options: every value is kept, in order
NUMBER = ("call_in",)  # Typer converts these to int before our parser sees them


def _options() -> dict[str, str]:
    """Each capture option's command-line name -> its field name (core.fields)."""
    from followup.core.fields import FIELDS

    return {f.option: f.name for f in FIELDS if f.option.startswith("--")}


def parse(args: Sequence[str]) -> dict[str, Any] | None:
    """The options of `add` as Typer would hand them to the command, or None when the shape
    is one Typer must see (see the module's docstring)."""
    names = _options()
    given: dict[str, Any] = {"with": [], "noted": []}
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head in FLAGS:
            given[FLAGS[head]] = True
            continue
        if not head.startswith("-"):
            if "company" in given:
                return None  # a second COMPANY: Typer's usage error
            given["company"] = head
            continue
        option, eq, value = head.partition("=")
        name = names.get(option)
        if name is None:
            return None  # --help, --interactive, --from, -i, --, a mistake
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None  # a missing value, or one Typer may read otherwise
            value = rest.pop(0)
        if name in NUMBER:
            if not (value.isascii() and value.isdigit()):
                return None  # Typer's "is not a valid integer"
            given[name] = int(value)
        elif name in MULTIPLE:
            given[name].append(value)
        else:
            given[name] = value  # given twice: the last one counts, as in Typer
    if "company" not in given:
        return None  # asked for in a terminal, refused otherwise: Typer's path
    return given


def run(opts: dict[str, str], args: Sequence[str]) -> int | None:
    """The exit code when the fast path took `add args`, else None (Typer's turn)."""
    given = parse(args)
    if given is None:
        return None
    from followup.cli.context import Context, handles_errors
    from followup.store import holiday_cache

    @handles_errors
    def go() -> int | None:
        holiday_cache.load()  # the plan of one application: no `holidays` import when kept
        c = Context(opts.get("db"), opts.get("now"))
        try:
            app = _add(c, given)
            if app is None:
                return None
            render_app(c, app, bool(given.get("json")))
        finally:
            c.close()
        holiday_cache.save()
        return 0

    return go()


def _add(c: Context, given: dict[str, Any]) -> Any:
    """`add` from its options; None when an unusual date must be confirmed in a terminal,
    which Typer's path asks (nothing is stored before that)."""
    from followup.core.errors import Unconfirmed

    yes = bool(given.get("yes"))
    try:
        return add(c, given, confirmed=yes)
    except Unconfirmed:
        if yes or not sys.stdin.isatty():
            raise
        return None


def add(c: Context, given: dict[str, Any], *, confirmed: bool) -> Any:
    """`add` from its options on, for both paths (this one and cli.commands.add): the
    checks, the interview and service.add_application. `given` holds the options by field
    name (core.fields; "with" and "noted" as lists)."""
    from followup import service
    from followup.core.fields import FIELD, TIMELINE

    fields = timeline_fields(**{name: given.get(name) for name in TIMELINE})
    company, role = given.get("company") or "", given.get("role")
    if not company.strip():
        raise FIELD["company"].missing()
    if role is None or not role.strip():
        raise FIELD["role"].missing()
    if given.get("interviewed") is None:
        raise FIELD["interviewed"].missing()
    interview = new_interview(c, given["interviewed"], given.get("tz"), given.get("with"),
                              given.get("coordinator"), fields, "--interviewed",
                              given.get("noted"), given.get("shared"),
                              medium=given.get("medium"), final=given.get("final"))
    holidays = given.get("holidays")
    return service.add_application(
        c.store, company=company, role=role, interview=interview, now=c.now,
        playbook=given.get("playbook") or c.settings.get("playbook") or "default",
        holidays=holidays if holidays is not None else c.settings.get("holidays"),
        holidays_from="option" if holidays is not None else "setting", confirmed=confirmed)


# -- shared with Typer's path (cli.commands, cli.records, cli.interactive) -------------------


def timeline_fields(**given: str | int | None) -> dict[str, Any]:
    """Only the timeline answers the user gave, parsed as core.fields describes them
    (`timeline_note` is the --timeline option's parameter)."""
    from followup.core import fields

    if "timeline_note" in given:
        given["timeline"] = given.pop("timeline_note")
    return fields.timeline(given)


def new_interview(
    c: Context, when: str, tz: str | None, with_: list[str] | None,
    coordinator: str | None, fields: dict[str, Any], what: str,
    noted: list[str] | None = None, shared: str | None = None, *,
    medium: str | None = None, final: str | None = None,
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
    from followup.core.fields import FIELD

    how = FIELD["medium"].read(medium) if medium and medium.strip() else None
    last = bool(FIELD["final"].read(final)) if final and final.strip() else False
    return NewInterview(at=at, tz=zone_name, interviewers=people, coordinator=coord,
                        timeline=Timeline(**fields), noted=tuple(noted or ()), shared=shared,
                        medium=how, final=last)


def render_app(c: Context, app: Any, as_json: bool, show_all: bool = False) -> None:
    from followup.core.rolling import rolled

    app = rolled(app, c.now)
    if as_json:
        from followup import jsonout
        from followup.cli.context import emit_json

        emit_json(jsonout.application(app))
    else:
        from followup.cli.plan_text import application

        sys.stdout.write(application(app, c.today, show_all=show_all) + "\n")
