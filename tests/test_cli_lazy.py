"""Only the command being run is loaded (cli.app.MODULES): the table must name every command
each module registers, no more, and a command run alone behaves as in the whole tree."""

from __future__ import annotations

import importlib

import typer
from typer.main import get_command

from followup.cli.app import ALSO, MODULES, build, modules_for


def _names(app: typer.Typer) -> set[str]:
    return set(getattr(get_command(app), "commands", {}))


def test_the_table_names_what_each_module_registers() -> None:
    seen: set[str] = set()
    for module, words in MODULES.items():
        app = typer.Typer()
        app.callback()(lambda: None)
        importlib.import_module(f"followup.cli.{module}").register(app)
        assert _names(app) == set(words), module
        assert not seen & set(words), "a command word belongs to one module"
        seen |= set(words)
    assert _names(build()) == seen
    assert set(ALSO) <= seen


def test_the_command_word_is_found_after_the_global_options() -> None:
    assert modules_for(["--db", "x.db", "--now", "2026-11-30", "list", "--json"]) == ("records",)
    assert modules_for(["--db=x.db", "export", "ics"]) == ("insights", "mail")
    assert modules_for(["--help"]) is None
    assert modules_for([]) is None
    assert modules_for(["nonsense"]) is None


def test_a_command_alone_runs_as_in_the_whole_tree(cli_proc) -> None:  # type: ignore[no-untyped-def]
    res = cli_proc("playbooks", "--json")
    assert res.code == 0 and "weekly" in res.stdout
    wrong = cli_proc("lst")
    assert wrong.code == 2 and "No such command 'lst'" in wrong.stderr
