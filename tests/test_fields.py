"""One description of each capture field (issue 11, point 2): core.fields says each field's
option, label, question, help, parser, rule ids and missing-answer message once; the command
line's options, the interactive add and `prepare` are built from it, and no front end keeps a
parser table or a "required" message of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from followup.cli import commands, interactive, records
from followup.core import fields
from followup.core.errors import BadInput
from followup.core.fields import FIELD, FIELDS
from followup.core.model import Timeline
from followup.core.rules import RULES

SRC = Path(__file__).resolve().parents[1] / "src" / "followup"
FRONT_ENDS = sorted([*(SRC / "cli").glob("*.py"), *(SRC / "web").glob("*.py")])
PARSERS = {"parse_date", "parse_when", "parse_yes_no", "parse_channel", "parse_days",
           "parse_person", "parse_email", "text"}
# Asked elsewhere than in the terminal's questions, and why.
NOT_ASKED = {"playbook": "the saved setting chooses it (followup settings)"}


def _params(module: object, command: str) -> dict[str, object]:
    app = typer.Typer()
    app.callback()(lambda: None)
    module.register(app)  # type: ignore[attr-defined]
    cmd = get_command(app).commands[command]  # type: ignore[attr-defined]
    out: dict[str, object] = {}
    for p in cmd.params:
        for name in (*p.opts, p.name):
            out[name] = p
    return out


def test_each_field_is_described_whole() -> None:
    ids = {r.id for r in RULES}
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names))
    for f in FIELDS:
        assert f.label and f.words and f.question and f.help, f.name
        assert set(f.rules) <= ids, f.name
        assert f.words == f.words.lower() or f.words.startswith("the "), f.name
    timeline = {f.attr for f in FIELDS if f.attr}
    assert timeline == set(Timeline.__dataclass_fields__)


def test_the_add_options_are_built_from_the_description() -> None:
    params = _params(commands, "add")
    for f in FIELDS:
        p = params[f.option if f.option.startswith("--") else f.name]
        assert p.help == f.help, f.name  # type: ignore[attr-defined]
        if f.metavar:
            assert p.metavar == f.metavar, f.name  # type: ignore[attr-defined]


def test_a_new_round_takes_the_interview_fields_with_the_same_help() -> None:
    params = _params(records, "interview")
    for f in FIELDS:
        if f.name in ("company", "role", "interviewed", "playbook", "holidays"):
            continue  # the application's, not a round's; a round's time is --at
        assert params[f.option].help == f.help, f.name  # type: ignore[attr-defined]


def test_the_interactive_add_asks_every_field_in_its_words() -> None:
    asked = {q.name: q.ask for q in interactive.QUESTIONS}
    for name in interactive.PEOPLE:
        asked[name] = FIELD[name].question
    assert set(asked) | set(NOT_ASKED) == set(FIELD)
    for name, question in asked.items():
        assert question == FIELD[name].question


def test_prepare_asks_what_the_fields_record() -> None:
    rules = [a.rule for a in fields.CHECKLIST]
    assert rules == ["C1", "C2", "C3", "C4", "C5", "C6"]
    for ask in fields.CHECKLIST:
        for name in ask.answers:
            assert ask.rule in FIELD[name].rules, (ask.rule, name)


def test_prepare_prints_the_checklist(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("prepare", "--json")
    assert res.json() == [{"rule": a.rule, "question": a.question} for a in fields.CHECKLIST]


@pytest.mark.parametrize(("name", "raw", "value"), [
    ("decision_by", "2026-11-25", "2026-11-25"), ("call_in", "4", 4), ("call_in", 4, 4),
    ("fit", "no", False), ("thank_you_by", "letter", "letter"), ("holidays", "none", None),
    ("holidays", "us", "US"), ("playbook", "Weekly", "weekly"),
])
def test_each_parser_reads_what_a_user_types(name: str, raw: str | int, value: object) -> None:
    got = FIELD[name].read(raw)
    assert (str(got) if hasattr(got, "isoformat") else got) == value


def test_a_refusal_carries_its_field_and_says_it_as_a_flag_or_in_words() -> None:
    with pytest.raises(BadInput) as wrong:
        FIELD["follow_up_by"].read("sms")
    assert wrong.value.field == "follow_up_by"
    assert wrong.value.message.startswith("--follow-up-by: never by sms")
    with pytest.raises(BadInput) as worded:
        fields.timeline({"call_in": "soon"}, plain=True)
    assert worded.value.field == "call_in"
    assert worded.value.message.startswith("the days until the call: 'soon'")
    assert FIELD["role"].missing().message == "--role is required: the job you interviewed for"
    assert FIELD["role"].missing(plain=True).message == \
        "The role is required: the job you interviewed for"
    assert FIELD["company"].missing().message == "the company name must not be empty"
    assert FIELD["interviewed"].missing(what="--at").field == "interviewed"


@pytest.mark.parametrize(("raw", "timeline", "message"), [
    ("Reply", Timeline(call_in=3), None),
    (" offer ", None, None),
    ("rejected", Timeline(call_in=3), "dates can be given only with a reply"),
    ("ghosted", None, "unknown event 'ghosted'"),
    ("closed", None, "unknown event 'closed'"),  # the tool's own bookkeeping
])
def test_one_check_for_each_event(raw: str, timeline: Timeline | None,
                                  message: str | None) -> None:
    if message is None:
        assert fields.event(raw, timeline).value == raw.strip().lower()
        return
    with pytest.raises(BadInput, match=message) as refused:
        fields.event(raw, timeline)
    assert refused.value.field == fields.EVENT


def _strings(tree: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]


def _parser_refs(node: ast.AST) -> int:
    return sum(1 for n in ast.walk(node)
               if (isinstance(n, ast.Attribute) and n.attr in PARSERS)
               or (isinstance(n, ast.Name) and n.id in PARSERS))


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_front_end_keeps_its_own_required_messages_or_parser_table(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = [s for s in _strings(tree) if "is required" in s or "must not be empty" in s]
    assert own == [], "say it through core.fields: Field.missing()"
    tables = [n.lineno for n in ast.walk(tree)
              if isinstance(n, ast.Dict | ast.Tuple | ast.List | ast.Set) and _parser_refs(n) > 1]
    assert tables == [], "a table of parsers belongs in core.fields"


def test_the_web_no_longer_guesses_a_field_from_the_message() -> None:
    from followup.web import forms

    assert not hasattr(forms, "field_of")
    assert not hasattr(forms, "FieldError")
